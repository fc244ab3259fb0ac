/* Body structures: BODY and BODYSTRUCTURE data (RFC 3501 §7.4.2); the
 * envelope inside a message/rfc822 part is src/decode_envelope.c's.
 *
 * Every field has an event (grammar/bindings, "FETCH"), so the decoders
 * take each value's span from the tree.  A body node's children are the
 * events of that part only: nested parts are body nodes of their own
 * (`call body`), whose fields sit below them.  The one value without an
 * event is the media type: it is the string between the part's "(" and
 * the SP before media-subtype.
 *
 * Which of the four part shapes matched is decided by content, never by
 * which events exist alone, because basic, text and message parts are
 * alive together in the machine for about ten tokens: a "(" after the
 * part's "(" is a multipart; an envelope is only in a message part; a
 * line count after body-fields is only in a text part.
 *
 * Recursion follows the data (parts inside parts, lists inside extension
 * lists) and is bounded by the parser's nesting limit; each node is
 * visited once. */
#include <string.h>
#include "decode_fetch.h"

/* ---- shared field readers ------------------------------------------------- */

static int missing(struct imw_decoder *d, imw_node parent, uint16_t rule)
{
    return imw_dec_fail(d, IMW_ERR_DECODE, imw_dec_ev(d, parent)->start,
                        imw_rule_names[rule], "field event not recorded");
}

/* The single child `rule` of `parent`, required. */
static int field(struct imw_decoder *d, imw_node parent, uint16_t rule,
                 imw_node *out)
{
    *out = imw_dec_find(d, parent, rule, IMW_ANY_START);
    return *out == IMW_NO_EVENT ? missing(d, parent, rule) : 0;
}

static int nstring_field(struct imw_decoder *d, imw_node parent, uint16_t rule,
                         imw_bytes *out)
{
    imw_node n;
    if (field(d, parent, rule, &n) < 0)
        return d->error;
    return imw_dec_string_node(d, n, 1, out);
}

static int u32_node(struct imw_decoder *d, imw_node n, const char *rule,
                    uint32_t *out)
{
    const struct imw_event *e = imw_dec_ev(d, n);
    return imw_dec_u32(d, e->start, e->end, rule, out);
}

static int opens_list(const struct imw_decoder *d, imw_node n)
{
    return imw_dec_bytes(d)[imw_dec_ev(d, n)->start] == '(';
}

/* ---- body fields ------------------------------------------------------------ */

/* body-fld-param: "(" name SP value *(SP name SP value) ")" / nil */
static int decode_params(struct imw_decoder *d, imw_node n,
                         struct imw_body_params *out)
{
    out->is_nil = !opens_list(d, n);
    size_t count = imw_dec_count(d, n, IMW_RULE_BODY_FLD_PARAM_NAME), i = 0;
    struct imw_body_param *items = imw_dec_alloc(d, count, sizeof *items);
    if (count && !items)
        return d->error;
    IMW_FOR_CHILDREN(d, n, c) {
        int rc = 0;
        if (imw_dec_is(d, c, IMW_RULE_BODY_FLD_PARAM_NAME) && i < count)
            rc = imw_dec_string_node(d, c, 0, &items[i].name);
        else if (imw_dec_is(d, c, IMW_RULE_BODY_FLD_PARAM_VALUE) && i < count)
            rc = imw_dec_string_node(d, c, 0, &items[i++].value);
        if (rc < 0)
            return d->error;
    }
    out->items = items;
    out->count = count;
    return 0;
}

/* body-fld-dsp: "(" string SP body-fld-param ")" / nil */
static int decode_disposition(struct imw_decoder *d, imw_node n,
                              struct imw_body_disposition *out)
{
    if (!opens_list(d, n)) {
        out->is_nil = 1;
        return 0;
    }
    imw_node params;
    if (field(d, n, IMW_RULE_BODY_FLD_PARAM, &params) < 0)
        return d->error;
    size_t type_start = imw_dec_ev(d, n)->start + 1;
    size_t type_end = imw_dec_ev(d, params)->start - 1;
    if (imw_dec_string(d, type_start, type_end, 0, &out->type) < 0)
        return d->error;
    return decode_params(d, params, &out->params);
}

/* body-fld-lang: nstring / "(" string *(SP string) ")" */
static int decode_language(struct imw_decoder *d, imw_node n,
                           struct imw_body_language *out)
{
    if (opens_list(d, n)) {
        struct imw_string_list tags;
        if (imw_dec_strings(d, n, IMW_RULE_BODY_FLD_LANG_TAG, &tags) < 0)
            return d->error;
        out->is_list = 1;
        out->items = tags.items;
        out->count = tags.count;
        return 0;
    }
    imw_bytes tag;
    if (imw_dec_string_node(d, n, 1, &tag) < 0)
        return d->error;
    if (!tag.ptr) {
        out->is_nil = 1;
        return 0;
    }
    imw_bytes *items = imw_dec_alloc(d, 1, sizeof *items);
    if (!items)
        return d->error;
    items[0] = tag;
    out->items = items;
    out->count = 1;
    return 0;
}

/* body-extension: nstring / number / "(" body-extension *(SP ...) ")",
 * as a generic value; the items of a list are its body-extension
 * children. */
static int decode_extension(struct imw_decoder *d, imw_node n,
                            struct imw_value *v)
{
    const struct imw_event *e = imw_dec_ev(d, n);
    uint8_t first = imw_dec_bytes(d)[e->start];
    v->raw = imw_dec_span(d, n);
    if (first == '(') {
        size_t count = imw_dec_count(d, n, IMW_RULE_BODY_EXTENSION), i = 0;
        struct imw_value *items = imw_dec_alloc(d, count, sizeof *items);
        if (count && !items)
            return d->error;
        IMW_FOR_CHILDREN(d, n, c) {
            if (imw_dec_is(d, c, IMW_RULE_BODY_EXTENSION) &&
                decode_extension(d, c, &items[i++]) < 0)
                return d->error;
        }
        v->kind = IMW_VALUE_LIST;
        v->items = items;
        v->count = count;
        return 0;
    }
    if (first >= '0' && first <= '9') {
        v->kind = IMW_VALUE_NUMBER;
        v->bytes = v->raw;
        return imw_dec_number(d, e->start, e->end, UINT32_MAX, "body-extension",
                              &v->number);
    }
    if (imw_dec_string(d, e->start, e->end, 1, &v->bytes) < 0)
        return d->error;
    v->kind = v->bytes.ptr ? IMW_VALUE_STRING : IMW_VALUE_NIL;
    return 0;
}

/* ---- parts ------------------------------------------------------------------- */

/* The children of one body node that the decoders need, found in one
 * pass (a multipart may have thousands of parts). */
struct part_nodes {
    imw_node subtype, fields, lines, envelope, first_body;
    imw_node params, md5, dsp, lang, loc; /* extension data */
    size_t bodies;     /* multipart: its parts; message: 1 */
    size_t extensions; /* body-extension values after the location */
};

/* One child of a part: the slot it fills. */
static void collect_one(const struct imw_decoder *d, imw_node c,
                        struct part_nodes *p)
{
    imw_node *slot = NULL;
    switch (imw_dec_ev(d, c)->rule) {
    case IMW_RULE_MEDIA_SUBTYPE:   slot = &p->subtype;  break;
    case IMW_RULE_BODY_FIELDS:     slot = &p->fields;   break;
    case IMW_RULE_BODY_FLD_LINES:  slot = &p->lines;    break;
    case IMW_RULE_ENVELOPE:        slot = &p->envelope; break;
    case IMW_RULE_BODY_FLD_PARAM:  slot = &p->params;   break;
    case IMW_RULE_BODY_FLD_MD5:    slot = &p->md5;      break;
    case IMW_RULE_BODY_FLD_DSP:    slot = &p->dsp;      break;
    case IMW_RULE_BODY_FLD_LANG:   slot = &p->lang;     break;
    case IMW_RULE_BODY_FLD_LOC:    slot = &p->loc;      break;
    case IMW_RULE_BODY:
        slot = &p->first_body;
        p->bodies++;
        break;
    case IMW_RULE_BODY_EXTENSION:
        p->extensions++;
        break;
    default: /* numbers, literals: read through the fields above */
        break;
    }
    /* The subtype is the last one: with the empty-multipart leniency a
     * single part's type ("TEXT") also reads as a subtype. */
    if (slot && (*slot == IMW_NO_EVENT || slot == &p->subtype))
        *slot = c;
}

/* The part's children, and below each the nodes of the same span: rules
 * that end on one octet nest in either order (a NIL subtype, read also as
 * a NIL parameter list, may lie below it). */
static void collect(const struct imw_decoder *d, imw_node n,
                    struct part_nodes *p)
{
    memset(p, 0, sizeof *p);
    p->subtype = p->fields = p->lines = p->envelope = p->first_body =
        p->params = p->md5 = p->dsp = p->lang = p->loc = IMW_NO_EVENT;
    IMW_FOR_CHILDREN(d, n, c) {
        if (imw_dec_is(d, c, IMW_RULE_LENIENT_EMPTY_MULTIPART) ||
            imw_dec_is(d, c, IMW_RULE_LENIENT_MULTIPART_AS_SINGLE)) {
            /* its fields are the part's own: a multipart without parts */
            IMW_FOR_CHILDREN(d, c, g)
                collect_one(d, g, p);
            continue;
        }
        collect_one(d, c, p);
        for (imw_node g = imw_dec_first(d, c);
             g != IMW_NO_EVENT && imw_dec_same_span(imw_dec_ev(d, g), imw_dec_ev(d, c));
             g = imw_dec_first(d, g))
            collect_one(d, g, p);
    }
}

/* Disposition, language, location and further extensions: the part of
 * the extension data that single parts and multiparts share. */
static int decode_ext_tail(struct imw_decoder *d, imw_node n,
                           const struct part_nodes *p, struct imw_body_ext *ext)
{
    if (p->dsp != IMW_NO_EVENT) {
        ext->fields++;
        if (decode_disposition(d, p->dsp, &ext->disposition) < 0)
            return d->error;
    }
    if (p->lang != IMW_NO_EVENT) {
        ext->fields++;
        if (decode_language(d, p->lang, &ext->language) < 0)
            return d->error;
    }
    if (p->loc != IMW_NO_EVENT) {
        ext->fields++;
        if (imw_dec_string_node(d, p->loc, 1, &ext->location) < 0)
            return d->error;
    }
    struct imw_value *values = imw_dec_alloc(d, p->extensions, sizeof *values);
    size_t i = 0;
    if (p->extensions && !values)
        return d->error;
    IMW_FOR_CHILDREN(d, n, c) {
        if (imw_dec_is(d, c, IMW_RULE_BODY_EXTENSION) &&
            decode_extension(d, c, &values[i++]) < 0)
            return d->error;
    }
    ext->extensions = values;
    ext->extension_count = p->extensions;
    return 0;
}

static int fill_body(struct imw_decoder *d, imw_node n, struct imw_body *b);

static int fill_multipart(struct imw_decoder *d, imw_node n,
                          const struct part_nodes *p, struct imw_body *b)
{
    struct imw_body *parts = imw_dec_alloc(d, p->bodies, sizeof *parts);
    size_t i = 0;
    if (!parts && p->bodies) /* none: the empty-multipart leniency */
        return d->error;
    IMW_FOR_CHILDREN(d, n, c) {
        if (imw_dec_is(d, c, IMW_RULE_BODY) && fill_body(d, c, &parts[i++]) < 0)
            return d->error;
    }
    b->kind = IMW_BODY_MULTIPART;
    b->parts = parts;
    b->part_count = p->bodies;
    if (p->subtype == IMW_NO_EVENT)
        return missing(d, n, IMW_RULE_MEDIA_SUBTYPE);
    if (imw_dec_string_node(d, p->subtype, 0, &b->subtype) < 0)
        return d->error;
    if (p->params != IMW_NO_EVENT) {
        b->ext.fields++;
        if (decode_params(d, p->params, &b->ext.params) < 0)
            return d->error;
    }
    return decode_ext_tail(d, n, p, &b->ext);
}

/* body-fields: param SP id SP desc SP enc SP octets */
static int decode_fields(struct imw_decoder *d, imw_node n, struct imw_body *b)
{
    imw_node params, enc, octets;
    if (field(d, n, IMW_RULE_BODY_FLD_PARAM, &params) < 0 ||
        decode_params(d, params, &b->params) < 0 ||
        nstring_field(d, n, IMW_RULE_BODY_FLD_ID, &b->id) < 0 ||
        nstring_field(d, n, IMW_RULE_BODY_FLD_DESC, &b->description) < 0 ||
        field(d, n, IMW_RULE_BODY_FLD_ENC, &enc) < 0 ||
        /* NIL only by the nil-encoding leniency: { NULL, 0 } */
        imw_dec_string_node(d, enc, 1, &b->encoding) < 0 ||
        field(d, n, IMW_RULE_BODY_FLD_OCTETS, &octets) < 0)
        return d->error;
    return u32_node(d, octets, "body-fld-octets", &b->octets);
}

/* The media type: the string between the part's "(" and the SP before
 * its subtype. */
static int decode_media(struct imw_decoder *d, imw_node n,
                        const struct part_nodes *p, struct imw_body *b)
{
    if (p->subtype == IMW_NO_EVENT)
        return missing(d, n, IMW_RULE_MEDIA_SUBTYPE);
    size_t type_start = imw_dec_ev(d, n)->start + 1;
    size_t type_end = imw_dec_ev(d, p->subtype)->start - 1;
    if (imw_dec_string(d, type_start, type_end, 0, &b->type) < 0)
        return d->error;
    return imw_dec_string_node(d, p->subtype, 0, &b->subtype);
}

static int fill_single(struct imw_decoder *d, imw_node n,
                       const struct part_nodes *p, struct imw_body *b)
{
    if (decode_media(d, n, p, b) < 0)
        return d->error;
    if (p->fields == IMW_NO_EVENT)
        return missing(d, n, IMW_RULE_BODY_FIELDS);
    if (decode_fields(d, p->fields, b) < 0)
        return d->error;
    b->kind = IMW_BODY_BASIC;
    if (p->envelope != IMW_NO_EVENT) {
        b->kind = IMW_BODY_MESSAGE;
        if (p->first_body == IMW_NO_EVENT)
            return missing(d, n, IMW_RULE_BODY);
        if (imw_dec_envelope(d, p->envelope, &b->envelope) < 0 ||
            imw_dec_body(d, p->first_body, &b->body) < 0)
            return d->error;
    } else if (p->lines != IMW_NO_EVENT) {
        b->kind = IMW_BODY_TEXT;
    }
    if (p->lines != IMW_NO_EVENT &&
        u32_node(d, p->lines, "body-fld-lines", &b->lines) < 0)
        return d->error;
    if (p->md5 != IMW_NO_EVENT) {
        b->ext.fields++;
        if (imw_dec_string_node(d, p->md5, 1, &b->ext.md5) < 0)
            return d->error;
    }
    return decode_ext_tail(d, n, p, &b->ext);
}

static int fill_body(struct imw_decoder *d, imw_node n, struct imw_body *b)
{
    struct part_nodes p;
    collect(d, n, &p);
    b->raw = imw_dec_span(d, n);
    /* a multipart starts with its first part; the empty-multipart
     * leniency ("MIXED") has only a subtype, no body-fields */
    if (imw_dec_bytes(d)[imw_dec_ev(d, n)->start + 1] == '(' ||
        (p.fields == IMW_NO_EVENT && p.subtype != IMW_NO_EVENT) ||
        imw_dec_find(d, n, IMW_RULE_LENIENT_MULTIPART_AS_SINGLE,
                     IMW_ANY_START) != IMW_NO_EVENT)
        return fill_multipart(d, n, &p, b);
    return fill_single(d, n, &p, b);
}

int imw_dec_body(struct imw_decoder *d, imw_node n, const struct imw_body **out)
{
    struct imw_body *b = imw_dec_alloc(d, 1, sizeof *b);
    if (!b || fill_body(d, n, b) < 0)
        return d->error;
    *out = b;
    return 0;
}
