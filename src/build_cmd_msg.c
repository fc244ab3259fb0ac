/* The message commands of imw_build_command(): SEARCH, FETCH, STORE,
 * COPY, MOVE, APPEND, SORT, THREAD (imapwire/command_message.h). */
#include <stdio.h>
#include <string.h>
#include "imapwire/values.h"
#include "build_cmd.h"

/* ---- search programs ------------------------------------------------------- */

/* Indexed by enum imw_search_key_kind; NULL where the kind has no word of
 * its own (a bare set, a parenthesised list, OTHER). */
static const char *const skey_words[] = {
    NULL, "ALL", "ANSWERED", "DELETED", "FLAGGED", "NEW", "OLD", "RECENT",
    "SEEN", "UNANSWERED", "UNDELETED", "UNFLAGGED", "UNSEEN", "DRAFT",
    "UNDRAFT", "BCC", "BODY", "CC", "FROM", "SUBJECT", "TEXT", "TO",
    "HEADER", "BEFORE", "ON", "SINCE", "SENTBEFORE", "SENTON", "SENTSINCE",
    "SAVEDBEFORE", "SAVEDON", "SAVEDSINCE", "SAVEDATESUPPORTED", "KEYWORD",
    "UNKEYWORD", "LARGER", "SMALLER", "OLDER", "YOUNGER", "MODSEQ",
    "EMAILID", "THREADID", NULL, "UID", "NOT", "OR", NULL
};

#define COUNT_OF(a) (sizeof (a) / sizeof (a)[0])

static int put_keys(struct imw_out *out, const struct imw_search_key *keys,
                    size_t n, const struct imw_build_caps *caps, int depth);

static int put_date(struct imw_out *out, const struct imw_datetime *dt)
{
    char text[32];
    int n = imw_date_format(dt, text, sizeof text);
    if (n < 0 || (size_t)n >= sizeof text)
        return imw_out_fail(out, IMW_ERR_INVALID_ARGUMENT,
                            "search date out of range");
    return imw_out_text(out, text);
}

static int put_modseq_key(struct imw_out *out, const struct imw_search_key *k,
                          const struct imw_build_caps *caps)
{
    if (k->entry_name.ptr) {
        /* entry-flag-name is a quoted string: a literal would not parse */
        for (size_t i = 0; i < k->entry_name.len; i++)
            if (k->entry_name.ptr[i] < 0x20 || k->entry_name.ptr[i] >= 0x7f)
                return imw_out_fail(out, IMW_ERR_INVALID_ARGUMENT,
                                    "MODSEQ entry name must be quotable");
        imw_bc_sp(out);
        imw_out_string(out, k->entry_name, caps);
        imw_bc_sp(out);
        imw_out_atom(out, k->entry_type, NULL);
    }
    imw_bc_sp(out);
    return imw_out_number(out, k->number);
}

/* The argument of a key, after its word. */
static int put_key_arg(struct imw_out *out, const struct imw_search_key *k,
                       const struct imw_build_caps *caps, int depth)
{
    switch (k->kind) {
    case IMW_SKEY_HEADER:
        imw_bc_sp(out);
        imw_out_astring(out, k->field, caps);
        /* fall through */
    case IMW_SKEY_BCC: case IMW_SKEY_BODY: case IMW_SKEY_CC:
    case IMW_SKEY_FROM: case IMW_SKEY_SUBJECT: case IMW_SKEY_TEXT:
    case IMW_SKEY_TO:
        imw_bc_sp(out);
        return imw_out_astring(out, k->string, caps);
    case IMW_SKEY_EMAILID: case IMW_SKEY_THREADID:
        imw_bc_sp(out);
        return imw_out_atom(out, k->string, NULL);
    case IMW_SKEY_BEFORE: case IMW_SKEY_ON: case IMW_SKEY_SINCE:
    case IMW_SKEY_SENTBEFORE: case IMW_SKEY_SENTON: case IMW_SKEY_SENTSINCE:
    case IMW_SKEY_SAVEDBEFORE: case IMW_SKEY_SAVEDON: case IMW_SKEY_SAVEDSINCE:
        imw_bc_sp(out);
        return put_date(out, &k->date);
    case IMW_SKEY_KEYWORD: case IMW_SKEY_UNKEYWORD:
        imw_bc_sp(out);
        return imw_out_atom(out, k->flag.name, NULL);
    case IMW_SKEY_LARGER: case IMW_SKEY_SMALLER: case IMW_SKEY_OLDER:
    case IMW_SKEY_YOUNGER:
        imw_bc_sp(out);
        return imw_out_number(out, k->number);
    case IMW_SKEY_MODSEQ:
        return put_modseq_key(out, k, caps);
    case IMW_SKEY_UID:
        imw_bc_sp(out);
        return imw_bc_set(out, &k->set, k->saved_result);
    case IMW_SKEY_NOT: case IMW_SKEY_OR:
        if (k->count != (k->kind == IMW_SKEY_NOT ? 1u : 2u))
            return imw_out_fail(out, IMW_ERR_INVALID_ARGUMENT,
                                "NOT takes one key, OR two");
        imw_bc_sp(out);
        return put_keys(out, k->children, k->count, caps, depth + 1);
    default:
        return out->error; /* no argument */
    }
}

static int put_key(struct imw_out *out, const struct imw_search_key *k,
                   const struct imw_build_caps *caps, int depth)
{
    if (depth > IMW_BUILD_MAX_DEPTH)
        return imw_out_fail(out, IMW_ERR_INVALID_ARGUMENT,
                            "search program nested too deeply");
    switch (k->kind) {
    case IMW_SKEY_SEQUENCE_SET:
        return imw_bc_set(out, &k->set, k->saved_result);
    case IMW_SKEY_LIST:
        if (k->count == 0)
            return imw_out_fail(out, IMW_ERR_INVALID_ARGUMENT,
                                "empty search key list");
        imw_out_text(out, "(");
        put_keys(out, k->children, k->count, caps, depth + 1);
        return imw_out_text(out, ")");
    case IMW_SKEY_OTHER:
        return imw_bc_generic(out, &k->generic, caps);
    default:
        if ((size_t)k->kind >= COUNT_OF(skey_words) || !skey_words[k->kind])
            return imw_out_fail(out, IMW_ERR_INVALID_ARGUMENT,
                                "unknown search key kind");
        imw_bc_keyword(out, k->name, skey_words[k->kind]);
        return put_key_arg(out, k, caps, depth);
    }
}

static int put_keys(struct imw_out *out, const struct imw_search_key *keys,
                    size_t n, const struct imw_build_caps *caps, int depth)
{
    for (size_t i = 0; i < n && !out->error; i++) {
        if (i)
            imw_bc_sp(out);
        put_key(out, &keys[i], caps, depth);
    }
    return out->error;
}

/* [CHARSET charset] keys; `charset_always`: SORT and THREAD's form. */
static int put_program(struct imw_out *out, const struct imw_search_program *p,
                       int charset_always, const struct imw_build_caps *caps)
{
    if (p->count == 0)
        return imw_out_fail(out, IMW_ERR_INVALID_ARGUMENT,
                            "a search program needs at least one key");
    imw_bc_sp(out);
    if (charset_always) {
        imw_out_astring(out, p->charset, caps);
        imw_bc_sp(out);
    } else if (p->charset.ptr) {
        imw_out_text(out, "CHARSET ");
        imw_out_astring(out, p->charset, caps);
        imw_bc_sp(out);
    }
    return put_keys(out, p->keys, p->count, caps, 1);
}

static const char *const sret_words[] = {
    NULL, "MIN", "MAX", "ALL", "COUNT", "SAVE"
};

static int put_return(struct imw_out *out, const struct imw_search_return *r,
                      const struct imw_build_caps *caps)
{
    if (!r->present)
        return 0;
    imw_out_text(out, " RETURN (");
    for (size_t i = 0; i < r->count; i++) {
        const struct imw_search_return_opt *o = &r->items[i];
        if (i)
            imw_bc_sp(out);
        if (o->kind == IMW_SRET_OTHER || (size_t)o->kind >= COUNT_OF(sret_words))
            imw_out_atom(out, o->generic.name.len ? o->generic.name : o->name,
                         NULL);
        else
            imw_bc_keyword(out, o->name, sret_words[o->kind]);
        imw_bc_generic_args(out, &o->generic, caps);
    }
    return imw_out_text(out, ")");
}

/* ---- FETCH ------------------------------------------------------------------- */

static const char *const fatt_words[] = {
    NULL, "ENVELOPE", "FLAGS", "INTERNALDATE", "RFC822", "RFC822.HEADER",
    "RFC822.SIZE", "RFC822.TEXT", "BODY", "BODYSTRUCTURE", "UID", NULL,
    NULL, NULL, "MODSEQ", "EMAILID", "THREADID", "SAVEDATE", "PREVIEW"
};

static const char *const section_words[] = {
    NULL, "HEADER", "HEADER.FIELDS", "HEADER.FIELDS.NOT", "TEXT", "MIME"
};

static int put_parts(struct imw_out *out, const struct imw_section *s)
{
    for (size_t i = 0; i < s->part_count; i++) {
        if (s->parts[i] == 0)
            return imw_out_fail(out, IMW_ERR_INVALID_ARGUMENT,
                                "section part numbers start at 1");
        if (i)
            imw_out_text(out, ".");
        imw_out_number(out, s->parts[i]);
    }
    return out->error;
}

static int put_section(struct imw_out *out, const struct imw_section *s,
                       int parts_only, const struct imw_build_caps *caps)
{
    imw_out_text(out, "[");
    put_parts(out, s);
    if (s->text != IMW_SECTION_NONE) {
        if (parts_only || (unsigned)s->text >= COUNT_OF(section_words))
            return imw_out_fail(out, IMW_ERR_INVALID_ARGUMENT,
                                "section text not allowed here");
        if (s->text == IMW_SECTION_MIME && s->part_count == 0)
            return imw_out_fail(out, IMW_ERR_INVALID_ARGUMENT,
                                "MIME needs a part number");
        if (s->part_count)
            imw_out_text(out, ".");
        imw_out_text(out, section_words[s->text]);
    }
    if (s->text == IMW_SECTION_HEADER_FIELDS ||
        s->text == IMW_SECTION_HEADER_FIELDS_NOT) {
        if (s->fields.count == 0)
            return imw_out_fail(out, IMW_ERR_INVALID_ARGUMENT,
                                "HEADER.FIELDS needs a field name");
        imw_out_text(out, " (");
        for (size_t i = 0; i < s->fields.count; i++) {
            if (i)
                imw_bc_sp(out);
            imw_out_astring(out, s->fields.items[i], caps);
        }
        imw_out_text(out, ")");
    }
    return imw_out_text(out, "]");
}

static int put_partial(struct imw_out *out, const struct imw_fetch_att *a)
{
    if (!a->has_partial)
        return 0;
    if (a->length == 0)
        return imw_out_fail(out, IMW_ERR_INVALID_ARGUMENT,
                            "a partial's length is at least 1");
    imw_out_text(out, "<");
    imw_out_number(out, a->origin);
    imw_out_text(out, ".");
    imw_out_number(out, a->length);
    return imw_out_text(out, ">");
}

/* The canonical form of an attribute (written into `out`). */
static int put_att_canonical(struct imw_out *out, const struct imw_fetch_att *a,
                             const struct imw_build_caps *caps)
{
    switch (a->kind) {
    case IMW_FATT_BODY_SECTION:
        imw_out_text(out, a->peek ? "BODY.PEEK" : "BODY");
        put_section(out, &a->section, 0, caps);
        return put_partial(out, a);
    case IMW_FATT_BINARY:
        imw_out_text(out, a->peek ? "BINARY.PEEK" : "BINARY");
        put_section(out, &a->section, 1, caps);
        return put_partial(out, a);
    case IMW_FATT_BINARY_SIZE:
        imw_out_text(out, "BINARY.SIZE");
        return put_section(out, &a->section, 1, caps);
    case IMW_FATT_PREVIEW:
        imw_out_text(out, "PREVIEW");
        return a->lazy ? imw_out_text(out, " (LAZY)") : out->error;
    case IMW_FATT_OTHER:
        return imw_bc_generic(out, &a->generic, caps);
    default:
        if ((size_t)a->kind >= COUNT_OF(fatt_words) || !fatt_words[a->kind])
            return imw_out_fail(out, IMW_ERR_INVALID_ARGUMENT,
                                "unknown fetch attribute kind");
        return imw_out_text(out, fatt_words[a->kind]);
    }
}

static int same_text_any_case(const uint8_t *a, const uint8_t *b, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        uint8_t x = a[i], y = b[i];
        if (x >= 'a' && x <= 'z') x = (uint8_t)(x - 32);
        if (y >= 'a' && y <= 'z') y = (uint8_t)(y - 32);
        if (x != y)
            return 0;
    }
    return 1;
}

/* An attribute in its canonical form, spelt as a->name when that is the
 * same text in another case ("body.peek[header]"): the name as sent is
 * written only once it matched octet by octet what the builder wrote,
 * and never when the canonical form holds a literal. */
static int put_att(struct imw_out *out, const struct imw_fetch_att *a,
                   const struct imw_build_caps *caps)
{
    size_t start = out->len, segments = out->nsegments;
    if (put_att_canonical(out, a, caps) < 0)
        return out->error;
    size_t n = out->len - start;
    int in_buffer = out->len <= out->cap;
    if (a->kind == IMW_FATT_OTHER || a->kind == IMW_FATT_PREVIEW ||
        !in_buffer || out->nsegments != segments || a->name.len != n ||
        !same_text_any_case(out->buf + start, a->name.ptr, n))
        return 0;
    memcpy(out->buf + start, a->name.ptr, n);
    return 0;
}

static int put_fetch_modifiers(struct imw_out *out,
                               const struct imw_cmd_fetch *f,
                               const struct imw_build_caps *caps)
{
    if (f->modifier_count == 0) {
        /* a hand-made command may set only the typed fields */
        if (f->has_changedsince) {
            imw_out_text(out, " (CHANGEDSINCE ");
            imw_out_number(out, f->changedsince);
            imw_out_text(out, f->vanished ? " VANISHED)" : ")");
        } else if (f->vanished) {
            return imw_out_fail(out, IMW_ERR_INVALID_ARGUMENT,
                                "VANISHED needs CHANGEDSINCE");
        }
        return out->error;
    }
    imw_out_text(out, " (");
    for (size_t i = 0; i < f->modifier_count; i++) {
        const struct imw_fetch_modifier *m = &f->modifiers[i];
        if (i)
            imw_bc_sp(out);
        if (m->kind == IMW_FMOD_CHANGEDSINCE) {
            imw_bc_keyword(out, m->name, "CHANGEDSINCE");
            imw_bc_sp(out);
            imw_out_number(out, m->modseq);
        } else if (m->kind == IMW_FMOD_VANISHED) {
            imw_bc_keyword(out, m->name, "VANISHED");
        } else {
            imw_bc_generic(out, &m->generic, caps);
        }
    }
    return imw_out_text(out, ")");
}

static const char *const macro_words[] = { NULL, "ALL", "FAST", "FULL" };

static int build_fetch(struct imw_out *out, const struct imw_cmd_fetch *f,
                       const struct imw_build_caps *caps)
{
    imw_bc_sp(out);
    imw_bc_set(out, &f->set, f->saved_result);
    imw_bc_sp(out);
    if (f->macro != IMW_FETCH_MACRO_NONE) {
        if ((unsigned)f->macro >= COUNT_OF(macro_words))
            return imw_out_fail(out, IMW_ERR_INVALID_ARGUMENT,
                                "unknown FETCH macro");
        imw_out_text(out, macro_words[f->macro]);
    } else if (f->count == 0) {
        return imw_out_fail(out, IMW_ERR_INVALID_ARGUMENT,
                            "FETCH needs at least one attribute");
    } else {
        if (f->count > 1)
            imw_out_text(out, "(");
        for (size_t i = 0; i < f->count; i++) {
            if (i)
                imw_bc_sp(out);
            put_att(out, &f->atts[i], caps);
        }
        if (f->count > 1)
            imw_out_text(out, ")");
    }
    return put_fetch_modifiers(out, f, caps);
}

/* ---- STORE, COPY, MOVE --------------------------------------------------------- */

static int build_store(struct imw_out *out, const struct imw_cmd_store *s,
                       const struct imw_build_caps *caps)
{
    static const char *const modes[] = { " FLAGS", " +FLAGS", " -FLAGS" };
    imw_bc_sp(out);
    imw_bc_set(out, &s->set, s->saved_result);
    if (s->modifier_count) {
        imw_out_text(out, " (");
        for (size_t i = 0; i < s->modifier_count; i++) {
            if (i)
                imw_bc_sp(out);
            imw_bc_generic(out, &s->modifiers[i], caps);
        }
        imw_out_text(out, ")");
    } else if (s->has_unchangedsince) {
        imw_out_text(out, " (UNCHANGEDSINCE ");
        imw_out_number(out, s->unchangedsince);
        imw_out_text(out, ")");
    }
    if ((unsigned)s->mode > IMW_STORE_REMOVE)
        return imw_out_fail(out, IMW_ERR_INVALID_ARGUMENT,
                            "unknown STORE mode");
    imw_out_text(out, modes[s->mode]);
    imw_out_text(out, s->silent ? ".SILENT " : " ");
    if (s->flags_parenthesised || s->flags.count == 0)
        return imw_bc_flag_list(out, &s->flags);
    for (size_t i = 0; i < s->flags.count; i++) {
        if (i)
            imw_bc_sp(out);
        imw_out_atom(out, s->flags.items[i].name, "\\");
    }
    return out->error;
}

static int build_copy(struct imw_out *out, const struct imw_cmd_copy *cp,
                      const struct imw_build_caps *caps)
{
    imw_bc_sp(out);
    imw_bc_set(out, &cp->set, cp->saved_result);
    imw_bc_sp(out);
    return imw_out_mailbox_as(out, &cp->mailbox, caps);
}

/* ---- APPEND -------------------------------------------------------------------- */

static int put_utf8_data(struct imw_out *out, imw_bytes data,
                         const struct imw_build_caps *caps)
{
    imw_out_text(out, "UTF8 (");
    imw_out_literal(out, data, 1, caps);
    return imw_out_text(out, ")");
}

static int put_catenate(struct imw_out *out, const struct imw_append_message *m,
                        const struct imw_build_caps *caps)
{
    if (m->part_count == 0)
        return imw_out_fail(out, IMW_ERR_INVALID_ARGUMENT,
                            "CATENATE needs at least one part");
    imw_out_text(out, "CATENATE (");
    for (size_t i = 0; i < m->part_count; i++) {
        const struct imw_catenate_part *p = &m->parts[i];
        if (i)
            imw_bc_sp(out);
        switch (p->kind) {
        case IMW_CAT_TEXT:
            imw_out_text(out, "TEXT ");
            imw_out_literal(out, p->data, p->is_binary, caps);
            break;
        case IMW_CAT_URL:
            imw_out_text(out, "URL ");
            imw_out_astring(out, p->data, caps);
            break;
        case IMW_CAT_UTF8:
            put_utf8_data(out, p->data, caps);
            break;
        default:
            return imw_out_fail(out, IMW_ERR_INVALID_ARGUMENT,
                                "unknown CATENATE part kind");
        }
    }
    return imw_out_text(out, ")");
}

/* The date-time as sent when it is a quoted date-time of the same value
 * (" 7-Feb-1994" keeps its space), else the canonical form. */
static int put_append_date(struct imw_out *out, const struct imw_datetime *dt,
                           imw_bytes given)
{
    struct imw_datetime parsed;
    char text[32];
    if (given.len == 28 && given.ptr[0] == '"' &&
        imw_datetime_parse(given.ptr, given.len, &parsed, NULL) == 0 &&
        memcmp(&parsed, dt, sizeof parsed) == 0) {
        imw_bc_sp(out);
        return imw_out_put(out, given.ptr, given.len);
    }
    int n = imw_datetime_format(dt, text, sizeof text);
    if (n < 0 || (size_t)n >= sizeof text)
        return imw_out_fail(out, IMW_ERR_INVALID_ARGUMENT,
                            "APPEND date-time out of range");
    imw_bc_sp(out);
    return imw_out_text(out, text);
}

static int put_append_message(struct imw_out *out,
                              const struct imw_append_message *m,
                              const struct imw_build_caps *caps)
{
    if (m->has_flags) {
        imw_bc_sp(out);
        imw_bc_flag_list(out, &m->flags);
    }
    if (m->has_date)
        put_append_date(out, &m->date, m->date_raw);
    for (size_t i = 0; i < m->extension_count; i++) {
        imw_bc_sp(out);
        imw_bc_generic(out, &m->extensions[i], caps);
    }
    imw_bc_sp(out);
    switch (m->data_kind) {
    case IMW_APPEND_LITERAL:
        return imw_out_literal(out, m->data, m->is_binary, caps);
    case IMW_APPEND_UTF8:
        return put_utf8_data(out, m->data, caps);
    case IMW_APPEND_CATENATE:
        return put_catenate(out, m, caps);
    case IMW_APPEND_OTHER:
        return imw_bc_generic(out, &m->generic, caps);
    default:
        return imw_out_fail(out, IMW_ERR_INVALID_ARGUMENT,
                            "unknown APPEND data kind");
    }
}

static int build_append(struct imw_out *out, const struct imw_cmd_append *a,
                        const struct imw_build_caps *caps)
{
    if (a->count == 0)
        return imw_out_fail(out, IMW_ERR_INVALID_ARGUMENT,
                            "APPEND needs at least one message");
    imw_bc_sp(out);
    imw_out_mailbox_as(out, &a->mailbox, caps);
    for (size_t i = 0; i < a->count && !out->error; i++)
        put_append_message(out, &a->messages[i], caps);
    return out->error;
}

/* ---- SORT, THREAD ----------------------------------------------------------------- */

static const char *const sort_words[] = {
    NULL, "ARRIVAL", "CC", "DATE", "FROM", "SIZE", "SUBJECT", "TO",
    "DISPLAYFROM", "DISPLAYTO"
};

static const char *const thread_words[] = {
    NULL, "ORDEREDSUBJECT", "REFERENCES", "REFS"
};

/* A word of a table by kind, or the name as sent (an atom) for OTHER. */
static int put_named(struct imw_out *out, unsigned kind, imw_bytes name,
                     const char *const *words, size_t n)
{
    if (kind == 0 || kind >= n)
        return imw_out_atom(out, name, NULL);
    return imw_bc_keyword(out, name, words[kind]);
}

static int build_sort(struct imw_out *out, const struct imw_cmd_sort *s,
                      const struct imw_build_caps *caps)
{
    if (s->criteria_count == 0)
        return imw_out_fail(out, IMW_ERR_INVALID_ARGUMENT,
                            "SORT needs at least one criterion");
    put_return(out, &s->ret, caps);
    imw_out_text(out, " (");
    for (size_t i = 0; i < s->criteria_count; i++) {
        const struct imw_sort_criterion *cr = &s->criteria[i];
        if (i)
            imw_bc_sp(out);
        if (cr->reverse)
            imw_out_text(out, "REVERSE ");
        put_named(out, cr->key, cr->name, sort_words, COUNT_OF(sort_words));
    }
    imw_out_text(out, ")");
    return put_program(out, &s->program, 1, caps);
}

int imw_build_cmd_message(struct imw_out *out, const struct imw_command *c,
                          const struct imw_build_caps *caps)
{
    switch (c->kind) {
    case IMW_CMD_SEARCH:
        put_return(out, &c->u.search->ret, caps);
        put_program(out, &c->u.search->program, 0, caps);
        return 1;
    case IMW_CMD_FETCH:
        build_fetch(out, c->u.fetch, caps);
        return 1;
    case IMW_CMD_STORE:
        build_store(out, c->u.store, caps);
        return 1;
    case IMW_CMD_COPY: case IMW_CMD_MOVE:
        build_copy(out, c->u.copy, caps);
        return 1;
    case IMW_CMD_APPEND:
        build_append(out, c->u.append, caps);
        return 1;
    case IMW_CMD_SORT:
        build_sort(out, c->u.sort, caps);
        return 1;
    case IMW_CMD_THREAD:
        imw_bc_sp(out);
        put_named(out, c->u.thread->algorithm, c->u.thread->name,
                  thread_words, COUNT_OF(thread_words));
        put_program(out, &c->u.thread->program, 1, caps);
        return 1;
    default:
        return 0;
    }
}
