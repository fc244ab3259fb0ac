/* Decoding one response: the dispatch from the message's first words to
 * the decoder of its family (src/decode_*.c).
 *
 * The machine has validated the bytes, so the dispatch reads the tag and
 * the keyword straight from them; each family decoder takes the positions
 * of everything else from the event tree (src/decode.h). */
#include <string.h>
#include "decode.h"
#include "keywords.h"
#include "decode_mailbox.h"
#include "decode_ext.h"
#include "leniency.h"
#include "decode_fetch.h"
#include "imapwire/values.h"

/* The other kinds' decoders fill their member of out->u from zero. */
static void clear_member(struct imw_response *out)
{
    memset(&out->u, 0, sizeof out->u);
}

/* A keyword at `at` that ends at a word's end or at `end`: `word` in
 * place, which is the whole word, so imw_classify_keyword() would give
 * `kind` and imw_dec_line_word_end() would stop where it ends. */
#define IMW_KEYWORD_AT(word, kind)                                        \
    do {                                                                  \
        size_t n = sizeof(word) - 1;                                      \
        if (end - at >= n && imw_word_eq(s + at, (word), n) &&            \
            imw_dec_ends_word(d, at + n, end)) {                          \
            *kw_end = at + n;                                             \
            return (kind);                                                \
        }                                                                 \
    } while (0)

/* The folded first octet of the word at `at`, 0 at `end`. */
static inline uint8_t first_folded(const uint8_t *s, size_t at, size_t end)
{
    return at < end ? (uint8_t)(s[at] | 0x20) : 0;
}

/* The keyword at `at` of "* n KEYWORD" and its end: the words the
 * dispatch tells apart, by the first octet and one compare in place,
 * which finds the word's end too; any other word is OTHER for it. */
static enum imw_keyword numbered_keyword(const struct imw_decoder *d,
                                         size_t at, size_t end,
                                         size_t *kw_end)
{
    const uint8_t *s = imw_dec_bytes(d);
    uint8_t first = first_folded(s, at, end);
    if (first == 'e') {
        IMW_KEYWORD_AT("exists", IMW_KW_EXISTS);
        IMW_KEYWORD_AT("expunge", IMW_KW_EXPUNGE);
    } else if (first == 'f') {
        IMW_KEYWORD_AT("fetch", IMW_KW_FETCH);
    } else if (first == 'r') {
        IMW_KEYWORD_AT("recent", IMW_KW_RECENT);
    }
    *kw_end = imw_dec_line_word_end(d, at, end);
    return IMW_KW_OTHER;
}

/* The keyword at `at` scanned to its end and classified: every word
 * that keyword_in_place() does not know. */
static IMW_NOINLINE enum imw_keyword scanned_keyword(const struct imw_decoder *d,
                                                     size_t at, size_t end,
                                                     size_t *kw_end)
{
    *kw_end = imw_dec_line_word_end(d, at, end);
    return imw_classify_keyword(imw_dec_bytes(d) + at, *kw_end - at);
}

/* The octets of a string literal of up to eight, in memory order, with
 * the letters' case bit set: what a folded load of them reads. */
#define IMW_FOLDED(w) (imw_literal_up_to_8((w), sizeof(w) - 1))
/* The low `n` octets of a 64-bit word in memory order. */
#define IMW_LOW_OCTETS(v, n) ((v) & imw_literal_up_to_8("\xff\xff\xff\xff\xff\xff\xff\xff", (n)))

/* `kind` when the word at `at` is the `n` octets matched and ends there
 * (at a word's end or at `end`, where imw_dec_line_word_end() stops),
 * else what scanned_keyword() says. */
static IMW_ALWAYS_INLINE enum imw_keyword
keyword_ending(const struct imw_decoder *d, size_t at, size_t n, size_t end,
               enum imw_keyword kind, size_t *kw_end)
{
    if (imw_dec_ends_word(d, at + n, end)) {
        *kw_end = at + n;
        return kind;
    }
    return scanned_keyword(d, at, end, kw_end);
}

/* `kind` when the folded octets `w` start with `word` (of up to eight
 * octets) and the word at `at` ends after it. */
#define IMW_KEYWORD_IN(w, word, kind)                                     \
    do {                                                                  \
        if (IMW_LOW_OCTETS((w), sizeof(word) - 1) == IMW_FOLDED(word))    \
            return keyword_ending(d, at, sizeof(word) - 1, end, (kind),   \
                                  kw_end);                                \
    } while (0)

/* The keyword at `at` of "* KEYWORD" or "tag KEYWORD" and its end.  The
 * status words, FLAGS, CAPABILITY and the data words that fill LIST,
 * STATUS, SEARCH and ENABLED responses are told apart by one load of the
 * eight octets at `at` (when the message holds them), case folded, and a
 * switch on the first (OK, the most common, before it): setting bit 5 of an octet maps only that
 * letter's two cases onto the lower-case letter, so a compare with a
 * lower-case word is a case-insensitive compare.  A word that is one of
 * them and ends after it is the whole word, so imw_classify_keyword()
 * would give the same; every other word is scanned and classified. */
static IMW_ALWAYS_INLINE enum imw_keyword
status_keyword(const struct imw_decoder *d, size_t at, size_t end,
               size_t *kw_end)
{
    const uint8_t *s = imw_dec_bytes(d);
    if (d->run->len - at < 8)
        return scanned_keyword(d, at, end, kw_end);
    uint64_t w = imw_load_up_to_8(s + at, 8) | 0x2020202020202020u;
    IMW_KEYWORD_IN(w, "ok", IMW_KW_OK); /* most of them, before the switch */
    switch ((uint8_t)IMW_LOW_OCTETS(w, 1)) {
    case 'n': IMW_KEYWORD_IN(w, "no", IMW_KW_NO); break;
    case 'b':
        IMW_KEYWORD_IN(w, "bad", IMW_KW_BAD);
        IMW_KEYWORD_IN(w, "bye", IMW_KW_BYE);
        break;
    case 'f': IMW_KEYWORD_IN(w, "flags", IMW_KW_FLAGS); break;
    case 'l':
        IMW_KEYWORD_IN(w, "list", IMW_KW_LIST);
        IMW_KEYWORD_IN(w, "lsub", IMW_KW_LSUB);
        break;
    case 's':
        IMW_KEYWORD_IN(w, "status", IMW_KW_STATUS);
        IMW_KEYWORD_IN(w, "search", IMW_KW_SEARCH);
        IMW_KEYWORD_IN(w, "sort", IMW_KW_SORT);
        break;
    case 'e':
        IMW_KEYWORD_IN(w, "esearch", IMW_KW_ESEARCH);
        IMW_KEYWORD_IN(w, "enabled", IMW_KW_ENABLED);
        break;
    case 'c':
        if (w == IMW_FOLDED("capabili") && d->run->len - at >= 10 &&
            (imw_load_up_to_8(s + at + 8, 2) | 0x2020u) == IMW_FOLDED("ty"))
            return keyword_ending(d, at, 10, end, IMW_KW_CAPABILITY, kw_end);
        break;
    default:
        break;
    }
    return scanned_keyword(d, at, end, kw_end);
}

/* "* n KEYWORD": EXISTS, RECENT, EXPUNGE, FETCH; others stay raw.  The
 * number is read while its end is found; a number of more than nine
 * digits, or a word that goes on after its digits, takes imw_dec_u32()
 * on the word, as every number did. */
static int decode_numbered(struct imw_decoder *d, struct imw_response *out)
{
    const uint8_t *s = imw_dec_bytes(d);
    size_t end = imw_dec_line_end(d);
    size_t num_end = 2;
    uint32_t number = 0, digit;
    /* stops at the LF at the latest */
    while ((digit = (uint32_t)s[num_end] - '0') <= 9) {
        number = number * 10 + digit;
        num_end++;
    }
    int read = num_end - 2 <= 9 && imw_dec_ends_word(d, num_end, end);
    if (!read)
        num_end = imw_dec_word_end(d, num_end, end);
    size_t kw_end;
    enum imw_keyword kw = numbered_keyword(d, num_end + 1, end, &kw_end);
    out->name = imw_dec_slice(d, num_end + 1, kw_end);
    switch (kw) {
    case IMW_KW_EXISTS:  out->kind = IMW_RESP_EXISTS;  break;
    case IMW_KW_RECENT:  out->kind = IMW_RESP_RECENT;  break;
    case IMW_KW_EXPUNGE: out->kind = IMW_RESP_EXPUNGE; break;
    case IMW_KW_FETCH:
        clear_member(out);
        return imw_dec_fetch(d, num_end, out);
    default:
        clear_member(out);
        out->kind = IMW_RESP_OTHER;
        return imw_dec_generic(d, num_end + 1, kw_end, end, &out->u.generic);
    }
    if (read) {
        out->u.number = number;
        return 0;
    }
    return imw_dec_u32(d, 2, num_end, "number", &out->u.number);
}

/* The node of `rule` in the message (once per message: a search). */
static imw_node message_node(const struct imw_decoder *d, uint16_t rule)
{
    return imw_dec_find_deep(d, IMW_NO_EVENT, rule);
}

/* capability-data is name-only (grammar/bindings): it may end after each
 * capability, and it was left there each time; its last leaving is where
 * the list ends, before any trailing SP (space-at-line-end). */
static int decode_capability_data(struct imw_decoder *d,
                                  struct imw_response *out)
{
    size_t from = 2 + out->name.len, end;
    out->kind = IMW_RESP_CAPABILITY;
    if (!imw_run_closed_last(d->run, IMW_RULE_CAPABILITY_DATA, &end) ||
        end < from)
        return imw_dec_fail(d, IMW_ERR_DECODE, 2, "capability-data",
                            "capability-data not left");
    return imw_dec_capabilities(d, from, end, from, &out->u.capabilities);
}

static int decode_flags(struct imw_decoder *d, struct imw_response *out)
{
    imw_node n = message_node(d, IMW_RULE_FLAG_LIST);
    out->kind = IMW_RESP_FLAGS;
    return imw_dec_flags(d, n, IMW_RULE_FLAG, &out->u.flags);
}

static int decode_untagged(struct imw_decoder *d, struct imw_response *out)
{
    const uint8_t *s = imw_dec_bytes(d);
    if (s[2] >= '0' && s[2] <= '9')
        return decode_numbered(d, out);
    size_t end = imw_dec_line_end(d);
    size_t kw_end;
    enum imw_keyword kw = status_keyword(d, 2, end, &kw_end);
    out->name = imw_dec_slice(d, 2, kw_end);
    /* one switch for all: the data kinds clear the member first */
#define IMW_DATA(call) (clear_member(out), (call))
    switch (kw) {
    case IMW_KW_OK: case IMW_KW_NO: case IMW_KW_BAD: case IMW_KW_BYE:
    case IMW_KW_PREAUTH:
        out->kind = IMW_RESP_STATUS;
        if (kw == IMW_KW_PREAUTH ||
            (d->greeting_due && (kw == IMW_KW_OK || kw == IMW_KW_BYE)))
            out->kind = IMW_RESP_GREETING;
        return imw_dec_status(d, 2, kw, out);
    case IMW_KW_CAPABILITY: return IMW_DATA(decode_capability_data(d, out));
    case IMW_KW_FLAGS:      return IMW_DATA(decode_flags(d, out));
    case IMW_KW_LIST:       return IMW_DATA(imw_dec_list(d, IMW_RESP_LIST, out));
    case IMW_KW_LSUB:       return IMW_DATA(imw_dec_list(d, IMW_RESP_LSUB, out));
    case IMW_KW_STATUS:     return IMW_DATA(imw_dec_mailbox_status(d, out));
    case IMW_KW_SEARCH:
        return IMW_DATA(imw_dec_search(d, IMW_RESP_SEARCH, out));
    case IMW_KW_SORT:       return IMW_DATA(imw_dec_search(d, IMW_RESP_SORT, out));
    case IMW_KW_VANISHED:   return IMW_DATA(imw_dec_vanished(d, out));
    case IMW_KW_ENABLED:    return IMW_DATA(imw_dec_enabled(d, out));
    case IMW_KW_NAMESPACE:  return IMW_DATA(imw_dec_namespace(d, out));
    case IMW_KW_ID:         return IMW_DATA(imw_dec_id(d, out));
    case IMW_KW_QUOTA:      return IMW_DATA(imw_dec_quota(d, out));
    case IMW_KW_QUOTAROOT:  return IMW_DATA(imw_dec_quotaroot(d, out));
    case IMW_KW_ACL:        return IMW_DATA(imw_dec_acl(d, out));
    case IMW_KW_LISTRIGHTS: return IMW_DATA(imw_dec_listrights(d, out));
    case IMW_KW_MYRIGHTS:   return IMW_DATA(imw_dec_myrights(d, out));
    case IMW_KW_METADATA:   return IMW_DATA(imw_dec_metadata(d, out));
    case IMW_KW_THREAD:     return IMW_DATA(imw_dec_thread(d, out));
    case IMW_KW_ESEARCH:    return IMW_DATA(imw_dec_esearch(d, out));
    default:
        clear_member(out);
        out->kind = IMW_RESP_OTHER;
        return imw_dec_generic(d, 2, kw_end, end, &out->u.generic);
    }
#undef IMW_DATA
}

static int decode_tagged(struct imw_decoder *d, struct imw_response *out)
{
    size_t end = imw_dec_line_end(d);
    /* the machine accepted "tag SP": there is a SP before `end` */
    size_t tag_end = imw_dec_short_space(d, 0, end);
    size_t kw_end;
    enum imw_keyword kw = status_keyword(d, tag_end + 1, end, &kw_end);
    out->tag = imw_dec_slice(d, 0, tag_end);
    out->name = imw_dec_slice(d, tag_end + 1, kw_end);
    out->kind = IMW_RESP_STATUS;
    return imw_dec_status(d, tag_end + 1, kw, out);
}

/* The run of 8-bit octets at `i` is well-formed UTF-8 (RFC 6855 allows
 * it in quoted strings and text once UTF8=ACCEPT is enabled). */
static int is_utf8_run(const uint8_t *s, size_t i, size_t len, size_t *end)
{
    size_t j = i, need;
    while (j < len && (s[j] & 0x80))
        j++;
    *end = j;
    return imw_utf8_to_mutf7(s + i, j - i, NULL, 0, &need, NULL) == 0;
}

/* LENIENCY 8bit-text: octets above 0x7F outside literals; with
 * IMW_OPTION_UTF8, strict mode accepts well-formed UTF-8. */
static int check_8bit(struct imw_decoder *d)
{
    const uint8_t *s = imw_dec_bytes(d);
    size_t lit = 0, end;
    for (size_t i = 0; i < d->run->len; i++) {
        if (lit < d->run->nlits && i == d->run->lits[lit].start) {
            i += d->run->lits[lit++].len;
            if (i >= d->run->len)
                break;
        }
        if (!(s[i] & 0x80))
            continue;
        if (!d->utf8)
            return imw_dec_fail(d, IMW_ERR_SYNTAX, i, "TEXT-CHAR",
                                "8-bit octet outside a literal (strict mode)");
        if (!is_utf8_run(s, i, d->run->len, &end))
            return imw_dec_fail(d, IMW_ERR_SYNTAX, i, "UTF8-2",
                                "8-bit octets that are not UTF-8 (strict mode)");
        i = end - 1;
    }
    return 0;
}

/* The message by its first octet: every call a tail call, so that the
 * dispatch saves no registers (each decoder saves what it needs). */
static IMW_ALWAYS_INLINE int decode_by_start(struct imw_decoder *d,
                                             struct imw_response *out)
{
    const uint8_t *s = imw_dec_bytes(d);
    if (s[0] == '+') {
        clear_member(out);
        return imw_dec_continue(d, out);
    }
    if (s[0] == '*')
        return decode_untagged(d, out);
    return decode_tagged(d, out);
}

/* Strict mode's checks of the whole message first, out of line. */
static IMW_NOINLINE int decode_strict(struct imw_decoder *d,
                                      struct imw_response *out)
{
    size_t lenient_at;
    const char *leniency;
    if (imw_leniency_check(d->run, &lenient_at, &leniency))
        return imw_dec_fail(d, IMW_ERR_SYNTAX, lenient_at, leniency,
                            "named leniency (strict mode)");
    if (check_8bit(d) < 0)
        return d->error;
    return decode_by_start(d, out);
}

int imw_response_decode(struct imw_decoder *d, struct imw_response *out)
{
    /* Every kind sets kind and name; out->u is cleared by the dispatch for
     * the kinds whose decoders do not set every field of their member
     * (all but EXISTS, RECENT, EXPUNGE and the status responses). */
    out->raw = imw_dec_slice(d, 0, d->run->len);
    out->tag = imw_dec_slice(d, 0, 0);
    d->error = 0;
    if (d->strict)
        return decode_strict(d, out);
    return decode_by_start(d, out);
}
