/* Helpers every decoder is built from: the event tree, bytes, numbers,
 * strings and lists (src/decode.h). */
#include <string.h>
#include "decode.h"
#include "swar.h"
#include "hints.h"
#include "keywords.h"

/* ---- the tree ------------------------------------------------------- */

static int matches(const struct imw_event *e, uint16_t rule, size_t at)
{
    return e->rule == rule && (at == IMW_ANY_START || e->start == at);
}

imw_node imw_dec_find(const struct imw_decoder *d, imw_node parent,
                      uint16_t rule, size_t at)
{
    /* the top level's span is the whole message */
    struct imw_event whole = { 0, 0, (uint32_t)d->run->len, 0, 0 };
    const struct imw_event *p =
        parent == IMW_NO_EVENT ? &whole : imw_dec_ev(d, parent);
    IMW_FOR_CHILDREN(d, parent, c) {
        const struct imw_event *e = imw_dec_ev(d, c);
        if (matches(e, rule, at))
            return c;
        /* nodes of the child's own span below it: "NIL" read as a
         * disposition and as a parameter list */
        for (imw_node g = imw_dec_first(d, c);
             g != IMW_NO_EVENT && imw_dec_same_span(imw_dec_ev(d, g), e);
             g = imw_dec_first(d, g))
            if (matches(imw_dec_ev(d, g), rule, at))
                return g;
        if (imw_dec_same_span(e, p) || (parent == IMW_NO_EVENT && e->start == 0)) {
            imw_node found = imw_dec_find(d, c, rule, at);
            if (found != IMW_NO_EVENT)
                return found;
        }
    }
    return IMW_NO_EVENT;
}

imw_node imw_dec_find_deep(const struct imw_decoder *d, imw_node parent,
                           uint16_t rule)
{
    IMW_FOR_CHILDREN(d, parent, c) {
        if (imw_dec_is(d, c, rule))
            return c;
        imw_node found = imw_dec_find_deep(d, c, rule);
        if (found != IMW_NO_EVENT)
            return found;
    }
    return IMW_NO_EVENT;
}

size_t imw_dec_count(const struct imw_decoder *d, imw_node parent,
                     uint16_t rule)
{
    size_t n = 0;
    IMW_FOR_CHILDREN(d, parent, c)
        n += imw_dec_is(d, c, rule);
    return n;
}

/* ---- bytes ------------------------------------------------------------ */

int imw_dec_word_is(imw_bytes b, const char *word)
{
    size_t n = strlen(word);
    if (b.len != n)
        return 0;
    for (size_t i = 0; i < n; i++) {
        uint8_t c = b.ptr[i];
        if (c >= 'a' && c <= 'z')
            c = (uint8_t)(c - 'a' + 'A');
        if (c != (uint8_t)word[i])
            return 0;
    }
    return 1;
}

/* The octets that end a word: one table load per octet instead of five
 * comparisons. */
const uint8_t imw_dec_word_stops[256] = {
    [' '] = IMW_WORD_END, ['['] = IMW_WORD_END, [']'] = IMW_WORD_END,
    ['('] = IMW_WORD_END, [')'] = IMW_WORD_END,
    ['\r'] = IMW_LINE_OCTET, ['\n'] = IMW_LINE_OCTET,
};

size_t imw_dec_word_end(const struct imw_decoder *d, size_t at, size_t limit)
{
    const uint8_t *s = imw_dec_bytes(d);
    while (at < limit && !(imw_dec_word_stops[s[at]] & IMW_WORD_END))
        at++;
    return at;
}

/* ---- failure and memory ------------------------------------------------ */

int imw_dec_fail(struct imw_decoder *d, int code, size_t at, const char *rule,
                 const char *reason)
{
    d->error = code;
    d->error_at = at;
    d->rule = rule;
    d->reason = reason;
    return code;
}

IMW_COLD void *imw_dec_nomem(struct imw_decoder *d)
{
    imw_dec_fail(d, IMW_ERR_NOMEM, 0, "", "out of memory");
    return NULL;
}

/* ---- numbers ------------------------------------------------------------ */

static const char *range_reason(uint64_t max)
{
    if (max == UINT32_MAX)
        return "number does not fit in 32 bits";
    if (max == INT64_MAX)
        return "number does not fit in 63 bits";
    return "number out of range";
}

int imw_dec_number(struct imw_decoder *d, size_t start, size_t end,
                   uint64_t max, const char *rule, uint64_t *out)
{
    const uint8_t *s = imw_dec_bytes(d);
    /* v * 10 + digit <= max, with the division out of the loop: SEARCH
     * and sequence numbers are most of some streams' octets */
    const uint64_t cap = max / 10, last_digit = max % 10;
    uint64_t v = 0;
    for (size_t i = start; i < end; i++) {
        uint64_t digit = (uint64_t)(s[i] - '0');
        if (v >= cap && (v > cap || digit > last_digit))
            return imw_dec_fail(d, IMW_ERR_NUMBER_RANGE, start, rule,
                                range_reason(max));
        v = v * 10 + digit;
    }
    *out = v;
    return 0;
}

/* Ten digits at s, the width of 2^32 - 1 and of most UIDVALIDITY values,
 * into *v: the first eight in one word (src/swar.h), the last two
 * alone; 0 when any of them is no digit (imw_dec_number() then reads
 * them, as it always did). */
static int ten_digits(const uint8_t *s, uint64_t *v)
{
#ifdef IMW_SWAR_DIGITS
    uint64_t head = imw_swar_load8(s);
    unsigned d8 = (unsigned)s[8] - '0', d9 = (unsigned)s[9] - '0';
    if (imw_swar_digit_count(head) < 8 || d8 > 9 || d9 > 9)
        return 0;
    *v = (uint64_t)imw_swar_digits_value(head, 8) * 100 + d8 * 10 + d9;
    return 1;
#else
    (void)s;
    (void)v;
    return 0;
#endif
}

int imw_dec_u32(struct imw_decoder *d, size_t start, size_t end,
                const char *rule, uint32_t *out)
{
    const uint8_t *s = imw_dec_bytes(d);
    /* Nine digits or fewer cannot pass 2^32 - 1: no range test per digit
     * for the numbers that fill SEARCH, SORT and sequence data (a word
     * read of them measured no faster: most have four to six). */
    if (end - start <= 9) {
        uint32_t small = 0;
        for (size_t i = start; i < end; i++)
            small = small * 10 + (uint32_t)(s[i] - '0');
        *out = small;
        return 0;
    }
    /* Ten (most UIDVALIDITY values) cannot pass 2^64: one range test for
     * the whole value, with imw_dec_number()'s error and *out. */
    uint64_t v = 0;
    if (end - start == 10 && ten_digits(s + start, &v)) {
        if (v > UINT32_MAX) {
            *out = 0;
            return imw_dec_fail(d, IMW_ERR_NUMBER_RANGE, start, rule,
                                range_reason(UINT32_MAX));
        }
        *out = (uint32_t)v;
        return 0;
    }
    int rc = imw_dec_number(d, start, end, UINT32_MAX, rule, &v);
    *out = (uint32_t)v;
    return rc;
}

int imw_dec_modseq(struct imw_decoder *d, size_t start, size_t end,
                   uint64_t *out)
{
    if (imw_dec_number(d, start, end, INT64_MAX, "mod-sequence-value", out) < 0) {
        if (d->error == IMW_ERR_NUMBER_RANGE)
            d->reason = "mod-sequence does not fit in 63 bits";
        return d->error;
    }
    if (*out == 0)
        return imw_dec_fail(d, IMW_ERR_NUMBER_RANGE, start,
                            "mod-sequence-value",
                            "mod-sequence must be at least 1");
    return 0;
}

/* ---- strings ----------------------------------------------------------- */

/* NIL in any case; tested for every nstring, so without strlen() and a
 * loop (clearing bit 5 folds only a-z onto A-Z among these letters). */
static int is_nil(const uint8_t *s, size_t n)
{
    return n == 3 && (s[0] & 0xDF) == 'N' && (s[1] & 0xDF) == 'I' &&
           (s[2] & 0xDF) == 'L';
}

/* The text [from, quote) of a quoted string that holds escapes, copied
 * without them into `copy`, a run between backslashes at a time (the
 * grammar allows only \" and \\: the octet after a backslash is taken as
 * it is); returns the copy's length. */
static size_t copy_unescaped(const uint8_t *s, size_t from, size_t quote,
                             uint8_t *copy)
{
    size_t len = 0;
    while (from < quote) {
        size_t stop = imw_dec_quoted_stop_back(s, from, quote);
        memcpy(copy + len, s + from, stop - from);
        len += stop - from;
        if (stop == quote)
            break;
        from = stop + (s[stop] == '\\');
        copy[len++] = s[from++];
    }
    return len;
}

/* The contents of a quoted string that holds escapes, copied without
 * them; out of line, so that the common string costs no register saves. */
static IMW_NOINLINE int unescape_copy(struct imw_decoder *d, size_t start,
                                      const uint8_t *in, size_t n,
                                      imw_bytes *out)
{
    uint8_t *copy = imw_arena_take(d->arena, n); /* read only up to len */
    if (!copy)
        return imw_dec_fail(d, IMW_ERR_NOMEM, start, "quoted", "out of memory");
    *out = (imw_bytes){ copy, copy_unescaped(in, 0, n, copy) };
    return 0;
}

static int unescape_quoted(struct imw_decoder *d, size_t start, size_t end,
                           imw_bytes *out)
{
    if (end < start + 2) /* a span that is no quoted string: a decoder bug */
        return imw_dec_fail(d, IMW_ERR_DECODE, start, "quoted",
                            "quoted string span too short");
    const uint8_t *in = imw_dec_bytes(d) + start + 1;
    size_t n = end - start - 2;
    if (memchr(in, '\\', n))
        return unescape_copy(d, start, in, n, out);
    *out = (imw_bytes){ in, n };
    return 0;
}

const struct imw_literal_span *imw_dec_literal(struct imw_decoder *d,
                                               size_t start, int *failed)
{
    const uint8_t *s = imw_dec_bytes(d);
    *failed = 0;
    if (s[start] != '{' && !(s[start] == '~' && s[start + 1] == '{'))
        return NULL;
    const struct imw_literal_span *lit = imw_run_literal_at(d->run, start);
    if (!lit) {
        *failed = 1;
        imw_dec_fail(d, IMW_ERR_INTERNAL, start, "literal",
                     "literal not found by the framer");
    }
    return lit;
}

/* Literal data (the framer found every literal of the message). */
static IMW_NOINLINE int literal_string(struct imw_decoder *d, size_t start,
                                       imw_bytes *out)
{
    int failed;
    const struct imw_literal_span *lit = imw_dec_literal(d, start, &failed);
    if (failed)
        return d->error;
    *out = imw_dec_slice(d, lit->start, lit->start + lit->len);
    return 0;
}

int imw_dec_string(struct imw_decoder *d, size_t start, size_t end,
                   int nil_ok, imw_bytes *out)
{
    const uint8_t *s = imw_dec_bytes(d);
    /* the first octet tells the forms apart (imw_dec_literal's test) */
    if (s[start] == '{' || (s[start] == '~' && s[start + 1] == '{'))
        return literal_string(d, start, out);
    if (s[start] == '"')
        return unescape_quoted(d, start, end, out);
    if (nil_ok && is_nil(s + start, end - start)) {
        *out = (imw_bytes){ NULL, 0 };
        return 0;
    }
    *out = imw_dec_slice(d, start, end);
    return 0;
}

const uint8_t imw_dec_quoted_stops[256] = { ['"'] = 1, ['\\'] = 1 };

/* The closing quote of the quoted string whose text (or its first
 * backslash) is at `i`, or `end`; *escaped: the text holds a backslash.
 * One scan from stop to stop (quote or backslash), each escape stepped
 * over with the octet it escapes (which may be a quote). */
static size_t quoted_end(const uint8_t *s, size_t i, size_t end, int *escaped)
{
    *escaped = 0;
    for (;;) {
        i = imw_dec_quoted_stop(s, i, end);
        if (i == end || s[i] == '"')
            return i;
        *escaped = 1;
        if (end - i <= 2)
            return end; /* the escape ends the span: no closing quote */
        i += 2;
    }
}

int imw_dec_nstring_other(struct imw_decoder *d, size_t *at, size_t end,
                          int nil_ok, const char *rule, imw_bytes *out)
{
    const uint8_t *s = imw_dec_bytes(d);
    size_t start = *at;
    if (start < end && s[start] == '"') {
        int escaped;
        size_t quote = quoted_end(s, start + 1, end, &escaped);
        if (quote >= end)
            return imw_dec_fail(d, IMW_ERR_DECODE, start, rule,
                                "unterminated quoted string");
        *at = quote + 1;
        if (escaped)
            return unescape_copy(d, start, s + start + 1, quote - start - 1,
                                 out);
        *out = imw_dec_slice(d, start + 1, quote);
        return 0;
    }
    if (start < end && s[start] == '{') {
        int failed;
        const struct imw_literal_span *lit = imw_dec_literal(d, start, &failed);
        if (failed)
            return d->error;
        if (!lit || lit->start + lit->len > end)
            return imw_dec_fail(d, IMW_ERR_DECODE, start, rule,
                                "literal beyond the span");
        *at = lit->start + lit->len;
        *out = imw_dec_slice(d, lit->start, *at);
        return 0;
    }
    if (end - start < 3 || !is_nil(s + start, 3))
        return imw_dec_fail(d, IMW_ERR_DECODE, start, rule, "string expected");
    *at = start + 3;
    *out = nil_ok ? (imw_bytes){ NULL, 0 } : imw_dec_slice(d, start, *at);
    return 0;
}

size_t imw_dec_quoted_escaped(struct imw_decoder *d, size_t start,
                              size_t backslash, size_t end, const char *rule,
                              imw_bytes *out)
{
    const uint8_t *s = imw_dec_bytes(d);
    int escaped;
    size_t quote = quoted_end(s, backslash, end, &escaped);
    if (quote == end) {
        imw_dec_fail(d, IMW_ERR_DECODE, start, rule,
                     "unterminated quoted string");
        return IMW_DEC_FAILED;
    }
    size_t n = quote - start - 1;
    uint8_t *copy = imw_arena_take(d->arena, n); /* as unescape_copy() */
    if (!copy) {
        imw_dec_fail(d, IMW_ERR_NOMEM, start, "quoted", "out of memory");
        return IMW_DEC_FAILED;
    }
    *out = (imw_bytes){ copy, copy_unescaped(s, start + 1, quote, copy) };
    return quote + 1;
}

size_t imw_dec_nstring_next_other(struct imw_decoder *d, size_t i, size_t end,
                                  int nil_ok, const char *rule,
                                  imw_bytes *out)
{
    size_t at = i;
    if (imw_dec_nstring_other(d, &at, end, nil_ok, rule, out) < 0)
        return IMW_DEC_FAILED;
    return at;
}

int imw_dec_astring_end(struct imw_decoder *d, size_t at, size_t limit,
                        const char *rule, size_t *end)
{
    const uint8_t *s = imw_dec_bytes(d);
    if (at < limit && s[at] == '"') {
        int escaped;
        size_t quote = quoted_end(s, at + 1, limit, &escaped);
        if (quote >= limit)
            return imw_dec_fail(d, IMW_ERR_DECODE, at, rule,
                                "unterminated quoted string");
        *end = quote + 1;
        return 0;
    }
    imw_bytes value;
    *end = at;
    return imw_dec_astring_at(d, end, limit, rule, &value);
}

/* Walks the list at `open`: counts its strings into *n, and with `items`
 * stores each one's value too. */
static int astring_items(struct imw_decoder *d, size_t open, size_t limit,
                         const char *rule, imw_bytes *items, size_t *n)
{
    const uint8_t *s = imw_dec_bytes(d);
    size_t at = open + 1;
    *n = 0;
    if (open >= limit || s[open] != '(')
        return imw_dec_fail(d, IMW_ERR_DECODE, open, rule, "\"(\" expected");
    for (;;) {
        int rc = items ? imw_dec_astring_at(d, &at, limit, rule, &items[*n])
                       : imw_dec_astring_end(d, at, limit, rule, &at);
        if (rc < 0)
            return rc;
        ++*n;
        if (at < limit && s[at] == ')')
            return 0;
        if (at >= limit || s[at] != ' ')
            return imw_dec_fail(d, IMW_ERR_DECODE, at, rule,
                                "SP or \")\" expected");
        at++;
    }
}

int imw_dec_astring_list(struct imw_decoder *d, size_t open, size_t limit,
                         const char *rule, struct imw_string_list *out)
{
    size_t n;
    if (astring_items(d, open, limit, rule, NULL, &n) < 0)
        return d->error;
    imw_bytes *items = imw_dec_alloc(d, n, sizeof *items);
    if (!items)
        return d->error;
    out->items = items;
    out->count = n;
    return astring_items(d, open, limit, rule, items, &n);
}

int imw_dec_string_child(struct imw_decoder *d, imw_node parent, uint16_t rule,
                         imw_bytes *out, imw_node *node)
{
    imw_node c = imw_dec_find(d, parent, rule, IMW_ANY_START);
    if (node)
        *node = c;
    if (c == IMW_NO_EVENT)
        return imw_dec_fail(d, IMW_ERR_DECODE,
                            parent == IMW_NO_EVENT ? 0 : imw_dec_ev(d, parent)->start,
                            imw_rule_names[rule], "expected field not found");
    return imw_dec_string_node(d, c, 0, out);
}

/* ---- lists ------------------------------------------------------------ */

/* What ends a word in a flag list, and "]", which makes it flag-bracket. */
enum { FLAG_IN_WORD, FLAG_WORD_END, FLAG_BRACKET };
/* LF ends a word too: every frame ends in one, so the scan of a word
 * needs no bound of its own (a list ends at ")" before it). */
static const uint8_t flag_octets[256] = {
    [' '] = FLAG_WORD_END, [')'] = FLAG_WORD_END, ['\n'] = FLAG_WORD_END,
    [']'] = FLAG_BRACKET,
};

#ifdef __SSE2__
/* The first SP, ")", LF or "]" of the sixteen octets at s + from, from
 * `skip` of them on, as a bit mask. */
static IMW_ALWAYS_INLINE unsigned flag_stop_bits(const uint8_t *s,
                                                 size_t from, size_t skip)
{
    return imw_dec_octet_bits(s, from, ' ', ')', '\n', ']', ' ') >> skip;
}
#endif

/* The end of a word holding "]" from `at` on: the first SP, ")" or LF. */
static size_t bracket_word_end(const uint8_t *s, size_t at)
{
    while (flag_octets[s[at]] != FLAG_WORD_END)
        at++;
    return at;
}

/* The end of the word at `at` of a message of `len` octets: the first
 * SP, ")" or LF; *bracket says whether a "]" came before it.  With SSE2
 * the first sixteen octets are looked at in one compare (read back from
 * the message's end near it, whose LF is a stop: most FLAGS lists end
 * within sixteen octets of the LF) and the octet found is the stop unless
 * it is "]"; a longer word, and a "]", go on octet by octet. */
static IMW_ALWAYS_INLINE size_t flag_word_end(const uint8_t *s, size_t at,
                                              size_t len, int *bracket)
{
    int c;
#ifdef __SSE2__
    if (len >= 16) {
        size_t from = len - at >= 16 ? at : len - 16;
        unsigned mask = flag_stop_bits(s, from, at - from);
        /* none only for sixteen octets at `at`: a window read back from
         * the end holds the final LF */
        if (IMW_LIKELY(mask)) {
            at += (size_t)__builtin_ctz(mask);
            *bracket = s[at] == ']';
            return IMW_UNLIKELY(*bracket) ? bracket_word_end(s, at) : at;
        }
        at += 16;
    }
#else
    (void)len;
#endif
    while ((c = flag_octets[s[at]]) == FLAG_IN_WORD)
        at++;
    *bracket = c == FLAG_BRACKET;
    return IMW_UNLIKELY(*bracket) ? bracket_word_end(s, at) : at;
}

/* The kind of the flag [start, at) of s: in one word load when the eight
 * octets before `at` lie in the message (the list's "(" and what comes
 * before it make that so but for a message's first octets). */
static IMW_ALWAYS_INLINE enum imw_flag_kind flag_kind(const uint8_t *s,
                                                      size_t start, size_t at)
{
#ifdef IMW_FLAG_WORD_LOAD
    if (IMW_LIKELY(at >= 8))
        return imw_classify_flag_ending(s + start, at - start);
#endif
    return imw_classify_flag(s + start, at - start);
}

#ifdef __SSE2__
/* The SP, ")", '"', "]" and LF octets of the sixteen at s + from, as
 * bits: every octet that ends a flag or makes it no plain flag. */
static IMW_ALWAYS_INLINE uint32_t list_stop_bits(const uint8_t *s, size_t from)
{
    return imw_dec_octet_bits(s, from, ' ', ')', '"', ']', '\n');
}

/* list_stop_bits() of the octets from `at` of a message of `len` (16 or
 * more) octets, bit 0 for `at`, up to the list's `end` at least where it
 * is no more than 32 octets away: one compare for a list of sixteen
 * octets or fewer (most FLAGS lists), read back from the message's end
 * when that is nearer; else two, the second read back from the end when
 * it is nearer (their overlap gives the same bits twice). */
static IMW_ALWAYS_INLINE uint32_t list_stops(const uint8_t *s, size_t at,
                                             size_t end, size_t len)
{
    size_t back = len - 16;
    if (end - at <= 16)
        return at <= back ? list_stop_bits(s, at)
                          : list_stop_bits(s, back) >> (at - back);
    if (len - at >= 32)
        return list_stop_bits(s, at) | list_stop_bits(s, at + 16) << 16;
    return list_stop_bits(s, at) | list_stop_bits(s, back) << (back - at);
}
#endif

/* The plain flags at the start of a list, from `*at` (after the "("): a
 * word ends at its first stop (list_stop_bits()), which for a flag is SP
 * or ")", where flag_word_end() would end it too; the first word that is
 * anything else (a quoted string, "]" inside, two SP, a word past the 32
 * octets looked at) is left to read_flags()'s loop, *at at its start.
 * Returns 1 when the list's ")" was reached.  One or two compares for a
 * whole list instead of one per flag. */
static IMW_ALWAYS_INLINE int plain_flags(const uint8_t *s, size_t len,
                                         size_t *at_io, size_t end,
                                         int star_ok, struct imw_flag *items,
                                         size_t *n_io)
{
#ifdef __SSE2__
    if (len < 16)
        return 0;
    size_t at = *at_io, n = *n_io;
    int closed = 0;
    for (uint32_t stops = list_stops(s, at, end, len); stops;) {
        unsigned w = (unsigned)__builtin_ctz(stops);
        size_t stop = at + w;
        uint8_t c = s[stop];
        if (stop >= end || (c != ' ' && c != ')'))
            break;
        if (w == 0) { /* ")" after a SP; a second SP goes to the loop */
            closed = c == ')';
            break;
        }
        enum imw_flag_kind kind = flag_kind(s, at, stop);
        if (kind != IMW_FLAG_WILDCARD || star_ok) {
            items[n].kind = kind;
            items[n].name = (imw_bytes){ s + at, w };
            n++;
        }
        at = stop + 1;
        if (c == ')') {
            closed = 1;
            break;
        }
        stops = stops >> w >> 1;
    }
    *at_io = at;
    *n_io = n;
    return closed;
#else
    (void)s, (void)len, (void)at_io, (void)end, (void)star_ok, (void)items,
        (void)n_io;
    return 0;
#endif
}

/* The flags of the list whose "(" is at `at`, up to `end`, read from the
 * bytes the machine accepted: `flag` and `flag-perm` are name-only rules,
 * and the items below were never their events.  An item the grammar read
 * as a leniency is not a flag: a quoted string (flag-quoted), a word
 * holding "]" (flag-bracket), and "\*" unless `star_ok` (PERMANENTFLAGS:
 * flag-perm; elsewhere flag-star); runs of SP (double-space,
 * space-before-paren) separate nothing.  `items` has room for every
 * word: one per two octets of the list.  The message's bytes and length
 * are held in locals: the stores to `items` could alias d->run.  The
 * plain flags first, together (plain_flags()), then the loop, one word
 * after another, for what they leave. */
static IMW_ALWAYS_INLINE size_t read_flags(const struct imw_decoder *d,
                                           size_t at, size_t end,
                                           int star_ok,
                                           struct imw_flag *items)
{
    const uint8_t *s = imw_dec_bytes(d);
    const size_t len = d->run->len;
    size_t n = 0;
    at++;
    if (plain_flags(s, len, &at, end, star_ok, items, &n))
        return n;
    while (at < end && s[at] != ')') {
        if (s[at] == ' ') {
            at++;
            continue;
        }
        if (s[at] == '"') {
            int escaped;
            at = quoted_end(s, at + 1, end, &escaped) + 1;
            continue;
        }
        size_t start = at;
        int bracket;
        at = flag_word_end(s, at, len, &bracket);
        if (IMW_UNLIKELY(at > end))
            at = end;
        if (bracket)
            continue;
        enum imw_flag_kind kind = flag_kind(s, start, at);
        if (kind == IMW_FLAG_WILDCARD && !star_ok)
            continue;
        items[n].kind = kind;
        items[n].name = (imw_bytes){ s + start, at - start };
        n++;
    }
    return n;
}

/* The flag list whose "(" is at `open`, up to `end`, into *out. */
static IMW_ALWAYS_INLINE int flags_from(struct imw_decoder *d, size_t open,
                                        size_t end, uint16_t rule,
                                        struct imw_flag_list *out)
{
    if (imw_dec_bytes(d)[open + 1] == ')')
        return 0; /* () */
    /* every item is written: no zeroing */
    struct imw_flag *items = imw_dec_take(d, (end - open) / 2, sizeof *items);
    if (!items)
        return d->error;
    out->items = items;
    out->count = read_flags(d, open, end, rule == IMW_RULE_FLAG_PERM, items);
    return 0;
}

int imw_dec_flags(struct imw_decoder *d, imw_node parent, uint16_t rule,
                  struct imw_flag_list *out)
{
    out->items = NULL;
    out->count = 0;
    if (parent == IMW_NO_EVENT)
        return 0;
    const struct imw_event *e = imw_dec_ev(d, parent);
    const uint8_t *s = imw_dec_bytes(d);
    /* the list is most often the event itself (flag-list) */
    const uint8_t *open = s[e->start] == '(' ? s + e->start
                          : memchr(s + e->start, '(', e->end - e->start);
    if (!open)
        return 0; /* FLAGS NIL (nil-list) */
    return flags_from(d, (size_t)(open - s), e->end, rule, out);
}

int imw_dec_flags_at(struct imw_decoder *d, size_t open, size_t end,
                     uint16_t rule, struct imw_flag_list *out)
{
    out->items = NULL;
    out->count = 0;
    return flags_from(d, open, end, rule, out);
}

#ifdef __SSE2__
/* The sum of the sixteen octet counts in acc. */
static IMW_ALWAYS_INLINE size_t lane_sum(__m128i acc)
{
    __m128i sums = _mm_sad_epu8(acc, _mm_setzero_si128());
    return (size_t)_mm_cvtsi128_si32(sums) +
           (size_t)_mm_cvtsi128_si32(_mm_unpackhi_epi64(sums, sums));
}
#endif

/* The number of SP in [at, end), sixteen octets a compare as
 * imw_dec_next_space() looks: each lane counts its SPs (subtracting the
 * compare's -1), summed every 255 rounds, before a lane could wrap, and
 * at the end; the last round is read back from `end`, the lanes before
 * `at` masked off. */
size_t imw_dec_count_spaces(const uint8_t *s, size_t at, size_t end)
{
    size_t n = 0;
#ifdef __SSE2__
    static const uint8_t lanes_from[32] = {
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
        0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
    };
    const __m128i sp = _mm_set1_epi8(' ');
    __m128i acc = _mm_setzero_si128();
    unsigned rounds = 0;
    for (; end - at >= 16; at += 16) {
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(s + at));
        acc = _mm_sub_epi8(acc, _mm_cmpeq_epi8(x, sp));
        if (++rounds == 255) {
            n += lane_sum(acc);
            acc = _mm_setzero_si128();
            rounds = 0;
        }
    }
    if (at < end && end >= 16) {
        size_t counted = at - (end - 16); /* lanes below it: counted */
        __m128i x =
            _mm_loadu_si128((const __m128i *)(const void *)(s + end - 16));
        __m128i keep = _mm_loadu_si128(
            (const __m128i *)(const void *)(lanes_from + 16 - counted));
        acc = _mm_sub_epi8(acc, _mm_and_si128(_mm_cmpeq_epi8(x, sp), keep));
        at = end;
    }
    n += lane_sum(acc);
#endif
    for (; at < end; at++)
        n += s[at] == ' ';
    return n;
}

/* The capabilities in [at, end), each SP-led, read from the bytes the
 * machine accepted (`capability` is a name-only rule: an atom or
 * AUTH=atom, never holding SP; an atom may hold '[', so only SP ends one). */
static void read_capabilities(struct imw_decoder *d, size_t at, size_t end,
                              struct imw_capability *items, int *has_rev1)
{
    const uint8_t *s = imw_dec_bytes(d);
    size_t n = 0;
    while (at < end) {
        size_t start = at + 1;
        size_t stop = imw_dec_next_space(s, start, end);
        size_t mech;
        items[n].name = imw_dec_slice(d, start, stop);
        items[n].kind = imw_classify_capability(s + start, stop - start,
                                                &mech);
        items[n].mechanism = imw_dec_slice(d, start + mech, stop);
        *has_rev1 |= items[n].kind == IMW_CAP_IMAP4REV1;
        n++;
        at = stop;
    }
}

int imw_dec_capabilities(struct imw_decoder *d, size_t from, size_t end,
                         size_t at, struct imw_capability_list *out)
{
    int has_rev1 = 0;
    /* a word after `from` (its SP), then one after each SP */
    size_t n = from < end ? 1 + imw_dec_count_spaces(imw_dec_bytes(d), from + 1, end)
                          : 0;
    /* every item is written: no zeroing */
    struct imw_capability *items = imw_dec_take(d, n, sizeof *items);
    if (n && !items)
        return d->error;
    read_capabilities(d, from, end, items, &has_rev1);
    if (d->strict && !has_rev1)
        return imw_dec_fail(d, IMW_ERR_SYNTAX, at, "capability-data",
                            "capability list without IMAP4rev1 (strict mode)");
    out->items = items;
    out->count = n;
    return 0;
}

int imw_dec_strings(struct imw_decoder *d, imw_node parent, uint16_t rule,
                    struct imw_string_list *out)
{
    size_t n = imw_dec_count(d, parent, rule), i = 0;
    imw_bytes *items = imw_dec_alloc(d, n, sizeof *items);
    if (n && !items)
        return d->error;
    IMW_FOR_CHILDREN(d, parent, c) {
        if (!imw_dec_is(d, c, rule))
            continue;
        if (imw_dec_string_node(d, c, 0, &items[i++]) < 0)
            return d->error;
    }
    out->items = items;
    out->count = n;
    return 0;
}

/* seq-number: nz-number or "*" (IMW_SEQ_STAR). */
static int read_seq_number(struct imw_decoder *d, size_t start, size_t end,
                           uint32_t *out)
{
    if (imw_dec_bytes(d)[start] == '*') {
        *out = IMW_SEQ_STAR;
        return 0;
    }
    return imw_dec_u32(d, start, end, "seq-number", out);
}

int imw_dec_seq_set(struct imw_decoder *d, size_t start, size_t end,
                    struct imw_seq_set *out)
{
    const uint8_t *s = imw_dec_bytes(d);
    size_t n = 1;
    for (size_t i = start; i < end; i++)
        n += s[i] == ',';
    struct imw_seq_range *ranges = imw_dec_alloc(d, n, sizeof *ranges);
    if (!ranges)
        return d->error;
    size_t at = start;
    for (size_t k = 0; k < n; k++) {
        size_t item_end = at;
        while (item_end < end && s[item_end] != ',')
            item_end++;
        const uint8_t *colon = memchr(s + at, ':', item_end - at);
        size_t first_end = colon ? (size_t)(colon - s) : item_end;
        if (read_seq_number(d, at, first_end, &ranges[k].first) < 0)
            return d->error;
        ranges[k].last = ranges[k].first;
        if (colon && read_seq_number(d, first_end + 1, item_end,
                                     &ranges[k].last) < 0)
            return d->error;
        at = item_end + 1;
    }
    out->ranges = ranges;
    out->count = n;
    return 0;
}
