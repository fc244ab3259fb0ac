/* Tests of the value helpers: modified UTF-7 (src/mutf7.c) and dates
 * (src/datetime.c). */
#include <check.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "imapwire/values.h"
#include "decode_mailbox.h"
#include "suites.h"

#define U8(s) ((const uint8_t *)(s))

/* A small seeded generator, so that failures reproduce. */
static uint32_t rng_state;

static uint32_t rng_next(void)
{
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 17;
    rng_state ^= rng_state << 5;
    return rng_state;
}

static uint32_t rng_below(uint32_t n)
{
    return rng_next() % n;
}

/* ---- modified UTF-7: helpers ------------------------------------------- */

#define BUF 4096

typedef int (*converter)(const uint8_t *, size_t, uint8_t *, size_t, size_t *,
                         struct imw_value_error *);

/* Converts `in` and checks that it succeeds with `expected` as the result. */
static void expect_conversion(converter conv, const char *in,
                              const char *expected)
{
    uint8_t out[BUF];
    size_t n = 12345;
    struct imw_value_error err = {IMW_DATE_ZONE, 99};
    int rc = conv(U8(in), strlen(in), out, sizeof out, &n, &err);

    ck_assert_msg(rc == 0, "converting \"%s\": rc %d (%s at %zu)", in, rc,
                  imw_value_reason_text(err.reason), err.offset);
    ck_assert_uint_eq(n, strlen(expected));
    ck_assert_mem_eq(out, expected, n);
}

static void expect_decode(const char *mutf7, const char *utf8)
{
    expect_conversion(imw_mutf7_to_utf8, mutf7, utf8);
    ck_assert_int_eq(imw_mutf7_is_canonical(U8(mutf7), strlen(mutf7)), 1);
}

static void expect_encode(const char *utf8, const char *mutf7)
{
    expect_conversion(imw_utf8_to_mutf7, utf8, mutf7);
}

/* Both directions. */
static void expect_pair(const char *mutf7, const char *utf8)
{
    expect_decode(mutf7, utf8);
    expect_encode(utf8, mutf7);
}

struct refusal {
    const char *in;
    size_t len; /* 0: strlen(in) */
    enum imw_value_reason reason;
    size_t offset;
};

static size_t refusal_len(const struct refusal *r)
{
    return r->len ? r->len : strlen(r->in);
}

/* Checks that case `i` was refused for its reason at its offset. */
static void expect_refused(int rc, const struct imw_value_error *err,
                           const struct refusal *r, int i)
{
    ck_assert_msg(rc == IMW_ERR_SYNTAX, "case %d: rc %d", i, rc);
    ck_assert_msg(err->reason == r->reason, "case %d: %s, expected %s", i,
                  imw_value_reason_text(err->reason),
                  imw_value_reason_text(r->reason));
    ck_assert_msg(err->offset == r->offset, "case %d: offset %zu, expected %zu",
                  i, err->offset, r->offset);
}

/* A converter's refusal of case `i`, with and without `err`. */
static void expect_conversion_refused(converter conv, const struct refusal *r,
                                      int i)
{
    uint8_t out[64];
    size_t n;
    struct imw_value_error err = {IMW_VALUE_OK, 0};
    size_t len = refusal_len(r);

    expect_refused(conv(U8(r->in), len, out, sizeof out, &n, &err), &err, r, i);
    ck_assert_int_eq(conv(U8(r->in), len, out, sizeof out, &n, NULL),
                     IMW_ERR_SYNTAX);
}

/* ---- modified UTF-7: decoding -------------------------------------------- */

START_TEST(mutf7_rfc_examples)
{
    expect_pair("~peter/mail/&U,BTFw-/&ZeVnLIqe-",
                "~peter/mail/\xE5\x8F\xB0\xE5\x8C\x97/"
                "\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E");
    expect_pair("&-", "&");
    expect_pair("Entw&APw-rfe", "Entw\xC3\xBC" "rfe");
    expect_pair("", "");
    expect_pair("INBOX", "INBOX");
}
END_TEST

START_TEST(mutf7_valid_forms)
{
    expect_pair("&AOQ-&-", "\xC3\xA4&");       /* literal & after a shift */
    expect_pair("&AOQ--", "\xC3\xA4-");        /* literal - after a shift */
    expect_pair("&-&-", "&&");
    expect_pair("&AOQA5A-", "\xC3\xA4\xC3\xA4"); /* one shift, two units */
    expect_pair("&AOQ-a&AOQ-", "\xC3\xA4" "a\xC3\xA4");
    expect_pair("&2D3eAA-", "\xF0\x9F\x98\x80"); /* U+1F600, a pair */
    expect_pair("&AAE-", "\x01");              /* controls are encoded */
    expect_pair("&AH8-", "\x7F");
    expect_pair("&AB8AfwCA-", "\x1F\x7F\xC2\x80");
    expect_pair("&,,8-", "\xEF\xBF\xBF");      /* U+FFFF: "," is base64 63 */
    expect_pair("&2,,f,w-", "\xF4\x8F\xBF\xBF"); /* U+10FFFF */
}
END_TEST

static const struct refusal decode_refusals[] = {
    {"a\x80", 0, IMW_MUTF7_8BIT, 1},
    {"\xC3\xA4", 0, IMW_MUTF7_8BIT, 0},
    {"&AOQ\x80-", 0, IMW_MUTF7_8BIT, 4},
    {"a\x01", 0, IMW_MUTF7_CONTROL, 1},
    {"\x7F", 0, IMW_MUTF7_CONTROL, 0},
    {"a\tb", 0, IMW_MUTF7_CONTROL, 1},
    {"a\0b", 3, IMW_MUTF7_CONTROL, 1},
    {"&AO\x01Q-", 0, IMW_MUTF7_CONTROL, 3},
    {"&", 0, IMW_MUTF7_UNTERMINATED, 0},
    {"ab&AOQ", 0, IMW_MUTF7_UNTERMINATED, 2},
    {"&U/BTFw-", 0, IMW_MUTF7_BAD_BASE64, 2},  /* "/" is "," here */
    {"&AOQ/-", 0, IMW_MUTF7_BAD_BASE64, 4},
    {"&AOQ.-", 0, IMW_MUTF7_BAD_BASE64, 4},
    {"&AOQ&-", 0, IMW_MUTF7_BAD_BASE64, 4},
    {"&AOQ= -", 0, IMW_MUTF7_BAD_BASE64, 4},   /* no "=" padding */
    {"&AGE-", 0, IMW_MUTF7_ENCODED_ASCII, 3},  /* "a" */
    {"&ACY-", 0, IMW_MUTF7_ENCODED_ASCII, 3},  /* "&" must be "&-" */
    {"&ACA-", 0, IMW_MUTF7_ENCODED_ASCII, 3},  /* " " */
    {"&AH4-", 0, IMW_MUTF7_ENCODED_ASCII, 3},  /* "~" */
    {"&AOQAYQ-", 0, IMW_MUTF7_ENCODED_ASCII, 6}, /* after a valid unit */
    {"&AAA-", 0, IMW_MUTF7_ENCODED_NUL, 3},
    {"&2D0-", 0, IMW_MUTF7_LONE_HIGH_SURROGATE, 3},
    {"&2D0A5A-", 0, IMW_MUTF7_LONE_HIGH_SURROGATE, 3}, /* high, then U+00E4 */
    {"&2D3YPQ-", 0, IMW_MUTF7_LONE_HIGH_SURROGATE, 3}, /* high, high */
    {"&3gA-", 0, IMW_MUTF7_LONE_LOW_SURROGATE, 3},
    {"&3gDYPQ-", 0, IMW_MUTF7_LONE_LOW_SURROGATE, 3},  /* reversed pair */
    {"&AOR-", 0, IMW_MUTF7_NONZERO_PADDING, 3},
    {"&AOT-", 0, IMW_MUTF7_NONZERO_PADDING, 3},
    {"&2D3eAB-", 0, IMW_MUTF7_NONZERO_PADDING, 6},
    {"&AOQA-", 0, IMW_MUTF7_PARTIAL_UNIT, 4},
    {"&AOQA5-", 0, IMW_MUTF7_PARTIAL_UNIT, 5},
    {"&A-", 0, IMW_MUTF7_EMPTY_SHIFT, 0},
    {"x&AA-", 0, IMW_MUTF7_EMPTY_SHIFT, 1},
    {"&AOQAAA-", 0, IMW_MUTF7_ENCODED_NUL, 6},   /* NUL after a valid unit */
    {"&2D0-a", 0, IMW_MUTF7_LONE_HIGH_SURROGATE, 3}, /* high, then direct */
    {"&AOTcAA-", 0, IMW_MUTF7_LONE_LOW_SURROGATE, 6}, /* U+00E4, then low */
    {"&AC0-", 0, IMW_MUTF7_ENCODED_ASCII, 3},  /* "-" */
    {"&2D3eAA", 0, IMW_MUTF7_UNTERMINATED, 0}, /* a whole pair, no "-" */
    {"a&", 0, IMW_MUTF7_UNTERMINATED, 1},
    {"&AOQ-&AOQ-", 0, IMW_MUTF7_ADJACENT_SHIFTS, 5},
    {"a&AOQ-&APw-b", 0, IMW_MUTF7_ADJACENT_SHIFTS, 6},
};

START_TEST(mutf7_decode_refusals)
{
    const struct refusal *r = &decode_refusals[_i];

    expect_conversion_refused(imw_mutf7_to_utf8, r, _i);
    ck_assert_int_eq(imw_mutf7_is_canonical(U8(r->in), refusal_len(r)), 0);
}
END_TEST

START_TEST(mutf7_bad_arguments)
{
    size_t n;
    uint8_t out[4];

    ck_assert_int_eq(imw_mutf7_to_utf8(NULL, 1, out, 4, &n, NULL),
                     IMW_ERR_INVALID_ARGUMENT);
    ck_assert_int_eq(imw_mutf7_to_utf8(U8("a"), 1, out, 4, NULL, NULL),
                     IMW_ERR_INVALID_ARGUMENT);
    ck_assert_int_eq(imw_utf8_to_mutf7(NULL, 1, out, 4, &n, NULL),
                     IMW_ERR_INVALID_ARGUMENT);
    ck_assert_int_eq(imw_utf8_to_mutf7(U8("a"), 1, out, 4, NULL, NULL),
                     IMW_ERR_INVALID_ARGUMENT);
    ck_assert_int_eq(imw_mutf7_to_utf8(NULL, 0, NULL, 0, &n, NULL), 0);
    ck_assert_uint_eq(n, 0);
    ck_assert_int_eq(imw_mutf7_is_canonical(NULL, 0), 1);
}
END_TEST

/* ---- modified UTF-7: encoding -------------------------------------------- */

static const struct refusal encode_refusals[] = {
    {"\xC0\x80", 0, IMW_UTF8_OVERLONG, 0},
    {"a\xC1\xBF", 0, IMW_UTF8_OVERLONG, 1},
    {"\xE0\x80\xAF", 0, IMW_UTF8_OVERLONG, 0},
    {"\xE0\x9F\xBF", 0, IMW_UTF8_OVERLONG, 0},
    {"\xF0\x8F\xBF\xBF", 0, IMW_UTF8_OVERLONG, 0},
    {"\xED\xA0\x80", 0, IMW_UTF8_SURROGATE, 0},
    {"ab\xED\xBF\xBF", 0, IMW_UTF8_SURROGATE, 2},
    {"\xF4\x90\x80\x80", 0, IMW_UTF8_TOO_LARGE, 0},
    {"\xF7\xBF\xBF\xBF", 0, IMW_UTF8_TOO_LARGE, 0},
    {"\xF8\x88\x80\x80\x80", 0, IMW_UTF8_INVALID, 0},
    {"\xFF", 0, IMW_UTF8_INVALID, 0},
    {"\x80", 0, IMW_UTF8_INVALID, 0},
    {"a\xBF", 0, IMW_UTF8_INVALID, 1},
    {"\xE4\x41\x41", 0, IMW_UTF8_INVALID, 1},
    {"\xE4\xB8\xC3\xA4", 0, IMW_UTF8_INVALID, 2},
    {"\xE4\xB8", 0, IMW_UTF8_TRUNCATED, 0},
    {"ab\xF0\x9F\x98", 0, IMW_UTF8_TRUNCATED, 2},
    {"\xC3", 0, IMW_UTF8_TRUNCATED, 0},
    {"a\0b", 3, IMW_UTF8_NUL, 1},
    {"\0", 1, IMW_UTF8_NUL, 0},
};

START_TEST(mutf7_encode_refusals)
{
    expect_conversion_refused(imw_utf8_to_mutf7, &encode_refusals[_i], _i);
}
END_TEST

START_TEST(mutf7_encode_forms)
{
    expect_encode("a&b", "a&-b");
    expect_encode("\xC3\xA4\xC3\xB6\xC3\xBC", "&AOQA9gD8-"); /* one shift */
    expect_encode("\xC3\xA4-", "&AOQ--");
    expect_encode("\x01&\x01", "&AAE-&-&AAE-");
    expect_encode("~", "~");
}
END_TEST

/* ---- buffer sizes ------------------------------------------------------ */

/* For every capacity from 0 to past the need: the same length, success,
 * the whole result when it fits and never a write past the capacity. */
static void check_capacities(converter conv, const char *in,
                             const char *expected)
{
    size_t need = strlen(expected);
    size_t cap;

    for (cap = 0; cap <= need + 2; cap++) {
        uint8_t out[128];
        size_t n = 0;

        memset(out, 0xEE, sizeof out);
        ck_assert_int_eq(conv(U8(in), strlen(in), out, cap, &n, NULL), 0);
        ck_assert_uint_eq(n, need);
        ck_assert_uint_eq(out[cap], 0xEE);
        if (cap >= need)
            ck_assert_mem_eq(out, expected, need);
        else if (cap > 0)
            ck_assert_mem_eq(out, expected, cap); /* a prefix, as documented */
    }
}

START_TEST(mutf7_output_capacity)
{
    const char *m = "~peter/mail/&U,BTFw-/&ZeVnLIqe-";
    const char *u = "~peter/mail/\xE5\x8F\xB0\xE5\x8C\x97/"
                    "\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E";
    size_t n = 0;

    check_capacities(imw_mutf7_to_utf8, m, u);
    check_capacities(imw_utf8_to_mutf7, u, m);
    check_capacities(imw_mutf7_to_utf8, "&2D3eAA-", "\xF0\x9F\x98\x80");
    /* a size query without a buffer */
    ck_assert_int_eq(imw_mutf7_to_utf8(U8(m), strlen(m), NULL, 0, &n, NULL), 0);
    ck_assert_uint_eq(n, strlen(u));
    ck_assert_int_eq(imw_utf8_to_mutf7(U8(u), strlen(u), NULL, 0, &n, NULL), 0);
    ck_assert_uint_eq(n, strlen(m));
    /* NULL out with a capacity is treated as no buffer */
    ck_assert_int_eq(imw_utf8_to_mutf7(U8(u), strlen(u), NULL, 99, &n, NULL), 0);
    ck_assert_uint_eq(n, strlen(m));
}
END_TEST

START_TEST(mutf7_size_bounds_are_tight)
{
    /* control and "&" in turn is the worst case the macro names */
    uint8_t in[41], out[256];
    size_t len, n;

    for (len = 1; len < sizeof in; len++) {
        size_t i;

        for (i = 0; i < len; i++)
            in[i] = i % 2 ? '&' : 0x01;
        ck_assert_int_eq(imw_utf8_to_mutf7(in, len, out, sizeof out, &n, NULL), 0);
        ck_assert_uint_le(n, IMW_MUTF7_ENCODED_MAX(len));
        ck_assert_uint_ge(n + 1, IMW_MUTF7_ENCODED_MAX(len));
    }
    /* 9 CJK characters: 26 octets of modified UTF-7 decode to 27 */
    {
        const char *m = "&ZeVnLIqeZeVnLIqeZeVnLIqe-";
        ck_assert_int_eq(imw_mutf7_to_utf8(U8(m), strlen(m), out, sizeof out,
                                           &n, NULL), 0);
        ck_assert_uint_eq(n, 27);
        ck_assert_uint_le(n, IMW_MUTF7_DECODED_MAX(strlen(m)));
    }
}
END_TEST

/* ---- round trips ----------------------------------------------------------- */

static size_t put_utf8(uint8_t *p, uint32_t cp)
{
    if (cp < 0x80) {
        p[0] = (uint8_t)cp;
        return 1;
    }
    if (cp < 0x800) {
        p[0] = (uint8_t)(0xC0 | (cp >> 6));
        p[1] = (uint8_t)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        p[0] = (uint8_t)(0xE0 | (cp >> 12));
        p[1] = (uint8_t)(0x80 | ((cp >> 6) & 0x3F));
        p[2] = (uint8_t)(0x80 | (cp & 0x3F));
        return 3;
    }
    p[0] = (uint8_t)(0xF0 | (cp >> 18));
    p[1] = (uint8_t)(0x80 | ((cp >> 12) & 0x3F));
    p[2] = (uint8_t)(0x80 | ((cp >> 6) & 0x3F));
    p[3] = (uint8_t)(0x80 | (cp & 0x3F));
    return 4;
}

/* A code point from one of the classes the encoder treats differently;
 * never NUL or a surrogate. */
static uint32_t random_code_point(void)
{
    static const char specials[] = "&-,+/~ A";
    uint32_t cp;

    switch (rng_below(7)) {
    case 0: return (uint8_t)specials[rng_below(sizeof specials - 1)];
    case 1: return 0x20 + rng_below(0x5F);            /* printable */
    case 2: return rng_below(2) ? 1 + rng_below(0x1F) : 0x7F; /* controls */
    case 3: return 0x80 + rng_below(0x780);           /* two octets */
    case 4:
        cp = 0x800 + rng_below(0x10000 - 0x800 - 0x800);
        return cp >= 0xD800 ? cp + 0x800 : cp;        /* skip surrogates */
    case 5: return 0x10000 + rng_below(0x100000);     /* a pair */
    default: return 0xFF00 + rng_below(0x100);        /* "," and "+" digits */
    }
}

START_TEST(mutf7_random_round_trips)
{
    int iter;

    rng_state = 0x5eed1234u;
    for (iter = 0; iter < 5000; iter++) {
        uint8_t utf8[256], mutf7[1024], back[256];
        size_t ulen = 0, mlen, blen, i;
        int count = (int)rng_below(24);

        while (count-- > 0)
            ulen += put_utf8(utf8 + ulen, random_code_point());
        ck_assert_int_eq(imw_utf8_to_mutf7(utf8, ulen, mutf7, sizeof mutf7,
                                           &mlen, NULL), 0);
        ck_assert_uint_le(mlen, IMW_MUTF7_ENCODED_MAX(ulen));
        for (i = 0; i < mlen; i++)
            ck_assert(mutf7[i] >= 0x20 && mutf7[i] <= 0x7E);
        ck_assert_int_eq(imw_mutf7_is_canonical(mutf7, mlen), 1);
        ck_assert_int_eq(imw_mutf7_to_utf8(mutf7, mlen, back, sizeof back,
                                           &blen, NULL), 0);
        ck_assert_uint_le(blen, IMW_MUTF7_DECODED_MAX(mlen));
        ck_assert_uint_eq(blen, ulen);
        ck_assert_mem_eq(back, utf8, ulen);
    }
}
END_TEST

/* The other direction: whatever random modified UTF-7 decodes must
 * re-encode to exactly itself; that is what "one spelling" means. */
START_TEST(mutf7_decoded_is_canonical)
{
    static const char alphabet[] = "&-AOQ5D23gaeZ,+/wy";
    int iter, accepted = 0;

    rng_state = 0xc0ffee01u;
    for (iter = 0; iter < 200000; iter++) {
        uint8_t in[16], utf8[64], again[64];
        size_t len = 1 + rng_below(sizeof in), ulen, alen, i;

        for (i = 0; i < len; i++)
            in[i] = (uint8_t)alphabet[rng_below(sizeof alphabet - 1)];
        if (imw_mutf7_to_utf8(in, len, utf8, sizeof utf8, &ulen, NULL) != 0)
            continue;
        accepted++;
        ck_assert_int_eq(imw_utf8_to_mutf7(utf8, ulen, again, sizeof again,
                                           &alen, NULL), 0);
        ck_assert_uint_eq(alen, len);
        ck_assert_mem_eq(again, in, len);
    }
    /* the alphabet must reach both sides of the decision */
    ck_assert_int_gt(accepted, 1000);
    ck_assert_int_lt(accepted, 200000);
}
END_TEST

/* ---- decoding against a reading digit by digit ------------------------
 *
 * src/mutf7.c reads base64 in groups of 8 digits and direct runs 8 octets
 * at a time, and has an entry for callers with room (no test per octet).
 * The reference below is the plain reading: one digit, one octet at a
 * time, each check where the canonical form fails.  Every entry must give
 * its answer: the result, or the reason and offset of the refusal. */

struct ref_out {
    uint8_t buf[512];
    size_t len;
};

static void ref_put(struct ref_out *o, uint32_t cp)
{
    o->len += put_utf8(o->buf + o->len, cp); /* the round trips' writer */
}

static int ref_fail(struct imw_value_error *err, enum imw_value_reason reason,
                    size_t offset)
{
    err->reason = reason;
    err->offset = offset;
    return IMW_ERR_SYNTAX;
}

static enum imw_value_reason ref_octet_reason(uint8_t c)
{
    if (c >= 0x80)
        return IMW_MUTF7_8BIT;
    if (c < 0x20 || c > 0x7E)
        return IMW_MUTF7_CONTROL;
    return IMW_MUTF7_BAD_BASE64;
}

static int ref_digit(uint8_t c)
{
    static const char digits[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+,";
    const char *p = c ? strchr(digits, c) : NULL;
    return p ? (int)(p - digits) : -1;
}

/* The shift whose "&" is at *pos. */
static int ref_shift(const uint8_t *in, size_t len, size_t *pos,
                     struct ref_out *o, struct imw_value_error *err)
{
    uint32_t bits = 0, high = 0;
    int nbits = 0;
    size_t units = 0, high_at = 0, amp = *pos, i;

    for (i = amp + 1; i < len && in[i] != '-'; i++) {
        int v = ref_digit(in[i]);
        uint32_t unit;
        if (v < 0)
            return ref_fail(err, ref_octet_reason(in[i]), i);
        bits = (bits << 6) | (uint32_t)v;
        nbits += 6;
        if (nbits < 16)
            continue;
        nbits -= 16;
        unit = bits >> nbits;
        bits &= (1u << nbits) - 1;
        units++;
        if (high) {
            if (unit < 0xDC00 || unit > 0xDFFF)
                return ref_fail(err, IMW_MUTF7_LONE_HIGH_SURROGATE, high_at);
            ref_put(o, 0x10000 + ((high - 0xD800) << 10) + (unit - 0xDC00));
            high = 0;
        } else if (unit >= 0xD800 && unit <= 0xDBFF) {
            high = unit;
            high_at = i;
        } else if (unit >= 0xDC00 && unit <= 0xDFFF) {
            return ref_fail(err, IMW_MUTF7_LONE_LOW_SURROGATE, i);
        } else if (unit == 0) {
            return ref_fail(err, IMW_MUTF7_ENCODED_NUL, i);
        } else if (unit >= 0x20 && unit <= 0x7E) {
            return ref_fail(err, IMW_MUTF7_ENCODED_ASCII, i);
        } else {
            ref_put(o, unit);
        }
    }
    if (i == len)
        return ref_fail(err, IMW_MUTF7_UNTERMINATED, amp);
    *pos = i + 1;
    if (units == 0)
        return ref_fail(err, IMW_MUTF7_EMPTY_SHIFT, amp);
    if (high)
        return ref_fail(err, IMW_MUTF7_LONE_HIGH_SURROGATE, high_at);
    if (nbits >= 6)
        return ref_fail(err, IMW_MUTF7_PARTIAL_UNIT, i - 1);
    if (bits != 0)
        return ref_fail(err, IMW_MUTF7_NONZERO_PADDING, i - 1);
    return 0;
}

static int ref_decode(const uint8_t *in, size_t len, struct ref_out *o,
                      struct imw_value_error *err)
{
    size_t i = 0, shift_end = (size_t)-1;

    o->len = 0;
    while (i < len) {
        uint8_t c = in[i];
        if (c < 0x20 || c > 0x7E)
            return ref_fail(err, ref_octet_reason(c), i);
        if (c != '&') {
            o->buf[o->len++] = c;
            i++;
        } else if (i + 1 < len && in[i + 1] == '-') {
            o->buf[o->len++] = '&';
            i += 2;
        } else if (i == shift_end) {
            return ref_fail(err, IMW_MUTF7_ADJACENT_SHIFTS, i);
        } else {
            int rc = ref_shift(in, len, &i, o, err);
            if (rc < 0)
                return rc;
            shift_end = i;
        }
    }
    return 0;
}

/* Fails (without a passing assert per call: these run a million times)
 * unless `rc`, `err` and the output agree with the reference's. */
static void agree(const char *entry, const uint8_t *in, size_t len, int rc,
                  const struct imw_value_error *err, const uint8_t *out,
                  size_t n, int ref_rc, const struct imw_value_error *ref_err,
                  const struct ref_out *ref)
{
    if (rc != ref_rc)
        ck_abort_msg("%s, %.*s (%zu octets): rc %d, reference %d", entry,
                     (int)len, in, len, rc, ref_rc);
    if (rc < 0 && (err->reason != ref_err->reason ||
                   err->offset != ref_err->offset))
        ck_abort_msg("%s, %.*s (%zu octets): %s at %zu, reference %s at %zu",
                     entry, (int)len, in, len,
                     imw_value_reason_text(err->reason), err->offset,
                     imw_value_reason_text(ref_err->reason), ref_err->offset);
    if (rc == 0 && (n != ref->len || (out && memcmp(out, ref->buf, n) != 0)))
        ck_abort_msg("%s, %.*s (%zu octets): %zu octets, reference %zu",
                     entry, (int)len, in, len, n, ref->len);
}

#define GUARD 16

/* Every entry on in[0..len): the public one with room for the longest
 * result (unchecked stores), with a buffer one short of the result and
 * exactly its size (checked stores), with none (counting), and the
 * mailbox decoder's entry after the direct prefix.  The buffers with
 * room are exactly IMW_MUTF7_DECODED_MAX long, with guard octets after
 * them that must stay as they were (and a sanitizer build sees any write
 * past the allocation). */
static void check_decoders(const uint8_t *in, size_t len)
{
    struct ref_out ref;
    struct imw_value_error ref_err = {IMW_VALUE_OK, 0}, err;
    int ref_rc = ref_decode(in, len, &ref, &ref_err);
    size_t room = IMW_MUTF7_DECODED_MAX(len), n, plain, i;
    uint8_t *out = malloc(room + GUARD);
    int rc;

    ck_assert_ptr_nonnull(out);
    if (ref_rc == 0 && ref.len > room)
        ck_abort_msg("%.*s: %zu octets, above the bound", (int)len, in,
                     ref.len);
    memset(out, 0xEE, room + GUARD);
    err = (struct imw_value_error){IMW_VALUE_OK, 0};
    rc = imw_mutf7_to_utf8(in, len, out, room, &n, &err);
    agree("with room", in, len, rc, &err, out, n, ref_rc, &ref_err, &ref);
    for (i = room; i < room + GUARD; i++)
        if (out[i] != 0xEE)
            ck_abort_msg("%.*s: written past the room", (int)len, in);

    err = (struct imw_value_error){IMW_VALUE_OK, 0};
    rc = imw_mutf7_to_utf8(in, len, NULL, 0, &n, &err);
    agree("counting", in, len, rc, &err, NULL, n, ref_rc, &ref_err, &ref);
    if (ref_rc == 0) {
        size_t cap = ref.len, c;
        for (c = cap ? cap - 1 : 0; c <= cap; c++) {
            memset(out, 0xEE, room + GUARD);
            err = (struct imw_value_error){IMW_VALUE_OK, 0};
            rc = imw_mutf7_to_utf8(in, len, out, c, &n, &err);
            agree("a tight buffer", in, len, rc, &err, NULL, n, ref_rc,
                  &ref_err, &ref);
            if (memcmp(out, ref.buf, c) != 0 || out[c] != 0xEE)
                ck_abort_msg("%.*s: capacity %zu: not the prefix", (int)len,
                             in, c);
        }
    } else {
        err = (struct imw_value_error){IMW_VALUE_OK, 0};
        rc = imw_mutf7_to_utf8(in, len, out, 1, &n, &err);
        agree("a small buffer", in, len, rc, &err, NULL, n, ref_rc, &ref_err,
              &ref);
    }

    plain = imw_mutf7_direct_prefix(in, len);
    for (i = 0; i < plain; i++)
        if (in[i] < 0x20 || in[i] > 0x7E || in[i] == '&')
            ck_abort_msg("%.*s: prefix of %zu", (int)len, in, plain);
    if (plain < len && in[plain] >= 0x20 && in[plain] <= 0x7E &&
        in[plain] != '&')
        ck_abort_msg("%.*s: prefix of %zu stops short", (int)len, in, plain);
    memset(out, 0xEE, room + GUARD);
    err = (struct imw_value_error){IMW_VALUE_OK, 0};
    rc = imw_mutf7_to_utf8_room(in, len, plain, out, &n, &err);
    agree("the decoder's entry", in, len, rc, &err, out, n, ref_rc, &ref_err,
          &ref);
    for (i = room; i < room + GUARD; i++)
        if (out[i] != 0xEE)
            ck_abort_msg("%.*s: the decoder's entry wrote past the room",
                         (int)len, in);
    free(out);
}

/* base64 of `count` UTF-16 units, whatever they are, with `pad` in the
 * bits after the last whole digit's share (0 is canonical). */
static size_t raw_base64(const uint16_t *units, size_t count, uint32_t pad,
                         uint8_t *out)
{
    static const char digits[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+,";
    uint32_t bits = 0;
    int nbits = 0;
    size_t n = 0;

    for (size_t i = 0; i < count; i++) {
        bits = (bits << 16) | units[i];
        nbits += 16;
        while (nbits >= 6) {
            nbits -= 6;
            out[n++] = (uint8_t)digits[(bits >> nbits) & 0x3F];
        }
        bits &= (1u << nbits) - 1;
    }
    if (nbits > 0)
        out[n++] = (uint8_t)digits[((bits << (6 - nbits)) |
                                    (pad & ((1u << (6 - nbits)) - 1))) & 0x3F];
    return n;
}

/* A unit of each kind the checks tell apart. */
static uint16_t random_unit(void)
{
    switch (rng_below(10)) {
    case 0: return (uint16_t)(0x20 + rng_below(0x5F)); /* encoded ASCII */
    case 1: return 0;                                  /* NUL */
    case 2: return (uint16_t)(rng_below(2) ? 1 + rng_below(0x1F) : 0x7F);
    case 3: return (uint16_t)(0x80 + rng_below(0x780));
    case 4: return (uint16_t)(0xD800 + rng_below(0x400)); /* high */
    case 5: return (uint16_t)(0xDC00 + rng_below(0x400)); /* low */
    case 6: return (uint16_t)(0xE000 + rng_below(0x2000));
    default: return (uint16_t)(0x800 + rng_below(0xD000));
    }
}

/* Shifts of 0 to 12 units (up to 32 digits: groups, and every length of
 * the last group), mostly valid, between direct runs of 0 to 17 octets. */
static size_t random_name(uint8_t *in)
{
    size_t len = 0;
    int pieces = 1 + (int)rng_below(4);

    while (pieces-- > 0) {
        size_t run = rng_below(18);
        while (run-- > 0) {
            uint8_t c = (uint8_t)(0x20 + rng_below(0x5F));
            in[len++] = c == '&' ? 'a' : c;
        }
        if (rng_below(5) == 0) {
            in[len++] = '&';
            in[len++] = '-';
            continue;
        }
        uint16_t units[12];
        size_t count = rng_below(13);
        for (size_t i = 0; i < count; i++) {
            units[i] = rng_below(3) ? (uint16_t)(0x80 + rng_below(0xD700))
                                    : random_unit();
            if (units[i] >= 0xD800 && units[i] <= 0xDBFF && i + 1 < count &&
                rng_below(4))
                units[++i] = (uint16_t)(0xDC00 + rng_below(0x400));
        }
        in[len++] = '&';
        len += raw_base64(units, count, rng_below(8) ? 0 : 1 + rng_below(15),
                          in + len);
        if (rng_below(10) == 0)
            in[len++] = 'A'; /* a digit too many */
        if (rng_below(12))
            in[len++] = '-';
    }
    return len;
}

START_TEST(mutf7_decoders_agree_random)
{
    rng_state = 0x9e3779b9u;
    for (int iter = 0; iter < 40000; iter++) {
        uint8_t in[256];
        size_t len = random_name(in);
        check_decoders(in, len);
        if (len > 0 && rng_below(2)) {
            /* one octet changed to anything */
            in[rng_below((uint32_t)len)] = (uint8_t)rng_below(256);
            check_decoders(in, len);
        }
        if (len > 1)
            check_decoders(in, rng_below((uint32_t)len)); /* cut short */
    }
}
END_TEST

/* Shifts of 1 to 24 digits after direct runs of 0 to 17 octets, with
 * every octet value at every position: each error where a group of 8
 * digits (or the run before it) is read at once, at each place in it. */
START_TEST(mutf7_decoders_agree_each_octet)
{
    static const uint16_t kinds[][3] = {
        {0x00E4, 0x4E0B, 0x66F8}, /* valid */
        {0xD83D, 0xDE00, 0x00E4}, /* a pair, then valid */
        {0x00E4, 0xD83D, 0xDE00}, /* a pair across units 1 and 2 */
        {0x0061, 0x00E4, 0x00E4}, /* encoded ASCII first */
        {0x00E4, 0x0000, 0x00E4}, /* NUL second */
        {0x00E4, 0x00E4, 0xDC00}, /* lone low third */
        {0xD800, 0x00E4, 0x00E4}, /* lone high */
        {0x00E4, 0x00E4, 0xD800}, /* high at the group's end */
    };
    /* each class of octet: controls, 8-bit, the digits' neighbours, the
     * digits that make units of every kind, "&" and "-" */
    static const char octets[] =
        "\x01\x1f\x7f\x80\xc3\xff !&+,-./09:=@AZ[`az{~BgQ23Dw_";
    for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++) {
        for (size_t digits = 1; digits <= 24; digits++) {
            uint16_t units[9];
            uint8_t in[64], b64[32];
            size_t prefix = (k * 7 + digits) % 18, len = 0, n;
            for (size_t u = 0; u < 9; u++)
                units[u] = kinds[k][u % 3];
            n = raw_base64(units, (digits * 6 + 15) / 16, 0, b64);
            if (n > digits)
                n = digits; /* cut to `digits`: partial units too */
            for (size_t i = 0; i < prefix; i++)
                in[len++] = (uint8_t)('a' + i);
            in[len++] = '&';
            memcpy(in + len, b64, n);
            len += n;
            in[len++] = '-';
            in[len++] = 'z';
            check_decoders(in, len);
            for (size_t at = 0; at < len; at++) {
                uint8_t keep = in[at];
                for (size_t c = 0; c < sizeof octets; c++) { /* and NUL */
                    in[at] = (uint8_t)octets[c];
                    check_decoders(in, len);
                }
                in[at] = keep;
            }
        }
    }
}
END_TEST

/* Names of up to 64 octets built from code points, as a client would
 * send them, and then damaged: direct runs, "&-", shifts of 1 to 8
 * characters (BMP ones of two and three UTF-8 octets, pairs for the
 * others, now and then one the canonical form refuses: ASCII, NUL, a
 * lone surrogate), shifts side by side; then octets replaced, inserted
 * and deleted.  Each is checked against the reference through every
 * entry (check_decoders()): with room, exact and one-short buffers,
 * counting, and the mailbox decoder's entry. */
static uint32_t name_code_point(void)
{
    switch (rng_below(12)) {
    case 0: return 0x10000 + rng_below(0x100000);          /* a pair */
    case 1: return rng_below(8) ? 0x800 + rng_below(0xD000) /* 3 octets */
                                : 0xE000 + rng_below(0x2000);
    case 2: return 0x4E00 + rng_below(0x5200);              /* CJK */
    case 3:
        switch (rng_below(4)) { /* refused inside a shift */
        case 0: return 0x20 + rng_below(0x5F);
        case 1: return 0;
        case 2: return 0xD800 + rng_below(0x400);
        default: return 0xDC00 + rng_below(0x400);
        }
    default: return 0x80 + rng_below(0x780);                /* 2 octets */
    }
}

static size_t shift_of_code_points(uint8_t *out)
{
    uint16_t units[16];
    size_t count = 0, n = 0;
    int chars = 1 + (int)rng_below(rng_below(3) ? 2 : 8);

    while (chars-- > 0) {
        uint32_t cp = name_code_point();
        if (cp >= 0x10000) {
            units[count++] = (uint16_t)(0xD800 + ((cp - 0x10000) >> 10));
            units[count++] = (uint16_t)(0xDC00 + ((cp - 0x10000) & 0x3FF));
        } else {
            units[count++] = (uint16_t)cp;
        }
    }
    out[n++] = '&';
    n += raw_base64(units, count, rng_below(16) ? 0 : 1 + rng_below(15),
                    out + n);
    out[n++] = '-';
    return n;
}

static size_t name_of_code_points(uint8_t *in, size_t cap)
{
    uint8_t piece[64];
    size_t len = 0;
    int shifted = 0; /* the last piece was a shift */

    for (;;) {
        size_t n = 0;
        switch (rng_below(5)) {
        case 0:
            piece[n++] = '&';
            piece[n++] = '-';
            break;
        case 1:
        case 2:
            if (!shifted || rng_below(4) == 0) { /* else seldom adjacent */
                n = shift_of_code_points(piece);
                break;
            }
            /* fall through */
        default:
            for (size_t run = 1 + rng_below(12); n < run; n++) {
                uint8_t c = (uint8_t)(0x20 + rng_below(0x5F));
                piece[n] = c == '&' ? '/' : c;
            }
        }
        if (len + n > cap || rng_below(len ? 6 : 50) == 0)
            return len;
        memcpy(in + len, piece, n);
        len += n;
        shifted = piece[n - 1] == '-' && n > 2;
    }
}

/* The pieces of a name that give the most octets for their length, so
 * that the decoders' word stores (a run's last word, a unit's 4 octets,
 * a surrogate pair's) come near the end of the room: shifts of 3-octet
 * units (3, 8, 11, 16 and 24 digits), a 2-octet one, a pair (an emoji),
 * "&-", and a shift at the very end, closed or not. */
static const char *const tight_pieces[] = {
    "&Tgs-",                         /* U+4E0B: 3 octets for 5 */
    "&Tgtm+DBN-",                    /* 3 units of 3 octets for 10 */
    "&Tgtm+DBNTgs-",                 /* 11 digits */
    "&Tgtm+DBNTgtm+DBN-",            /* 16 digits */
    "&Tgtm+DBNTgtm+DBNTgtm+DBN-",    /* 24 digits */
    "&AOQ-",                         /* U+00E4: 2 octets */
    "&2D3eAA-",                      /* U+1F600 */
    "&-",
    "&Tgs",                          /* unterminated */
};

/* Direct runs of these lengths between the pieces: none (adjacent shifts
 * are refused), one octet, and around a word. */
static const size_t tight_runs[] = {0, 1, 7, 8, 9};

static size_t tight_run(uint8_t *in, size_t len, size_t n)
{
    for (size_t i = 0; i < n; i++)
        in[len++] = (uint8_t)"INBOX/ab"[i % 8];
    return len;
}

/* Every name of a run, one to three pieces each followed by a run: all
 * decoders agree with the reference, and none writes past the room. */
START_TEST(mutf7_decoders_agree_tight_room)
{
    enum { P = sizeof tight_pieces / sizeof tight_pieces[0],
           R = sizeof tight_runs / sizeof tight_runs[0] };
    size_t count = 0;

    for (size_t pieces = 1; pieces <= 3; pieces++) {
        size_t combos = 1, runs = 1;
        for (size_t i = 0; i < pieces; i++)
            combos *= P;
        for (size_t i = 0; i <= pieces; i++)
            runs *= pieces < 3 ? R : 3; /* three pieces: runs 0, 1, 7 */
        for (size_t c = 0; c < combos; c++) {
            for (size_t r = 0; r < runs; r++) {
                uint8_t in[128];
                size_t len = 0, cc = c, rr = r;
                size_t radix = pieces < 3 ? R : 3;

                len = tight_run(in, len, tight_runs[rr % radix]);
                rr /= radix;
                for (size_t i = 0; i < pieces; i++) {
                    const char *piece = tight_pieces[cc % P];
                    memcpy(in + len, piece, strlen(piece));
                    len += strlen(piece);
                    cc /= P;
                    len = tight_run(in, len, tight_runs[rr % radix]);
                    rr /= radix;
                }
                check_decoders(in, len);
                count++;
            }
        }
    }
    ck_assert_uint_eq(count, (size_t)(P * 25 + P * P * 125 + P * P * P * 81));
}
END_TEST

/* An octet for a damaged name: mostly the ones that matter to a shift. */
static uint8_t damage_octet(void)
{
    static const char octets[] = "&-+,/AaZz09 ~\x7f\x1f";
    if (rng_below(3) == 0)
        return (uint8_t)rng_below(256);
    return (uint8_t)octets[rng_below(sizeof octets)]; /* NUL too */
}

START_TEST(mutf7_decoders_agree_code_points)
{
    enum { CASES = 200000, MAX = 64 };

    rng_state = 0x2545f491u;
    for (int iter = 0; iter < CASES; iter++) {
        uint8_t in[MAX + 1];
        size_t len = name_of_code_points(in, MAX);
        int edits = rng_below(2) ? 0 : 1 + (int)rng_below(3);

        while (edits-- > 0) {
            size_t at = len ? rng_below((uint32_t)len) : 0;
            switch (rng_below(3)) {
            case 0: /* replaced */
                if (len)
                    in[at] = damage_octet();
                break;
            case 1: /* inserted */
                if (len < MAX) {
                    at = rng_below((uint32_t)len + 1);
                    memmove(in + at + 1, in + at, len - at);
                    in[at] = damage_octet();
                    len++;
                }
                break;
            default: /* deleted */
                if (len) {
                    memmove(in + at, in + at + 1, len - at - 1);
                    len--;
                }
            }
        }
        check_decoders(in, len);
    }
}
END_TEST

/* ---- dates: parsing ----------------------------------------------------- */

static struct imw_datetime parse_ok(const char *s)
{
    struct imw_datetime dt;
    struct imw_value_error err = {IMW_VALUE_OK, 0};
    int rc = imw_datetime_parse(U8(s), strlen(s), &dt, &err);

    ck_assert_msg(rc == 0, "\"%s\": %s at %zu", s,
                  imw_value_reason_text(err.reason), err.offset);
    return dt;
}

static void expect_fields(const struct imw_datetime *dt, int y, int mo, int d,
                          int h, int mi, int s, int zone)
{
    ck_assert_int_eq(dt->year, y);
    ck_assert_int_eq(dt->month, mo);
    ck_assert_int_eq(dt->day, d);
    ck_assert_int_eq(dt->hour, h);
    ck_assert_int_eq(dt->minute, mi);
    ck_assert_int_eq(dt->second, s);
    ck_assert_int_eq(dt->zone_minutes, zone);
}

START_TEST(datetime_parse_fields)
{
    struct imw_datetime dt = parse_ok("17-Jul-1996 02:44:25 -0700");

    expect_fields(&dt, 1996, 7, 17, 2, 44, 25, -420);
    dt = parse_ok("\"17-Jul-1996 02:44:25 -0700\"");
    expect_fields(&dt, 1996, 7, 17, 2, 44, 25, -420);
    dt = parse_ok(" 1-jan-2000 00:00:00 +0000");
    expect_fields(&dt, 2000, 1, 1, 0, 0, 0, 0);
    dt = parse_ok("01-JAN-2000 23:59:60 +2359");
    expect_fields(&dt, 2000, 1, 1, 23, 59, 60, 1439);
    dt = parse_ok("31-dEc-9999 12:30:00 -2359");
    expect_fields(&dt, 9999, 12, 31, 12, 30, 0, -1439);
    dt = parse_ok("01-Mar-0000 00:00:00 +0530");
    expect_fields(&dt, 0, 3, 1, 0, 0, 0, 330);
    dt = parse_ok("\" 9-Sep-2001 09:09:09 -0000\"");
    expect_fields(&dt, 2001, 9, 9, 9, 9, 9, 0);
}
END_TEST

/* The month of the three octets at p, compared with each name octet by
 * octet, A-Z folded to a-z; -1 for none. */
static int ref_month(const char *p)
{
    static const char names[12][4] = {"jan", "feb", "mar", "apr", "may",
                                      "jun", "jul", "aug", "sep", "oct",
                                      "nov", "dec"};
    for (int m = 0; m < 12; m++) {
        int same = 1;
        for (int i = 0; i < 3; i++) {
            unsigned char c = (unsigned char)p[i];
            if (c >= 'A' && c <= 'Z')
                c = (unsigned char)(c - 'A' + 'a');
            same &= c == (unsigned char)names[m][i];
        }
        if (same)
            return m + 1;
    }
    return -1;
}

START_TEST(datetime_month_names)
{
    static const char *const names[12] = {"jan", "FEB", "Mar", "aPR", "may",
                                           "JUN", "jul", "Aug", "sep", "OCT",
                                           "nov", "Dec"};
    int m;

    for (m = 0; m < 12; m++) {
        char text[64];
        struct imw_datetime dt;

        snprintf(text, sizeof text, "10-%s-2020 10:00:00 +0000", names[m]);
        dt = parse_ok(text);
        ck_assert_int_eq(dt.month, m + 1);
        /* every octet in each of the name's places: the month the names
         * compared letter by letter (ASCII case only) give, or none */
        for (int k = 0; k < 3; k++) {
            char was = text[3 + k];
            for (int c = 0; c < 256; c++) {
                struct imw_value_error err;
                text[3 + k] = (char)c;
                int want = ref_month(text + 3);
                int rc = imw_datetime_parse(U8(text), 26, &dt, &err);
                if (want > 0) {
                    ck_assert_int_eq(rc, 0);
                    ck_assert_int_eq(dt.month, want);
                } else {
                    ck_assert_int_eq(rc, IMW_ERR_SYNTAX);
                    ck_assert_int_eq(err.reason, IMW_DATE_MONTH);
                }
            }
            text[3 + k] = was;
        }
    }
}
END_TEST

/* The fields of a 26-octet date-time, read by the grammar octet by
 * octet; 0 when it is not one. */
static int ref_digits(const char *p, int n, int *v)
{
    *v = 0;
    for (int i = 0; i < n; i++) {
        if (p[i] < '0' || p[i] > '9')
            return 0;
        *v = *v * 10 + (p[i] - '0');
    }
    return 1;
}

static int ref_datetime(const char *s, struct imw_datetime *dt)
{
    static const int days[12] = {31, 28, 31, 30, 31, 30,
                                 31, 31, 30, 31, 30, 31};
    int zh, zm, dim;
    if (!(s[0] == ' ' ? ref_digits(s + 1, 1, &dt->day)
                      : ref_digits(s, 2, &dt->day)) ||
        s[2] != '-' || (dt->month = ref_month(s + 3)) < 0 || s[6] != '-' ||
        !ref_digits(s + 7, 4, &dt->year) || s[11] != ' ' ||
        !ref_digits(s + 12, 2, &dt->hour) || dt->hour > 23 || s[14] != ':' ||
        !ref_digits(s + 15, 2, &dt->minute) || dt->minute > 59 ||
        s[17] != ':' || !ref_digits(s + 18, 2, &dt->second) ||
        dt->second > 60 || s[20] != ' ' || (s[21] != '+' && s[21] != '-') ||
        !ref_digits(s + 22, 2, &zh) || zh > 23 || !ref_digits(s + 24, 2, &zm) ||
        zm > 59)
        return 0;
    dim = days[dt->month - 1];
    if (dt->month == 2 && dt->year % 4 == 0 &&
        (dt->year % 100 != 0 || dt->year % 400 == 0))
        dim = 29;
    dt->zone_minutes = (s[21] == '-' ? -1 : 1) * (zh * 60 + zm);
    return dt->day >= 1 && dt->day <= dim;
}

/* Every octet in every place of a few date-times, bare and quoted: the
 * parser accepts what the reference reads, with its fields, and refuses
 * the rest (its fast reading of a valid date-time and its octet by
 * octet one agree). */
START_TEST(datetime_every_octet)
{
    static const char *const bases[] = {
        " 8-Oct-2011 18:03:22 +0000", "29-Feb-2024 23:59:60 -2359",
        "31-Dec-9999 00:00:00 +0000", "01-jAN-0000 12:34:56 -0700",
        "28-Feb-1900 09:09:09 +1200",
    };
    for (size_t b = 0; b < sizeof bases / sizeof bases[0]; b++)
        for (int k = 0; k < 26; k++)
            for (int c = 0; c < 256; c++) {
                char text[29];
                struct imw_datetime dt, want;
                memcpy(text + 1, bases[b], 26);
                text[1 + k] = (char)c;
                text[0] = text[27] = '"';
                int ok = ref_datetime(text + 1, &want);
                for (int quoted = 0; quoted < 2; quoted++) {
                    int rc = imw_datetime_parse(U8(text + 1 - quoted),
                                                26 + 2 * (size_t)quoted, &dt,
                                                NULL);
                    ck_assert_msg(ok ? rc == 0 : rc == IMW_ERR_SYNTAX,
                                  "%.26s: rc %d", text + 1, rc);
                    if (ok)
                        ck_assert_msg(dt.year == want.year &&
                                          dt.month == want.month &&
                                          dt.day == want.day &&
                                          dt.hour == want.hour &&
                                          dt.minute == want.minute &&
                                          dt.second == want.second &&
                                          dt.zone_minutes == want.zone_minutes,
                                      "%.26s: fields", text + 1);
                }
            }
}
END_TEST

START_TEST(datetime_leap_years)
{
    static const struct { int year; int leap; } years[] = {
        {1996, 1}, {1997, 0}, {1900, 0}, {2000, 1}, {2100, 0}, {2400, 1},
        {0, 1}, {4, 1}, {9996, 1}, {9999, 0}
    };
    size_t i;

    for (i = 0; i < sizeof years / sizeof years[0]; i++) {
        char text[64];
        struct imw_datetime dt;
        int rc;

        snprintf(text, sizeof text, "29-Feb-%04d 00:00:00 +0000", years[i].year);
        rc = imw_datetime_parse(U8(text), strlen(text), &dt, NULL);
        ck_assert_msg((rc == 0) == years[i].leap, "%s", text);
        snprintf(text, sizeof text, "29-Feb-%04d", years[i].year);
        rc = imw_date_parse(U8(text), strlen(text), &dt, NULL);
        ck_assert_msg((rc == 0) == years[i].leap, "%s", text);
        snprintf(text, sizeof text, "28-Feb-%04d", years[i].year);
        ck_assert_int_eq(imw_date_parse(U8(text), strlen(text), &dt, NULL), 0);
    }
}
END_TEST

START_TEST(datetime_days_of_months)
{
    static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    static const char *const names[12] = {"Jan", "Feb", "Mar", "Apr", "May",
                                           "Jun", "Jul", "Aug", "Sep", "Oct",
                                           "Nov", "Dec"};
    int m;

    for (m = 0; m < 12; m++) {
        char text[64];
        struct imw_datetime dt;
        struct imw_value_error err;

        snprintf(text, sizeof text, "%02d-%s-2023 00:00:00 +0000", days[m],
                 names[m]);
        ck_assert_int_eq(imw_datetime_parse(U8(text), 26, &dt, NULL), 0);
        snprintf(text, sizeof text, "%02d-%s-2023 00:00:00 +0000", days[m] + 1,
                 names[m]);
        ck_assert_int_eq(imw_datetime_parse(U8(text), 26, &dt, &err),
                         IMW_ERR_SYNTAX);
        ck_assert_int_eq(err.reason, IMW_DATE_DAY);
        ck_assert_uint_eq(err.offset, 0);
    }
}
END_TEST

static const struct refusal datetime_refusals[] = {
    {"", 0, IMW_DATE_LENGTH, 0},
    {"17-Jul-1996 02:44:25 -070", 0, IMW_DATE_LENGTH, 25},
    {"17-Jul-1996 02:44:25 -07000", 0, IMW_DATE_LENGTH, 27},
    {"1-Jul-1996 02:44:25 -0700", 0, IMW_DATE_LENGTH, 25},
    {"\"1-Jul-1996 02:44:25 -0700\"", 0, IMW_DATE_LENGTH, 27},
    {"\"17-Jul-1996 02:44:25 -0700", 0, IMW_DATE_QUOTE, 0},
    {"\"", 0, IMW_DATE_QUOTE, 0},
    {"00-Jul-1996 02:44:25 -0700", 0, IMW_DATE_DAY, 0},
    {" 0-Jul-1996 02:44:25 -0700", 0, IMW_DATE_DAY, 0},
    {"32-Jul-1996 02:44:25 -0700", 0, IMW_DATE_DAY, 0},
    {"31-Jun-1996 02:44:25 -0700", 0, IMW_DATE_DAY, 0},
    {"29-Feb-1900 02:44:25 -0700", 0, IMW_DATE_DAY, 0},
    {"1 -Jul-1996 02:44:25 -0700", 0, IMW_DATE_DAY, 0},
    {"x7-Jul-1996 02:44:25 -0700", 0, IMW_DATE_DAY, 0},
    {"\"32-Jul-1996 02:44:25 -0700\"", 0, IMW_DATE_DAY, 1},
    {"17/Jul-1996 02:44:25 -0700", 0, IMW_DATE_SEPARATOR, 2},
    {"17-Jux-1996 02:44:25 -0700", 0, IMW_DATE_MONTH, 3},
    {"17-July1996 02:44:25 -0700", 0, IMW_DATE_SEPARATOR, 6},
    {"\"17-Jux-1996 02:44:25 -0700\"", 0, IMW_DATE_MONTH, 4},
    {"17-Jul-19x6 02:44:25 -0700", 0, IMW_DATE_YEAR, 7},
    {"17-Jul--996 02:44:25 -0700", 0, IMW_DATE_YEAR, 7},
    {"17-Jul-1996T02:44:25 -0700", 0, IMW_DATE_SEPARATOR, 11},
    {"17-Jul-1996 24:44:25 -0700", 0, IMW_DATE_HOUR, 12},
    {"17-Jul-1996 2:44:25 -07000", 0, IMW_DATE_HOUR, 12},
    {"17-Jul-1996 02.44:25 -0700", 0, IMW_DATE_SEPARATOR, 14},
    {"17-Jul-1996 02:60:25 -0700", 0, IMW_DATE_MINUTE, 15},
    {"17-Jul-1996 02:4x:25 -0700", 0, IMW_DATE_MINUTE, 15},
    {"17-Jul-1996 02:44-25 -0700", 0, IMW_DATE_SEPARATOR, 17},
    {"17-Jul-1996 02:44:61 -0700", 0, IMW_DATE_SECOND, 18},
    {"17-Jul-1996 02:44:25x-0700", 0, IMW_DATE_SEPARATOR, 20},
    {"17-Jul-1996 02:44:25 *0700", 0, IMW_DATE_ZONE, 21},
    {"17-Jul-1996 02:44:25 -0760", 0, IMW_DATE_ZONE, 21},
    {"17-Jul-1996 02:44:25 +2400", 0, IMW_DATE_ZONE, 21},
    {"17-Jul-1996 02:44:25 -07a0", 0, IMW_DATE_ZONE, 21},
    {"\"17-Jul-1996 02:44:25 -07a0\"", 0, IMW_DATE_ZONE, 22},
};

static void check_date_refusal(int (*parse)(const uint8_t *, size_t,
                                            struct imw_datetime *,
                                            struct imw_value_error *),
                               const struct refusal *r, int i)
{
    struct imw_datetime dt = {1, 2, 3, 4, 5, 6, 7};
    struct imw_value_error err = {IMW_VALUE_OK, 0};
    int rc = parse(U8(r->in), refusal_len(r), &dt, &err);

    expect_refused(rc, &err, r, i);
    /* a refused value leaves the output alone */
    expect_fields(&dt, 1, 2, 3, 4, 5, 6, 7);
}

START_TEST(datetime_refusals_each_field)
{
    check_date_refusal(imw_datetime_parse, &datetime_refusals[_i], _i);
}
END_TEST

START_TEST(date_parse_forms)
{
    static const char *const ok[] = {"1-Feb-1994", "01-Feb-1994",
                                     "\"1-Feb-1994\"", "\"01-fEB-1994\""};
    size_t i;

    for (i = 0; i < sizeof ok / sizeof ok[0]; i++) {
        struct imw_datetime dt = {9, 9, 9, 9, 9, 9, 9};

        ck_assert_int_eq(imw_date_parse(U8(ok[i]), strlen(ok[i]), &dt, NULL), 0);
        expect_fields(&dt, 1994, 2, 1, 0, 0, 0, 0);
    }
}
END_TEST

static const struct refusal date_refusals[] = {
    {"", 0, IMW_DATE_LENGTH, 0},
    {"1-Feb-94", 0, IMW_DATE_LENGTH, 8},
    {"123-Feb-1994", 0, IMW_DATE_LENGTH, 12},
    {"\"123-Feb-1994\"", 0, IMW_DATE_LENGTH, 14},
    {"\"1-Feb-1994", 0, IMW_DATE_QUOTE, 0},
    {"x-Feb-1994", 0, IMW_DATE_DAY, 0},
    {" 1-Feb-1994", 0, IMW_DATE_DAY, 0},
    {"0-Feb-1994", 0, IMW_DATE_DAY, 0},
    {"31-Apr-2000", 0, IMW_DATE_DAY, 0},
    {"\"31-Apr-2000\"", 0, IMW_DATE_DAY, 1},
    {"1/Feb-1994", 0, IMW_DATE_SEPARATOR, 1},
    {"1-Fbb-1994", 0, IMW_DATE_MONTH, 2},
    {"01-Feb/1994", 0, IMW_DATE_SEPARATOR, 6},
    {"1-Feb-199y", 0, IMW_DATE_YEAR, 6},
    {"\"1-Feb-199y\"", 0, IMW_DATE_YEAR, 7},
};

START_TEST(date_refusals_each_field)
{
    check_date_refusal(imw_date_parse, &date_refusals[_i], _i);
}
END_TEST

START_TEST(datetime_bad_arguments)
{
    struct imw_datetime dt;

    ck_assert_int_eq(imw_datetime_parse(NULL, 26, &dt, NULL),
                     IMW_ERR_INVALID_ARGUMENT);
    ck_assert_int_eq(imw_datetime_parse(U8("x"), 1, NULL, NULL),
                     IMW_ERR_INVALID_ARGUMENT);
    ck_assert_int_eq(imw_date_parse(NULL, 10, &dt, NULL),
                     IMW_ERR_INVALID_ARGUMENT);
    ck_assert_int_eq(imw_datetime_check(NULL, NULL), IMW_ERR_INVALID_ARGUMENT);
    ck_assert_int_eq(imw_datetime_format(NULL, NULL, 0), IMW_ERR_INVALID_ARGUMENT);
    ck_assert_int_eq(imw_date_format(NULL, NULL, 0), IMW_ERR_INVALID_ARGUMENT);
    ck_assert(imw_datetime_to_unix(NULL) == INT64_MIN);
    ck_assert_int_eq(imw_datetime_from_unix(0, 0, NULL), IMW_ERR_INVALID_ARGUMENT);
}
END_TEST

/* ---- dates: checking and formatting ---------------------------------------- */

START_TEST(datetime_check_each_field)
{
    static const struct {
        struct imw_datetime dt;
        enum imw_value_reason reason;
    } bad[] = {
        {{-1, 1, 1, 0, 0, 0, 0}, IMW_DATE_YEAR},
        {{10000, 1, 1, 0, 0, 0, 0}, IMW_DATE_YEAR},
        {{2000, 0, 1, 0, 0, 0, 0}, IMW_DATE_MONTH},
        {{2000, 13, 1, 0, 0, 0, 0}, IMW_DATE_MONTH},
        {{2000, 1, 0, 0, 0, 0, 0}, IMW_DATE_DAY},
        {{2001, 2, 29, 0, 0, 0, 0}, IMW_DATE_DAY},
        {{2000, 1, 1, -1, 0, 0, 0}, IMW_DATE_HOUR},
        {{2000, 1, 1, 24, 0, 0, 0}, IMW_DATE_HOUR},
        {{2000, 1, 1, 0, 60, 0, 0}, IMW_DATE_MINUTE},
        {{2000, 1, 1, 0, -1, 0, 0}, IMW_DATE_MINUTE},
        {{2000, 1, 1, 0, 0, 61, 0}, IMW_DATE_SECOND},
        {{2000, 1, 1, 0, 0, -1, 0}, IMW_DATE_SECOND},
        {{2000, 1, 1, 0, 0, 0, 1440}, IMW_DATE_ZONE},
        {{2000, 1, 1, 0, 0, 0, -1440}, IMW_DATE_ZONE},
    };
    struct imw_datetime ok = {2000, 2, 29, 23, 59, 60, -1439};
    size_t i;
    char text[64];

    ck_assert_int_eq(imw_datetime_check(&ok, NULL), 0);
    for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        struct imw_value_error err = {IMW_VALUE_OK, 7};

        ck_assert_int_eq(imw_datetime_check(&bad[i].dt, &err),
                         IMW_ERR_INVALID_ARGUMENT);
        ck_assert_int_eq(err.reason, bad[i].reason);
        ck_assert_uint_eq(err.offset, 0);
        ck_assert_int_eq(imw_datetime_format(&bad[i].dt, text, sizeof text),
                         IMW_ERR_INVALID_ARGUMENT);
        ck_assert(imw_datetime_to_unix(&bad[i].dt) == INT64_MIN);
    }
}
END_TEST

START_TEST(datetime_format_round_trips)
{
    static const char *const texts[] = {
        "\"17-Jul-1996 02:44:25 -0700\"", "\"01-Jan-0000 00:00:00 +0000\"",
        "\"31-Dec-9999 23:59:60 +2359\"", "\"29-Feb-2000 12:00:00 -2359\"",
        "\"09-Sep-2001 09:09:09 +0530\"", "\"28-Feb-1900 00:01:02 -0001\"",
    };
    size_t i;

    for (i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        struct imw_datetime dt = parse_ok(texts[i]);
        char out[64];

        ck_assert_int_eq(imw_datetime_format(&dt, out, sizeof out), 28);
        ck_assert_str_eq(out, texts[i]);
        /* the unquoted form parses to the same value */
        {
            struct imw_datetime inner;
            ck_assert_int_eq(imw_datetime_parse(U8(out + 1), 26, &inner, NULL), 0);
            ck_assert_mem_eq(&inner, &dt, sizeof dt);
        }
    }
}
END_TEST

/* One instant in several zones, "+", "-" and "-0000": the same Unix
 * time, and each text formats back to itself ("-0000" as "+0000"). */
START_TEST(datetime_zones_name_one_instant)
{
    static const struct {
        const char *text;
        int zone;
    } same[] = {
        {"\"17-Jul-1996 09:44:25 +0000\"", 0},
        {"\"17-Jul-1996 09:44:25 -0000\"", 0},
        {"\"17-Jul-1996 02:44:25 -0700\"", -420},
        {"\"17-Jul-1996 15:14:25 +0530\"", 330},
        {"\"18-Jul-1996 09:43:25 +2359\"", 1439},
        {"\"16-Jul-1996 09:45:25 -2359\"", -1439},
        {"\"17-Jul-1996 00:14:25 -0930\"", -570},
    };
    size_t i;

    for (i = 0; i < sizeof same / sizeof same[0]; i++) {
        struct imw_datetime dt = parse_ok(same[i].text), again;
        char out[64];

        ck_assert_int_eq(dt.zone_minutes, same[i].zone);
        ck_assert_msg(imw_datetime_to_unix(&dt) == 837596665, "%s",
                      same[i].text);
        ck_assert_int_eq(imw_datetime_from_unix(837596665, same[i].zone,
                                                &again), 0);
        ck_assert_mem_eq(&again, &dt, sizeof dt);
        ck_assert_int_eq(imw_datetime_format(&dt, out, sizeof out), 28);
        if (strstr(same[i].text, "-0000"))
            ck_assert_str_eq(out, same[0].text);
        else
            ck_assert_str_eq(out, same[i].text);
    }
}
END_TEST

START_TEST(datetime_format_normalises)
{
    struct imw_datetime dt = parse_ok(" 1-jUL-1996 02:44:25 -0000");
    char out[64];

    ck_assert_int_eq(imw_datetime_format(&dt, out, sizeof out), 28);
    ck_assert_str_eq(out, "\"01-Jul-1996 02:44:25 +0000\"");
}
END_TEST

START_TEST(datetime_format_capacity)
{
    struct imw_datetime dt = parse_ok("17-Jul-1996 02:44:25 -0700");
    const char *full = "\"17-Jul-1996 02:44:25 -0700\"";
    size_t cap;

    ck_assert_int_eq(imw_datetime_format(&dt, NULL, 0), 28);
    for (cap = 1; cap <= 30; cap++) {
        char out[40];
        size_t kept = cap - 1 < 28 ? cap - 1 : 28;

        memset(out, 'Z', sizeof out);
        ck_assert_int_eq(imw_datetime_format(&dt, out, cap), 28);
        ck_assert_mem_eq(out, full, kept);
        ck_assert_int_eq(out[kept], '\0');
        ck_assert_int_eq(out[cap], 'Z');
    }
}
END_TEST

START_TEST(date_format_forms)
{
    struct imw_datetime dt = {1994, 2, 1, 13, 14, 15, 60};
    char out[16];

    ck_assert_int_eq(imw_date_format(&dt, out, sizeof out), 10);
    ck_assert_str_eq(out, "1-Feb-1994");
    dt.day = 28;
    dt.year = 7;
    ck_assert_int_eq(imw_date_format(&dt, out, sizeof out), 11);
    ck_assert_str_eq(out, "28-Feb-0007");
    ck_assert_int_eq(imw_date_format(&dt, out, 3), 11);
    ck_assert_str_eq(out, "28");
    dt.day = 29;
    ck_assert_int_eq(imw_date_format(&dt, out, sizeof out),
                     IMW_ERR_INVALID_ARGUMENT);
    /* what it writes, imw_date_parse() reads back */
    {
        struct imw_datetime back;
        dt.day = 1;
        ck_assert_int_eq(imw_date_format(&dt, out, sizeof out), 10);
        ck_assert_int_eq(imw_date_parse(U8(out), strlen(out), &back, NULL), 0);
        expect_fields(&back, 7, 2, 1, 0, 0, 0, 0);
    }
}
END_TEST

/* ---- dates: Unix time ------------------------------------------------------- */

START_TEST(datetime_known_unix_times)
{
    static const struct {
        const char *text;
        int64_t t;
    } known[] = {
        {"17-Jul-1996 02:44:25 -0700", 837596665},
        {"01-Jan-1970 00:00:00 +0000", 0},
        {"31-Dec-1969 23:59:59 +0000", -1},
        {"01-Jan-1970 01:00:00 +0100", 0},
        {"29-Feb-2000 12:00:00 +0100", 951822000},
        {"19-Jan-2038 03:14:08 +0000", 2147483648LL},
        {"31-Dec-2016 23:59:60 +0000", 1483228800}, /* leap second */
        {"01-Jan-0000 00:00:00 +0000", -62167219200LL},
        {"31-Dec-9999 23:59:59 +0000", 253402300799LL},
    };
    size_t i;

    for (i = 0; i < sizeof known / sizeof known[0]; i++) {
        struct imw_datetime dt = parse_ok(known[i].text);

        ck_assert_msg(imw_datetime_to_unix(&dt) == known[i].t, "%s",
                      known[i].text);
    }
}
END_TEST

START_TEST(datetime_from_unix_known)
{
    struct imw_datetime dt;

    ck_assert_int_eq(imw_datetime_from_unix(837596665, -420, &dt), 0);
    expect_fields(&dt, 1996, 7, 17, 2, 44, 25, -420);
    ck_assert_int_eq(imw_datetime_from_unix(837596665, 0, &dt), 0);
    expect_fields(&dt, 1996, 7, 17, 9, 44, 25, 0);
    ck_assert_int_eq(imw_datetime_from_unix(-1, 0, &dt), 0);
    expect_fields(&dt, 1969, 12, 31, 23, 59, 59, 0);
    ck_assert_int_eq(imw_datetime_from_unix(951782400, 0, &dt), 0);
    expect_fields(&dt, 2000, 2, 29, 0, 0, 0, 0);
    ck_assert_int_eq(imw_datetime_from_unix(-62167219200LL, 0, &dt), 0);
    expect_fields(&dt, 0, 1, 1, 0, 0, 0, 0);
    ck_assert_int_eq(imw_datetime_from_unix(253402300799LL, 0, &dt), 0);
    expect_fields(&dt, 9999, 12, 31, 23, 59, 59, 0);
}
END_TEST

START_TEST(datetime_from_unix_range)
{
    struct imw_datetime dt = {1, 2, 3, 4, 5, 6, 7};
    int64_t last = 253402300799LL, first = -62167219200LL;

    ck_assert_int_eq(imw_datetime_from_unix(last + 1, 0, &dt), IMW_ERR_NUMBER_RANGE);
    ck_assert_int_eq(imw_datetime_from_unix(last, 1, &dt), IMW_ERR_NUMBER_RANGE);
    ck_assert_int_eq(imw_datetime_from_unix(last + 60, -1, &dt), 0);
    expect_fields(&dt, 9999, 12, 31, 23, 59, 59, -1);
    ck_assert_int_eq(imw_datetime_from_unix(first - 1, 0, &dt), IMW_ERR_NUMBER_RANGE);
    ck_assert_int_eq(imw_datetime_from_unix(first, -1, &dt), IMW_ERR_NUMBER_RANGE);
    ck_assert_int_eq(imw_datetime_from_unix(INT64_MAX, 0, &dt), IMW_ERR_NUMBER_RANGE);
    ck_assert_int_eq(imw_datetime_from_unix(INT64_MIN, 0, &dt), IMW_ERR_NUMBER_RANGE);
    ck_assert_int_eq(imw_datetime_from_unix(0, 1440, &dt), IMW_ERR_INVALID_ARGUMENT);
    ck_assert_int_eq(imw_datetime_from_unix(0, -1440, &dt), IMW_ERR_INVALID_ARGUMENT);
    ck_assert_int_eq(imw_datetime_from_unix(0, 1439, &dt), 0);
    expect_fields(&dt, 1970, 1, 1, 23, 59, 0, 1439);
}
END_TEST

/* Walks day by day with the test's own calendar arithmetic over the
 * years where the Gregorian rules differ (1899-1901, 1999-2001, ...):
 * every midnight converts to the previous one plus 86400 seconds and back. */
START_TEST(datetime_unix_day_walk)
{
    static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    static const int starts[] = {0, 1899, 1969, 1999, 2099, 2399, 9997};
    size_t k;

    for (k = 0; k < sizeof starts / sizeof starts[0]; k++) {
        struct imw_datetime dt = {starts[k], 1, 1, 0, 0, 0, 0};
        int64_t prev = imw_datetime_to_unix(&dt);
        int step;

        for (step = 0; step < 3 * 365 - 1; step++) {
            int leap = (dt.year % 4 == 0 && dt.year % 100 != 0) ||
                       dt.year % 400 == 0;
            int dim = days[dt.month - 1] + (dt.month == 2 && leap);
            struct imw_datetime back;
            int64_t t;

            if (++dt.day > dim) {
                dt.day = 1;
                if (++dt.month > 12) {
                    dt.month = 1;
                    dt.year++;
                }
            }
            t = imw_datetime_to_unix(&dt);
            ck_assert_msg(t == prev + 86400, "%04d-%02d-%02d", dt.year,
                          dt.month, dt.day);
            ck_assert_int_eq(imw_datetime_from_unix(t, 0, &back), 0);
            ck_assert_mem_eq(&back, &dt, sizeof dt);
            prev = t;
        }
    }
}
END_TEST

START_TEST(datetime_random_round_trips)
{
    int64_t first = -62167219200LL, last = 253402300799LL;
    int iter;

    rng_state = 0x1234abcdu;
    for (iter = 0; iter < 20000; iter++) {
        int64_t t = first + 86400 +
                    (int64_t)(((uint64_t)rng_next() << 32 | rng_next()) %
                              (uint64_t)(last - first - 2 * 86400));
        int zone = (int)rng_below(2 * 1439 + 1) - 1439;
        struct imw_datetime dt, back;
        char text[64];

        ck_assert_int_eq(imw_datetime_from_unix(t, zone, &dt), 0);
        ck_assert_int_eq(imw_datetime_check(&dt, NULL), 0);
        ck_assert(imw_datetime_to_unix(&dt) == t);
        ck_assert_int_eq(imw_datetime_format(&dt, text, sizeof text), 28);
        ck_assert_int_eq(imw_datetime_parse(U8(text), 28, &back, NULL), 0);
        ck_assert_mem_eq(&back, &dt, sizeof dt);
    }
}
END_TEST

START_TEST(value_reason_texts)
{
    int r;

    for (r = IMW_VALUE_OK; r <= IMW_NAME_CONTROL; r++) {
        const char *t = imw_value_reason_text((enum imw_value_reason)r);

        ck_assert_ptr_nonnull(t);
        ck_assert_str_ne(t, "unknown reason");
    }
    ck_assert_str_eq(imw_value_reason_text((enum imw_value_reason)999),
                     "unknown reason");
}
END_TEST

#define N(a) ((int)(sizeof(a) / sizeof((a)[0])))

Suite *imw_values_suite(void)
{
    Suite *s = suite_create("values");
    TCase *m = tcase_create("mutf7");
    TCase *d = tcase_create("datetime");

    tcase_set_timeout(m, 60); /* the comparisons, under the sanitizers */
    tcase_add_test(m, mutf7_rfc_examples);
    tcase_add_test(m, mutf7_valid_forms);
    tcase_add_loop_test(m, mutf7_decode_refusals, 0, N(decode_refusals));
    tcase_add_test(m, mutf7_bad_arguments);
    tcase_add_loop_test(m, mutf7_encode_refusals, 0, N(encode_refusals));
    tcase_add_test(m, mutf7_encode_forms);
    tcase_add_test(m, mutf7_output_capacity);
    tcase_add_test(m, mutf7_size_bounds_are_tight);
    tcase_add_test(m, mutf7_random_round_trips);
    tcase_add_test(m, mutf7_decoded_is_canonical);
    tcase_add_test(m, mutf7_decoders_agree_random);
    tcase_add_test(m, mutf7_decoders_agree_each_octet);
    tcase_add_test(m, mutf7_decoders_agree_code_points);
    tcase_add_test(m, mutf7_decoders_agree_tight_room);
    suite_add_tcase(s, m);

    tcase_add_test(d, datetime_parse_fields);
    tcase_add_test(d, datetime_month_names);
    tcase_add_test(d, datetime_every_octet);
    tcase_add_test(d, datetime_leap_years);
    tcase_add_test(d, datetime_days_of_months);
    tcase_add_loop_test(d, datetime_refusals_each_field, 0, N(datetime_refusals));
    tcase_add_test(d, date_parse_forms);
    tcase_add_loop_test(d, date_refusals_each_field, 0, N(date_refusals));
    tcase_add_test(d, datetime_bad_arguments);
    tcase_add_test(d, datetime_check_each_field);
    tcase_add_test(d, datetime_format_round_trips);
    tcase_add_test(d, datetime_format_normalises);
    tcase_add_test(d, datetime_zones_name_one_instant);
    tcase_add_test(d, datetime_format_capacity);
    tcase_add_test(d, date_format_forms);
    tcase_add_test(d, datetime_known_unix_times);
    tcase_add_test(d, datetime_from_unix_known);
    tcase_add_test(d, datetime_from_unix_range);
    tcase_add_test(d, datetime_unix_day_walk);
    tcase_add_test(d, datetime_random_round_trips);
    tcase_add_test(d, value_reason_texts);
    suite_add_tcase(s, d);
    return s;
}
