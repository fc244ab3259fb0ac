/* Response builder (imapwire/builder.h): typed responses back to bytes.
 * Every octet of user data goes through the value writers of
 * build_out.c; this file only chooses keywords, spaces and brackets.
 * FETCH data lives in build_fetch.c. */
#include <string.h>
#include <strings.h>
#include "imapwire/imapwire.h"
#include "imapwire/builder.h"
#include "build.h"

#define SP(out) imw_out_text((out), " ")

static int refuse(struct imw_out *out, const char *why)
{
    return imw_out_fail(out, IMW_ERR_INVALID_ARGUMENT, why);
}

int imw_out_keyword(struct imw_out *out, imw_bytes sent, const char *canon)
{
    size_t n = strlen(canon);
    if (sent.ptr && sent.len == n &&
        strncasecmp((const char *)sent.ptr, canon, n) == 0)
        return imw_out_atom(out, sent, "]");
    return imw_out_text(out, canon);
}

/* ---- generic values ---------------------------------------------------------- */

int imw_out_value(struct imw_out *out, const struct imw_value *v,
                  const struct imw_build_caps *caps, int depth)
{
    if (depth > IMW_BUILD_MAX_DEPTH)
        return refuse(out, "value nested too deep");
    switch (v->kind) {
    case IMW_VALUE_ATOM:   return imw_out_atom(out, v->bytes, "\\]");
    case IMW_VALUE_NUMBER:
        /* the parser reads longer digit runs as atoms */
        if (v->number > INT64_MAX)
            return refuse(out, "a generic number above 2^63-1");
        return imw_out_number(out, v->number);
    case IMW_VALUE_STRING: return imw_out_string(out, v->bytes, caps);
    case IMW_VALUE_NIL:    return imw_out_text(out, "NIL");
    case IMW_VALUE_LIST:
        imw_out_text(out, "(");
        for (size_t i = 0; i < v->count; i++) {
            if (i)
                SP(out);
            imw_out_value(out, &v->items[i], caps, depth + 1);
        }
        return imw_out_text(out, ")");
    default:
        return refuse(out, "unknown value kind");
    }
}

int imw_out_values(struct imw_out *out, const struct imw_value *v, size_t n,
                   const struct imw_build_caps *caps)
{
    for (size_t i = 0; i < n; i++) {
        SP(out);
        imw_out_value(out, &v[i], caps, 0);
    }
    return out->error;
}

/* name, then its arguments; without arguments, the raw text (free text
 * that does not read as values), refused if it holds `forbidden`. */
static int put_generic(struct imw_out *out, const struct imw_generic *g,
                       const char *forbidden, const struct imw_build_caps *caps)
{
    imw_out_atom(out, g->name, "\\]");
    if (g->args)
        return imw_out_values(out, g->args, g->count, caps);
    if (g->raw.len) {
        SP(out);
        imw_out_free_text(out, g->raw, forbidden);
    }
    return out->error;
}

/* ---- small lists ---------------------------------------------------------------- */

static int put_flag(struct imw_out *out, const struct imw_flag *f)
{
    int system = f->name.len && f->name.ptr[0] == '\\';
    if (system != (f->kind != IMW_FLAG_KEYWORD))
        return refuse(out, "flag kind and name disagree");
    if (f->name.len && memchr(f->name.ptr + 1, '\\', f->name.len - 1))
        return refuse(out, "backslash inside a flag");
    return imw_out_atom(out, f->name, f->kind == IMW_FLAG_WILDCARD ? "\\*" : "\\");
}

int imw_out_flag_list(struct imw_out *out, const struct imw_flag_list *flags)
{
    imw_out_text(out, "(");
    for (size_t i = 0; i < flags->count; i++) {
        if (i)
            SP(out);
        put_flag(out, &flags->items[i]);
    }
    return imw_out_text(out, ")");
}

/* Capability names, each preceded by a space. */
static int put_capabilities(struct imw_out *out,
                            const struct imw_capability_list *caps)
{
    for (size_t i = 0; i < caps->count; i++) {
        SP(out);
        imw_out_atom(out, caps->items[i].name, NULL);
    }
    return out->error;
}

static int put_astrings(struct imw_out *out, const struct imw_string_list *l,
                        const struct imw_build_caps *caps)
{
    for (size_t i = 0; i < l->count; i++) {
        if (i)
            SP(out);
        imw_out_astring(out, l->items[i], caps);
    }
    return out->error;
}

int imw_out_datetime(struct imw_out *out, const struct imw_datetime *dt)
{
    char token[32];
    if (imw_datetime_format(dt, token, sizeof token) < 0)
        return refuse(out, "date-time out of range");
    return imw_out_text(out, token);
}

/* A quoted character or NIL (LIST's delimiter, NAMESPACE's). */
static int put_delimiter(struct imw_out *out, int has, uint8_t c,
                         const struct imw_build_caps *caps)
{
    if (!has)
        return imw_out_text(out, "NIL");
    if (c == 0 || c == '\r' || c == '\n' || c >= 0x80)
        return refuse(out, "a delimiter is one 7-bit character");
    return imw_out_string(out, (imw_bytes){ &c, 1 }, caps);
}

/* ---- response codes --------------------------------------------------------------- */

static int put_code_metadata(struct imw_out *out, const struct imw_code_metadata *m)
{
    SP(out);
    switch (m->kind) {
    case IMW_METADATA_CODE_LONGENTRIES:
    case IMW_METADATA_CODE_MAXSIZE:
        imw_out_text(out, imw_metadata_code_kind_name(m->kind));
        SP(out);
        return imw_out_number(out, m->number);
    case IMW_METADATA_CODE_TOOMANY:
    case IMW_METADATA_CODE_NOPRIVATE:
        return imw_out_text(out, imw_metadata_code_kind_name(m->kind));
    default:
        return refuse(out, "METADATA code of no known kind");
    }
}

/* What follows the code's name. */
static int put_code_args(struct imw_out *out, const struct imw_resp_code *c,
                         const struct imw_build_caps *caps)
{
    switch (c->kind) {
    case IMW_CODE_BADCHARSET:
        if (!c->u.charsets.count)
            return 0;
        imw_out_text(out, " (");
        put_astrings(out, &c->u.charsets, caps);
        return imw_out_text(out, ")");
    case IMW_CODE_CAPABILITY:
        return put_capabilities(out, &c->u.capabilities);
    case IMW_CODE_PERMANENTFLAGS:
        SP(out);
        return imw_out_flag_list(out, &c->u.flags);
    case IMW_CODE_UIDNEXT:
    case IMW_CODE_UIDVALIDITY:
    case IMW_CODE_UNSEEN:
        SP(out);
        return imw_out_number(out, c->u.number);
    case IMW_CODE_HIGHESTMODSEQ:
        SP(out);
        return imw_out_number(out, c->u.modseq);
    case IMW_CODE_MODIFIED:
        SP(out);
        return imw_out_seq_set(out, &c->u.set);
    case IMW_CODE_APPENDUID:
        SP(out);
        imw_out_number(out, c->u.appenduid->uidvalidity);
        SP(out);
        return imw_out_seq_set(out, &c->u.appenduid->uids);
    case IMW_CODE_COPYUID:
        SP(out);
        imw_out_number(out, c->u.copyuid->uidvalidity);
        SP(out);
        imw_out_seq_set(out, &c->u.copyuid->source);
        SP(out);
        return imw_out_seq_set(out, &c->u.copyuid->dest);
    case IMW_CODE_MAILBOXID:
        imw_out_text(out, " (");
        imw_out_atom(out, c->u.text, NULL);
        return imw_out_text(out, ")");
    case IMW_CODE_METADATA:
        return put_code_metadata(out, c->u.metadata);
    default:
        return 0;
    }
}

/* An OTHER code's values must stay on the line and inside the brackets:
 * no "]" anywhere, strings that can be quoted (no literal). */
static int code_value_ok(const struct imw_value *v, int depth)
{
    if (depth > IMW_BUILD_MAX_DEPTH)
        return 0;
    if (v->kind == IMW_VALUE_LIST) {
        for (size_t i = 0; i < v->count; i++)
            if (!code_value_ok(&v->items[i], depth + 1))
                return 0;
        return 1;
    }
    if (v->kind != IMW_VALUE_ATOM && v->kind != IMW_VALUE_STRING)
        return 1;
    for (size_t i = 0; i < v->bytes.len; i++) {
        uint8_t c = v->bytes.ptr[i];
        if (c == ']' || c == '\r' || c == '\n' || c == 0 || c >= 0x80)
            return 0;
    }
    return 1;
}

static int put_code_values(struct imw_out *out, const struct imw_generic *g,
                           const struct imw_build_caps *caps)
{
    for (size_t i = 0; i < g->count; i++)
        if (!code_value_ok(&g->args[i], 0))
            return refuse(out, "a response code's value holds ']', CR, LF or 8-bit");
    return imw_out_values(out, g->args, g->count, caps);
}

static int put_code(struct imw_out *out, const struct imw_resp_code *c,
                    const struct imw_build_caps *caps)
{
    imw_out_text(out, "[");
    if (c->kind == IMW_CODE_OTHER) {
        imw_out_atom(out, c->name, NULL);
        /* The text is what the grammar reads (atom SP text); the values
         * are one reading of it, and writing them would lose its exact
         * spacing ("[X  1024]" came back as "[X 1024]").  So the text
         * when there is one, the values for a hand-made code without. */
        if (c->u.text.len) {
            SP(out);
            imw_out_free_text(out, c->u.text, "]");
        } else if (c->generic.args) {
            put_code_values(out, &c->generic, caps);
        }
    } else {
        const char *canon = imw_code_kind_name(c->kind);
        if (!canon || !*canon)
            return refuse(out, "unknown response code kind");
        imw_out_keyword(out, c->name, canon);
        put_code_args(out, c, caps);
    }
    return imw_out_text(out, "]");
}

/* resp-text: ["[" code "]" SP] text.  Text that starts with "[" would read
 * as a code: refused. */
static int put_resp_text(struct imw_out *out, const struct imw_resp_text *t,
                         const struct imw_build_caps *caps)
{
    if (t->code) {
        put_code(out, t->code, caps);
        if (t->text.len)
            SP(out);
    } else if (t->text.len && t->text.ptr[0] == '[') {
        return refuse(out, "text starts with '[' but there is no code");
    }
    return imw_out_free_text(out, t->text, NULL);
}

/* ---- responses ------------------------------------------------------------------- */

static const char *status_keyword(enum imw_status s)
{
    switch (s) {
    case IMW_STATUS_OK:      return "OK";
    case IMW_STATUS_NO:      return "NO";
    case IMW_STATUS_BAD:     return "BAD";
    case IMW_STATUS_BYE:     return "BYE";
    case IMW_STATUS_PREAUTH: return "PREAUTH";
    default:                 return NULL;
    }
}

/* A tag: astring-chars but "+". */
static int put_tag(struct imw_out *out, imw_bytes tag)
{
    if (tag.len && memchr(tag.ptr, '+', tag.len))
        return refuse(out, "'+' in a tag");
    return imw_out_atom(out, tag, "]");
}

static int put_status(struct imw_out *out, const struct imw_response *r,
                      const struct imw_build_caps *caps)
{
    const char *kw = status_keyword(r->u.status.status);
    if (!kw)
        return refuse(out, "unknown status");
    if (r->kind == IMW_RESP_GREETING && r->u.status.status != IMW_STATUS_OK &&
        r->u.status.status != IMW_STATUS_PREAUTH &&
        r->u.status.status != IMW_STATUS_BYE)
        return refuse(out, "a greeting is OK, PREAUTH or BYE");
    if (r->kind == IMW_RESP_STATUS && r->tag.len &&
        (r->u.status.status == IMW_STATUS_BYE ||
         r->u.status.status == IMW_STATUS_PREAUTH))
        return refuse(out, "BYE and PREAUTH are never tagged");
    if (r->kind == IMW_RESP_STATUS && r->tag.len)
        put_tag(out, r->tag);
    else
        imw_out_text(out, "*");
    SP(out);
    imw_out_keyword(out, r->name, kw);
    SP(out);
    return put_resp_text(out, &r->u.status.text, caps);
}

static int is_base64_char(uint8_t c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
           (c >= '0' && c <= '9') || c == '+' || c == '/' || c == '=';
}

static int put_continue(struct imw_out *out, const struct imw_continue *c,
                        const struct imw_build_caps *caps)
{
    imw_out_text(out, "+ ");
    if (!c->is_base64)
        return put_resp_text(out, &c->text, caps);
    for (size_t i = 0; i < c->base64.len; i++)
        if (!is_base64_char(c->base64.ptr[i]))
            return refuse(out, "not base64");
    return imw_out_free_text(out, c->base64, NULL);
}

/* "* KEYWORD" with the response's own spelling when it matches. */
static int untagged(struct imw_out *out, const struct imw_response *r,
                    const char *kw)
{
    imw_out_text(out, "* ");
    return imw_out_keyword(out, r->name, kw);
}

static int put_numbered(struct imw_out *out, const struct imw_response *r,
                        const char *kw)
{
    imw_out_text(out, "* ");
    imw_out_number(out, r->u.number);
    SP(out);
    return imw_out_keyword(out, r->name, kw);
}

/* ---- mailbox data ---------------------------------------------------------------- */

/* Whether CHILDINFO's item i was sent as an atom, by its generic reading
 * (a parsed response has one; a response built from scratch does not). */
static int childinfo_sent_as_atom(const struct imw_list_ext *e, size_t i)
{
    const struct imw_generic *g = &e->generic;
    if (g->count != 1 || g->args[0].kind != IMW_VALUE_LIST ||
        g->args[0].count != e->childinfo.count)
        return 0;
    const struct imw_value *v = &g->args[0].items[i];
    return v->kind == IMW_VALUE_ATOM && v->bytes.len == e->childinfo.items[i].len &&
           memcmp(v->bytes.ptr, e->childinfo.items[i].ptr, v->bytes.len) == 0;
}

static int put_list_ext(struct imw_out *out, const struct imw_list_ext *e,
                        const struct imw_build_caps *caps)
{
    switch (e->kind) {
    case IMW_LIST_EXT_CHILDINFO:
        imw_out_keyword(out, e->name, "CHILDINFO");
        imw_out_text(out, " (");
        /* quoted, as the RFCs write them, unless the item came as an atom
         * (an astring's: "]" too), so that the generic reading stays */
        for (size_t i = 0; i < e->childinfo.count; i++) {
            if (i)
                SP(out);
            if (childinfo_sent_as_atom(e, i))
                imw_out_astring(out, e->childinfo.items[i], caps);
            else
                imw_out_string(out, e->childinfo.items[i], caps);
        }
        return imw_out_text(out, ")");
    case IMW_LIST_EXT_OLDNAME:
        imw_out_keyword(out, e->name, "OLDNAME");
        imw_out_text(out, " (");
        /* quoted, as the RFCs write it: the generic reading stays a string */
        if (!(caps->utf8_accept ||
              imw_mutf7_is_canonical(e->oldname.name.ptr, e->oldname.name.len)))
            return refuse(out, "mailbox name is not canonical modified UTF-7");
        imw_out_string(out, e->oldname.name, caps);
        return imw_out_text(out, ")");
    default:
        return put_generic(out, &e->generic, NULL, caps);
    }
}

static int put_list(struct imw_out *out, const struct imw_response *r,
                    const char *kw, const struct imw_build_caps *caps)
{
    const struct imw_list_data *l = r->u.list;
    untagged(out, r, kw);
    imw_out_text(out, " (");
    for (size_t i = 0; i < l->attributes.count; i++) {
        imw_bytes name = l->attributes.items[i].name;
        if (i)
            SP(out);
        if (!name.len || name.ptr[0] != '\\')
            return refuse(out, "a mailbox attribute starts with '\\'");
        imw_out_atom(out, name, "\\");
    }
    imw_out_text(out, ") ");
    put_delimiter(out, l->has_delimiter, l->delimiter, caps);
    SP(out);
    imw_out_mailbox(out, l->mailbox.name, caps);
    if (!l->extended_count)
        return out->error;
    imw_out_text(out, " (");
    for (size_t i = 0; i < l->extended_count; i++) {
        if (i)
            SP(out);
        put_list_ext(out, &l->extended[i], caps);
    }
    return imw_out_text(out, ")");
}

static int put_status_item(struct imw_out *out, const struct imw_status_item *it,
                           const struct imw_build_caps *caps)
{
    if (it->kind == IMW_STATUS_ITEM_OTHER)
        return put_generic(out, &it->generic, NULL, caps);
    const char *canon = imw_status_item_name(it->kind);
    if (!canon || !*canon)
        return refuse(out, "unknown STATUS item kind");
    imw_out_keyword(out, it->name, canon);
    SP(out);
    if (it->kind == IMW_STATUS_ITEM_MAILBOXID) {
        imw_out_text(out, "(");
        imw_out_atom(out, it->bytes, NULL);
        return imw_out_text(out, ")");
    }
    if (it->kind == IMW_STATUS_ITEM_APPENDLIMIT && it->is_nil)
        return imw_out_text(out, "NIL");
    return imw_out_number(out, it->number);
}

static int put_mailbox_status(struct imw_out *out, const struct imw_response *r,
                              const struct imw_build_caps *caps)
{
    const struct imw_mailbox_status *st = r->u.mailbox_status;
    untagged(out, r, "STATUS");
    SP(out);
    imw_out_mailbox(out, st->mailbox.name, caps);
    imw_out_text(out, " (");
    for (size_t i = 0; i < st->count; i++) {
        if (i)
            SP(out);
        put_status_item(out, &st->items[i], caps);
    }
    return imw_out_text(out, ")");
}

static int put_search(struct imw_out *out, const struct imw_response *r,
                      const char *kw)
{
    const struct imw_search *s = r->u.search;
    untagged(out, r, kw);
    for (size_t i = 0; i < s->count; i++) {
        SP(out);
        imw_out_number(out, s->numbers[i]);
    }
    if (s->has_modseq) {
        imw_out_text(out, " (MODSEQ ");
        imw_out_number(out, s->modseq);
        imw_out_text(out, ")");
    }
    return out->error;
}

static int put_esearch_number(struct imw_out *out, int has, const char *name,
                              uint64_t n)
{
    if (!has)
        return out->error;
    SP(out);
    imw_out_text(out, name);
    SP(out);
    return imw_out_number(out, n);
}

static int put_esearch(struct imw_out *out, const struct imw_response *r,
                       const struct imw_build_caps *caps)
{
    const struct imw_esearch *es = r->u.esearch;
    untagged(out, r, "ESEARCH");
    if (es->has_tag) {
        imw_out_text(out, " (TAG ");
        imw_out_string(out, es->tag, caps);
        imw_out_text(out, ")");
    }
    if (es->uid)
        imw_out_text(out, " UID");
    put_esearch_number(out, es->has_min, "MIN", es->min);
    put_esearch_number(out, es->has_max, "MAX", es->max);
    put_esearch_number(out, es->has_count, "COUNT", es->count);
    if (es->has_all) {
        imw_out_text(out, " ALL ");
        imw_out_seq_set(out, &es->all);
    }
    put_esearch_number(out, es->has_modseq, "MODSEQ", es->modseq);
    for (size_t i = 0; i < es->nothers; i++) {
        SP(out);
        put_generic(out, &es->others[i], NULL, caps);
    }
    return out->error;
}

static int put_vanished(struct imw_out *out, const struct imw_response *r)
{
    untagged(out, r, "VANISHED");
    if (r->u.vanished->earlier)
        imw_out_text(out, " (EARLIER)");
    SP(out);
    return imw_out_seq_set(out, &r->u.vanished->uids);
}

/* ---- extensions ---------------------------------------------------------------- */

static int put_namespace_list(struct imw_out *out,
                              const struct imw_namespace_list *l,
                              const struct imw_build_caps *caps)
{
    SP(out);
    if (l->is_nil)
        return imw_out_text(out, "NIL");
    if (!l->count)
        return refuse(out, "an empty namespace list is NIL");
    imw_out_text(out, "(");
    for (size_t i = 0; i < l->count; i++) {
        const struct imw_namespace_descr *d = &l->items[i];
        imw_out_text(out, "(");
        imw_out_string(out, d->prefix, caps);
        SP(out);
        put_delimiter(out, d->has_delimiter, d->delimiter, caps);
        for (size_t k = 0; k < d->nextensions; k++) {
            const struct imw_namespace_extension *e = &d->extensions[k];
            SP(out);
            imw_out_string(out, e->name, caps);
            imw_out_text(out, " (");
            for (size_t v = 0; v < e->values.count; v++) {
                if (v)
                    SP(out);
                imw_out_string(out, e->values.items[v], caps);
            }
            imw_out_text(out, ")");
        }
        imw_out_text(out, ")");
    }
    return imw_out_text(out, ")");
}

static int put_namespace(struct imw_out *out, const struct imw_response *r,
                         const struct imw_build_caps *caps)
{
    untagged(out, r, "NAMESPACE");
    put_namespace_list(out, &r->u.namespace_->personal, caps);
    put_namespace_list(out, &r->u.namespace_->other_users, caps);
    return put_namespace_list(out, &r->u.namespace_->shared, caps);
}

static int put_id(struct imw_out *out, const struct imw_response *r,
                  const struct imw_build_caps *caps)
{
    const struct imw_id *id = r->u.id;
    untagged(out, r, "ID");
    if (id->is_nil)
        return imw_out_text(out, " NIL");
    imw_out_text(out, " (");
    for (size_t i = 0; i < id->count; i++) {
        if (i)
            SP(out);
        imw_out_string(out, id->params[i].name, caps);
        SP(out);
        imw_out_nstring(out, id->params[i].value, caps);
    }
    return imw_out_text(out, ")");
}

static int put_quota(struct imw_out *out, const struct imw_response *r,
                     const struct imw_build_caps *caps)
{
    const struct imw_quota *q = r->u.quota;
    if (!q->count)
        return refuse(out, "QUOTA without resources");
    untagged(out, r, "QUOTA");
    SP(out);
    imw_out_astring(out, q->root, caps);
    imw_out_text(out, " (");
    for (size_t i = 0; i < q->count; i++) {
        if (i)
            SP(out);
        imw_out_atom(out, q->resources[i].name, NULL);
        SP(out);
        imw_out_number(out, q->resources[i].usage);
        SP(out);
        imw_out_number(out, q->resources[i].limit);
    }
    return imw_out_text(out, ")");
}

static int put_quotaroot(struct imw_out *out, const struct imw_response *r,
                         const struct imw_build_caps *caps)
{
    const struct imw_quotaroot *q = r->u.quotaroot;
    untagged(out, r, "QUOTAROOT");
    SP(out);
    imw_out_mailbox(out, q->mailbox.name, caps);
    for (size_t i = 0; i < q->roots.count; i++) {
        SP(out);
        imw_out_astring(out, q->roots.items[i], caps);
    }
    return out->error;
}

static int put_acl(struct imw_out *out, const struct imw_response *r,
                   const struct imw_build_caps *caps)
{
    const struct imw_acl *acl = r->u.acl;
    untagged(out, r, "ACL");
    SP(out);
    imw_out_mailbox(out, acl->mailbox.name, caps);
    for (size_t i = 0; i < acl->count; i++) {
        SP(out);
        imw_out_astring(out, acl->entries[i].identifier, caps);
        SP(out);
        imw_out_astring(out, acl->entries[i].rights, caps);
    }
    return out->error;
}

static int put_listrights(struct imw_out *out, const struct imw_response *r,
                          const struct imw_build_caps *caps)
{
    const struct imw_listrights *lr = r->u.listrights;
    untagged(out, r, "LISTRIGHTS");
    SP(out);
    imw_out_mailbox(out, lr->mailbox.name, caps);
    SP(out);
    imw_out_astring(out, lr->identifier, caps);
    SP(out);
    imw_out_astring(out, lr->required, caps);
    for (size_t i = 0; i < lr->optional.count; i++) {
        SP(out);
        imw_out_astring(out, lr->optional.items[i], caps);
    }
    return out->error;
}

static int put_myrights(struct imw_out *out, const struct imw_response *r,
                        const struct imw_build_caps *caps)
{
    untagged(out, r, "MYRIGHTS");
    SP(out);
    imw_out_mailbox(out, r->u.myrights->mailbox.name, caps);
    SP(out);
    return imw_out_astring(out, r->u.myrights->rights, caps);
}

static int put_metadata(struct imw_out *out, const struct imw_response *r,
                        const struct imw_build_caps *caps)
{
    const struct imw_metadata *md = r->u.metadata;
    untagged(out, r, "METADATA");
    SP(out);
    imw_out_mailbox(out, md->mailbox.name, caps);
    imw_out_text(out, md->has_values ? " (" : " ");
    for (size_t i = 0; i < md->count; i++) {
        if (i)
            SP(out);
        imw_out_astring(out, md->entries[i].name, caps);
        if (md->has_values) {
            imw_bytes v = md->entries[i].value;
            SP(out);
            /* RFC 5464 values may be literal8: the only form for NUL */
            if (v.ptr && v.len && memchr(v.ptr, 0, v.len))
                imw_out_literal(out, v, 1, caps);
            else
                imw_out_nstring(out, v, caps);
        }
    }
    return md->has_values ? imw_out_text(out, ")") : out->error;
}

/* ---- THREAD ----------------------------------------------------------------------- */

static int put_thread_members(struct imw_out *out,
                              const struct imw_thread_node *n, int depth);

/* Children as sibling lists: "(a ...)(b ...)". */
static int put_thread_nested(struct imw_out *out,
                             const struct imw_thread_node *n, int depth)
{
    for (size_t i = 0; i < n->count; i++) {
        imw_out_text(out, "(");
        put_thread_members(out, &n->children[i], depth + 1);
        imw_out_text(out, ")");
    }
    return out->error;
}

/* A node's number, then its only child in a chain or its children as
 * nested lists; a node without a number is just its children.  A chain is
 * walked in a loop (a million messages long, it is one list in the
 * syntax), so that only the branches nest. */
static int put_thread_members(struct imw_out *out,
                              const struct imw_thread_node *n, int depth)
{
    if (depth > IMW_BUILD_MAX_DEPTH)
        return refuse(out, "thread nested too deep");
    for (int first = 1;; first = 0) {
        if (n->number == 0) {
            if (n->count < 2)
                return refuse(out, "a thread node without a message needs two children");
            if (!first)
                return refuse(out, "a message's only child has no message");
            return put_thread_nested(out, n, depth);
        }
        imw_out_number(out, n->number);
        if (n->count == 0 || out->error)
            return out->error;
        SP(out);
        if (n->count != 1)
            return put_thread_nested(out, n, depth);
        n = &n->children[0];
    }
}

static int put_thread(struct imw_out *out, const struct imw_response *r)
{
    const struct imw_thread *t = r->u.thread;
    untagged(out, r, "THREAD");
    if (t->count)
        SP(out);
    for (size_t i = 0; i < t->count; i++) {
        imw_out_text(out, "(");
        put_thread_members(out, &t->threads[i], 0);
        imw_out_text(out, ")");
    }
    return out->error;
}

/* ---- the dispatcher ------------------------------------------------------------- */

static int put_other(struct imw_out *out, const struct imw_response *r,
                     const struct imw_build_caps *caps)
{
    imw_out_text(out, "* ");
    return put_generic(out, &r->u.generic, NULL, caps);
}

static int put_fetch(struct imw_out *out, const struct imw_response *r,
                     const struct imw_build_caps *caps)
{
    imw_out_text(out, "* ");
    return imw_build_fetch(out, r->u.fetch, caps);
}

static int put_response(struct imw_out *out, const struct imw_response *r,
                        const struct imw_build_caps *caps)
{
    switch (r->kind) {
    case IMW_RESP_GREETING:
    case IMW_RESP_STATUS:     return put_status(out, r, caps);
    case IMW_RESP_CONTINUE:   return put_continue(out, &r->u.cont, caps);
    case IMW_RESP_CAPABILITY:
        untagged(out, r, "CAPABILITY");
        return put_capabilities(out, &r->u.capabilities);
    case IMW_RESP_ENABLED:
        untagged(out, r, "ENABLED");
        return put_capabilities(out, &r->u.capabilities);
    case IMW_RESP_EXISTS:     return put_numbered(out, r, "EXISTS");
    case IMW_RESP_RECENT:     return put_numbered(out, r, "RECENT");
    case IMW_RESP_EXPUNGE:    return put_numbered(out, r, "EXPUNGE");
    case IMW_RESP_FLAGS:
        untagged(out, r, "FLAGS");
        SP(out);
        return imw_out_flag_list(out, &r->u.flags);
    case IMW_RESP_LIST:       return put_list(out, r, "LIST", caps);
    case IMW_RESP_LSUB:       return put_list(out, r, "LSUB", caps);
    case IMW_RESP_MAILBOX_STATUS: return put_mailbox_status(out, r, caps);
    case IMW_RESP_SEARCH:     return put_search(out, r, "SEARCH");
    case IMW_RESP_SORT:       return put_search(out, r, "SORT");
    case IMW_RESP_ESEARCH:    return put_esearch(out, r, caps);
    case IMW_RESP_VANISHED:   return put_vanished(out, r);
    case IMW_RESP_NAMESPACE:  return put_namespace(out, r, caps);
    case IMW_RESP_ID:         return put_id(out, r, caps);
    case IMW_RESP_QUOTA:      return put_quota(out, r, caps);
    case IMW_RESP_QUOTAROOT:  return put_quotaroot(out, r, caps);
    case IMW_RESP_ACL:        return put_acl(out, r, caps);
    case IMW_RESP_LISTRIGHTS: return put_listrights(out, r, caps);
    case IMW_RESP_MYRIGHTS:   return put_myrights(out, r, caps);
    case IMW_RESP_METADATA:   return put_metadata(out, r, caps);
    case IMW_RESP_THREAD:     return put_thread(out, r);
    case IMW_RESP_FETCH:      return put_fetch(out, r, caps);
    case IMW_RESP_OTHER:      return put_other(out, r, caps);
    default:
        return refuse(out, "unknown response kind");
    }
}

int imw_build_response(struct imw_out *out, const struct imw_response *r,
                       const struct imw_build_options *opts)
{
    struct imw_build_caps caps = { 0 };
    if (opts)
        caps = opts->caps;
    caps.to_client = 1;
    imw_out_begin(out);
    if (!r)
        return refuse(out, "no response");
    put_response(out, r, &caps);
    imw_out_text(out, "\r\n");
    return imw_out_end(out);
}
