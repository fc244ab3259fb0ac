/* The search program of SEARCH, SORT and THREAD as a tree of struct
 * imw_search_key, SEARCH's RETURN options, and the cursor that the
 * message commands' decoders share (src/decode_cmd_message.h).
 *
 * search-key nests (NOT, OR, parentheses) through Ragel calls, and its
 * events nest as the keys do: the tree is the event tree's search-key
 * nodes, each key's argument the rest of its span after its name.  The
 * recursion follows the event tree, whose depth the machine's nesting
 * limit (IMW_LIMIT_NESTING, at most IMW_MAX_NESTING) has bounded. */
#include <string.h>
#include "decode_cmd_message.h"
#include "keywords.h"
#include "imw_rules.h"


/* ---- the cursor ------------------------------------------------------------ */

int imw_cur_fail(struct imw_cur *c, const char *rule, const char *reason)
{
    return imw_dec_fail(c->d, IMW_ERR_DECODE, c->at, rule, reason);
}

int imw_cur_eat(struct imw_cur *c, uint8_t ch)
{
    if (c->at >= c->end || imw_dec_bytes(c->d)[c->at] != ch)
        return 0;
    c->at++;
    return 1;
}

int imw_cur_expect(struct imw_cur *c, uint8_t ch, const char *rule)
{
    if (imw_cur_eat(c, ch))
        return 0;
    return imw_cur_fail(c, rule, "unexpected octet");
}

static int ends_word(uint8_t ch)
{
    return ch == ' ' || ch == '(' || ch == ')' || ch == '[' || ch == ']' ||
           ch == '<' || ch == '\r' || ch == '\n' || ch == '"';
}

imw_bytes imw_cur_word(struct imw_cur *c)
{
    const uint8_t *s = imw_dec_bytes(c->d);
    size_t start = c->at;
    while (c->at < c->end && !ends_word(s[c->at]))
        c->at++;
    return imw_dec_slice(c->d, start, c->at);
}

/* The closing quote of the quoted string at `at`. */
static size_t quoted_end(const struct imw_cur *c, size_t at)
{
    const uint8_t *s = imw_dec_bytes(c->d);
    for (at++; at < c->end && s[at] != '"'; at++)
        if (s[at] == '\\')
            at++;
    return at < c->end ? at + 1 : c->end;
}

int imw_cur_value_span(struct imw_cur *c, size_t *start, size_t *end)
{
    const uint8_t *s = imw_dec_bytes(c->d);
    int failed;
    *start = c->at;
    const struct imw_literal_span *lit = imw_dec_literal(c->d, c->at, &failed);
    if (failed)
        return c->d->error;
    if (lit)
        c->at = lit->start + lit->len;
    else if (imw_cur_peek(c) == '"')
        c->at = quoted_end(c, c->at);
    else
        while (c->at < c->end && s[c->at] != ' ' && s[c->at] != '(' &&
               s[c->at] != ')' && s[c->at] != '\r' && s[c->at] != '\n')
            c->at++;
    *end = c->at;
    if (*end == *start)
        return imw_cur_fail(c, "astring", "empty value");
    return 0;
}

int imw_cur_astring(struct imw_cur *c, imw_bytes *out)
{
    size_t start, end;
    if (imw_cur_value_span(c, &start, &end) < 0)
        return c->d->error;
    return imw_dec_string(c->d, start, end, 0, out);
}

int imw_cur_skip_value(struct imw_cur *c)
{
    size_t start, end;
    if (!imw_cur_eat(c, '('))
        return imw_cur_value_span(c, &start, &end);
    while (!imw_cur_eat(c, ')')) {
        if (c->at >= c->end)
            return imw_cur_fail(c, "list", "unterminated list");
        if (imw_cur_eat(c, ' '))
            continue;
        if (imw_cur_skip_value(c) < 0)
            return c->d->error;
    }
    return 0;
}

int imw_cur_seq_set(struct imw_cur *c, struct imw_seq_set *out, int *saved)
{
    const uint8_t *s = imw_dec_bytes(c->d);
    size_t start = c->at;
    while (c->at < c->end && (s[c->at] == '$' || s[c->at] == '*' ||
                              s[c->at] == ':' || s[c->at] == ',' ||
                              (s[c->at] >= '0' && s[c->at] <= '9')))
        c->at++;
    memset(out, 0, sizeof *out);
    *saved = 0;
    if (c->at == start + 1 && s[start] == '$') {
        *saved = 1;
        return 0;
    }
    if (c->at == start || memchr(s + start, '$', c->at - start))
        return imw_cur_fail(c, "sequence-set", "not a sequence set");
    return imw_dec_seq_set(c->d, start, c->at, out);
}

/* A tagged-ext-val starts with a digit, "*", "$" or "(" -- never with the
 * letter of the next item's name: that is where an item's parameters end. */
static int starts_params(uint8_t ch)
{
    return (ch >= '0' && ch <= '9') || ch == '*' || ch == '$' || ch == '(';
}

int imw_cur_generic_item(struct imw_cur *c, struct imw_generic *out)
{
    size_t name_start = c->at;
    imw_bytes name = imw_cur_word(c);
    size_t name_end = c->at;
    if (name.len == 0)
        return imw_cur_fail(c, "tagged-ext-label", "empty name");
    if (c->at + 1 < c->end && imw_dec_bytes(c->d)[c->at] == ' ' &&
        starts_params(imw_dec_bytes(c->d)[c->at + 1])) {
        c->at++;
        if (imw_cur_skip_value(c) < 0)
            return c->d->error;
    }
    return imw_dec_generic(c->d, name_start, name_end, c->at, out);
}

/* ---- search keys ------------------------------------------------------------ */

enum key_arg {
    ARG_NONE, ARG_STRING, ARG_HEADER, ARG_DATE, ARG_FLAG, ARG_NUMBER64,
    ARG_NZ_NUMBER, ARG_MODSEQ, ARG_SET, ARG_ONE, ARG_TWO
};

static const struct {
    const char *name;
    enum imw_search_key_kind kind;
    enum key_arg arg;
} search_keys[] = {
    { "ALL", IMW_SKEY_ALL, ARG_NONE },
    { "ANSWERED", IMW_SKEY_ANSWERED, ARG_NONE },
    { "DELETED", IMW_SKEY_DELETED, ARG_NONE },
    { "FLAGGED", IMW_SKEY_FLAGGED, ARG_NONE },
    { "NEW", IMW_SKEY_NEW, ARG_NONE }, { "OLD", IMW_SKEY_OLD, ARG_NONE },
    { "RECENT", IMW_SKEY_RECENT, ARG_NONE },
    { "SEEN", IMW_SKEY_SEEN, ARG_NONE },
    { "UNANSWERED", IMW_SKEY_UNANSWERED, ARG_NONE },
    { "UNDELETED", IMW_SKEY_UNDELETED, ARG_NONE },
    { "UNFLAGGED", IMW_SKEY_UNFLAGGED, ARG_NONE },
    { "UNSEEN", IMW_SKEY_UNSEEN, ARG_NONE },
    { "DRAFT", IMW_SKEY_DRAFT, ARG_NONE },
    { "UNDRAFT", IMW_SKEY_UNDRAFT, ARG_NONE },
    { "SAVEDATESUPPORTED", IMW_SKEY_SAVEDATESUPPORTED, ARG_NONE },
    { "BCC", IMW_SKEY_BCC, ARG_STRING }, { "BODY", IMW_SKEY_BODY, ARG_STRING },
    { "CC", IMW_SKEY_CC, ARG_STRING }, { "FROM", IMW_SKEY_FROM, ARG_STRING },
    { "SUBJECT", IMW_SKEY_SUBJECT, ARG_STRING },
    { "TEXT", IMW_SKEY_TEXT, ARG_STRING }, { "TO", IMW_SKEY_TO, ARG_STRING },
    { "EMAILID", IMW_SKEY_EMAILID, ARG_STRING },
    { "THREADID", IMW_SKEY_THREADID, ARG_STRING },
    { "HEADER", IMW_SKEY_HEADER, ARG_HEADER },
    { "BEFORE", IMW_SKEY_BEFORE, ARG_DATE }, { "ON", IMW_SKEY_ON, ARG_DATE },
    { "SINCE", IMW_SKEY_SINCE, ARG_DATE },
    { "SENTBEFORE", IMW_SKEY_SENTBEFORE, ARG_DATE },
    { "SENTON", IMW_SKEY_SENTON, ARG_DATE },
    { "SENTSINCE", IMW_SKEY_SENTSINCE, ARG_DATE },
    { "SAVEDBEFORE", IMW_SKEY_SAVEDBEFORE, ARG_DATE },
    { "SAVEDON", IMW_SKEY_SAVEDON, ARG_DATE },
    { "SAVEDSINCE", IMW_SKEY_SAVEDSINCE, ARG_DATE },
    { "KEYWORD", IMW_SKEY_KEYWORD, ARG_FLAG },
    { "UNKEYWORD", IMW_SKEY_UNKEYWORD, ARG_FLAG },
    { "LARGER", IMW_SKEY_LARGER, ARG_NUMBER64 },
    { "SMALLER", IMW_SKEY_SMALLER, ARG_NUMBER64 },
    { "OLDER", IMW_SKEY_OLDER, ARG_NZ_NUMBER },
    { "YOUNGER", IMW_SKEY_YOUNGER, ARG_NZ_NUMBER },
    { "MODSEQ", IMW_SKEY_MODSEQ, ARG_MODSEQ },
    { "UID", IMW_SKEY_UID, ARG_SET },
    { "NOT", IMW_SKEY_NOT, ARG_ONE }, { "OR", IMW_SKEY_OR, ARG_TWO },
};
#define SEARCH_KEYS (sizeof search_keys / sizeof search_keys[0])

static int decode_key(struct imw_decoder *d, imw_node n,
                      struct imw_search_key *key);

/* The search-key nodes among the children of `parent` (IMW_NO_EVENT: the
 * top level), from message offset `from` on: the keys of one level.  A
 * key's own nested keys are its children (search-key is a call rule: each
 * level is one call deeper, so the events nest as the keys do). */
static size_t count_keys(const struct imw_decoder *d, imw_node parent,
                         size_t from)
{
    size_t n = 0;
    IMW_FOR_CHILDREN(d, parent, k)
        n += imw_dec_is(d, k, IMW_RULE_SEARCH_KEY) &&
             imw_dec_ev(d, k)->start >= from;
    return n;
}

static int decode_keys(struct imw_decoder *d, imw_node parent, size_t from,
                       const struct imw_search_key **out, size_t *count)
{
    size_t n = count_keys(d, parent, from), i = 0;
    struct imw_search_key *keys = imw_dec_alloc(d, n, sizeof *keys);
    if (n && !keys)
        return d->error;
    IMW_FOR_CHILDREN(d, parent, k) {
        if (!imw_dec_is(d, k, IMW_RULE_SEARCH_KEY) ||
            imw_dec_ev(d, k)->start < from)
            continue;
        if (decode_key(d, k, &keys[i++]) < 0)
            return d->error;
    }
    *out = keys;
    *count = n;
    return 0;
}

/* NOT, OR and lists: exactly `want` nested keys (0: any, at least one). */
static int decode_children(struct imw_decoder *d, imw_node n, size_t want,
                           struct imw_search_key *key)
{
    const struct imw_event *e = imw_dec_ev(d, n);
    if (decode_keys(d, n, e->start, &key->children, &key->count) < 0)
        return d->error;
    if ((want && key->count != want) || key->count == 0)
        return imw_dec_fail(d, IMW_ERR_INTERNAL, e->start, "search-key",
                            "nested keys do not match the grammar");
    return 0;
}

/* The two astrings of HEADER, field name and value, read from the key's
 * bytes after "HEADER" SP (astring is name-only). */
static int decode_header(struct imw_decoder *d, imw_node n,
                         struct imw_search_key *key)
{
    const struct imw_event *e = imw_dec_ev(d, n);
    size_t field = e->start + sizeof "HEADER " - 1, field_end, value_end;
    if (imw_dec_astring_end(d, field, e->end, "search-key", &field_end) < 0 ||
        imw_dec_astring_end(d, field_end + 1, e->end, "search-key",
                            &value_end) < 0 ||
        imw_dec_string(d, field, field_end, 0, &key->field) < 0)
        return d->error;
    return imw_dec_string(d, field_end + 1, value_end, 0, &key->string);
}

/* "MODSEQ" [SP entry-name SP entry-type-req] SP mod-sequence-valzer, the
 * words after the name at [at, end). */
static int decode_modseq(struct imw_decoder *d, size_t at, size_t end,
                         struct imw_search_key *key)
{
    const uint8_t *s = imw_dec_bytes(d);
    size_t last = end;
    while (last > at && s[last - 1] != ' ')
        last--;
    if (last > at) { /* entry name (a quoted string) and type */
        size_t type = last - 1;
        while (type > at && s[type - 1] != ' ')
            type--;
        if (imw_dec_string(d, at, type - 1, 0, &key->entry_name) < 0)
            return d->error;
        key->entry_type = imw_dec_slice(d, type, last - 1);
    }
    return imw_dec_number(d, last, end, INT64_MAX, "mod-sequence-valzer",
                          &key->number);
}

static int decode_set(struct imw_decoder *d, size_t at, size_t end,
                      struct imw_search_key *key)
{
    if (end == at + 1 && imw_dec_bytes(d)[at] == '$') {
        key->saved_result = 1; /* RFC 5182: the saved result */
        return 0;
    }
    return imw_dec_seq_set(d, at, end, &key->set);
}

/* The argument of a named key: the rest of its span after the name and a
 * SP, [at, end), which the machine has validated as that argument. */
static int decode_arg(struct imw_decoder *d, imw_node n, enum key_arg arg,
                      size_t at, size_t end, struct imw_search_key *key)
{
    const uint8_t *s = imw_dec_bytes(d);
    switch (arg) {
    case ARG_NONE:
        return 0;
    case ARG_STRING:
        return imw_dec_string(d, at, end, 0, &key->string);
    case ARG_HEADER:
        return decode_header(d, n, key);
    case ARG_DATE:
        if (imw_date_parse(s + at, end - at, &key->date, NULL))
            return imw_dec_fail(d, IMW_ERR_DECODE, at, "date", "not a date");
        return 0;
    case ARG_FLAG:
        key->flag.name = imw_dec_slice(d, at, end);
        key->flag.kind = imw_classify_flag(key->flag.name.ptr,
                                           key->flag.name.len);
        return 0;
    case ARG_NUMBER64:
        return imw_dec_number(d, at, end, INT64_MAX, "number64", &key->number);
    case ARG_NZ_NUMBER:
        return imw_dec_number(d, at, end, UINT32_MAX, "nz-number",
                              &key->number);
    case ARG_MODSEQ:
        return decode_modseq(d, at, end, key);
    case ARG_SET:
        return decode_set(d, at, end, key);
    case ARG_ONE:
        return decode_children(d, n, 1, key);
    case ARG_TWO:
        return decode_children(d, n, 2, key);
    }
    return imw_dec_fail(d, IMW_ERR_INTERNAL, at, "search-key",
                        "unknown argument");
}

static int decode_named_key(struct imw_decoder *d, imw_node n,
                            struct imw_search_key *key)
{
    const struct imw_event *e = imw_dec_ev(d, n);
    size_t name_end = imw_dec_word_end(d, e->start, e->end);
    key->name = imw_dec_slice(d, e->start, name_end);
    for (size_t i = 0; i < SEARCH_KEYS; i++) {
        if (!imw_dec_word_is(key->name, search_keys[i].name))
            continue;
        key->kind = search_keys[i].kind;
        size_t at = name_end < e->end ? name_end + 1 : e->end;
        return decode_arg(d, n, search_keys[i].arg, at, e->end, key);
    }
    /* the grammar knows no other key: reaching here means the two
     * disagree, which must not pass silently */
    return imw_dec_fail(d, IMW_ERR_INTERNAL, e->start, "search-key",
                        "search key without a decoder");
}

static int decode_key(struct imw_decoder *d, imw_node n,
                      struct imw_search_key *key)
{
    const struct imw_event *e = imw_dec_ev(d, n);
    uint8_t first = imw_dec_bytes(d)[e->start];
    memset(key, 0, sizeof *key);
    key->raw = imw_dec_span(d, n);
    if (first == '(') {
        key->kind = IMW_SKEY_LIST;
        return decode_children(d, n, 0, key);
    }
    if (starts_params(first)) {
        key->kind = IMW_SKEY_SEQUENCE_SET;
        return decode_set(d, e->start, e->end, key);
    }
    return decode_named_key(d, n, key);
}

/* The node whose children are the program's top-level keys: the innermost
 * node that holds the first key at or after `from` (search-args for
 * SEARCH; for SORT and THREAD, whose search-criteria has no event of its
 * own, their command's node or the top level). */
static imw_node program_parent(const struct imw_decoder *d, imw_node parent,
                               size_t from)
{
    IMW_FOR_CHILDREN(d, parent, k) {
        const struct imw_event *e = imw_dec_ev(d, k);
        if (e->end <= from)
            continue;
        if (imw_dec_is(d, k, IMW_RULE_SEARCH_KEY))
            return parent;
        return program_parent(d, k, from);
    }
    return parent;
}

/* ---- RETURN options and the program ------------------------------------------ */

static const struct {
    const char *name;
    enum imw_search_return_kind kind;
} return_opts[] = {
    { "MIN", IMW_SRET_MIN }, { "MAX", IMW_SRET_MAX }, { "ALL", IMW_SRET_ALL },
    { "COUNT", IMW_SRET_COUNT }, { "SAVE", IMW_SRET_SAVE },
};

static enum imw_search_return_kind return_kind(imw_bytes name)
{
    for (size_t i = 0; i < sizeof return_opts / sizeof return_opts[0]; i++)
        if (imw_dec_word_is(name, return_opts[i].name))
            return return_opts[i].kind;
    return IMW_SRET_OTHER;
}

/* Counts the items of the list at the cursor (after "("), not moving. */
static size_t count_items(struct imw_cur *c)
{
    struct imw_cur probe = *c;
    size_t n = 0;
    while (probe.at < probe.end && !imw_cur_eat(&probe, ')')) {
        if (imw_cur_eat(&probe, ' '))
            continue;
        if (imw_cur_skip_value(&probe) < 0)
            return 0;
        n++;
    }
    return n;
}

int imw_dec_search_return(struct imw_cur *c, struct imw_search_return *out)
{
    struct imw_cur probe = *c;
    memset(out, 0, sizeof *out);
    if (!imw_cur_eat(&probe, ' ') || !imw_dec_word_is(imw_cur_word(&probe),
                                                      "RETURN"))
        return 0;
    *c = probe;
    out->present = 1;
    if (imw_cur_expect(c, ' ', "search-return-opts") < 0 ||
        imw_cur_expect(c, '(', "search-return-opts") < 0)
        return c->d->error;
    /* items are names with optional parameters: count words of the list
     * that start a name (the parameters are skipped with their item) */
    size_t cap = count_items(c), n = 0;
    struct imw_search_return_opt *opts = imw_dec_alloc(c->d, cap, sizeof *opts);
    if (cap && !opts)
        return c->d->error;
    while (!imw_cur_eat(c, ')')) {
        if (c->at >= c->end || n == cap)
            return imw_cur_fail(c, "search-return-opts", "unterminated list");
        if (n > 0 && imw_cur_expect(c, ' ', "search-return-opt") < 0)
            return c->d->error;
        if (imw_cur_generic_item(c, &opts[n].generic) < 0)
            return c->d->error;
        opts[n].name = opts[n].generic.name;
        opts[n].kind = return_kind(opts[n].name);
        n++;
    }
    out->items = opts;
    out->count = n;
    return 0;
}

int imw_dec_search_program(struct imw_cur *c, int charset_prefix,
                           struct imw_search_program *out)
{
    memset(out, 0, sizeof *out);
    if (charset_prefix) {
        struct imw_cur probe = *c;
        if (imw_dec_word_is(imw_cur_word(&probe), "CHARSET") &&
            imw_cur_eat(&probe, ' ')) {
            *c = probe;
            if (imw_cur_astring(c, &out->charset) < 0 ||
                imw_cur_expect(c, ' ', "search-program") < 0)
                return c->d->error;
        }
    } else if (imw_cur_astring(c, &out->charset) < 0 ||
               imw_cur_expect(c, ' ', "search-criteria") < 0) {
        return c->d->error;
    }
    imw_node parent = program_parent(c->d, IMW_NO_EVENT, c->at);
    if (decode_keys(c->d, parent, c->at, &out->keys, &out->count) < 0)
        return c->d->error;
    if (out->count == 0)
        return imw_cur_fail(c, "search-key", "no search key");
    const struct imw_search_key *last = &out->keys[out->count - 1];
    c->at = (size_t)(last->raw.ptr + last->raw.len - imw_dec_bytes(c->d));
    return 0;
}
