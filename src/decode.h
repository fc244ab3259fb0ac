/* Internal: decoding a validated message into typed values.
 *
 * The generated machine has accepted the message and recorded events, and
 * imw_run_link() has made them a tree (src/run.h).  A decoder gets the node
 * of the rule it decodes and walks only that node's children; simple
 * structure (a tag, a keyword, a number) is read straight from the bytes,
 * which the machine has validated.  Every decoder of a response family
 * (src/decode_*.c) is built from the helpers below. */
#ifndef IMW_DECODE_H
#define IMW_DECODE_H

#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif
#include "imapwire/types.h"
#include "arena.h"
#include "run.h"
#include "keywords.h"
#include "hints.h"

struct imw_decoder {
    const struct imw_run *run; /* events and bytes of an accepted message */
    struct imw_arena *arena;
    int strict;          /* reject the named leniencies */
    int greeting_due;    /* this is the first response of the stream */
    int utf8;            /* UTF8=ACCEPT is enabled (IMW_OPTION_UTF8) */

    /* set when decoding fails */
    int error;
    size_t error_at;     /* message offset */
    const char *reason;
    const char *rule;
};

/* A node of the event tree: an index into run->ev, or IMW_NO_EVENT. */
typedef uint32_t imw_node;

/* Fills *out from the run, which is over a frame of the framer (its last
 * octet is LF: imw_dec_line_word_end() relies on it).  Returns 0 or a
 * negative imw_error (see the error fields of *d). */
int imw_response_decode(struct imw_decoder *d, struct imw_response *out);

/* ---- the tree --------------------------------------------------------- */

static inline const struct imw_event *imw_dec_ev(const struct imw_decoder *d,
                                                 imw_node n)
{
    return &d->run->ev[n];
}

static inline imw_node imw_dec_first(const struct imw_decoder *d, imw_node n)
{
    return n == IMW_NO_EVENT ? d->run->root : d->run->ev[n].child;
}

static inline imw_node imw_dec_next(const struct imw_decoder *d, imw_node n)
{
    return d->run->ev[n].next;
}

/* Visits the children of `parent` (IMW_NO_EVENT: the top-level events). */
#define IMW_FOR_CHILDREN(d, parent, c)                                   \
    for (imw_node c = imw_dec_first((d), (parent)); c != IMW_NO_EVENT;   \
         c = imw_dec_next((d), c))

/* Rules that end on one octet nest in either order: nodes of one span. */
static inline int imw_dec_same_span(const struct imw_event *a,
                                    const struct imw_event *b)
{
    return a->start == b->start && a->end == b->end;
}

static inline int imw_dec_is(const struct imw_decoder *d, imw_node n,
                             uint16_t rule)
{
    return n != IMW_NO_EVENT && d->run->ev[n].rule == rule;
}

/* The first descendant of `parent` with `rule`, looking through children
 * and, below them, through nodes of the same span as their parent (rules
 * that end on the same octet may close in either order).  With `at` other
 * than IMW_ANY_START, only a node that starts there counts.  Returns
 * IMW_NO_EVENT when there is none. */
#define IMW_ANY_START ((size_t)-1)
imw_node imw_dec_find(const struct imw_decoder *d, imw_node parent,
                      uint16_t rule, size_t at);

/* The first node with `rule` anywhere below `parent`, in document order
 * (a depth-first search: for lookups made once per message). */
imw_node imw_dec_find_deep(const struct imw_decoder *d, imw_node parent,
                           uint16_t rule);

/* The number of children of `parent` with `rule` (same-span descent as
 * imw_dec_find is not applied: lists are flat). */
size_t imw_dec_count(const struct imw_decoder *d, imw_node parent,
                     uint16_t rule);

/* ---- bytes ------------------------------------------------------------ */

static inline const uint8_t *imw_dec_bytes(const struct imw_decoder *d)
{
    return d->run->data;
}

static inline imw_bytes imw_dec_slice(const struct imw_decoder *d,
                                      size_t start, size_t end)
{
    return (imw_bytes){ d->run->data + start, end - start };
}

static inline imw_bytes imw_dec_span(const struct imw_decoder *d, imw_node n)
{
    const struct imw_event *e = &d->run->ev[n];
    return imw_dec_slice(d, e->start, e->end);
}

/* 1 when `b` is `word` (upper-case ASCII letters, digits, '-', '.'),
 * letters compared without case, as IMAP keywords are. */
int imw_dec_word_is(imw_bytes b, const char *word);

/* Offset of the CR (or bare LF) that ends the message's last line. */
static inline size_t imw_dec_line_end(const struct imw_decoder *d)
{
    size_t n = d->run->len;
    if (n >= 2 && d->run->data[n - 2] == '\r')
        return n - 2;
    return n - 1;
}
/* End of the word at `at`: stops at SP, '[', ']', '(', ')' or `limit`. */
size_t imw_dec_word_end(const struct imw_decoder *d, size_t at, size_t limit);

#ifdef __SSE2__
/* The octets of the sixteen at s + at that are one of a..e (a set of
 * fewer names one of them again), as bits: the stop masks of the
 * readers below, each with its constants. */
static IMW_ALWAYS_INLINE unsigned imw_dec_octet_bits(const uint8_t *s,
                                                     size_t at, char a,
                                                     char b, char c, char d,
                                                     char e)
{
    __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(s + at));
    __m128i hit = _mm_or_si128(
        _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8(a)),
                     _mm_cmpeq_epi8(x, _mm_set1_epi8(b))),
        _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8(c)),
                     _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8(d)),
                                  _mm_cmpeq_epi8(x, _mm_set1_epi8(e)))));
    return (unsigned)_mm_movemask_epi8(hit);
}

/* The SP octets of the sixteen at s + at, as bits. */
static inline unsigned imw_dec_space_bits(const uint8_t *s, size_t at)
{
    __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(s + at));
    return (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(x, _mm_set1_epi8(' ')));
}
#endif

/* The first SP in [at, end), or end, where s is the message and `end`
 * lies in it: sixteen octets per compare with SSE2, the last round read
 * back from `end` (words of about eight octets -- capabilities, code
 * names -- where memchr()'s call costs more than the scan). */
static inline size_t imw_dec_next_space(const uint8_t *s, size_t at,
                                        size_t end)
{
#ifdef __SSE2__
    for (; end - at >= 16; at += 16) {
        unsigned mask = imw_dec_space_bits(s, at);
        if (mask)
            return at + (size_t)__builtin_ctz(mask);
    }
    if (at < end && end >= 16) {
        unsigned mask = imw_dec_space_bits(s, end - 16) >> (at - (end - 16));
        return mask ? at + (size_t)__builtin_ctz(mask) : end;
    }
#endif
    while (at < end && s[at] != ' ')
        at++;
    return at;
}

/* The first SP of the eight octets at s, as its index, or 8: the octets
 * XOR SP are zero where SP is, and subtracting one from each octet sets
 * the top bit of the lowest zero octet first (a borrow runs only upwards,
 * from a zero octet, so the lowest bit found is exact). */
static inline size_t imw_dec_space_in_8(const uint8_t *s)
{
    uint64_t v;
    memcpy(&v, s, 8);
    v ^= 0x2020202020202020u;
    uint64_t zero = (v - 0x0101010101010101u) & ~v & 0x8080808080808080u;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    return zero ? (size_t)__builtin_ctzll(zero) / 8 : 8;
#else
    for (size_t i = 0; i < 8; i++)
        if (s[i] == ' ')
            return i;
    return 8;
#endif
}

/* imw_dec_next_space() for a word that most often ends within sixteen
 * octets (a tag, a code's name), where imw_dec_next_space() reads back
 * from `end` or goes octet by octet before offset 16: one compare of the
 * sixteen octets at `at` whenever the message holds them, even past
 * `end` (a bit set at `end` stops the count there), else of eight
 * (short messages' tags).  at <= end. */
static inline size_t imw_dec_short_space(const struct imw_decoder *d,
                                         size_t at, size_t end)
{
    const uint8_t *s = d->run->data;
    size_t room = d->run->len - at;
#ifdef __SSE2__
    if (end - at <= 16 && room >= 16) {
        unsigned mask = imw_dec_space_bits(s, at) | 1u << (end - at);
        return at + (size_t)__builtin_ctz(mask);
    }
#endif
    if (room >= 8) {
        size_t i = imw_dec_space_in_8(s + at);
        if (i < 8 || end - at <= 8)
            return i < end - at ? at + i : end;
    }
    return imw_dec_next_space(s, at, end);
}

/* The number of SP in [at, end) of the message s (sixteen at a time). */
size_t imw_dec_count_spaces(const uint8_t *s, size_t at, size_t end);

#ifdef __SSE2__
/* The octets that end a word (SP, '[', ']', '(', ')') of the sixteen at
 * s + at, as bits. */
static inline unsigned imw_dec_word_stop_bits(const uint8_t *s, size_t at)
{
    return imw_dec_octet_bits(s, at, ' ', '[', ']', '(', ')');
}
#endif

/* imw_dec_word_end() for words of several octets (FETCH item names):
 * sixteen octets at a time with SSE2 while they lie before `limit`; the
 * dispatch's tags and keywords, often of one or two octets, are cheaper
 * one at a time. */
static inline size_t imw_dec_long_word_end(const struct imw_decoder *d,
                                           size_t at, size_t limit)
{
#ifdef __SSE2__
    const uint8_t *s = d->run->data;
    if (limit - at >= 16) {
        unsigned mask = imw_dec_word_stop_bits(s, at);
        if (mask)
            return at + (size_t)__builtin_ctz(mask);
        at += 16;
    }
#endif
    return imw_dec_word_end(d, at, limit);
}

/* imw_dec_long_word_end() for a word that may end close to `limit` (the
 * name of a short FETCH item, "UID 28226"): the first sixteen octets are
 * compared whenever they lie in the message, a stop at or past `limit`
 * counting as `limit`. */
static inline size_t imw_dec_short_word_end(const struct imw_decoder *d,
                                            size_t at, size_t limit)
{
#ifdef __SSE2__
    if (at < limit && d->run->len - at >= 16) {
        unsigned mask = imw_dec_word_stop_bits(d->run->data, at);
        size_t stop = mask ? at + (size_t)__builtin_ctz(mask) : at + 16;
        if (mask || stop >= limit)
            return stop < limit ? stop : limit;
        at = stop;
    }
#endif
    return imw_dec_word_end(d, at, limit);
}

/* Per octet: IMW_WORD_END for those that end a word (above), and
 * IMW_LINE_OCTET for CR and LF. */
#define IMW_WORD_END 1
#define IMW_LINE_OCTET 2
extern const uint8_t imw_dec_word_stops[256];

/* at == end, or the octet at `at` (< end) ends a word. */
static inline int imw_dec_ends_word(const struct imw_decoder *d, size_t at,
                                    size_t end)
{
    return at == end ||
           (at < end && (imw_dec_word_stops[d->run->data[at]] & IMW_WORD_END));
}

/* imw_dec_word_end() for a message the framer made, whose last octet is
 * LF (the dispatch's words): the scan stops at a word's end, CR or LF,
 * so it needs no test of `limit` per octet; a CR or LF before `limit`
 * (inside a literal) lets imw_dec_word_end() go on. */
static inline size_t imw_dec_line_word_end(const struct imw_decoder *d,
                                           size_t at, size_t limit)
{
    const uint8_t *s = imw_dec_bytes(d);
    if (at >= limit)
        return at;
    while (!imw_dec_word_stops[s[at]])
        at++;
    if (at >= limit)
        return limit;
    if (imw_dec_word_stops[s[at]] & IMW_WORD_END)
        return at;
    return imw_dec_word_end(d, at + 1, limit);
}

/* ---- failure and memory ------------------------------------------------ */

/* Records the error and returns `code`. */
int imw_dec_fail(struct imw_decoder *d, int code, size_t at, const char *rule,
                 const char *reason);
/* Records IMW_ERR_NOMEM; returns NULL. */
void *imw_dec_nomem(struct imw_decoder *d);

/* Arena memory for `count` items, not zeroed (NULL for count 0, without
 * error); on failure records IMW_ERR_NOMEM and returns NULL.  Inline:
 * `size` is known where it is called, so the overflow test is one
 * comparison. */
static inline void *imw_dec_take(struct imw_decoder *d, size_t count,
                                 size_t size)
{
    if (count == 0)
        return NULL;
    if (count > SIZE_MAX / size)
        return imw_dec_nomem(d);
    void *p = imw_arena_take(d->arena, count * size);
    return p ? p : imw_dec_nomem(d);
}

/* imw_dec_take(), zeroed. */
static inline void *imw_dec_alloc(struct imw_decoder *d, size_t count,
                                  size_t size)
{
    void *p = imw_dec_take(d, count, size);
    if (p)
        memset(p, 0, count * size);
    return p;
}

/* ---- values ------------------------------------------------------------- */

/* Decimal digits [start, end) into *out, refusing values above max;
 * `rule` names the field in the error. */
int imw_dec_number(struct imw_decoder *d, size_t start, size_t end,
                   uint64_t max, const char *rule, uint64_t *out);
int imw_dec_u32(struct imw_decoder *d, size_t start, size_t end,
                const char *rule, uint32_t *out);
/* mod-sequence-value: 1 .. 2^63-1. */
int imw_dec_modseq(struct imw_decoder *d, size_t start, size_t end,
                   uint64_t *out);

/* Value of an astring/string/nstring span: an atom as is, a quoted string
 * unescaped (copied only when it holds escapes), literal data, and for NIL
 * (when `nil_ok`) the slice { NULL, 0 }. */
int imw_dec_string(struct imw_decoder *d, size_t start, size_t end,
                   int nil_ok, imw_bytes *out);
static inline int imw_dec_string_node(struct imw_decoder *d, imw_node n,
                                      int nil_ok, imw_bytes *out)
{
    const struct imw_event *e = imw_dec_ev(d, n);
    return imw_dec_string(d, e->start, e->end, nil_ok, out);
}

/* The string of the child of `parent` with `rule` (imw_dec_find); when
 * there is none, fails with IMW_ERR_DECODE naming the rule at the
 * parent's start.  *node (may be NULL) receives the child. */
int imw_dec_string_child(struct imw_decoder *d, imw_node parent, uint16_t rule,
                         imw_bytes *out, imw_node *node);

/* The literal ({n} or ~{n}) whose header is at `start`, or NULL when the
 * value there is no literal; a literal the framer did not frame fails with
 * IMW_ERR_INTERNAL (*failed set). */
const struct imw_literal_span *imw_dec_literal(struct imw_decoder *d,
                                               size_t start, int *failed);

/* The nstring (quoted, literal or NIL) at *at inside a span the machine
 * validated, which ends at `end`; *at moves past it.  A quoted string is a
 * slice of the message unless it holds a backslash (then unescaped into
 * the arena); NIL gives { NULL, 0 } with `nil_ok`, else the atom "NIL" as
 * sent.  Anything else, or a value running past `end`, fails with
 * IMW_ERR_DECODE at *at naming `rule` (the cursor's span). */
int imw_dec_nstring_other(struct imw_decoder *d, size_t *at, size_t end,
                          int nil_ok, const char *rule, imw_bytes *out);

/* The octets a quoted string's text stops at: '"' and '\\' (1), others 0. */
extern const uint8_t imw_dec_quoted_stops[256];

#ifdef __SSE2__
/* The '"' and '\\' of the sixteen octets at s + at, as bits. */
static inline unsigned imw_dec_quoted_stop_bits(const uint8_t *s, size_t at)
{
    return imw_dec_octet_bits(s, at, '"', '\\', '"', '\\', '"');
}
#endif

/* The first '"' or '\\' in [i, end), or `end`: one pass for both, where
 * two memchr calls paid their setup twice on strings of a few octets.
 * Sixteen octets at a time with SSE2 (every x86-64 has it), never
 * reading at or past `end`; the last octets of a span (and every octet
 * without SSE2) one at a time through the table, which keeps the inlined
 * scan to few registers (a word-at-a-time tail made its callers save six
 * and cost more than it saved). */
static inline size_t imw_dec_quoted_stop(const uint8_t *s, size_t i,
                                         size_t end)
{
#ifdef __SSE2__
    for (; end - i >= 16; i += 16) {
        unsigned hit = imw_dec_quoted_stop_bits(s, i);
        if (hit)
            return i + (size_t)__builtin_ctz(hit);
    }
#endif
    while (i < end && !imw_dec_quoted_stops[s[i]])
        i++;
    return i;
}

/* The common cases inline (a quoted string without a backslash: one scan
 * to its closing quote; NIL where NIL means none), every other in
 * imw_dec_nstring_other(). */
static inline int imw_dec_nstring_at(struct imw_decoder *d, size_t *at,
                                     size_t end, int nil_ok, const char *rule,
                                     imw_bytes *out)
{
    const uint8_t *s = imw_dec_bytes(d);
    size_t i = *at;
    if (i < end && s[i] == '"') {
        size_t stop = imw_dec_quoted_stop(s, i + 1, end);
        if (stop < end && s[stop] == '"') {
            *out = (imw_bytes){ s + i + 1, stop - i - 1 };
            *at = stop + 1;
            return 0;
        }
    } else if (nil_ok && end - i >= 3 && (s[i] & 0xDF) == 'N' &&
               (s[i + 1] & 0xDF) == 'I' && (s[i + 2] & 0xDF) == 'L') {
        *out = (imw_bytes){ NULL, 0 };
        *at = i + 3;
        return 0;
    }
    return imw_dec_nstring_other(d, at, end, nil_ok, rule, out);
}

/* ---- readers that return the position after the value ------------------ */

/* What a position reader returns when it failed (the error is in the
 * decoder).  The FETCH cursors keep their position in a register: a
 * reader given its address (imw_dec_nstring_at) would pin it to memory
 * for the whole of the caller, at a load and a store per octet test. */
#define IMW_DEC_FAILED SIZE_MAX

/* imw_dec_quoted_stop() whose last round is read back from `end` (as
 * imw_dec_next_space() does) instead of one octet at a time: the last
 * string of a span (an envelope's message-id, a body's last subtype)
 * ends within sixteen octets of it.  Reads only [i, end) and, for that
 * round, the octets before i down to end - 16, all inside the message. */
static IMW_ALWAYS_INLINE size_t imw_dec_quoted_stop_back(const uint8_t *s,
                                                         size_t i, size_t end)
{
#ifdef __SSE2__
    for (; end - i >= 16; i += 16) {
        unsigned hit = imw_dec_quoted_stop_bits(s, i);
        if (hit)
            return i + (size_t)__builtin_ctz(hit);
    }
    if (i < end && end >= 16) {
        unsigned hit = imw_dec_quoted_stop_bits(s, end - 16) >> (i - (end - 16));
        return hit ? i + (size_t)__builtin_ctz(hit) : end;
    }
#endif
    while (i < end && !imw_dec_quoted_stops[s[i]])
        i++;
    return i;
}

/* NIL in any case at s + i (three octets that the caller knows are
 * there). */
static inline int imw_dec_nil_at(const uint8_t *s, size_t i)
{
    return (s[i] & 0xDF) == 'N' && (s[i + 1] & 0xDF) == 'I' &&
           (s[i + 2] & 0xDF) == 'L';
}

/* The quoted string at `start` whose text's first '"' or '\\' is the
 * backslash at `backslash` (< end), unescaped into the arena: the value,
 * errors and offsets of imw_dec_nstring_other(), without its second scan
 * of the text and its copy an octet at a time.  Returns the position
 * after the closing quote or IMW_DEC_FAILED. */
size_t imw_dec_quoted_escaped(struct imw_decoder *d, size_t start,
                              size_t backslash, size_t end, const char *rule,
                              imw_bytes *out);

/* imw_dec_nstring_other() for imw_dec_nstring_next(): returns the
 * position after the value or IMW_DEC_FAILED. */
size_t imw_dec_nstring_next_other(struct imw_decoder *d, size_t i, size_t end,
                                  int nil_ok, const char *rule,
                                  imw_bytes *out);

/* imw_dec_nstring_at() for a cursor held by value: the value at `i`
 * inside a span ending at `end` of the message `s` (imw_dec_bytes(d),
 * which the caller keeps in a register: a store to *out may alias
 * d->run to the compiler) into *out; returns the position after it, or
 * IMW_DEC_FAILED with the same error as imw_dec_nstring_at(). */
static IMW_ALWAYS_INLINE size_t imw_dec_nstring_next(struct imw_decoder *d,
                                                     const uint8_t *s,
                                                     size_t i, size_t end,
                                                     int nil_ok,
                                                     const char *rule,
                                                     imw_bytes *out)
{
    if (i < end && s[i] == '"') {
        size_t stop = imw_dec_quoted_stop_back(s, i + 1, end);
        if (stop < end && s[stop] == '"') {
            *out = (imw_bytes){ s + i + 1, stop - i - 1 };
            return stop + 1;
        }
        if (stop < end)
            return imw_dec_quoted_escaped(d, i, stop, end, rule, out);
    } else if (nil_ok && end - i >= 3 && imw_dec_nil_at(s, i)) {
        *out = (imw_bytes){ NULL, 0 };
        return i + 3;
    }
    return imw_dec_nstring_next_other(d, i, end, nil_ok, rule, out);
}

/* astring is name-only (grammar/bindings): the decoders read each one
 * from the bytes the machine accepted. */

#ifdef __SSE2__
/* The SP and ")" of the sixteen octets at s + at, as a bit mask. */
static inline unsigned imw_dec_atom_stop_bits(const uint8_t *s, size_t at)
{
    return imw_dec_octet_bits(s, at, ' ', ')', ' ', ')', ' ');
}
#endif

/* The end of an astring's atom at `at`: its first SP or ")", or `limit`.
 * Neither is an ASTRING-CHAR, and an astring the machine accepted is
 * followed by one of them or by the end of its caller's span, in every
 * rule the decoders read one from (mailbox, header-list, BADCHARSET's
 * list, SEARCH HEADER).  Sixteen octets per compare with SSE2, the last
 * round read back from `limit` (imw_dec_next_space()). */
static inline size_t imw_dec_atom_end(const uint8_t *s, size_t at,
                                      size_t limit)
{
#ifdef __SSE2__
    for (; limit - at >= 16; at += 16) {
        unsigned mask = imw_dec_atom_stop_bits(s, at);
        if (mask)
            return at + (size_t)__builtin_ctz(mask);
    }
    if (at < limit && limit >= 16) {
        unsigned mask =
            imw_dec_atom_stop_bits(s, limit - 16) >> (at - (limit - 16));
        return mask ? at + (size_t)__builtin_ctz(mask) : limit;
    }
#endif
    while (at < limit && s[at] != ' ' && s[at] != ')')
        at++;
    return at;
}

/* The astring at *at (a quoted string, a literal or an atom) inside a
 * span that ends at `limit`; *at moves past it, *out is its value (a
 * quoted string unescaped only when it holds a backslash).  Anything
 * else fails with IMW_ERR_DECODE at *at naming `rule`. */
static inline int imw_dec_astring_at(struct imw_decoder *d, size_t *at,
                                     size_t limit, const char *rule,
                                     imw_bytes *out)
{
    const uint8_t *s = imw_dec_bytes(d);
    size_t i = *at;
    if (i >= limit)
        return imw_dec_fail(d, IMW_ERR_DECODE, i, rule, "string expected");
    if (s[i] == '"' || s[i] == '{')
        return imw_dec_nstring_at(d, at, limit, 0, rule, out);
    size_t end = imw_dec_atom_end(s, i, limit);
    if (end == i)
        return imw_dec_fail(d, IMW_ERR_DECODE, i, rule, "string expected");
    *out = imw_dec_slice(d, i, end);
    *at = end;
    return 0;
}

/* Where the astring at `at` ends, without reading its value (quoted
 * strings' escapes are stepped over, not copied); fails as above. */
int imw_dec_astring_end(struct imw_decoder *d, size_t at, size_t limit,
                        const char *rule, size_t *end);
/* "(" astring *(SP astring) ")" with its "(" at `open`, ending before
 * `limit`: each string's value in order. */
int imw_dec_astring_list(struct imw_decoder *d, size_t open, size_t limit,
                         const char *rule, struct imw_string_list *out);

/* The flags of the flag list in the span of `parent` (its first "("),
 * read from the bytes; `rule` IMW_RULE_FLAG_PERM takes "\*" as a flag. */
int imw_dec_flags(struct imw_decoder *d, imw_node parent, uint16_t rule,
                  struct imw_flag_list *out);
/* imw_dec_flags() for the list whose "(" is at `open`, up to `end`. */
int imw_dec_flags_at(struct imw_decoder *d, size_t open, size_t end,
                     uint16_t rule, struct imw_flag_list *out);
/* The capabilities in [from, end): each SP-led word (from is the SP after
 * CAPABILITY or ENABLED, or end); `at` is where a strict-mode error points. */
int imw_dec_capabilities(struct imw_decoder *d, size_t from, size_t end,
                         size_t at, struct imw_capability_list *out);
int imw_dec_strings(struct imw_decoder *d, imw_node parent, uint16_t rule,
                    struct imw_string_list *out);
/* sequence-set at [start, end), kept as ranges. */
int imw_dec_seq_set(struct imw_decoder *d, size_t start, size_t end,
                    struct imw_seq_set *out);

/* ---- families (src/decode_*.c) ---------------------------------------- */

/* A generic node (decode_generic.c): the name [name_start, name_end), and
 * what follows up to `end` (after one SP) read as IMAP values when it reads
 * as such; raw either way.  Fails only for lack of memory. */
int imw_dec_generic(struct imw_decoder *d, size_t name_start, size_t name_end,
                    size_t end, struct imw_generic *out);

/* resp-text at [start, end): code and text (decode_status.c). */
int imw_dec_resp_text(struct imw_decoder *d, size_t start, size_t end,
                      struct imw_resp_text *out);
/* A status word at `at` followed by optional SP resp-text; out->name is
 * that word, which the dispatch has classified as `kw` (OK, NO, BAD, BYE
 * or PREAUTH): it is not read twice. */
int imw_dec_status(struct imw_decoder *d, size_t at, enum imw_keyword kw,
                   struct imw_response *out);
int imw_dec_continue(struct imw_decoder *d, struct imw_response *out);

#endif /* IMW_DECODE_H */
