/* Internal: the scan behind the generated machines' run skips
 * (run_skip in src/common_actions.rl, IMW_SKIP_TO in src/machine_glue.h,
 * the tables in gen/NAME_skip.h; doc/ARCHITECTURE.md, "Run skips").
 * Self-contained, so that the skip test's toy machine uses this very
 * code (tests/test_skip.sh). */
#ifndef IMW_SKIP_RUN_H
#define IMW_SKIP_RUN_H

#include "swar.h"

#if defined(__SSE2__) && (defined(__GNUC__) || defined(__clang__))
#include <emmintrin.h>
#define IMW_SKIP_SSE2 1
#define IMW_SKIP_NOINLINE __attribute__((noinline))
#define IMW_SKIP_INLINE inline __attribute__((always_inline))
#else
#define IMW_SKIP_NOINLINE
#define IMW_SKIP_INLINE inline
#endif

/* The first octet after p, below pe, that `run_class` does not hold (pe
 * when there is none): four table tests per round, as the runs skipped
 * are text and quoted strings of tens of octets. */
static inline const unsigned char *
imw_skip_run(const unsigned char *p, const unsigned char *pe,
             const unsigned char *run_class)
{
    const unsigned char *q = p + 1;
    while (pe - q >= 4) {
        if (!run_class[q[0]])
            return q;
        if (!run_class[q[1]])
            return q + 1;
        if (!run_class[q[2]])
            return q + 2;
        if (!run_class[q[3]])
            return q + 3;
        q += 4;
    }
    while (q < pe && run_class[*q])
        q++;
    return q;
}

#ifdef IMW_SKIP_SSE2
/* The scan of imw_skip_until() and imw_skip_range(), `stops_of(x)` the
 * stop octets of the sixteen in x: returns the first stop from q on,
 * sixteen octets a compare; when fewer than sixteen are left after q,
 * one load of the sixteen below pe (which lie at or after `low`, the
 * message's first octet, and so may be read) where the table would test
 * octet by octet (a text run ends at the line's final CR).  Falls
 * through only for a message of fewer than sixteen octets. */
#define IMW_SKIP_SCAN(stops_of)                                             \
    do {                                                                    \
        for (; pe - q >= 16; q += 16) {                                     \
            __m128i x_ = _mm_loadu_si128((const __m128i *)(const void *)q); \
            unsigned mask_ = (unsigned)_mm_movemask_epi8(stops_of(x_));     \
            if (mask_)                                                      \
                return q + __builtin_ctz(mask_);                            \
        }                                                                   \
        if (q < pe && pe - low >= 16) {                                     \
            const unsigned char *base_ = pe - 16;                           \
            __m128i x_ =                                                    \
                _mm_loadu_si128((const __m128i *)(const void *)base_);      \
            unsigned mask_ =                                                \
                (unsigned)_mm_movemask_epi8(stops_of(x_)) >> (q - base_);   \
            return mask_ ? q + __builtin_ctz(mask_) : pe;                   \
        }                                                                   \
    } while (0)
#endif

/* imw_skip_run() for a class that holds every octet but the six `stops`
 * (repeated where it has fewer): text (all but NUL, CR, LF) and quoted
 * strings (and '"', '\\').  Sixteen octets per compare with SSE2, where a
 * table test per octet costs about five instructions; machines without
 * SSE2, and messages of fewer than sixteen octets from `low` to pe, go
 * through the table.  tools/skiptable.awk writes one out-of-line copy per
 * such class (the stops are constants in it). */
static inline const unsigned char *
imw_skip_until(const unsigned char *p, const unsigned char *pe,
               const unsigned char *low, const unsigned char *run_class,
               unsigned char s0, unsigned char s1, unsigned char s2,
               unsigned char s3, unsigned char s4, unsigned char s5)
{
#ifdef IMW_SKIP_SSE2
    const unsigned char *q = p + 1;
    const __m128i v0 = _mm_set1_epi8((char)s0), v1 = _mm_set1_epi8((char)s1),
                  v2 = _mm_set1_epi8((char)s2), v3 = _mm_set1_epi8((char)s3),
                  v4 = _mm_set1_epi8((char)s4), v5 = _mm_set1_epi8((char)s5);
#define IMW_SKIP_STOPS(x)                                               \
    _mm_or_si128(_mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, v0),       \
                                           _mm_cmpeq_epi8(x, v1)),      \
                              _mm_or_si128(_mm_cmpeq_epi8(x, v2),       \
                                           _mm_cmpeq_epi8(x, v3))),     \
                 _mm_or_si128(_mm_cmpeq_epi8(x, v4), _mm_cmpeq_epi8(x, v5)))
    IMW_SKIP_SCAN(IMW_SKIP_STOPS);
#undef IMW_SKIP_STOPS
    return imw_skip_run(q - 1, pe, run_class);
#else
    (void)low;
    (void)s0; (void)s1; (void)s2; (void)s3; (void)s4; (void)s5;
    return imw_skip_run(p, pe, run_class);
#endif
}

/* imw_skip_run() for a class that is one range of octets, first to last
 * (digits): the same scan, an octet out of the range being a stop. */
static inline const unsigned char *
imw_skip_range(const unsigned char *p, const unsigned char *pe,
               const unsigned char *low, const unsigned char *run_class,
               unsigned char first, unsigned char last)
{
#ifdef IMW_SKIP_SSE2
    const unsigned char *q = p + 1;
    /* x - first, unsigned, above last - first: signed after a flip of
     * the top bit, as SSE2 compares only signed octets */
    const __m128i from = _mm_set1_epi8((char)first),
                  flip = _mm_set1_epi8((char)0x80),
                  width = _mm_set1_epi8((char)((last - first) ^ 0x80));
#define IMW_SKIP_OUTSIDE(x) \
    _mm_cmpgt_epi8(_mm_xor_si128(_mm_sub_epi8(x, from), flip), width)
    IMW_SKIP_SCAN(IMW_SKIP_OUTSIDE);
#undef IMW_SKIP_OUTSIDE
    return imw_skip_run(q - 1, pe, run_class);
#else
    (void)low; (void)first; (void)last;
    return imw_skip_run(p, pe, run_class);
#endif
}

/* A run of digits, the one range class of the grammar ("0".."9": the
 * numbers, a few octets each), looked at eight octets at a time in the
 * machine itself, where the scan's call costs more than most runs;
 * `scan` (the class's out-of-line imw_skip_range()) takes over when
 * fewer than nine octets are left after p, or when all eight are
 * digits. */
typedef const unsigned char *imw_skip_scan_fn(const unsigned char *,
                                              const unsigned char *,
                                              const unsigned char *);
static inline const unsigned char *
imw_skip_digits(const unsigned char *p, const unsigned char *pe,
                const unsigned char *low, imw_skip_scan_fn *scan)
{
#ifdef IMW_SWAR_DIGITS
    if (pe - p > 8) {
        unsigned n = imw_swar_digit_count(imw_swar_load8(p + 1));
        if (n < 8)
            return p + 1 + n;
    }
#endif
    return scan(p, pe, low);
}

/* A run of a class of imw_skip_until() (text, quoted strings), its first
 * sixteen octets looked at in the machine itself, where the call of the
 * scan and its setup cost more than the compare, as most such runs (the
 * strings of an envelope, a response's text) are shorter (in line always:
 * gcc would make one out-of-line copy of it); `scan` (the
 * class's out-of-line imw_skip_until()) takes over after them, or when
 * fewer than seventeen octets are left after p. */
static IMW_SKIP_INLINE const unsigned char *
imw_skip_first16(const unsigned char *p, const unsigned char *pe,
                 const unsigned char *low, imw_skip_scan_fn *scan,
                 unsigned char s0, unsigned char s1, unsigned char s2,
                 unsigned char s3, unsigned char s4, unsigned char s5)
{
#ifdef IMW_SKIP_SSE2
    if (pe - p > 16) {
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(p + 1));
        __m128i hit = _mm_or_si128(
            _mm_or_si128(
                _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8((char)s0)),
                             _mm_cmpeq_epi8(x, _mm_set1_epi8((char)s1))),
                _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8((char)s2)),
                             _mm_cmpeq_epi8(x, _mm_set1_epi8((char)s3)))),
            _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8((char)s4)),
                         _mm_cmpeq_epi8(x, _mm_set1_epi8((char)s5))));
        unsigned mask = (unsigned)_mm_movemask_epi8(hit);
        if (mask)
            return p + 1 + __builtin_ctz(mask);
        return scan(p + 16, pe, low);
    }
#else
    (void)s0; (void)s1; (void)s2; (void)s3; (void)s4; (void)s5;
#endif
    return scan(p, pe, low);
}

#endif /* IMW_SKIP_RUN_H */
