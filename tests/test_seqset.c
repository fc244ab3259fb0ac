/* Tests of the sequence-set helpers (src/seqset.c). */
#include <check.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "imapwire/seqset.h"
#include "suites.h"
#include "test_util.h"

#define U8(s) ((const uint8_t *)(s))
#define MAXR 16
#define STAR IMW_SEQ_STAR

/* Parses `text`, which must be valid, into `r`; returns the range count. */
static size_t parse_ok(const char *text, struct imw_seq_range r[MAXR])
{
    size_t n = 999;
    struct imw_value_error err = {IMW_VALUE_OK, 0};
    int rc = imw_seq_set_parse(U8(text), strlen(text), r, MAXR, &n, NULL, &err);

    ck_assert_msg(rc == 0, "\"%s\": rc %d (%s at %zu)", text, rc,
                  imw_value_reason_text(err.reason), err.offset);
    ck_assert_uint_le(n, MAXR);
    return n;
}

/* Checks r[0..n) against `want`, pairs of first/last ending in a -1. */
static void expect_ranges(const struct imw_seq_range *r, size_t n,
                          const int64_t *want, const char *what)
{
    size_t k = 0;

    while (want[2 * k] >= 0)
        k++;
    ck_assert_msg(n == k, "%s: %zu ranges, expected %zu", what, n, k);
    for (k = 0; k < n; k++) {
        ck_assert_msg(r[k].first == (uint32_t)want[2 * k] &&
                          r[k].last == (uint32_t)want[2 * k + 1],
                      "%s: range %zu is %u:%u, expected %lld:%lld", what, k,
                      r[k].first, r[k].last, (long long)want[2 * k],
                      (long long)want[2 * k + 1]);
    }
}

/* ---- parsing --------------------------------------------------------------- */

struct parse_case {
    const char *text;
    int64_t want[12];
};

static const struct parse_case parse_cases[] = {
    {"1", {1, 1, -1}},
    {"*", {STAR, STAR, -1}},
    {"1:4,7,9:*", {1, 4, 7, 7, 9, STAR, -1}},
    {"5:2", {5, 2, -1}},                 /* kept as sent */
    {"*:3", {STAR, 3, -1}},
    {"*:*", {STAR, STAR, -1}},
    {"4294967295", {4294967295, 4294967295, -1}},
    {"1:4294967295", {1, 4294967295, -1}},
    {"3,3,3", {3, 3, 3, 3, 3, 3, -1}},
    {"10:10", {10, 10, -1}},
    {"100,20:30,*", {100, 100, 20, 30, STAR, STAR, -1}},
};

START_TEST(seq_parse_forms)
{
    const struct parse_case *c = &parse_cases[_i];
    struct imw_seq_range r[MAXR];
    size_t n = parse_ok(c->text, r);

    expect_ranges(r, n, c->want, c->text);
}
END_TEST

struct refusal {
    const char *text;
    enum imw_value_reason reason;
    size_t offset;
};

static const struct refusal refusals[] = {
    {"", IMW_SEQ_EMPTY, 0},
    {",", IMW_SEQ_EMPTY_ITEM, 0},
    {",1", IMW_SEQ_EMPTY_ITEM, 0},
    {"1,", IMW_SEQ_EMPTY_ITEM, 2},       /* trailing comma */
    {"1,,2", IMW_SEQ_EMPTY_ITEM, 2},     /* double comma */
    {"1:4,", IMW_SEQ_EMPTY_ITEM, 4},
    {"0", IMW_SEQ_ZERO, 0},
    {"1:0", IMW_SEQ_ZERO, 2},
    {"3,0:5", IMW_SEQ_ZERO, 2},
    {"01", IMW_SEQ_LEADING_ZERO, 0},
    {"5:007", IMW_SEQ_LEADING_ZERO, 2},
    {"4294967296", IMW_SEQ_OVERFLOW, 0},
    {"1:4294967296", IMW_SEQ_OVERFLOW, 2},
    {"7,99999999999999999999999", IMW_SEQ_OVERFLOW, 2},
    {"1:", IMW_SEQ_NUMBER_EXPECTED, 2},
    {":1", IMW_SEQ_NUMBER_EXPECTED, 0},
    {"1:,2", IMW_SEQ_NUMBER_EXPECTED, 2},
    {"1::2", IMW_SEQ_NUMBER_EXPECTED, 2},
    {"1:2:3", IMW_SEQ_BAD_CHAR, 3},
    {"1a", IMW_SEQ_BAD_CHAR, 1},
    {"a", IMW_SEQ_BAD_CHAR, 0},
    {" 1", IMW_SEQ_BAD_CHAR, 0},
    {"1 ", IMW_SEQ_BAD_CHAR, 1},
    {"1, 2", IMW_SEQ_BAD_CHAR, 2},
    {"**", IMW_SEQ_BAD_CHAR, 1},
    {"*1", IMW_SEQ_BAD_CHAR, 1},
    {"1*", IMW_SEQ_BAD_CHAR, 1},
    {"-1", IMW_SEQ_BAD_CHAR, 0},
    {"+1", IMW_SEQ_BAD_CHAR, 0},
    {"1;2", IMW_SEQ_BAD_CHAR, 1},
    {"1\x80", IMW_SEQ_BAD_CHAR, 1},
    {"1,$", IMW_SEQ_SAVED_RESULT, 2},
    {"$,1", IMW_SEQ_SAVED_RESULT, 0},
    {"$$", IMW_SEQ_SAVED_RESULT, 0},
    {"1:$", IMW_SEQ_SAVED_RESULT, 2},
    {"1$", IMW_SEQ_SAVED_RESULT, 1},
};

START_TEST(seq_parse_refusals)
{
    const struct refusal *r = &refusals[_i];
    struct imw_seq_range out[MAXR];
    struct imw_value_error err = {IMW_VALUE_OK, 77};
    size_t n;
    int saved = 5;
    int rc = imw_seq_set_parse(U8(r->text), strlen(r->text), out, MAXR, &n,
                               &saved, &err);

    ck_assert_msg(rc == IMW_ERR_SYNTAX, "\"%s\": rc %d", r->text, rc);
    ck_assert_msg(err.reason == r->reason, "\"%s\": %s, expected %s", r->text,
                  imw_value_reason_text(err.reason),
                  imw_value_reason_text(r->reason));
    ck_assert_msg(err.offset == r->offset, "\"%s\": offset %zu, expected %zu",
                  r->text, err.offset, r->offset);
    /* the same refusal without an error report */
    ck_assert_int_eq(imw_seq_set_parse(U8(r->text), strlen(r->text), out, MAXR,
                                       &n, NULL, NULL),
                     IMW_ERR_SYNTAX);
}
END_TEST

START_TEST(seq_parse_saved_result)
{
    struct imw_seq_range out[MAXR];
    struct imw_value_error err = {IMW_VALUE_OK, 9};
    size_t n = 5;
    int saved = 0;

    ck_assert_int_eq(imw_seq_set_parse(U8("$"), 1, out, MAXR, &n, &saved, NULL), 0);
    ck_assert_int_eq(saved, 1);
    ck_assert_uint_eq(n, 0);
    /* a caller that cannot take "$" says so by passing no flag */
    ck_assert_int_eq(imw_seq_set_parse(U8("$"), 1, out, MAXR, &n, NULL, &err),
                     IMW_ERR_SYNTAX);
    ck_assert_int_eq(err.reason, IMW_SEQ_SAVED_RESULT);
    ck_assert_uint_eq(err.offset, 0);
    /* a number set clears the flag */
    ck_assert_int_eq(imw_seq_set_parse(U8("2"), 1, out, MAXR, &n, &saved, NULL), 0);
    ck_assert_int_eq(saved, 0);
    ck_assert_uint_eq(n, 1);
}
END_TEST

START_TEST(seq_parse_capacity)
{
    static const char text[] = "1,2:3,4,5:*";
    struct imw_seq_range out[4];
    size_t n = 0;

    memset(out, 0xAB, sizeof out);
    ck_assert_int_eq(imw_seq_set_parse(U8(text), strlen(text), out, 2, &n,
                                       NULL, NULL), 0);
    ck_assert_uint_eq(n, 4);
    ck_assert_uint_eq(out[1].first, 2);
    ck_assert_uint_eq(out[1].last, 3);
    ck_assert_uint_eq(out[2].first, 0xABABABABu); /* beyond cap: untouched */
    /* size query */
    n = 0;
    ck_assert_int_eq(imw_seq_set_parse(U8(text), strlen(text), NULL, 99, &n,
                                       NULL, NULL), 0);
    ck_assert_uint_eq(n, 4);
}
END_TEST

START_TEST(seq_parse_bad_arguments)
{
    struct imw_seq_range out[2];
    size_t n;

    ck_assert_int_eq(imw_seq_set_parse(NULL, 1, out, 2, &n, NULL, NULL),
                     IMW_ERR_INVALID_ARGUMENT);
    ck_assert_int_eq(imw_seq_set_parse(U8("1"), 1, out, 2, NULL, NULL, NULL),
                     IMW_ERR_INVALID_ARGUMENT);
    ck_assert_int_eq(imw_seq_set_parse(NULL, 0, out, 2, &n, NULL, NULL),
                     IMW_ERR_SYNTAX);
}
END_TEST

START_TEST(seq_parse_alloc)
{
    struct imw_test_alloc c;
    imw_allocator a = imw_test_alloc_init(&c, -1);
    struct imw_seq_set set;
    struct imw_value_error err;
    int saved = 3;
    static const int64_t want[] = {1, 4, 7, 7, 9, STAR, -1};

    ck_assert_int_eq(imw_seq_set_parse_alloc(U8("1:4,7,9:*"), 9, &a, &set,
                                             &saved, NULL), 0);
    expect_ranges(set.ranges, set.count, want, "alloc");
    ck_assert_int_eq(saved, 0);
    ck_assert_int_eq(c.calls, 1);
    ck_assert_uint_eq(c.last_size, 3 * sizeof(struct imw_seq_range));
    imw_seq_set_free(&set, &a);
    ck_assert_uint_eq(c.live, 0);
    ck_assert_ptr_null(set.ranges);
    ck_assert_uint_eq(set.count, 0);

    /* "$" needs no array */
    ck_assert_int_eq(imw_seq_set_parse_alloc(U8("$"), 1, &a, &set, &saved, NULL), 0);
    ck_assert_int_eq(saved, 1);
    ck_assert_ptr_null(set.ranges);
    ck_assert_int_eq(c.calls, 1);

    /* refusals allocate nothing and leave an empty set */
    ck_assert_int_eq(imw_seq_set_parse_alloc(U8("1,,2"), 4, &a, &set, NULL, &err),
                     IMW_ERR_SYNTAX);
    ck_assert_int_eq(err.reason, IMW_SEQ_EMPTY_ITEM);
    ck_assert_ptr_null(set.ranges);
    ck_assert_int_eq(c.calls, 1);

    c.fail_from = 0;
    ck_assert_int_eq(imw_seq_set_parse_alloc(U8("1"), 1, &a, &set, NULL, NULL),
                     IMW_ERR_NOMEM);
    ck_assert_ptr_null(set.ranges);
    ck_assert_uint_eq(c.live, 0);

    /* the C library's allocator when none is given */
    ck_assert_int_eq(imw_seq_set_parse_alloc(U8("2:3"), 3, NULL, &set, NULL, NULL), 0);
    ck_assert_uint_eq(set.count, 1);
    ck_assert_uint_eq(set.ranges[0].last, 3);
    imw_seq_set_free(&set, NULL);
    imw_seq_set_free(NULL, NULL);
    ck_assert_int_eq(imw_seq_set_parse_alloc(U8("1"), 1, NULL, NULL, NULL, NULL),
                     IMW_ERR_INVALID_ARGUMENT);
}
END_TEST

/* ---- normalising ------------------------------------------------------------ */

struct norm_case {
    const char *text;
    uint32_t largest;
    int64_t want[12];
};

static const struct norm_case norm_cases[] = {
    {"4:*", 2, {2, 4, -1}},                /* "*" below the other end */
    {"4:*", 9, {4, 9, -1}},
    {"*:4", 2, {2, 4, -1}},
    {"*", 7, {7, 7, -1}},
    {"9:5", 100, {5, 9, -1}},              /* reversed */
    {"1:3,2:5", 9, {1, 5, -1}},            /* overlapping */
    {"1:3,4:5", 9, {1, 5, -1}},            /* adjacent */
    {"1:3,5", 9, {1, 3, 5, 5, -1}},        /* a gap stays */
    {"7,1:9", 9, {1, 9, -1}},              /* contained, out of order */
    {"3,3,3", 9, {3, 3, -1}},              /* duplicates */
    {"8,6,4,2", 9, {2, 2, 4, 4, 6, 6, 8, 8, -1}},
    {"10:12,1,5:3,*", 20, {1, 1, 3, 5, 10, 12, 20, 20, -1}},
    {"1,3,2", 9, {1, 3, -1}},
    {"1:4294967295,5", 1, {1, 4294967295, -1}},
    {"4294967295,1:4294967294", 1, {1, 4294967295, -1}},
    {"4294967295,4294967294", 1, {4294967294, 4294967295, -1}},
    {"*:1", 4294967295u, {1, 4294967295, -1}},
    {"1:*,5", 0, {5, 5, -1}},              /* no "*" in an empty mailbox */
    {"*", 0, {-1}},
};

START_TEST(seq_normalize_cases)
{
    const struct norm_case *c = &norm_cases[_i];
    struct imw_seq_range r[MAXR], copy[MAXR];
    struct imw_seq_set in, out;
    size_t n = parse_ok(c->text, r);

    /* out of place: the input stays as it was */
    memcpy(copy, r, sizeof r);
    in.ranges = r;
    in.count = n;
    {
        struct imw_seq_range dest[MAXR];

        ck_assert_int_eq(imw_seq_set_normalize(&in, c->largest, dest, n, &out), 0);
        ck_assert_ptr_eq(out.ranges, dest);
        expect_ranges(out.ranges, out.count, c->want, c->text);
        ck_assert_int_eq(imw_seq_set_is_normalized(&out), 1);
        ck_assert_mem_eq(r, copy, n * sizeof r[0]);
    }
    /* in place */
    ck_assert_int_eq(imw_seq_set_normalize(&in, c->largest, r, MAXR, &out), 0);
    ck_assert_ptr_eq(out.ranges, r);
    expect_ranges(out.ranges, out.count, c->want, c->text);
}
END_TEST

START_TEST(seq_normalize_bad_arguments)
{
    struct imw_seq_range r[MAXR], dest[MAXR];
    struct imw_seq_set in, out;

    in.ranges = r;
    in.count = parse_ok("1,2,3", r);
    ck_assert_int_eq(imw_seq_set_normalize(&in, 5, dest, 2, &out),
                     IMW_ERR_INVALID_ARGUMENT);
    ck_assert_int_eq(imw_seq_set_normalize(NULL, 5, dest, 9, &out),
                     IMW_ERR_INVALID_ARGUMENT);
    ck_assert_int_eq(imw_seq_set_normalize(&in, 5, dest, 9, NULL),
                     IMW_ERR_INVALID_ARGUMENT);
    ck_assert_int_eq(imw_seq_set_normalize(&in, 5, NULL, 9, &out),
                     IMW_ERR_INVALID_ARGUMENT);
    /* an empty set normalises to an empty set */
    in.count = 0;
    ck_assert_int_eq(imw_seq_set_normalize(&in, 5, dest, 0, &out), 0);
    ck_assert_uint_eq(out.count, 0);
}
END_TEST

START_TEST(seq_is_normalized)
{
    static const struct {
        const char *text;
        int normalized;
    } cases[] = {
        {"1:4,7,9:12", 1}, {"1", 1}, {"1:4294967295", 1},
        {"1:4,5", 0},      /* adjacent: should be one range */
        {"1:4,3", 0},      /* overlapping */
        {"5,1", 0},        /* out of order */
        {"4:1", 0},        /* reversed */
        {"1:*", 0},        /* "*" unresolved */
        {"*", 0},
    };
    size_t i;

    for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        struct imw_seq_range r[MAXR];
        struct imw_seq_set set = {r, parse_ok(cases[i].text, r)};

        ck_assert_msg(imw_seq_set_is_normalized(&set) == cases[i].normalized,
                      "\"%s\"", cases[i].text);
    }
    ck_assert_int_eq(imw_seq_set_is_normalized(NULL), 0);
}
END_TEST

/* ---- membership, count, iteration ------------------------------------------- */

START_TEST(seq_contains_as_sent)
{
    struct imw_seq_range r[MAXR];
    struct imw_seq_set set = {r, parse_ok("4:*,9:7,20", r)};

    /* 4:* with largest 2 is 2:4 */
    ck_assert_int_eq(imw_seq_set_contains(&set, 2, 2), 1);
    ck_assert_int_eq(imw_seq_set_contains(&set, 1, 2), 0);
    ck_assert_int_eq(imw_seq_set_contains(&set, 5, 2), 0);
    ck_assert_int_eq(imw_seq_set_contains(&set, 5, 6), 1);
    ck_assert_int_eq(imw_seq_set_contains(&set, 8, 2), 1);   /* reversed 9:7 */
    ck_assert_int_eq(imw_seq_set_contains(&set, 10, 2), 0);
    ck_assert_int_eq(imw_seq_set_contains(&set, 20, 2), 1);
    ck_assert_int_eq(imw_seq_set_contains(&set, 0, 2), 0);
    /* an empty mailbox: 4:* names nothing, the numbers still count */
    ck_assert_int_eq(imw_seq_set_contains(&set, 4, 0), 0);
    ck_assert_int_eq(imw_seq_set_contains(&set, 8, 0), 1);
    ck_assert_int_eq(imw_seq_set_contains(NULL, 8, 0), 0);

    set.count = parse_ok("1:4294967295", r);
    ck_assert_int_eq(imw_seq_set_contains(&set, 4294967295u, 1), 1);
    ck_assert_int_eq(imw_seq_set_contains_normalized(&set, 4294967295u), 1);
    ck_assert_int_eq(imw_seq_set_contains_normalized(&set, 0), 0);
}
END_TEST

START_TEST(seq_count_numbers)
{
    struct imw_seq_range r[MAXR];
    struct imw_seq_set set = {r, 0};

    set.count = parse_ok("1:4294967295", r);
    ck_assert_uint_eq(imw_seq_set_count(&set, 1), 4294967295ull);
    set.count = parse_ok("1:4294967295,4294967295:1", r);
    ck_assert_uint_eq(imw_seq_set_count(&set, 1), 2 * 4294967295ull);
    set.count = parse_ok("4:*", r);
    ck_assert_uint_eq(imw_seq_set_count(&set, 2), 3);
    ck_assert_uint_eq(imw_seq_set_count(&set, 10), 7);
    ck_assert_uint_eq(imw_seq_set_count(&set, 0), 0);
    set.count = parse_ok("1:3,2:4", r);
    ck_assert_uint_eq(imw_seq_set_count(&set, 9), 6);    /* as sent */
    ck_assert_int_eq(imw_seq_set_normalize(&set, 9, r, MAXR, &set), 0);
    ck_assert_uint_eq(imw_seq_set_count(&set, 9), 4);    /* distinct */
    ck_assert_uint_eq(imw_seq_set_count(NULL, 9), 0);
}
END_TEST

/* Walks `text` with `largest` and checks the numbers against `want`
 * (ending in 0). */
static void expect_walk(const char *text, uint32_t largest,
                        const uint32_t *want)
{
    struct imw_seq_range r[MAXR];
    struct imw_seq_set set = {r, parse_ok(text, r)};
    struct imw_seq_iter it;
    uint32_t n;
    size_t k = 0;

    imw_seq_iter_init(&it, &set, largest);
    while (imw_seq_iter_next(&it, &n)) {
        ck_assert_msg(want[k] != 0, "\"%s\": extra number %u", text, n);
        ck_assert_msg(n == want[k], "\"%s\": %u, expected %u", text, n, want[k]);
        k++;
    }
    ck_assert_msg(want[k] == 0, "\"%s\": ended before %u", text, want[k]);
    /* the end is sticky */
    ck_assert_int_eq(imw_seq_iter_next(&it, &n), 0);
}

START_TEST(seq_iterate)
{
    static const uint32_t a[] = {3, 1, 2, 9, 0};
    static const uint32_t b[] = {3, 4, 5, 0};
    static const uint32_t c[] = {4294967293u, 4294967294u, 4294967295u, 1, 0};
    static const uint32_t d[] = {2, 3, 4, 0};
    static const uint32_t e[] = {7, 0};

    expect_walk("3,1:2,*", 9, a);
    expect_walk("5:3", 9, b);                       /* reversed */
    expect_walk("4294967293:*,1", 4294967295u, c);  /* no wrap at the top */
    expect_walk("4:*", 2, d);
    expect_walk("1:*,*,7", 0, e);                   /* empty mailbox */
}
END_TEST

START_TEST(seq_iterate_huge_range)
{
    struct imw_seq_range r[MAXR];
    struct imw_seq_set set = {r, parse_ok("1:4294967295", r)};
    struct imw_seq_iter it;
    uint32_t n, k;

    /* starting and taking a few numbers costs as much as any range */
    imw_seq_iter_init(&it, &set, 5);
    for (k = 1; k <= 1000; k++) {
        ck_assert_int_eq(imw_seq_iter_next(&it, &n), 1);
        ck_assert_uint_eq(n, k);
    }
    /* an empty set, a NULL set */
    set.count = 0;
    imw_seq_iter_init(&it, &set, 5);
    ck_assert_int_eq(imw_seq_iter_next(&it, &n), 0);
    imw_seq_iter_init(&it, NULL, 5);
    ck_assert_int_eq(imw_seq_iter_next(&it, &n), 0);
    ck_assert_int_eq(imw_seq_iter_next(NULL, &n), 0);
}
END_TEST

/* ---- formatting -------------------------------------------------------------- */

START_TEST(seq_format_forms)
{
    static const char *const texts[] = {
        "1", "*", "1:4,7,9:*", "5:2", "*:3", "4294967295", "1:4294967295",
        "3,3", "100,20:30,*",
    };
    size_t i;

    for (i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        struct imw_seq_range r[MAXR];
        struct imw_seq_set set = {r, parse_ok(texts[i], r)};
        char out[64];

        ck_assert_int_eq(imw_seq_set_format(&set, out, sizeof out),
                         (int)strlen(texts[i]));
        ck_assert_str_eq(out, texts[i]);
    }
}
END_TEST

START_TEST(seq_format_capacity)
{
    struct imw_seq_range r[MAXR];
    struct imw_seq_set set = {r, parse_ok("1:4,7", r)};
    char out[8];

    memset(out, 'x', sizeof out);
    ck_assert_int_eq(imw_seq_set_format(&set, out, 4), 5);
    ck_assert_str_eq(out, "1:4");
    ck_assert_int_eq(out[4], 'x');
    ck_assert_int_eq(imw_seq_set_format(&set, out, 1), 5);
    ck_assert_str_eq(out, "");
    ck_assert_int_eq(imw_seq_set_format(&set, NULL, 0), 5);
    ck_assert_int_eq(imw_seq_set_format(&set, out, 6), 5);
    ck_assert_str_eq(out, "1:4,7");
    set.count = 0;
    ck_assert_int_eq(imw_seq_set_format(&set, out, sizeof out),
                     IMW_ERR_INVALID_ARGUMENT);
    ck_assert_int_eq(imw_seq_set_format(NULL, out, sizeof out),
                     IMW_ERR_INVALID_ARGUMENT);
}
END_TEST

/* ---- random sets against a bitmap -------------------------------------------- */

static uint32_t rng_state;

static uint32_t rng_below(uint32_t n)
{
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 17;
    rng_state ^= rng_state << 5;
    return rng_state % n;
}

#define SMALL 40

/* A random end: a number 1..SMALL, or "*" one time in six. */
static uint32_t random_end(void)
{
    return rng_below(6) == 0 ? STAR : 1 + rng_below(SMALL);
}

/* What the set names, by brute force: bit n for each number n. */
static void fill_bitmap(const struct imw_seq_set *set, uint32_t largest,
                        int bitmap[SMALL + 2])
{
    size_t i;
    uint32_t n;

    memset(bitmap, 0, (SMALL + 2) * sizeof bitmap[0]);
    for (i = 0; i < set->count; i++) {
        uint32_t a = set->ranges[i].first, b = set->ranges[i].last;

        if (a == STAR)
            a = largest;
        if (b == STAR)
            b = largest;
        if (a == 0 || b == 0)
            continue;
        for (n = a < b ? a : b; n <= (a < b ? b : a); n++)
            bitmap[n] = 1;
    }
}

/* Check's assertions each cost a message to the runner; the loops below
 * run hundreds of thousands of checks, so they test with plain `if` and
 * abort on the first difference. */
#define EXPECT(cond, ...)                \
    do {                                 \
        if (!(cond))                     \
            ck_abort_msg(__VA_ARGS__);   \
    } while (0)

/* The normalised set against the bitmap: membership, count, the walk,
 * and format/parse giving the same ranges back. */
static void check_normalized(const struct imw_seq_set *norm,
                             const int bitmap[SMALL + 2], int round)
{
    struct imw_seq_range back[MAXR];
    struct imw_seq_iter it;
    uint64_t ones = 0;
    uint32_t n, walked = 0;
    char text[256];
    size_t k = 0;
    int len;

    EXPECT(imw_seq_set_is_normalized(norm), "round %d: not normalised", round);
    for (n = 0; n <= SMALL + 1; n++) {
        EXPECT(imw_seq_set_contains_normalized(norm, n) == bitmap[n],
               "round %d: normalised set and %u", round, n);
        ones += (uint64_t)bitmap[n];
    }
    EXPECT(imw_seq_set_count(norm, 1) == ones, "round %d: count", round);
    imw_seq_iter_init(&it, norm, 1);
    for (n = 1; n <= SMALL; n++) {
        if (!bitmap[n])
            continue;
        EXPECT(imw_seq_iter_next(&it, &walked) == 1 && walked == n,
               "round %d: walk gave %u, expected %u", round, walked, n);
    }
    EXPECT(imw_seq_iter_next(&it, &walked) == 0, "round %d: walk too long",
           round);
    if (norm->count == 0)
        return;
    len = imw_seq_set_format(norm, text, sizeof text);
    EXPECT(len > 0 && imw_seq_set_parse(U8(text), (size_t)len, back, MAXR, &k,
                                        NULL, NULL) == 0,
           "round %d: \"%s\" does not parse", round, text);
    EXPECT(k == norm->count &&
               memcmp(back, norm->ranges, k * sizeof back[0]) == 0,
           "round %d: \"%s\" parses to other ranges", round, text);
}

START_TEST(seq_random_against_bitmap)
{
    int round;

    rng_state = 0x5EC5E7u;
    for (round = 0; round < 20000; round++) {
        struct imw_seq_range r[8], norm[8];
        struct imw_seq_set set = {r, 1 + rng_below(8)}, out;
        uint32_t largest = rng_below(SMALL + 1), n;
        int bitmap[SMALL + 2];
        size_t i;

        for (i = 0; i < set.count; i++) {
            r[i].first = random_end();
            r[i].last = rng_below(3) == 0 ? r[i].first : random_end();
        }
        fill_bitmap(&set, largest, bitmap);
        for (n = 0; n <= SMALL + 1; n++)
            EXPECT(imw_seq_set_contains(&set, n, largest) == bitmap[n],
                   "round %d: %u", round, n);
        EXPECT(imw_seq_set_normalize(&set, largest, norm, 8, &out) == 0,
               "round %d: normalise", round);
        check_normalized(&out, bitmap, round);
    }
}
END_TEST

#define N(a) ((int)(sizeof(a) / sizeof((a)[0])))

Suite *imw_seqset_suite(void)
{
    Suite *s = suite_create("seqset");
    TCase *p = tcase_create("parse");
    TCase *o = tcase_create("operations");

    tcase_add_loop_test(p, seq_parse_forms, 0, N(parse_cases));
    tcase_add_loop_test(p, seq_parse_refusals, 0, N(refusals));
    tcase_add_test(p, seq_parse_saved_result);
    tcase_add_test(p, seq_parse_capacity);
    tcase_add_test(p, seq_parse_bad_arguments);
    tcase_add_test(p, seq_parse_alloc);
    suite_add_tcase(s, p);
    tcase_add_loop_test(o, seq_normalize_cases, 0, N(norm_cases));
    tcase_add_test(o, seq_normalize_bad_arguments);
    tcase_add_test(o, seq_is_normalized);
    tcase_add_test(o, seq_contains_as_sent);
    tcase_add_test(o, seq_count_numbers);
    tcase_add_test(o, seq_iterate);
    tcase_add_test(o, seq_iterate_huge_range);
    tcase_add_test(o, seq_format_forms);
    tcase_add_test(o, seq_format_capacity);
    tcase_add_test(o, seq_random_against_bitmap);
    suite_add_tcase(s, o);
    return s;
}
