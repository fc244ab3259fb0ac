/* Generic nodes: what the grammar accepts but this version has no type
 * for, read as a tree of IMAP values (atoms, numbers, strings, NIL,
 * lists) so that callers can walk it, and kept raw besides.
 *
 * This is the one decoder that reads bytes again instead of taking
 * positions from events: it runs only for data without a type, where no
 * event was bound, and it must also cope with free text (a generic
 * response code's text need not be IMAP values at all).  It refuses
 * quietly (returns "not values") instead of failing the message. */
#include <string.h>
#include "decode.h"

struct reader {
    struct imw_decoder *d;
    size_t at;
    size_t end;
    unsigned depth;
};

/* Values of one list level are collected in a linked list in the arena,
 * then copied into an array: linear however deep the nesting. */
struct value_link {
    struct imw_value value;
    struct value_link *next;
};

enum { VALUES_OK = 0, NOT_VALUES = 1 };

static int read_values(struct reader *r, uint8_t close,
                       const struct imw_value **items, size_t *count);

static int is_atom_end(uint8_t c)
{
    return c == ' ' || c == '(' || c == ')' || c == '"' || c == '\r' ||
           c == '\n';
}

/* An atom, with any [...] inside it kept whole (BODY[HEADER.FIELDS (A)]).
 * A '[' that no ']' closes is an atom character like any other (an
 * astring may hold both: "OLe[e" is one word), so then the atom ends at
 * the first atom end; keeping the bracket open swallowed the rest of the
 * values and lost them. */
static int read_atom(struct reader *r, struct imw_value *v)
{
    const uint8_t *s = imw_dec_bytes(r->d);
    size_t start = r->at, brackets = 0;
    while (r->at < r->end && (brackets > 0 || !is_atom_end(s[r->at]))) {
        if (s[r->at] == '[')
            brackets++;
        else if (s[r->at] == ']' && brackets > 0)
            brackets--;
        r->at++;
    }
    if (brackets > 0)
        for (r->at = start; r->at < r->end && !is_atom_end(s[r->at]);)
            r->at++;
    if (r->at == start)
        return NOT_VALUES;
    v->raw = imw_dec_slice(r->d, start, r->at);
    v->bytes = v->raw;
    v->kind = IMW_VALUE_ATOM;
    if (imw_dec_word_is(v->raw, "NIL"))
        v->kind = IMW_VALUE_NIL;
    uint64_t n = 0;
    size_t i = 0;
    while (i < v->raw.len && s[start + i] >= '0' && s[start + i] <= '9' &&
           n <= (UINT64_MAX - 9) / 10)
        n = n * 10 + (uint64_t)(s[start + i++] - '0');
    if (i == v->raw.len) {
        v->kind = IMW_VALUE_NUMBER;
        v->number = n;
    }
    return VALUES_OK;
}

static int read_quoted(struct reader *r, struct imw_value *v)
{
    const uint8_t *s = imw_dec_bytes(r->d);
    size_t start = r->at++;
    while (r->at < r->end && s[r->at] != '"') {
        if (s[r->at] == '\r' || s[r->at] == '\n')
            return NOT_VALUES;
        r->at += s[r->at] == '\\' ? 2 : 1;
    }
    if (r->at >= r->end)
        return NOT_VALUES;
    r->at++;
    v->kind = IMW_VALUE_STRING;
    v->raw = imw_dec_slice(r->d, start, r->at);
    return imw_dec_string(r->d, start, r->at, 0, &v->bytes) < 0 ? -1
                                                                : VALUES_OK;
}

/* {n} or ~{n} whose data the framer counted. */
static int read_literal(struct reader *r, struct imw_value *v)
{
    size_t start = r->at; /* the framer's header offset: '{' or '~' */
    const struct imw_literal_span *lit = imw_run_literal_at(r->d->run, start);
    if (!lit || lit->start + lit->len > r->end)
        return NOT_VALUES;
    r->at = lit->start + lit->len;
    v->kind = IMW_VALUE_STRING;
    v->raw = imw_dec_slice(r->d, start, r->at);
    v->bytes = imw_dec_slice(r->d, lit->start, r->at);
    return VALUES_OK;
}

static int read_value(struct reader *r, struct imw_value *v)
{
    const uint8_t *s = imw_dec_bytes(r->d);
    uint8_t c = s[r->at];
    if (c == '(') {
        size_t start = r->at++;
        if (++r->depth > r->d->run->nesting_limit)
            return NOT_VALUES;
        int rc = read_values(r, ')', &v->items, &v->count);
        r->depth--;
        if (rc != VALUES_OK)
            return rc;
        v->kind = IMW_VALUE_LIST;
        v->raw = imw_dec_slice(r->d, start, r->at);
        return VALUES_OK;
    }
    if (c == '"')
        return read_quoted(r, v);
    if (c == '{' || (c == '~' && r->at + 1 < r->end && s[r->at + 1] == '{'))
        return read_literal(r, v);
    return read_atom(r, v);
}

/* Values separated by SP up to `close` (')' consumed) or, with close 0,
 * the end of the range. */
static int read_values(struct reader *r, uint8_t close,
                       const struct imw_value **items, size_t *count)
{
    const uint8_t *s = imw_dec_bytes(r->d);
    struct value_link *head = NULL, **tail = &head;
    size_t n = 0;
    for (;;) {
        while (r->at < r->end && s[r->at] == ' ')
            r->at++;
        if (r->at == r->end) {
            if (close)
                return NOT_VALUES;
            break;
        }
        if (close && s[r->at] == close) {
            r->at++;
            break;
        }
        struct value_link *link = imw_arena_alloc(r->d->arena, sizeof *link);
        if (!link)
            return imw_dec_fail(r->d, IMW_ERR_NOMEM, r->at, "", "out of memory");
        int rc = read_value(r, &link->value);
        if (rc != VALUES_OK)
            return rc;
        *tail = link;
        tail = &link->next;
        n++;
    }
    struct imw_value *array = imw_dec_alloc(r->d, n, sizeof *array);
    if (n && !array)
        return r->d->error;
    size_t i = 0;
    for (struct value_link *l = head; l; l = l->next)
        array[i++] = l->value;
    *items = array;
    *count = n;
    return VALUES_OK;
}

int imw_dec_generic(struct imw_decoder *d, size_t name_start, size_t name_end,
                    size_t end, struct imw_generic *out)
{
    memset(out, 0, sizeof *out);
    out->name = imw_dec_slice(d, name_start, name_end);
    size_t args = name_end < end && imw_dec_bytes(d)[name_end] == ' '
                      ? name_end + 1 : name_end;
    out->raw = imw_dec_slice(d, args, end);
    struct reader r = { d, args, end, 0 };
    const struct imw_value *items = NULL;
    size_t count = 0;
    int rc = read_values(&r, 0, &items, &count);
    if (rc < 0)
        return rc;
    if (rc == VALUES_OK) {
        out->args = items;
        out->count = count;
    }
    return 0;
}
