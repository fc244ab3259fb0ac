/* Internal to the tools: JSON for typed responses (json_response.c) and
 * the helpers the family printers (json_*.c) share. */
#ifndef IMW_JSON_RESPONSE_H
#define IMW_JSON_RESPONSE_H

#include "imapwire/imapwire.h"
#include "json.h"

/* One response as one JSON object (no line end). */
void imw_json_response(struct imw_json *json, const struct imw_response *resp);

/* A slice as a JSON string (bytes escaped), or null when ptr is NULL. */
void imw_json_slice(struct imw_json *json, imw_bytes bytes);
/* An nstring: null for NIL. */
void imw_json_nstring(struct imw_json *json, imw_bytes bytes);
void imw_json_flags(struct imw_json *json, const struct imw_flag_list *flags);
void imw_json_capabilities(struct imw_json *json,
                           const struct imw_capability_list *caps);
void imw_json_string_list(struct imw_json *json,
                          const struct imw_string_list *list);
void imw_json_seq_set(struct imw_json *json, const struct imw_seq_set *set);
/* A generic node: {"name":..., "args":[values] or null, "raw":...}. */
void imw_json_generic(struct imw_json *json, const struct imw_generic *g);
void imw_json_value(struct imw_json *json, const struct imw_value *v);

/* Mailbox data (json_mailbox.c): members of the response object. */
void imw_json_list(struct imw_json *json, const struct imw_list_data *l);
void imw_json_mailbox_status(struct imw_json *json,
                             const struct imw_mailbox_status *st);
void imw_json_search(struct imw_json *json, const struct imw_search *s);
void imw_json_vanished(struct imw_json *json, const struct imw_vanished *v);
/* A mailbox name: {"raw","form","name","inbox","utf8","utf8_error"}. */
void imw_json_mailbox(struct imw_json *json, const struct imw_mailbox *m);

/* The extensions (json_ext.c): members of the response object. */
struct imw_namespace; struct imw_id; struct imw_quota; struct imw_quotaroot;
struct imw_acl; struct imw_listrights; struct imw_myrights;
struct imw_metadata; struct imw_thread; struct imw_esearch;
struct imw_code_appenduid; struct imw_code_copyuid; struct imw_code_metadata;
void imw_json_namespace(struct imw_json *json, const struct imw_namespace *ns);
void imw_json_id(struct imw_json *json, const struct imw_id *id);
void imw_json_quota(struct imw_json *json, const struct imw_quota *q);
void imw_json_quotaroot(struct imw_json *json, const struct imw_quotaroot *q);
void imw_json_acl(struct imw_json *json, const struct imw_acl *acl);
void imw_json_listrights(struct imw_json *json, const struct imw_listrights *lr);
void imw_json_myrights(struct imw_json *json, const struct imw_myrights *mr);
void imw_json_metadata(struct imw_json *json, const struct imw_metadata *md);
void imw_json_thread(struct imw_json *json, const struct imw_thread *t);
void imw_json_esearch(struct imw_json *json, const struct imw_esearch *es);
/* Members of a response code object. */
void imw_json_code_appenduid(struct imw_json *json,
                             const struct imw_code_appenduid *c);
void imw_json_code_copyuid(struct imw_json *json,
                           const struct imw_code_copyuid *c);
void imw_json_code_metadata(struct imw_json *json,
                            const struct imw_code_metadata *c);

/* Family printers (src/tools/json_*.c): the members of one response kind. */
/* FETCH: "number" and "items" (json_fetch.c). */
void imw_json_fetch(struct imw_json *json, const struct imw_fetch *fetch);

#endif
