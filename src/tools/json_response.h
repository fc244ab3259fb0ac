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

/* Family printers (src/tools/json_*.c): the members of one response kind. */
/* FETCH: "number" and "items" (json_fetch.c). */
void imw_json_fetch(struct imw_json *json, const struct imw_fetch *fetch);

#endif
