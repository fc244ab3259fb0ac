/* JSON for the message commands (imapwire/command_message.h).  Enums are
 * printed as the keyword they stand for ("SINCE", "BODY.PEEK"...): the
 * name as sent is beside it where it may differ in case. */
#include <stdio.h>
#include "json_command.h"

static const char *const skey_names[] = {
    "OTHER", "ALL", "ANSWERED", "DELETED", "FLAGGED", "NEW", "OLD", "RECENT",
    "SEEN", "UNANSWERED", "UNDELETED", "UNFLAGGED", "UNSEEN", "DRAFT",
    "UNDRAFT", "BCC", "BODY", "CC", "FROM", "SUBJECT", "TEXT", "TO",
    "HEADER", "BEFORE", "ON", "SINCE", "SENTBEFORE", "SENTON", "SENTSINCE",
    "SAVEDBEFORE", "SAVEDON", "SAVEDSINCE", "SAVEDATESUPPORTED", "KEYWORD",
    "UNKEYWORD", "LARGER", "SMALLER", "OLDER", "YOUNGER", "MODSEQ",
    "EMAILID", "THREADID", "SEQUENCE-SET", "UID", "NOT", "OR", "LIST"
};

static const char *const fatt_names[] = {
    "OTHER", "ENVELOPE", "FLAGS", "INTERNALDATE", "RFC822", "RFC822.HEADER",
    "RFC822.SIZE", "RFC822.TEXT", "BODY", "BODYSTRUCTURE", "UID",
    "BODY-SECTION", "BINARY", "BINARY.SIZE", "MODSEQ", "EMAILID", "THREADID",
    "SAVEDATE", "PREVIEW"
};

static const char *const section_text_names[] = {
    "NONE", "HEADER", "HEADER.FIELDS", "HEADER.FIELDS.NOT", "TEXT", "MIME"
};

static const char *const sret_names[] = {
    "OTHER", "MIN", "MAX", "ALL", "COUNT", "SAVE"
};

#define NAME_OF(table, v) \
    ((size_t)(v) < sizeof table / sizeof table[0] ? table[v] : "UNKNOWN")

static void json_date(struct imw_json *json, const struct imw_datetime *dt)
{
    char text[32];
    if (imw_date_format(dt, text, sizeof text) < 0)
        imw_json_null(json);
    else
        imw_json_string(json, text);
}

static void json_set(struct imw_json *json, const struct imw_seq_set *set,
                     int saved)
{
    if (saved)
        imw_json_string(json, "$");
    else
        imw_json_seq_set(json, set);
}

static void json_keys(struct imw_json *json, const struct imw_search_key *keys,
                      size_t count);

static void json_key_arg(struct imw_json *json, const struct imw_search_key *k)
{
    switch (k->kind) {
    case IMW_SKEY_BCC: case IMW_SKEY_BODY: case IMW_SKEY_CC:
    case IMW_SKEY_FROM: case IMW_SKEY_SUBJECT: case IMW_SKEY_TEXT:
    case IMW_SKEY_TO: case IMW_SKEY_EMAILID: case IMW_SKEY_THREADID:
        imw_json_key(json, "string"); imw_json_slice(json, k->string);
        break;
    case IMW_SKEY_HEADER:
        imw_json_key(json, "field"); imw_json_slice(json, k->field);
        imw_json_key(json, "string"); imw_json_slice(json, k->string);
        break;
    case IMW_SKEY_BEFORE: case IMW_SKEY_ON: case IMW_SKEY_SINCE:
    case IMW_SKEY_SENTBEFORE: case IMW_SKEY_SENTON: case IMW_SKEY_SENTSINCE:
    case IMW_SKEY_SAVEDBEFORE: case IMW_SKEY_SAVEDON: case IMW_SKEY_SAVEDSINCE:
        imw_json_key(json, "date"); json_date(json, &k->date);
        break;
    case IMW_SKEY_KEYWORD: case IMW_SKEY_UNKEYWORD:
        imw_json_key(json, "flag"); imw_json_slice(json, k->flag.name);
        break;
    case IMW_SKEY_MODSEQ:
        imw_json_key(json, "entry_name"); imw_json_nstring(json, k->entry_name);
        imw_json_key(json, "entry_type"); imw_json_nstring(json, k->entry_type);
        /* fall through */
    case IMW_SKEY_LARGER: case IMW_SKEY_SMALLER: case IMW_SKEY_OLDER:
    case IMW_SKEY_YOUNGER:
        imw_json_key(json, "number"); imw_json_uint(json, k->number);
        break;
    case IMW_SKEY_SEQUENCE_SET: case IMW_SKEY_UID:
        imw_json_key(json, "set"); json_set(json, &k->set, k->saved_result);
        break;
    case IMW_SKEY_NOT: case IMW_SKEY_OR: case IMW_SKEY_LIST:
        imw_json_key(json, "children"); json_keys(json, k->children, k->count);
        break;
    case IMW_SKEY_OTHER:
        imw_json_key(json, "generic"); imw_json_generic(json, &k->generic);
        break;
    default:
        break;
    }
}

static void json_keys(struct imw_json *json, const struct imw_search_key *keys,
                      size_t count)
{
    imw_json_begin_array(json);
    for (size_t i = 0; i < count; i++) {
        imw_json_begin_object(json);
        imw_json_key(json, "key");
        imw_json_string(json, NAME_OF(skey_names, keys[i].kind));
        json_key_arg(json, &keys[i]);
        imw_json_end_object(json);
    }
    imw_json_end_array(json);
}

static void json_program(struct imw_json *json,
                         const struct imw_search_program *p)
{
    imw_json_key(json, "charset");
    imw_json_nstring(json, p->charset);
    imw_json_key(json, "keys");
    json_keys(json, p->keys, p->count);
}

static void json_return(struct imw_json *json, const struct imw_search_return *r)
{
    imw_json_key(json, "return");
    if (!r->present) {
        imw_json_null(json);
        return;
    }
    imw_json_begin_array(json);
    for (size_t i = 0; i < r->count; i++) {
        imw_json_begin_object(json);
        imw_json_key(json, "option");
        imw_json_string(json, NAME_OF(sret_names, r->items[i].kind));
        imw_json_key(json, "generic");
        imw_json_generic(json, &r->items[i].generic);
        imw_json_end_object(json);
    }
    imw_json_end_array(json);
}

static void json_section(struct imw_json *json, const struct imw_section *s)
{
    imw_json_key(json, "section");
    imw_json_begin_object(json);
    imw_json_key(json, "parts");
    imw_json_begin_array(json);
    for (size_t i = 0; i < s->part_count; i++)
        imw_json_uint(json, s->parts[i]);
    imw_json_end_array(json);
    imw_json_key(json, "text");
    imw_json_string(json, NAME_OF(section_text_names, s->text));
    imw_json_key(json, "fields");
    imw_json_string_list(json, &s->fields);
    imw_json_end_object(json);
}

static void json_att(struct imw_json *json, const struct imw_fetch_att *a)
{
    imw_json_begin_object(json);
    imw_json_key(json, "att");
    imw_json_string(json, NAME_OF(fatt_names, a->kind));
    imw_json_key(json, "name");
    imw_json_slice(json, a->name);
    if (a->kind == IMW_FATT_BODY_SECTION || a->kind == IMW_FATT_BINARY ||
        a->kind == IMW_FATT_BINARY_SIZE) {
        imw_json_key(json, "peek");
        imw_json_bool(json, a->peek);
        json_section(json, &a->section);
    }
    if (a->has_partial) {
        imw_json_key(json, "origin"); imw_json_uint(json, a->origin);
        imw_json_key(json, "length"); imw_json_uint(json, a->length);
    }
    if (a->kind == IMW_FATT_PREVIEW) {
        imw_json_key(json, "lazy"); imw_json_bool(json, a->lazy);
    }
    imw_json_end_object(json);
}

static void json_fetch(struct imw_json *json, const struct imw_cmd_fetch *f)
{
    static const char *const macros[] = { NULL, "ALL", "FAST", "FULL" };
    imw_json_key(json, "set");
    json_set(json, &f->set, f->saved_result);
    imw_json_key(json, "macro");
    if (f->macro == IMW_FETCH_MACRO_NONE)
        imw_json_null(json);
    else
        imw_json_string(json, NAME_OF(macros, f->macro));
    imw_json_key(json, "atts");
    imw_json_begin_array(json);
    for (size_t i = 0; i < f->count; i++)
        json_att(json, &f->atts[i]);
    imw_json_end_array(json);
    imw_json_key(json, "modifiers");
    imw_json_begin_array(json);
    for (size_t i = 0; i < f->modifier_count; i++)
        imw_json_generic(json, &f->modifiers[i].generic);
    imw_json_end_array(json);
    if (f->has_changedsince) {
        imw_json_key(json, "changedsince");
        imw_json_uint(json, f->changedsince);
    }
    imw_json_key(json, "vanished");
    imw_json_bool(json, f->vanished);
}

static void json_store(struct imw_json *json, const struct imw_cmd_store *s)
{
    static const char *const modes[] = { "set", "add", "remove" };
    imw_json_key(json, "set");
    json_set(json, &s->set, s->saved_result);
    imw_json_key(json, "mode");
    imw_json_string(json, NAME_OF(modes, s->mode));
    imw_json_key(json, "silent");
    imw_json_bool(json, s->silent);
    imw_json_key(json, "flags");
    imw_json_flags(json, &s->flags);
    if (s->has_unchangedsince) {
        imw_json_key(json, "unchangedsince");
        imw_json_uint(json, s->unchangedsince);
    }
}

static void json_append_message(struct imw_json *json,
                                const struct imw_append_message *m)
{
    static const char *const kinds[] = { "literal", "utf8", "catenate",
                                         "other" };
    static const char *const parts[] = { "TEXT", "URL", "UTF8" };
    imw_json_begin_object(json);
    imw_json_key(json, "flags");
    if (m->has_flags)
        imw_json_flags(json, &m->flags);
    else
        imw_json_null(json);
    imw_json_key(json, "date");
    imw_json_nstring(json, m->has_date ? m->date_raw : (imw_bytes){ NULL, 0 });
    imw_json_key(json, "data_kind");
    imw_json_string(json, NAME_OF(kinds, m->data_kind));
    imw_json_key(json, "binary");
    imw_json_bool(json, m->is_binary);
    imw_json_key(json, "size");
    imw_json_uint(json, m->data.len);
    if (m->data_kind == IMW_APPEND_CATENATE) {
        imw_json_key(json, "parts");
        imw_json_begin_array(json);
        for (size_t i = 0; i < m->part_count; i++) {
            imw_json_begin_object(json);
            imw_json_key(json, "part");
            imw_json_string(json, NAME_OF(parts, m->parts[i].kind));
            imw_json_key(json, "data");
            imw_json_slice(json, m->parts[i].data);
            imw_json_end_object(json);
        }
        imw_json_end_array(json);
    }
    imw_json_end_object(json);
}

static void json_sort(struct imw_json *json, const struct imw_cmd_sort *s)
{
    json_return(json, &s->ret);
    imw_json_key(json, "criteria");
    imw_json_begin_array(json);
    for (size_t i = 0; i < s->criteria_count; i++) {
        imw_json_begin_object(json);
        imw_json_key(json, "reverse");
        imw_json_bool(json, s->criteria[i].reverse);
        imw_json_key(json, "key");
        imw_json_slice(json, s->criteria[i].name);
        imw_json_key(json, "known");
        imw_json_bool(json, s->criteria[i].key != IMW_SORT_OTHER);
        imw_json_end_object(json);
    }
    imw_json_end_array(json);
    json_program(json, &s->program);
}

int imw_json_cmd_message_family(struct imw_json *json,
                                const struct imw_command *c)
{
    switch (c->kind) {
    case IMW_CMD_SEARCH:
        json_return(json, &c->u.search->ret);
        json_program(json, &c->u.search->program);
        return 1;
    case IMW_CMD_FETCH:
        json_fetch(json, c->u.fetch);
        return 1;
    case IMW_CMD_STORE:
        json_store(json, c->u.store);
        return 1;
    case IMW_CMD_COPY: case IMW_CMD_MOVE:
        imw_json_key(json, "set");
        json_set(json, &c->u.copy->set, c->u.copy->saved_result);
        imw_json_key(json, "mailbox");
        imw_json_mailbox(json, &c->u.copy->mailbox);
        return 1;
    case IMW_CMD_APPEND:
        imw_json_key(json, "mailbox");
        imw_json_mailbox(json, &c->u.append->mailbox);
        imw_json_key(json, "messages");
        imw_json_begin_array(json);
        for (size_t i = 0; i < c->u.append->count; i++)
            json_append_message(json, &c->u.append->messages[i]);
        imw_json_end_array(json);
        return 1;
    case IMW_CMD_SORT:
        json_sort(json, c->u.sort);
        return 1;
    case IMW_CMD_THREAD:
        imw_json_key(json, "algorithm");
        imw_json_slice(json, c->u.thread->name);
        json_program(json, &c->u.thread->program);
        return 1;
    default:
        return 0;
    }
}
