/* Seeded random commands for the builder: typed values of many kinds
 * (strings with CR, LF, 8-bit octets, quotes; numbers at their limits;
 * deep search programs) are built, parsed and compared with the value
 * made.  IMW_RT_SEED and IMW_RT_COUNT choose the seed and the number of
 * values per kind (make check: a fixed seed).  Also the hostile values
 * the builder must refuse. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "imapwire/builder.h"
#include "imapwire/values.h"
#include "test_build_cmd.h"

/* ---- a small xorshift and an arena --------------------------------------- */

static uint64_t rng_state;

static uint64_t rnd(void)
{
    uint64_t x = rng_state;
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    return rng_state = x;
}

static unsigned below(unsigned n)
{
    return (unsigned)(rnd() % n);
}

static uint8_t arena[1 << 20];
static size_t arena_used;

static void *take(size_t n)
{
    n = (n + 15) & ~(size_t)15;
    ck_assert_uint_le(arena_used + n, sizeof arena);
    void *p = arena + arena_used;
    arena_used += n;
    memset(p, 0, n);
    return p;
}

static uint64_t env_number(const char *name, uint64_t fallback)
{
    const char *v = getenv(name);
    return v && *v ? strtoull(v, NULL, 0) : fallback;
}

/* ---- values ---------------------------------------------------------------- */

static imw_bytes text(const char *s)
{
    return (imw_bytes){ (const uint8_t *)s, strlen(s) };
}

/* Any octets but NUL: CR, LF, quotes, backslash, braces, 8-bit. */
static imw_bytes any_string(size_t max)
{
    static const char alphabet[] = "aZ09 \"\\{}()%*\r\n\t]+~&-/";
    size_t n = below((unsigned)max + 1);
    uint8_t *p = take(n + 1);
    for (size_t i = 0; i < n; i++) {
        unsigned r = below(4);
        p[i] = r == 0 ? (uint8_t)(0x80 + below(0x80))
                      : (uint8_t)alphabet[below(sizeof alphabet - 1)];
    }
    return (imw_bytes){ p, n };
}

static uint64_t extreme_number(uint64_t max)
{
    static const uint64_t edges[] = { 0, 1, 4294967295u, INT64_MAX };
    uint64_t v = below(2) ? edges[below(4)] : rnd();
    return v > max ? v % (max + 1) : v;
}

static uint32_t message_number(void)
{
    static const uint32_t edges[] = { 1, 2, 4294967295u };
    return below(2) ? edges[below(3)] : 1 + (uint32_t)(rnd() % 4294967294u);
}

static struct imw_seq_set any_set(void)
{
    size_t n = 1 + below(4);
    struct imw_seq_range *r = take(n * sizeof *r);
    for (size_t i = 0; i < n; i++) {
        r[i].first = below(5) ? message_number() : IMW_SEQ_STAR;
        r[i].last = below(2) ? r[i].first : message_number();
    }
    return (struct imw_seq_set){ r, n };
}

/* A mailbox from random UTF-8 (ASCII, "&", Latin-1, CJK, an emoji),
 * stored as the parser stores it: modified UTF-7 name and its UTF-8. */
static struct imw_mailbox any_mailbox(void)
{
    static const char *const pieces[] = {
        "INBOX", "a", "Sent", "&", " ", "/", "\xc3\xbc", "\xe6\x97\xa5",
        "\xf0\x9f\x98\x80", "\"", "\\", "x.y"
    };
    struct imw_mailbox m;
    char utf8[64];
    size_t n = 0, len;
    memset(&m, 0, sizeof m);
    utf8[0] = '\0';
    for (unsigned i = 1 + below(3); i > 0; i--) {
        const char *p = pieces[below(sizeof pieces / sizeof *pieces)];
        if (n + strlen(p) < sizeof utf8) {
            memcpy(utf8 + n, p, strlen(p));
            n += strlen(p);
        }
    }
    uint8_t *u = take(n + 1), *name = take(IMW_MUTF7_ENCODED_MAX(n) + 1);
    memcpy(u, utf8, n);
    ck_assert_int_eq(imw_utf8_to_mutf7(u, n, name, IMW_MUTF7_ENCODED_MAX(n),
                                       &len, NULL), 0);
    m.name = (imw_bytes){ name, len };
    m.utf8 = (imw_bytes){ u, n };
    m.is_inbox = len == 5 && strncasecmp((char *)name, "INBOX", 5) == 0;
    return m;
}

/* ---- commands -------------------------------------------------------------- */

static const struct { const char *name; enum imw_flag_kind kind; } flags[] = {
    { "\\Seen", IMW_FLAG_SEEN }, { "\\Answered", IMW_FLAG_ANSWERED },
    { "\\Deleted", IMW_FLAG_DELETED }, { "$Forwarded", IMW_FLAG_KEYWORD },
    { "\\Draft", IMW_FLAG_DRAFT }, { "\\Flagged", IMW_FLAG_FLAGGED },
};

static struct imw_flag_list any_flags(void)
{
    size_t n = below(4);
    struct imw_flag *f = take((n + 1) * sizeof *f);
    for (size_t i = 0; i < n; i++) {
        unsigned k = below(sizeof flags / sizeof *flags);
        f[i].kind = flags[k].kind;
        f[i].name = text(flags[k].name);
    }
    return (struct imw_flag_list){ f, n };
}

static struct imw_search_key any_key(int depth);

static void any_children(struct imw_search_key *k, size_t n, int depth)
{
    struct imw_search_key *c = take(n * sizeof *c);
    for (size_t i = 0; i < n; i++)
        c[i] = any_key(depth + 1);
    k->children = c;
    k->count = n;
}

static struct imw_search_key any_key(int depth)
{
    static const enum imw_search_key_kind leaves[] = {
        IMW_SKEY_ALL, IMW_SKEY_SEEN, IMW_SKEY_SUBJECT, IMW_SKEY_HEADER,
        IMW_SKEY_SINCE, IMW_SKEY_LARGER, IMW_SKEY_UID, IMW_SKEY_SEQUENCE_SET,
        IMW_SKEY_BODY, IMW_SKEY_KEYWORD,
    };
    struct imw_search_key k;
    memset(&k, 0, sizeof k);
    unsigned r = depth < 40 ? below(14) : 0;
    if (r >= 10) {
        k.kind = r == 10 ? IMW_SKEY_NOT : r == 11 ? IMW_SKEY_OR : IMW_SKEY_LIST;
        any_children(&k, k.kind == IMW_SKEY_NOT ? 1 : k.kind == IMW_SKEY_OR ? 2
                                                    : 1 + below(3), depth);
        return k;
    }
    k.kind = leaves[below(sizeof leaves / sizeof *leaves)];
    k.string = any_string(12);
    k.field = text("X-Field");
    k.date = (struct imw_datetime){ .year = (int)below(10000),
                                    .month = 1 + (int)below(12),
                                    .day = 1 + (int)below(28) };
    k.number = extreme_number(INT64_MAX);
    k.set = any_set();
    k.flag = (struct imw_flag){ IMW_FLAG_KEYWORD, text("$Junk") };
    return k;
}

static void any_search(struct imw_command *c)
{
    struct imw_cmd_search *s = take(sizeof *s);
    s->program.count = 1 + below(3);
    struct imw_search_key *keys = take(s->program.count * sizeof *keys);
    for (size_t i = 0; i < s->program.count; i++)
        keys[i] = any_key(1 + (int)below(30));
    s->program.keys = keys;
    if (below(2))
        s->program.charset = text("UTF-8");
    c->u.search = s;
}

static void any_append(struct imw_command *c)
{
    struct imw_cmd_append *a = take(sizeof *a);
    struct imw_append_message *m = take(2 * sizeof *m);
    a->mailbox = any_mailbox();
    a->count = 1 + below(2);
    for (size_t i = 0; i < a->count; i++) {
        m[i].has_flags = (int)below(2);
        m[i].flags = any_flags();
        m[i].data = any_string(40);
        m[i].is_binary = (int)below(2);
        if (m[i].is_binary && m[i].data.len) /* literal8 carries NUL */
            ((uint8_t *)m[i].data.ptr)[0] = 0;
    }
    a->messages = m;
    c->u.append = a;
}

static void any_select(struct imw_command *c)
{
    struct imw_cmd_select *s = take(sizeof *s);
    s->mailbox = any_mailbox();
    s->condstore = (int)below(2);
    s->qresync = (int)below(2);
    s->uidvalidity = message_number();
    s->modseq = 1 + extreme_number(INT64_MAX - 1);
    s->has_known_uids = s->qresync && below(2);
    s->known_uids = any_set();
    c->u.select = s;
}

static void any_store(struct imw_command *c)
{
    struct imw_cmd_store *s = take(sizeof *s);
    s->set = any_set();
    s->mode = (enum imw_store_mode)below(3);
    s->silent = (int)below(2);
    s->flags = any_flags();
    s->flags_parenthesised = 1;
    c->u.store = s;
}

static void any_copy(struct imw_command *c)
{
    struct imw_cmd_copy *cp = take(sizeof *cp);
    cp->set = any_set();
    cp->mailbox = any_mailbox();
    c->u.copy = cp;
}

static void any_login(struct imw_command *c)
{
    struct imw_cmd_login *l = take(sizeof *l);
    l->userid = any_string(10);
    l->password = any_string(10);
    c->u.login = l;
}

static void any_mailbox_cmd(struct imw_command *c)
{
    struct imw_cmd_mailbox *m = take(sizeof *m);
    m->mailbox = any_mailbox();
    c->u.mailbox = m;
}

static void any_sasl(struct imw_command *c)
{
    static const char digits[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    size_t n = 4 * below(5);
    uint8_t *p = take(n + 1);
    for (size_t i = 0; i < n; i++)
        p[i] = (uint8_t)digits[below(64)];
    if (n && below(2))
        p[n - 1] = '=';
    c->u.sasl.base64 = (imw_bytes){ p, n };
}

/* ---- the other kinds ------------------------------------------------------------ */

static void any_uid_expunge(struct imw_command *c)
{
    c->u.uid_set = any_set();
}

static const struct {
    const char *name;
    enum imw_mailbox_attr_kind kind;
} use_attrs[] = {
    { "\\All", IMW_MBOX_ATTR_ALL }, { "\\Archive", IMW_MBOX_ATTR_ARCHIVE },
    { "\\Drafts", IMW_MBOX_ATTR_DRAFTS }, { "\\Flagged", IMW_MBOX_ATTR_FLAGGED },
    { "\\Junk", IMW_MBOX_ATTR_JUNK }, { "\\Sent", IMW_MBOX_ATTR_SENT },
    { "\\Trash", IMW_MBOX_ATTR_TRASH },
};

static void any_create(struct imw_command *c)
{
    struct imw_cmd_create *cr = take(sizeof *cr);
    cr->mailbox = any_mailbox();
    cr->has_use = (int)below(2);
    if (cr->has_use) {
        size_t n = below(3);
        struct imw_mailbox_attr *a = take((n + 1) * sizeof *a);
        for (size_t i = 0; i < n; i++) {
            unsigned k = below(sizeof use_attrs / sizeof *use_attrs);
            a[i] = (struct imw_mailbox_attr){ use_attrs[k].kind,
                                              text(use_attrs[k].name) };
        }
        cr->use = (struct imw_mailbox_attr_list){ n ? a : NULL, n };
    }
    c->u.create = cr;
}

static void any_rename(struct imw_command *c)
{
    struct imw_cmd_rename *r = take(sizeof *r);
    r->from = any_mailbox();
    r->to = any_mailbox();
    c->u.rename = r;
}

static const struct {
    const char *name;
    enum imw_status_item_kind kind;
} status_items[] = {
    { "MESSAGES", IMW_STATUS_ITEM_MESSAGES }, { "RECENT", IMW_STATUS_ITEM_RECENT },
    { "UIDNEXT", IMW_STATUS_ITEM_UIDNEXT },
    { "UIDVALIDITY", IMW_STATUS_ITEM_UIDVALIDITY },
    { "UNSEEN", IMW_STATUS_ITEM_UNSEEN },
    { "HIGHESTMODSEQ", IMW_STATUS_ITEM_HIGHESTMODSEQ },
    { "SIZE", IMW_STATUS_ITEM_SIZE }, { "DELETED", IMW_STATUS_ITEM_DELETED },
    { "APPENDLIMIT", IMW_STATUS_ITEM_APPENDLIMIT },
    { "MAILBOXID", IMW_STATUS_ITEM_MAILBOXID },
    { "DELETED-STORAGE", IMW_STATUS_ITEM_DELETED_STORAGE },
};

static const struct imw_cmd_status_att *any_status_items(size_t *count)
{
    size_t n = 1 + below(4);
    struct imw_cmd_status_att *it = take(n * sizeof *it);
    for (size_t i = 0; i < n; i++) {
        unsigned k = below(sizeof status_items / sizeof *status_items);
        it[i] = (struct imw_cmd_status_att){ status_items[k].kind,
                                             text(status_items[k].name) };
    }
    *count = n;
    return it;
}

static void any_status(struct imw_command *c)
{
    struct imw_cmd_status *st = take(sizeof *st);
    st->mailbox = any_mailbox();
    st->items = any_status_items(&st->count);
    c->u.status = st;
}

/* A LIST pattern: ASCII with the wildcards, as the parser keeps it. */
static struct imw_mailbox any_pattern(void)
{
    static const char *const patterns[] = { "*", "%", "INBOX", "Work/%",
                                            "a*b", "", "two words*" };
    struct imw_mailbox m;
    memset(&m, 0, sizeof m);
    m.name = text(patterns[below(sizeof patterns / sizeof *patterns)]);
    m.utf8 = m.name;
    m.is_inbox = m.name.len == 5 && memcmp(m.name.ptr, "INBOX", 5) == 0;
    return m;
}

static struct imw_list_option option(int kind, const char *name)
{
    struct imw_list_option o;
    memset(&o, 0, sizeof o);
    o.kind = kind;
    o.name = text(name);
    o.generic.name = o.name;
    return o;
}

static void any_list(struct imw_command *c)
{
    struct imw_cmd_list *l = take(sizeof *l);
    struct imw_list_option *sel = take(2 * sizeof *sel);
    struct imw_list_option *ret = take(3 * sizeof *ret);
    l->reference = any_mailbox();
    size_t n = 1 + (c->kind == IMW_CMD_LIST ? below(3) : 0);
    struct imw_mailbox *pat = take(n * sizeof *pat);
    for (size_t i = 0; i < n; i++)
        pat[i] = any_pattern();
    l->patterns = pat;
    l->pattern_count = n;
    l->pattern_list = n > 1;
    if (c->kind == IMW_CMD_LIST && below(2)) {
        l->has_select = 1;
        switch (below(3)) {
        case 0: sel[l->select_count++] = option(IMW_LIST_SELECT_REMOTE, "REMOTE"); break;
        case 1: sel[l->select_count++] = option(IMW_LIST_SELECT_SPECIAL_USE, "SPECIAL-USE"); break;
        default:
            sel[l->select_count++] = option(IMW_LIST_SELECT_SUBSCRIBED, "SUBSCRIBED");
            sel[l->select_count++] = option(IMW_LIST_SELECT_RECURSIVEMATCH,
                                            "RECURSIVEMATCH");
        }
        l->select = sel;
    }
    if (c->kind == IMW_CMD_LIST && below(2)) {
        l->has_return = 1;
        ret[l->return_count++] = option(IMW_LIST_RETURN_CHILDREN, "CHILDREN");
        if (below(2)) {
            struct imw_list_option st = option(IMW_LIST_RETURN_STATUS, "STATUS");
            st.status_items = any_status_items(&st.status_count);
            ret[l->return_count++] = st;
        }
        l->ret = ret;
    }
    c->u.list = l;
}

static void any_id(struct imw_command *c)
{
    struct imw_cmd_id *id = take(sizeof *id);
    id->is_nil = (int)below(4) == 0;
    if (!id->is_nil) {
        size_t n = below(4);
        struct imw_cmd_id_param *p = take((n + 1) * sizeof *p);
        for (size_t i = 0; i < n; i++) {
            p[i].field = any_string(12);
            p[i].value = below(4) ? any_string(20) : (imw_bytes){ NULL, 0 };
        }
        id->params = n ? p : NULL;
        id->count = n;
    }
    c->u.id = id;
}

static void any_quota(struct imw_command *c)
{
    static const char *const names[] = { "STORAGE", "MESSAGE", "MAILBOX",
                                         "ANNOTATION-STORAGE" };
    struct imw_cmd_quota *q = take(sizeof *q);
    q->root = any_string(12);
    if (c->kind == IMW_CMD_SETQUOTA) {
        size_t n = below(4);
        struct imw_cmd_quota_resource *r = take((n + 1) * sizeof *r);
        for (size_t i = 0; i < n; i++)
            r[i] = (struct imw_cmd_quota_resource){
                text(names[below(4)]), extreme_number(INT64_MAX) };
        q->resources = n ? r : NULL;
        q->count = n;
    }
    c->u.quota = q;
}

static void any_acl(struct imw_command *c)
{
    static const char *const rights[] = { "lrswipkxte", "l", "rw", "a" };
    struct imw_cmd_acl *a = take(sizeof *a);
    a->mailbox = any_mailbox();
    a->identifier = any_string(12);
    if (c->kind == IMW_CMD_SETACL) {
        a->mode = (enum imw_acl_mode)below(3);
        a->rights = text(rights[below(4)]);
    }
    c->u.acl = a;
}

static void any_metadata(struct imw_command *c)
{
    static const char *const entries[] = { "/private/comment", "/shared/comment",
                                           "/shared/vendor/x-y", "/private" };
    struct imw_cmd_metadata *m = take(sizeof *m);
    int set = c->kind == IMW_CMD_SETMETADATA;
    m->mailbox = below(4) ? any_mailbox() : (struct imw_mailbox){
        .name = text(""), .utf8 = text("") };
    if (!set && below(2)) {
        m->has_maxsize = 1;
        m->maxsize = (uint32_t)extreme_number(UINT32_MAX);
    }
    if (!set && below(2)) {
        m->has_depth = 1;
        m->depth = (enum imw_metadata_depth)below(3);
    }
    size_t n = 1 + below(3);
    struct imw_cmd_metadata_entry *e = take(n * sizeof *e);
    for (size_t i = 0; i < n; i++) {
        e[i].name = text(entries[below(4)]);
        if (set) {
            e[i].is_nil = (int)below(3) == 0;
            e[i].value = e[i].is_nil ? (imw_bytes){ NULL, 0 } : any_string(30);
        }
    }
    m->entries = e;
    m->count = n;
    c->u.metadata = m;
}

static void any_enable(struct imw_command *c)
{
    static const char *const names[] = { "X-GOOD-IDEA", "X-A", "XYZZY" };
    size_t n = 1 + below(3);
    struct imw_capability *cap = take(n * sizeof *cap);
    for (size_t i = 0; i < n; i++)
        cap[i] = (struct imw_capability){ IMW_CAP_OTHER, text(names[below(3)]),
                                          { NULL, 0 } };
    c->u.capabilities = (struct imw_capability_list){ cap, n };
}

static void any_compress(struct imw_command *c)
{
    c->u.compress = text("DEFLATE");
}

static void any_authenticate(struct imw_command *c)
{
    struct imw_cmd_authenticate *a = take(sizeof *a);
    a->mechanism = text(below(2) ? "PLAIN" : "X-OAUTH2");
    a->ir = (enum imw_sasl_ir)below(3);
    if (a->ir == IMW_SASL_IR_DATA) {
        struct imw_command line;
        any_sasl(&line);
        a->initial_response = line.u.sasl.base64.len ? line.u.sasl.base64
                                                     : text("AGE=");
    }
    c->u.authenticate = a;
}

static const struct {
    const char *name;
    enum imw_fetch_att_kind kind;
} simple_atts[] = {
    { "ENVELOPE", IMW_FATT_ENVELOPE }, { "FLAGS", IMW_FATT_FLAGS },
    { "INTERNALDATE", IMW_FATT_INTERNALDATE }, { "RFC822", IMW_FATT_RFC822 },
    { "RFC822.HEADER", IMW_FATT_RFC822_HEADER },
    { "RFC822.SIZE", IMW_FATT_RFC822_SIZE }, { "RFC822.TEXT", IMW_FATT_RFC822_TEXT },
    { "BODY", IMW_FATT_BODY }, { "BODYSTRUCTURE", IMW_FATT_BODYSTRUCTURE },
    { "UID", IMW_FATT_UID }, { "MODSEQ", IMW_FATT_MODSEQ },
    { "EMAILID", IMW_FATT_EMAILID }, { "THREADID", IMW_FATT_THREADID },
    { "SAVEDATE", IMW_FATT_SAVEDATE },
};

/* BODY.PEEK[1.2.TEXT]<0.100>-like items, name spelt as the builder does. */
static struct imw_fetch_att any_section_att(void)
{
    static const uint32_t parts[] = { 1, 2, 4294967295u };
    static const char *const texts[] = { "", "HEADER", "TEXT", "MIME" };
    static const enum imw_section_text kinds[] = {
        IMW_SECTION_NONE, IMW_SECTION_HEADER, IMW_SECTION_TEXT, IMW_SECTION_MIME };
    struct imw_fetch_att a;
    char name[96], spec[64] = "";
    memset(&a, 0, sizeof a);
    a.kind = IMW_FATT_BODY_SECTION;
    a.peek = (int)below(2);
    size_t np = below(3), t = below(4);
    if (t == 3 && np == 0)
        t = 0; /* MIME needs a part */
    size_t n = 0;
    for (size_t i = 0; i < np; i++)
        n += (size_t)snprintf(spec + n, sizeof spec - n, "%s%u", i ? "." : "",
                              parts[i]);
    if (t)
        n += (size_t)snprintf(spec + n, sizeof spec - n, "%s%s", np ? "." : "",
                              texts[t]);
    a.section.parts = np ? parts : NULL;
    a.section.part_count = np;
    a.section.text = kinds[t];
    a.has_partial = (int)below(2);
    a.origin = extreme_number(UINT32_MAX);
    a.length = 1 + extreme_number(UINT32_MAX - 1);
    int len = snprintf(name, sizeof name, "BODY%s[%s]", a.peek ? ".PEEK" : "",
                       spec);
    if (a.has_partial)
        len += snprintf(name + len, sizeof name - (size_t)len, "<%llu.%llu>",
                        (unsigned long long)a.origin,
                        (unsigned long long)a.length);
    char *kept = take((size_t)len + 1);
    memcpy(kept, name, (size_t)len + 1);
    a.name = (imw_bytes){ (const uint8_t *)kept, (size_t)len };
    char *raw = take(n + 1);
    memcpy(raw, spec, n + 1);
    a.section.raw = (imw_bytes){ (const uint8_t *)raw, n };
    return a;
}

static void any_fetch(struct imw_command *c)
{
    struct imw_cmd_fetch *f = take(sizeof *f);
    f->set = any_set();
    if (below(5) == 0) {
        f->macro = (enum imw_fetch_macro)(1 + below(3));
    } else {
        size_t n = 1 + below(4);
        struct imw_fetch_att *a = take(n * sizeof *a);
        for (size_t i = 0; i < n; i++) {
            if (below(3) == 0) {
                a[i] = any_section_att();
                continue;
            }
            unsigned k = below(sizeof simple_atts / sizeof *simple_atts);
            memset(&a[i], 0, sizeof a[i]);
            a[i].kind = simple_atts[k].kind;
            a[i].name = text(simple_atts[k].name);
        }
        f->atts = a;
        f->count = n;
    }
    c->u.fetch = f;
}

static const struct {
    const char *name;
    enum imw_sort_key key;
} sort_keys[] = {
    { "ARRIVAL", IMW_SORT_ARRIVAL }, { "CC", IMW_SORT_CC }, { "DATE", IMW_SORT_DATE },
    { "FROM", IMW_SORT_FROM }, { "SIZE", IMW_SORT_SIZE },
    { "SUBJECT", IMW_SORT_SUBJECT }, { "TO", IMW_SORT_TO },
    { "DISPLAYFROM", IMW_SORT_DISPLAYFROM }, { "DISPLAYTO", IMW_SORT_DISPLAYTO },
};

static struct imw_search_program any_program(void)
{
    struct imw_search_program p;
    p.count = 1 + below(3);
    struct imw_search_key *keys = take(p.count * sizeof *keys);
    for (size_t i = 0; i < p.count; i++)
        keys[i] = any_key(1 + (int)below(10));
    p.keys = keys;
    p.charset = text(below(2) ? "UTF-8" : "US-ASCII");
    return p;
}

static void any_sort(struct imw_command *c)
{
    struct imw_cmd_sort *so = take(sizeof *so);
    size_t n = 1 + below(3);
    struct imw_sort_criterion *cr = take(n * sizeof *cr);
    for (size_t i = 0; i < n; i++) {
        unsigned k = below(sizeof sort_keys / sizeof *sort_keys);
        cr[i] = (struct imw_sort_criterion){ (int)below(2), sort_keys[k].key,
                                             text(sort_keys[k].name) };
    }
    so->criteria = cr;
    so->criteria_count = n;
    so->program = any_program();
    c->u.sort = so;
}

static void any_thread(struct imw_command *c)
{
    static const struct {
        const char *name;
        enum imw_thread_algorithm alg;
    } algs[] = { { "ORDEREDSUBJECT", IMW_THREAD_ORDEREDSUBJECT },
                 { "REFERENCES", IMW_THREAD_REFERENCES },
                 { "REFS", IMW_THREAD_REFS } };
    struct imw_cmd_thread *t = take(sizeof *t);
    unsigned k = below(3);
    t->algorithm = algs[k].alg;
    t->name = text(algs[k].name);
    t->program = any_program();
    c->u.thread = t;
}

/* Generic values as the parser reads them: atoms, numbers, strings, NIL
 * and nested lists. */
static struct imw_value any_value(int depth)
{
    static const char *const atoms[] = { "abc", "\\Flag", "1:*", "BODY[1]",
                                         "x.y-z" };
    struct imw_value v;
    memset(&v, 0, sizeof v);
    switch (depth > 0 ? below(5) : below(4)) {
    case 0:
        v.kind = IMW_VALUE_ATOM;
        v.bytes = text(atoms[below(5)]);
        break;
    case 1: {
        char digits[24];
        v.kind = IMW_VALUE_NUMBER;
        v.number = extreme_number(UINT64_MAX / 10);
        int n = snprintf(digits, sizeof digits, "%llu",
                         (unsigned long long)v.number);
        char *d = take((size_t)n + 1);
        memcpy(d, digits, (size_t)n + 1);
        v.bytes = (imw_bytes){ (const uint8_t *)d, (size_t)n };
        break;
    }
    case 2:
        v.kind = IMW_VALUE_STRING;
        v.bytes = any_string(20);
        break;
    case 3:
        v.kind = IMW_VALUE_NIL;
        break;
    default: {
        size_t n = below(4);
        struct imw_value *items = take((n + 1) * sizeof *items);
        for (size_t i = 0; i < n; i++)
            items[i] = any_value(depth - 1);
        v.kind = IMW_VALUE_LIST;
        v.items = items;
        v.count = n;
    }
    }
    return v;
}

/* A command the library has no type for: name and generic arguments. */
static void any_other(struct imw_command *c)
{
    static const char *const names[] = { "XFOO", "X-PIG-LATIN", "FROBNICATE" };
    size_t n = below(4);
    struct imw_value *args = take((n + 1) * sizeof *args);
    for (size_t i = 0; i < n; i++)
        args[i] = any_value(3);
    c->name = text(names[below(3)]);
    c->u.generic.name = c->name;
    c->u.generic.args = n ? args : NULL;
    c->u.generic.count = n;
}

static const struct {
    enum imw_command_kind kind;
    int uid;
    void (*make)(struct imw_command *c);
} kinds[] = {
    { IMW_CMD_SEARCH, 0, any_search }, { IMW_CMD_SEARCH, 1, any_search },
    { IMW_CMD_APPEND, 0, any_append }, { IMW_CMD_SELECT, 0, any_select },
    { IMW_CMD_EXAMINE, 0, any_select }, { IMW_CMD_STORE, 1, any_store },
    { IMW_CMD_COPY, 0, any_copy }, { IMW_CMD_MOVE, 1, any_copy },
    { IMW_CMD_LOGIN, 0, any_login }, { IMW_CMD_DELETE, 0, any_mailbox_cmd },
    { IMW_CMD_SUBSCRIBE, 0, any_mailbox_cmd },
    { IMW_CMD_SASL_RESPONSE, 0, any_sasl }, { IMW_CMD_NOOP, 0, NULL },
    { IMW_CMD_DONE, 0, NULL },
    { IMW_CMD_CAPABILITY, 0, NULL }, { IMW_CMD_LOGOUT, 0, NULL },
    { IMW_CMD_STARTTLS, 0, NULL }, { IMW_CMD_NAMESPACE, 0, NULL },
    { IMW_CMD_IDLE, 0, NULL }, { IMW_CMD_CHECK, 0, NULL },
    { IMW_CMD_CLOSE, 0, NULL }, { IMW_CMD_UNSELECT, 0, NULL },
    { IMW_CMD_EXPUNGE, 0, NULL }, { IMW_CMD_SASL_CANCEL, 0, NULL },
    { IMW_CMD_EXPUNGE, 1, any_uid_expunge },
    { IMW_CMD_UNSUBSCRIBE, 0, any_mailbox_cmd },
    { IMW_CMD_GETQUOTAROOT, 0, any_mailbox_cmd },
    { IMW_CMD_GETACL, 0, any_mailbox_cmd }, { IMW_CMD_MYRIGHTS, 0, any_mailbox_cmd },
    { IMW_CMD_CREATE, 0, any_create }, { IMW_CMD_RENAME, 0, any_rename },
    { IMW_CMD_STATUS, 0, any_status }, { IMW_CMD_LIST, 0, any_list },
    { IMW_CMD_LSUB, 0, any_list }, { IMW_CMD_ID, 0, any_id },
    { IMW_CMD_GETQUOTA, 0, any_quota }, { IMW_CMD_SETQUOTA, 0, any_quota },
    { IMW_CMD_SETACL, 0, any_acl }, { IMW_CMD_DELETEACL, 0, any_acl },
    { IMW_CMD_LISTRIGHTS, 0, any_acl },
    { IMW_CMD_GETMETADATA, 0, any_metadata },
    { IMW_CMD_SETMETADATA, 0, any_metadata },
    { IMW_CMD_ENABLE, 0, any_enable }, { IMW_CMD_COMPRESS, 0, any_compress },
    { IMW_CMD_AUTHENTICATE, 0, any_authenticate },
    { IMW_CMD_FETCH, 0, any_fetch }, { IMW_CMD_FETCH, 1, any_fetch },
    { IMW_CMD_SORT, 0, any_sort }, { IMW_CMD_SORT, 1, any_sort },
    { IMW_CMD_THREAD, 0, any_thread }, { IMW_CMD_THREAD, 1, any_thread },
    { IMW_CMD_OTHER, 0, any_other },
};

START_TEST(test_random_roundtrip)
{
    uint64_t seed = env_number("IMW_RT_SEED", 0x9e3779b97f4a7c15ull);
    uint64_t count = env_number("IMW_RT_COUNT", 2000);
    rng_state = seed ? seed : 1;
    for (uint64_t n = 0; n < count; n++) {
        for (size_t k = 0; k < sizeof kinds / sizeof *kinds; k++) {
            struct imw_command c;
            char context[96];
            arena_used = 0;
            memset(&c, 0, sizeof c);
            c.kind = kinds[k].kind;
            c.uid = kinds[k].uid;
            int sasl = c.kind == IMW_CMD_SASL_RESPONSE ||
                       c.kind == IMW_CMD_SASL_CANCEL;
            int line = sasl || c.kind == IMW_CMD_DONE;
            c.tag = line ? (imw_bytes){ NULL, 0 } : text("t1");
            c.name = sasl
                         ? (imw_bytes){ NULL, 0 }
                         : text(imw_command_kind_name(c.kind));
            if (kinds[k].make)
                kinds[k].make(&c);
            snprintf(context, sizeof context, "seed %llu value %llu kind %s",
                     (unsigned long long)seed, (unsigned long long)n,
                     imw_command_kind_name(c.kind));
            size_t len;
            const char *why;
            char *want = imw_test_command_json(&c);
            char *built = imw_test_build(&c, &len, &why);
            ck_assert_msg(built != NULL, "%s: refused: %s", context, why);
            imw_test_reparse(built, len, c.kind, want, context);
            free(built);
            free(want);
        }
    }
}
END_TEST

void imw_build_cmd_random_tests(TCase *tc)
{
    tcase_add_test(tc, test_random_roundtrip);
}

/* ---- hostile values ------------------------------------------------------------ */

/* Builds `c` and expects a refusal whose reason holds `why`, with no
 * bytes that could be sent (the result is not used after an error). */
static void expect_refused(const struct imw_command *c, const char *why)
{
    struct imw_out out;
    uint32_t counter = 1;
    struct imw_build_options opts = { .tag_counter = &counter };
    imw_out_init_growing(&out, NULL);
    ck_assert_int_eq(imw_build_command(&out, c, &opts),
                     IMW_ERR_INVALID_ARGUMENT);
    ck_assert_ptr_nonnull(out.reason);
    ck_assert_msg(strstr(out.reason, why), "reason: %s", out.reason);
    imw_out_free(&out);
}

static struct imw_command command_of(enum imw_command_kind kind)
{
    struct imw_command c;
    memset(&c, 0, sizeof c);
    c.kind = kind;
    c.tag = text("h1");
    return c;
}

START_TEST(test_hostile_refused)
{
    struct imw_cmd_mailbox mb = { .mailbox = { .name = text("a\r\nb") } };
    struct imw_command c = command_of(IMW_CMD_DELETE);
    c.u.mailbox = &mb;
    /* CR LF in a mailbox name: not modified UTF-7 */
    expect_refused(&c, "modified UTF-7");
    /* invalid UTF-8 with UTF8=ACCEPT */
    mb.mailbox.name = text("\xc3(");
    struct imw_out out;
    struct imw_build_options utf8 = { .caps = { .utf8_accept = 1 } };
    imw_out_init_growing(&out, NULL);
    ck_assert_int_eq(imw_build_command(&out, &c, &utf8), IMW_ERR_INVALID_ARGUMENT);
    ck_assert_ptr_nonnull(strstr(out.reason, "UTF-8"));
    imw_out_free(&out);
    /* NUL in a search string */
    struct imw_search_key key = { .kind = IMW_SKEY_SUBJECT,
                                  .string = { (const uint8_t *)"a\0b", 3 } };
    struct imw_cmd_search s = { .program = { .keys = &key, .count = 1 } };
    c = command_of(IMW_CMD_SEARCH);
    c.u.search = &s;
    expect_refused(&c, "NUL");
    /* an empty sequence set */
    key = (struct imw_search_key){ .kind = IMW_SKEY_UID };
    expect_refused(&c, "empty sequence set");
    /* a tag with a space, and no tag without a counter */
    c = command_of(IMW_CMD_NOOP);
    c.tag = text("a 1");
    expect_refused(&c, "tag");
    /* SASL responses must be base64 */
    c = command_of(IMW_CMD_SASL_RESPONSE);
    c.u.sasl.base64 = text("ab\r\n");
    expect_refused(&c, "base64");
    /* a generic command whose arguments are not values */
    c = command_of(IMW_CMD_OTHER);
    c.name = text("XFROB");
    c.u.generic.raw = text("free text\r\n* 1 EXISTS");
    expect_refused(&c, "cannot be sent safely");
    /* an unknown kind, and a UID form that does not exist */
    c = command_of((enum imw_command_kind)999);
    expect_refused(&c, "unknown command kind");
    c = command_of(IMW_CMD_NOOP);
    c.uid = 1;
    expect_refused(&c, "UID form");
}
END_TEST

/* CR LF in a search string is safely encoded: a literal, never a line. */
START_TEST(test_hostile_encoded)
{
    struct imw_search_key key = { .kind = IMW_SKEY_SUBJECT,
                                  .string = text("x\r\nA2 LOGOUT") };
    struct imw_cmd_search s = { .program = { .keys = &key, .count = 1 } };
    struct imw_command c = command_of(IMW_CMD_SEARCH);
    uint8_t buf[128];
    struct imw_out out;
    c.u.search = &s;
    imw_out_init(&out, buf, sizeof buf);
    ck_assert_int_eq(imw_build_command(&out, &c, NULL), 0);
    ck_assert_uint_eq(out.nsegments, 2);
    ck_assert(out.segments[0].wait_continuation);
    ck_assert_msg(memcmp(buf, "h1 SEARCH SUBJECT {12}\r\n", 24) == 0, "%.*s",
                  (int)out.len, buf);
    ck_assert_uint_eq(out.len, 24 + 12 + 2);
    /* a generated tag */
    uint32_t counter = 7;
    struct imw_build_options opts = { .tag_prefix = "T", .tag_counter = &counter };
    c = command_of(IMW_CMD_NOOP);
    c.tag = (imw_bytes){ NULL, 0 };
    imw_out_init(&out, buf, sizeof buf);
    ck_assert_int_eq(imw_build_command(&out, &c, &opts), 0);
    ck_assert_int_eq(memcmp(buf, "T7 NOOP\r\n", 9), 0);
    ck_assert_uint_eq(counter, 8);
    /* a search program nested beyond the deepest nesting limit (256) is
     * refused, not recursed */
    enum { DEEP = 300 };
    static struct imw_search_key deep[DEEP];
    for (size_t i = 0; i < DEEP; i++)
        deep[i] = (struct imw_search_key){ .kind = i == DEEP - 1 ? IMW_SKEY_ALL
                                                                 : IMW_SKEY_NOT,
                                           .children = &deep[i + 1],
                                           .count = i == DEEP - 1 ? 0 : 1 };
    key = deep[0];
    c = command_of(IMW_CMD_SEARCH);
    c.u.search = &s;
    expect_refused(&c, "nested too deeply");
}
END_TEST

void imw_build_cmd_hostile_tests(TCase *tc)
{
    tcase_add_test(tc, test_hostile_refused);
    tcase_add_test(tc, test_hostile_encoded);
}
