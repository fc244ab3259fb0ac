/* imapwire — sequence sets and UID sets (RFC 3501 sequence-set, RFC 5182
 * "$"): parse, normalise, test, iterate, count, format.  Part of the
 * public API.
 *
 * The sets are the struct imw_seq_set of imapwire/types.h, the form the
 * parser hands out: ranges as sent, "*" stored as IMW_SEQ_STAR (0), a
 * range's ends in either order.  `largest` is the number "*" stands for:
 * the message count for sequence numbers, the highest UID in use for UID
 * sets.  An empty mailbox has no "*": with `largest` 0, a range with a
 * "*" end names no number at all.
 *
 * Nothing here allocates except imw_seq_set_parse_alloc(), which takes an
 * allocator.  Parsing, counting, iterating, formatting and the membership
 * test of a set as sent run in linear time; normalising is linear when the
 * ranges come in order and O(n log n) (in-place heapsort) otherwise. */
#ifndef IMAPWIRE_SEQSET_H
#define IMAPWIRE_SEQSET_H

#include <stddef.h>
#include <stdint.h>

#include "imapwire/common.h"
#include "imapwire/types.h"
#include "imapwire/values.h"

#ifdef __cplusplus
extern "C" {
#endif

/* The largest number a sequence set may hold (nz-number is 32 bits);
 * larger is IMW_SEQ_OVERFLOW here, IMW_ERR_NUMBER_RANGE in the parser.
 * Sets are never expanded: see doc/LIMITS.md. */
#define IMW_SEQ_MAX 4294967295u

/* Parses `s` ("1:4,7,9:*") into ranges[0..cap), snprintf-style: *count
 * receives the number of ranges in the whole text and only the first
 * `cap` are written (a NULL `ranges` counts as cap 0, for a size query).
 * Returns 0 for valid text even when it did not fit; the caller compares
 * *count with cap.  Ranges are kept as sent ("5:2" stays 5:2, "*" is
 * IMW_SEQ_STAR).
 *
 * "$" (RFC 5182, the saved search result) is accepted only when `saved`
 * is not NULL and only alone: it sets *saved to 1 and *count to 0.  Any
 * other valid text sets *saved (when given) to 0.
 *
 * Bad text returns IMW_ERR_SYNTAX and, if `err` is not NULL, an
 * IMW_SEQ_* reason with the offset of the offending octet (the length of
 * the text for a trailing "," or ":", 0 for empty text); *count and the
 * ranges are then unspecified.  NULL `s` with len > 0 or NULL `count` is
 * IMW_ERR_INVALID_ARGUMENT. */
IMW_API int imw_seq_set_parse(const uint8_t *s, size_t len,
                              struct imw_seq_range *ranges, size_t cap,
                              size_t *count, int *saved,
                              struct imw_value_error *err);

/* The same into an array from `alloc` (NULL: the C library's malloc),
 * exactly as long as needed; free it with imw_seq_set_free().  For "$"
 * out->ranges is NULL and out->count 0.  IMW_ERR_NOMEM when the
 * allocation fails; on any error *out is { NULL, 0 }. */
IMW_API int imw_seq_set_parse_alloc(const uint8_t *s, size_t len,
                                    const imw_allocator *alloc,
                                    struct imw_seq_set *out, int *saved,
                                    struct imw_value_error *err);

/* Frees what imw_seq_set_parse_alloc() allocated (with the same
 * allocator) and empties *set.  NULL `set` or ranges do nothing. */
IMW_API void imw_seq_set_free(struct imw_seq_set *set,
                              const imw_allocator *alloc);

/* Normalises `in` into out[0..out_cap): "*" resolved against `largest`,
 * each range ordered low..high ("4:*" with largest 2 is 2:4), ranges
 * sorted, overlapping and adjacent ones merged (1:3,4,6:9,8 -> 1:4,6:9).
 * `out` may be in->ranges itself (in place) or an array that does not
 * overlap it; out_cap must be at least in->count (the result never has
 * more ranges).  *result then describes out[0..result->count).  With
 * `largest` 0 ranges with a "*" end are dropped, so the result may be
 * empty.  Returns 0, or IMW_ERR_INVALID_ARGUMENT for NULL pointers or a
 * short `out`. */
IMW_API int imw_seq_set_normalize(const struct imw_seq_set *in,
                                  uint32_t largest, struct imw_seq_range *out,
                                  size_t out_cap, struct imw_seq_set *result);

/* 1 when the set is normalised: no "*", every range low..high, ranges in
 * order with gaps between them.  O(n). */
IMW_API int imw_seq_set_is_normalized(const struct imw_seq_set *set);

/* 1 when `n` is in the set as sent, with "*" standing for `largest`
 * (see above for largest 0); 0 otherwise, and for n 0 or a NULL set.
 * Scans every range: O(n) for any set. */
IMW_API int imw_seq_set_contains(const struct imw_seq_set *set, uint32_t n,
                                 uint32_t largest);

/* The same for a set that imw_seq_set_normalize() wrote (or any set
 * imw_seq_set_is_normalized() accepts) by binary search: O(log n).  On a
 * set that is not normalised the answer is unspecified (but the call is
 * safe). */
IMW_API int imw_seq_set_contains_normalized(const struct imw_seq_set *set,
                                            uint32_t n);

/* How many numbers the set names, range by range ("*" standing for
 * `largest`): numbers named by two ranges count twice unless the set is
 * normalised.  At most 2^32 - 1 per range, so the sum fits 64 bits. */
IMW_API uint64_t imw_seq_set_count(const struct imw_seq_set *set,
                                   uint32_t largest);

/* Walks the numbers of a set without expanding it: each range in the
 * order sent, low to high, "*" standing for `largest`; numbers named by
 * two ranges come twice unless the set is normalised.  1:4294967295 is
 * one range and costs nothing to start.  The set must stay alive and
 * unchanged during the walk. */
struct imw_seq_iter {
    const struct imw_seq_range *ranges; /* private */
    size_t count, index;                /* private */
    uint64_t next, end;                 /* private: the current range */
    uint32_t largest;                   /* private */
};

IMW_API void imw_seq_iter_init(struct imw_seq_iter *it,
                               const struct imw_seq_set *set,
                               uint32_t largest);

/* Stores the next number in *n and returns 1, or returns 0 at the end
 * (and on every call after). */
IMW_API int imw_seq_iter_next(struct imw_seq_iter *it, uint32_t *n);

/* Writes the set as sequence-set text ("1:4,7,9:*"), snprintf-style:
 * at most cap - 1 octets and a NUL when cap > 0, returns the length of
 * the whole text.  Ranges are written as stored ("n" when both ends are
 * equal), so a normalised set gives its canonical text, which
 * imw_seq_set_parse() reads back to the same ranges.
 * IMW_ERR_INVALID_ARGUMENT for a NULL or empty set (no text can say
 * it), IMW_ERR_NUMBER_RANGE when the text would be longer than INT_MAX. */
IMW_API int imw_seq_set_format(const struct imw_seq_set *set, char *out,
                               size_t cap);

#ifdef __cplusplus
}
#endif
#endif /* IMAPWIRE_SEQSET_H */
