/* FETCH data for the response builder: envelopes, body structures at any
 * depth, sections and every typed item (imapwire/fetch.h).  The item's
 * name is written from its kind and section, never from the name as
 * sent, so that a hand-made item needs only its typed members. */
#include <string.h>
#include "imapwire/imapwire.h"
#include "imapwire/builder.h"
#include "build.h"

#define SP(out) imw_out_text((out), " ")

static int refuse(struct imw_out *out, const char *why)
{
    return imw_out_fail(out, IMW_ERR_INVALID_ARGUMENT, why);
}

/* ---- envelopes ------------------------------------------------------------------- */

static int put_address_list(struct imw_out *out, const struct imw_address_list *l,
                            const struct imw_build_caps *caps)
{
    if (l->is_nil)
        return imw_out_text(out, "NIL");
    if (!l->count)
        return refuse(out, "an empty address list is NIL");
    imw_out_text(out, "(");
    for (size_t i = 0; i < l->count; i++) {
        const struct imw_address *a = &l->items[i];
        imw_out_text(out, "(");
        imw_out_nstring(out, a->name, caps);
        SP(out);
        imw_out_nstring(out, a->adl, caps);
        SP(out);
        imw_out_nstring(out, a->mailbox, caps);
        SP(out);
        imw_out_nstring(out, a->host, caps);
        imw_out_text(out, ")");
    }
    return imw_out_text(out, ")");
}

static int put_envelope(struct imw_out *out, const struct imw_envelope *e,
                        const struct imw_build_caps *caps)
{
    if (!e)
        return refuse(out, "no envelope");
    const struct imw_address_list *lists[] = {
        &e->from, &e->sender, &e->reply_to, &e->to, &e->cc, &e->bcc,
    };
    imw_out_text(out, "(");
    imw_out_nstring(out, e->date, caps);
    SP(out);
    imw_out_nstring(out, e->subject, caps);
    for (size_t i = 0; i < sizeof lists / sizeof lists[0]; i++) {
        SP(out);
        put_address_list(out, lists[i], caps);
    }
    SP(out);
    imw_out_nstring(out, e->in_reply_to, caps);
    SP(out);
    imw_out_nstring(out, e->message_id, caps);
    return imw_out_text(out, ")");
}

/* ---- body structures --------------------------------------------------------------- */

static int put_params(struct imw_out *out, const struct imw_body_params *p,
                      const struct imw_build_caps *caps)
{
    if (p->is_nil || !p->count)
        return imw_out_text(out, "NIL");
    imw_out_text(out, "(");
    for (size_t i = 0; i < p->count; i++) {
        if (i)
            SP(out);
        imw_out_string(out, p->items[i].name, caps);
        SP(out);
        imw_out_string(out, p->items[i].value, caps);
    }
    return imw_out_text(out, ")");
}

static int put_disposition(struct imw_out *out,
                           const struct imw_body_disposition *d,
                           const struct imw_build_caps *caps)
{
    if (d->is_nil)
        return imw_out_text(out, "NIL");
    imw_out_text(out, "(");
    imw_out_string(out, d->type, caps);
    SP(out);
    put_params(out, &d->params, caps);
    return imw_out_text(out, ")");
}

static int put_language(struct imw_out *out, const struct imw_body_language *l,
                        const struct imw_build_caps *caps)
{
    if (l->is_nil)
        return imw_out_text(out, "NIL");
    if (!l->is_list) {
        if (l->count != 1)
            return refuse(out, "a body language that is no list is one string");
        return imw_out_string(out, l->items[0], caps);
    }
    if (!l->count)
        return refuse(out, "an empty body language list");
    imw_out_text(out, "(");
    for (size_t i = 0; i < l->count; i++) {
        if (i)
            SP(out);
        imw_out_string(out, l->items[i], caps);
    }
    return imw_out_text(out, ")");
}

/* body-extension numbers are 32-bit (RFC 3501 "number"). */
static int body_ext_value_ok(const struct imw_value *v, int depth)
{
    if (depth > IMW_BUILD_MAX_DEPTH || v->kind == IMW_VALUE_ATOM)
        return 0;
    if (v->kind == IMW_VALUE_NUMBER)
        return v->number <= UINT32_MAX;
    for (size_t i = 0; v->kind == IMW_VALUE_LIST && i < v->count; i++)
        if (!body_ext_value_ok(&v->items[i], depth + 1))
            return 0;
    return 1;
}

/* Extension data: as many fields as were sent, then further values. */
static int put_body_ext(struct imw_out *out, const struct imw_body *b,
                        const struct imw_build_caps *caps)
{
    const struct imw_body_ext *x = &b->ext;
    if (x->fields > 4 || (x->extension_count && x->fields < 4))
        return refuse(out, "body extension fields out of order");
    if (x->fields >= 1) {
        SP(out);
        if (b->kind == IMW_BODY_MULTIPART)
            put_params(out, &x->params, caps);
        else
            imw_out_nstring(out, x->md5, caps);
    }
    if (x->fields >= 2) {
        SP(out);
        put_disposition(out, &x->disposition, caps);
    }
    if (x->fields >= 3) {
        SP(out);
        put_language(out, &x->language, caps);
    }
    if (x->fields >= 4) {
        SP(out);
        imw_out_nstring(out, x->location, caps);
    }
    for (size_t i = 0; i < x->extension_count; i++)
        if (!body_ext_value_ok(&x->extensions[i], 0))
            return refuse(out, "a body extension holds an atom or a number "
                               "above 2^32-1");
    return imw_out_values(out, x->extensions, x->extension_count, caps);
}

static int put_body(struct imw_out *out, const struct imw_body *b,
                    const struct imw_build_caps *caps, int depth);

static int put_single_part(struct imw_out *out, const struct imw_body *b,
                           const struct imw_build_caps *caps, int depth)
{
    imw_out_string(out, b->type, caps);
    SP(out);
    imw_out_string(out, b->subtype, caps);
    SP(out);
    put_params(out, &b->params, caps);
    SP(out);
    imw_out_nstring(out, b->id, caps);
    SP(out);
    imw_out_nstring(out, b->description, caps);
    SP(out);
    imw_out_string(out, b->encoding, caps);
    SP(out);
    imw_out_number(out, b->octets);
    if (b->kind == IMW_BODY_MESSAGE) {
        SP(out);
        put_envelope(out, b->envelope, caps);
        SP(out);
        put_body(out, b->body, caps, depth + 1);
    }
    if (b->kind == IMW_BODY_MESSAGE || b->kind == IMW_BODY_TEXT) {
        SP(out);
        imw_out_number(out, b->lines);
    }
    return out->error;
}

static int put_body(struct imw_out *out, const struct imw_body *b,
                    const struct imw_build_caps *caps, int depth)
{
    if (!b)
        return refuse(out, "no body structure");
    if (depth > IMW_BUILD_MAX_DEPTH)
        return refuse(out, "body structure nested too deep");
    imw_out_text(out, "(");
    if (b->kind == IMW_BODY_MULTIPART) {
        if (!b->part_count)
            return refuse(out, "a multipart without parts");
        for (size_t i = 0; i < b->part_count; i++)
            put_body(out, &b->parts[i], caps, depth + 1);
        SP(out);
        imw_out_string(out, b->subtype, caps);
    } else {
        put_single_part(out, b, caps, depth);
    }
    put_body_ext(out, b, caps);
    return imw_out_text(out, ")");
}

/* ---- sections -------------------------------------------------------------------- */

static const char *section_text_keyword(enum imw_section_text t)
{
    switch (t) {
    case IMW_SECTION_HEADER:            return "HEADER";
    case IMW_SECTION_HEADER_FIELDS:     return "HEADER.FIELDS";
    case IMW_SECTION_HEADER_FIELDS_NOT: return "HEADER.FIELDS.NOT";
    case IMW_SECTION_TEXT:              return "TEXT";
    case IMW_SECTION_MIME:              return "MIME";
    default:                            return NULL;
    }
}

/* "[" part.part... ["." text] "]" */
static int put_section(struct imw_out *out, const struct imw_section *s,
                       const struct imw_build_caps *caps)
{
    imw_out_text(out, "[");
    for (size_t i = 0; i < s->part_count; i++) {
        if (i)
            imw_out_text(out, ".");
        if (s->parts[i] == 0)
            return refuse(out, "section part 0");
        imw_out_number(out, s->parts[i]);
    }
    if (s->text != IMW_SECTION_NONE) {
        const char *kw = section_text_keyword(s->text);
        if (!kw)
            return refuse(out, "unknown section text");
        if (s->text == IMW_SECTION_MIME && !s->part_count)
            return refuse(out, "MIME needs a part number");
        if (s->part_count)
            imw_out_text(out, ".");
        imw_out_text(out, kw);
    }
    if (s->text == IMW_SECTION_HEADER_FIELDS ||
        s->text == IMW_SECTION_HEADER_FIELDS_NOT) {
        if (!s->fields.count)
            return refuse(out, "HEADER.FIELDS without field names");
        imw_out_text(out, " (");
        for (size_t i = 0; i < s->fields.count; i++) {
            if (i)
                SP(out);
            imw_out_astring(out, s->fields.items[i], caps);
        }
        imw_out_text(out, ")");
    }
    return imw_out_text(out, "]");
}

static int put_body_section(struct imw_out *out, const char *name,
                            const struct imw_body_section *s,
                            const struct imw_build_caps *caps)
{
    if (!s)
        return refuse(out, "no section");
    imw_out_text(out, name);
    put_section(out, &s->section, caps);
    if (s->has_origin) {
        imw_out_text(out, "<");
        imw_out_number(out, s->origin);
        imw_out_text(out, ">");
    }
    SP(out);
    if (s->literal8 && s->data.ptr)
        return imw_out_literal(out, s->data, 1, caps);
    return imw_out_nstring(out, s->data, caps);
}

/* ---- items ------------------------------------------------------------------------ */

static int put_objectid(struct imw_out *out, imw_bytes id, int nil_allowed)
{
    if (!id.ptr && nil_allowed)
        return imw_out_text(out, "NIL");
    imw_out_text(out, "(");
    imw_out_atom(out, id, NULL);
    return imw_out_text(out, ")");
}

static int put_gm_labels(struct imw_out *out, const struct imw_gm_labels *l,
                         const struct imw_build_caps *caps)
{
    imw_out_text(out, "(");
    for (size_t i = 0; i < l->count; i++) {
        const struct imw_gm_label *g = &l->items[i];
        if (i)
            SP(out);
        if (g->kind == IMW_GM_LABEL_SYSTEM) {
            if (!g->value.len || g->value.ptr[0] != '\\')
                return refuse(out, "a system label starts with '\\'");
            imw_out_atom(out, g->value, "\\");
        } else if (g->value.len && g->value.ptr[0] == '\\') {
            imw_out_string(out, g->value, caps); /* not read as a system label */
        } else {
            imw_out_astring(out, g->value, caps);
        }
    }
    return imw_out_text(out, ")");
}

static int put_named_number(struct imw_out *out, const char *name, uint64_t n)
{
    imw_out_text(out, name);
    return imw_out_number(out, n);
}

static int put_named_nstring(struct imw_out *out, const char *name,
                             imw_bytes s, const struct imw_build_caps *caps)
{
    imw_out_text(out, name);
    return imw_out_nstring(out, s, caps);
}

static int put_item(struct imw_out *out, const struct imw_fetch_item *it,
                    const struct imw_build_caps *caps)
{
    switch (it->kind) {
    case IMW_FETCH_FLAGS:
        imw_out_text(out, "FLAGS ");
        return imw_out_flag_list(out, &it->u.flags);
    case IMW_FETCH_INTERNALDATE:
        imw_out_text(out, "INTERNALDATE ");
        return imw_out_datetime(out, &it->u.date.value);
    case IMW_FETCH_SAVEDATE:
        imw_out_text(out, "SAVEDATE ");
        if (!it->u.date.raw.ptr)
            return imw_out_text(out, "NIL");
        return imw_out_datetime(out, &it->u.date.value);
    case IMW_FETCH_RFC822_SIZE:
        return put_named_number(out, "RFC822.SIZE ", it->u.size);
    case IMW_FETCH_UID:
        if (!it->u.uid)
            return refuse(out, "UID 0");
        return put_named_number(out, "UID ", it->u.uid);
    case IMW_FETCH_MODSEQ:
        put_named_number(out, "MODSEQ (", it->u.modseq);
        return imw_out_text(out, ")");
    case IMW_FETCH_ENVELOPE:
        imw_out_text(out, "ENVELOPE ");
        return put_envelope(out, it->u.envelope, caps);
    case IMW_FETCH_BODY:
    case IMW_FETCH_BODYSTRUCTURE:
        imw_out_text(out, it->kind == IMW_FETCH_BODY ? "BODY " : "BODYSTRUCTURE ");
        return put_body(out, it->u.body, caps, 0);
    case IMW_FETCH_BODY_SECTION:
        return put_body_section(out, "BODY", it->u.section, caps);
    case IMW_FETCH_BINARY:
        if (it->u.section && (it->u.section->section.text != IMW_SECTION_NONE))
            return refuse(out, "a BINARY section holds part numbers only");
        return put_body_section(out, "BINARY", it->u.section, caps);
    case IMW_FETCH_BINARY_SIZE:
        if (!it->u.binary_size ||
            it->u.binary_size->section.text != IMW_SECTION_NONE)
            return refuse(out, "a BINARY.SIZE section holds part numbers only");
        imw_out_text(out, "BINARY.SIZE");
        put_section(out, &it->u.binary_size->section, caps);
        return put_named_number(out, " ", it->u.binary_size->size);
    case IMW_FETCH_RFC822:
        return put_named_nstring(out, "RFC822 ", it->u.data.data, caps);
    case IMW_FETCH_RFC822_HEADER:
        return put_named_nstring(out, "RFC822.HEADER ", it->u.data.data, caps);
    case IMW_FETCH_RFC822_TEXT:
        return put_named_nstring(out, "RFC822.TEXT ", it->u.data.data, caps);
    case IMW_FETCH_EMAILID:
        imw_out_text(out, "EMAILID ");
        return put_objectid(out, it->u.objectid, 0);
    case IMW_FETCH_THREADID:
        imw_out_text(out, "THREADID ");
        return put_objectid(out, it->u.objectid, 1);
    case IMW_FETCH_PREVIEW:
        /* the strict form: Dovecot's SNIPPET (FUZZY ...) becomes PREVIEW */
        return put_named_nstring(out, "PREVIEW ", it->u.preview.text, caps);
    case IMW_FETCH_GM_MSGID:
        return put_named_number(out, "X-GM-MSGID ", it->u.gm_id);
    case IMW_FETCH_GM_THRID:
        return put_named_number(out, "X-GM-THRID ", it->u.gm_id);
    case IMW_FETCH_GM_LABELS:
        imw_out_text(out, "X-GM-LABELS ");
        return put_gm_labels(out, &it->u.gm_labels, caps);
    case IMW_FETCH_OTHER:
        imw_out_atom(out, it->u.generic.name, "]");
        if (!it->u.generic.args)
            return refuse(out, "FETCH item without values");
        return imw_out_values(out, it->u.generic.args, it->u.generic.count, caps);
    default:
        return refuse(out, "unknown FETCH item kind");
    }
}

int imw_build_fetch(struct imw_out *out, const struct imw_fetch *f,
                    const struct imw_build_caps *caps)
{
    if (!f || !f->number)
        return refuse(out, "FETCH needs a message number");
    imw_out_number(out, f->number);
    imw_out_text(out, " FETCH (");
    for (size_t i = 0; i < f->count; i++) {
        if (i)
            SP(out);
        put_item(out, &f->items[i], caps);
    }
    return imw_out_text(out, ")");
}
