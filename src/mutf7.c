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
#include "decode_mailbox.h"

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

/* ---- decoding ------------------------------------------------------------
 *
 * One decoder, instantiated twice through `bounded` (a constant at each
 * call of decode()): bounded, it stores while the caller's buffer has room
 * and counts always (the public contract); unbounded, the caller has
 * room for the longest result (IMW_MUTF7_DECODED_MAX), so it stores
 * without a test per octet. */

static IMW_ALWAYS_INLINE void put_at(struct sink *s, uint8_t octet,
                                     int bounded)
{
    if (!bounded || s->len < s->cap)
        s->out[s->len] = octet;
    s->len++;
}

static IMW_ALWAYS_INLINE void put_utf8(struct sink *s, uint32_t cp,
                                       int bounded)
{
    if (cp < 0x80) {
        put_at(s, (uint8_t)cp, bounded);
    } else if (cp < 0x800) {
        put_at(s, (uint8_t)(0xC0 | (cp >> 6)), bounded);
        put_at(s, (uint8_t)(0x80 | (cp & 0x3F)), bounded);
    } else if (cp < 0x10000) {
        put_at(s, (uint8_t)(0xE0 | (cp >> 12)), bounded);
        put_at(s, (uint8_t)(0x80 | ((cp >> 6) & 0x3F)), bounded);
        put_at(s, (uint8_t)(0x80 | (cp & 0x3F)), bounded);
    } else {
        put_at(s, (uint8_t)(0xF0 | (cp >> 18)), bounded);
        put_at(s, (uint8_t)(0x80 | ((cp >> 12) & 0x3F)), bounded);
        put_at(s, (uint8_t)(0x80 | ((cp >> 6) & 0x3F)), bounded);
        put_at(s, (uint8_t)(0x80 | (cp & 0x3F)), bounded);
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

/* The surrogate state of one shift. */
struct shift {
    uint32_t high;    /* pending high surrogate, or 0 */
    size_t high_at;   /* where it was completed */
};

/* A unit other than a BMP character from U+0080 outside the surrogates,
 * or any unit after a high surrogate: the checks of the canonical form.
 * Returns the code point to write, 0 for none (a high surrogate waits
 * for its low one; NUL is refused), or the error.  It writes nothing
 * itself, so that the sink never escapes and stays in registers. */
static IMW_NOINLINE int32_t unit_other(struct shift *sh, uint32_t unit,
                                       size_t at,
                                       struct imw_value_error *err)
{
    int low = unit >= 0xDC00 && unit <= 0xDFFF;

    if (sh->high) {
        uint32_t high = sh->high;
        if (!low)
            return imw_value_fail(err, IMW_ERR_SYNTAX,
                                  IMW_MUTF7_LONE_HIGH_SURROGATE, sh->high_at);
        sh->high = 0;
        return (int32_t)(0x10000 + ((high - 0xD800) << 10) + (unit - 0xDC00));
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
    return (int32_t)unit;
}

/* The UTF-16 unit completed at offset `at`.  Most are BMP characters of
 * two or three UTF-8 octets with no surrogate pending: written here. */
static IMW_ALWAYS_INLINE int unit_take(struct shift *sh, uint32_t unit,
                                       size_t at, struct sink *s,
                                       struct imw_value_error *err,
                                       int bounded)
{
    if (IMW_LIKELY(!sh->high && unit >= 0x80 && unit - 0xD800 >= 0x800)) {
        if (unit < 0x800) {
            put_at(s, (uint8_t)(0xC0 | (unit >> 6)), bounded);
        } else {
            put_at(s, (uint8_t)(0xE0 | (unit >> 12)), bounded);
            put_at(s, (uint8_t)(0x80 | ((unit >> 6) & 0x3F)), bounded);
        }
        put_at(s, (uint8_t)(0x80 | (unit & 0x3F)), bounded);
        return 0;
    }
    int32_t cp = unit_other(sh, unit, at, err);
    if (cp < 0)
        return cp;
    if (cp > 0)
        put_utf8(s, (uint32_t)cp, bounded);
    return 0;
}

/* The checks at the closing "-" (at `end`) of the shift opened at `amp`,
 * whose last group left `rest` bits (of value `bits`) out of its units. */
static IMW_ALWAYS_INLINE int shift_close(const struct shift *sh, size_t amp,
                                         size_t end,
                                         unsigned rest, uint64_t bits,
                                         struct imw_value_error *err)
{
    if (end - amp - 1 < 3) /* fewer than 16 bits: no unit */
        return imw_value_fail(err, IMW_ERR_SYNTAX, IMW_MUTF7_EMPTY_SHIFT, amp);
    if (sh->high)
        return imw_value_fail(err, IMW_ERR_SYNTAX,
                              IMW_MUTF7_LONE_HIGH_SURROGATE, sh->high_at);
    /* A canonical encoder pads to the next digit only: 0, 2 or 4 bits. */
    if (rest >= 6)
        return imw_value_fail(err, IMW_ERR_SYNTAX, IMW_MUTF7_PARTIAL_UNIT,
                              end - 1);
    if (bits & ((1u << rest) - 1))
        return imw_value_fail(err, IMW_ERR_SYNTAX, IMW_MUTF7_NONZERO_PADDING,
                              end - 1);
    return 0;
}

/* Where unit j (0, 1, 2) of a group of 8 digits is complete: after 16,
 * 32 and 48 bits, digits 2, 5 and 7. */
#define IMW_UNIT_DIGIT(j) ((j) == 0 ? 2 : (j) == 1 ? 5 : 7)

/* Decodes the shift whose "&" is at *pos (not "&-"); leaves *pos after
 * its "-".  The base64 is read in groups of 8 digits, 48 bits, three
 * whole units: a group is 8 loads and one test of their sign bits (a
 * non-digit is -1).  The group that holds the "-" (or an octet that is
 * not a digit) is read digit by digit up to it; its units are taken
 * before that octet is judged, so each error is found where a reading
 * digit by digit finds it. */
static IMW_ALWAYS_INLINE int decode_shift(const uint8_t *in, size_t len,
                                          size_t *pos, struct sink *s,
                                          struct imw_value_error *err,
                                          int bounded)
{
    struct shift sh = {0, 0};
    size_t amp = *pos, i = amp + 1;
    int rc;

    while (len - i >= 8) {
        const uint8_t *g = in + i;
        int8_t v0 = base64_values[g[0]], v1 = base64_values[g[1]],
               v2 = base64_values[g[2]], v3 = base64_values[g[3]],
               v4 = base64_values[g[4]], v5 = base64_values[g[5]],
               v6 = base64_values[g[6]], v7 = base64_values[g[7]];
        if ((v0 | v1 | v2 | v3 | v4 | v5 | v6 | v7) < 0)
            break;
        uint64_t bits = (uint64_t)v0 << 42 | (uint64_t)v1 << 36 |
                        (uint64_t)v2 << 30 | (uint64_t)v3 << 24 |
                        (uint64_t)v4 << 18 | (uint64_t)v5 << 12 |
                        (uint64_t)v6 << 6 | (uint64_t)v7;
        if ((rc = unit_take(&sh, (uint32_t)(bits >> 32) & 0xFFFF,
                            i + IMW_UNIT_DIGIT(0), s, err, bounded)) < 0 ||
            (rc = unit_take(&sh, (uint32_t)(bits >> 16) & 0xFFFF,
                            i + IMW_UNIT_DIGIT(1), s, err, bounded)) < 0 ||
            (rc = unit_take(&sh, (uint32_t)bits & 0xFFFF,
                            i + IMW_UNIT_DIGIT(2), s, err, bounded)) < 0)
            return rc;
        i += 8;
    }
    /* the last group: fewer than 8 digits (a whole group broke off above) */
    uint64_t bits = 0;
    size_t k = 0;
    int v;
    while (i + k < len && (v = base64_values[in[i + k]]) >= 0) {
        bits = bits << 6 | (uint64_t)v;
        k++;
    }
    unsigned units = (unsigned)(6 * k / 16);
    unsigned rest = (unsigned)(6 * k) - 16 * units;
    /* at most two units: 7 digits are 42 bits */
    if (units == 2 &&
        (rc = unit_take(&sh, (uint32_t)(bits >> (rest + 16)) & 0xFFFF,
                        i + IMW_UNIT_DIGIT(0), s, err, bounded)) < 0)
        return rc;
    if (units > 0 &&
        (rc = unit_take(&sh, (uint32_t)(bits >> rest) & 0xFFFF,
                        i + IMW_UNIT_DIGIT(units - 1), s, err, bounded)) < 0)
        return rc;
    i += k;
    if (i == len)
        return imw_value_fail(err, IMW_ERR_SYNTAX, IMW_MUTF7_UNTERMINATED, amp);
    if (in[i] != '-')
        return imw_value_fail(err, IMW_ERR_SYNTAX, octet_reason(in[i]), i);
    *pos = i + 1;
    return shift_close(&sh, amp, i, rest, bits, err);
}

/* The high bit of each of the 8 octets in `x` that is a control, DEL,
 * 8-bit or "&" (no octet a run holds): zero when all 8 are run octets.
 * Each test is exact for whether an octet is found (an octet with its own
 * high bit set is flagged by the first), not for which ones. */
static IMW_ALWAYS_INLINE uint64_t run_stops(uint64_t x)
{
    const uint64_t ones = 0x0101010101010101u, highs = ones * 0x80;
    uint64_t below_space = x - ones * 0x20;
    uint64_t del = (x ^ (ones * 0x7F)) - ones;
    uint64_t amp = (x ^ (ones * '&')) - ones;
    return (x | ((below_space | del | amp) & ~x)) & highs;
}

/* How many of the 8 octets in `x` (loaded from memory) begin a run:
 * where the octets lie in memory order, the lowest set bit of
 * run_stops() is exact (a borrow only flags octets after a true stop). */
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && \
    __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define IMW_RUN_PREFIX(stops) ((size_t)__builtin_ctzll(stops) / 8)
#elif defined(__GNUC__) && defined(__BYTE_ORDER__) && \
    __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
#define IMW_RUN_PREFIX(stops) ((size_t)__builtin_clzll(stops) / 8)
#else
#define IMW_RUN_PREFIX(stops) ((size_t)0) /* then octet by octet */
#endif

/* The end of the run of octets that stand for themselves from `i`:
 * 8 octets at a time, then one by one up to the octet that ends it. */
static IMW_ALWAYS_INLINE size_t run_end(const uint8_t *in, size_t len,
                                        size_t i)
{
    while (len - i >= 8) {
        uint64_t x;
        memcpy(&x, in + i, 8);
        uint64_t stops = run_stops(x);
        if (stops) {
            i += IMW_RUN_PREFIX(stops);
            break;
        }
        i += 8;
    }
    while (i < len && run_octets[in[i]])
        i++;
    return i;
}

/* Copies the run that starts at in[i] (a run octet); returns its end.
 * Unbounded, the octets are stored as they are tested. */
static IMW_ALWAYS_INLINE size_t copy_run(const uint8_t *in, size_t len,
                                         size_t i, struct sink *s,
                                         int bounded)
{
    if (bounded) {
        size_t end = run_end(in, len, i);
        put_run(s, in + i, end - i);
        return end;
    }
    uint8_t *o = s->out + s->len;
    size_t from = i;
    while (len - i >= 8) {
        uint64_t x;
        memcpy(&x, in + i, 8);
        if (run_stops(x))
            break;
        memcpy(o, &x, 8);
        o += 8;
        i += 8;
    }
    while (i < len && run_octets[in[i]])
        *o++ = in[i++];
    s->len += i - from;
    return i;
}

/* Decodes in[i..len) after s->len octets already written. */
static IMW_ALWAYS_INLINE int decode(const uint8_t *in, size_t len, size_t i,
                                    struct sink *s,
                                    struct imw_value_error *err, int bounded)
{
    size_t shift_end = (size_t)-1; /* just after the last shift's "-" */

    while (i < len) {
        uint8_t c = in[i];
        int rc;

        if (run_octets[c]) {
            i = copy_run(in, len, i, s, bounded);
            continue;
        }
        if (c != '&')
            return imw_value_fail(err, IMW_ERR_SYNTAX, octet_reason(c), i);
        if (i + 1 < len && in[i + 1] == '-') {
            put_at(s, '&', bounded);
            i += 2;
            continue;
        }
        if (i == shift_end)
            return imw_value_fail(err, IMW_ERR_SYNTAX,
                                  IMW_MUTF7_ADJACENT_SHIFTS, i);
        rc = decode_shift(in, len, &i, s, err, bounded);
        if (rc < 0)
            return rc;
        shift_end = i;
    }
    return 0;
}

int imw_mutf7_to_utf8(const uint8_t *in, size_t len, uint8_t *out,
                      size_t out_cap, size_t *out_len,
                      struct imw_value_error *err)
{
    struct sink s = {out, out ? out_cap : 0, 0};
    int rc;

    if ((!in && len) || !out_len)
        return IMW_ERR_INVALID_ARGUMENT;
    *out_len = 0;
    /* room for IMW_MUTF7_DECODED_MAX(len), written without overflow */
    if (out && out_cap >= len && out_cap - len > len / 8)
        rc = decode(in, len, 0, &s, err, 0);
    else
        rc = decode(in, len, 0, &s, err, 1);
    if (rc < 0)
        return rc;
    *out_len = s.len;
    return 0;
}

size_t imw_mutf7_direct_prefix(const uint8_t *in, size_t len)
{
    return run_end(in, len, 0);
}

int imw_mutf7_to_utf8_room(const uint8_t *in, size_t len, size_t from,
                           uint8_t *out, size_t *out_len,
                           struct imw_value_error *err)
{
    struct sink s = {out, (size_t)-1, from};
    int rc;

    memcpy(out, in, from);
    rc = decode(in, len, from, &s, err, 0);
    if (rc < 0)
        return rc;
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
