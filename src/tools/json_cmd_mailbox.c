/* JSON for the session and mailbox commands (imapwire/command_mailbox.h):
 * the members of each kind under the field names of the header. */
#include "json_command.h"

static void key_slice(struct imw_json *json, const char *key, imw_bytes b)
{
    imw_json_key(json, key);
    imw_json_nstring(json, b);
}

static void key_mailbox(struct imw_json *json, const char *key,
                        const struct imw_mailbox *m)
{
    imw_json_key(json, key);
    imw_json_mailbox(json, m);
}

static void mailboxes(struct imw_json *json, const char *key,
                      const struct imw_mailbox *m, size_t n)
{
    imw_json_key(json, key);
    imw_json_begin_array(json);
    for (size_t i = 0; i < n; i++)
        imw_json_mailbox(json, &m[i]);
    imw_json_end_array(json);
}

static void generics(struct imw_json *json, const char *key,
                     const struct imw_generic *g, size_t n)
{
    imw_json_key(json, key);
    imw_json_begin_array(json);
    for (size_t i = 0; i < n; i++)
        imw_json_generic(json, &g[i]);
    imw_json_end_array(json);
}

static void status_atts(struct imw_json *json, const char *key,
                        const struct imw_cmd_status_att *a, size_t n)
{
    imw_json_key(json, key);
    imw_json_begin_array(json);
    for (size_t i = 0; i < n; i++)
        imw_json_string(json, imw_status_item_name(a[i].kind));
    imw_json_end_array(json);
}

static void list_options(struct imw_json *json, const char *key,
                         const struct imw_list_option *o, size_t n)
{
    imw_json_key(json, key);
    imw_json_begin_array(json);
    for (size_t i = 0; i < n; i++) {
        imw_json_begin_object(json);
        key_slice(json, "name", o[i].name);
        if (o[i].status_count)
            status_atts(json, "status", o[i].status_items, o[i].status_count);
        else if (o[i].generic.count) {
            imw_json_key(json, "generic");
            imw_json_generic(json, &o[i].generic);
        }
        imw_json_end_object(json);
    }
    imw_json_end_array(json);
}

static void json_select(struct imw_json *json, const struct imw_cmd_select *s)
{
    key_mailbox(json, "mailbox", &s->mailbox);
    imw_json_key(json, "condstore");
    imw_json_bool(json, s->condstore);
    if (s->qresync) {
        imw_json_key(json, "qresync");
        imw_json_begin_object(json);
        imw_json_key(json, "uidvalidity");
        imw_json_uint(json, s->uidvalidity);
        imw_json_key(json, "modseq");
        imw_json_uint(json, s->modseq);
        if (s->has_known_uids) {
            imw_json_key(json, "known_uids");
            imw_json_seq_set(json, &s->known_uids);
        }
        if (s->has_seq_match) {
            imw_json_key(json, "match_seqs");
            imw_json_seq_set(json, &s->match_seqs);
            imw_json_key(json, "match_uids");
            imw_json_seq_set(json, &s->match_uids);
        }
        imw_json_end_object(json);
    }
    generics(json, "params", s->params, s->param_count);
}

static void json_list(struct imw_json *json, const struct imw_cmd_list *l)
{
    if (l->has_select)
        list_options(json, "select", l->select, l->select_count);
    key_mailbox(json, "reference", &l->reference);
    mailboxes(json, "patterns", l->patterns, l->pattern_count);
    if (l->has_return)
        list_options(json, "return", l->ret, l->return_count);
}

static void json_notify(struct imw_json *json, const struct imw_cmd_notify *n)
{
    imw_json_key(json, "none");
    imw_json_bool(json, n->none);
    imw_json_key(json, "status");
    imw_json_bool(json, n->status);
    imw_json_key(json, "groups");
    imw_json_begin_array(json);
    for (size_t i = 0; i < n->count; i++) {
        const struct imw_notify_group *g = &n->groups[i];
        imw_json_begin_object(json);
        imw_json_key(json, "filter");
        imw_json_string(json, imw_notify_filter_name(g->filter));
        if (g->mailbox_count)
            mailboxes(json, "mailboxes", g->mailboxes, g->mailbox_count);
        imw_json_key(json, "events");
        imw_json_begin_array(json);
        for (size_t k = 0; k < g->event_count; k++) {
            imw_json_begin_object(json);
            imw_json_key(json, "event");
            imw_json_string(json, imw_notify_event_name(g->events[k].kind));
            key_slice(json, "name", g->events[k].name);
            if (g->events[k].fetch_atts.kind == IMW_VALUE_LIST)
                key_slice(json, "fetch", g->events[k].fetch_atts.raw);
            imw_json_end_object(json);
        }
        imw_json_end_array(json);
        imw_json_end_object(json);
    }
    imw_json_end_array(json);
}

static void json_metadata(struct imw_json *json,
                          const struct imw_cmd_metadata *m)
{
    if (m->has_maxsize) {
        imw_json_key(json, "maxsize");
        imw_json_uint(json, m->maxsize);
    }
    if (m->has_depth) {
        imw_json_key(json, "depth");
        imw_json_string(json, m->depth == IMW_METADATA_DEPTH_INFINITY ? "infinity"
                              : m->depth == IMW_METADATA_DEPTH_1      ? "1"
                                                                      : "0");
    }
    key_mailbox(json, "mailbox", &m->mailbox);
    imw_json_key(json, "entries");
    imw_json_begin_array(json);
    for (size_t i = 0; i < m->count; i++) {
        imw_json_begin_object(json);
        key_slice(json, "entry", m->entries[i].name);
        key_slice(json, "value", m->entries[i].value);
        imw_json_end_object(json);
    }
    imw_json_end_array(json);
}

static void json_small(struct imw_json *json, const struct imw_command *c)
{
    switch (c->kind) {
    case IMW_CMD_LOGIN:
        key_slice(json, "userid", c->u.login->userid);
        key_slice(json, "password", c->u.login->password);
        break;
    case IMW_CMD_AUTHENTICATE:
        key_slice(json, "mechanism", c->u.authenticate->mechanism);
        imw_json_key(json, "initial_response");
        if (c->u.authenticate->ir == IMW_SASL_IR_ABSENT)
            imw_json_null(json);
        else
            imw_json_slice(json, c->u.authenticate->initial_response);
        break;
    case IMW_CMD_ENABLE:
        imw_json_key(json, "capabilities");
        imw_json_capabilities(json, &c->u.capabilities);
        break;
    case IMW_CMD_COMPRESS:
        key_slice(json, "algorithm", c->u.compress);
        break;
    case IMW_CMD_CREATE:
        key_mailbox(json, "mailbox", &c->u.create->mailbox);
        imw_json_key(json, "use");
        imw_json_begin_array(json);
        for (size_t i = 0; i < c->u.create->use.count; i++)
            imw_json_slice(json, c->u.create->use.items[i].name);
        imw_json_end_array(json);
        generics(json, "params", c->u.create->params, c->u.create->param_count);
        break;
    case IMW_CMD_RENAME:
        key_mailbox(json, "from", &c->u.rename->from);
        key_mailbox(json, "to", &c->u.rename->to);
        generics(json, "params", c->u.rename->params, c->u.rename->param_count);
        break;
    case IMW_CMD_STATUS:
        key_mailbox(json, "mailbox", &c->u.status->mailbox);
        status_atts(json, "items", c->u.status->items, c->u.status->count);
        break;
    case IMW_CMD_ID:
        imw_json_key(json, "params");
        if (c->u.id->is_nil) {
            imw_json_null(json);
            break;
        }
        imw_json_begin_array(json);
        for (size_t i = 0; i < c->u.id->count; i++) {
            imw_json_slice(json, c->u.id->params[i].field);
            imw_json_nstring(json, c->u.id->params[i].value);
        }
        imw_json_end_array(json);
        break;
    default:
        break;
    }
}

static void json_admin(struct imw_json *json, const struct imw_command *c)
{
    switch (c->kind) {
    case IMW_CMD_GETQUOTA: case IMW_CMD_SETQUOTA:
        key_slice(json, "root", c->u.quota->root);
        imw_json_key(json, "resources");
        imw_json_begin_array(json);
        for (size_t i = 0; i < c->u.quota->count; i++) {
            imw_json_begin_object(json);
            key_slice(json, "name", c->u.quota->resources[i].name);
            imw_json_key(json, "limit");
            imw_json_uint(json, c->u.quota->resources[i].limit);
            imw_json_end_object(json);
        }
        imw_json_end_array(json);
        break;
    case IMW_CMD_SETACL: case IMW_CMD_DELETEACL: case IMW_CMD_LISTRIGHTS:
        key_mailbox(json, "mailbox", &c->u.acl->mailbox);
        key_slice(json, "identifier", c->u.acl->identifier);
        if (c->kind == IMW_CMD_SETACL) {
            imw_json_key(json, "mode");
            imw_json_string(json, c->u.acl->mode == IMW_ACL_ADD      ? "+"
                                  : c->u.acl->mode == IMW_ACL_REMOVE ? "-"
                                                                     : "=");
            key_slice(json, "rights", c->u.acl->rights);
        }
        break;
    default:
        break;
    }
}

int imw_json_cmd_mailbox_family(struct imw_json *json,
                                const struct imw_command *c)
{
    switch (c->kind) {
    case IMW_CMD_SELECT: case IMW_CMD_EXAMINE:
        json_select(json, c->u.select);
        return 1;
    case IMW_CMD_LIST: case IMW_CMD_LSUB:
        json_list(json, c->u.list);
        return 1;
    case IMW_CMD_NOTIFY:
        json_notify(json, c->u.notify);
        return 1;
    case IMW_CMD_GETMETADATA: case IMW_CMD_SETMETADATA:
        json_metadata(json, c->u.metadata);
        return 1;
    case IMW_CMD_DELETE: case IMW_CMD_SUBSCRIBE: case IMW_CMD_UNSUBSCRIBE:
    case IMW_CMD_GETQUOTAROOT: case IMW_CMD_GETACL: case IMW_CMD_MYRIGHTS:
        key_mailbox(json, "mailbox", &c->u.mailbox->mailbox);
        return 1;
    case IMW_CMD_GETQUOTA: case IMW_CMD_SETQUOTA: case IMW_CMD_SETACL:
    case IMW_CMD_DELETEACL: case IMW_CMD_LISTRIGHTS:
        json_admin(json, c);
        return 1;
    case IMW_CMD_LOGIN: case IMW_CMD_AUTHENTICATE: case IMW_CMD_ENABLE:
    case IMW_CMD_COMPRESS: case IMW_CMD_CREATE: case IMW_CMD_RENAME:
    case IMW_CMD_STATUS: case IMW_CMD_ID:
        json_small(json, c);
        return 1;
    default:
        return 0;
    }
}
