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
#include "mutf7_run.h"

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


static const char base64_digits[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+,";

/* The value of each octet as a modified base64 digit, or -1, through E
 * (one table per use below). */
#define IMW_B64_NONE(E) \
    E(-1), E(-1), E(-1), E(-1), E(-1), E(-1), E(-1), E(-1), \
    E(-1), E(-1), E(-1), E(-1), E(-1), E(-1), E(-1), E(-1)
#define IMW_B64_TABLE(E) \
    IMW_B64_NONE(E), IMW_B64_NONE(E), \
    /* 0x20: "+" 62, "," 63 */ \
    E(-1), E(-1), E(-1), E(-1), E(-1), E(-1), E(-1), E(-1), \
    E(-1), E(-1), E(-1), E(62), E(63), E(-1), E(-1), E(-1), \
    /* 0x30: "0"-"9" 52-61 */ \
    E(52), E(53), E(54), E(55), E(56), E(57), E(58), E(59), \
    E(60), E(61), E(-1), E(-1), E(-1), E(-1), E(-1), E(-1), \
    /* 0x40: "A"-"O" 0-14 */ \
    E(-1), E(0), E(1), E(2), E(3), E(4), E(5), E(6), \
    E(7), E(8), E(9), E(10), E(11), E(12), E(13), E(14), \
    /* 0x50: "P"-"Z" 15-25 */ \
    E(15), E(16), E(17), E(18), E(19), E(20), E(21), E(22), \
    E(23), E(24), E(25), E(-1), E(-1), E(-1), E(-1), E(-1), \
    /* 0x60: "a"-"o" 26-40 */ \
    E(-1), E(26), E(27), E(28), E(29), E(30), E(31), E(32), \
    E(33), E(34), E(35), E(36), E(37), E(38), E(39), E(40), \
    /* 0x70: "p"-"z" 41-51 */ \
    E(41), E(42), E(43), E(44), E(45), E(46), E(47), E(48), \
    E(49), E(50), E(51), E(-1), E(-1), E(-1), E(-1), E(-1), \
    IMW_B64_NONE(E), IMW_B64_NONE(E), IMW_B64_NONE(E), IMW_B64_NONE(E), \
    IMW_B64_NONE(E), IMW_B64_NONE(E), IMW_B64_NONE(E), IMW_B64_NONE(E)

/* One load per digit in the decoder's inner loop. */
#define IMW_B64_VALUE(v) (v)
static const int8_t base64_values[256] = { IMW_B64_TABLE(IMW_B64_VALUE) };

/* The value of a digit already at its place among the 24 bits of 4
 * digits (base64_at[AT18][c] for the first), and -1 for an octet that is
 * no digit: the bits of a group are the OR of its digits' loads, negative
 * when one of them is no digit.  One array, so that one register holds
 * the base of all four. */
#define IMW_B64_AT18(v) ((v) < 0 ? -1 : (v) * (1 << 18))
#define IMW_B64_AT12(v) ((v) < 0 ? -1 : (v) * (1 << 12))
#define IMW_B64_AT6(v) ((v) < 0 ? -1 : (v) * (1 << 6))
enum { AT18, AT12, AT6, AT0 };
static const int32_t base64_at[4][256] = {
    { IMW_B64_TABLE(IMW_B64_AT18) },
    { IMW_B64_TABLE(IMW_B64_AT12) },
    { IMW_B64_TABLE(IMW_B64_AT6) },
    { IMW_B64_TABLE(IMW_B64_VALUE) },
};
#undef IMW_B64_NONE
#undef IMW_B64_TABLE
#undef IMW_B64_VALUE
#undef IMW_B64_AT18
#undef IMW_B64_AT12
#undef IMW_B64_AT6

/* ---- decoding ------------------------------------------------------------
 *
 * Two decoders of one reading.  decode() stores while the caller's
 * buffer has room and counts always (the public contract); decode_room(),
 * for a caller with room for the longest result, IMW_MUTF7_DECODED_MAX(len)
 * octets or more, stores without a test per octet and keeps its cursors
 * in pointers.  They share the shift readers (shift_plain() and
 * decode_shift(), instantiated through `bounded`, a constant at each
 * call: 0 in decode_room()).
 *
 * Unbounded, a run is copied 8 octets at a time, the last word whole
 * even where the run ends inside it (what follows overwrites the rest).
 * Such a store at input offset i with i + 8 <= len stays in the room:
 * the output before offset i is at most i + i/8 octets (a direct octet
 * gives one, "&-" one for two, a shift of k digits at most 3 octets per
 * 16 bits, 3 * (6k / 16) <= k + k/8 for its k + 2), so the word ends by
 * i + i/8 + 8 <= len + len/8 < IMW_MUTF7_DECODED_MAX(len).  The word of
 * the last (fewer than 8) octets is stored only where the room's end is
 * 8 octets away or more.
 *
 * A unit that shift_plain() or room_shift() writes is one 4-octet store
 * (store_plain()), of which 2 or 3 count; a surrogate pair that ends a
 * shift of 6 digits is one store of 4 that all count (store_pair()).
 * With its shift's "&" at a and j groups of 8 digits before the unit's
 * group, the store ends by a + a/8 + 9j + 4, + 7 or + 10 when the group
 * is a last one of 3 digits, of 6, or one of 8 (3 octets for each unit
 * before it); the reader has then seen the group and the octet after it,
 * so len >= a + 8j + 5, + 8 or + 10, and IMW_MUTF7_DECODED_MAX(len) >=
 * a + a/8 + 9j + 6, + 10 or + 12.
 * decode_shift() stores the unit that is the shift's m-th (from 0) when
 * it has k = ceil(8(m + 1)/3) digits, so len >= a + 1 + k; the store
 * ends by a + a/8 + 3m + 4 (a surrogate pair is 4 octets for two units),
 * in the room since 3m + 2 <= k + (k + 1)/8 for every m. */


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

/* A UTF-16 unit that is a BMP character from U+0080 outside the
 * surrogates: nearly every unit of a name, written as it comes. */
static IMW_ALWAYS_INLINE int plain_unit(uint32_t unit)
{
    return unit >= 0x80 && unit - 0xD800 >= 0x800;
}

/* A plain_unit() at o, in two or three UTF-8 octets; returns their end.
 * Where words are stored (IMW_MUTF7_WORDS), the octets go in one 4-octet
 * store, the first in memory lowest: what it writes past them the
 * decoder overwrites (see "decoding" for why the room holds the store). */
static IMW_ALWAYS_INLINE uint8_t *store_plain(uint8_t *o, uint32_t unit)
{
    if (IMW_MUTF7_WORDS) {
        uint32_t w;
        if (unit < 0x800) {
            w = 0x80C0u | unit >> 6 | (unit & 0x3F) << 8;
            memcpy(o, &w, 4);
            return o + 2;
        }
        w = 0x8080E0u | unit >> 12 | (unit << 2 & 0x3F00) |
            (unit & 0x3F) << 16;
        memcpy(o, &w, 4);
        return o + 3;
    }
    if (unit < 0x800) {
        o[0] = (uint8_t)(0xC0 | (unit >> 6));
    } else {
        o[0] = (uint8_t)(0xE0 | (unit >> 12));
        *++o = (uint8_t)(0x80 | ((unit >> 6) & 0x3F));
    }
    o[1] = (uint8_t)(0x80 | (unit & 0x3F));
    return o + 2;
}

/* The character of a high and a low surrogate at o, in four UTF-8
 * octets; returns their end. */
static IMW_ALWAYS_INLINE uint8_t *store_pair(uint8_t *o, uint32_t high,
                                             uint32_t low)
{
    uint32_t cp = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00);

    if (IMW_MUTF7_WORDS) {
        uint32_t w = 0x808080F0u | cp >> 18 | (cp >> 4 & 0x3F00) |
                     (cp << 10 & 0x3F0000) | (cp & 0x3F) << 24;
        memcpy(o, &w, 4);
        return o + 4;
    }
    o[0] = (uint8_t)(0xF0 | (cp >> 18));
    o[1] = (uint8_t)(0x80 | ((cp >> 12) & 0x3F));
    o[2] = (uint8_t)(0x80 | ((cp >> 6) & 0x3F));
    o[3] = (uint8_t)(0x80 | (cp & 0x3F));
    return o + 4;
}

/* A plain_unit(), in two or three UTF-8 octets. */
static IMW_ALWAYS_INLINE void put_plain(struct sink *s, uint32_t unit,
                                        int bounded)
{
    if (!bounded) {
        s->len = (size_t)(store_plain(s->out + s->len, unit) - s->out);
        return;
    }
    if (unit < 0x800) {
        put_at(s, (uint8_t)(0xC0 | (unit >> 6)), bounded);
    } else {
        put_at(s, (uint8_t)(0xE0 | (unit >> 12)), bounded);
        put_at(s, (uint8_t)(0x80 | ((unit >> 6) & 0x3F)), bounded);
    }
    put_at(s, (uint8_t)(0x80 | (unit & 0x3F)), bounded);
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

/* A unit other than a plain_unit(), or any unit after a high surrogate:
 * the checks of the canonical form.  Returns the code point to write, 0
 * for none (a high surrogate waits for its low one; NUL is refused), or
 * the error. */
static int32_t unit_other(struct shift *sh, uint32_t unit, size_t at,
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

/* The UTF-16 unit completed at offset `at`, written or refused. */
static int unit_take(struct shift *sh, uint32_t unit, size_t at,
                     struct sink *s, struct imw_value_error *err, int bounded)
{
    if (!sh->high && plain_unit(unit)) {
        put_plain(s, unit, bounded);
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
 * whose digits left `rest` bits (of value `bits`) out of its units. */
static int shift_close(const struct shift *sh, size_t amp, size_t end,
                       unsigned rest, uint32_t bits,
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
    if (bits != 0)
        return imw_value_fail(err, IMW_ERR_SYNTAX, IMW_MUTF7_NONZERO_PADDING,
                              end - 1);
    return 0;
}

/* Decodes the shift whose "&" is at *pos (not "&-") and leaves *pos after
 * its "-", digit by digit: each unit is taken as its 16th bit comes, before
 * the next octet is judged, so each error is found where the canonical
 * form first fails.  Out of line: shift_plain() reads the shifts a name
 * usually holds and leaves this one the rest, surrogate pairs and every
 * error. */
static IMW_NOINLINE int decode_shift(const uint8_t *in, size_t len,
                                     size_t *pos, struct sink *s,
                                     struct imw_value_error *err,
                                     int bounded)
{
    struct shift sh = {0, 0};
    size_t amp = *pos, i;
    uint32_t bits = 0; /* the last nbits (< 16) digits' bits, in no unit */
    unsigned nbits = 0;
    int v, rc;

    for (i = amp + 1; i < len && (v = base64_values[in[i]]) >= 0; i++) {
        bits = bits << 6 | (uint32_t)v;
        nbits += 6;
        if (nbits < 16)
            continue;
        nbits -= 16;
        if ((rc = unit_take(&sh, bits >> nbits, i, s, err, bounded)) < 0)
            return rc;
        bits &= (1u << nbits) - 1;
    }
    if (i == len)
        return imw_value_fail(err, IMW_ERR_SYNTAX, IMW_MUTF7_UNTERMINATED, amp);
    if (in[i] != '-')
        return imw_value_fail(err, IMW_ERR_SYNTAX, octet_reason(in[i]), i);
    *pos = i + 1;
    return shift_close(&sh, amp, i, nbits, bits, err);
}

/* The bits of the 4 digits at g, first digit highest, or negative when
 * one of them is no digit. */
static IMW_ALWAYS_INLINE int32_t digits4(const uint8_t *g)
{
    return base64_at[AT18][g[0]] | base64_at[AT12][g[1]] |
           base64_at[AT6][g[2]] | base64_at[AT0][g[3]];
}

/* The unit of a shift's last group when it is 3 digits at g (one unit and
 * 2 bits of padding), a plain_unit() with zero padding; else -1. */
static IMW_ALWAYS_INLINE int32_t group_3(const uint8_t *g)
{
    int32_t bits = base64_at[AT12][g[0]] | base64_at[AT6][g[1]] |
                   base64_at[AT0][g[2]];

    if (bits < 0 || (bits & 3) || !plain_unit((uint32_t)bits >> 2))
        return -1;
    return bits >> 2;
}

/* The two units of a last group of 6 digits at g (and 4 bits of
 * padding) into u: 1 when the padding is zero, else 0. */
static IMW_ALWAYS_INLINE int units_6(const uint8_t *g, uint32_t u[2])
{
    int32_t high = digits4(g);
    int32_t low = base64_at[AT6][g[4]] | base64_at[AT0][g[5]];

    if ((high | low) < 0 || (low & 15))
        return 0;
    u[0] = (uint32_t)high >> 8;
    u[1] = ((uint32_t)high & 0xFF) << 8 | (uint32_t)low >> 4;
    return 1;
}

/* The units of a last group of 6 digits or of a group of 8 (three units)
 * into u: 1 when they are plain_unit()s and the padding zero, else 0. */
static IMW_ALWAYS_INLINE int group_6(const uint8_t *g, uint32_t u[2])
{
    return units_6(g, u) && plain_unit(u[0]) && plain_unit(u[1]);
}

static IMW_ALWAYS_INLINE int group_8(const uint8_t *g, uint32_t u[3])
{
    int32_t high = digits4(g), low = digits4(g + 4);

    if ((high | low) < 0)
        return 0;
    u[0] = (uint32_t)high >> 8;
    u[1] = ((uint32_t)high & 0xFF) << 8 | (uint32_t)low >> 16;
    u[2] = (uint32_t)low & 0xFFFF;
    return plain_unit(u[0]) && plain_unit(u[1]) && plain_unit(u[2]);
}

/* group_3(), group_6() and group_8() written through the sink: 1, or 0
 * when the group is not one of plain units. */
static IMW_ALWAYS_INLINE int plain_3(const uint8_t *g, struct sink *s,
                                     int bounded)
{
    int32_t unit = group_3(g);

    if (unit < 0)
        return 0;
    put_plain(s, (uint32_t)unit, bounded);
    return 1;
}

static IMW_ALWAYS_INLINE int plain_6(const uint8_t *g, struct sink *s,
                                     int bounded)
{
    uint32_t u[2];

    if (!group_6(g, u))
        return 0;
    put_plain(s, u[0], bounded);
    put_plain(s, u[1], bounded);
    return 1;
}

static IMW_ALWAYS_INLINE int plain_8(const uint8_t *g, struct sink *s,
                                     int bounded)
{
    uint32_t u[3];

    if (!group_8(g, u))
        return 0;
    put_plain(s, u[0], bounded);
    put_plain(s, u[1], bounded);
    put_plain(s, u[2], bounded);
    return 1;
}

/* Decodes the shift whose digits start at g (input up to `end`) when it
 * is what a canonical encoder writes for plain_unit()s, as nearly every
 * shift in a name is: groups of 8 digits, then 0, 3 or 6 digits (the
 * other lengths of the last group leave 6 bits or more), zero padding,
 * and "-".  Testing for the "-" first finds the length at once: the
 * common one-unit shift is 3 digit loads.  Returns the octet after the
 * "-", or NULL for any other shift, which decode_shift() then reads from
 * its "&" (what this wrote is overwritten, and past a refusal the output
 * is unspecified). */
static IMW_ALWAYS_INLINE const uint8_t *shift_plain(const uint8_t *g,
                                                    const uint8_t *end,
                                                    struct sink *s,
                                                    int bounded)
{
    for (;;) {
        size_t left = (size_t)(end - g);

        if (left > 3 && g[3] == '-')
            return plain_3(g, s, bounded) ? g + 4 : NULL;
        if (left > 6 && g[6] == '-')
            return plain_6(g, s, bounded) ? g + 7 : NULL;
        if (left <= 8 || !plain_8(g, s, bounded)) /* 8 and a "-" at least */
            return NULL;
        g += 8;
        if (*g == '-')
            return g + 1;
    }
}

/* The shift whose "&" is at *pos (not "&-"); leaves *pos after its "-". */
static IMW_ALWAYS_INLINE int take_shift(const uint8_t *in, size_t len,
                                        size_t *pos, struct sink *s,
                                        struct imw_value_error *err,
                                        int bounded)
{
    size_t mark = s->len;
    const uint8_t *end = shift_plain(in + *pos + 1, in + len, s, bounded);

    if (IMW_LIKELY(end != NULL)) {
        *pos = (size_t)(end - in);
        return 0;
    }
    /* copies go out of line, so that the sink and the caller's offset
     * can stay in registers */
    struct sink t = {s->out, s->cap, mark};
    size_t at = *pos;
    int rc = decode_shift(in, len, &at, &t, err, bounded);
    s->len = t.len;
    *pos = at;
    return rc;
}


/* Copies the run that starts at in[i] (a run octet); returns its end. */
static IMW_ALWAYS_INLINE size_t copy_run(const uint8_t *in, size_t len,
                                         size_t i, struct sink *s)
{
    size_t end = mutf7_run_end(in, len, i);
    put_run(s, in + i, end - i);
    return end;
}

/* Decodes in[0..len) into the sink, bounded. */
static int decode(const uint8_t *in, size_t len, struct sink *s,
                  struct imw_value_error *err)
{
    size_t i = 0;
    size_t shift_end = (size_t)-1; /* just after the last shift's "-" */

    while (i < len) {
        int rc;

        if (mutf7_run_octets[in[i]]) {
            i = copy_run(in, len, i, s);
            if (i == len)
                break;
        }
        /* no run octet */
        if (in[i] != '&')
            return imw_value_fail(err, IMW_ERR_SYNTAX, octet_reason(in[i]), i);
        if (i + 1 < len && in[i + 1] == '-') {
            put_at(s, '&', 1);
            i += 2;
            continue;
        }
        if (i == shift_end)
            return imw_value_fail(err, IMW_ERR_SYNTAX,
                                  IMW_MUTF7_ADJACENT_SHIFTS, i);
        rc = take_shift(in, len, &i, s, err, 1);
        if (rc < 0)
            return rc;
        shift_end = i;
    }
    return 0;
}

/* Copies the run at p (perhaps empty) to *op, a word at a time where
 * words are loaded (the last one too: see "decoding" for the room, and
 * o_end is the end of the caller's); returns its end. */
static IMW_ALWAYS_INLINE const uint8_t *room_run(const uint8_t *in,
                                                 const uint8_t *p,
                                                 const uint8_t *end,
                                                 uint8_t **op,
                                                 const uint8_t *o_end)
{
    uint8_t *o = *op;

    if (IMW_MUTF7_WORDS) {
        while (end - p >= 8) {
            uint64_t x = mutf7_load_word(p), stops = mutf7_run_stops(x);
            memcpy(o, &x, 8);
            if (stops) {
                size_t k = IMW_MUTF7_PREFIX(stops);
                *op = o + k;
                return p + k;
            }
            p += 8;
            o += 8;
        }
        if (p == end) {
            *op = o;
            return p;
        }
        if (end - in >= 8 && o_end - o >= 8) {
            size_t n = (size_t)(end - p);
            uint64_t x = mutf7_last_word(in, (size_t)(end - in), n);
            size_t k = IMW_MUTF7_PREFIX(mutf7_run_stops(x));
            memcpy(o, &x, 8);
            *op = o + k;
            return p + k;
        }
    }
    while (p < end && mutf7_run_octets[*p])
        *o++ = *p++;
    *op = o;
    return p;
}

/* shift_plain() into *op without a sink. */
static IMW_ALWAYS_INLINE const uint8_t *room_shift(const uint8_t *g,
                                                   const uint8_t *end,
                                                   uint8_t **op)
{
    uint8_t *o = *op;
    uint32_t u[3];

    for (;;) {
        size_t left = (size_t)(end - g);

        if (left > 3 && g[3] == '-') {
            int32_t unit = group_3(g);
            if (unit < 0)
                return NULL;
            *op = store_plain(o, (uint32_t)unit);
            return g + 4;
        }
        if (left > 6 && g[6] == '-') {
            /* two plain units, or one character outside the BMP (an
             * emoji, as often as not) */
            if (!units_6(g, u))
                return NULL;
            if (plain_unit(u[0]) && plain_unit(u[1]))
                *op = store_plain(store_plain(o, u[0]), u[1]);
            else if ((u[0] & 0xFC00) == 0xD800 && (u[1] & 0xFC00) == 0xDC00)
                *op = store_pair(o, u[0], u[1]);
            else
                return NULL;
            return g + 7;
        }
        if (left <= 8 || !group_8(g, u)) /* 8 and a "-" at least */
            return NULL;
        o = store_plain(store_plain(store_plain(o, u[0]), u[1]), u[2]);
        g += 8;
        if (*g == '-') {
            *op = o;
            return g + 1;
        }
    }
}

/* Decodes in[from..len) into out, which holds in[0..from) already and has
 * room for cap >= IMW_MUTF7_DECODED_MAX(len) octets; in[from] is not a run
 * octet.  The same reading as decode(), on pointers that stay in
 * registers: the offsets are taken from them where a refusal needs one.
 * Inline in each entry, which passes its arguments on. */
static IMW_ALWAYS_INLINE int decode_room(const uint8_t *in, size_t len,
                                         size_t from, uint8_t *out,
                                         size_t cap, size_t *out_len,
                                         struct imw_value_error *err)
{
    const uint8_t *p = in + from, *end = in + len;
    const uint8_t *shift_end = NULL; /* just after the last shift's "-" */
    uint8_t *o = out + from;

    while (p < end) {
        if (*p != '&')
            return imw_value_fail(err, IMW_ERR_SYNTAX, octet_reason(*p),
                                  (size_t)(p - in));
        if (end - p > 1 && p[1] == '-') {
            *o++ = '&';
            p += 2;
        } else if (p == shift_end) {
            return imw_value_fail(err, IMW_ERR_SYNTAX,
                                  IMW_MUTF7_ADJACENT_SHIFTS, (size_t)(p - in));
        } else {
            uint8_t *mark = o;
            const uint8_t *next = room_shift(p + 1, end, &o);
            if (IMW_UNLIKELY(next == NULL)) {
                struct sink t = {out, cap, (size_t)(mark - out)};
                size_t at = (size_t)(p - in);
                int rc = decode_shift(in, len, &at, &t, err, 0);
                if (rc < 0)
                    return rc;
                o = out + t.len;
                next = in + at;
            }
            p = shift_end = next;
        }
        p = room_run(in, p, end, &o, out + cap);
    }
    *out_len = (size_t)(o - out);
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
    if (out && out_cap >= len && out_cap - len > len / 8) {
        uint8_t *o = out;
        size_t from = (size_t)(room_run(in, in, in + len, &o, out + out_cap) -
                               in);
        return decode_room(in, len, from, out, out_cap, out_len, err);
    }
    rc = decode(in, len, &s, err);
    if (rc < 0)
        return rc;
    *out_len = s.len;
    return 0;
}

int imw_mutf7_to_utf8_room(const uint8_t *in, size_t len, size_t from,
                           uint8_t *out, size_t *out_len,
                           struct imw_value_error *err)
{
    size_t i = 0;

    /* The run in[0..from) a word at a time while 8 octets of input are
     * left (in the room: see "decoding"); what a word copies past `from`
     * the decoder overwrites. */
    for (; i < from && len - i >= 8; i += 8)
        memcpy(out + i, in + i, 8);
    for (; i < from; i++)
        out[i] = in[i];
    return decode_room(in, len, from, out, IMW_MUTF7_DECODED_MAX(len),
                       out_len, err);
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
