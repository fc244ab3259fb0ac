/* Decoding the session and mailbox commands (imapwire/command_mailbox.h):
 * LOGIN, AUTHENTICATE, ENABLE, COMPRESS, SELECT/EXAMINE, CREATE, the
 * one-mailbox commands, RENAME, LIST/LSUB and STATUS here; the rest in
 * decode_cmd_admin.c.  See decode_cmd_mailbox.h for the approach. */
#include <stdint.h>
#include <string.h>
#include "imapwire/seqset.h"
#include "imapwire/values.h"
#include "decode_cmd_mailbox.h"
#include "decode_mailbox.h"
#include "keywords.h"

/* ---- shared value helpers ----------------------------------------------- */

int imw_cmdv_missing(struct imw_decoder *d, const char *rule)
{
    return imw_dec_fail(d, IMW_ERR_DECODE, 0, rule,
                        "command argument missing after validation");
}

int imw_cmdv_mailbox(struct imw_decoder *d, const struct imw_value *v,
                     struct imw_mailbox *out)
{
    return imw_dec_mailbox(d, imw_cmdv_start(d, v), imw_cmdv_end(d, v), out);
}

int imw_cmdv_is_number(struct imw_decoder *d, const struct imw_value *v,
                       const char *rule)
{
    if (v->kind == IMW_VALUE_NUMBER)
        return 0;
    return imw_dec_fail(d, IMW_ERR_SYNTAX, imw_cmdv_start(d, v), rule,
                        "number expected");
}

/* The set of value `v`.  The grammar validated `v` only as a generic
 * argument (RFC 4466 tagged-ext-val: a QRESYNC parameter list may hold
 * any atom, ",5" or "1,3,"), so its own syntax is checked here before
 * imw_dec_seq_set() reads it: a bad set is an error at its octet, not
 * ranges made up from it. */
int imw_cmdv_seq_set(struct imw_decoder *d, const struct imw_value *v,
                     struct imw_seq_set *out)
{
    size_t start = imw_cmdv_start(d, v), end = imw_cmdv_end(d, v), count;
    struct imw_value_error err = { IMW_VALUE_OK, 0 };
    if (imw_seq_set_parse(imw_dec_bytes(d) + start, end - start, NULL, 0,
                          &count, NULL, &err) < 0)
        return imw_dec_fail(d, IMW_ERR_SYNTAX, start + err.offset,
                            "sequence-set", imw_value_reason_text(err.reason));
    return imw_dec_seq_set(d, start, end, out);
}

/* One mailbox, or a parenthesised list of them. */
int imw_cmdv_mailboxes(struct imw_decoder *d, const struct imw_value *v,
                       const struct imw_mailbox **out, size_t *count)
{
    const struct imw_value *items = v;
    size_t n = 1;
    if (v->kind == IMW_VALUE_LIST) {
        items = v->items;
        n = v->count;
    }
    struct imw_mailbox *boxes = imw_dec_alloc(d, n, sizeof *boxes);
    if (n && !boxes)
        return d->error;
    for (size_t i = 0; i < n; i++)
        if (imw_cmdv_mailbox(d, &items[i], &boxes[i]) < 0)
            return d->error;
    *out = boxes;
    *count = n;
    return 0;
}

int imw_cmdv_has_value(const struct imw_value *items, size_t n, size_t i,
                       int paren_only)
{
    if (i + 1 >= n)
        return 0;
    const struct imw_value *next = &items[i + 1];
    if (next->kind == IMW_VALUE_LIST)
        return 1;
    if (paren_only || next->raw.len == 0)
        return 0;
    /* tagged-ext-simple (a sequence set or number) starts where a
     * tagged-ext-label cannot: a digit, '*' or '$' */
    uint8_t c = next->raw.ptr[0];
    return (c >= '0' && c <= '9') || c == '*' || c == '$';
}

static void generic_param(const struct imw_value *items, size_t n, size_t i,
                          int has_value, struct imw_generic *out)
{
    (void)n;
    out->name = items[i].raw;
    if (has_value) {
        out->args = &items[i + 1];
        out->count = 1;
        out->raw = items[i + 1].raw;
    }
}

int imw_cmdv_params(struct imw_decoder *d, const struct imw_value *items,
                    size_t n, int paren_only, struct imw_generic *out,
                    size_t *count)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        int has_value = imw_cmdv_has_value(items, n, i, paren_only);
        if (out)
            generic_param(items, n, i, has_value, &out[k]);
        k++;
        i += (size_t)has_value;
    }
    (void)d;
    *count = k;
    return 0;
}

/* Parameters other than the ones a command types (`known`, which returns
 * 1 for a name it took), counted then filled. */
typedef int (*known_param_fn)(struct imw_decoder *d, void *cmd,
                              const struct imw_value *items, size_t n,
                              size_t i);

static int other_params(struct imw_decoder *d, const struct imw_value *list,
                        known_param_fn known, void *cmd,
                        const struct imw_generic **out, size_t *count)
{
    size_t total = 0, k = 0;
    const struct imw_value *items = list->items;
    size_t n = list->count;
    imw_cmdv_params(d, items, n, 0, NULL, &total);
    struct imw_generic *params = imw_dec_alloc(d, total, sizeof *params);
    if (total && !params)
        return d->error;
    for (size_t i = 0; i < n; i++) {
        int has_value = imw_cmdv_has_value(items, n, i, 0);
        int rc = known ? known(d, cmd, items, n, i) : 0;
        if (rc < 0)
            return rc;
        if (!rc)
            generic_param(items, n, i, has_value, &params[k++]);
        i += (size_t)has_value;
    }
    *out = k ? params : NULL;
    *count = k;
    return 0;
}

/* ---- LOGIN, AUTHENTICATE, ENABLE, COMPRESS ------------------------------ */

static int dec_login(struct imw_decoder *d, const struct imw_cmd_args *a,
                     struct imw_command *out)
{
    struct imw_cmd_login *l = imw_dec_alloc(d, 1, sizeof *l);
    if (!l)
        return d->error;
    if (a->n < 2)
        return imw_cmdv_missing(d, "login");
    l->userid = a->v[0].bytes;
    l->password = a->v[1].bytes;
    out->u.login = l;
    return 0;
}

static int dec_authenticate(struct imw_decoder *d,
                            const struct imw_cmd_args *a,
                            struct imw_command *out)
{
    struct imw_cmd_authenticate *au = imw_dec_alloc(d, 1, sizeof *au);
    if (!au)
        return d->error;
    if (a->n < 1)
        return imw_cmdv_missing(d, "auth-type");
    au->mechanism = a->v[0].raw;
    if (a->n >= 2) {
        imw_bytes ir = a->v[1].raw;
        if (ir.len == 1 && ir.ptr[0] == '=') {
            au->ir = IMW_SASL_IR_EMPTY;
        } else {
            au->ir = IMW_SASL_IR_DATA;
            au->initial_response = ir;
        }
    }
    out->u.authenticate = au;
    return 0;
}

static int dec_enable(struct imw_decoder *d, const struct imw_cmd_args *a,
                      struct imw_command *out)
{
    struct imw_capability *caps = imw_dec_alloc(d, a->n, sizeof *caps);
    if (a->n && !caps)
        return d->error;
    for (size_t i = 0; i < a->n; i++) {
        size_t mech;
        imw_bytes name = a->v[i].raw;
        caps[i].name = name;
        caps[i].kind = imw_classify_capability(name.ptr, name.len, &mech);
        caps[i].mechanism = (imw_bytes){ name.ptr + mech, name.len - mech };
    }
    out->u.capabilities.items = caps;
    out->u.capabilities.count = a->n;
    return 0;
}

/* ---- SELECT / EXAMINE ---------------------------------------------------- */

/* qresync-param's list (RFC 7162): uidvalidity SP mod-sequence-value
 * [SP known-uids] [SP seq-match-data], read from generic values, so each
 * part's shape is checked here. */
static int dec_qresync(struct imw_decoder *d, struct imw_cmd_select *s,
                       const struct imw_value *list)
{
    const struct imw_value *q = list->items;
    if (list->kind != IMW_VALUE_LIST || list->count < 2)
        return imw_cmdv_missing(d, "qresync-param");
    if (list->count > 4)
        return imw_dec_fail(d, IMW_ERR_SYNTAX, imw_cmdv_start(d, &q[4]),
                            "qresync-param", "more than four items");
    s->qresync = 1;
    if (imw_cmdv_is_number(d, &q[0], "uidvalidity") < 0 ||
        imw_dec_u32(d, imw_cmdv_start(d, &q[0]), imw_cmdv_end(d, &q[0]),
                    "uidvalidity", &s->uidvalidity) < 0)
        return d->error;
    if (s->uidvalidity == 0) /* uidvalidity = nz-number (RFC 7162) */
        return imw_dec_fail(d, IMW_ERR_NUMBER_RANGE, imw_cmdv_start(d, &q[0]),
                            "uidvalidity", "UIDVALIDITY must be at least 1");
    if (imw_cmdv_is_number(d, &q[1], "mod-sequence-value") < 0 ||
        imw_dec_modseq(d, imw_cmdv_start(d, &q[1]), imw_cmdv_end(d, &q[1]),
                       &s->modseq) < 0)
        return d->error;
    size_t i = 2;
    if (i < list->count && q[i].kind != IMW_VALUE_LIST) {
        s->has_known_uids = 1;
        if (imw_cmdv_seq_set(d, &q[i], &s->known_uids) < 0)
            return d->error;
        i++;
    }
    if (i == list->count)
        return 0;
    /* seq-match-data: the last item, two sets in parentheses */
    if (i + 1 != list->count || q[i].kind != IMW_VALUE_LIST ||
        q[i].count != 2 || q[i].items[0].kind == IMW_VALUE_LIST ||
        q[i].items[1].kind == IMW_VALUE_LIST)
        return imw_dec_fail(d, IMW_ERR_SYNTAX, imw_cmdv_start(d, &q[i]),
                            "seq-match-data",
                            "two sequence sets in parentheses expected");
    s->has_seq_match = 1;
    if (imw_cmdv_seq_set(d, &q[i].items[0], &s->match_seqs) < 0 ||
        imw_cmdv_seq_set(d, &q[i].items[1], &s->match_uids) < 0)
        return d->error;
    return 0;
}

static int select_known(struct imw_decoder *d, void *cmd,
                        const struct imw_value *items, size_t n, size_t i)
{
    struct imw_cmd_select *s = cmd;
    if (imw_dec_word_is(items[i].raw, "CONDSTORE")) {
        s->condstore = 1;
        return 1;
    }
    if (imw_dec_word_is(items[i].raw, "QRESYNC") && i + 1 < n)
        return dec_qresync(d, s, &items[i + 1]) < 0 ? d->error : 1;
    return 0;
}

static int dec_select(struct imw_decoder *d, const struct imw_cmd_args *a,
                      struct imw_command *out)
{
    struct imw_cmd_select *s = imw_dec_alloc(d, 1, sizeof *s);
    if (!s)
        return d->error;
    if (a->n < 1)
        return imw_cmdv_missing(d, "mailbox");
    if (imw_cmdv_mailbox(d, &a->v[0], &s->mailbox) < 0)
        return d->error;
    if (a->n >= 2 && other_params(d, &a->v[1], select_known, s, &s->params,
                                  &s->param_count) < 0)
        return d->error;
    out->u.select = s;
    return 0;
}

/* ---- CREATE, one-mailbox commands, RENAME -------------------------------- */

static int create_known(struct imw_decoder *d, void *cmd,
                        const struct imw_value *items, size_t n, size_t i)
{
    struct imw_cmd_create *c = cmd;
    if (!imw_dec_word_is(items[i].raw, "USE") || i + 1 >= n ||
        items[i + 1].kind != IMW_VALUE_LIST)
        return 0;
    const struct imw_value *list = &items[i + 1];
    struct imw_mailbox_attr *attrs =
        imw_dec_alloc(d, list->count, sizeof *attrs);
    if (list->count && !attrs)
        return d->error;
    for (size_t k = 0; k < list->count; k++) {
        imw_bytes name = list->items[k].raw;
        attrs[k].name = name;
        attrs[k].kind = imw_classify_mailbox_attr(name.ptr, name.len);
    }
    c->has_use = 1;
    c->use.items = attrs;
    c->use.count = list->count;
    return 1;
}

static int dec_create(struct imw_decoder *d, const struct imw_cmd_args *a,
                      struct imw_command *out)
{
    struct imw_cmd_create *c = imw_dec_alloc(d, 1, sizeof *c);
    if (!c)
        return d->error;
    if (a->n < 1)
        return imw_cmdv_missing(d, "mailbox");
    if (imw_cmdv_mailbox(d, &a->v[0], &c->mailbox) < 0)
        return d->error;
    if (a->n >= 2 && other_params(d, &a->v[1], create_known, c, &c->params,
                                  &c->param_count) < 0)
        return d->error;
    out->u.create = c;
    return 0;
}

static int dec_one_mailbox(struct imw_decoder *d,
                           const struct imw_cmd_args *a,
                           struct imw_command *out)
{
    struct imw_cmd_mailbox *m = imw_dec_alloc(d, 1, sizeof *m);
    if (!m)
        return d->error;
    if (a->n < 1)
        return imw_cmdv_missing(d, "mailbox");
    if (imw_cmdv_mailbox(d, &a->v[0], &m->mailbox) < 0)
        return d->error;
    out->u.mailbox = m;
    return 0;
}

static int dec_rename(struct imw_decoder *d, const struct imw_cmd_args *a,
                      struct imw_command *out)
{
    struct imw_cmd_rename *r = imw_dec_alloc(d, 1, sizeof *r);
    if (!r)
        return d->error;
    if (a->n < 2)
        return imw_cmdv_missing(d, "mailbox");
    if (imw_cmdv_mailbox(d, &a->v[0], &r->from) < 0 ||
        imw_cmdv_mailbox(d, &a->v[1], &r->to) < 0)
        return d->error;
    if (a->n >= 3 && other_params(d, &a->v[2], NULL, NULL, &r->params,
                                  &r->param_count) < 0)
        return d->error;
    out->u.rename = r;
    return 0;
}

/* ---- STATUS and LIST ------------------------------------------------------ */

static int status_atts(struct imw_decoder *d, const struct imw_value *list,
                       const struct imw_cmd_status_att **out, size_t *count)
{
    struct imw_cmd_status_att *atts =
        imw_dec_alloc(d, list->count, sizeof *atts);
    if (list->count && !atts)
        return d->error;
    for (size_t i = 0; i < list->count; i++) {
        imw_bytes name = list->items[i].raw;
        atts[i].name = name;
        atts[i].kind = imw_classify_status_item(name.ptr, name.len);
    }
    *out = atts;
    *count = list->count;
    return 0;
}

static int dec_status(struct imw_decoder *d, const struct imw_cmd_args *a,
                      struct imw_command *out)
{
    struct imw_cmd_status *s = imw_dec_alloc(d, 1, sizeof *s);
    if (!s)
        return d->error;
    if (a->n < 2 || a->v[1].kind != IMW_VALUE_LIST)
        return imw_cmdv_missing(d, "status-att");
    if (imw_cmdv_mailbox(d, &a->v[0], &s->mailbox) < 0 ||
        status_atts(d, &a->v[1], &s->items, &s->count) < 0)
        return d->error;
    out->u.status = s;
    return 0;
}

static const struct {
    const char *name;
    int kind;
} select_names[] = {
    { "SUBSCRIBED", IMW_LIST_SELECT_SUBSCRIBED },
    { "REMOTE", IMW_LIST_SELECT_REMOTE },
    { "RECURSIVEMATCH", IMW_LIST_SELECT_RECURSIVEMATCH },
    { "SPECIAL-USE", IMW_LIST_SELECT_SPECIAL_USE },
}, return_names[] = {
    { "SUBSCRIBED", IMW_LIST_RETURN_SUBSCRIBED },
    { "CHILDREN", IMW_LIST_RETURN_CHILDREN },
    { "SPECIAL-USE", IMW_LIST_RETURN_SPECIAL_USE },
    { "STATUS", IMW_LIST_RETURN_STATUS },
};

/* LIST options: names, each with an optional parenthesised value. */
static int list_options(struct imw_decoder *d, const struct imw_value *list,
                        int returns, const struct imw_list_option **out,
                        size_t *count)
{
    size_t n = 0, k = 0;
    imw_cmdv_params(d, list->items, list->count, 1, NULL, &n);
    struct imw_list_option *opts = imw_dec_alloc(d, n, sizeof *opts);
    if (n && !opts)
        return d->error;
    for (size_t i = 0; i < list->count; i++, k++) {
        const struct imw_value *items = list->items;
        int has_value = imw_cmdv_has_value(items, list->count, i, 1);
        struct imw_list_option *o = &opts[k];
        o->name = items[i].raw;
        generic_param(items, list->count, i, has_value, &o->generic);
        for (size_t t = 0; t < 4; t++)
            if (imw_dec_word_is(o->name, returns ? return_names[t].name
                                                 : select_names[t].name))
                o->kind = returns ? return_names[t].kind
                                  : select_names[t].kind;
        if (o->kind == IMW_LIST_RETURN_STATUS && returns && has_value &&
            status_atts(d, &items[i + 1], &o->status_items,
                        &o->status_count) < 0)
            return d->error;
        i += (size_t)has_value;
    }
    *out = opts;
    *count = n;
    return 0;
}

static int dec_list(struct imw_decoder *d, const struct imw_cmd_args *a,
                    struct imw_command *out)
{
    struct imw_cmd_list *l = imw_dec_alloc(d, 1, sizeof *l);
    size_t i = 0;
    if (!l)
        return d->error;
    /* a reference is never a list: a leading list is the selection */
    if (a->n >= 1 && a->v[0].kind == IMW_VALUE_LIST) {
        l->has_select = 1;
        if (list_options(d, &a->v[0], 0, &l->select, &l->select_count) < 0)
            return d->error;
        i = 1;
    }
    if (a->n < i + 2)
        return imw_cmdv_missing(d, "mbox-or-pat");
    l->pattern_list = a->v[i + 1].kind == IMW_VALUE_LIST;
    if (imw_cmdv_mailbox(d, &a->v[i], &l->reference) < 0 ||
        imw_cmdv_mailboxes(d, &a->v[i + 1], &l->patterns,
                           &l->pattern_count) < 0)
        return d->error;
    if (a->n >= i + 4) {
        l->has_return = 1;
        if (list_options(d, &a->v[i + 3], 1, &l->ret, &l->return_count) < 0)
            return d->error;
    }
    out->u.list = l;
    return 0;
}

/* ---- dispatch ------------------------------------------------------------- */

int imw_dec_cmd_mailbox_family(struct imw_decoder *d,
                               const struct imw_command_words *w,
                               struct imw_command *out)
{
    struct imw_generic g;
    struct imw_cmd_args a;
    switch (out->kind) {
    case IMW_CMD_LOGIN: case IMW_CMD_AUTHENTICATE: case IMW_CMD_ENABLE:
    case IMW_CMD_COMPRESS: case IMW_CMD_SELECT: case IMW_CMD_EXAMINE:
    case IMW_CMD_CREATE: case IMW_CMD_DELETE: case IMW_CMD_SUBSCRIBE:
    case IMW_CMD_UNSUBSCRIBE: case IMW_CMD_GETQUOTAROOT: case IMW_CMD_GETACL:
    case IMW_CMD_MYRIGHTS: case IMW_CMD_RENAME: case IMW_CMD_LIST:
    case IMW_CMD_LSUB: case IMW_CMD_STATUS: case IMW_CMD_ID:
    case IMW_CMD_GETQUOTA: case IMW_CMD_SETQUOTA: case IMW_CMD_SETACL:
    case IMW_CMD_DELETEACL: case IMW_CMD_LISTRIGHTS:
    case IMW_CMD_GETMETADATA: case IMW_CMD_SETMETADATA: case IMW_CMD_NOTIFY:
        break;
    default:
        return IMW_DEC_NOT_MINE;
    }
    memset(&g, 0, sizeof g);
    if (imw_dec_generic(d, w->name_start, w->name_end, imw_dec_line_end(d),
                        &g) < 0)
        return d->error;
    if (g.raw.len && !g.args)
        return imw_dec_fail(d, IMW_ERR_DECODE, w->name_end, "command",
                            "arguments do not read as IMAP values");
    a.v = g.args;
    a.n = g.count;
    switch (out->kind) {
    case IMW_CMD_LOGIN:        return dec_login(d, &a, out);
    case IMW_CMD_AUTHENTICATE: return dec_authenticate(d, &a, out);
    case IMW_CMD_ENABLE:       return dec_enable(d, &a, out);
    case IMW_CMD_COMPRESS:
        if (a.n < 1)
            return imw_cmdv_missing(d, "algorithm");
        out->u.compress = a.v[0].raw;
        return 0;
    case IMW_CMD_SELECT: case IMW_CMD_EXAMINE:
        return dec_select(d, &a, out);
    case IMW_CMD_CREATE:       return dec_create(d, &a, out);
    case IMW_CMD_RENAME:       return dec_rename(d, &a, out);
    case IMW_CMD_LIST: case IMW_CMD_LSUB:
        return dec_list(d, &a, out);
    case IMW_CMD_STATUS:       return dec_status(d, &a, out);
    case IMW_CMD_DELETE: case IMW_CMD_SUBSCRIBE: case IMW_CMD_UNSUBSCRIBE:
    case IMW_CMD_GETQUOTAROOT: case IMW_CMD_GETACL: case IMW_CMD_MYRIGHTS:
        return dec_one_mailbox(d, &a, out);
    default:
        return imw_dec_cmd_admin(d, &a, out);
    }
}
