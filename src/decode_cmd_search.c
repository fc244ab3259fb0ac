/* The search program of SEARCH, SORT and THREAD as a tree of struct
 * imw_search_key, SEARCH's RETURN options, and the cursor that the
 * message commands' decoders share (src/decode_cmd_message.h).
 *
 * search-key nests (NOT, OR, parentheses); the reader recurses once per
 * level.  The depth is bounded by the command's length and, before that,
 * by the machine's call stack (IMW_LIMIT_NESTING); MAX_KEY_DEPTH guards
 * the C stack should a limit be raised beyond reason. */
#include <string.h>
#include "decode_cmd_message.h"
#include "keywords.h"

#define MAX_KEY_DEPTH 1000

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

static int read_key(struct imw_cur *c, unsigned depth,
                    struct imw_search_key *key);

/* Keys separated by SP up to `close` (")" or the line end). */
static int read_keys(struct imw_cur *c, unsigned depth, uint8_t close,
                     const struct imw_search_key **out, size_t *count)
{
    size_t n = 0, cap = 4;
    struct imw_search_key *keys = imw_dec_alloc(c->d, cap, sizeof *keys);
    if (!keys)
        return c->d->error;
    for (;;) {
        if (n == cap) {
            /* the arena has no realloc: grow by copying, doubling */
            struct imw_search_key *more =
                imw_dec_alloc(c->d, cap * 2, sizeof *more);
            if (!more)
                return c->d->error;
            memcpy(more, keys, n * sizeof *keys);
            keys = more;
            cap *= 2;
        }
        if (read_key(c, depth, &keys[n++]) < 0)
            return c->d->error;
        if (imw_cur_peek(c) == close || c->at >= c->end)
            break;
        if (imw_cur_expect(c, ' ', "search-key") < 0)
            return c->d->error;
    }
    if (close == ')' && imw_cur_expect(c, ')', "search-key") < 0)
        return c->d->error;
    *out = keys;
    *count = n;
    return 0;
}

static int read_children(struct imw_cur *c, unsigned depth, size_t n,
                         struct imw_search_key *key)
{
    struct imw_search_key *kids = imw_dec_alloc(c->d, n, sizeof *kids);
    if (!kids)
        return c->d->error;
    for (size_t i = 0; i < n; i++)
        if ((i > 0 && imw_cur_expect(c, ' ', "search-key") < 0) ||
            read_key(c, depth + 1, &kids[i]) < 0)
            return c->d->error;
    key->children = kids;
    key->count = n;
    return 0;
}

static int read_number(struct imw_cur *c, uint64_t max, const char *rule,
                       uint64_t *out)
{
    size_t start = c->at;
    imw_cur_word(c);
    return imw_dec_number(c->d, start, c->at, max, rule, out);
}

static int read_date(struct imw_cur *c, struct imw_datetime *out)
{
    size_t start, end;
    if (imw_cur_value_span(c, &start, &end) < 0)
        return c->d->error;
    if (imw_date_parse(imw_dec_bytes(c->d) + start, end - start, out, NULL))
        return imw_dec_fail(c->d, IMW_ERR_DECODE, start, "date",
                            "not a date");
    return 0;
}

/* "MODSEQ" [SP entry-name SP entry-type-req] SP mod-sequence-valzer */
static int read_modseq(struct imw_cur *c, struct imw_search_key *key)
{
    if (imw_cur_peek(c) == '"') {
        if (imw_cur_astring(c, &key->entry_name) < 0 ||
            imw_cur_expect(c, ' ', "search-modseq-ext") < 0)
            return c->d->error;
        key->entry_type = imw_cur_word(c);
        if (imw_cur_expect(c, ' ', "search-modsequence") < 0)
            return c->d->error;
    }
    return read_number(c, INT64_MAX, "mod-sequence-valzer", &key->number);
}

static int read_arg(struct imw_cur *c, unsigned depth, enum key_arg arg,
                    struct imw_search_key *key)
{
    switch (arg) {
    case ARG_NONE:
        return 0;
    case ARG_STRING:
        return imw_cur_astring(c, &key->string);
    case ARG_HEADER:
        if (imw_cur_astring(c, &key->field) < 0 ||
            imw_cur_expect(c, ' ', "search-key") < 0)
            return c->d->error;
        return imw_cur_astring(c, &key->string);
    case ARG_DATE:
        return read_date(c, &key->date);
    case ARG_FLAG:
        key->flag.name = imw_cur_word(c);
        key->flag.kind = imw_classify_flag(key->flag.name.ptr,
                                           key->flag.name.len);
        return 0;
    case ARG_NUMBER64:
        return read_number(c, INT64_MAX, "number64", &key->number);
    case ARG_NZ_NUMBER:
        return read_number(c, UINT32_MAX, "nz-number", &key->number);
    case ARG_MODSEQ:
        return read_modseq(c, key);
    case ARG_SET:
        return imw_cur_seq_set(c, &key->set, &key->saved_result);
    case ARG_ONE:
        return read_children(c, depth, 1, key);
    case ARG_TWO:
        return read_children(c, depth, 2, key);
    }
    return imw_cur_fail(c, "search-key", "unknown argument");
}

static int read_named_key(struct imw_cur *c, unsigned depth,
                          struct imw_search_key *key)
{
    key->name = imw_cur_word(c);
    for (size_t i = 0; i < SEARCH_KEYS; i++) {
        if (!imw_dec_word_is(key->name, search_keys[i].name))
            continue;
        key->kind = search_keys[i].kind;
        if (search_keys[i].arg != ARG_NONE &&
            imw_cur_expect(c, ' ', "search-key") < 0)
            return c->d->error;
        return read_arg(c, depth, search_keys[i].arg, key);
    }
    /* the grammar knows no other key: reaching here means the two
     * disagree, which must not pass silently */
    return imw_cur_fail(c, "search-key", "search key without a decoder");
}

static int read_key(struct imw_cur *c, unsigned depth,
                    struct imw_search_key *key)
{
    size_t start = c->at;
    int rc;
    memset(key, 0, sizeof *key);
    if (depth > MAX_KEY_DEPTH)
        return imw_dec_fail(c->d, IMW_ERR_NESTING_TOO_DEEP, c->at,
                            "search-key", "search keys nested too deep");
    uint8_t ch = imw_cur_peek(c);
    if (ch == '(') {
        c->at++;
        key->kind = IMW_SKEY_LIST;
        rc = read_keys(c, depth + 1, ')', &key->children, &key->count);
    } else if (starts_params(ch)) {
        key->kind = IMW_SKEY_SEQUENCE_SET;
        rc = imw_cur_seq_set(c, &key->set, &key->saved_result);
    } else {
        rc = read_named_key(c, depth, key);
    }
    key->raw = imw_dec_slice(c->d, start, c->at);
    return rc;
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
    return read_keys(c, 0, '\r', &out->keys, &out->count);
}
