/* Mailbox data: mailbox names, LIST and LSUB, STATUS, ENABLED.
 *
 * The machine records mailbox-list, mailbox and each status-att-val; the
 * rest (the attributes, a delimiter, an item's name and number) is read
 * from the bytes at positions those events give. */
#include <string.h>
#include "decode_mailbox.h"
#include "keywords.h"

/* ---- the data node ------------------------------------------------------- */

imw_node imw_dec_data_node(const struct imw_decoder *d)
{
    /* response-data is a name-only rule: the message's top-level events
     * are its children, and IMW_NO_EVENT stands for it (the decoders'
     * walks start at the top level from it). */
    imw_node data = IMW_NO_EVENT;
    /* Children come in document order: only the first can start at the
     * keyword, and a node of the same span as its parent is its only
     * child (it adopted everything inside). */
    imw_node c = imw_dec_first(d, data);
    if (c != IMW_NO_EVENT && imw_dec_ev(d, c)->start == 2)
        data = c;
    while (data != IMW_NO_EVENT &&
           (c = imw_dec_first(d, data)) != IMW_NO_EVENT &&
           imw_dec_same_span(imw_dec_ev(d, c), imw_dec_ev(d, data)))
        data = c;
    return data;
}

/* ---- mailbox names --------------------------------------------------------- */

static int is_inbox(imw_bytes b)
{
    return b.len == 5 && imw_word_eq(b.ptr, "inbox", 5);
}

/* utf8 from name: no copy when the name is printable US-ASCII without
 * "&" (anything else outside a shift is not canonical); that run is
 * read once, and a name that goes on is decoded from where it stops,
 * into room for the longest result: a shift's k base64 digits give at
 * most 3 octets per 16 bits, 9k/8 octets (IMW_MUTF7_DECODED_MAX). */
static int mailbox_utf8(struct imw_decoder *d, struct imw_mailbox *m)
{
    m->utf8_error = (struct imw_value_error){ IMW_VALUE_OK, 0 };
    size_t plain = imw_mutf7_direct_prefix(m->name.ptr, m->name.len);
    if (plain == m->name.len) {
        m->utf8 = m->name;
        return 0;
    }
    m->utf8 = (imw_bytes){ NULL, 0 };
    size_t room = IMW_MUTF7_DECODED_MAX(m->name.len), len = 0;
    uint8_t *buf = imw_dec_take(d, room, 1);
    if (!buf)
        return d->error;
    if (imw_mutf7_to_utf8_room(m->name.ptr, m->name.len, plain, buf, &len,
                               &m->utf8_error) < 0)
        return 0; /* not canonical: a property of the name, not an error */
    if (len > room)
        return imw_dec_fail(d, IMW_ERR_INTERNAL, 0, "mailbox",
                            "modified UTF-7 decoded longer than its bound");
    m->utf8 = (imw_bytes){ buf, len };
    return 0;
}

/* The members of a mailbox whose bytes are [start, end) and whose name
 * has been read. */
static int mailbox_of_name(struct imw_decoder *d, size_t start, size_t end,
                           struct imw_mailbox *out)
{
    const uint8_t *s = imw_dec_bytes(d);
    out->raw = imw_dec_slice(d, start, end);
    if (s[start] == '"')
        out->form = IMW_MAILBOX_QUOTED;
    else if (s[start] == '{' || (s[start] == '~' && s[start + 1] == '{'))
        out->form = IMW_MAILBOX_LITERAL;
    else
        out->form = IMW_MAILBOX_ATOM;
    out->is_inbox = is_inbox(out->name);
    return mailbox_utf8(d, out);
}

int imw_dec_mailbox(struct imw_decoder *d, size_t start, size_t end,
                    struct imw_mailbox *out)
{
    /* a mailbox called NIL is an atom like any other: no nil_ok */
    if (imw_dec_string(d, start, end, 0, &out->name) < 0)
        return d->error;
    return mailbox_of_name(d, start, end, out);
}

/* The mailbox at *at, in a span that ends at `limit`; *at moves past.
 * In line in its callers (a LIST's decoder saved its registers again for
 * it, once a message). */
static IMW_ALWAYS_INLINE int mailbox_at(struct imw_decoder *d, size_t *at, size_t limit,
                      struct imw_mailbox *out)
{
    size_t start = *at;
    const uint8_t *s = imw_dec_bytes(d);
    /* A quoted name, its last octets read back from `limit` in one
     * round (a LIST's name ends the line) instead of one at a time, and
     * unescaped from its first backslash on when it has one; atoms and
     * literals as an astring. */
    if (start < limit && s[start] == '"') {
        size_t stop = imw_dec_quoted_stop_back(s, start + 1, limit);
        if (stop < limit && s[stop] == '"') {
            out->name = imw_dec_slice(d, start + 1, stop);
            *at = stop + 1;
            return mailbox_of_name(d, start, stop + 1, out);
        }
        if (stop < limit) { /* a backslash: unescaped from there on */
            size_t after = imw_dec_quoted_escaped(d, start, stop, limit,
                                                  "mailbox", &out->name);
            if (after == IMW_DEC_FAILED)
                return d->error;
            *at = after;
            return mailbox_of_name(d, start, after, out);
        }
    }
    if (imw_dec_astring_at(d, at, limit, "mailbox", &out->name) < 0)
        return d->error;
    return mailbox_of_name(d, start, *at, out);
}

int imw_dec_mailbox_after(struct imw_decoder *d, const struct imw_response *r,
                          struct imw_mailbox *out)
{
    size_t at = 2 + r->name.len + 1;
    return mailbox_at(d, &at, imw_dec_line_end(d), out);
}

/* ---- LIST and LSUB ---------------------------------------------------- */

/* The attributes: "(" [flag *(SP flag)] ")" at the start of the list,
 * each a "\\" atom, read from the bytes the machine accepted.  They have
 * no events: before the selectability flag is known every flag may be
 * it, so the machine would record dead spans to sort out (and each event
 * costs more than reading the atom).  An atom holds neither SP nor ")":
 * one pass finds each attribute's end and the list's, and notes the
 * attributes where they are counted (a list longer than that is read
 * again into its own array). */
#define IMW_ATTRS_NOTED 16

/* The first SP or ")" in s[i..end), or end: imw_dec_atom_end(), sixteen
 * octets a round (most attributes end in the first), which reads only
 * [i, end) and octets of the span before i. */
static inline size_t attr_end(const uint8_t *s, size_t i, size_t end)
{
    return imw_dec_atom_end(s, i, end);
}

/* Reads the attributes from `at` up to the ")" before `limit`: the
 * first `cap` into items, all of them counted into *n; *close is the
 * ")" (limit when there is none). */
static IMW_ALWAYS_INLINE void
read_attributes(const struct imw_decoder *d, size_t at, size_t limit,
                struct imw_mailbox_attr *items, size_t cap, size_t *n,
                size_t *close)
{
    const uint8_t *s = imw_dec_bytes(d);
    *n = 0;
    *close = limit;
    if (at < limit && s[at] == ')') {
        *close = at;
        return;
    }
    for (size_t i = at;;) {
        size_t stop = attr_end(s, i, limit);
        if (stop == limit)
            return;
        if (*n < cap) {
            items[*n].name = imw_dec_slice(d, i, stop);
#ifdef IMW_FLAG_WORD_LOAD
            items[*n].kind = imw_classify_mailbox_attr_ending(s + i, stop - i);
#else
            items[*n].kind = imw_classify_mailbox_attr(s + i, stop - i);
#endif
        }
        ++*n;
        if (s[stop] == ')') {
            *close = stop;
            return;
        }
        i = stop + 1;
    }
}

/* The attributes of the list whose "(" is at `open`; *close_at: their
 * ")".  They are read into room for IMW_ATTRS_NOTED taken from the arena,
 * whose unused end goes back (no copy); a longer list is read again into
 * its own. */
static int list_attributes(struct imw_decoder *d, size_t open, size_t limit,
                           struct imw_mailbox_attr_list *out, size_t *close_at)
{
    size_t n, close;
    struct imw_mailbox_attr *items =
        imw_dec_take(d, IMW_ATTRS_NOTED, sizeof *items);
    if (!items)
        return d->error;
    read_attributes(d, open + 1, limit, items, IMW_ATTRS_NOTED, &n, &close);
    if (close == limit)
        return imw_dec_fail(d, IMW_ERR_DECODE, open, "mailbox-list",
                            "attribute list without \")\"");
    *close_at = close;
    if (n <= IMW_ATTRS_NOTED) { /* most lists hold one or two */
        imw_arena_trim(d->arena, items, IMW_ATTRS_NOTED * sizeof *items,
                       n * sizeof *items);
    } else {
        items = imw_dec_take(d, n, sizeof *items);
        if (!items)
            return d->error;
        read_attributes(d, open + 1, limit, items, n, &n, &close);
    }
    out->items = n ? items : NULL;
    out->count = n;
    return 0;
}

/* The delimiter ends one SP before the name: NIL, or DQUOTE QUOTED-CHAR
 * DQUOTE where QUOTED-CHAR may be an escape ("\\"); either way the
 * delimiter octet is the one before the closing quote. */
static void list_delimiter(const struct imw_decoder *d, size_t name_start,
                           struct imw_list_data *out)
{
    const uint8_t *s = imw_dec_bytes(d);
    out->has_delimiter = s[name_start - 2] == '"';
    out->delimiter = out->has_delimiter ? s[name_start - 3] : 0;
}

/* ---- RFC 5258 extended data ------------------------------------------
 *
 * The text after the name, "(" tag SP value *(SP tag SP value) ")", is
 * read as IMAP values (tag value pairs inside one list), with no event
 * needed: CHILDINFO's strings and OLDNAME's mailbox are typed, every
 * other item stays generic. */

static int ext_childinfo(struct imw_decoder *d, const struct imw_value *v,
                         struct imw_list_ext *out)
{
    if (v->kind != IMW_VALUE_LIST)
        return 0;
    imw_bytes *items = imw_dec_alloc(d, v->count, sizeof *items);
    if (v->count && !items)
        return d->error;
    for (size_t i = 0; i < v->count; i++)
        items[i] = v->items[i].bytes;
    out->childinfo = (struct imw_string_list){ items, v->count };
    out->kind = IMW_LIST_EXT_CHILDINFO;
    return 0;
}

static int ext_oldname(struct imw_decoder *d, const struct imw_value *v,
                       struct imw_list_ext *out)
{
    if (v->kind != IMW_VALUE_LIST || v->count != 1 ||
        v->items[0].kind == IMW_VALUE_LIST)
        return 0;
    size_t start = (size_t)(v->items[0].raw.ptr - imw_dec_bytes(d));
    out->kind = IMW_LIST_EXT_OLDNAME;
    return imw_dec_mailbox(d, start, start + v->items[0].raw.len,
                           &out->oldname);
}

static int list_extended(struct imw_decoder *d, size_t name_end,
                         size_t list_end, struct imw_list_data *out)
{
    struct imw_generic all;
    if (imw_dec_generic(d, name_end, name_end, list_end, &all) < 0)
        return d->error;
    if (all.count != 1 || all.args[0].kind != IMW_VALUE_LIST ||
        all.args[0].count % 2)
        return imw_dec_fail(d, IMW_ERR_DECODE, name_end, "mbox-list-extended",
                            "extended data not read as tag-value pairs");
    const struct imw_value *pairs = all.args[0].items;
    size_t n = all.args[0].count / 2;
    struct imw_list_ext *items = imw_dec_alloc(d, n, sizeof *items);
    if (n && !items)
        return d->error;
    for (size_t i = 0; i < n; i++) {
        const struct imw_value *tag = &pairs[2 * i], *value = tag + 1;
        struct imw_list_ext *x = &items[i];
        x->name = tag->bytes;
        x->generic = (struct imw_generic){ tag->bytes, value, 1, value->raw };
        x->kind = IMW_LIST_EXT_OTHER;
        int rc = 0;
        switch (imw_classify_list_ext(tag->bytes.ptr, tag->bytes.len)) {
        case IMW_LIST_EXT_CHILDINFO: rc = ext_childinfo(d, value, x); break;
        case IMW_LIST_EXT_OLDNAME:   rc = ext_oldname(d, value, x);   break;
        default:                     break;
        }
        if (rc < 0)
            return rc;
    }
    out->extended = items;
    out->extended_count = n;
    return 0;
}

/* Where the list's mailbox starts, after the attributes' ")" at
 * `close`: SP, the delimiter, SP.  The delimiter is NIL or DQUOTE
 * QUOTED-CHAR DQUOTE, where QUOTED-CHAR is one octet, an escape ("\\"),
 * or (RFC 9051) one UTF-8 character: the first quote after the opening
 * one that is not escaped closes it. */
static size_t list_mailbox_start(const struct imw_decoder *d, size_t close,
                                 size_t limit)
{
    const uint8_t *s = imw_dec_bytes(d);
    size_t at = close + 2;
    if (at >= limit || s[at] != '"')
        return at + 4; /* NIL SP */
    at += 1 + (s[at + 1] == '\\'); /* the escape's backslash */
    do
        at++;
    while (at < limit && s[at] != '"');
    return at + 2;
}

/* mailbox-list and mailbox are name-only (grammar/bindings): the list
 * is read from the bytes after the keyword, up to where mailbox-list was
 * last left (after its name, or its extended data: the longest reading,
 * before any trailing SP), and the listed name after the delimiter; an
 * OLDNAME holds another, in the extended data. */
int imw_dec_list(struct imw_decoder *d, enum imw_response_kind kind,
                 struct imw_response *out)
{
    /* every member is set below (the extended data only when there is
     * some), or the response fails: no zeroing */
    struct imw_list_data *data = imw_dec_take(d, 1, sizeof *data);
    if (!data)
        return d->error;
    data->extended = NULL;
    data->extended_count = 0;
    out->kind = kind;
    out->u.list = data;
    size_t open = 2 + out->name.len + 1, limit;
    if (!imw_run_closed_last(d->run, IMW_RULE_MAILBOX_LIST, &limit) ||
        limit <= open || imw_dec_bytes(d)[open] != '(')
        return imw_dec_fail(d, IMW_ERR_DECODE, 2, "mailbox-list",
                            "mailbox-list not left after the keyword");
    /* close is set when list_attributes() succeeds; gcc cannot see that */
    size_t close = 0, name, name_end;
    if (list_attributes(d, open, limit, &data->attributes, &close) < 0)
        return d->error;
    name = name_end = list_mailbox_start(d, close, limit);
    if (mailbox_at(d, &name_end, limit, &data->mailbox) < 0)
        return d->error;
    list_delimiter(d, name, data);
    if (name_end < limit)
        return list_extended(d, name_end, limit, data);
    return 0;
}

/* ---- STATUS ----------------------------------------------------------- */

/* The number after the item's name, [at, end), with the item's range. */
static int status_number(struct imw_decoder *d, struct imw_status_item *item,
                         size_t at, size_t end)
{
    switch (item->kind) {
    case IMW_STATUS_ITEM_UIDNEXT:
    case IMW_STATUS_ITEM_UIDVALIDITY:
        return imw_dec_number(d, at, end, UINT32_MAX, "nz-number",
                              &item->number);
    case IMW_STATUS_ITEM_HIGHESTMODSEQ: {
        /* mod-sequence-valzer: 0 (no persistent mod-sequences) allowed */
        int rc = imw_dec_number(d, at, end, INT64_MAX, "mod-sequence-valzer",
                                &item->number);
        if (rc == IMW_ERR_NUMBER_RANGE)
            d->reason = "mod-sequence does not fit in 63 bits";
        return rc;
    }
    case IMW_STATUS_ITEM_SIZE:
    case IMW_STATUS_ITEM_DELETED_STORAGE:
        return imw_dec_number(d, at, end, INT64_MAX, "number64",
                              &item->number);
    default:
        return imw_dec_number(d, at, end, UINT32_MAX, "number",
                              &item->number);
    }
}

static int status_item(struct imw_decoder *d, imw_node n,
                       struct imw_status_item *item)
{
    const struct imw_event *e = imw_dec_ev(d, n);
    const uint8_t *s = imw_dec_bytes(d);
    size_t name_end = imw_dec_word_end(d, e->start, e->end);
    size_t value = name_end + 1;
    item->name = imw_dec_slice(d, e->start, name_end);
    item->kind = imw_classify_status_item(item->name.ptr, item->name.len);
    switch (item->kind) {
    case IMW_STATUS_ITEM_OTHER:
        return imw_dec_generic(d, e->start, name_end, e->end, &item->generic);
    case IMW_STATUS_ITEM_MAILBOXID: /* "(" objectid ")" */
        item->bytes = imw_dec_slice(d, value + 1, e->end - 1);
        return 0;
    case IMW_STATUS_ITEM_APPENDLIMIT:
        if (s[value] == 'N' || s[value] == 'n') {
            item->is_nil = 1;
            return 0;
        }
        return status_number(d, item, value, e->end);
    default:
        return status_number(d, item, value, e->end);
    }
}

/* The convenience members: the last of each known item wins. */
static void status_note(struct imw_mailbox_status *st,
                        const struct imw_status_item *item)
{
    uint32_t n32 = (uint32_t)item->number;
    switch (item->kind) {
    case IMW_STATUS_ITEM_MESSAGES:
        st->messages = n32; st->has_messages = 1; break;
    case IMW_STATUS_ITEM_RECENT:
        st->recent = n32; st->has_recent = 1; break;
    case IMW_STATUS_ITEM_UIDNEXT:
        st->uidnext = n32; st->has_uidnext = 1; break;
    case IMW_STATUS_ITEM_UIDVALIDITY:
        st->uidvalidity = n32; st->has_uidvalidity = 1; break;
    case IMW_STATUS_ITEM_UNSEEN:
        st->unseen = n32; st->has_unseen = 1; break;
    case IMW_STATUS_ITEM_HIGHESTMODSEQ:
        st->highestmodseq = item->number; st->has_highestmodseq = 1; break;
    case IMW_STATUS_ITEM_SIZE:
        st->size = item->number; st->has_size = 1; break;
    case IMW_STATUS_ITEM_DELETED:
        st->deleted = n32; st->has_deleted = 1; break;
    case IMW_STATUS_ITEM_APPENDLIMIT:
        st->appendlimit = n32; st->has_appendlimit = !item->is_nil; break;
    case IMW_STATUS_ITEM_MAILBOXID:
        st->mailboxid = item->bytes; st->has_mailboxid = 1; break;
    case IMW_STATUS_ITEM_DELETED_STORAGE:
        st->deleted_storage = item->number; st->has_deleted_storage = 1; break;
    default:
        break;
    }
}

int imw_dec_mailbox_status(struct imw_decoder *d, struct imw_response *out)
{
    imw_node data = imw_dec_data_node(d);
    struct imw_mailbox_status *st = imw_dec_alloc(d, 1, sizeof *st);
    if (!st)
        return d->error;
    out->kind = IMW_RESP_MAILBOX_STATUS;
    out->u.mailbox_status = st;
    if (imw_dec_mailbox_after(d, out, &st->mailbox) < 0)
        return d->error;
    size_t n = imw_dec_count(d, data, IMW_RULE_STATUS_ATT_VAL), i = 0;
    struct imw_status_item *items = imw_dec_alloc(d, n, sizeof *items);
    if (n && !items)
        return d->error;
    IMW_FOR_CHILDREN(d, data, c) {
        if (!imw_dec_is(d, c, IMW_RULE_STATUS_ATT_VAL))
            continue;
        if (status_item(d, c, &items[i]) < 0)
            return d->error;
        status_note(st, &items[i++]);
    }
    st->items = items;
    st->count = n;
    return 0;
}

/* ---- ENABLED (RFC 5161) -------------------------------------------------
 *
 *   enable-data = "ENABLED" *(SP capability)
 * The capabilities are read from the bytes after the keyword, up to the
 * end of the data node (enable-data's span, which leaves out the
 * trailing spaces a lenient line may have). */
int imw_dec_enabled(struct imw_decoder *d, struct imw_response *out)
{
    int strict = d->strict;
    out->kind = IMW_RESP_ENABLED;
    d->strict = 0; /* IMAP4rev1 is required in CAPABILITY, not here */
    /* the data node may be response-data itself (enable-data unbound):
     * its span then holds the line end */
    size_t from = 2 + out->name.len, end = imw_dec_line_end(d);
    imw_node data = imw_dec_data_node(d);
    if (data != IMW_NO_EVENT && imw_dec_ev(d, data)->end < end)
        end = imw_dec_ev(d, data)->end;
    int rc = imw_dec_capabilities(d, from, end, from, &out->u.capabilities);
    d->strict = strict;
    return rc;
}
