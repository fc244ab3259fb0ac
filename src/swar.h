/* Internal: digits eight octets at a time in a 64-bit word (SWAR), for
 * the runs of digits the machines skip (src/skip_run.h) and the numbers
 * of SEARCH (src/decode_search.c).  Self-contained, as src/skip_run.h
 * is.  IMW_SWAR_DIGITS is defined where the word's octets lie in memory
 * order from its low end (little-endian, GCC or clang). */
#ifndef IMW_SWAR_H
#define IMW_SWAR_H

#include <stdint.h>
#include <string.h>

#if defined(__GNUC__) && defined(__BYTE_ORDER__) && \
    __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define IMW_SWAR_DIGITS 1

/* The eight octets at s (which must all be readable). */
static inline uint64_t imw_swar_load8(const unsigned char *s)
{
    uint64_t x;
    memcpy(&x, s, 8);
    return x;
}

/* How many of the eight octets of x are digits before the first that is
 * not one: an octet is a digit when its high nibble is 3 and adding 6
 * keeps it 3 (a carry out of a non-digit octet reaches only the octets
 * after it). */
static inline unsigned imw_swar_digit_count(uint64_t x)
{
    const uint64_t highs = 0xF0F0F0F0F0F0F0F0u, threes = 0x3030303030303030u;
    uint64_t off = ((x & highs) ^ threes) |
                   (((x + 0x0606060606060606u) & highs) ^ threes);
    return off ? (unsigned)__builtin_ctzll(off) / 8 : 8;
}

/* The value of the first `len` (1..8) octets of x, all digits: moved to
 * the top (the octets below become leading zeros), then pairs, fours and
 * the eight combined by multiplications (the known SWAR reading of eight
 * ASCII digits). */
static inline uint32_t imw_swar_digits_value(uint64_t x, unsigned len)
{
    x = (x - 0x3030303030303030u) << (8 * (8 - len));
    x = x * 10 + (x >> 8); /* each pair in the even octets */
    const uint64_t pairs = 0x000000FF000000FFu;
    x = ((x & pairs) * (100 + (1000000ull << 32)) +
         ((x >> 16) & pairs) * (1 + (10000ull << 32))) >> 32;
    return (uint32_t)x;
}
#endif

#endif /* IMW_SWAR_H */
