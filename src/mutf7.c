/* Modified UTF-7 (RFC 3501 §5.1.3), the encoding of IMAP mailbox names,
 * to and from UTF-8.
 *
 * Printable US-ASCII (0x20-0x7E) stands for itself, except "&", which is
 * written "&-".  Everything else is UTF-16, base64-encoded with "," in
 * place of "/", between "&" and "-".  The decoder accepts only what the
 * encoder produces, so that a name has exactly one spelling: a server
 * that compares names byte for byte and a client that compares them as
 * Unicode then agree. */
#include <string.h>
#include "imapwire/values.h"
#include "value_error.h"
#include "hints.h"

/* Writes into the caller's buffer while it has room and counts always,
 * which gives the snprintf-style contract in one pass. */
struct sink {
    uint8_t *out;
    size_t cap;
    size_t len;
};

static void put(struct sink *s, uint8_t octet)
{
    if (s->len < s->cap)
        s->out[s->len] = octet;
    s->len++;
}

/* A run of octets that stand for themselves, copied at once: most of a
 * mailbox name is such a run. */
static void put_run(struct sink *s, const uint8_t *run, size_t n)
{
    if (s->len < s->cap) {
        size_t room = s->cap - s->len;
        memcpy(s->out + s->len, run, n < room ? n : room);
    }
    s->len += n;
}

static int is_direct(uint32_t c)
{
    return c >= 0x20 && c <= 0x7E;
}

/* The octets that stand for themselves in a run: direct ones but "&".
 * One load per octet where the run is scanned (most of a name). */
#define IMW_RUN_ROW_0 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
#define IMW_RUN_ROW_1 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1
static const uint8_t run_octets[256] = {
    IMW_RUN_ROW_0, IMW_RUN_ROW_0,
    /* 0x20: "&" (0x26) opens a shift */
    1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    IMW_RUN_ROW_1, IMW_RUN_ROW_1, IMW_RUN_ROW_1, IMW_RUN_ROW_1,
    /* 0x70: DEL (0x7F) is not direct */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0,
    IMW_RUN_ROW_0, IMW_RUN_ROW_0, IMW_RUN_ROW_0, IMW_RUN_ROW_0,
    IMW_RUN_ROW_0, IMW_RUN_ROW_0, IMW_RUN_ROW_0, IMW_RUN_ROW_0,
};
#undef IMW_RUN_ROW_0
#undef IMW_RUN_ROW_1

static const char base64_digits[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+,";

/* The value of each octet as a modified base64 digit, or -1: one load
 * per digit in the decoder's inner loop. */
#define IMW_B64_ROW_NONE \
    -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1
static const int8_t base64_values[256] = {
    IMW_B64_ROW_NONE, IMW_B64_ROW_NONE,
    /* 0x20: "+" 62, "," 63 */
    -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 62, 63, -1, -1, -1,
    /* 0x30: "0"-"9" 52-61 */
    52, 53, 54, 55, 56, 57, 58, 59, 60, 61, -1, -1, -1, -1, -1, -1,
    /* 0x40: "A"-"O" 0-14 */
    -1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14,
    /* 0x50: "P"-"Z" 15-25 */
    15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, -1, -1, -1, -1, -1,
    /* 0x60: "a"-"o" 26-40 */
    -1, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40,
    /* 0x70: "p"-"z" 41-51 */
    41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, -1, -1, -1, -1, -1,
    IMW_B64_ROW_NONE, IMW_B64_ROW_NONE, IMW_B64_ROW_NONE, IMW_B64_ROW_NONE,
    IMW_B64_ROW_NONE, IMW_B64_ROW_NONE, IMW_B64_ROW_NONE, IMW_B64_ROW_NONE,
};
#undef IMW_B64_ROW_NONE

/* ---- decoding ------------------------------------------------------------ */

static IMW_ALWAYS_INLINE void put_utf8(struct sink *s, uint32_t cp)
{
    if (cp < 0x80) {
        put(s, (uint8_t)cp);
    } else if (cp < 0x800) {
        put(s, (uint8_t)(0xC0 | (cp >> 6)));
        put(s, (uint8_t)(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        put(s, (uint8_t)(0xE0 | (cp >> 12)));
        put(s, (uint8_t)(0x80 | ((cp >> 6) & 0x3F)));
        put(s, (uint8_t)(0x80 | (cp & 0x3F)));
    } else {
        put(s, (uint8_t)(0xF0 | (cp >> 18)));
        put(s, (uint8_t)(0x80 | ((cp >> 12) & 0x3F)));
        put(s, (uint8_t)(0x80 | ((cp >> 6) & 0x3F)));
        put(s, (uint8_t)(0x80 | (cp & 0x3F)));
    }
}

/* The reason an octet cannot appear where a direct character or a base64
 * digit was expected. */
static enum imw_value_reason octet_reason(uint8_t c)
{
    if (c >= 0x80)
        return IMW_MUTF7_8BIT;
    if (!is_direct(c))
        return IMW_MUTF7_CONTROL;
    return IMW_MUTF7_BAD_BASE64;
}

/* The state of one shift while its base64 is read. */
struct shift {
    uint32_t bits;    /* bits read and not yet part of a unit */
    int nbits;
    size_t units;     /* whole UTF-16 units decoded */
    uint32_t high;    /* pending high surrogate, or 0 */
    size_t high_at;   /* where it was completed */
};

static int shift_unit(struct shift *sh, uint32_t unit, size_t at,
                      struct sink *s, struct imw_value_error *err)
{
    int low = unit >= 0xDC00 && unit <= 0xDFFF;

    sh->units++;
    if (sh->high) {
        if (!low)
            return imw_value_fail(err, IMW_ERR_SYNTAX,
                                  IMW_MUTF7_LONE_HIGH_SURROGATE, sh->high_at);
        put_utf8(s, 0x10000 + ((sh->high - 0xD800) << 10) + (unit - 0xDC00));
        sh->high = 0;
        return 0;
    }
    if (unit >= 0xD800 && unit <= 0xDBFF) {
        sh->high = unit;
        sh->high_at = at;
        return 0;
    }
    if (low)
        return imw_value_fail(err, IMW_ERR_SYNTAX,
                              IMW_MUTF7_LONE_LOW_SURROGATE, at);
    if (unit == 0)
        return imw_value_fail(err, IMW_ERR_SYNTAX, IMW_MUTF7_ENCODED_NUL, at);
    if (is_direct(unit))
        return imw_value_fail(err, IMW_ERR_SYNTAX, IMW_MUTF7_ENCODED_ASCII, at);
    put_utf8(s, unit);
    return 0;
}

/* The checks at the closing "-" (at `end`) of the shift opened at `amp`. */
static int shift_close(const struct shift *sh, size_t amp, size_t end,
                       struct imw_value_error *err)
{
    if (sh->units == 0)
        return imw_value_fail(err, IMW_ERR_SYNTAX, IMW_MUTF7_EMPTY_SHIFT, amp);
    if (sh->high)
        return imw_value_fail(err, IMW_ERR_SYNTAX,
                              IMW_MUTF7_LONE_HIGH_SURROGATE, sh->high_at);
    /* A canonical encoder pads to the next digit only: 0, 2 or 4 bits. */
    if (sh->nbits >= 6)
        return imw_value_fail(err, IMW_ERR_SYNTAX, IMW_MUTF7_PARTIAL_UNIT,
                              end - 1);
    if (sh->bits != 0)
        return imw_value_fail(err, IMW_ERR_SYNTAX, IMW_MUTF7_NONZERO_PADDING,
                              end - 1);
    return 0;
}

/* Decodes the shift whose "&" is at *pos (not "&-"); leaves *pos after
 * its "-". */
static int decode_shift(const uint8_t *in, size_t len, size_t *pos,
                        struct sink *s, struct imw_value_error *err)
{
    struct shift sh = {0, 0, 0, 0, 0};
    size_t amp = *pos;
    size_t i;

    for (i = amp + 1; i < len && in[i] != '-'; i++) {
        int v = base64_values[in[i]];
        int rc;

        if (v < 0)
            return imw_value_fail(err, IMW_ERR_SYNTAX, octet_reason(in[i]), i);
        sh.bits = (sh.bits << 6) | (uint32_t)v;
        sh.nbits += 6;
        if (sh.nbits < 16)
            continue;
        sh.nbits -= 16;
        rc = shift_unit(&sh, sh.bits >> sh.nbits, i, s, err);
        if (rc < 0)
            return rc;
        sh.bits &= (1u << sh.nbits) - 1;
    }
    if (i == len)
        return imw_value_fail(err, IMW_ERR_SYNTAX, IMW_MUTF7_UNTERMINATED, amp);
    *pos = i + 1;
    return shift_close(&sh, amp, i, err);
}

int imw_mutf7_to_utf8(const uint8_t *in, size_t len, uint8_t *out,
                      size_t out_cap, size_t *out_len,
                      struct imw_value_error *err)
{
    struct sink s = {out, out ? out_cap : 0, 0};
    size_t shift_end = (size_t)-1; /* just after the last shift's "-" */
    size_t i = 0;

    if ((!in && len) || !out_len)
        return IMW_ERR_INVALID_ARGUMENT;
    *out_len = 0;
    while (i < len) {
        uint8_t c = in[i];
        int rc;

        if (!is_direct(c))
            return imw_value_fail(err, IMW_ERR_SYNTAX, octet_reason(c), i);
        if (c != '&') {
            size_t run = i + 1;
            while (run < len && run_octets[in[run]])
                run++;
            put_run(&s, in + i, run - i);
            i = run;
            continue;
        }
        if (i + 1 < len && in[i + 1] == '-') {
            put(&s, '&');
            i += 2;
            continue;
        }
        if (i == shift_end)
            return imw_value_fail(err, IMW_ERR_SYNTAX,
                                  IMW_MUTF7_ADJACENT_SHIFTS, i);
        rc = decode_shift(in, len, &i, &s, err);
        if (rc < 0)
            return rc;
        shift_end = i;
    }
    *out_len = s.len;
    return 0;
}

int imw_mutf7_is_canonical(const uint8_t *in, size_t len)
{
    size_t n;

    return imw_mutf7_to_utf8(in, len, NULL, 0, &n, NULL) == 0;
}

/* ---- encoding ------------------------------------------------------------ */

/* The base64 writer of one shift: at most 5 bits wait for the next unit. */
struct encoder {
    struct sink *s;
    int open;
    uint32_t bits;
    int nbits;
};

static void encode_unit(struct encoder *e, uint32_t unit)
{
    if (!e->open) {
        put(e->s, '&');
        e->open = 1;
    }
    e->bits = (e->bits << 16) | unit;
    e->nbits += 16;
    while (e->nbits >= 6) {
        e->nbits -= 6;
        put(e->s, (uint8_t)base64_digits[(e->bits >> e->nbits) & 0x3F]);
    }
    e->bits &= (1u << e->nbits) - 1;
}

static void encode_close(struct encoder *e)
{
    if (!e->open)
        return;
    if (e->nbits > 0)
        put(e->s, (uint8_t)base64_digits[(e->bits << (6 - e->nbits)) & 0x3F]);
    put(e->s, '-');
    e->open = 0;
    e->bits = 0;
    e->nbits = 0;
}

int imw_utf8_to_mutf7(const uint8_t *in, size_t len, uint8_t *out,
                      size_t out_cap, size_t *out_len,
                      struct imw_value_error *err)
{
    struct sink s = {out, out ? out_cap : 0, 0};
    struct encoder e = {&s, 0, 0, 0};
    size_t i = 0;

    if ((!in && len) || !out_len)
        return IMW_ERR_INVALID_ARGUMENT;
    *out_len = 0;
    while (i < len) {
        uint32_t cp = 0; /* set when rc is 0; gcc cannot see that */
        size_t n = 1;
        int rc = imw_utf8_next(in, len, i, &cp, &n, err);

        if (rc < 0)
            return rc;
        if (cp == 0)
            return imw_value_fail(err, IMW_ERR_SYNTAX, IMW_UTF8_NUL, i);
        if (is_direct(cp)) {
            encode_close(&e);
            put(&s, (uint8_t)cp);
            if (cp == '&')
                put(&s, '-');
        } else if (cp >= 0x10000) {
            encode_unit(&e, 0xD800 + ((cp - 0x10000) >> 10));
            encode_unit(&e, 0xDC00 + ((cp - 0x10000) & 0x3FF));
        } else {
            encode_unit(&e, cp);
        }
        i += n;
    }
    encode_close(&e);
    *out_len = s.len;
    return 0;
}
