/* libFuzzer target: the value helpers both ways.  Octet 0 picks the
 * helper (low two bits: modified UTF-7, date-time, date, sequence set);
 * the other bits and octets 1-4 are its options; the rest is the text.
 * Every accepted value must survive format(parse(x)) unchanged, and
 * every failure must be a clean error.  Seeds: see fuzz-corpus in
 * Makefile.am. */
#include <stdlib.h>
#include <string.h>

#include "fuzz_util.h"

#define CHECK(cond) do { if (!(cond)) abort(); } while (0)

/* Decoding and encoding are inverses on canonical names, and the
 * documented worst-case sizes hold. */
static void fuzz_mutf7(const uint8_t *s, size_t len, size_t cap)
{
    size_t n = 0, m = 0;
    uint8_t *a = malloc(IMW_MUTF7_ENCODED_MAX(len) + 1);
    uint8_t *b = malloc(IMW_MUTF7_ENCODED_MAX(len) + 1);
    CHECK(a && b);
    int rc = imw_mutf7_to_utf8(s, len, a, cap, &n, NULL);
    CHECK((rc == 0) == imw_mutf7_is_canonical(s, len));
    if (rc == 0) {
        CHECK(n <= IMW_MUTF7_DECODED_MAX(len));
        CHECK(imw_mutf7_to_utf8(s, len, a, n, &n, NULL) == 0);
        CHECK(imw_utf8_to_mutf7(a, n, b, len, &m, NULL) == 0);
        CHECK(m == len && memcmp(b, s, len) == 0);
    }
    if (imw_utf8_to_mutf7(s, len, a, cap, &n, NULL) == 0) {
        CHECK(n <= IMW_MUTF7_ENCODED_MAX(len));
        CHECK(imw_utf8_to_mutf7(s, len, a, n, &n, NULL) == 0);
        CHECK(imw_mutf7_is_canonical(a, n));
        CHECK(imw_mutf7_to_utf8(a, n, b, len, &m, NULL) == 0);
        CHECK(m == len && memcmp(b, s, len) == 0);
    }
    free(a);
    free(b);
}

static int same_instant_fields(const struct imw_datetime *x,
                               const struct imw_datetime *y)
{
    return x->year == y->year && x->month == y->month && x->day == y->day &&
           x->hour == y->hour && x->minute == y->minute &&
           x->second == y->second && x->zone_minutes == y->zone_minutes;
}

static void fuzz_datetime(const uint8_t *s, size_t len)
{
    struct imw_datetime dt, again;
    char text[40];
    if (imw_datetime_parse(s, len, &dt, NULL) != 0)
        return;
    CHECK(imw_datetime_check(&dt, NULL) == 0);
    CHECK(imw_datetime_format(&dt, text, sizeof text) == 28);
    CHECK(imw_datetime_parse((const uint8_t *)text, 28, &again, NULL) == 0);
    CHECK(same_instant_fields(&dt, &again));
    int64_t t = imw_datetime_to_unix(&dt);
    CHECK(t != INT64_MIN);
    if (dt.second < 60 && imw_datetime_from_unix(t, dt.zone_minutes, &again) == 0)
        CHECK(same_instant_fields(&dt, &again));
}

static void fuzz_date(const uint8_t *s, size_t len)
{
    struct imw_datetime d, again;
    char text[16];
    if (imw_date_parse(s, len, &d, NULL) != 0)
        return;
    int n = imw_date_format(&d, text, sizeof text);
    CHECK(n > 0 && (size_t)n < sizeof text);
    CHECK(imw_date_parse((const uint8_t *)text, (size_t)n, &again, NULL) == 0);
    CHECK(same_instant_fields(&d, &again));
}

/* format(set) parses back to exactly the same ranges. */
static void check_format_round_trip(const struct imw_seq_set *set)
{
    int n = imw_seq_set_format(set, NULL, 0);
    CHECK(n > 0);
    char *text = malloc((size_t)n + 1);
    CHECK(text);
    CHECK(imw_seq_set_format(set, text, (size_t)n + 1) == n);
    struct imw_seq_set back;
    CHECK(imw_seq_set_parse_alloc((const uint8_t *)text, (size_t)n, NULL,
                                  &back, NULL, NULL) == 0);
    CHECK(back.count == set->count);
    CHECK(memcmp(back.ranges, set->ranges, set->count * sizeof *set->ranges) == 0);
    imw_seq_set_free(&back, NULL);
    free(text);
}

static void fuzz_seqset(const uint8_t *s, size_t len, uint32_t largest)
{
    struct imw_seq_set set, norm;
    int saved;
    if (imw_seq_set_parse_alloc(s, len, NULL, &set, &saved, NULL) != 0)
        return;
    if (saved) {
        CHECK(set.count == 0 && len == 1);
        return;
    }
    check_format_round_trip(&set);
    struct imw_seq_range *out = malloc(set.count * sizeof *out);
    CHECK(out);
    CHECK(imw_seq_set_normalize(&set, largest, out, set.count, &norm) == 0);
    CHECK(norm.count == 0 || imw_seq_set_is_normalized(&norm));
    CHECK(imw_seq_set_count(&norm, largest) <= imw_seq_set_count(&set, largest));
    if (norm.count > 0)
        check_format_round_trip(&norm);
    /* membership agrees at the ends of every range and next to them */
    for (size_t i = 0; i < norm.count && i < 64; i++) {
        uint32_t probe[4] = { norm.ranges[i].first, norm.ranges[i].last,
                              norm.ranges[i].first - 1, norm.ranges[i].last + 1 };
        for (int k = 0; k < 4; k++)
            CHECK(imw_seq_set_contains(&set, probe[k], largest) ==
                  imw_seq_set_contains_normalized(&norm, probe[k]));
    }
    free(out);
    imw_seq_set_free(&set, NULL);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 5)
        return 0;
    uint32_t word = (uint32_t)data[1] << 24 | (uint32_t)data[2] << 16 |
                    (uint32_t)data[3] << 8 | data[4];
    const uint8_t *s = data + 5;
    size_t len = size - 5;
    switch (data[0] & 3) {
    case 0: fuzz_mutf7(s, len, word % (2 * len + 2)); break;
    case 1: fuzz_datetime(s, len); break;
    case 2: fuzz_date(s, len); break;
    default: fuzz_seqset(s, len, word); break;
    }
    return 0;
}
