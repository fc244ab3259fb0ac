/* Internal: the runs of modified UTF-7 (src/mutf7.c), octets that stand
 * for themselves (printable US-ASCII but "&"), read a word at a time.
 * Inline here for the mailbox decoder too, which tests a whole name for
 * one such run (imw_mutf7_direct_prefix()) before it takes room to
 * decode it. */
#ifndef IMW_MUTF7_RUN_H
#define IMW_MUTF7_RUN_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include "hints.h"

/* The octets that stand for themselves in a run: direct ones but "&".
 * One load per octet where the run is scanned (most of a name). */
#define IMW_MUTF7_ROW_0 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
#define IMW_MUTF7_ROW_1 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1
static const uint8_t mutf7_run_octets[256] = {
    IMW_MUTF7_ROW_0, IMW_MUTF7_ROW_0,
    /* 0x20: "&" (0x26) opens a shift */
    1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    IMW_MUTF7_ROW_1, IMW_MUTF7_ROW_1, IMW_MUTF7_ROW_1, IMW_MUTF7_ROW_1,
    /* 0x70: DEL (0x7F) is not direct */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0,
    IMW_MUTF7_ROW_0, IMW_MUTF7_ROW_0, IMW_MUTF7_ROW_0, IMW_MUTF7_ROW_0,
    IMW_MUTF7_ROW_0, IMW_MUTF7_ROW_0, IMW_MUTF7_ROW_0, IMW_MUTF7_ROW_0,
};
#undef IMW_MUTF7_ROW_0
#undef IMW_MUTF7_ROW_1

/* Runs are read a word at a time where the first octet in memory is the
 * least significant: borrows in mutf7_run_stops() then go toward later
 * octets only, and its lowest flag is exactly the first octet that ends
 * the run (IMW_MUTF7_PREFIX: how many octets before it).  Elsewhere
 * octet by octet. */
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && \
    __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define IMW_MUTF7_WORDS 1
#define IMW_MUTF7_PREFIX(stops) ((size_t)__builtin_ctzll(stops) / 8)
#else
#define IMW_MUTF7_WORDS 0
#define IMW_MUTF7_PREFIX(stops) ((size_t)0) /* not used */
#endif

/* The high bit of each of the 8 octets in `x` that is a control, DEL,
 * 8-bit or "&" (no octet a run holds): zero when all 8 are run octets.
 * An octet c of a run (0x20-0x7E but "&") sets no high bit in any term:
 * c + 1 <= 0x7F, c - 0x20 <= 0x5E, (c ^ "&") - 1 <= 0x7E.  Any other
 * sets one: its own (8-bit), c + 1 (DEL), c - 0x20 (a control) or
 * (c ^ "&") - 1 ("&").  A carry or borrow comes only out of such an
 * octet and may flag the next more significant one: the test is exact
 * for whether an octet is found, and for the least significant. */
static IMW_ALWAYS_INLINE uint64_t mutf7_run_stops(uint64_t x)
{
    const uint64_t ones = 0x0101010101010101u;
    return (x | (x + ones) | (x - ones * 0x20) | ((x ^ (ones * '&')) - ones)) &
           (ones * 0x80);
}

static IMW_ALWAYS_INLINE uint64_t mutf7_load_word(const uint8_t *p)
{
    uint64_t x;
    memcpy(&x, p, 8);
    return x;
}

/* The last n (1 to 7) octets of an input of 8 or more, in the low octets
 * of a word whose others are NUL, which ends a run: the tail of a run in
 * one load inside the input. */
static IMW_ALWAYS_INLINE uint64_t mutf7_last_word(const uint8_t *in,
                                                  size_t len, size_t n)
{
    return mutf7_load_word(in + len - 8) >> (64 - 8 * n);
}

/* The n (4 to 7) octets at p in one word, the middle ones twice: only
 * for mutf7_run_stops() being zero or not. */
static IMW_ALWAYS_INLINE uint64_t mutf7_halves_word(const uint8_t *p,
                                                    size_t n)
{
    uint32_t a, b;
    memcpy(&a, p, 4);
    memcpy(&b, p + n - 4, 4);
    return a | (uint64_t)b << 32;
}

/* The end of the run of octets that stand for themselves from `i`: a
 * word at a time, the last (fewer than 8) octets in one word when the
 * input has 8; a shorter input is tested whole at once (a name such as
 * INBOX) and read octet by octet only when something in it ends the
 * run. */
static IMW_ALWAYS_INLINE size_t mutf7_run_end(const uint8_t *in, size_t len,
                                              size_t i)
{
    if (IMW_MUTF7_WORDS) {
        while (len - i >= 8) {
            uint64_t stops = mutf7_run_stops(mutf7_load_word(in + i));
            if (stops)
                return i + IMW_MUTF7_PREFIX(stops);
            i += 8;
        }
        if (i == len)
            return i;
        if (len >= 8)
            return i + IMW_MUTF7_PREFIX(
                           mutf7_run_stops(mutf7_last_word(in, len, len - i)));
        if (len - i >= 4 &&
            !mutf7_run_stops(mutf7_halves_word(in + i, len - i)))
            return len;
    }
    while (i < len && mutf7_run_octets[in[i]])
        i++;
    return i;
}

/* The length of the leading run of in[0..len): the whole name when it
 * means itself. */
static inline size_t imw_mutf7_direct_prefix(const uint8_t *in, size_t len)
{
    return mutf7_run_end(in, len, 0);
}

#endif /* IMW_MUTF7_RUN_H */
