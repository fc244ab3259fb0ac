/* Sequence sets and UID sets: parse, normalise, test, iterate, count,
 * format (include/imapwire/seqset.h). */
#include <string.h>

#include "imapwire/seqset.h"
#include "mem.h"
#include "value_error.h"

/* ---- parsing ------------------------------------------------------------ */

static int seq_fail(struct imw_value_error *err, enum imw_value_reason reason,
                    size_t at)
{
    return imw_value_fail(err, IMW_ERR_SYNTAX, reason, at);
}

/* Why no number starts at s[at]: `item_start` says whether a whole item
 * (not the end after a ":") was expected there. */
static int missing_number(const uint8_t *s, size_t len, size_t at,
                          int item_start, struct imw_value_error *err)
{
    if (at == len || s[at] == ',')
        return seq_fail(err, item_start ? IMW_SEQ_EMPTY_ITEM
                                        : IMW_SEQ_NUMBER_EXPECTED, at);
    if (s[at] == ':')
        return seq_fail(err, IMW_SEQ_NUMBER_EXPECTED, at);
    if (s[at] == '$')
        return seq_fail(err, IMW_SEQ_SAVED_RESULT, at);
    return seq_fail(err, IMW_SEQ_BAD_CHAR, at);
}

/* Reads the seq-number at s[*at] ("*" or nz-number) into *out and moves
 * *at past it. */
static int read_number(const uint8_t *s, size_t len, size_t *at,
                       int item_start, uint32_t *out,
                       struct imw_value_error *err)
{
    size_t i = *at;
    uint64_t value = 0;

    if (i < len && s[i] == '*') {
        *out = IMW_SEQ_STAR;
        *at = i + 1;
        return 0;
    }
    if (i < len && s[i] == '0') {
        int more = i + 1 < len && s[i + 1] >= '0' && s[i + 1] <= '9';
        return seq_fail(err, more ? IMW_SEQ_LEADING_ZERO : IMW_SEQ_ZERO, i);
    }
    if (i == len || s[i] < '1' || s[i] > '9')
        return missing_number(s, len, i, item_start, err);
    for (; i < len && s[i] >= '0' && s[i] <= '9'; i++) {
        value = value * 10 + (uint64_t)(s[i] - '0');
        /* stop at once, so that a long run of digits cannot overflow */
        if (value > IMW_SEQ_MAX)
            return seq_fail(err, IMW_SEQ_OVERFLOW, *at);
    }
    *out = (uint32_t)value;
    *at = i;
    return 0;
}

/* Reads one item ("n" or "n:m") at s[*at]; it must end the text or be
 * followed by ",". */
static int read_item(const uint8_t *s, size_t len, size_t *at,
                     struct imw_seq_range *range, struct imw_value_error *err)
{
    int rc = read_number(s, len, at, 1, &range->first, err);

    if (rc < 0)
        return rc;
    range->last = range->first;
    if (*at < len && s[*at] == ':') {
        ++*at;
        rc = read_number(s, len, at, 0, &range->last, err);
        if (rc < 0)
            return rc;
    }
    if (*at == len || s[*at] == ',')
        return 0;
    return seq_fail(err, s[*at] == '$' ? IMW_SEQ_SAVED_RESULT
                                       : IMW_SEQ_BAD_CHAR, *at);
}

int imw_seq_set_parse(const uint8_t *s, size_t len,
                      struct imw_seq_range *ranges, size_t cap,
                      size_t *count, int *saved, struct imw_value_error *err)
{
    size_t at = 0, n = 0;

    if ((!s && len > 0) || !count)
        return IMW_ERR_INVALID_ARGUMENT;
    if (!ranges)
        cap = 0;
    if (len == 0)
        return seq_fail(err, IMW_SEQ_EMPTY, 0);
    if (len == 1 && s[0] == '$') {
        if (!saved)
            return seq_fail(err, IMW_SEQ_SAVED_RESULT, 0);
        *saved = 1;
        *count = 0;
        return 0;
    }
    for (;;) {
        struct imw_seq_range range;
        int rc = read_item(s, len, &at, &range, err);

        if (rc < 0)
            return rc;
        if (n < cap)
            ranges[n] = range;
        n++;
        if (at == len)
            break;
        at++; /* the "," read_item() saw: an item must follow */
    }
    if (saved)
        *saved = 0;
    *count = n;
    return 0;
}

int imw_seq_set_parse_alloc(const uint8_t *s, size_t len,
                            const imw_allocator *alloc,
                            struct imw_seq_set *out, int *saved,
                            struct imw_value_error *err)
{
    struct imw_seq_range *ranges;
    size_t n, again;
    int rc;

    if (!out)
        return IMW_ERR_INVALID_ARGUMENT;
    out->ranges = NULL;
    out->count = 0;
    rc = imw_seq_set_parse(s, len, NULL, 0, &n, saved, err);
    if (rc < 0 || n == 0)
        return rc;
    if (n > SIZE_MAX / sizeof *ranges)
        return IMW_ERR_NOMEM;
    ranges = imw_mem_alloc(alloc, n * sizeof *ranges);
    if (!ranges)
        return IMW_ERR_NOMEM;
    rc = imw_seq_set_parse(s, len, ranges, n, &again, saved, err);
    if (rc < 0) { /* cannot happen: the same text passed above */
        imw_mem_free(alloc, ranges);
        return IMW_ERR_INTERNAL;
    }
    out->ranges = ranges;
    out->count = n;
    return 0;
}

void imw_seq_set_free(struct imw_seq_set *set, const imw_allocator *alloc)
{
    if (!set)
        return;
    /* the array came from imw_mem_alloc(): it is ours to free */
    imw_mem_free(alloc, (void *)(uintptr_t)set->ranges);
    set->ranges = NULL;
    set->count = 0;
}

/* ---- resolving "*" -------------------------------------------------------- */

/* The range with "*" replaced by `largest`, low..high, as 64-bit ends.
 * Returns 0 when the range names nothing ("*" with largest 0). */
static int resolve(const struct imw_seq_range *r, uint32_t largest,
                   uint64_t *low, uint64_t *high)
{
    uint32_t a = r->first == IMW_SEQ_STAR ? largest : r->first;
    uint32_t b = r->last == IMW_SEQ_STAR ? largest : r->last;

    if (a == 0 || b == 0)
        return 0;
    *low = a < b ? a : b;
    *high = a < b ? b : a;
    return 1;
}

/* ---- normalising ---------------------------------------------------------- */

static int range_before(const struct imw_seq_range *x,
                        const struct imw_seq_range *y)
{
    return x->first < y->first || (x->first == y->first && x->last < y->last);
}

static void swap_ranges(struct imw_seq_range *a, size_t i, size_t j)
{
    struct imw_seq_range t = a[i];

    a[i] = a[j];
    a[j] = t;
}

/* Moves a[root] down the max-heap a[0..n). */
static void sift_down(struct imw_seq_range *a, size_t root, size_t n)
{
    for (;;) {
        size_t child = 2 * root + 1;

        if (child >= n)
            return;
        if (child + 1 < n && range_before(&a[child], &a[child + 1]))
            child++;
        if (!range_before(&a[root], &a[child]))
            return;
        swap_ranges(a, root, child);
        root = child;
    }
}

/* Heapsort: in place and without allocation (qsort() may allocate). */
static void sort_ranges(struct imw_seq_range *a, size_t n)
{
    size_t i, end;

    for (i = n / 2; i-- > 0;)
        sift_down(a, i, n);
    for (end = n; end-- > 1;) {
        swap_ranges(a, 0, end);
        sift_down(a, 0, end);
    }
}

static int is_sorted(const struct imw_seq_range *a, size_t n)
{
    size_t i;

    for (i = 1; i < n; i++)
        if (range_before(&a[i], &a[i - 1]))
            return 0;
    return 1;
}

/* Merges overlapping and adjacent ranges of the sorted a[0..n) in place;
 * returns the new count. */
static size_t merge_sorted(struct imw_seq_range *a, size_t n)
{
    size_t kept = 0, i;

    for (i = 0; i < n; i++) {
        if (kept > 0 && (uint64_t)a[i].first <= (uint64_t)a[kept - 1].last + 1) {
            if (a[i].last > a[kept - 1].last)
                a[kept - 1].last = a[i].last;
            continue;
        }
        a[kept++] = a[i];
    }
    return kept;
}

int imw_seq_set_normalize(const struct imw_seq_set *in, uint32_t largest,
                          struct imw_seq_range *out, size_t out_cap,
                          struct imw_seq_set *result)
{
    size_t n = 0, i;

    if (!in || !result || (in->count > 0 && (!in->ranges || !out)) ||
        out_cap < in->count)
        return IMW_ERR_INVALID_ARGUMENT;
    /* out[n] is written only after in->ranges[i >= n] was read, so the
     * same array works in place */
    for (i = 0; i < in->count; i++) {
        uint64_t low, high;

        if (!resolve(&in->ranges[i], largest, &low, &high))
            continue;
        out[n].first = (uint32_t)low;
        out[n].last = (uint32_t)high;
        n++;
    }
    if (!is_sorted(out, n))
        sort_ranges(out, n);
    result->ranges = out;
    result->count = merge_sorted(out, n);
    return 0;
}

int imw_seq_set_is_normalized(const struct imw_seq_set *set)
{
    size_t i;

    if (!set || (set->count > 0 && !set->ranges))
        return 0;
    for (i = 0; i < set->count; i++) {
        const struct imw_seq_range *r = &set->ranges[i];

        if (r->first == IMW_SEQ_STAR || r->first > r->last)
            return 0;
        /* a gap of at least one number after the range before */
        if (i > 0 && (uint64_t)r->first <= (uint64_t)r[-1].last + 1)
            return 0;
    }
    return 1;
}

/* ---- membership, counting, iteration ------------------------------------- */

int imw_seq_set_contains(const struct imw_seq_set *set, uint32_t n,
                         uint32_t largest)
{
    size_t i;

    if (!set || !set->ranges || n == 0)
        return 0;
    for (i = 0; i < set->count; i++) {
        uint64_t low, high;

        if (resolve(&set->ranges[i], largest, &low, &high) && low <= n &&
            n <= high)
            return 1;
    }
    return 0;
}

int imw_seq_set_contains_normalized(const struct imw_seq_set *set, uint32_t n)
{
    size_t lo = 0, hi;

    if (!set || !set->ranges || n == 0)
        return 0;
    /* the first range whose last end is >= n: the only candidate */
    hi = set->count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;

        if (set->ranges[mid].last < n)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < set->count && set->ranges[lo].first <= n;
}

uint64_t imw_seq_set_count(const struct imw_seq_set *set, uint32_t largest)
{
    uint64_t total = 0;
    size_t i;

    if (!set || !set->ranges)
        return 0;
    for (i = 0; i < set->count; i++) {
        uint64_t low, high;

        if (resolve(&set->ranges[i], largest, &low, &high))
            total += high - low + 1;
    }
    return total;
}

void imw_seq_iter_init(struct imw_seq_iter *it, const struct imw_seq_set *set,
                       uint32_t largest)
{
    if (!it)
        return;
    memset(it, 0, sizeof *it);
    if (set && set->ranges) {
        it->ranges = set->ranges;
        it->count = set->count;
    }
    it->largest = largest;
    /* next > end: the first call moves to range 0 */
    it->next = 1;
    it->end = 0;
}

int imw_seq_iter_next(struct imw_seq_iter *it, uint32_t *n)
{
    if (!it || !n)
        return 0;
    /* 64-bit ends, so that stepping past 4294967295 cannot wrap */
    while (it->next > it->end) {
        if (it->index == it->count)
            return 0;
        if (!resolve(&it->ranges[it->index++], it->largest, &it->next,
                     &it->end))
            it->next = 1, it->end = 0;
    }
    *n = (uint32_t)it->next++;
    return 1;
}

/* ---- formatting ------------------------------------------------------------ */

/* The text of a seq-number ("*" or decimal digits) into buf; its length. */
static size_t number_text(uint32_t v, char buf[10])
{
    char rev[10];
    size_t n = 0, i;

    if (v == IMW_SEQ_STAR) {
        buf[0] = '*';
        return 1;
    }
    do {
        rev[n++] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    for (i = 0; i < n; i++)
        buf[i] = rev[n - 1 - i];
    return n;
}

static void sink_number(struct imw_text_sink *t, uint32_t v)
{
    char buf[10];

    imw_text_put(t, buf, number_text(v, buf));
}

int imw_seq_set_format(const struct imw_seq_set *set, char *out, size_t cap)
{
    struct imw_text_sink t = {out, out ? cap : 0, 0};
    size_t i;

    if (!set || set->count == 0 || !set->ranges)
        return IMW_ERR_INVALID_ARGUMENT;
    for (i = 0; i < set->count; i++) {
        const struct imw_seq_range *r = &set->ranges[i];

        if (i > 0)
            imw_text_put(&t, ",", 1);
        sink_number(&t, r->first);
        if (r->last != r->first) {
            imw_text_put(&t, ":", 1);
            sink_number(&t, r->last);
        }
    }
    return imw_text_finish(&t);
}
