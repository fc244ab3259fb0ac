/* imw_build_command(): a typed command (imapwire/command.h) back to bytes.
 * This file holds the frame (tag, name, CRLF), the shared helpers
 * (keywords, generic values, flags, sets) and the session and mailbox
 * commands; build_cmd_msg.c has the message family.  Every octet of user
 * data goes through the value writers of build_out.c. */
#include <string.h>
#include "imapwire/values.h"
#include "build_cmd.h"
#include "command.h"

/* ---- shared helpers -------------------------------------------------------- */

int imw_bc_sp(struct imw_out *out)
{
    return imw_out_put(out, " ", 1);
}

static int ascii_upper(uint8_t c)
{
    return c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c;
}

static int same_word(imw_bytes given, const char *canonical)
{
    size_t n = strlen(canonical);
    if (!given.ptr || given.len != n)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (ascii_upper(given.ptr[i]) != ascii_upper((uint8_t)canonical[i]))
            return 0;
    return 1;
}

int imw_bc_keyword(struct imw_out *out, imw_bytes given, const char *canonical)
{
    /* `given` is written only when it is `canonical` up to case: it has
     * then been checked octet by octet against text of the builder */
    if (same_word(given, canonical))
        return imw_out_put(out, given.ptr, given.len);
    return imw_out_text(out, canonical);
}

int imw_bc_value(struct imw_out *out, const struct imw_value *v,
                 const struct imw_build_caps *caps, int depth)
{
    if (depth > IMW_BUILD_MAX_DEPTH)
        return imw_out_fail(out, IMW_ERR_INVALID_ARGUMENT,
                            "generic value nested too deeply");
    switch (v->kind) {
    case IMW_VALUE_ATOM:
        /* atoms of generic values are words as the generic reader took
         * them: "[...]" (BODY[1]), "\" (flags), "*" (1:*), "%"
         * (patterns); a hand-made one must be a word its context takes */
        return imw_out_atom(out, v->bytes, "]\\*%");
    case IMW_VALUE_NUMBER:
        return imw_out_number(out, v->number);
    case IMW_VALUE_STRING:
        return imw_out_string(out, v->bytes, caps);
    case IMW_VALUE_NIL:
        return imw_out_text(out, "NIL");
    case IMW_VALUE_LIST:
        imw_out_text(out, "(");
        for (size_t i = 0; i < v->count; i++) {
            if (i)
                imw_bc_sp(out);
            if (imw_bc_value(out, &v->items[i], caps, depth + 1) < 0)
                return out->error;
        }
        return imw_out_text(out, ")");
    default:
        return imw_out_fail(out, IMW_ERR_INVALID_ARGUMENT,
                            "unknown generic value kind");
    }
}

int imw_bc_generic_args(struct imw_out *out, const struct imw_generic *g,
                        const struct imw_build_caps *caps)
{
    if (!g->args && g->raw.len)
        return imw_out_fail(out, IMW_ERR_INVALID_ARGUMENT,
                            "generic arguments that are not IMAP values "
                            "cannot be sent safely");
    for (size_t i = 0; i < g->count && g->args; i++) {
        imw_bc_sp(out);
        if (imw_bc_value(out, &g->args[i], caps, 1) < 0)
            return out->error;
    }
    return out->error;
}

int imw_bc_generic(struct imw_out *out, const struct imw_generic *g,
                   const struct imw_build_caps *caps)
{
    imw_out_atom(out, g->name, NULL);
    return imw_bc_generic_args(out, g, caps);
}

int imw_bc_flag_list(struct imw_out *out, const struct imw_flag_list *flags)
{
    imw_out_text(out, "(");
    for (size_t i = 0; i < flags->count; i++) {
        if (i)
            imw_bc_sp(out);
        imw_out_atom(out, flags->items[i].name, "\\");
    }
    return imw_out_text(out, ")");
}

int imw_bc_set(struct imw_out *out, const struct imw_seq_set *set, int saved)
{
    if (saved)
        return imw_out_text(out, "$");
    return imw_out_seq_set(out, set);
}

static int put_params(struct imw_out *out, const struct imw_generic *params,
                      size_t n, int *first, const struct imw_build_caps *caps)
{
    for (size_t i = 0; i < n; i++) {
        imw_out_text(out, *first ? " (" : " ");
        *first = 0;
        imw_bc_generic(out, &params[i], caps);
    }
    return out->error;
}

/* ---- tag --------------------------------------------------------------------- */

static int put_tag_text(struct imw_out *out, imw_bytes tag)
{
    for (size_t i = 0; i < tag.len; i++)
        if (!imw_is_tag_char(tag.ptr[i]))
            return imw_out_fail(out, IMW_ERR_INVALID_ARGUMENT,
                                "tag holds an octet that is not a tag-char");
    return imw_out_put(out, tag.ptr, tag.len);
}

static int put_tag(struct imw_out *out, const struct imw_command *c,
                   const struct imw_build_options *opts)
{
    if (c->tag.len)
        return put_tag_text(out, c->tag);
    if (!opts || !opts->tag_counter)
        return imw_out_fail(out, IMW_ERR_INVALID_ARGUMENT,
                            "no tag, and no tag counter to make one");
    const char *prefix = opts->tag_prefix ? opts->tag_prefix : "A";
    put_tag_text(out, (imw_bytes){ (const uint8_t *)prefix, strlen(prefix) });
    imw_out_number(out, (*opts->tag_counter)++);
    return out->error;
}

/* ---- session and mailbox commands --------------------------------------------- */

static int put_mailbox(struct imw_out *out, const struct imw_mailbox *m,
                       const struct imw_build_caps *caps)
{
    imw_bc_sp(out);
    return imw_out_mailbox_as(out, m, caps);
}

static int build_authenticate(struct imw_out *out,
                              const struct imw_cmd_authenticate *a)
{
    imw_bc_sp(out);
    imw_out_atom(out, a->mechanism, NULL);
    switch (a->ir) {
    case IMW_SASL_IR_ABSENT:
        return out->error;
    case IMW_SASL_IR_EMPTY:
        return imw_out_text(out, " =");
    case IMW_SASL_IR_DATA:
        if (a->initial_response.len == 0)
            return imw_out_fail(out, IMW_ERR_INVALID_ARGUMENT,
                                "empty initial response: use IMW_SASL_IR_EMPTY");
        imw_bc_sp(out);
        return imw_out_base64(out, a->initial_response);
    default:
        return imw_out_fail(out, IMW_ERR_INVALID_ARGUMENT,
                            "unknown initial response kind");
    }
}

static int build_select(struct imw_out *out, const struct imw_cmd_select *s,
                        const struct imw_build_caps *caps)
{
    int first = 1;
    put_mailbox(out, &s->mailbox, caps);
    if (s->condstore) {
        imw_out_text(out, " (CONDSTORE");
        first = 0;
    }
    if (s->qresync) {
        imw_out_text(out, first ? " (QRESYNC (" : " QRESYNC (");
        first = 0;
        imw_out_number(out, s->uidvalidity);
        imw_bc_sp(out);
        imw_out_number(out, s->modseq);
        if (s->has_known_uids) {
            imw_bc_sp(out);
            imw_out_seq_set(out, &s->known_uids);
        }
        if (s->has_seq_match) {
            imw_out_text(out, " (");
            imw_out_seq_set(out, &s->match_seqs);
            imw_bc_sp(out);
            imw_out_seq_set(out, &s->match_uids);
            imw_out_text(out, ")");
        }
        imw_out_text(out, ")");
    }
    put_params(out, s->params, s->param_count, &first, caps);
    return first ? out->error : imw_out_text(out, ")");
}

static int build_create(struct imw_out *out, const struct imw_cmd_create *cr,
                        const struct imw_build_caps *caps)
{
    int first = 1;
    put_mailbox(out, &cr->mailbox, caps);
    if (cr->has_use) {
        imw_out_text(out, " (USE (");
        first = 0;
        for (size_t i = 0; i < cr->use.count; i++) {
            if (i)
                imw_bc_sp(out);
            imw_out_atom(out, cr->use.items[i].name, "\\");
        }
        imw_out_text(out, ")");
    }
    put_params(out, cr->params, cr->param_count, &first, caps);
    return first ? out->error : imw_out_text(out, ")");
}

static int build_rename(struct imw_out *out, const struct imw_cmd_rename *r,
                        const struct imw_build_caps *caps)
{
    int first = 1;
    put_mailbox(out, &r->from, caps);
    put_mailbox(out, &r->to, caps);
    put_params(out, r->params, r->param_count, &first, caps);
    return first ? out->error : imw_out_text(out, ")");
}

static int put_status_atts(struct imw_out *out,
                           const struct imw_cmd_status_att *items, size_t n)
{
    if (n == 0)
        return imw_out_fail(out, IMW_ERR_INVALID_ARGUMENT,
                            "STATUS needs at least one item");
    imw_out_text(out, "(");
    for (size_t i = 0; i < n; i++) {
        const char *name = imw_status_item_name(items[i].kind);
        if (i)
            imw_bc_sp(out);
        if (items[i].kind == IMW_STATUS_ITEM_OTHER || !name)
            return imw_out_fail(out, IMW_ERR_INVALID_ARGUMENT,
                                "STATUS item without a known kind");
        imw_bc_keyword(out, items[i].name, name);
    }
    return imw_out_text(out, ")");
}

static const char *const list_select_names[] = {
    NULL, "SUBSCRIBED", "REMOTE", "RECURSIVEMATCH", "SPECIAL-USE"
};
static const char *const list_return_names[] = {
    NULL, "SUBSCRIBED", "CHILDREN", "SPECIAL-USE", "STATUS"
};

static int put_list_options(struct imw_out *out,
                            const struct imw_list_option *o, size_t n,
                            const char *const *names, size_t names_count,
                            const struct imw_build_caps *caps)
{
    imw_out_text(out, "(");
    for (size_t i = 0; i < n; i++) {
        if (i)
            imw_bc_sp(out);
        if (o[i].kind <= 0 || (size_t)o[i].kind >= names_count) {
            imw_out_atom(out, o[i].generic.name.len ? o[i].generic.name
                                                    : o[i].name, NULL);
            imw_bc_generic_args(out, &o[i].generic, caps);
            continue;
        }
        imw_bc_keyword(out, o[i].name, names[o[i].kind]);
        if (names == list_return_names && o[i].kind == IMW_LIST_RETURN_STATUS) {
            imw_bc_sp(out);
            put_status_atts(out, o[i].status_items, o[i].status_count);
        }
    }
    return imw_out_text(out, ")");
}

static int build_list(struct imw_out *out, const struct imw_command *c,
                      const struct imw_build_caps *caps)
{
    const struct imw_cmd_list *l = c->u.list;
    if (l->pattern_count == 0)
        return imw_out_fail(out, IMW_ERR_INVALID_ARGUMENT,
                            "LIST needs at least one pattern");
    if (c->kind == IMW_CMD_LSUB && (l->has_select || l->has_return ||
                                    l->pattern_count > 1 || l->pattern_list))
        return imw_out_fail(out, IMW_ERR_INVALID_ARGUMENT,
                            "LSUB takes one pattern and no options");
    if (l->has_select) {
        imw_bc_sp(out);
        put_list_options(out, l->select, l->select_count, list_select_names,
                         sizeof list_select_names / sizeof *list_select_names,
                         caps);
    }
    put_mailbox(out, &l->reference, caps);
    imw_bc_sp(out);
    int parens = l->pattern_list || l->pattern_count > 1;
    if (parens)
        imw_out_text(out, "(");
    for (size_t i = 0; i < l->pattern_count; i++) {
        if (i)
            imw_bc_sp(out);
        if (l->patterns[i].form == IMW_MAILBOX_ATOM)
            imw_out_list_mailbox(out, l->patterns[i].name, caps);
        else
            imw_out_mailbox_as(out, &l->patterns[i], caps);
    }
    if (parens)
        imw_out_text(out, ")");
    if (l->has_return) {
        imw_out_text(out, " RETURN ");
        put_list_options(out, l->ret, l->return_count, list_return_names,
                         sizeof list_return_names / sizeof *list_return_names,
                         caps);
    }
    return out->error;
}

static int build_status(struct imw_out *out, const struct imw_cmd_status *s,
                        const struct imw_build_caps *caps)
{
    put_mailbox(out, &s->mailbox, caps);
    imw_bc_sp(out);
    return put_status_atts(out, s->items, s->count);
}

static int build_id(struct imw_out *out, const struct imw_cmd_id *id,
                    const struct imw_build_caps *caps)
{
    if (id->is_nil)
        return imw_out_text(out, " NIL");
    imw_out_text(out, " (");
    for (size_t i = 0; i < id->count; i++) {
        if (i)
            imw_bc_sp(out);
        imw_out_string(out, id->params[i].field, caps);
        imw_bc_sp(out);
        imw_out_nstring(out, id->params[i].value, caps);
    }
    return imw_out_text(out, ")");
}

static int build_enable(struct imw_out *out,
                        const struct imw_capability_list *caps_list)
{
    if (caps_list->count == 0)
        return imw_out_fail(out, IMW_ERR_INVALID_ARGUMENT,
                            "ENABLE needs at least one capability");
    for (size_t i = 0; i < caps_list->count; i++) {
        imw_bc_sp(out);
        imw_out_atom(out, caps_list->items[i].name, NULL);
    }
    return out->error;
}

static int build_quota(struct imw_out *out, const struct imw_command *c,
                       const struct imw_build_caps *caps)
{
    const struct imw_cmd_quota *q = c->u.quota;
    imw_bc_sp(out);
    imw_out_astring(out, q->root, caps);
    if (c->kind == IMW_CMD_GETQUOTA)
        return out->error;
    imw_out_text(out, " (");
    for (size_t i = 0; i < q->count; i++) {
        if (i)
            imw_bc_sp(out);
        imw_out_atom(out, q->resources[i].name, NULL);
        imw_bc_sp(out);
        imw_out_number(out, q->resources[i].limit);
    }
    return imw_out_text(out, ")");
}

static int build_acl(struct imw_out *out, const struct imw_command *c,
                     const struct imw_build_caps *caps)
{
    const struct imw_cmd_acl *a = c->u.acl;
    put_mailbox(out, &a->mailbox, caps);
    imw_bc_sp(out);
    imw_out_astring(out, a->identifier, caps);
    if (c->kind != IMW_CMD_SETACL)
        return out->error;
    imw_bc_sp(out);
    if (a->mode == IMW_ACL_REPLACE)
        return imw_out_astring(out, a->rights, caps);
    /* "+" or "-" then the rights letters, one astring: letters are atom
     * characters, so only an empty set needs quoting */
    const char *sign = a->mode == IMW_ACL_ADD ? "+" : "-";
    if (a->rights.len == 0)
        return imw_out_string(out, (imw_bytes){ (const uint8_t *)sign, 1 },
                              caps);
    imw_out_text(out, sign);
    return imw_out_atom(out, a->rights, NULL);
}

static const char *const depth_names[] = { "0", "1", "infinity" };

static int put_metadata_options(struct imw_out *out,
                                const struct imw_cmd_metadata *m,
                                const struct imw_build_caps *caps)
{
    int first = 1;
    if (m->has_maxsize) {
        imw_out_text(out, " (MAXSIZE ");
        imw_out_number(out, m->maxsize);
        first = 0;
    }
    if (m->has_depth) {
        if ((unsigned)m->depth > IMW_METADATA_DEPTH_INFINITY)
            return imw_out_fail(out, IMW_ERR_INVALID_ARGUMENT,
                                "unknown metadata depth");
        imw_out_text(out, first ? " (DEPTH " : " DEPTH ");
        imw_out_text(out, depth_names[m->depth]);
        first = 0;
    }
    put_params(out, m->options, m->option_count, &first, caps);
    return first ? out->error : imw_out_text(out, ")");
}

static int build_metadata(struct imw_out *out, const struct imw_command *c,
                          const struct imw_build_caps *caps)
{
    const struct imw_cmd_metadata *m = c->u.metadata;
    int get = c->kind == IMW_CMD_GETMETADATA;
    if (m->count == 0)
        return imw_out_fail(out, IMW_ERR_INVALID_ARGUMENT,
                            "METADATA needs at least one entry");
    if (get)
        put_metadata_options(out, m, caps);
    put_mailbox(out, &m->mailbox, caps);
    int parens = !get || m->count > 1;
    imw_out_text(out, parens ? " (" : " ");
    for (size_t i = 0; i < m->count; i++) {
        const struct imw_cmd_metadata_entry *e = &m->entries[i];
        if (i)
            imw_bc_sp(out);
        imw_out_astring(out, e->name, caps);
        if (get)
            continue;
        imw_bc_sp(out);
        if (e->is_nil || !e->value.ptr)
            imw_out_text(out, "NIL");
        else
            imw_out_string(out, e->value, caps);
    }
    return parens ? imw_out_text(out, ")") : out->error;
}

/* ---- NOTIFY ------------------------------------------------------------------- */

static int put_notify_mailboxes(struct imw_out *out,
                                const struct imw_notify_group *g,
                                const struct imw_build_caps *caps)
{
    if (g->mailbox_count == 0)
        return imw_out_fail(out, IMW_ERR_INVALID_ARGUMENT,
                            "NOTIFY SUBTREE/MAILBOXES needs a mailbox");
    imw_out_text(out, " (");
    for (size_t i = 0; i < g->mailbox_count; i++) {
        if (i)
            imw_bc_sp(out);
        imw_out_mailbox_as(out, &g->mailboxes[i], caps);
    }
    return imw_out_text(out, ")");
}

static int put_notify_event(struct imw_out *out,
                            const struct imw_notify_event *e,
                            const struct imw_build_caps *caps)
{
    if (e->kind == IMW_NOTIFY_EVENT_OTHER)
        imw_out_atom(out, e->name, NULL);
    else
        imw_bc_keyword(out, e->name, imw_notify_event_name(e->kind));
    if (e->fetch_atts.kind == IMW_VALUE_LIST) {
        if (e->kind != IMW_NOTIFY_EVENT_MESSAGE_NEW)
            return imw_out_fail(out, IMW_ERR_INVALID_ARGUMENT,
                                "only MessageNew takes fetch attributes");
        imw_bc_sp(out);
        imw_bc_value(out, &e->fetch_atts, caps, 1);
    }
    return out->error;
}

static int put_notify_group(struct imw_out *out,
                            const struct imw_notify_group *g,
                            const struct imw_build_caps *caps)
{
    if ((unsigned)g->filter > IMW_NOTIFY_MAILBOXES)
        return imw_out_fail(out, IMW_ERR_INVALID_ARGUMENT,
                            "unknown NOTIFY filter");
    imw_out_text(out, " (");
    imw_bc_keyword(out, g->filter_name, imw_notify_filter_name(g->filter));
    if (g->filter == IMW_NOTIFY_SUBTREE || g->filter == IMW_NOTIFY_MAILBOXES)
        put_notify_mailboxes(out, g, caps);
    if (g->events_none)
        return imw_out_text(out, " NONE)");
    imw_out_text(out, " (");
    for (size_t i = 0; i < g->event_count; i++) {
        if (i)
            imw_bc_sp(out);
        put_notify_event(out, &g->events[i], caps);
    }
    return imw_out_text(out, "))");
}

static int build_notify(struct imw_out *out, const struct imw_cmd_notify *n,
                        const struct imw_build_caps *caps)
{
    if (n->none)
        return imw_out_text(out, " NONE");
    if (n->count == 0)
        return imw_out_fail(out, IMW_ERR_INVALID_ARGUMENT,
                            "NOTIFY SET needs at least one event group");
    imw_out_text(out, n->status ? " SET STATUS" : " SET");
    for (size_t i = 0; i < n->count; i++)
        put_notify_group(out, &n->groups[i], caps);
    return out->error;
}

/* ---- dispatch ------------------------------------------------------------------- */

static int build_mailbox_family(struct imw_out *out,
                                const struct imw_command *c,
                                const struct imw_build_caps *caps)
{
    switch (c->kind) {
    case IMW_CMD_LOGIN:
        imw_bc_sp(out);
        imw_out_astring(out, c->u.login->userid, caps);
        imw_bc_sp(out);
        return imw_out_astring(out, c->u.login->password, caps);
    case IMW_CMD_AUTHENTICATE: return build_authenticate(out, c->u.authenticate);
    case IMW_CMD_ENABLE: return build_enable(out, &c->u.capabilities);
    case IMW_CMD_COMPRESS:
        imw_bc_sp(out);
        return imw_out_atom(out, c->u.compress, NULL);
    case IMW_CMD_ID: return build_id(out, c->u.id, caps);
    case IMW_CMD_SELECT: case IMW_CMD_EXAMINE:
        return build_select(out, c->u.select, caps);
    case IMW_CMD_CREATE: return build_create(out, c->u.create, caps);
    case IMW_CMD_DELETE: case IMW_CMD_SUBSCRIBE: case IMW_CMD_UNSUBSCRIBE:
    case IMW_CMD_GETQUOTAROOT: case IMW_CMD_GETACL: case IMW_CMD_MYRIGHTS:
        return put_mailbox(out, &c->u.mailbox->mailbox, caps);
    case IMW_CMD_RENAME: return build_rename(out, c->u.rename, caps);
    case IMW_CMD_LIST: case IMW_CMD_LSUB: return build_list(out, c, caps);
    case IMW_CMD_STATUS: return build_status(out, c->u.status, caps);
    case IMW_CMD_GETQUOTA: case IMW_CMD_SETQUOTA:
        return build_quota(out, c, caps);
    case IMW_CMD_SETACL: case IMW_CMD_DELETEACL: case IMW_CMD_LISTRIGHTS:
        return build_acl(out, c, caps);
    case IMW_CMD_GETMETADATA: case IMW_CMD_SETMETADATA:
        return build_metadata(out, c, caps);
    case IMW_CMD_NOTIFY: return build_notify(out, c->u.notify, caps);
    case IMW_CMD_EXPUNGE:
        if (!c->uid)
            return 0;
        imw_bc_sp(out);
        return imw_out_seq_set(out, &c->u.uid_set);
    case IMW_CMD_CAPABILITY: case IMW_CMD_NOOP: case IMW_CMD_LOGOUT:
    case IMW_CMD_STARTTLS: case IMW_CMD_NAMESPACE: case IMW_CMD_IDLE:
    case IMW_CMD_CHECK: case IMW_CMD_CLOSE: case IMW_CMD_UNSELECT:
        return 0;
    default:
        return imw_out_fail(out, IMW_ERR_INVALID_ARGUMENT,
                            "unknown command kind");
    }
}

/* Whether the kind has a UID form (RFC 3501 section 6.4.8 and its
 * extensions). */
static int has_uid_form(enum imw_command_kind kind)
{
    switch (kind) {
    case IMW_CMD_COPY: case IMW_CMD_MOVE: case IMW_CMD_FETCH:
    case IMW_CMD_SEARCH: case IMW_CMD_STORE: case IMW_CMD_EXPUNGE:
    case IMW_CMD_SORT: case IMW_CMD_THREAD:
        return 1;
    default:
        return 0;
    }
}

/* The lines that are not commands: no tag, no name. */
static int build_line(struct imw_out *out, const struct imw_command *c)
{
    switch (c->kind) {
    case IMW_CMD_SASL_RESPONSE:
        imw_out_base64(out, c->u.sasl.base64);
        break;
    case IMW_CMD_SASL_CANCEL:
        imw_out_text(out, "*");
        break;
    default:
        imw_out_text(out, "DONE");
        break;
    }
    imw_out_text(out, "\r\n");
    return imw_out_end(out);
}

static int build_other(struct imw_out *out, const struct imw_command *c,
                       const struct imw_build_caps *caps)
{
    imw_bytes name = c->name.len ? c->name : c->u.generic.name;
    if (c->uid)
        imw_out_text(out, "UID ");
    imw_out_atom(out, name, NULL);
    return imw_bc_generic_args(out, &c->u.generic, caps);
}

int imw_build_command(struct imw_out *out, const struct imw_command *c,
                      const struct imw_build_options *opts)
{
    static const struct imw_build_caps plain;
    const struct imw_build_caps *caps = opts ? &opts->caps : &plain;
    imw_out_begin(out);
    if (!c)
        return imw_out_fail(out, IMW_ERR_INVALID_ARGUMENT, "no command");
    if (c->kind == IMW_CMD_SASL_RESPONSE || c->kind == IMW_CMD_SASL_CANCEL ||
        c->kind == IMW_CMD_DONE)
        return build_line(out, c);
    if ((unsigned)c->kind >= IMW_CMD_KIND_COUNT)
        return imw_out_fail(out, IMW_ERR_INVALID_ARGUMENT,
                            "unknown command kind");
    if (c->uid && c->kind != IMW_CMD_OTHER && !has_uid_form(c->kind))
        return imw_out_fail(out, IMW_ERR_INVALID_ARGUMENT,
                            "this command has no UID form");
    put_tag(out, c, opts);
    imw_bc_sp(out);
    if (c->kind == IMW_CMD_OTHER) {
        build_other(out, c, caps);
    } else {
        if (c->uid)
            imw_out_text(out, "UID ");
        imw_bc_keyword(out, c->name, imw_command_kind_name(c->kind));
        if (!imw_build_cmd_message(out, c, caps))
            build_mailbox_family(out, c, caps);
    }
    imw_out_text(out, "\r\n");
    return imw_out_end(out);
}
