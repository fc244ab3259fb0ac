/* JSON for FETCH responses (doc/imapwire-parse.1, "FETCH"): the message
 * number and one object per item, in the order sent.  NIL is null,
 * numbers are numbers, body structures nest as they do on the wire. */
#include "json_response.h"

static void json_member_uint(struct imw_json *json, const char *key,
                             uint64_t value)
{
    imw_json_key(json, key);
    imw_json_uint(json, value);
}

static void json_date(struct imw_json *json, const struct imw_fetch_date *d)
{
    imw_json_begin_object(json);
    imw_json_key(json, "raw");
    imw_json_slice(json, d->raw);
    json_member_uint(json, "year", (uint64_t)d->value.year);
    json_member_uint(json, "month", (uint64_t)d->value.month);
    json_member_uint(json, "day", (uint64_t)d->value.day);
    json_member_uint(json, "hour", (uint64_t)d->value.hour);
    json_member_uint(json, "minute", (uint64_t)d->value.minute);
    json_member_uint(json, "second", (uint64_t)d->value.second);
    imw_json_key(json, "zone_minutes");
    imw_json_int(json, d->value.zone_minutes);
    imw_json_end_object(json);
}

/* ---- envelopes ------------------------------------------------------------ */

static void json_address(struct imw_json *json, const struct imw_address *a)
{
    imw_json_begin_object(json);
    imw_json_key(json, "kind");
    imw_json_string(json, imw_address_kind_name(a->kind));
    imw_json_key(json, "name");
    imw_json_nstring(json, a->name);
    imw_json_key(json, "adl");
    imw_json_nstring(json, a->adl);
    imw_json_key(json, "mailbox");
    imw_json_nstring(json, a->mailbox);
    imw_json_key(json, "host");
    imw_json_nstring(json, a->host);
    imw_json_end_object(json);
}

/* null for NIL, else the addresses as sent (group markers included) */
static void json_address_list(struct imw_json *json, const char *key,
                              const struct imw_address_list *list)
{
    imw_json_key(json, key);
    if (list->is_nil) {
        imw_json_null(json);
        return;
    }
    imw_json_begin_array(json);
    for (size_t i = 0; i < list->count; i++)
        json_address(json, &list->items[i]);
    imw_json_end_array(json);
}

static void json_envelope(struct imw_json *json, const struct imw_envelope *e)
{
    imw_json_begin_object(json);
    imw_json_key(json, "date");
    imw_json_nstring(json, e->date);
    imw_json_key(json, "subject");
    imw_json_nstring(json, e->subject);
    json_address_list(json, "from", &e->from);
    json_address_list(json, "sender", &e->sender);
    json_address_list(json, "reply_to", &e->reply_to);
    json_address_list(json, "to", &e->to);
    json_address_list(json, "cc", &e->cc);
    json_address_list(json, "bcc", &e->bcc);
    imw_json_key(json, "in_reply_to");
    imw_json_nstring(json, e->in_reply_to);
    imw_json_key(json, "message_id");
    imw_json_nstring(json, e->message_id);
    imw_json_end_object(json);
}

/* ---- body structures ------------------------------------------------------- */

static void json_params(struct imw_json *json, const struct imw_body_params *p)
{
    if (p->is_nil) {
        imw_json_null(json);
        return;
    }
    imw_json_begin_array(json);
    for (size_t i = 0; i < p->count; i++) {
        imw_json_begin_object(json);
        imw_json_key(json, "name");
        imw_json_slice(json, p->items[i].name);
        imw_json_key(json, "value");
        imw_json_slice(json, p->items[i].value);
        imw_json_end_object(json);
    }
    imw_json_end_array(json);
}

static void json_disposition(struct imw_json *json,
                             const struct imw_body_disposition *dsp)
{
    if (dsp->is_nil) {
        imw_json_null(json);
        return;
    }
    imw_json_begin_object(json);
    imw_json_key(json, "type");
    imw_json_slice(json, dsp->type);
    imw_json_key(json, "params");
    json_params(json, &dsp->params);
    imw_json_end_object(json);
}

/* null, a string, or an array: as sent */
static void json_language(struct imw_json *json,
                          const struct imw_body_language *lang)
{
    if (lang->is_nil) {
        imw_json_null(json);
    } else if (!lang->is_list) {
        imw_json_slice(json, lang->items[0]);
    } else {
        struct imw_string_list list = { lang->items, lang->count };
        imw_json_string_list(json, &list);
    }
}

/* Only the extension fields that were sent. */
static void json_body_ext(struct imw_json *json, const struct imw_body *b)
{
    const struct imw_body_ext *ext = &b->ext;
    if (ext->fields == 0)
        return;
    imw_json_key(json, "extension");
    imw_json_begin_object(json);
    if (b->kind == IMW_BODY_MULTIPART) {
        imw_json_key(json, "params");
        json_params(json, &ext->params);
    } else {
        imw_json_key(json, "md5");
        imw_json_nstring(json, ext->md5);
    }
    if (ext->fields > 1) {
        imw_json_key(json, "disposition");
        json_disposition(json, &ext->disposition);
    }
    if (ext->fields > 2) {
        imw_json_key(json, "language");
        json_language(json, &ext->language);
    }
    if (ext->fields > 3) {
        imw_json_key(json, "location");
        imw_json_nstring(json, ext->location);
        imw_json_key(json, "extensions");
        imw_json_begin_array(json);
        for (size_t i = 0; i < ext->extension_count; i++)
            imw_json_value(json, &ext->extensions[i]);
        imw_json_end_array(json);
    }
    imw_json_end_object(json);
}

static void json_body(struct imw_json *json, const struct imw_body *b);

static void json_single_part(struct imw_json *json, const struct imw_body *b)
{
    imw_json_key(json, "type");
    imw_json_slice(json, b->type);
    imw_json_key(json, "subtype");
    imw_json_slice(json, b->subtype);
    imw_json_key(json, "params");
    json_params(json, &b->params);
    imw_json_key(json, "id");
    imw_json_nstring(json, b->id);
    imw_json_key(json, "description");
    imw_json_nstring(json, b->description);
    imw_json_key(json, "encoding");
    imw_json_slice(json, b->encoding);
    imw_json_key(json, "octets");
    imw_json_uint(json, b->octets);
    if (b->kind == IMW_BODY_MESSAGE) {
        imw_json_key(json, "envelope");
        json_envelope(json, b->envelope);
        imw_json_key(json, "body");
        json_body(json, b->body);
    }
    if (b->kind == IMW_BODY_MESSAGE || b->kind == IMW_BODY_TEXT) {
        imw_json_key(json, "lines");
        imw_json_uint(json, b->lines);
    }
}

static void json_body(struct imw_json *json, const struct imw_body *b)
{
    imw_json_begin_object(json);
    imw_json_key(json, "kind");
    imw_json_string(json, imw_body_kind_name(b->kind));
    if (b->kind == IMW_BODY_MULTIPART) {
        imw_json_key(json, "parts");
        imw_json_begin_array(json);
        for (size_t i = 0; i < b->part_count; i++)
            json_body(json, &b->parts[i]);
        imw_json_end_array(json);
        imw_json_key(json, "subtype");
        imw_json_slice(json, b->subtype);
    } else {
        json_single_part(json, b);
    }
    json_body_ext(json, b);
    imw_json_end_object(json);
}

/* ---- sections and data ------------------------------------------------------- */

static void json_section(struct imw_json *json, const struct imw_section *s)
{
    imw_json_begin_object(json);
    imw_json_key(json, "spec");
    imw_json_slice(json, s->raw);
    imw_json_key(json, "parts");
    imw_json_begin_array(json);
    for (size_t i = 0; i < s->part_count; i++)
        imw_json_uint(json, s->parts[i]);
    imw_json_end_array(json);
    imw_json_key(json, "text");
    imw_json_string(json, imw_section_text_name(s->text));
    if (s->text == IMW_SECTION_HEADER_FIELDS ||
        s->text == IMW_SECTION_HEADER_FIELDS_NOT) {
        imw_json_key(json, "fields");
        imw_json_string_list(json, &s->fields);
    }
    imw_json_end_object(json);
}

static void json_data(struct imw_json *json, imw_bytes data, uint64_t size,
                      int streamed)
{
    imw_json_key(json, "size");
    imw_json_uint(json, size);
    imw_json_key(json, "streamed");
    imw_json_bool(json, streamed);
    imw_json_key(json, "data");
    imw_json_nstring(json, data);
}

static void json_body_section(struct imw_json *json,
                              const struct imw_body_section *v)
{
    imw_json_key(json, "section");
    json_section(json, &v->section);
    imw_json_key(json, "origin");
    if (v->has_origin)
        imw_json_uint(json, v->origin);
    else
        imw_json_null(json);
    json_data(json, v->data, v->size, v->streamed);
}

/* BINARY[...]: a body section whose data may have come as literal8 */
static void json_binary(struct imw_json *json, const struct imw_body_section *v)
{
    json_body_section(json, v);
    imw_json_key(json, "literal8");
    imw_json_bool(json, v->literal8);
}

static void json_binary_size(struct imw_json *json,
                             const struct imw_binary_size *v)
{
    imw_json_key(json, "section");
    json_section(json, &v->section);
    json_member_uint(json, "size", v->size);
}

static void json_preview(struct imw_json *json,
                         const struct imw_fetch_preview *p)
{
    imw_json_key(json, "preview");
    imw_json_nstring(json, p->text);
    imw_json_key(json, "snippet");
    imw_json_bool(json, p->snippet);
}

static void json_gm_labels(struct imw_json *json, const struct imw_gm_labels *l)
{
    imw_json_key(json, "labels");
    imw_json_begin_array(json);
    for (size_t i = 0; i < l->count; i++) {
        imw_json_begin_object(json);
        imw_json_key(json, "kind");
        imw_json_string(json, imw_gm_label_kind_name(l->items[i].kind));
        imw_json_key(json, "raw");
        imw_json_slice(json, l->items[i].raw);
        imw_json_key(json, "value");
        imw_json_slice(json, l->items[i].value);
        imw_json_end_object(json);
    }
    imw_json_end_array(json);
}

/* ---- items ---------------------------------------------------------------- */

/* The value of one item, under a key named after its type. */
static void json_item_value(struct imw_json *json,
                            const struct imw_fetch_item *item)
{
    switch (item->kind) {
    case IMW_FETCH_FLAGS:
        imw_json_key(json, "flags");
        imw_json_flags(json, &item->u.flags);
        break;
    case IMW_FETCH_INTERNALDATE:
        imw_json_key(json, "date");
        json_date(json, &item->u.date);
        break;
    case IMW_FETCH_RFC822_SIZE:
        json_member_uint(json, "size", item->u.size);
        break;
    case IMW_FETCH_UID:
        json_member_uint(json, "uid", item->u.uid);
        break;
    case IMW_FETCH_MODSEQ:
        json_member_uint(json, "modseq", item->u.modseq);
        break;
    case IMW_FETCH_ENVELOPE:
        imw_json_key(json, "envelope");
        json_envelope(json, item->u.envelope);
        break;
    case IMW_FETCH_BODY:
    case IMW_FETCH_BODYSTRUCTURE:
        imw_json_key(json, "body");
        json_body(json, item->u.body);
        break;
    case IMW_FETCH_BODY_SECTION:
        json_body_section(json, item->u.section);
        break;
    case IMW_FETCH_RFC822:
    case IMW_FETCH_RFC822_HEADER:
    case IMW_FETCH_RFC822_TEXT:
        json_data(json, item->u.data.data, item->u.data.size,
                  item->u.data.streamed);
        break;
    case IMW_FETCH_BINARY:
        json_binary(json, item->u.section);
        break;
    case IMW_FETCH_BINARY_SIZE:
        json_binary_size(json, item->u.binary_size);
        break;
    case IMW_FETCH_EMAILID:
    case IMW_FETCH_THREADID:
        imw_json_key(json, "objectid");
        imw_json_nstring(json, item->u.objectid);
        break;
    case IMW_FETCH_SAVEDATE:
        imw_json_key(json, "date");
        if (item->u.date.raw.ptr)
            json_date(json, &item->u.date);
        else
            imw_json_null(json);
        break;
    case IMW_FETCH_PREVIEW:
        json_preview(json, &item->u.preview);
        break;
    case IMW_FETCH_GM_MSGID:
    case IMW_FETCH_GM_THRID:
        json_member_uint(json, "id", item->u.gm_id);
        break;
    case IMW_FETCH_GM_LABELS:
        json_gm_labels(json, &item->u.gm_labels);
        break;
    case IMW_FETCH_OTHER:
        imw_json_key(json, "generic");
        imw_json_generic(json, &item->u.generic);
        break;
    default: /* a kind newer than this tool: the raw item loses nothing */
        imw_json_key(json, "raw");
        imw_json_slice(json, item->raw);
        break;
    }
}

void imw_json_fetch(struct imw_json *json, const struct imw_fetch *fetch)
{
    imw_json_key(json, "number");
    imw_json_uint(json, fetch->number);
    imw_json_key(json, "items");
    imw_json_begin_array(json);
    for (size_t i = 0; i < fetch->count; i++) {
        const struct imw_fetch_item *item = &fetch->items[i];
        imw_json_begin_object(json);
        imw_json_key(json, "item");
        imw_json_string(json, imw_fetch_item_kind_name(item->kind));
        imw_json_key(json, "name");
        imw_json_slice(json, item->name);
        json_item_value(json, item);
        imw_json_end_object(json);
    }
    imw_json_end_array(json);
}
