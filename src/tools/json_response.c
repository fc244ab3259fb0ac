/* JSON for typed responses: the inspector's output format, documented in
 * doc/imapwire-parse.1.  Families with many types have files of their own
 * (json_*.c) on the helpers declared in json_response.h. */
#include <string.h>
#include "json_response.h"


void imw_json_slice(struct imw_json *json, imw_bytes bytes)
{
    imw_json_bytes(json, bytes.ptr, bytes.len);
}

/* An nstring: null for NIL (ptr NULL), else the string. */
void imw_json_nstring(struct imw_json *json, imw_bytes bytes)
{
    if (!bytes.ptr)
        imw_json_null(json);
    else
        imw_json_bytes(json, bytes.ptr, bytes.len);
}

static const char *value_kind_name(enum imw_value_kind kind)
{
    switch (kind) {
    case IMW_VALUE_ATOM:   return "atom";
    case IMW_VALUE_NUMBER: return "number";
    case IMW_VALUE_STRING: return "string";
    case IMW_VALUE_NIL:    return "nil";
    case IMW_VALUE_LIST:   return "list";
    default:               return "unknown";
    }
}

/* {"atom":"X"}, {"number":N}, {"string":"..."}, {"nil":null}, {"list":[...]} */
void imw_json_value(struct imw_json *json, const struct imw_value *v)
{
    imw_json_begin_object(json);
    imw_json_key(json, value_kind_name(v->kind));
    switch (v->kind) {
    case IMW_VALUE_NUMBER:
        imw_json_uint(json, v->number);
        break;
    case IMW_VALUE_NIL:
        imw_json_null(json);
        break;
    case IMW_VALUE_LIST:
        imw_json_begin_array(json);
        for (size_t i = 0; i < v->count; i++)
            imw_json_value(json, &v->items[i]);
        imw_json_end_array(json);
        break;
    default:
        imw_json_slice(json, v->bytes);
        break;
    }
    imw_json_end_object(json);
}

void imw_json_generic(struct imw_json *json, const struct imw_generic *g)
{
    imw_json_begin_object(json);
    imw_json_key(json, "name");
    imw_json_slice(json, g->name);
    imw_json_key(json, "args");
    if (!g->args) {
        imw_json_null(json);
    } else {
        imw_json_begin_array(json);
        for (size_t i = 0; i < g->count; i++)
            imw_json_value(json, &g->args[i]);
        imw_json_end_array(json);
    }
    imw_json_key(json, "raw");
    imw_json_slice(json, g->raw);
    imw_json_end_object(json);
}

/* A tag, or null for untagged responses (whose tag is an empty slice). */
static void json_tag(struct imw_json *json, imw_bytes tag)
{
    if (tag.len == 0)
        imw_json_null(json);
    else
        imw_json_slice(json, tag);
}

void imw_json_flags(struct imw_json *json, const struct imw_flag_list *flags)
{
    size_t i;

    imw_json_begin_array(json);
    for (i = 0; i < flags->count; i++) {
        imw_json_begin_object(json);
        imw_json_key(json, "name");
        imw_json_slice(json, flags->items[i].name);
        imw_json_key(json, "kind");
        imw_json_string(json, imw_flag_kind_name(flags->items[i].kind));
        imw_json_end_object(json);
    }
    imw_json_end_array(json);
}

void imw_json_capabilities(struct imw_json *json,
                              const struct imw_capability_list *caps)
{
    size_t i;

    imw_json_begin_array(json);
    for (i = 0; i < caps->count; i++) {
        const struct imw_capability *cap = &caps->items[i];

        imw_json_begin_object(json);
        imw_json_key(json, "name");
        imw_json_slice(json, cap->name);
        imw_json_key(json, "kind");
        imw_json_string(json, imw_capability_kind_name(cap->kind));
        if (cap->mechanism.len > 0) { /* only AUTH=, THREAD=, COMPRESS=... */
            imw_json_key(json, "mechanism");
            imw_json_slice(json, cap->mechanism);
        }
        imw_json_end_object(json);
    }
    imw_json_end_array(json);
}

void imw_json_string_list(struct imw_json *json,
                             const struct imw_string_list *list)
{
    size_t i;

    imw_json_begin_array(json);
    for (i = 0; i < list->count; i++)
        imw_json_slice(json, list->items[i]);
    imw_json_end_array(json);
}

/* A sequence-set number: "*" is stored as IMW_SEQ_STAR (0), which is never
 * a real message number, and shown as the string "*". */
static void json_seq_number(struct imw_json *json, uint32_t number)
{
    if (number == IMW_SEQ_STAR)
        imw_json_string(json, "*");
    else
        imw_json_uint(json, number);
}

/* Every range is a two-element array [first, last], single numbers
 * included, so that readers need only one shape. */
void imw_json_seq_set(struct imw_json *json, const struct imw_seq_set *set)
{
    size_t i;

    imw_json_begin_array(json);
    for (i = 0; i < set->count; i++) {
        imw_json_begin_array(json);
        json_seq_number(json, set->ranges[i].first);
        json_seq_number(json, set->ranges[i].last);
        imw_json_end_array(json);
    }
    imw_json_end_array(json);
}

/* The typed argument of a response code, under a key named after its type;
 * codes without an argument add nothing. */
static void json_code_argument(struct imw_json *json,
                               const struct imw_resp_code *code)
{
    switch (code->kind) {
    case IMW_CODE_BADCHARSET:
        imw_json_key(json, "charsets");
        imw_json_string_list(json, &code->u.charsets);
        break;
    case IMW_CODE_CAPABILITY:
        imw_json_key(json, "capabilities");
        imw_json_capabilities(json, &code->u.capabilities);
        break;
    case IMW_CODE_PERMANENTFLAGS:
        imw_json_key(json, "flags");
        imw_json_flags(json, &code->u.flags);
        break;
    case IMW_CODE_UIDNEXT:
    case IMW_CODE_UIDVALIDITY:
    case IMW_CODE_UNSEEN:
        imw_json_key(json, "number");
        imw_json_uint(json, code->u.number);
        break;
    case IMW_CODE_HIGHESTMODSEQ:
        imw_json_key(json, "modseq");
        imw_json_uint(json, code->u.modseq);
        break;
    case IMW_CODE_MODIFIED:
        imw_json_key(json, "set");
        imw_json_seq_set(json, &code->u.set);
        break;
    case IMW_CODE_APPENDUID:
        imw_json_code_appenduid(json, code->u.appenduid);
        break;
    case IMW_CODE_COPYUID:
        imw_json_code_copyuid(json, code->u.copyuid);
        break;
    case IMW_CODE_METADATA:
        imw_json_code_metadata(json, code->u.metadata);
        break;
    case IMW_CODE_MAILBOXID:
        imw_json_key(json, "objectid");
        imw_json_slice(json, code->u.text);
        break;
    case IMW_CODE_OTHER:
        imw_json_key(json, "text");
        imw_json_slice(json, code->u.text);
        imw_json_key(json, "args");
        imw_json_generic(json, &code->generic);
        break;
    default: /* ALERT, PARSE, READ-ONLY...: the name says it all */
        break;
    }
}

static void json_code(struct imw_json *json, const struct imw_resp_code *code)
{
    if (!code) {
        imw_json_null(json);
        return;
    }
    imw_json_begin_object(json);
    imw_json_key(json, "kind");
    imw_json_string(json, imw_code_kind_name(code->kind));
    imw_json_key(json, "name");
    imw_json_slice(json, code->name);
    json_code_argument(json, code);
    imw_json_end_object(json);
}

/* resp-text as two members of the enclosing object: "code" and "text". */
static void json_resp_text(struct imw_json *json,
                           const struct imw_resp_text *text)
{
    imw_json_key(json, "code");
    json_code(json, text->code);
    imw_json_key(json, "text");
    imw_json_slice(json, text->text);
}

static void json_continue(struct imw_json *json, const struct imw_continue *cont)
{
    json_resp_text(json, &cont->text);
    imw_json_key(json, "base64");
    if (cont->is_base64)
        imw_json_slice(json, cont->base64);
    else
        imw_json_null(json);
}

/* The members that depend on the response kind. */
static void json_response_body(struct imw_json *json,
                               const struct imw_response *resp)
{
    switch (resp->kind) {
    case IMW_RESP_GREETING:
    case IMW_RESP_STATUS:
        imw_json_key(json, "status");
        imw_json_string(json, imw_status_name(resp->u.status.status));
        json_resp_text(json, &resp->u.status.text);
        break;
    case IMW_RESP_CONTINUE:
        json_continue(json, &resp->u.cont);
        break;
    case IMW_RESP_CAPABILITY:
        imw_json_key(json, "capabilities");
        imw_json_capabilities(json, &resp->u.capabilities);
        break;
    case IMW_RESP_EXISTS:
    case IMW_RESP_RECENT:
    case IMW_RESP_EXPUNGE:
        imw_json_key(json, "number");
        imw_json_uint(json, resp->u.number);
        break;
    case IMW_RESP_FLAGS:
        imw_json_key(json, "flags");
        imw_json_flags(json, &resp->u.flags);
        break;
    case IMW_RESP_LIST:
    case IMW_RESP_LSUB:
        imw_json_list(json, resp->u.list);
        break;
    case IMW_RESP_MAILBOX_STATUS:
        imw_json_mailbox_status(json, resp->u.mailbox_status);
        break;
    case IMW_RESP_SEARCH:
    case IMW_RESP_SORT:
        imw_json_search(json, resp->u.search);
        break;
    case IMW_RESP_VANISHED:
        imw_json_vanished(json, resp->u.vanished);
        break;
    case IMW_RESP_ENABLED:
        imw_json_key(json, "capabilities");
        imw_json_capabilities(json, &resp->u.capabilities);
        break;
    case IMW_RESP_NAMESPACE:  imw_json_namespace(json, resp->u.namespace_); break;
    case IMW_RESP_ID:         imw_json_id(json, resp->u.id); break;
    case IMW_RESP_QUOTA:      imw_json_quota(json, resp->u.quota); break;
    case IMW_RESP_QUOTAROOT:  imw_json_quotaroot(json, resp->u.quotaroot); break;
    case IMW_RESP_ACL:        imw_json_acl(json, resp->u.acl); break;
    case IMW_RESP_LISTRIGHTS: imw_json_listrights(json, resp->u.listrights); break;
    case IMW_RESP_MYRIGHTS:   imw_json_myrights(json, resp->u.myrights); break;
    case IMW_RESP_METADATA:   imw_json_metadata(json, resp->u.metadata); break;
    case IMW_RESP_THREAD:     imw_json_thread(json, resp->u.thread); break;
    case IMW_RESP_ESEARCH:    imw_json_esearch(json, resp->u.esearch); break;
    case IMW_RESP_FETCH: imw_json_fetch(json, resp->u.fetch); break;
    case IMW_RESP_OTHER:
        imw_json_key(json, "generic");
        imw_json_generic(json, &resp->u.generic);
        imw_json_key(json, "raw");
        imw_json_slice(json, resp->raw);
        break;
    default: /* a kind newer than this tool: the raw bytes lose nothing */
        imw_json_key(json, "raw");
        imw_json_slice(json, resp->raw);
        break;
    }
}

void imw_json_response(struct imw_json *json, const struct imw_response *resp)
{
    imw_json_begin_object(json);
    imw_json_key(json, "kind");
    imw_json_string(json, imw_response_kind_name(resp->kind));
    imw_json_key(json, "tag");
    json_tag(json, resp->tag);
    imw_json_key(json, "name");
    imw_json_slice(json, resp->name);
    json_response_body(json, resp);
    imw_json_end_object(json);
}

