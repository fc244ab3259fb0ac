/* Decoding ID, the QUOTA, ACL and METADATA commands and NOTIFY
 * (imapwire/command_mailbox.h), from the arguments as values (see
 * decode_cmd_mailbox.h). */
#include <stdint.h>
#include "decode_cmd_mailbox.h"

/* nstring: NULL for NIL. */
static imw_bytes nstring(const struct imw_value *v)
{
    return v->kind == IMW_VALUE_NIL ? (imw_bytes){ NULL, 0 } : v->bytes;
}

static int dec_id(struct imw_decoder *d, const struct imw_cmd_args *a,
                  struct imw_command *out)
{
    struct imw_cmd_id *id = imw_dec_alloc(d, 1, sizeof *id);
    if (!id)
        return d->error;
    if (a->n < 1)
        return imw_cmdv_missing(d, "id-params-list");
    const struct imw_value *list = &a->v[0];
    if (list->kind == IMW_VALUE_NIL) {
        id->is_nil = 1;
    } else {
        size_t n = list->count / 2;
        struct imw_cmd_id_param *p = imw_dec_alloc(d, n, sizeof *p);
        if (n && !p)
            return d->error;
        for (size_t i = 0; i < n; i++) {
            p[i].field = list->items[2 * i].bytes;
            p[i].value = nstring(&list->items[2 * i + 1]);
        }
        id->params = p;
        id->count = n;
    }
    out->u.id = id;
    return 0;
}

static int dec_quota(struct imw_decoder *d, const struct imw_cmd_args *a,
                     struct imw_command *out)
{
    struct imw_cmd_quota *q = imw_dec_alloc(d, 1, sizeof *q);
    if (!q)
        return d->error;
    if (a->n < 1)
        return imw_cmdv_missing(d, "quota-root-name");
    q->root = a->v[0].bytes;
    if (out->kind == IMW_CMD_SETQUOTA) {
        if (a->n < 2)
            return imw_cmdv_missing(d, "setquota-list");
        const struct imw_value *list = &a->v[1];
        size_t n = list->count / 2;
        struct imw_cmd_quota_resource *r = imw_dec_alloc(d, n, sizeof *r);
        if (n && !r)
            return d->error;
        for (size_t i = 0; i < n; i++) {
            const struct imw_value *lim = &list->items[2 * i + 1];
            r[i].name = list->items[2 * i].raw;
            if (imw_dec_number(d, imw_cmdv_start(d, lim), imw_cmdv_end(d, lim),
                               INT64_MAX, "resource-limit", &r[i].limit) < 0)
                return d->error;
        }
        q->resources = r;
        q->count = n;
    }
    out->u.quota = q;
    return 0;
}

static int dec_acl(struct imw_decoder *d, const struct imw_cmd_args *a,
                   struct imw_command *out)
{
    struct imw_cmd_acl *acl = imw_dec_alloc(d, 1, sizeof *acl);
    if (!acl)
        return d->error;
    if (a->n < 2)
        return imw_cmdv_missing(d, "identifier");
    if (imw_cmdv_mailbox(d, &a->v[0], &acl->mailbox) < 0)
        return d->error;
    acl->identifier = a->v[1].bytes;
    if (out->kind == IMW_CMD_SETACL) {
        if (a->n < 3)
            return imw_cmdv_missing(d, "mod-rights");
        imw_bytes r = a->v[2].bytes;
        if (r.len && (r.ptr[0] == '+' || r.ptr[0] == '-')) {
            acl->mode = r.ptr[0] == '+' ? IMW_ACL_ADD : IMW_ACL_REMOVE;
            r.ptr++;
            r.len--;
        }
        acl->rights = r;
    }
    out->u.acl = acl;
    return 0;
}

/* ---- METADATA --------------------------------------------------------------- */

static int metadata_option(struct imw_decoder *d, struct imw_cmd_metadata *m,
                           const struct imw_value *name,
                           const struct imw_value *value)
{
    if (value && imw_dec_word_is(name->raw, "MAXSIZE")) {
        m->has_maxsize = 1;
        if (imw_cmdv_is_number(d, value, "maxsize-opt") < 0)
            return d->error;
        return imw_dec_u32(d, imw_cmdv_start(d, value), imw_cmdv_end(d, value),
                           "maxsize-opt", &m->maxsize) < 0 ? d->error : 1;
    }
    if (value && imw_dec_word_is(name->raw, "DEPTH")) {
        m->has_depth = 1;
        m->depth = imw_dec_word_is(value->raw, "INFINITY")
                       ? IMW_METADATA_DEPTH_INFINITY
                   : imw_dec_word_is(value->raw, "1") ? IMW_METADATA_DEPTH_1
                                                      : IMW_METADATA_DEPTH_0;
        return 1;
    }
    return 0;
}

static int metadata_options(struct imw_decoder *d, struct imw_cmd_metadata *m,
                            const struct imw_value *list)
{
    size_t n = 0, k = 0;
    imw_cmdv_params(d, list->items, list->count, 0, NULL, &n);
    struct imw_generic *opts = imw_dec_alloc(d, n, sizeof *opts);
    if (n && !opts)
        return d->error;
    for (size_t i = 0; i < list->count; i++) {
        const struct imw_value *it = list->items;
        /* DEPTH's value "infinity" reads as a name */
        int has_value = imw_cmdv_has_value(it, list->count, i, 0) ||
                        (imw_dec_word_is(it[i].raw, "DEPTH") &&
                         i + 1 < list->count);
        const struct imw_value *value = has_value ? &it[i + 1] : NULL;
        int rc = metadata_option(d, m, &it[i], value);
        if (rc < 0)
            return rc;
        if (!rc) {
            opts[k].name = it[i].raw;
            if (value) {
                opts[k].args = value;
                opts[k].count = 1;
                opts[k].raw = value->raw;
            }
            k++;
        }
        i += (size_t)has_value;
    }
    m->options = k ? opts : NULL;
    m->option_count = k;
    return 0;
}

/* GETMETADATA entries or SETMETADATA entry/value pairs: `n` values at
 * `items` (pairs: 2n). */
static int metadata_items(struct imw_decoder *d, struct imw_cmd_metadata *m,
                          const struct imw_value *items, size_t n, int pairs)
{
    size_t step = pairs ? 2 : 1;
    struct imw_cmd_metadata_entry *e = imw_dec_alloc(d, n, sizeof *e);
    if (n && !e)
        return d->error;
    for (size_t i = 0; i < n; i++) {
        e[i].name = items[i * step].bytes;
        if (pairs) {
            e[i].is_nil = items[i * step + 1].kind == IMW_VALUE_NIL;
            e[i].value = nstring(&items[i * step + 1]);
        }
    }
    m->entries = e;
    m->count = n;
    return 0;
}

/* One entry, or a parenthesised list of them (of pairs for SETMETADATA). */
static int metadata_entries(struct imw_decoder *d, struct imw_cmd_metadata *m,
                            const struct imw_value *v, int pairs)
{
    if (v->kind != IMW_VALUE_LIST)
        return metadata_items(d, m, v, 1, pairs);
    return metadata_items(d, m, v->items, v->count / (pairs ? 2 : 1), pairs);
}

/* GETMETADATA [options] mailbox entries; leniently (grammar/overrides.abnf)
 * also mailbox options entries, and entries without parentheses. */
static int get_metadata(struct imw_decoder *d, const struct imw_cmd_args *a,
                        struct imw_cmd_metadata *m)
{
    size_t i = 0;
    /* a mailbox is never a list: a leading list holds the options */
    if (a->n >= 1 && a->v[0].kind == IMW_VALUE_LIST) {
        if (metadata_options(d, m, &a->v[0]) < 0)
            return d->error;
        i = 1;
    }
    if (a->n < i + 2)
        return imw_cmdv_missing(d, "entries");
    if (imw_cmdv_mailbox(d, &a->v[i], &m->mailbox) < 0)
        return d->error;
    if (i == 0 && a->n == 3 && a->v[1].kind == IMW_VALUE_LIST) {
        /* lenient-getmetadata-options-last */
        if (metadata_options(d, m, &a->v[1]) < 0)
            return d->error;
        return metadata_entries(d, m, &a->v[2], 0);
    }
    if (a->n > i + 2) /* lenient-metadata-entries-unparenthesised */
        return metadata_items(d, m, &a->v[i + 1], a->n - i - 1, 0);
    return metadata_entries(d, m, &a->v[i + 1], 0);
}

static int dec_metadata(struct imw_decoder *d, const struct imw_cmd_args *a,
                        struct imw_command *out)
{
    struct imw_cmd_metadata *m = imw_dec_alloc(d, 1, sizeof *m);
    if (!m)
        return d->error;
    if (out->kind == IMW_CMD_GETMETADATA) {
        if (get_metadata(d, a, m) < 0)
            return d->error;
    } else if (a->n < 2) {
        return imw_cmdv_missing(d, "entries");
    } else if (imw_cmdv_mailbox(d, &a->v[0], &m->mailbox) < 0 ||
               metadata_entries(d, m, &a->v[1], 1) < 0) {
        return d->error;
    }
    out->u.metadata = m;
    return 0;
}

/* ---- NOTIFY ------------------------------------------------------------------ */

static const char *const filter_names[] = {
    "SELECTED", "SELECTED-DELAYED", "INBOXES", "PERSONAL", "SUBSCRIBED",
    "SUBTREE", "MAILBOXES",
};
static const char *const event_names[] = {
    "OTHER", "MESSAGENEW", "MESSAGEEXPUNGE", "FLAGCHANGE",
    "ANNOTATIONCHANGE", "MAILBOXNAME", "SUBSCRIPTIONCHANGE",
    "MAILBOXMETADATACHANGE", "SERVERMETADATACHANGE",
};
#define COUNT(a) (sizeof (a) / sizeof (a)[0])

const char *imw_notify_filter_name(enum imw_notify_filter filter)
{
    return (size_t)filter < COUNT(filter_names) ? filter_names[filter]
                                                : "UNKNOWN";
}

const char *imw_notify_event_name(enum imw_notify_event_kind kind)
{
    return (size_t)kind < COUNT(event_names) ? event_names[kind] : "UNKNOWN";
}

static int notify_events(struct imw_decoder *d, struct imw_notify_group *g,
                         const struct imw_value *v)
{
    size_t n = 0, k = 0;
    if (v->kind != IMW_VALUE_LIST) {
        g->events_none = 1; /* the atom NONE */
        return 0;
    }
    for (size_t i = 0; i < v->count; i++)
        n += v->items[i].kind != IMW_VALUE_LIST;
    struct imw_notify_event *ev = imw_dec_alloc(d, n, sizeof *ev);
    if (n && !ev)
        return d->error;
    for (size_t i = 0; i < v->count; i++) {
        const struct imw_value *it = &v->items[i];
        if (it->kind == IMW_VALUE_LIST) {
            if (k > 0) /* MessageNew's fetch attributes */
                ev[k - 1].fetch_atts = *it;
            continue;
        }
        ev[k].name = it->raw;
        ev[k].fetch_atts.kind = IMW_VALUE_NIL;
        for (size_t t = 1; t < COUNT(event_names); t++)
            if (imw_dec_word_is(it->raw, event_names[t]))
                ev[k].kind = (enum imw_notify_event_kind)t;
        k++;
    }
    g->events = ev;
    g->event_count = n;
    return 0;
}

static int notify_group(struct imw_decoder *d, struct imw_notify_group *g,
                        const struct imw_value *v)
{
    if (v->kind != IMW_VALUE_LIST || v->count < 2)
        return imw_cmdv_missing(d, "event-group");
    const struct imw_value *it = v->items;
    g->filter_name = it[0].raw;
    for (size_t t = 0; t < COUNT(filter_names); t++)
        if (imw_dec_word_is(it[0].raw, filter_names[t]))
            g->filter = (enum imw_notify_filter)t;
    size_t events_at = 1;
    if (g->filter == IMW_NOTIFY_SUBTREE || g->filter == IMW_NOTIFY_MAILBOXES) {
        if (v->count < 3)
            return imw_cmdv_missing(d, "one-or-more-mailbox");
        if (imw_cmdv_mailboxes(d, &it[1], &g->mailboxes, &g->mailbox_count) < 0)
            return d->error;
        events_at = 2;
    }
    return notify_events(d, g, &it[events_at]);
}

static int dec_notify(struct imw_decoder *d, const struct imw_cmd_args *a,
                      struct imw_command *out)
{
    struct imw_cmd_notify *nt = imw_dec_alloc(d, 1, sizeof *nt);
    size_t i = 1;
    if (!nt)
        return d->error;
    if (a->n < 1)
        return imw_cmdv_missing(d, "notify-args");
    nt->none = imw_dec_word_is(a->v[0].raw, "NONE");
    if (!nt->none) {
        if (a->n > 1 && a->v[1].kind != IMW_VALUE_LIST) {
            nt->status = 1; /* SET STATUS */
            i = 2;
        }
        size_t n = a->n - i;
        struct imw_notify_group *g = imw_dec_alloc(d, n, sizeof *g);
        if (n && !g)
            return d->error;
        for (size_t k = 0; k < n; k++)
            if (notify_group(d, &g[k], &a->v[i + k]) < 0)
                return d->error;
        nt->groups = g;
        nt->count = n;
    }
    out->u.notify = nt;
    return 0;
}

int imw_dec_cmd_admin(struct imw_decoder *d, const struct imw_cmd_args *a,
                      struct imw_command *out)
{
    switch (out->kind) {
    case IMW_CMD_ID:
        return dec_id(d, a, out);
    case IMW_CMD_GETQUOTA: case IMW_CMD_SETQUOTA:
        return dec_quota(d, a, out);
    case IMW_CMD_SETACL: case IMW_CMD_DELETEACL: case IMW_CMD_LISTRIGHTS:
        return dec_acl(d, a, out);
    case IMW_CMD_GETMETADATA: case IMW_CMD_SETMETADATA:
        return dec_metadata(d, a, out);
    case IMW_CMD_NOTIFY:
        return dec_notify(d, a, out);
    default:
        return IMW_DEC_NOT_MINE;
    }
}
