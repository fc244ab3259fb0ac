/* Responses of the extensions (include/imapwire/extensions.h): NAMESPACE,
 * ID, QUOTA, QUOTAROOT, ACL, LISTRIGHTS, MYRIGHTS, METADATA, THREAD and
 * ESEARCH.
 *
 * Each walks the children of its response's data node once.  Small fixed
 * shapes inside a validated node (a quota resource's name and numbers, an
 * ESEARCH item's name) are read from the bytes at the node's position. */
#include <string.h>
#include "decode_ext.h"
#include "decode_mailbox.h"
#include "keywords.h"

/* The first child of `parent` with `rule` at or after offset `from`. */
static imw_node child_from(const struct imw_decoder *d, imw_node parent,
                           uint16_t rule, size_t from)
{
    IMW_FOR_CHILDREN(d, parent, c)
        if (imw_dec_is(d, c, rule) && imw_dec_ev(d, c)->start >= from)
            return c;
    return IMW_NO_EVENT;
}

static size_t end_of(const struct imw_decoder *d, imw_node n)
{
    return n == IMW_NO_EVENT ? 0 : imw_dec_ev(d, n)->end;
}

/* ---- NAMESPACE ---------------------------------------------------------- */

static int namespace_extension(struct imw_decoder *d, imw_node n,
                               struct imw_namespace_extension *out)
{
    if (imw_dec_string_child(d, n, IMW_RULE_NAMESPACE_EXT_NAME, &out->name,
                             NULL) < 0)
        return d->error;
    return imw_dec_strings(d, n, IMW_RULE_NAMESPACE_EXT_VALUE, &out->values);
}

static int namespace_descr(struct imw_decoder *d, imw_node n,
                           struct imw_namespace_descr *out)
{
    const uint8_t *s = imw_dec_bytes(d);
    imw_node prefix;
    if (imw_dec_string_child(d, n, IMW_RULE_NAMESPACE_PREFIX, &out->prefix,
                             &prefix) < 0)
        return d->error;
    size_t at = end_of(d, prefix) + 1; /* DQUOTE QUOTED-CHAR DQUOTE / nil */
    out->has_delimiter = s[at] == '"';
    if (out->has_delimiter)
        out->delimiter = s[at + 1] == '\\' ? s[at + 2] : s[at + 1];
    size_t n_ext = imw_dec_count(d, n, IMW_RULE_NAMESPACE_RESPONSE_EXTENSION);
    struct imw_namespace_extension *ext = imw_dec_alloc(d, n_ext, sizeof *ext);
    if (n_ext && !ext)
        return d->error;
    size_t i = 0;
    IMW_FOR_CHILDREN(d, n, c)
        if (imw_dec_is(d, c, IMW_RULE_NAMESPACE_RESPONSE_EXTENSION) &&
            namespace_extension(d, c, &ext[i++]) < 0)
            return d->error;
    out->extensions = ext;
    out->nextensions = n_ext;
    return 0;
}

static int namespace_list(struct imw_decoder *d, imw_node n,
                          struct imw_namespace_list *out)
{
    out->is_nil = imw_dec_bytes(d)[imw_dec_ev(d, n)->start] != '(';
    size_t count = imw_dec_count(d, n, IMW_RULE_NAMESPACE_DESCR), i = 0;
    struct imw_namespace_descr *items = imw_dec_alloc(d, count, sizeof *items);
    if (count && !items)
        return d->error;
    IMW_FOR_CHILDREN(d, n, c)
        if (imw_dec_is(d, c, IMW_RULE_NAMESPACE_DESCR) &&
            namespace_descr(d, c, &items[i++]) < 0)
            return d->error;
    out->items = items;
    out->count = count;
    return 0;
}

int imw_dec_namespace(struct imw_decoder *d, struct imw_response *out)
{
    imw_node data = imw_dec_data_node(d);
    struct imw_namespace *ns = imw_dec_alloc(d, 1, sizeof *ns);
    if (!ns)
        return d->error;
    struct imw_namespace_list *lists[3] = { &ns->personal, &ns->other_users,
                                            &ns->shared };
    size_t i = 0;
    IMW_FOR_CHILDREN(d, data, c)
        if (imw_dec_is(d, c, IMW_RULE_NAMESPACE) && i < 3 &&
            namespace_list(d, c, lists[i++]) < 0)
            return d->error;
    if (i != 3)
        return imw_dec_fail(d, IMW_ERR_DECODE, 2, "namespace-response",
                            "three namespaces expected");
    out->kind = IMW_RESP_NAMESPACE;
    out->u.namespace_ = ns;
    return 0;
}

/* ---- ID ------------------------------------------------------------------ */

int imw_dec_id(struct imw_decoder *d, struct imw_response *out)
{
    imw_node data = imw_dec_data_node(d);
    struct imw_id *id = imw_dec_alloc(d, 1, sizeof *id);
    if (!id)
        return d->error;
    size_t args = 2 + out->name.len + 1;
    id->is_nil = imw_dec_bytes(d)[args] != '(';
    imw_node list = imw_dec_find(d, data, IMW_RULE_ID_PARAMS_LIST, IMW_ANY_START);
    size_t n = list == IMW_NO_EVENT ? 0 : imw_dec_count(d, list, IMW_RULE_ID_PARAM);
    struct imw_id_param *params = imw_dec_alloc(d, n, sizeof *params);
    if (n && !params)
        return d->error;
    size_t i = 0;
    if (list != IMW_NO_EVENT)
        IMW_FOR_CHILDREN(d, list, c) {
            if (!imw_dec_is(d, c, IMW_RULE_ID_PARAM))
                continue;
            imw_node name = imw_dec_find(d, c, IMW_RULE_ID_FIELD, IMW_ANY_START);
            imw_node value = child_from(d, c, IMW_RULE_ID_VALUE, end_of(d, name));
            if (name == IMW_NO_EVENT || value == IMW_NO_EVENT)
                return imw_dec_fail(d, IMW_ERR_DECODE, imw_dec_ev(d, c)->start,
                                    "id-param", "name or value missing");
            if (imw_dec_string_node(d, name, 0, &params[i].name) < 0 ||
                imw_dec_string_node(d, value, 1, &params[i].value) < 0)
                return d->error;
            i++;
        }
    id->params = params;
    id->count = n;
    out->kind = IMW_RESP_ID;
    out->u.id = id;
    return 0;
}

/* ---- QUOTA, QUOTAROOT ---------------------------------------------------- */

static enum imw_quota_resource_kind resource_kind(imw_bytes name)
{
    static const struct { const char *name; enum imw_quota_resource_kind kind; }
    known[] = {
        { "STORAGE", IMW_QUOTA_STORAGE }, { "MESSAGE", IMW_QUOTA_MESSAGE },
        { "MAILBOX", IMW_QUOTA_MAILBOX },
        { "ANNOTATION-STORAGE", IMW_QUOTA_ANNOTATION_STORAGE },
    };
    for (size_t i = 0; i < sizeof known / sizeof known[0]; i++)
        if (imw_dec_word_is(name, known[i].name))
            return known[i].kind;
    return IMW_QUOTA_OTHER;
}

/* resource-name SP resource-usage SP resource-limit, read from the bytes
 * of the validated node (numbers are number64: 63-bit). */
static int quota_resource(struct imw_decoder *d, imw_node n,
                          struct imw_quota_resource *out)
{
    const struct imw_event *e = imw_dec_ev(d, n);
    size_t name_end = imw_dec_word_end(d, e->start, e->end);
    size_t usage_end = imw_dec_word_end(d, name_end + 1, e->end);
    out->name = imw_dec_slice(d, e->start, name_end);
    out->kind = resource_kind(out->name);
    if (imw_dec_number(d, name_end + 1, usage_end, INT64_MAX, "resource-usage",
                       &out->usage) < 0 ||
        imw_dec_number(d, usage_end + 1, e->end, INT64_MAX, "resource-limit",
                       &out->limit) < 0)
        return d->error;
    return 0;
}

int imw_dec_quota(struct imw_decoder *d, struct imw_response *out)
{
    imw_node data = imw_dec_data_node(d);
    struct imw_quota *q = imw_dec_alloc(d, 1, sizeof *q);
    if (!q)
        return d->error;
    if (imw_dec_string_child(d, data, IMW_RULE_QUOTA_ROOT_NAME, &q->root,
                             NULL) < 0)
        return d->error;
    imw_node list = imw_dec_find(d, data, IMW_RULE_QUOTA_LIST, IMW_ANY_START);
    size_t n = list == IMW_NO_EVENT ? 0 : imw_dec_count(d, list, IMW_RULE_QUOTA_RESOURCE);
    struct imw_quota_resource *res = imw_dec_alloc(d, n, sizeof *res);
    if (n && !res)
        return d->error;
    size_t i = 0;
    if (list != IMW_NO_EVENT)
        IMW_FOR_CHILDREN(d, list, c)
            if (imw_dec_is(d, c, IMW_RULE_QUOTA_RESOURCE) &&
                quota_resource(d, c, &res[i++]) < 0)
                return d->error;
    q->resources = res;
    q->count = n;
    out->kind = IMW_RESP_QUOTA;
    out->u.quota = q;
    return 0;
}

int imw_dec_quotaroot(struct imw_decoder *d, struct imw_response *out)
{
    imw_node data = imw_dec_data_node(d);
    struct imw_quotaroot *q = imw_dec_alloc(d, 1, sizeof *q);
    if (!q || imw_dec_mailbox_after(d, out, &q->mailbox) < 0)
        return d->error;
    if (imw_dec_strings(d, data, IMW_RULE_QUOTA_ROOT_NAME, &q->roots) < 0)
        return d->error;
    out->kind = IMW_RESP_QUOTAROOT;
    out->u.quotaroot = q;
    return 0;
}

/* ---- ACL, LISTRIGHTS, MYRIGHTS ---------------------------------------------- */

int imw_dec_acl(struct imw_decoder *d, struct imw_response *out)
{
    imw_node data = imw_dec_data_node(d);
    struct imw_acl *acl = imw_dec_alloc(d, 1, sizeof *acl);
    if (!acl || imw_dec_mailbox_after(d, out, &acl->mailbox) < 0)
        return d->error;
    size_t n = imw_dec_count(d, data, IMW_RULE_IDENTIFIER), i = 0;
    struct imw_acl_entry *entries = imw_dec_alloc(d, n, sizeof *entries);
    if (n && !entries)
        return d->error;
    IMW_FOR_CHILDREN(d, data, c) {
        if (imw_dec_is(d, c, IMW_RULE_IDENTIFIER) && i < n) {
            if (imw_dec_string_node(d, c, 0, &entries[i].identifier) < 0)
                return d->error;
        } else if (imw_dec_is(d, c, IMW_RULE_RIGHTS) && i < n) {
            if (imw_dec_string_node(d, c, 0, &entries[i++].rights) < 0)
                return d->error;
        }
    }
    acl->entries = entries;
    acl->count = i;
    out->kind = IMW_RESP_ACL;
    out->u.acl = acl;
    return 0;
}

int imw_dec_listrights(struct imw_decoder *d, struct imw_response *out)
{
    imw_node data = imw_dec_data_node(d);
    struct imw_listrights *lr = imw_dec_alloc(d, 1, sizeof *lr);
    if (!lr || imw_dec_mailbox_after(d, out, &lr->mailbox) < 0)
        return d->error;
    if (imw_dec_string_child(d, data, IMW_RULE_IDENTIFIER, &lr->identifier,
                             NULL) < 0)
        return d->error;
    size_t n = imw_dec_count(d, data, IMW_RULE_RIGHTS), i = 0;
    imw_bytes *optional = imw_dec_alloc(d, n ? n - 1 : 0, sizeof *optional);
    if (n > 1 && !optional)
        return d->error;
    IMW_FOR_CHILDREN(d, data, c) {
        if (!imw_dec_is(d, c, IMW_RULE_RIGHTS))
            continue;
        if (imw_dec_string_node(d, c, 0, i == 0 ? &lr->required : &optional[i - 1]) < 0)
            return d->error;
        i++;
    }
    lr->optional = (struct imw_string_list){ optional, n ? n - 1 : 0 };
    out->kind = IMW_RESP_LISTRIGHTS;
    out->u.listrights = lr;
    return 0;
}

int imw_dec_myrights(struct imw_decoder *d, struct imw_response *out)
{
    imw_node data = imw_dec_data_node(d);
    struct imw_myrights *mr = imw_dec_alloc(d, 1, sizeof *mr);
    if (!mr || imw_dec_mailbox_after(d, out, &mr->mailbox) < 0)
        return d->error;
    if (imw_dec_string_child(d, data, IMW_RULE_RIGHTS, &mr->rights, NULL) < 0)
        return d->error;
    out->kind = IMW_RESP_MYRIGHTS;
    out->u.myrights = mr;
    return 0;
}

/* ---- METADATA ------------------------------------------------------------------ */

/* entry SP value: the value is an nstring or a literal8. */
static int metadata_entry_value(struct imw_decoder *d, imw_node n,
                                struct imw_metadata_entry *out)
{
    imw_node entry = child_from(d, n, IMW_RULE_ENTRY, 0);
    if (entry == IMW_NO_EVENT || imw_dec_string_node(d, entry, 0, &out->name) < 0)
        return d->error ? d->error
                        : imw_dec_fail(d, IMW_ERR_DECODE, imw_dec_ev(d, n)->start,
                                       "entry-value", "entry missing");
    size_t at = end_of(d, entry) + 1;
    return imw_dec_string(d, at, imw_dec_ev(d, n)->end, 1, &out->value);
}

int imw_dec_metadata(struct imw_decoder *d, struct imw_response *out)
{
    imw_node data = imw_dec_data_node(d);
    struct imw_metadata *md = imw_dec_alloc(d, 1, sizeof *md);
    if (!md || imw_dec_mailbox_after(d, out, &md->mailbox) < 0)
        return d->error;
    imw_node values = imw_dec_find(d, data, IMW_RULE_ENTRY_VALUES, IMW_ANY_START);
    md->has_values = values != IMW_NO_EVENT;
    imw_node parent = md->has_values ? values : data;
    uint16_t rule = md->has_values ? IMW_RULE_ENTRY_VALUE : IMW_RULE_ENTRY;
    size_t n = imw_dec_count(d, parent, rule), i = 0;
    struct imw_metadata_entry *entries = imw_dec_alloc(d, n, sizeof *entries);
    if (n && !entries)
        return d->error;
    IMW_FOR_CHILDREN(d, parent, c) {
        if (!imw_dec_is(d, c, rule))
            continue;
        int rc = md->has_values ? metadata_entry_value(d, c, &entries[i])
                                : imw_dec_string_node(d, c, 0, &entries[i].name);
        if (rc < 0)
            return d->error;
        i++;
    }
    md->entries = entries;
    md->count = n;
    out->kind = IMW_RESP_METADATA;
    out->u.metadata = md;
    return 0;
}

/* ---- THREAD ------------------------------------------------------------------- */

static int thread_list(struct imw_decoder *d, imw_node n,
                       struct imw_thread_node *out);

/* The nested thread-lists of `n`, from offset `from`, as children. */
static int thread_children(struct imw_decoder *d, imw_node n, size_t from,
                           struct imw_thread_node *parent)
{
    size_t count = 0, i = 0;
    IMW_FOR_CHILDREN(d, n, c)
        count += imw_dec_is(d, c, IMW_RULE_THREAD_LIST) &&
                 imw_dec_ev(d, c)->start >= from;
    struct imw_thread_node *kids = imw_dec_alloc(d, count, sizeof *kids);
    if (count && !kids)
        return d->error;
    IMW_FOR_CHILDREN(d, n, c)
        if (imw_dec_is(d, c, IMW_RULE_THREAD_LIST) &&
            imw_dec_ev(d, c)->start >= from && thread_list(d, c, &kids[i++]) < 0)
            return d->error;
    parent->children = kids;
    parent->count = count;
    return 0;
}

/* "(" (thread-members / thread-nested) ")": members make a chain, each
 * the only child of the one before; nested lists hang below the last
 * member, or below a placeholder (number 0) when there is no member.
 * The members are nz-numbers (name-only: no events), read from the
 * bytes: thread-members = nz-number *(SP nz-number) [SP thread-nested],
 * so they run from the "(" to the first "(" or ")" after it. */
static int is_digit(uint8_t c)
{
    return (unsigned)(c - '0') <= 9;
}

/* The end of the members that start at `at` (just after the "("), and
 * how many there are: each digit after a non-digit starts one. */
static size_t thread_members_end(const uint8_t *s, size_t at, size_t end,
                                 size_t *members)
{
    size_t n = 0;
    for (; at < end && s[at] != '(' && s[at] != ')'; at++)
        n += is_digit(s[at]) && !is_digit(s[at - 1]);
    *members = n;
    return at;
}

static int thread_list(struct imw_decoder *d, imw_node n,
                       struct imw_thread_node *out)
{
    const uint8_t *s = imw_dec_bytes(d);
    const struct imw_event *list = imw_dec_ev(d, n);
    size_t members, at = list->start + 1;
    size_t members_end = thread_members_end(s, at, list->end, &members);
    struct imw_thread_node *chain =
        members > 1 ? imw_dec_alloc(d, members - 1, sizeof *chain) : NULL;
    if (members > 1 && !chain)
        return d->error;
    struct imw_thread_node *last = out;
    size_t after = list->start, i = 0;
    memset(out, 0, sizeof *out);
    while (at < members_end) {
        if (s[at] == ' ') {
            at++;
            continue;
        }
        size_t start = at;
        while (at < members_end && is_digit(s[at]))
            at++;
        if (at == start)
            return imw_dec_fail(d, IMW_ERR_INTERNAL, start, "thread-members",
                                "no number where the machine proved one");
        if (i > 0) {
            last->children = &chain[i - 1];
            last->count = 1;
            last = &chain[i - 1];
        }
        if (imw_dec_u32(d, start, at, "nz-number", &last->number) < 0)
            return d->error;
        after = at;
        i++;
    }
    return thread_children(d, n, after, last);
}

int imw_dec_thread(struct imw_decoder *d, struct imw_response *out)
{
    imw_node data = imw_dec_data_node(d);
    struct imw_thread *t = imw_dec_alloc(d, 1, sizeof *t);
    if (!t)
        return d->error;
    struct imw_thread_node top = { 0, NULL, 0 };
    if (thread_children(d, data, 0, &top) < 0)
        return d->error;
    t->threads = top.children;
    t->count = top.count;
    out->kind = IMW_RESP_THREAD;
    out->u.thread = t;
    return 0;
}

/* ---- ESEARCH ------------------------------------------------------------------- */

static int word_is(const struct imw_decoder *d, size_t at, size_t end,
                   const char *word)
{
    return imw_dec_word_is(imw_dec_slice(d, at, end), word);
}

static int esearch_item(struct imw_decoder *d, imw_node n,
                        struct imw_esearch *es, struct imw_generic *other,
                        size_t *nothers)
{
    const struct imw_event *e = imw_dec_ev(d, n);
    size_t name_end = imw_dec_word_end(d, e->start, e->end);
    size_t value = name_end + 1;
    if (word_is(d, e->start, name_end, "MIN")) {
        es->has_min = 1;
        return imw_dec_u32(d, value, e->end, "nz-number", &es->min);
    }
    if (word_is(d, e->start, name_end, "MAX")) {
        es->has_max = 1;
        return imw_dec_u32(d, value, e->end, "nz-number", &es->max);
    }
    if (word_is(d, e->start, name_end, "COUNT")) {
        es->has_count = 1;
        return imw_dec_u32(d, value, e->end, "number", &es->count);
    }
    if (word_is(d, e->start, name_end, "ALL")) {
        es->has_all = 1;
        return imw_dec_seq_set(d, value, e->end, &es->all);
    }
    if (word_is(d, e->start, name_end, "MODSEQ")) {
        es->has_modseq = 1;
        return imw_dec_modseq(d, value, e->end, &es->modseq);
    }
    return imw_dec_generic(d, e->start, name_end, e->end, &other[(*nothers)++]);
}

int imw_dec_esearch(struct imw_decoder *d, struct imw_response *out)
{
    imw_node data = imw_dec_data_node(d);
    size_t end = imw_dec_line_end(d);
    struct imw_esearch *es = imw_dec_alloc(d, 1, sizeof *es);
    if (!es)
        return d->error;
    size_t at = 2 + out->name.len;
    imw_node corr = imw_dec_find(d, data, IMW_RULE_SEARCH_CORRELATOR, IMW_ANY_START);
    if (corr != IMW_NO_EVENT) {
        imw_node tag = imw_dec_find(d, corr, IMW_RULE_TAG_STRING, IMW_ANY_START);
        es->has_tag = tag != IMW_NO_EVENT;
        if (es->has_tag && imw_dec_string_node(d, tag, 0, &es->tag) < 0)
            return d->error;
        at = end_of(d, corr);
    }
    size_t items = imw_dec_count(d, data, IMW_RULE_SEARCH_RETURN_DATA);
    /* " UID" before the items (no return data item is called UID) */
    if (at + 4 <= end && imw_dec_bytes(d)[at] == ' ')
        es->uid = word_is(d, at + 1, imw_dec_word_end(d, at + 1, end), "UID");
    struct imw_generic *others = imw_dec_alloc(d, items, sizeof *others);
    if (items && !others)
        return d->error;
    size_t nothers = 0;
    IMW_FOR_CHILDREN(d, data, c)
        if (imw_dec_is(d, c, IMW_RULE_SEARCH_RETURN_DATA) &&
            esearch_item(d, c, es, others, &nothers) < 0)
            return d->error;
    es->others = nothers ? others : NULL;
    es->nothers = nothers;
    out->kind = IMW_RESP_ESEARCH;
    out->u.esearch = es;
    return 0;
}
