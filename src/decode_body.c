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
#include "swar.h"

/* ---- the cursor ---------------------------------------------------------- */

/* One part being read.  The body machine has accepted these bytes, so the
 * readers only find where each value ends (a quoted string at its closing
 * quote, a literal where the framer says, NIL and numbers at SP or a
 * parenthesis); a shape they do not expect fails with IMW_ERR_DECODE and
 * never reads past the whole body's end.
 *
 * The position is passed and returned by value (IMW_DEC_FAILED once a
 * read failed: the error is in the decoder), and each reader works on a
 * local copy of the span (struct span): every value is stored through a
 * pointer, which to the compiler may alias a field of a struct in memory,
 * so that a cursor kept there was loaded again after each store. */
struct span {
    struct imw_decoder *d;
    const uint8_t *s;
    size_t end;     /* the whole body's closing ")": a bound, not the part's */
};

struct part_cur {
    struct span sp;
    imw_node *next; /* the first envelope event not yet taken, shared by
                     * the parts, which are read in document order */
    unsigned depth; /* parts and extension lists around the cursor */
};

#define FAILED IMW_DEC_FAILED

static IMW_COLD size_t bad(struct span sp, size_t at, const char *reason)
{
    imw_dec_fail(sp.d, IMW_ERR_DECODE, at, "body", reason);
    return FAILED;
}

/* The octet at `at` is `ch` (false at the end, and for FAILED, which is
 * past every end). */
static IMW_ALWAYS_INLINE int octet_is(struct span sp, size_t at, uint8_t ch)
{
    return at < sp.end && sp.s[at] == ch;
}

static IMW_ALWAYS_INLINE int digit_is(struct span sp, size_t at)
{
    return at < sp.end && sp.s[at] >= '0' && sp.s[at] <= '9';
}

/* NIL in any case at `at`. */
static IMW_ALWAYS_INLINE int nil_is(struct span sp, size_t at)
{
    return at < sp.end && sp.end - at >= 3 && imw_dec_nil_at(sp.s, at);
}

/* The part ends at `at`: its ")" (or the bound, on bytes the machine did
 * not accept as a body). */
static IMW_ALWAYS_INLINE int part_ends(struct span sp, size_t at)
{
    return at >= sp.end || sp.s[at] == ')';
}

/* Past the `ch` at `at`, or the error (kept when `at` is FAILED). */
static IMW_ALWAYS_INLINE size_t expect(struct span sp, size_t at, uint8_t ch)
{
    if (IMW_LIKELY(octet_is(sp, at, ch)))
        return at + 1;
    if (at == FAILED)
        return FAILED;
    return bad(sp, at, ch == ' ' ? "SP expected" : "\")\" expected");
}

/* After a list's item at *at: 1 and past the SP there when another item
 * follows, else 0 (inline: *at stays in a register). */
static IMW_ALWAYS_INLINE int sp_next(struct span sp, size_t *at)
{
    if (!octet_is(sp, *at, ' '))
        return 0;
    ++*at;
    return 1;
}

/* The event of `rule` that starts at `at`, taken: events come in
 * document order and the cursor only moves forward, so each is looked
 * at a bounded number of times. */
static imw_node take_child(const struct part_cur *c, size_t at, uint16_t rule)
{
    struct imw_decoder *d = c->sp.d;
    for (imw_node k = *c->next; k != IMW_NO_EVENT; k = imw_dec_next(d, k)) {
        const struct imw_event *e = imw_dec_ev(d, k);
        if (e->start > at)
            break;
        if (e->rule == rule && e->start == at) {
            *c->next = imw_dec_next(d, k);
            return k;
        }
    }
    return IMW_NO_EVENT;
}

/* A quoted string or literal at `at` (not FAILED): its value in *out
 * (imw_dec_nstring_next); NIL gives { NULL, 0 } with `nil_ok`, else the
 * atom "NIL" as sent (the nil-string leniency's subtype, as before this
 * reader existed).  Inline everywhere: a part reads about ten. */
static IMW_ALWAYS_INLINE size_t read_nstring(struct span sp, size_t at,
                                             int nil_ok, imw_bytes *out)
{
    return imw_dec_nstring_next(sp.d, sp.s, at, sp.end, nil_ok, "body", out);
}

/* SP and an nstring after `at` (which may be FAILED). */
static IMW_ALWAYS_INLINE size_t sp_nstring(struct span sp, size_t at,
                                           int nil_ok, imw_bytes *out)
{
    at = expect(sp, at, ' ');
    return at == FAILED ? FAILED : read_nstring(sp, at, nil_ok, out);
}

/* The digits at `at` one at a time, from `start` of the number on. */
static size_t read_digits(struct span sp, size_t start, const char *rule,
                          uint64_t *out)
{
    size_t at = start;
    uint64_t v = 0, digit;
    while (at < sp.end && (digit = (uint64_t)(sp.s[at] - '0')) <= 9) {
        v = v * 10 + digit; /* may wrap: see below */
        at++;
    }
    if (at == start)
        return bad(sp, at, "number expected");
    if (at - start > 9)
        return imw_dec_number(sp.d, start, at, UINT32_MAX, rule, out) < 0
                   ? FAILED
                   : at;
    *out = v;
    return at;
}

/* A number at `at` (not FAILED), read as its digits are found: nine
 * digits or fewer cannot pass UINT32_MAX, so only longer ones go through
 * imw_dec_number()'s range test (and its error).  One to seven digits
 * with eight octets left before the end are read as one word (src/swar.h:
 * sizes and line counts are of four to seven). */
static IMW_ALWAYS_INLINE size_t read_number(struct span sp, size_t at,
                                            const char *rule, uint64_t *out)
{
#ifdef IMW_SWAR_DIGITS
    if (IMW_LIKELY(at < sp.end && sp.end - at >= 8)) {
        uint64_t x = imw_swar_load8(sp.s + at);
        unsigned n = imw_swar_digit_count(x);
        if (IMW_LIKELY(n - 1 < 7)) {
            *out = imw_swar_digits_value(x, n);
            return at + n;
        }
    }
#endif
    return read_digits(sp, at, rule, out);
}

static IMW_ALWAYS_INLINE size_t read_u32(struct span sp, size_t at,
                                         const char *rule, uint32_t *out)
{
    uint64_t v = 0;
    at = read_number(sp, at, rule, &v);
    *out = (uint32_t)v;
    return at;
}

/* The value at `at` (string, NIL, number or list), skipped. */
static size_t skip_value(struct span sp, size_t at)
{
    imw_bytes ignored;
    if (digit_is(sp, at)) {
        uint64_t n;
        return read_number(sp, at, "body", &n);
    }
    if (!octet_is(sp, at, '('))
        return read_nstring(sp, at, 1, &ignored);
    at++;
    do {
        if ((at = skip_value(sp, at)) == FAILED)
            return FAILED;
    } while (sp_next(sp, &at));
    return expect(sp, at, ')');
}

/* 1 when at most `n` SP-separated values follow `at` before the part's
 * ")", 0 when more do, or the error. */
static int ends_within(struct span sp, size_t at, unsigned n)
{
    for (unsigned i = 0; !part_ends(sp, at); i++) {
        if (i == n)
            return 0;
        if (i > 0)
            at = expect(sp, at, ' ');
        if (at == FAILED || (at = skip_value(sp, at)) == FAILED)
            return sp.d->error;
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
    if (v->count == v->cap) {
        /* the first four slots in line (a bump of the arena: most lists
         * hold one or two), a copy into twice the room out of line */
        if (v->cap == 0) {
            if (!(v->items = imw_dec_take(d, 4, size)))
                return NULL;
            v->cap = 4;
        } else if (vec_grow(d, v, size) < 0) {
            return NULL;
        }
    }
    void *slot = (char *)v->items + v->count++ * size;
    memset(slot, 0, size);
    return slot;
}

/* ---- body fields -------------------------------------------------------------- */

/* body-fld-param: "(" string SP string *(SP string SP string) ")" / nil.
 * A list with a NIL value (the param-nil-value leniency) decodes, as it
 * did when each parameter had an event, to an empty list that is not
 * NIL: kept so that typed values do not change with this reader. */
static size_t read_params(struct span sp, size_t at,
                          struct imw_body_params *out)
{
    if (!octet_is(sp, at, '(')) {
        if (!nil_is(sp, at))
            return bad(sp, at, "parameter list expected");
        out->is_nil = 1;
        return at + 3;
    }
    at++;
    struct vec v = { 0 };
    int nil_value = 0;
    do {
        struct imw_body_param *p = vec_push(sp.d, &v, sizeof *p);
        if (!p || (at = read_nstring(sp, at, 0, &p->name)) == FAILED ||
            (at = expect(sp, at, ' ')) == FAILED)
            return FAILED;
        nil_value |= nil_is(sp, at);
        if ((at = read_nstring(sp, at, 0, &p->value)) == FAILED)
            return FAILED;
    } while (sp_next(sp, &at));
    if (!nil_value) {
        out->items = v.items;
        out->count = v.count;
    }
    return expect(sp, at, ')');
}

/* body-fld-dsp: "(" string SP body-fld-param ")" / nil; a bare string
 * (the dsp-string leniency) carries no disposition: NIL. */
static size_t read_disposition(struct span sp, size_t at,
                               struct imw_body_disposition *out)
{
    if (!octet_is(sp, at, '(')) {
        out->is_nil = 1;
        imw_bytes ignored;
        return read_nstring(sp, at, 1, &ignored);
    }
    at = read_nstring(sp, at + 1, 0, &out->type);
    at = expect(sp, at, ' ');
    if (at == FAILED || (at = read_params(sp, at, &out->params)) == FAILED)
        return FAILED;
    return expect(sp, at, ')');
}

/* body-fld-lang: nstring / "(" string *(SP string) ")" */
static size_t read_language(struct span sp, size_t at,
                            struct imw_body_language *out)
{
    struct vec v = { 0 };
    if (octet_is(sp, at, '(')) {
        out->is_list = 1;
        at++;
        do {
            imw_bytes *tag = vec_push(sp.d, &v, sizeof *tag);
            if (!tag || (at = read_nstring(sp, at, 0, tag)) == FAILED)
                return FAILED;
        } while (sp_next(sp, &at));
        if ((at = expect(sp, at, ')')) == FAILED)
            return FAILED;
    } else {
        imw_bytes tag;
        if ((at = read_nstring(sp, at, 1, &tag)) == FAILED)
            return FAILED;
        if (!tag.ptr) {
            out->is_nil = 1;
            return at;
        }
        imw_bytes *item = vec_push(sp.d, &v, sizeof *item);
        if (!item)
            return FAILED;
        *item = tag;
    }
    out->items = v.items;
    out->count = v.count;
    return at;
}

/* body-extension: nstring / number / "(" body-extension *(SP ...) ")",
 * as a generic value. */
static size_t read_extension(struct part_cur *c, size_t at,
                             struct imw_value *v)
{
    const struct span sp = c->sp;
    size_t start = at;
    if (octet_is(sp, at, '(')) {
        at++;
        if (++c->depth > sp.d->run->nesting_limit)
            return bad(sp, at, "extension lists nested too deep");
        struct vec items = { 0 };
        do {
            struct imw_value *item = vec_push(sp.d, &items, sizeof *item);
            if (!item || (at = read_extension(c, at, item)) == FAILED)
                return FAILED;
        } while (sp_next(sp, &at));
        if ((at = expect(sp, at, ')')) == FAILED)
            return FAILED;
        c->depth--;
        v->kind = IMW_VALUE_LIST;
        v->items = items.items;
        v->count = items.count;
    } else if (digit_is(sp, at)) {
        if ((at = read_number(sp, at, "body-extension", &v->number)) == FAILED)
            return FAILED;
        v->kind = IMW_VALUE_NUMBER;
        v->bytes = imw_dec_slice(sp.d, start, at);
    } else {
        if ((at = read_nstring(sp, at, 1, &v->bytes)) == FAILED)
            return FAILED;
        v->kind = v->bytes.ptr ? IMW_VALUE_STRING : IMW_VALUE_NIL;
    }
    v->raw = imw_dec_slice(sp.d, start, at);
    return at;
}

/* [SP disposition [SP language [SP location *(SP body-extension)]]]: the
 * part of the extension data that single parts and multiparts share. */
static size_t read_ext_tail(struct part_cur *c, size_t at,
                            struct imw_body_ext *ext)
{
    const struct span sp = c->sp;
    if (!octet_is(sp, at, ' '))
        return at;
    ext->fields++;
    if ((at = read_disposition(sp, at + 1, &ext->disposition)) == FAILED)
        return FAILED;
    if (!octet_is(sp, at, ' '))
        return at;
    ext->fields++;
    if ((at = read_language(sp, at + 1, &ext->language)) == FAILED)
        return FAILED;
    if (!octet_is(sp, at, ' '))
        return at;
    ext->fields++;
    if ((at = read_nstring(sp, at + 1, 1, &ext->location)) == FAILED)
        return FAILED;
    struct vec values = { 0 };
    while (octet_is(sp, at, ' ')) {
        struct imw_value *v = vec_push(sp.d, &values, sizeof *v);
        if (!v || (at = read_extension(c, at + 1, v)) == FAILED)
            return FAILED;
    }
    ext->extensions = values.items;
    ext->extension_count = values.count;
    return at;
}

/* body-ext-mpart from its parameters on (`at`: after the SP). */
static size_t read_mpart_ext(struct part_cur *c, size_t at,
                             struct imw_body_ext *ext)
{
    ext->fields++;
    if ((at = read_params(c->sp, at, &ext->params)) == FAILED)
        return FAILED;
    return read_ext_tail(c, at, ext);
}

/* ---- parts ------------------------------------------------------------------- */

static size_t fill_body(struct imw_decoder *d, size_t start, size_t limit,
                        unsigned depth, imw_node *next, struct imw_body *b);

/* The part nested at `at` (its "("), decoded into *b and skipped. */
static size_t read_nested(const struct part_cur *c, size_t at,
                          struct imw_body *b)
{
    return fill_body(c->sp.d, at, c->sp.end, c->depth + 1, c->next, b);
}

/* 1*body SP media-subtype [SP body-ext-mpart]: the parts are read into
 * an array that doubles (struct vec), as their count is known only at
 * the end. */
static size_t read_multipart(struct part_cur *c, size_t at, struct imw_body *b)
{
    const struct span sp = c->sp;
    struct vec parts = { 0 };
    while (octet_is(sp, at, '(')) {
        struct imw_body *part = vec_push(sp.d, &parts, sizeof *part);
        if (!part || (at = read_nested(c, at, part)) == FAILED)
            return FAILED;
    }
    b->kind = IMW_BODY_MULTIPART;
    b->parts = parts.items;
    b->part_count = parts.count;
    if ((at = sp_nstring(sp, at, 0, &b->subtype)) == FAILED)
        return FAILED;
    return octet_is(sp, at, ' ') ? read_mpart_ext(c, at + 1, &b->ext) : at;
}

/* multipart-as-single: nil SP media-subtype SP body-fld-param SP id SP
 * desc SP enc [SP octets], typed as a multipart without parts whose
 * parameters are its extension parameters; the rest is not kept. */
static size_t read_multipart_as_single(struct part_cur *c, size_t at,
                                       struct imw_body *b)
{
    const struct span sp = c->sp;
    imw_bytes ignored;
    b->kind = IMW_BODY_MULTIPART;
    b->ext.fields = 1;
    at = sp_nstring(sp, at + 3, 0, &b->subtype);
    at = expect(sp, at, ' ');
    if (at == FAILED || (at = read_params(sp, at, &b->ext.params)) == FAILED)
        return FAILED;
    for (int field = 0; field < 3; field++) /* id, description, encoding */
        if ((at = sp_nstring(sp, at, 1, &ignored)) == FAILED)
            return FAILED;
    return octet_is(sp, at, ' ') ? skip_value(sp, at + 1) : at;
}

/* The quoted string at `at` is `word` (any case). */
static int quoted_is(struct span sp, size_t at, const char *word)
{
    size_t len = strlen(word);
    return sp.s[at] == '"' && at + len + 1 < sp.end &&
           sp.s[at + len + 1] == '"' &&
           imw_dec_word_is(imw_dec_slice(sp.d, at + 1, at + len + 1), word);
}

/* body-type-msg's tail from `at` (its envelope): envelope SP body SP
 * body-fld-lines. */
static size_t read_message(struct part_cur *c, size_t at, struct imw_body *b)
{
    const struct span sp = c->sp;
    imw_node env = take_child(c, at, IMW_RULE_ENVELOPE);
    if (env == IMW_NO_EVENT)
        return bad(sp, at, "envelope event not recorded");
    if (imw_dec_envelope(sp.d, env, &b->envelope) < 0)
        return FAILED;
    at = imw_dec_ev(sp.d, env)->end;
    struct imw_body *inner = imw_dec_alloc(sp.d, 1, sizeof *inner);
    if (!inner || (at = expect(sp, at, ' ')) == FAILED ||
        (at = read_nested(c, at, inner)) == FAILED ||
        (at = expect(sp, at, ' ')) == FAILED ||
        (at = read_u32(sp, at, "body-fld-lines", &b->lines)) == FAILED)
        return FAILED;
    b->kind = IMW_BODY_MESSAGE;
    b->body = inner;
    return at;
}

/* body-fields from the subtype at `at` on: media-subtype SP
 * body-fld-param SP id SP desc SP enc SP octets. */
static IMW_ALWAYS_INLINE size_t read_fields(struct span sp, size_t at,
                                            struct imw_body *b)
{
    at = read_nstring(sp, at, 0, &b->subtype);
    at = expect(sp, at, ' ');
    if (at == FAILED || (at = read_params(sp, at, &b->params)) == FAILED)
        return FAILED;
    at = sp_nstring(sp, at, 1, &b->id);
    if (at != FAILED)
        at = sp_nstring(sp, at, 1, &b->description);
    if (at != FAILED) /* NIL only by the nil-encoding leniency: { NULL, 0 } */
        at = sp_nstring(sp, at, 1, &b->encoding);
    at = expect(sp, at, ' ');
    return at == FAILED ? FAILED
                        : read_u32(sp, at, "body-fld-octets", &b->octets);
}

/* A single part from its subtype at `at` on (`type_at`: where its type
 * began): SP body-fields, then by content the message part's envelope,
 * body and lines or the text part's lines, then [SP body-ext-1part]. */
static size_t read_single(struct part_cur *c, size_t at, size_t type_at,
                          struct imw_body *b)
{
    const struct span sp = c->sp;
    size_t subtype_at = at;
    if ((at = read_fields(sp, at, b)) == FAILED)
        return FAILED;
    b->kind = IMW_BODY_BASIC;
    if (octet_is(sp, at, ' ') && octet_is(sp, at + 1, '(') &&
        quoted_is(sp, type_at, "MESSAGE") &&
        quoted_is(sp, subtype_at, "RFC822")) {
        if ((at = read_message(c, at + 1, b)) == FAILED)
            return FAILED;
    } else if (octet_is(sp, at, ' ') && digit_is(sp, at + 1)) {
        b->kind = IMW_BODY_TEXT;
        if ((at = read_u32(sp, at + 1, "body-fld-lines", &b->lines)) == FAILED)
            return FAILED;
    }
    if (!octet_is(sp, at, ' '))
        return at;
    at++;
    /* body-fld-md5: nstring, or a parameter list kept as sent (the
     * md5-params leniency) */
    b->ext.fields++;
    size_t md5_at = at;
    if (octet_is(sp, at, '(')) {
        if ((at = skip_value(sp, at)) == FAILED)
            return FAILED;
        b->ext.md5 = imw_dec_slice(sp.d, md5_at, at);
    } else if ((at = read_nstring(sp, at, 1, &b->ext.md5)) == FAILED) {
        return FAILED;
    }
    return read_ext_tail(c, at, &b->ext);
}

/* A part that starts with a string: a single part, or with the
 * empty-multipart leniency a multipart without parts whose "type" is its
 * subtype ("MIXED" [SP params [SP dsp [SP lang [SP loc]]]]: at most four
 * values after it, where a single part has at least six). */
static size_t read_typed(struct part_cur *c, size_t at, struct imw_body *b)
{
    const struct span sp = c->sp;
    size_t type_at = at;
    imw_bytes first;
    if ((at = read_nstring(sp, at, 0, &first)) == FAILED)
        return FAILED;
    if (part_ends(sp, at) || octet_is(sp, at + 1, '(')) {
        b->kind = IMW_BODY_MULTIPART;
        b->subtype = first;
        return octet_is(sp, at, ' ') ? read_mpart_ext(c, at + 1, &b->ext) : at;
    }
    if ((at = expect(sp, at, ' ')) == FAILED)
        return FAILED;
    if (nil_is(sp, at)) {
        int empty = ends_within(sp, at, 4);
        if (empty < 0)
            return FAILED;
        if (empty) {
            b->kind = IMW_BODY_MULTIPART;
            b->subtype = first;
            return read_mpart_ext(c, at, &b->ext);
        }
    }
    b->type = first;
    return read_single(c, at, type_at, b);
}

/* The part whose "(" is at `start`, inside a body that ends at `limit`;
 * returns the position after its ")". */
static size_t fill_body(struct imw_decoder *d, size_t start, size_t limit,
                        unsigned depth, imw_node *next, struct imw_body *b)
{
    struct part_cur c = { { d, imw_dec_bytes(d), limit }, next, depth };
    const struct span sp = c.sp;
    size_t at = start + 1;
    if (start >= limit || sp.s[start] != '(') {
        imw_dec_fail(d, IMW_ERR_DECODE, start, "body", "body part expected");
        return FAILED;
    }
    if (depth > d->run->nesting_limit)
        return bad(sp, at, "parts nested too deep");
    if (octet_is(sp, at, '('))
        at = read_multipart(&c, at, b);
    else if (nil_is(sp, at))
        at = read_multipart_as_single(&c, at, b);
    else
        at = read_typed(&c, at, b);
    if ((at = expect(sp, at, ')')) == FAILED)
        return FAILED;
    b->raw = imw_dec_slice(d, start, at);
    return at;
}

int imw_dec_body(struct imw_decoder *d, size_t start, size_t end,
                 imw_node envelopes, const struct imw_body **out)
{
    struct imw_body *b = imw_dec_alloc(d, 1, sizeof *b);
    size_t part_end;
    if (!b || (part_end = fill_body(d, start, end, 0, &envelopes, b)) == FAILED)
        return d->error;
    if (part_end != end)
        return imw_dec_fail(d, IMW_ERR_DECODE, part_end, "body",
                            "bytes after the body");
    *out = b;
    return 0;
}
