/* JSON for mailbox data (LIST, LSUB, STATUS, SEARCH, SORT, VANISHED,
 * ENABLED): the members documented in doc/imapwire-parse.1. */
#include "json_response.h"

/* {"raw", "form", "name", "inbox", "utf8", "utf8_error"} */
void imw_json_mailbox(struct imw_json *json, const struct imw_mailbox *m)
{
    imw_json_begin_object(json);
    imw_json_key(json, "raw");
    imw_json_slice(json, m->raw);
    imw_json_key(json, "form");
    imw_json_string(json, imw_mailbox_form_name(m->form));
    imw_json_key(json, "name");
    imw_json_slice(json, m->name);
    imw_json_key(json, "inbox");
    imw_json_bool(json, m->is_inbox);
    imw_json_key(json, "utf8");
    imw_json_nstring(json, m->utf8);
    imw_json_key(json, "utf8_error");
    if (m->utf8.ptr) {
        imw_json_null(json);
    } else {
        imw_json_begin_object(json);
        imw_json_key(json, "reason");
        imw_json_string(json, imw_value_reason_text(m->utf8_error.reason));
        imw_json_key(json, "offset");
        imw_json_uint(json, m->utf8_error.offset);
        imw_json_end_object(json);
    }
    imw_json_end_object(json);
}

static void json_list_ext(struct imw_json *json, const struct imw_list_ext *x)
{
    imw_json_begin_object(json);
    imw_json_key(json, "kind");
    imw_json_string(json, imw_list_ext_name(x->kind));
    imw_json_key(json, "name");
    imw_json_slice(json, x->name);
    if (x->kind == IMW_LIST_EXT_CHILDINFO) {
        imw_json_key(json, "childinfo");
        imw_json_string_list(json, &x->childinfo);
    } else if (x->kind == IMW_LIST_EXT_OLDNAME) {
        imw_json_key(json, "oldname");
        imw_json_mailbox(json, &x->oldname);
    }
    imw_json_key(json, "generic");
    imw_json_generic(json, &x->generic);
    imw_json_end_object(json);
}

void imw_json_list(struct imw_json *json, const struct imw_list_data *l)
{
    imw_json_key(json, "attributes");
    imw_json_begin_array(json);
    for (size_t i = 0; i < l->attributes.count; i++) {
        imw_json_begin_object(json);
        imw_json_key(json, "name");
        imw_json_slice(json, l->attributes.items[i].name);
        imw_json_key(json, "kind");
        imw_json_string(json,
                        imw_mailbox_attr_name(l->attributes.items[i].kind));
        imw_json_end_object(json);
    }
    imw_json_end_array(json);
    imw_json_key(json, "delimiter");
    if (l->has_delimiter)
        imw_json_bytes(json, &l->delimiter, 1);
    else
        imw_json_null(json);
    imw_json_key(json, "mailbox");
    imw_json_mailbox(json, &l->mailbox);
    imw_json_key(json, "extended");
    imw_json_begin_array(json);
    for (size_t i = 0; i < l->extended_count; i++)
        json_list_ext(json, &l->extended[i]);
    imw_json_end_array(json);
}

static void json_status_value(struct imw_json *json,
                              const struct imw_status_item *it)
{
    switch (it->kind) {
    case IMW_STATUS_ITEM_OTHER:
        imw_json_key(json, "generic");
        imw_json_generic(json, &it->generic);
        break;
    case IMW_STATUS_ITEM_MAILBOXID:
        imw_json_key(json, "value");
        imw_json_slice(json, it->bytes);
        break;
    default:
        imw_json_key(json, "value");
        if (it->is_nil)
            imw_json_null(json);
        else
            imw_json_uint(json, it->number);
        break;
    }
}

void imw_json_mailbox_status(struct imw_json *json,
                             const struct imw_mailbox_status *st)
{
    imw_json_key(json, "mailbox");
    imw_json_mailbox(json, &st->mailbox);
    imw_json_key(json, "items");
    imw_json_begin_array(json);
    for (size_t i = 0; i < st->count; i++) {
        imw_json_begin_object(json);
        imw_json_key(json, "kind");
        imw_json_string(json, imw_status_item_name(st->items[i].kind));
        imw_json_key(json, "name");
        imw_json_slice(json, st->items[i].name);
        json_status_value(json, &st->items[i]);
        imw_json_end_object(json);
    }
    imw_json_end_array(json);
}

void imw_json_search(struct imw_json *json, const struct imw_search *s)
{
    imw_json_key(json, "numbers");
    imw_json_begin_array(json);
    for (size_t i = 0; i < s->count; i++)
        imw_json_uint(json, s->numbers[i]);
    imw_json_end_array(json);
    imw_json_key(json, "modseq");
    if (s->has_modseq)
        imw_json_uint(json, s->modseq);
    else
        imw_json_null(json);
}

void imw_json_vanished(struct imw_json *json, const struct imw_vanished *v)
{
    imw_json_key(json, "earlier");
    imw_json_bool(json, v->earlier);
    imw_json_key(json, "uids");
    imw_json_seq_set(json, &v->uids);
}
