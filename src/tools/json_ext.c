/* JSON of the extensions' responses (include/imapwire/extensions.h), as
 * documented in doc/imapwire-parse.1 and doc/RESPONSES.md. */
#include "json_response.h"
#include "imapwire/extensions.h"

static void json_uint_key(struct imw_json *json, const char *key, uint64_t v)
{
    imw_json_key(json, key);
    imw_json_uint(json, v);
}

static void json_bytes_key(struct imw_json *json, const char *key, imw_bytes b)
{
    imw_json_key(json, key);
    imw_json_nstring(json, b);
}

/* ---- NAMESPACE ---------------------------------------------------------- */

static void json_namespace_list(struct imw_json *json,
                                const struct imw_namespace_list *list)
{
    if (list->is_nil) {
        imw_json_null(json);
        return;
    }
    imw_json_begin_array(json);
    for (size_t i = 0; i < list->count; i++) {
        const struct imw_namespace_descr *d = &list->items[i];
        imw_json_begin_object(json);
        json_bytes_key(json, "prefix", d->prefix);
        imw_json_key(json, "delimiter");
        if (d->has_delimiter)
            imw_json_bytes(json, &d->delimiter, 1);
        else
            imw_json_null(json);
        imw_json_key(json, "extensions");
        imw_json_begin_array(json);
        for (size_t k = 0; k < d->nextensions; k++) {
            imw_json_begin_object(json);
            json_bytes_key(json, "name", d->extensions[k].name);
            imw_json_key(json, "values");
            imw_json_string_list(json, &d->extensions[k].values);
            imw_json_end_object(json);
        }
        imw_json_end_array(json);
        imw_json_end_object(json);
    }
    imw_json_end_array(json);
}

void imw_json_namespace(struct imw_json *json, const struct imw_namespace *ns)
{
    imw_json_key(json, "personal");
    json_namespace_list(json, &ns->personal);
    imw_json_key(json, "other_users");
    json_namespace_list(json, &ns->other_users);
    imw_json_key(json, "shared");
    json_namespace_list(json, &ns->shared);
}

/* ---- ID ------------------------------------------------------------------ */

void imw_json_id(struct imw_json *json, const struct imw_id *id)
{
    imw_json_key(json, "params");
    if (id->is_nil) {
        imw_json_null(json);
        return;
    }
    imw_json_begin_array(json);
    for (size_t i = 0; i < id->count; i++) {
        imw_json_begin_object(json);
        json_bytes_key(json, "name", id->params[i].name);
        json_bytes_key(json, "value", id->params[i].value);
        imw_json_end_object(json);
    }
    imw_json_end_array(json);
}

/* ---- QUOTA, QUOTAROOT ---------------------------------------------------- */

void imw_json_quota(struct imw_json *json, const struct imw_quota *q)
{
    json_bytes_key(json, "root", q->root);
    imw_json_key(json, "resources");
    imw_json_begin_array(json);
    for (size_t i = 0; i < q->count; i++) {
        const struct imw_quota_resource *r = &q->resources[i];
        imw_json_begin_object(json);
        imw_json_key(json, "kind");
        imw_json_string(json, imw_quota_resource_kind_name(r->kind));
        json_bytes_key(json, "name", r->name);
        json_uint_key(json, "usage", r->usage);
        json_uint_key(json, "limit", r->limit);
        imw_json_end_object(json);
    }
    imw_json_end_array(json);
}

void imw_json_quotaroot(struct imw_json *json, const struct imw_quotaroot *q)
{
    imw_json_key(json, "mailbox");
    imw_json_mailbox(json, &q->mailbox);
    imw_json_key(json, "roots");
    imw_json_string_list(json, &q->roots);
}

/* ---- ACL, LISTRIGHTS, MYRIGHTS ------------------------------------------------ */

void imw_json_acl(struct imw_json *json, const struct imw_acl *acl)
{
    imw_json_key(json, "mailbox");
    imw_json_mailbox(json, &acl->mailbox);
    imw_json_key(json, "entries");
    imw_json_begin_array(json);
    for (size_t i = 0; i < acl->count; i++) {
        imw_json_begin_object(json);
        json_bytes_key(json, "identifier", acl->entries[i].identifier);
        json_bytes_key(json, "rights", acl->entries[i].rights);
        imw_json_end_object(json);
    }
    imw_json_end_array(json);
}

void imw_json_listrights(struct imw_json *json, const struct imw_listrights *lr)
{
    imw_json_key(json, "mailbox");
    imw_json_mailbox(json, &lr->mailbox);
    json_bytes_key(json, "identifier", lr->identifier);
    json_bytes_key(json, "required", lr->required);
    imw_json_key(json, "optional");
    imw_json_string_list(json, &lr->optional);
}

void imw_json_myrights(struct imw_json *json, const struct imw_myrights *mr)
{
    imw_json_key(json, "mailbox");
    imw_json_mailbox(json, &mr->mailbox);
    json_bytes_key(json, "rights", mr->rights);
}

/* ---- METADATA ------------------------------------------------------------------ */

void imw_json_metadata(struct imw_json *json, const struct imw_metadata *md)
{
    imw_json_key(json, "mailbox");
    imw_json_mailbox(json, &md->mailbox);
    imw_json_key(json, "has_values");
    imw_json_bool(json, md->has_values);
    imw_json_key(json, "entries");
    imw_json_begin_array(json);
    for (size_t i = 0; i < md->count; i++) {
        imw_json_begin_object(json);
        json_bytes_key(json, "name", md->entries[i].name);
        if (md->has_values)
            json_bytes_key(json, "value", md->entries[i].value);
        imw_json_end_object(json);
    }
    imw_json_end_array(json);
}

/* ---- THREAD ------------------------------------------------------------------- */

/* A chain "(1 2 3)" nests one level per message; the JSON keeps the
 * nesting, so a writer's depth limit bounds it like the parser's does. */
/* Each node is written as the RFC 5256 syntax has it: "numbers", the run
 * of messages down a chain (each the only child of the one before), then
 * "children", the branches after it.  The JSON's depth is then the
 * nesting of the parentheses, which the parser's limit bounds, not the
 * length of a chain (a chain of a million messages nests a million levels
 * in the typed tree; written level by level it overflowed the stack). */
static void json_thread_nodes(struct imw_json *json,
                              const struct imw_thread_node *nodes, size_t n)
{
    imw_json_begin_array(json);
    for (size_t i = 0; i < n; i++) {
        const struct imw_thread_node *node = &nodes[i];
        imw_json_begin_object(json);
        imw_json_key(json, "numbers");
        imw_json_begin_array(json);
        for (;;) {
            if (node->number) /* 0: a parent not in the result */
                imw_json_uint(json, node->number);
            if (node->count != 1)
                break;
            node = node->children;
        }
        imw_json_end_array(json);
        imw_json_key(json, "children");
        json_thread_nodes(json, node->children, node->count);
        imw_json_end_object(json);
    }
    imw_json_end_array(json);
}

void imw_json_thread(struct imw_json *json, const struct imw_thread *t)
{
    imw_json_key(json, "threads");
    json_thread_nodes(json, t->threads, t->count);
}

/* ---- ESEARCH ------------------------------------------------------------------- */

void imw_json_esearch(struct imw_json *json, const struct imw_esearch *es)
{
    imw_json_key(json, "correlator"); /* "tag" is the response's own */
    if (es->has_tag)
        imw_json_slice(json, es->tag);
    else
        imw_json_null(json);
    imw_json_key(json, "uid");
    imw_json_bool(json, es->uid);
    if (es->has_min)
        json_uint_key(json, "min", es->min);
    if (es->has_max)
        json_uint_key(json, "max", es->max);
    if (es->has_count)
        json_uint_key(json, "count", es->count);
    if (es->has_all) {
        imw_json_key(json, "all");
        imw_json_seq_set(json, &es->all);
    }
    if (es->has_modseq)
        json_uint_key(json, "modseq", es->modseq);
    imw_json_key(json, "others");
    imw_json_begin_array(json);
    for (size_t i = 0; i < es->nothers; i++)
        imw_json_generic(json, &es->others[i]);
    imw_json_end_array(json);
}

/* ---- response codes ----------------------------------------------------------- */

void imw_json_code_appenduid(struct imw_json *json,
                             const struct imw_code_appenduid *c)
{
    json_uint_key(json, "uidvalidity", c->uidvalidity);
    imw_json_key(json, "uids");
    imw_json_seq_set(json, &c->uids);
}

void imw_json_code_copyuid(struct imw_json *json,
                           const struct imw_code_copyuid *c)
{
    json_uint_key(json, "uidvalidity", c->uidvalidity);
    imw_json_key(json, "source");
    imw_json_seq_set(json, &c->source);
    imw_json_key(json, "dest");
    imw_json_seq_set(json, &c->dest);
}

void imw_json_code_metadata(struct imw_json *json,
                            const struct imw_code_metadata *c)
{
    imw_json_key(json, "metadata");
    imw_json_string(json, imw_metadata_code_kind_name(c->kind));
    if (c->kind == IMW_METADATA_CODE_LONGENTRIES ||
        c->kind == IMW_METADATA_CODE_MAXSIZE)
        json_uint_key(json, "number", c->number);
}
