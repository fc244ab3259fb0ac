/* SEARCH and SORT (numbers, RFC 7162's MODSEQ), VANISHED (UID ranges).
 *
 * A SEARCH may hold millions of numbers.  nz-number is a name-only rule
 * (grammar/bindings): the machine proves the list and leaves no event per
 * number; the numbers are read from the bytes after the keyword into one
 * array in the arena, sized for the most numbers the bytes can hold
 * (each is a SP and a digit at least: no counting pass). */
#include <string.h>
#include "decode_mailbox.h"
#include "swar.h"

/* The number at *at (digits, the first not 0; the machine proved them)
 * octet by octet, for where eight octets cannot be read or the number
 * has eight digits or more (ten are checked against 2^32 - 1). */
static IMW_NOINLINE int read_long_number(struct imw_decoder *d,
                                         const uint8_t *s, size_t *at,
                                         size_t end, uint32_t *out)
{
    size_t start = *at, i = start;
    while (i < end && (unsigned)(s[i] - '0') <= 9)
        i++;
    if (i == start)
        return imw_dec_fail(d, IMW_ERR_INTERNAL, start, "nz-number",
                            "no number where the machine proved one");
    *at = i;
    return imw_dec_u32(d, start, i, "nz-number", out);
}

/* "(" "MODSEQ" SP mod-sequence-value ")" at `at`; returns its end. */
static int read_modseq(struct imw_decoder *d, const uint8_t *s, size_t *at,
                       size_t end, struct imw_search *search)
{
    size_t value = *at + 8; /* after "(MODSEQ " */
    const uint8_t *close = memchr(s + value, ')', end - value);
    if (!close)
        return imw_dec_fail(d, IMW_ERR_INTERNAL, *at, "search-sort-mod-seq",
                            "no \")\" after the MODSEQ");
    size_t value_end = (size_t)(close - s);
    if (imw_dec_modseq(d, value, value_end, &search->modseq) < 0)
        return d->error;
    search->has_modseq = 1;
    *at = value_end + 1;
    return 0;
}

/* What the machine proved after the keyword: *(SP nz-number) [SP "("
 * "MODSEQ" SP mod-sequence-value ")"] and trailing spaces
 * (lenient-space-at-line-end), up to `end`: each number takes two octets
 * at least, its SP and a digit. */
int imw_dec_search(struct imw_decoder *d, enum imw_response_kind kind,
                   struct imw_response *out)
{
    const uint8_t *s = imw_dec_bytes(d);
    size_t at = (size_t)(out->name.ptr - s) + out->name.len;
    size_t end = imw_dec_line_end(d);
    /* a number starting before `wide` has eight octets of the message */
    size_t wide = d->run->len >= 8 ? d->run->len - 7 : 0;
    (void)wide; /* without IMW_SWAR_DIGITS */
    struct imw_search *search = imw_dec_alloc(d, 1, sizeof *search);
    if (!search)
        return d->error;
    out->kind = kind;
    out->u.search = search;
    size_t n = (end - at) / 2, i = 0;
    /* the first `count` are written: no zeroing */
    uint32_t *numbers = imw_dec_take(d, n, sizeof *numbers);
    if (n && !numbers)
        return d->error;
    while (at < end) {
        uint8_t c = s[at];
        if (c == ' ') {
            at++;
            continue;
        }
        if (c == '(') {
            if (read_modseq(d, s, &at, end, search) < 0)
                return d->error;
            continue;
        }
        if (i == n)
            return imw_dec_fail(d, IMW_ERR_INTERNAL, at, "nz-number",
                                "more numbers than the line can hold");
#ifdef IMW_SWAR_DIGITS
        if (at < wide) {
            uint64_t x = imw_swar_load8(s + at);
            unsigned len = imw_swar_digit_count(x);
            if (len - 1 < 7) { /* 1 to 7 digits, then their end */
                numbers[i++] = imw_swar_digits_value(x, len);
                at += len;
                if (s[at] == ' ') /* the next number's SP: no round */
                    at++;
                continue;
            }
        }
#endif
        if (read_long_number(d, s, &at, end, &numbers[i++]) < 0)
            return d->error;
    }
    search->numbers = numbers;
    search->count = i;
    return 0;
}

/* "VANISHED" [SP "(EARLIER)"] SP known-uids */
int imw_dec_vanished(struct imw_decoder *d, struct imw_response *out)
{
    imw_node data = imw_dec_data_node(d);
    imw_node set = imw_dec_find(d, data, IMW_RULE_SEQUENCE_SET, IMW_ANY_START);
    struct imw_vanished *v = imw_dec_alloc(d, 1, sizeof *v);
    if (!v)
        return d->error;
    out->kind = IMW_RESP_VANISHED;
    out->u.vanished = v;
    if (set == IMW_NO_EVENT)
        return imw_dec_fail(d, IMW_ERR_DECODE, 2, "known-uids",
                            "no sequence-set event");
    const struct imw_event *e = imw_dec_ev(d, set);
    /* the grammar allows only " (EARLIER)" between keyword and SP set */
    v->earlier = e->start != 2 + out->name.len + 1;
    if (imw_dec_seq_set(d, e->start, e->end, &v->uids) < 0)
        return d->error;
    for (size_t i = 0; i < v->uids.count; i++) {
        if (v->uids.ranges[i].first != IMW_SEQ_STAR &&
            v->uids.ranges[i].last != IMW_SEQ_STAR)
            continue;
        const uint8_t *s = imw_dec_bytes(d);
        size_t star = (size_t)((const uint8_t *)memchr(s + e->start, '*',
                                                       e->end - e->start) - s);
        return imw_dec_fail(d, IMW_ERR_SYNTAX, star, "known-uids",
                            "\"*\" is not a UID (RFC 7162 known-uids)");
    }
    return 0;
}
