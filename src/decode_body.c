/* Body structures: BODY and BODYSTRUCTURE data (RFC 3501 §7.4.2); the
 * envelope inside a message/rfc822 part is src/decode_envelope.c's.
 *
 * A body structure has no event per field nor per part (`body` is a
 * name-only rule): it is read with a cursor over the bytes the body
 * machine has validated, in one pass, nested parts recursively where
 * their "(" is; a part ends at its ")", which no reader takes for
 * anything else.  The only events it takes are its message parts'
 * envelopes.
 *
 * Which of the four part shapes matched is decided by content, never by
 * which events exist, because basic, text and message parts are alive
 * together in the machine for about ten tokens: a "(" after the part's
 * "(" is a multipart; a quoted "MESSAGE" "RFC822" part with a "(" after
 * its size is a message part; a number after the size is a text part's
 * line count.
 *
 * Recursion follows the data (parts inside parts, lists inside extension
 * lists) and is bounded by the parser's nesting limit; each part's values
 * are read in one pass (a part with NIL where a single part's subtype
 * would be looks ahead at most four values). */
#include <string.h>
#include "decode_fetch.h"
#include "hints.h"

/* ---- body fields ------------------------------------------------------------ */

/* One part being read.  The body machine has accepted these bytes, so the
 * readers only find where each value ends (a quoted string at its closing
 * quote, a literal where the framer says, NIL and numbers at SP or a
 * parenthesis); a shape they do not expect fails with IMW_ERR_DECODE and
 * never reads past the whole body's end. */
struct part_cur {
    struct imw_decoder *d;
    const uint8_t *s;
    size_t at;
    size_t end;     /* the whole body's closing ")": a bound, not the part's */
    imw_node *next; /* the first envelope event not yet taken, shared by
                     * the parts, which are read in document order */
    unsigned depth; /* parts and extension lists around the cursor */
};

static int bad(struct part_cur *c, const char *reason)
{
    return imw_dec_fail(c->d, IMW_ERR_DECODE, c->at, "body", reason);
}

static int eat(struct part_cur *c, uint8_t ch)
{
    if (c->at < c->end && c->s[c->at] == ch) {
        c->at++;
        return 1;
    }
    return 0;
}

static int expect(struct part_cur *c, uint8_t ch)
{
    return eat(c, ch) ? 0 : bad(c, ch == ' ' ? "SP expected" : "\")\" expected");
}

/* The part ends at the cursor: its ")" (or the bound, on bytes the
 * machine did not accept as a body). */
static int part_ends(const struct part_cur *c)
{
    return c->at >= c->end || c->s[c->at] == ')';
}

/* The octet `ahead` of the cursor is `ch`. */
static int next_is(const struct part_cur *c, size_t ahead, uint8_t ch)
{
    return c->at + ahead < c->end && c->s[c->at + ahead] == ch;
}

static int digit_at(const struct part_cur *c, size_t ahead)
{
    return c->at + ahead < c->end && c->s[c->at + ahead] >= '0' &&
           c->s[c->at + ahead] <= '9';
}

/* NIL in any case (clearing bit 5 folds only a-z onto A-Z here). */
static int nil_at(const struct part_cur *c)
{
    const uint8_t *p = c->s + c->at;
    return c->at + 3 <= c->end && (p[0] & 0xDF) == 'N' &&
           (p[1] & 0xDF) == 'I' && (p[2] & 0xDF) == 'L';
}

/* The event of `rule` that starts at the cursor, taken: events come in
 * document order and the cursor only moves forward, so each is looked
 * at a bounded number of times. */
static imw_node take_child(struct part_cur *c, uint16_t rule)
{
    for (imw_node k = *c->next; k != IMW_NO_EVENT; k = imw_dec_next(c->d, k)) {
        const struct imw_event *e = imw_dec_ev(c->d, k);
        if (e->start > c->at)
            break;
        if (e->rule == rule && e->start == c->at) {
            *c->next = imw_dec_next(c->d, k);
            return k;
        }
    }
    return IMW_NO_EVENT;
}

/* A quoted string or literal at the cursor, consumed: its value in *out
 * (imw_dec_nstring_at); NIL gives { NULL, 0 } with `nil_ok`, else the
 * atom "NIL" as sent (the nil-string leniency's subtype, as before this
 * reader existed).  Inline everywhere: a part reads about ten. */
static IMW_ALWAYS_INLINE int read_nstring(struct part_cur *c, int nil_ok,
                                          imw_bytes *out)
{
    return imw_dec_nstring_at(c->d, &c->at, c->end, nil_ok, "body", out);
}

/* A number at the cursor, read as its digits are found: nine digits or
 * fewer cannot pass UINT32_MAX, so only longer ones go through
 * imw_dec_number()'s range test (and its error). */
static int read_number(struct part_cur *c, const char *rule, uint64_t *out)
{
    size_t start = c->at, at = start;
    uint64_t v = 0, digit;
    while (at < c->end && (digit = (uint64_t)(c->s[at] - '0')) <= 9) {
        v = v * 10 + digit; /* may wrap: see below */
        at++;
    }
    c->at = at;
    if (at == start)
        return bad(c, "number expected");
    if (at - start > 9)
        return imw_dec_number(c->d, start, at, UINT32_MAX, rule, out);
    *out = v;
    return 0;
}

static int read_u32(struct part_cur *c, const char *rule, uint32_t *out)
{
    uint64_t v = 0;
    int rc = read_number(c, rule, &v);
    *out = (uint32_t)v;
    return rc;
}

/* The value at the cursor (string, NIL, number or list), skipped. */
static int skip_value(struct part_cur *c)
{
    imw_bytes ignored;
    if (digit_at(c, 0)) {
        uint64_t n;
        return read_number(c, "body", &n);
    }
    if (!eat(c, '('))
        return read_nstring(c, 1, &ignored);
    do {
        if (skip_value(c) < 0)
            return c->d->error;
    } while (eat(c, ' '));
    return expect(c, ')');
}

/* 1 when at most `n` SP-separated values follow before the part's ")"
 * (looked at from a copy of the cursor), 0 when more do. */
static int ends_within(const struct part_cur *c, unsigned n)
{
    struct part_cur probe = *c;
    for (unsigned i = 0; !part_ends(&probe); i++) {
        if (i == n)
            return 0;
        if ((i > 0 && expect(&probe, ' ') < 0) || skip_value(&probe) < 0)
            return c->d->error;
    }
    return 1;
}

/* An array of unknown length in the arena: doubles when full (the old
 * room stays in the arena, at most as much again); NULL while empty.
 * Each slot is zeroed when it is pushed, not the room behind it. */
struct vec {
    void *items;
    size_t count, cap;
};

/* Room for twice as many items (four at first). */
static IMW_NOINLINE int vec_grow(struct imw_decoder *d, struct vec *v,
                                 size_t size)
{
    size_t cap = v->cap ? v->cap * 2 : 4;
    void *items = imw_dec_take(d, cap, size);
    if (!items)
        return d->error;
    if (v->count)
        memcpy(items, v->items, v->count * size);
    v->items = items;
    v->cap = cap;
    return 0;
}

/* A zeroed slot at the end; inline, so that `size` is a constant. */
static IMW_ALWAYS_INLINE void *vec_push(struct imw_decoder *d, struct vec *v,
                                        size_t size)
{
    if (v->count == v->cap && vec_grow(d, v, size) < 0)
        return NULL;
    void *slot = (char *)v->items + v->count++ * size;
    memset(slot, 0, size);
    return slot;
}

/* ---- body fields -------------------------------------------------------------- */

/* body-fld-param: "(" string SP string *(SP string SP string) ")" / nil.
 * A list with a NIL value (the param-nil-value leniency) decodes, as it
 * did when each parameter had an event, to an empty list that is not
 * NIL: kept so that typed values do not change with this reader. */
static int read_params(struct part_cur *c, struct imw_body_params *out)
{
    if (!eat(c, '(')) {
        if (!nil_at(c))
            return bad(c, "parameter list expected");
        c->at += 3;
        out->is_nil = 1;
        return 0;
    }
    struct vec v = { 0 };
    int nil_value = 0;
    do {
        struct imw_body_param *p = vec_push(c->d, &v, sizeof *p);
        if (!p || read_nstring(c, 0, &p->name) < 0 || expect(c, ' ') < 0)
            return c->d->error;
        nil_value |= nil_at(c);
        if (read_nstring(c, 0, &p->value) < 0)
            return c->d->error;
    } while (eat(c, ' '));
    if (!nil_value) {
        out->items = v.items;
        out->count = v.count;
    }
    return expect(c, ')');
}

/* body-fld-dsp: "(" string SP body-fld-param ")" / nil; a bare string
 * (the dsp-string leniency) carries no disposition: NIL. */
static int read_disposition(struct part_cur *c, struct imw_body_disposition *out)
{
    if (!eat(c, '(')) {
        out->is_nil = 1;
        imw_bytes ignored;
        return read_nstring(c, 1, &ignored);
    }
    if (read_nstring(c, 0, &out->type) < 0 || expect(c, ' ') < 0 ||
        read_params(c, &out->params) < 0)
        return c->d->error;
    return expect(c, ')');
}

/* body-fld-lang: nstring / "(" string *(SP string) ")" */
static int read_language(struct part_cur *c, struct imw_body_language *out)
{
    struct vec v = { 0 };
    if (eat(c, '(')) {
        out->is_list = 1;
        do {
            imw_bytes *tag = vec_push(c->d, &v, sizeof *tag);
            if (!tag || read_nstring(c, 0, tag) < 0)
                return c->d->error;
        } while (eat(c, ' '));
        if (expect(c, ')') < 0)
            return c->d->error;
    } else {
        imw_bytes tag;
        if (read_nstring(c, 1, &tag) < 0)
            return c->d->error;
        if (!tag.ptr) {
            out->is_nil = 1;
            return 0;
        }
        imw_bytes *item = vec_push(c->d, &v, sizeof *item);
        if (!item)
            return c->d->error;
        *item = tag;
    }
    out->items = v.items;
    out->count = v.count;
    return 0;
}

/* body-extension: nstring / number / "(" body-extension *(SP ...) ")",
 * as a generic value. */
static int read_extension(struct part_cur *c, struct imw_value *v)
{
    size_t start = c->at;
    if (eat(c, '(')) {
        if (++c->depth > c->d->run->nesting_limit)
            return bad(c, "extension lists nested too deep");
        struct vec items = { 0 };
        do {
            struct imw_value *item = vec_push(c->d, &items, sizeof *item);
            if (!item || read_extension(c, item) < 0)
                return c->d->error;
        } while (eat(c, ' '));
        if (expect(c, ')') < 0)
            return c->d->error;
        c->depth--;
        v->kind = IMW_VALUE_LIST;
        v->items = items.items;
        v->count = items.count;
    } else if (digit_at(c, 0)) {
        if (read_number(c, "body-extension", &v->number) < 0)
            return c->d->error;
        v->kind = IMW_VALUE_NUMBER;
        v->bytes = imw_dec_slice(c->d, start, c->at);
    } else {
        if (read_nstring(c, 1, &v->bytes) < 0)
            return c->d->error;
        v->kind = v->bytes.ptr ? IMW_VALUE_STRING : IMW_VALUE_NIL;
    }
    v->raw = imw_dec_slice(c->d, start, c->at);
    return 0;
}

/* [SP disposition [SP language [SP location *(SP body-extension)]]]: the
 * part of the extension data that single parts and multiparts share. */
static int read_ext_tail(struct part_cur *c, struct imw_body_ext *ext)
{
    if (!eat(c, ' '))
        return 0;
    ext->fields++;
    if (read_disposition(c, &ext->disposition) < 0)
        return c->d->error;
    if (!eat(c, ' '))
        return 0;
    ext->fields++;
    if (read_language(c, &ext->language) < 0)
        return c->d->error;
    if (!eat(c, ' '))
        return 0;
    ext->fields++;
    if (read_nstring(c, 1, &ext->location) < 0)
        return c->d->error;
    struct vec values = { 0 };
    while (eat(c, ' ')) {
        struct imw_value *v = vec_push(c->d, &values, sizeof *v);
        if (!v || read_extension(c, v) < 0)
            return c->d->error;
    }
    ext->extensions = values.items;
    ext->extension_count = values.count;
    return 0;
}

/* body-ext-mpart from its parameters on (the cursor after the SP). */
static int read_mpart_ext(struct part_cur *c, struct imw_body_ext *ext)
{
    ext->fields++;
    if (read_params(c, &ext->params) < 0)
        return c->d->error;
    return read_ext_tail(c, ext);
}

/* ---- parts ------------------------------------------------------------------- */

static int fill_body(struct imw_decoder *d, size_t start, size_t limit,
                     unsigned depth, imw_node *next, struct imw_body *b,
                     size_t *end);

/* The part nested at the cursor (its "("), decoded into *b and skipped. */
static int read_nested(struct part_cur *c, struct imw_body *b)
{
    return fill_body(c->d, c->at, c->end, c->depth + 1, c->next, b, &c->at);
}

/* 1*body SP media-subtype [SP body-ext-mpart]: the parts are read into
 * an array that doubles (struct vec), as their count is known only at
 * the end. */
static int read_multipart(struct part_cur *c, struct imw_body *b)
{
    struct vec parts = { 0 };
    while (next_is(c, 0, '(')) {
        struct imw_body *part = vec_push(c->d, &parts, sizeof *part);
        if (!part || read_nested(c, part) < 0)
            return c->d->error;
    }
    b->kind = IMW_BODY_MULTIPART;
    b->parts = parts.items;
    b->part_count = parts.count;
    if (expect(c, ' ') < 0 || read_nstring(c, 0, &b->subtype) < 0)
        return c->d->error;
    return eat(c, ' ') ? read_mpart_ext(c, &b->ext) : 0;
}

/* multipart-as-single: nil SP media-subtype SP body-fld-param SP id SP
 * desc SP enc [SP octets], typed as a multipart without parts whose
 * parameters are its extension parameters; the rest is not kept. */
static int read_multipart_as_single(struct part_cur *c, struct imw_body *b)
{
    imw_bytes ignored;
    c->at += 3;
    b->kind = IMW_BODY_MULTIPART;
    b->ext.fields = 1;
    if (expect(c, ' ') < 0 || read_nstring(c, 0, &b->subtype) < 0 ||
        expect(c, ' ') < 0 || read_params(c, &b->ext.params) < 0)
        return c->d->error;
    for (int field = 0; field < 3; field++) /* id, description, encoding */
        if (expect(c, ' ') < 0 || read_nstring(c, 1, &ignored) < 0)
            return c->d->error;
    return eat(c, ' ') ? skip_value(c) : 0;
}

/* The quoted string at `at` is `word` (any case). */
static int quoted_is(const struct part_cur *c, size_t at, const char *word)
{
    size_t len = strlen(word);
    return c->s[at] == '"' && at + len + 1 < c->end && c->s[at + len + 1] == '"' &&
           imw_dec_word_is(imw_dec_slice(c->d, at + 1, at + len + 1), word);
}

/* body-type-msg's tail: envelope SP body SP body-fld-lines. */
static int read_message(struct part_cur *c, struct imw_body *b)
{
    imw_node env = take_child(c, IMW_RULE_ENVELOPE);
    if (env == IMW_NO_EVENT)
        return bad(c, "envelope event not recorded");
    if (imw_dec_envelope(c->d, env, &b->envelope) < 0)
        return c->d->error;
    c->at = imw_dec_ev(c->d, env)->end;
    struct imw_body *inner = imw_dec_alloc(c->d, 1, sizeof *inner);
    if (!inner || expect(c, ' ') < 0 || read_nested(c, inner) < 0 ||
        expect(c, ' ') < 0 || read_u32(c, "body-fld-lines", &b->lines) < 0)
        return c->d->error;
    b->kind = IMW_BODY_MESSAGE;
    b->body = inner;
    return 0;
}

/* A single part from its subtype on (`type_at`: where its type began):
 * SP body-fields, then by content the message part's envelope, body and
 * lines or the text part's lines, then [SP body-ext-1part]. */
static int read_single(struct part_cur *c, size_t type_at, struct imw_body *b)
{
    size_t subtype_at = c->at;
    if (read_nstring(c, 0, &b->subtype) < 0 || expect(c, ' ') < 0 ||
        read_params(c, &b->params) < 0 || expect(c, ' ') < 0 ||
        read_nstring(c, 1, &b->id) < 0 || expect(c, ' ') < 0 ||
        read_nstring(c, 1, &b->description) < 0 || expect(c, ' ') < 0 ||
        /* NIL only by the nil-encoding leniency: { NULL, 0 } */
        read_nstring(c, 1, &b->encoding) < 0 || expect(c, ' ') < 0 ||
        read_u32(c, "body-fld-octets", &b->octets) < 0)
        return c->d->error;
    b->kind = IMW_BODY_BASIC;
    if (next_is(c, 0, ' ') && next_is(c, 1, '(') && quoted_is(c, type_at, "MESSAGE") &&
        quoted_is(c, subtype_at, "RFC822")) {
        c->at++;
        if (read_message(c, b) < 0)
            return c->d->error;
    } else if (next_is(c, 0, ' ') && digit_at(c, 1)) {
        c->at++;
        b->kind = IMW_BODY_TEXT;
        if (read_u32(c, "body-fld-lines", &b->lines) < 0)
            return c->d->error;
    }
    if (!eat(c, ' '))
        return 0;
    /* body-fld-md5: nstring, or a parameter list kept as sent (the
     * md5-params leniency) */
    b->ext.fields++;
    size_t md5_at = c->at;
    if (next_is(c, 0, '(')) {
        if (skip_value(c) < 0)
            return c->d->error;
        b->ext.md5 = imw_dec_slice(c->d, md5_at, c->at);
    } else if (read_nstring(c, 1, &b->ext.md5) < 0) {
        return c->d->error;
    }
    return read_ext_tail(c, &b->ext);
}

/* A part that starts with a string: a single part, or with the
 * empty-multipart leniency a multipart without parts whose "type" is its
 * subtype ("MIXED" [SP params [SP dsp [SP lang [SP loc]]]]: at most four
 * values after it, where a single part has at least six). */
static int read_typed(struct part_cur *c, struct imw_body *b)
{
    size_t type_at = c->at;
    imw_bytes first;
    if (read_nstring(c, 0, &first) < 0)
        return c->d->error;
    if (part_ends(c) || next_is(c, 1, '(')) {
        b->kind = IMW_BODY_MULTIPART;
        b->subtype = first;
        return eat(c, ' ') ? read_mpart_ext(c, &b->ext) : 0;
    }
    if (expect(c, ' ') < 0)
        return c->d->error;
    if (nil_at(c)) {
        int empty = ends_within(c, 4);
        if (empty < 0)
            return empty;
        if (empty) {
            b->kind = IMW_BODY_MULTIPART;
            b->subtype = first;
            return read_mpart_ext(c, &b->ext);
        }
    }
    b->type = first;
    return read_single(c, type_at, b);
}

/* The part whose "(" is at `start`, inside a body that ends at `limit`;
 * *end: after its ")". */
static int fill_body(struct imw_decoder *d, size_t start, size_t limit,
                     unsigned depth, imw_node *next, struct imw_body *b,
                     size_t *end)
{
    struct part_cur c = { d, imw_dec_bytes(d), start + 1, limit, next, depth };
    if (start >= limit || c.s[start] != '(')
        return imw_dec_fail(d, IMW_ERR_DECODE, start, "body",
                            "body part expected");
    if (depth > d->run->nesting_limit)
        return bad(&c, "parts nested too deep");
    int rc;
    if (next_is(&c, 0, '('))
        rc = read_multipart(&c, b);
    else if (nil_at(&c))
        rc = read_multipart_as_single(&c, b);
    else
        rc = read_typed(&c, b);
    if (rc < 0)
        return rc;
    if (expect(&c, ')') < 0)
        return d->error;
    b->raw = imw_dec_slice(d, start, c.at);
    *end = c.at;
    return 0;
}

int imw_dec_body(struct imw_decoder *d, size_t start, size_t end,
                 imw_node envelopes, const struct imw_body **out)
{
    struct imw_body *b = imw_dec_alloc(d, 1, sizeof *b);
    size_t part_end;
    if (!b || fill_body(d, start, end, 0, &envelopes, b, &part_end) < 0)
        return d->error;
    if (part_end != end)
        return imw_dec_fail(d, IMW_ERR_DECODE, part_end, "body",
                            "bytes after the body");
    *out = b;
    return 0;
}
