/* The response builder (imw_build_response): round trips of every
 * response in the test data and the RFC examples, of seeded random typed
 * values, and what hostile input it refuses.
 *
 * Values are compared as the inspector's JSON without the members that
 * record the wire form ("raw", a mailbox's "form"): the builder chooses
 * its own form (atom, quoted or literal) from the content.  The named
 * leniency "snippet" (Dovecot's SNIPPET (FUZZY ...)) is rebuilt as the
 * strict PREVIEW, so its two markers are folded too. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "imapwire/imapwire.h"
#include "imapwire/builder.h"
#include "json_response.h"
#include "suites.h"
#include "test_util.h"
#include "build.h"

#define B(s) ((imw_bytes){ (const uint8_t *)(s), sizeof(s) - 1 })

/* ---- JSON without the wire form ------------------------------------------------ */

static int member_is(const char *p, const char *key)
{
    size_t n = strlen(key);
    return p[0] == '"' && strncmp(p + 1, key, n) == 0 && p[n + 1] == '"' &&
           p[n + 2] == ':';
}

/* Skips a JSON string, null, true or false at p; returns what follows. */
static const char *skip_scalar(const char *p)
{
    if (*p != '"')
        return p + strcspn(p, ",}");
    for (p++; *p != '"'; p++)
        if (*p == '\\')
            p++;
    return p + 1;
}

static void replace_all(char *s, const char *from, const char *to)
{
    size_t n = strlen(from);
    ck_assert_uint_eq(n, strlen(to));
    for (char *p = strstr(s, from); p; p = strstr(p + n, from))
        memcpy(p, to, n);
}

/* Copies `json` without "raw", "form" and "snippet" members (malloc'd). */
static char *wire_free(const char *json)
{
    char *out = malloc(strlen(json) + 1), *o = out;
    int in_string = 0;
    for (const char *p = json; *p;) {
        if (in_string) {
            if (*p == '\\')
                *o++ = *p++;
            else if (*p == '"')
                in_string = 0;
            *o++ = *p++;
            continue;
        }
        if (*p == '"' && o > out && (o[-1] == '{' || o[-1] == ',') &&
            (member_is(p, "raw") || member_is(p, "form") ||
             member_is(p, "snippet"))) {
            p = skip_scalar(strchr(p, ':') + 1);
            if (*p == ',')
                p++;
            else if (o[-1] == ',')
                o--; /* the member was the last one */
            continue;
        }
        if (*p == '"')
            in_string = 1;
        *o++ = *p++;
    }
    *o = 0;
    replace_all(out, "\"name\":\"SNIPPET\"", "\"name\":\"PREVIEW\"");
    return out;
}

static char *json_of(const struct imw_response *r)
{
    struct imw_json json;
    imw_json_init_buffer(&json);
    imw_json_response(&json, r);
    ck_assert(!imw_json_failed(&json));
    char *s = wire_free(json.buf);
    imw_json_release(&json);
    return s;
}

/* ---- one round trip ----------------------------------------------------------- */

/* Builds r; 0 and the bytes in *out, or the error. */
static int build(struct imw_out *out, const struct imw_response *r,
                 const struct imw_build_caps *caps)
{
    struct imw_build_options opts = { 0 };
    if (caps)
        opts.caps = *caps;
    imw_out_reset(out);
    return imw_build_response(out, r, &opts);
}

/* Parses `bytes` as exactly one response and returns its JSON; *rebuilt
 * receives the bytes the builder writes for the reparsed value. */
static char *reparse(const struct imw_out *built, int greeting, int utf8,
                     struct imw_out *rebuilt, const struct imw_build_caps *caps)
{
    imw_parser *p = imw_parser_new(IMW_SIDE_CLIENT);
    imw_parser_set_option(p, IMW_OPTION_EXPECT_GREETING, greeting);
    if (utf8)
        imw_parser_set_option(p, IMW_OPTION_UTF8, 1);
    ck_assert_int_eq(imw_parser_feed(p, built->buf, built->len), 0);
    const struct imw_response *r;
    int rc = imw_parser_next(p, &r);
    if (rc <= 0)
        ck_abort_msg("rebuilt response does not parse (%d, %s): %.*s", rc,
                     imw_parser_error(p)->rule, (int)built->len,
                     (const char *)built->buf);
    char *json = json_of(r);
    ck_assert_int_eq(build(rebuilt, r, caps), 0);
    ck_assert_int_eq(imw_parser_next(p, &r), 0);
    ck_assert_int_eq(imw_parser_finish(p), 0);
    imw_parser_free(p);
    return json;
}

/* parse(build(r)) has r's JSON, and building it again gives the same
 * bytes.  Returns 0, or the builder's error (out->reason says why). */
static int round_trip(const struct imw_response *r,
                      const struct imw_build_caps *caps)
{
    struct imw_out out, again;
    imw_out_init_growing(&out, NULL);
    int rc = build(&out, r, caps);
    if (rc == 0) {
        imw_out_init_growing(&again, NULL);
        char *want = json_of(r);
        char *got = reparse(&out, r->kind == IMW_RESP_GREETING,
                            caps && caps->utf8_accept, &again, caps);
        if (strcmp(want, got) != 0)
            ck_abort_msg("round trip differs:\n%.*s\nwant %s\ngot  %s",
                         (int)out.len, (const char *)out.buf, want, got);
        ck_assert_uint_eq(again.len, out.len);
        ck_assert(memcmp(again.buf, out.buf, out.len) == 0);
        free(want);
        free(got);
        imw_out_free(&again);
    }
    imw_out_free(&out);
    return rc;
}

/* ---- the test data -------------------------------------------------------------- */

struct data_file {
    const char *name;
    size_t min_built;   /* at least this many responses rebuilt */
    size_t refused;     /* exactly this many refused, for the reasons below */
};

/* What may be refused, and why: a text that starts with "[" without a code
 * (RFC 9051's example of a code broken by a line end), a mailbox name in
 * raw 8-bit (no canonical form without UTF8=ACCEPT), a multipart without
 * parts (Gmail's quirk; there is no strict form of it). */
static const char *const allowed_refusals[] = {
    "text starts with '[' but there is no code",
    "mailbox name is not canonical modified UTF-7",
    "a multipart without parts",
};

static int refusal_allowed(const char *reason)
{
    for (size_t i = 0; i < sizeof allowed_refusals / sizeof *allowed_refusals; i++)
        if (reason && strcmp(reason, allowed_refusals[i]) == 0)
            return 1;
    return 0;
}

static void round_trip_file(const struct data_file *f)
{
    char path[512];
    size_t len, built = 0, refused = 0;
    snprintf(path, sizeof path, "%s/%s", TEST_DATA_DIR, f->name);
    char *data = imw_test_read_file(path, &len);
    imw_parser *p = imw_parser_new(IMW_SIDE_CLIENT);
    imw_parser_set_option(p, IMW_OPTION_EXPECT_GREETING, 0);
    ck_assert_int_eq(imw_parser_feed(p, data, len), 0);
    const struct imw_response *r;
    int rc;
    while ((rc = imw_parser_next(p, &r)) != 0) {
        if (rc < 0)
            continue; /* rfc-examples.responses: comment lines */
        struct imw_out out;
        imw_out_init_growing(&out, NULL);
        if (build(&out, r, NULL) == 0) {
            ck_assert_int_eq(round_trip(r, NULL), 0);
            built++;
        } else {
            if (!refusal_allowed(out.reason))
                ck_abort_msg("%s: refused: %s: %.*s", f->name, out.reason,
                             (int)r->raw.len, (const char *)r->raw.ptr);
            refused++;
        }
        imw_out_free(&out);
    }
    imw_parser_free(p);
    free(data);
    ck_assert_msg(built >= f->min_built, "%s: only %zu rebuilt", f->name, built);
    ck_assert_msg(refused == f->refused, "%s: %zu refused", f->name, refused);
}

START_TEST(test_data_round_trips)
{
    static const struct data_file files[] = {
        { "rfc-examples.responses", 630, 2 },
        { "dovecot-full.responses", 671, 0 },
        { "dovecot-full.conn2.responses", 22, 0 },
        { "dovecot-session.responses", 55, 0 },
        { "dovecot-bigfetch.responses", 19, 0 },
        { "client-fetchmail.responses", 53, 0 },
        { "client-imaplib.responses", 375, 0 },
        { "client-imaplib.conn2.responses", 12, 0 },
        { "client-imaplib.conn3.responses", 10, 0 },
        { "client-mbsync.responses", 101, 0 },
        { "client-mbsync.conn2.responses", 103, 0 },
        { "server-quirks.responses", 4, 3 },
    };
    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++)
        round_trip_file(&files[i]);
}
END_TEST

/* The 8-bit mailbox name of the RFC examples has a form under UTF8=ACCEPT. */
START_TEST(test_utf8_mailbox_round_trip)
{
    static const char msg[] = "* LIST () \"/\" \"\xc3\x91" "and\xc3\xba\"\r\n";
    struct imw_build_caps utf8 = { .utf8_accept = 1 };
    imw_parser *p = imw_parser_new(IMW_SIDE_CLIENT);
    imw_parser_set_option(p, IMW_OPTION_EXPECT_GREETING, 0);
    imw_parser_set_option(p, IMW_OPTION_UTF8, 1);
    ck_assert_int_eq(imw_parser_feed(p, msg, sizeof msg - 1), 0);
    const struct imw_response *r;
    ck_assert_int_eq(imw_parser_next(p, &r), 1);
    ck_assert_int_eq(round_trip(r, NULL), IMW_ERR_INVALID_ARGUMENT);
    ck_assert_int_eq(round_trip(r, &utf8), 0);
    imw_parser_free(p);
}
END_TEST

/* ---- seeded random values -------------------------------------------------------
 *
 * IMW_RT_SEED and IMW_RT_COUNT (values per kind) allow longer runs; the
 * values live in a bump pool that is reset for each one. */

static uint64_t rng_state;

static uint64_t rnd(void)
{
    uint64_t x = rng_state; /* xorshift64 */
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    return rng_state = x;
}

static unsigned below(unsigned n) { return (unsigned)(rnd() % n); }

static uint8_t pool[1 << 20];
static size_t pool_used;

static void *take(size_t n)
{
    n = (n + 15) & ~(size_t)15;
    ck_assert(pool_used + n <= sizeof pool);
    void *p = pool + pool_used;
    pool_used += n;
    memset(p, 0, n);
    return p;
}

static uint64_t extreme(uint64_t max)
{
    static const uint64_t picks[] = { 0, 1, 4294967295u, 9223372036854775807u };
    uint64_t v = below(2) ? picks[below(4)] : rnd() % (max + (max < UINT64_MAX));
    return v > max ? max : v;
}

/* A string: printable, or with CR/LF/8-bit octets (never NUL: no nstring
 * holds it). */
static imw_bytes rand_string(int nasty)
{
    size_t n = below(12);
    uint8_t *p = take(n + 1);
    for (size_t i = 0; i < n; i++) {
        p[i] = (uint8_t)(0x20 + below(0x5f));
        if (nasty && below(5) == 0) {
            static const uint8_t odd[] = { '\r', '\n', 0x80, 0xff, '"', '\\', 0x01 };
            p[i] = odd[below(sizeof odd)];
        }
    }
    return (imw_bytes){ p, n };
}

static imw_bytes rand_nstring(void)
{
    return below(4) == 0 ? (imw_bytes){ NULL, 0 } : rand_string(1);
}

static struct imw_response *new_response(enum imw_response_kind kind)
{
    struct imw_response *r = take(sizeof *r);
    r->kind = kind;
    r->name = (imw_bytes){ (const uint8_t *)"", 0 };
    return r;
}

/* The keyword the parser reports in `name`. */
static void set_name(struct imw_response *r, const char *kw)
{
    r->name = (imw_bytes){ (const uint8_t *)kw, strlen(kw) };
}

static struct imw_response *rand_status(void)
{
    static const char *const kw[] = { "OK", "NO", "BAD", "BYE" };
    struct imw_response *r = new_response(IMW_RESP_STATUS);
    r->u.status.status = (enum imw_status)below(4);
    set_name(r, kw[r->u.status.status]);
    if (r->u.status.status != IMW_STATUS_BYE && below(2))
        r->tag = B("a001");
    r->u.status.text.text = B("done it");
    if (below(2)) {
        struct imw_resp_code *c = take(sizeof *c);
        static const enum imw_code_kind kinds[] = {
            IMW_CODE_UIDNEXT, IMW_CODE_UIDVALIDITY, IMW_CODE_UNSEEN,
            IMW_CODE_HIGHESTMODSEQ, IMW_CODE_ALERT, IMW_CODE_TRYCREATE,
        };
        c->kind = kinds[below(6)];
        const char *name = imw_code_kind_name(c->kind);
        c->name = (imw_bytes){ (const uint8_t *)name, strlen(name) };
        c->u.number = (uint32_t)(1 + extreme(4294967294u));
        if (c->kind == IMW_CODE_HIGHESTMODSEQ)
            c->u.modseq = 1 + extreme(9223372036854775806u);
        r->u.status.text.code = c;
    }
    return r;
}

static struct imw_response *rand_numbered(void)
{
    static const char *const kw[] = { "EXISTS", "RECENT", "EXPUNGE" };
    unsigned k = below(3);
    struct imw_response *r = new_response((enum imw_response_kind[]){
        IMW_RESP_EXISTS, IMW_RESP_RECENT, IMW_RESP_EXPUNGE }[k]);
    set_name(r, kw[k]);
    r->u.number = (uint32_t)extreme(4294967295u);
    if (k == 2 && r->u.number == 0)
        r->u.number = 1;
    return r;
}

static struct imw_response *rand_search(void)
{
    int sort = below(2);
    struct imw_response *r = new_response(sort ? IMW_RESP_SORT : IMW_RESP_SEARCH);
    set_name(r, sort ? "SORT" : "SEARCH");
    struct imw_search *s = take(sizeof *s);
    s->count = below(6);
    uint32_t *n = take(s->count * sizeof *n + 1);
    for (size_t i = 0; i < s->count; i++)
        n[i] = (uint32_t)(1 + extreme(4294967294u));
    s->numbers = n;
    if ((s->has_modseq = s->count && below(2)))
        s->modseq = 1 + extreme(9223372036854775806u);
    r->u.search = s;
    return r;
}

static struct imw_response *rand_id(void)
{
    struct imw_response *r = new_response(IMW_RESP_ID);
    set_name(r, "ID");
    struct imw_id *id = take(sizeof *id);
    id->is_nil = below(5) == 0;
    if (!id->is_nil) {
        id->count = 1 + below(4);
        struct imw_id_param *p = take(id->count * sizeof *p);
        for (size_t i = 0; i < id->count; i++) {
            p[i].name = rand_string(1);
            p[i].value = rand_nstring();
        }
        id->params = p;
    }
    r->u.id = id;
    return r;
}

static struct imw_response *rand_quota(void)
{
    static const char *const names[] = { "STORAGE", "MESSAGE", "X-FOO" };
    static const enum imw_quota_resource_kind kinds[] = {
        IMW_QUOTA_STORAGE, IMW_QUOTA_MESSAGE, IMW_QUOTA_OTHER };
    struct imw_response *r = new_response(IMW_RESP_QUOTA);
    set_name(r, "QUOTA");
    struct imw_quota *q = take(sizeof *q);
    q->root = rand_string(1);
    q->count = 1 + below(3);
    struct imw_quota_resource *res = take(q->count * sizeof *res + 1);
    for (size_t i = 0; i < q->count; i++) {
        unsigned k = below(3);
        res[i].kind = kinds[k];
        res[i].name = (imw_bytes){ (const uint8_t *)names[k], strlen(names[k]) };
        res[i].usage = extreme(9223372036854775807u);
        res[i].limit = extreme(9223372036854775807u);
    }
    q->resources = res;
    r->u.quota = q;
    return r;
}

static void rand_thread_node(struct imw_thread_node *n, int depth)
{
    n->number = (uint32_t)(1 + extreme(4294967294u));
    if (depth > 40 || below(3) == 0)
        return;
    n->count = below(4) ? 1 : 2 + below(2);
    struct imw_thread_node *c = take(n->count * sizeof *c);
    for (size_t i = 0; i < n->count; i++)
        rand_thread_node(&c[i], depth + 1);
    n->children = c;
}

static struct imw_response *rand_thread(void)
{
    struct imw_response *r = new_response(IMW_RESP_THREAD);
    set_name(r, "THREAD");
    struct imw_thread *t = take(sizeof *t);
    t->count = below(4);
    struct imw_thread_node *roots = take(t->count * sizeof *roots + 1);
    for (size_t i = 0; i < t->count; i++)
        rand_thread_node(&roots[i], 0);
    t->threads = roots;
    r->u.thread = t;
    return r;
}

static struct imw_address_list rand_addresses(void)
{
    struct imw_address_list l = { .is_nil = below(3) == 0 };
    if (l.is_nil)
        return l;
    l.count = 1 + below(3);
    struct imw_address *a = take(l.count * sizeof *a);
    for (size_t i = 0; i < l.count; i++) {
        a[i].name = rand_nstring();
        a[i].adl = (imw_bytes){ NULL, 0 };
        a[i].mailbox = rand_string(1);
        a[i].host = rand_string(1);
    }
    l.items = a;
    return l;
}

static struct imw_envelope *rand_envelope(void)
{
    struct imw_envelope *e = take(sizeof *e);
    e->date = rand_nstring();
    e->subject = rand_nstring();
    e->from = rand_addresses();
    e->sender = rand_addresses();
    e->reply_to = rand_addresses();
    e->to = rand_addresses();
    e->cc = rand_addresses();
    e->bcc = rand_addresses();
    e->in_reply_to = rand_nstring();
    e->message_id = rand_nstring();
    return e;
}

static void rand_more_item(struct imw_fetch_item *it);

static void rand_fetch_item(struct imw_fetch_item *it)
{
    switch (below(7)) {
    case 0:
        it->kind = IMW_FETCH_UID;
        it->name = B("UID");
        it->u.uid = (uint32_t)(1 + extreme(4294967294u));
        break;
    case 1:
        it->kind = IMW_FETCH_RFC822_SIZE;
        it->name = B("RFC822.SIZE");
        it->u.size = extreme(9223372036854775807u);
        break;
    case 2:
        it->kind = IMW_FETCH_MODSEQ;
        it->name = B("MODSEQ");
        it->u.modseq = 1 + extreme(9223372036854775806u);
        break;
    case 3:
        it->kind = IMW_FETCH_GM_MSGID;
        it->name = B("X-GM-MSGID");
        it->u.gm_id = extreme(UINT64_MAX);
        break;
    case 4:
        it->kind = IMW_FETCH_ENVELOPE;
        it->name = B("ENVELOPE");
        it->u.envelope = rand_envelope();
        break;
    case 5:
        rand_more_item(it);
        break;
    default: {
        struct imw_body_section *s = take(sizeof *s);
        s->data = rand_nstring();
        s->size = s->data.len;
        it->kind = IMW_FETCH_BODY_SECTION;
        it->name = B("BODY[]");
        it->u.section = s;
        break;
    }
    }
}

static struct imw_response *rand_fetch(void)
{
    struct imw_response *r = new_response(IMW_RESP_FETCH);
    set_name(r, "FETCH");
    struct imw_fetch *f = take(sizeof *f);
    f->number = (uint32_t)(1 + extreme(4294967294u));
    f->count = 1 + below(5);
    struct imw_fetch_item *items = take(f->count * sizeof *items);
    for (size_t i = 0; i < f->count; i++)
        rand_fetch_item(&items[i]);
    f->items = items;
    r->u.fetch = f;
    return r;
}

/* ---- more kinds: codes, mailbox data, extensions ---- */

static imw_bytes cstr(const char *s)
{
    return (imw_bytes){ (const uint8_t *)s, strlen(s) };
}

/* A printf'd name in the pool. */
static imw_bytes pool_printf(const char *fmt, unsigned long long a)
{
    char *p = take(64);
    snprintf(p, 64, fmt, a);
    return cstr(p);
}

/* A mailbox name with a trivial UTF-8 reading (printable, no "&"), as the
 * parser reports it. */
static struct imw_mailbox rand_mailbox(void)
{
    static const char *const names[] = { "Sent", "a b", "Dir/Sub", "q\"uote",
                                          "", "back\\slash", "INBOXX" };
    struct imw_mailbox m = { .name = cstr(names[below(7)]) };
    m.utf8 = m.name;
    return m;
}

static struct imw_flag_list rand_flags(int wildcard)
{
    static const struct imw_flag flags[] = {
        { IMW_FLAG_SEEN, { (const uint8_t *)"\\Seen", 5 } },
        { IMW_FLAG_DELETED, { (const uint8_t *)"\\Deleted", 8 } },
        { IMW_FLAG_EXTENSION, { (const uint8_t *)"\\XExt", 5 } },
        { IMW_FLAG_KEYWORD, { (const uint8_t *)"$Junk", 5 } },
        { IMW_FLAG_WILDCARD, { (const uint8_t *)"\\*", 2 } },
    };
    struct imw_flag_list l = { .count = below(5) };
    struct imw_flag *f = take(l.count * sizeof *f + 1);
    for (size_t i = 0; i < l.count; i++)
        f[i] = flags[below(wildcard ? 5 : 4)];
    l.items = f;
    return l;
}

static struct imw_capability_list rand_caps(void)
{
    static const struct imw_capability caps[] = {
        { IMW_CAP_IMAP4REV1, { (const uint8_t *)"IMAP4rev1", 9 }, { NULL, 0 } },
        { IMW_CAP_AUTH, { (const uint8_t *)"AUTH=PLAIN", 10 },
          { (const uint8_t *)"PLAIN", 5 } },
        { IMW_CAP_OTHER, { (const uint8_t *)"XFOO", 4 }, { NULL, 0 } },
        { IMW_CAP_IDLE, { (const uint8_t *)"IDLE", 4 }, { NULL, 0 } },
    };
    struct imw_capability_list l = { .count = 1 + below(4) };
    struct imw_capability *c = take(l.count * sizeof *c);
    for (size_t i = 0; i < l.count; i++)
        c[i] = caps[below(4)];
    l.items = c;
    return l;
}

static struct imw_seq_set rand_set(void)
{
    struct imw_seq_set s = { .count = 1 + below(4) };
    struct imw_seq_range *r = take(s.count * sizeof *r);
    for (size_t i = 0; i < s.count; i++) {
        r[i].first = (uint32_t)(1 + extreme(4294967294u));
        r[i].last = below(2) ? r[i].first : (uint32_t)(1 + extreme(4294967294u));
    }
    s.ranges = r;
    return s;
}

/* body-extension: nstring, number or a list of them. */
static struct imw_value rand_value(int depth)
{
    struct imw_value v = { .kind = (enum imw_value_kind)(1 + below(depth > 8 ? 3 : 4)) };
    switch (v.kind) {
    case IMW_VALUE_NUMBER:
        v.number = extreme(4294967295u);
        v.bytes = pool_printf("%llu", (unsigned long long)v.number);
        break;
    case IMW_VALUE_STRING: v.bytes = rand_string(1); break;
    case IMW_VALUE_NIL:    break;
    default: {
        v.count = 1 + below(3);
        struct imw_value *items = take(v.count * sizeof *items);
        for (size_t i = 0; i < v.count; i++)
            items[i] = rand_value(depth + 1);
        v.items = items;
        break;
    }
    }
    return v;
}

/* RFC 4466 tagged-ext-val: a number, or a list of astrings and lists. */
static struct imw_value rand_ext_comp(int depth)
{
    struct imw_value v = { .kind = IMW_VALUE_LIST };
    switch (depth > 6 ? below(2) : below(3)) {
    case 0:
        v.kind = IMW_VALUE_ATOM;
        v.bytes = B("FOO");
        return v;
    case 1:
        v.kind = IMW_VALUE_STRING;
        v.bytes = rand_string(1);
        return v;
    default:
        v.count = 1 + below(3);
        struct imw_value *items = take(v.count * sizeof *items);
        for (size_t i = 0; i < v.count; i++)
            items[i] = rand_ext_comp(depth + 1);
        v.items = items;
        return v;
    }
}

static struct imw_generic rand_ext_generic(const char *name)
{
    struct imw_generic g = { .name = cstr(name), .count = 1 };
    struct imw_value *v = take(sizeof *v);
    if (below(2)) {
        v->kind = IMW_VALUE_NUMBER;
        v->number = extreme(9223372036854775807u);
        v->bytes = pool_printf("%llu", (unsigned long long)v->number);
    } else {
        *v = rand_ext_comp(0);
        if (v->kind != IMW_VALUE_LIST)
            *v = (struct imw_value){ .kind = IMW_VALUE_LIST, .items = v + 0,
                                     .count = 0 };
    }
    g.args = v;
    return g;
}

static const struct imw_resp_code *rand_code(void)
{
    struct imw_resp_code *c = take(sizeof *c);
    switch (below(9)) {
    case 0:
        c->kind = IMW_CODE_CAPABILITY;
        c->u.capabilities = rand_caps();
        break;
    case 1:
        c->kind = IMW_CODE_PERMANENTFLAGS;
        c->u.flags = rand_flags(1);
        break;
    case 2:
        c->kind = IMW_CODE_MODIFIED;
        c->u.set = rand_set();
        break;
    case 3: {
        struct imw_code_appenduid *a = take(sizeof *a);
        a->uidvalidity = (uint32_t)(1 + extreme(4294967294u));
        a->uids = rand_set();
        c->kind = IMW_CODE_APPENDUID;
        c->u.appenduid = a;
        break;
    }
    case 4: {
        struct imw_code_copyuid *cu = take(sizeof *cu);
        cu->uidvalidity = (uint32_t)(1 + extreme(4294967294u));
        cu->source = rand_set();
        cu->dest = rand_set();
        c->kind = IMW_CODE_COPYUID;
        c->u.copyuid = cu;
        break;
    }
    case 5:
        c->kind = IMW_CODE_MAILBOXID;
        c->u.text = cstr("F2212ea87-6097-4256-9d51-71338625");
        break;
    case 6: {
        struct imw_code_metadata *m = take(sizeof *m);
        m->kind = below(2) ? IMW_METADATA_CODE_MAXSIZE : IMW_METADATA_CODE_TOOMANY;
        m->number = m->kind == IMW_METADATA_CODE_MAXSIZE
                    ? (uint32_t)extreme(4294967295u) : 0;
        c->kind = IMW_CODE_METADATA;
        c->u.metadata = m;
        break;
    }
    case 7: {
        c->kind = IMW_CODE_BADCHARSET;
        c->u.charsets.count = below(3);
        imw_bytes *cs = take(c->u.charsets.count * sizeof *cs + 1);
        for (size_t i = 0; i < c->u.charsets.count; i++)
            cs[i] = cstr(below(2) ? "UTF-8" : "ISO 8859-1");
        c->u.charsets.items = cs;
        break;
    }
    default: {
        /* values that fit in a code; u.text is their text as written */
        static const struct imw_value inner[] = {
            { .kind = IMW_VALUE_ATOM, .bytes = { (const uint8_t *)"FOO", 3 } },
            { .kind = IMW_VALUE_NUMBER, .number = 9223372036854775807u,
              .bytes = { (const uint8_t *)"9223372036854775807", 19 } },
        };
        static const struct imw_value values[] = {
            { .kind = IMW_VALUE_STRING, .bytes = { (const uint8_t *)"a \"b", 4 } },
            { .kind = IMW_VALUE_NIL },
            { .kind = IMW_VALUE_LIST, .items = inner, .count = 2 },
            { .kind = IMW_VALUE_ATOM, .bytes = { (const uint8_t *)"\\Bar", 4 } },
        };
        c->kind = IMW_CODE_OTHER;
        c->name = cstr("X-VALUES");
        c->generic.name = c->name;
        c->generic.args = values + below(4);
        c->generic.count = 1 + below((unsigned)(values + 4 - c->generic.args));
        char *text = take(128);
        struct imw_out out;
        imw_out_init(&out, text, 127);
        ck_assert_int_eq(imw_out_values(&out, c->generic.args, c->generic.count,
                                        NULL), 0);
        c->u.text = (imw_bytes){ (const uint8_t *)text + 1, out.len - 1 };
        break;
    }
    }
    if (c->kind != IMW_CODE_OTHER)
        c->name = cstr(imw_code_kind_name(c->kind));
    return c;
}

static struct imw_response *rand_greeting(void)
{
    static const enum imw_status st[] = { IMW_STATUS_OK, IMW_STATUS_PREAUTH,
                                          IMW_STATUS_BYE };
    static const char *const kw[] = { "OK", "PREAUTH", "BYE" };
    unsigned k = below(3);
    /* untagged PREAUTH always reads as a greeting */
    struct imw_response *r = new_response(k == 1 || below(2) ? IMW_RESP_GREETING
                                                             : IMW_RESP_STATUS);
    r->u.status.status = st[k];
    set_name(r, kw[k]);
    if (r->kind == IMW_RESP_STATUS && k == 0)
        r->tag = B("T.1");
    r->u.status.text.code = rand_code();
    r->u.status.text.text = below(3) ? B("hello [there] \x7e") : B("");
    return r;
}

static struct imw_response *rand_continue(void)
{
    struct imw_response *r = new_response(IMW_RESP_CONTINUE);
    set_name(r, "+");
    struct imw_continue *c = &r->u.cont;
    if (below(2)) {
        static const char *const b64[] = { "", "YQ==", "dGVzdA==", "AAEC" };
        c->is_base64 = 1;
        c->base64 = cstr(b64[below(4)]);
        /* the parser's other reading of the same text */
        c->text.text = c->base64;
    } else {
        c->text.text = B("send literal data");
        if (below(2))
            c->text.code = rand_code();
    }
    return r;
}

static struct imw_response *rand_caps_response(void)
{
    int enabled = below(2);
    struct imw_response *r = new_response(enabled ? IMW_RESP_ENABLED
                                                  : IMW_RESP_CAPABILITY);
    set_name(r, enabled ? "ENABLED" : "CAPABILITY");
    r->u.capabilities = rand_caps();
    return r;
}

static struct imw_response *rand_flags_response(void)
{
    struct imw_response *r = new_response(IMW_RESP_FLAGS);
    set_name(r, "FLAGS");
    r->u.flags = rand_flags(0);
    return r;
}

static struct imw_response *rand_list(void)
{
    static const struct imw_mailbox_attr attrs[] = {
        { IMW_MBOX_ATTR_NOSELECT, { (const uint8_t *)"\\Noselect", 9 } },
        { IMW_MBOX_ATTR_HASCHILDREN, { (const uint8_t *)"\\HasChildren", 12 } },
        { IMW_MBOX_ATTR_OTHER, { (const uint8_t *)"\\XOwn", 5 } },
    };
    int lsub = below(2);
    struct imw_response *r = new_response(lsub ? IMW_RESP_LSUB : IMW_RESP_LIST);
    set_name(r, lsub ? "LSUB" : "LIST");
    struct imw_list_data *l = take(sizeof *l);
    l->attributes.count = below(3);
    struct imw_mailbox_attr *a = take(l->attributes.count * sizeof *a + 1);
    for (size_t i = 0; i < l->attributes.count; i++)
        a[i] = attrs[below(3)];
    l->attributes.items = a;
    if ((l->has_delimiter = below(3) != 0))
        l->delimiter = below(2) ? '/' : '\\';
    l->mailbox = rand_mailbox();
    r->u.list = l;
    return r;
}

static struct imw_response *rand_mailbox_status(void)
{
    static const enum imw_status_item_kind kinds[] = {
        IMW_STATUS_ITEM_MESSAGES, IMW_STATUS_ITEM_UIDNEXT,
        IMW_STATUS_ITEM_HIGHESTMODSEQ, IMW_STATUS_ITEM_SIZE,
        IMW_STATUS_ITEM_APPENDLIMIT, IMW_STATUS_ITEM_MAILBOXID,
    };
    struct imw_response *r = new_response(IMW_RESP_MAILBOX_STATUS);
    set_name(r, "STATUS");
    struct imw_mailbox_status *st = take(sizeof *st);
    st->mailbox = rand_mailbox();
    st->count = below(5);
    struct imw_status_item *it = take(st->count * sizeof *it + 1);
    for (size_t i = 0; i < st->count; i++) {
        it[i].kind = kinds[below(6)];
        it[i].name = cstr(imw_status_item_name(it[i].kind));
        switch (it[i].kind) {
        case IMW_STATUS_ITEM_MESSAGES:
            it[i].number = extreme(4294967295u);
            break;
        case IMW_STATUS_ITEM_UIDNEXT:
            it[i].number = 1 + extreme(4294967294u);
            break;
        case IMW_STATUS_ITEM_APPENDLIMIT:
            if (!(it[i].is_nil = below(2)))
                it[i].number = extreme(4294967295u);
            break;
        case IMW_STATUS_ITEM_MAILBOXID:
            it[i].bytes = cstr("Mb-1_x");
            break;
        default:
            it[i].number = extreme(9223372036854775807u);
            break;
        }
    }
    st->items = it;
    r->u.mailbox_status = st;
    return r;
}

static struct imw_response *rand_esearch(void)
{
    struct imw_response *r = new_response(IMW_RESP_ESEARCH);
    set_name(r, "ESEARCH");
    struct imw_esearch *es = take(sizeof *es);
    if ((es->has_tag = below(2)))
        es->tag = rand_string(1);
    es->uid = below(2);
    if ((es->has_min = below(2)))
        es->min = (uint32_t)(1 + extreme(4294967294u));
    if ((es->has_max = below(2)))
        es->max = (uint32_t)(1 + extreme(4294967294u));
    if ((es->has_count = below(2)))
        es->count = (uint32_t)extreme(4294967295u);
    if ((es->has_all = below(2)))
        es->all = rand_set();
    if ((es->has_modseq = below(2)))
        es->modseq = 1 + extreme(9223372036854775806u);
    if (below(2)) {
        struct imw_generic *g = take(sizeof *g);
        *g = rand_ext_generic("XFOO");
        es->others = g;
        es->nothers = 1;
    }
    r->u.esearch = es;
    return r;
}

static struct imw_response *rand_vanished(void)
{
    struct imw_response *r = new_response(IMW_RESP_VANISHED);
    set_name(r, "VANISHED");
    struct imw_vanished *v = take(sizeof *v);
    v->earlier = below(2);
    v->uids = rand_set();
    r->u.vanished = v;
    return r;
}

static struct imw_namespace_list rand_namespace_list(void)
{
    struct imw_namespace_list l = { .is_nil = below(3) == 0 };
    if (l.is_nil)
        return l;
    l.count = 1 + below(2);
    struct imw_namespace_descr *d = take(l.count * sizeof *d);
    for (size_t i = 0; i < l.count; i++) {
        d[i].prefix = rand_string(1);
        if ((d[i].has_delimiter = below(2)))
            d[i].delimiter = '.';
        if (below(2)) {
            struct imw_namespace_extension *e = take(sizeof *e);
            imw_bytes *vals = take(2 * sizeof *vals);
            vals[0] = rand_string(1);
            vals[1] = rand_string(0);
            e->name = cstr("TRANSLATION");
            e->values = (struct imw_string_list){ vals, 1 + below(2) };
            d[i].extensions = e;
            d[i].nextensions = 1;
        }
    }
    l.items = d;
    return l;
}

static struct imw_response *rand_namespace(void)
{
    struct imw_response *r = new_response(IMW_RESP_NAMESPACE);
    set_name(r, "NAMESPACE");
    struct imw_namespace *ns = take(sizeof *ns);
    ns->personal = rand_namespace_list();
    ns->other_users = rand_namespace_list();
    ns->shared = rand_namespace_list();
    r->u.namespace_ = ns;
    return r;
}

static struct imw_string_list rand_astrings(size_t max)
{
    struct imw_string_list l = { .count = below((unsigned)max + 1) };
    imw_bytes *items = take(l.count * sizeof *items + 1);
    for (size_t i = 0; i < l.count; i++)
        items[i] = rand_string(1);
    l.items = items;
    return l;
}

static struct imw_response *rand_rights(void)
{
    struct imw_response *r;
    switch (below(4)) {
    case 0: {
        r = new_response(IMW_RESP_QUOTAROOT);
        set_name(r, "QUOTAROOT");
        struct imw_quotaroot *q = take(sizeof *q);
        q->mailbox = rand_mailbox();
        q->roots = rand_astrings(3);
        r->u.quotaroot = q;
        break;
    }
    case 1: {
        r = new_response(IMW_RESP_ACL);
        set_name(r, "ACL");
        struct imw_acl *acl = take(sizeof *acl);
        acl->mailbox = rand_mailbox();
        acl->count = below(3);
        struct imw_acl_entry *e = take(acl->count * sizeof *e + 1);
        for (size_t i = 0; i < acl->count; i++) {
            e[i].identifier = rand_string(1);
            e[i].rights = rand_string(0);
        }
        acl->entries = e;
        r->u.acl = acl;
        break;
    }
    case 2: {
        r = new_response(IMW_RESP_LISTRIGHTS);
        set_name(r, "LISTRIGHTS");
        struct imw_listrights *lr = take(sizeof *lr);
        lr->mailbox = rand_mailbox();
        lr->identifier = rand_string(1);
        lr->required = rand_string(0);
        lr->optional = rand_astrings(3);
        r->u.listrights = lr;
        break;
    }
    default: {
        r = new_response(IMW_RESP_MYRIGHTS);
        set_name(r, "MYRIGHTS");
        struct imw_myrights *mr = take(sizeof *mr);
        mr->mailbox = rand_mailbox();
        mr->rights = rand_string(0);
        r->u.myrights = mr;
        break;
    }
    }
    return r;
}

static struct imw_response *rand_metadata(void)
{
    struct imw_response *r = new_response(IMW_RESP_METADATA);
    set_name(r, "METADATA");
    struct imw_metadata *md = take(sizeof *md);
    md->mailbox = rand_mailbox();
    md->has_values = below(2);
    md->count = 1 + below(3);
    struct imw_metadata_entry *e = take(md->count * sizeof *e);
    for (size_t i = 0; i < md->count; i++) {
        e[i].name = cstr(below(2) ? "/private/comment" : "/shared/vendor/x y");
        if (md->has_values) {
            e[i].value = rand_nstring();
            if (e[i].value.len && below(4) == 0)
                ((uint8_t *)e[i].value.ptr)[0] = 0; /* literal8 */
        }
    }
    md->entries = e;
    r->u.metadata = md;
    return r;
}

/* ---- FETCH items: bodies, sections, dates, labels ---- */

static struct imw_body_params rand_params(void)
{
    struct imw_body_params p = { .is_nil = below(3) == 0 };
    if (p.is_nil)
        return p;
    p.count = 1 + below(2);
    struct imw_body_param *items = take(p.count * sizeof *items);
    for (size_t i = 0; i < p.count; i++) {
        items[i].name = below(2) ? B("CHARSET") : rand_string(1);
        items[i].value = rand_string(1);
    }
    p.items = items;
    return p;
}

static void rand_body_ext(struct imw_body *b)
{
    struct imw_body_ext *x = &b->ext;
    x->fields = below(5);
    if (b->kind == IMW_BODY_MULTIPART)
        x->params = rand_params();
    else
        x->md5 = rand_nstring();
    if ((x->disposition.is_nil = below(3) == 0) == 0) {
        x->disposition.type = below(2) ? B("inline") : rand_string(1);
        x->disposition.params = rand_params();
    }
    struct imw_body_language *l = &x->language;
    switch (below(3)) {
    case 0: l->is_nil = 1; break;
    case 1: l->count = 1; break;
    default: l->is_list = 1; l->count = 1 + below(3); break;
    }
    imw_bytes *langs = take(3 * sizeof *langs);
    for (size_t i = 0; i < l->count; i++)
        langs[i] = rand_string(1);
    l->items = langs;
    x->location = rand_nstring();
    if (x->fields == 4 && below(2)) {
        x->extension_count = 1 + below(3);
        struct imw_value *v = take(x->extension_count * sizeof *v);
        for (size_t i = 0; i < x->extension_count; i++)
            v[i] = rand_value(0);
        x->extensions = v;
    }
}

static struct imw_envelope *rand_envelope(void);

static void rand_body(struct imw_body *b, int depth, int ext)
{
    b->kind = (enum imw_body_kind)below(depth > 5 ? 2 : 4);
    switch (b->kind) {
    case IMW_BODY_MULTIPART: {
        b->part_count = 1 + below(3);
        struct imw_body *parts = take(b->part_count * sizeof *parts);
        for (size_t i = 0; i < b->part_count; i++)
            rand_body(&parts[i], depth + 1, ext);
        b->parts = parts;
        b->subtype = below(2) ? B("MIXED") : rand_string(1);
        break;
    }
    case IMW_BODY_MESSAGE: {
        struct imw_body *inner = take(sizeof *inner);
        rand_body(inner, depth + 1, ext);
        b->type = B("MESSAGE");
        b->subtype = B("RFC822");
        b->envelope = rand_envelope();
        b->body = inner;
        b->lines = (uint32_t)extreme(4294967295u);
        break;
    }
    case IMW_BODY_TEXT:
        b->type = below(2) ? B("TEXT") : B("text");
        b->subtype = rand_string(1);
        b->lines = (uint32_t)extreme(4294967295u);
        break;
    default:
        b->type = B("APPLICATION");
        b->subtype = rand_string(1);
        break;
    }
    if (b->kind != IMW_BODY_MULTIPART) {
        b->params = rand_params();
        b->id = rand_nstring();
        b->description = rand_nstring();
        b->encoding = below(2) ? B("BASE64") : rand_string(1);
        b->octets = (uint32_t)extreme(4294967295u);
    }
    if (ext)
        rand_body_ext(b);
}

static struct imw_datetime rand_datetime(void)
{
    return (struct imw_datetime){
        .year = (int)below(10000), .month = 1 + (int)below(12),
        .day = 1 + (int)below(28), .hour = (int)below(24),
        .minute = (int)below(60), .second = (int)below(61),
        .zone_minutes = (int)below(2 * (23 * 60 + 59) + 1) - (23 * 60 + 59),
    };
}

/* BODY[1.2.HEADER.FIELDS (A B)]<n> or BINARY[1.2]: the section and the
 * item's name, written here independently of the builder. */
static struct imw_body_section *rand_section(int binary, imw_bytes *name)
{
    static const enum imw_section_text texts[] = {
        IMW_SECTION_NONE, IMW_SECTION_HEADER, IMW_SECTION_HEADER_FIELDS,
        IMW_SECTION_HEADER_FIELDS_NOT, IMW_SECTION_TEXT, IMW_SECTION_MIME,
    };
    struct imw_body_section *s = take(sizeof *s);
    struct imw_section *sec = &s->section;
    char *spec = take(256), *n = take(300);
    size_t len = 0;
    sec->part_count = below(4);
    uint32_t *parts = take(4 * sizeof *parts);
    for (size_t i = 0; i < sec->part_count; i++) {
        parts[i] = (uint32_t)(1 + extreme(4294967294u));
        len += (size_t)snprintf(spec + len, 256 - len, "%s%lu", i ? "." : "",
                                (unsigned long)parts[i]);
    }
    sec->parts = parts;
    sec->text = binary ? IMW_SECTION_NONE : texts[below(sec->part_count ? 6 : 5)];
    if (sec->text != IMW_SECTION_NONE)
        len += (size_t)snprintf(spec + len, 256 - len, "%s%s",
                                sec->part_count ? "." : "",
                                imw_section_text_name(sec->text));
    if (sec->text == IMW_SECTION_HEADER_FIELDS ||
        sec->text == IMW_SECTION_HEADER_FIELDS_NOT) {
        imw_bytes *fields = take(2 * sizeof *fields);
        fields[0] = B("Subject");
        fields[1] = B("X-Y");
        sec->fields = (struct imw_string_list){ fields, 1 + below(2) };
        len += (size_t)snprintf(spec + len, 256 - len, " (%s)",
                                sec->fields.count == 2 ? "Subject X-Y" : "Subject");
    }
    sec->raw = (imw_bytes){ (const uint8_t *)spec, len };
    int nlen = snprintf(n, 300, "%s[%s]", binary ? "BINARY" : "BODY", spec);
    if ((s->has_origin = below(2))) {
        s->origin = (uint32_t)extreme(4294967295u);
        nlen += snprintf(n + nlen, 300 - (size_t)nlen, "<%lu>",
                         (unsigned long)s->origin);
    }
    *name = (imw_bytes){ (const uint8_t *)n, (size_t)nlen };
    s->data = rand_nstring();
    if (binary && s->data.ptr && below(2)) {
        uint8_t *d = take(4);
        memcpy(d, "a\0\r\n", 4);
        s->data = (imw_bytes){ d, 4 };
        s->literal8 = 1;
    }
    s->size = s->data.len;
    return s;
}

static void rand_more_item(struct imw_fetch_item *it)
{
    static const enum imw_fetch_item_kind rfc822[] = {
        IMW_FETCH_RFC822, IMW_FETCH_RFC822_HEADER, IMW_FETCH_RFC822_TEXT };
    switch (below(11)) {
    case 9:
        it->kind = rfc822[below(3)];
        it->name = cstr(imw_fetch_item_kind_name(it->kind));
        it->u.data.data = rand_nstring();
        it->u.data.size = it->u.data.data.len;
        break;
    case 10:
        it->kind = IMW_FETCH_GM_THRID;
        it->name = B("X-GM-THRID");
        it->u.gm_id = extreme(UINT64_MAX);
        break;
    case 0:
        it->kind = IMW_FETCH_FLAGS;
        it->name = B("FLAGS");
        it->u.flags = rand_flags(0);
        break;
    case 1:
        it->kind = below(2) ? IMW_FETCH_INTERNALDATE : IMW_FETCH_SAVEDATE;
        it->name = cstr(imw_fetch_item_kind_name(it->kind));
        it->u.date.value = rand_datetime();
        if (it->kind == IMW_FETCH_INTERNALDATE || below(2))
            it->u.date.raw = B("set");
        else
            it->u.date.value = (struct imw_datetime){ 0 };
        break;
    case 2: {
        struct imw_body *b = take(sizeof *b);
        it->kind = below(2) ? IMW_FETCH_BODY : IMW_FETCH_BODYSTRUCTURE;
        it->name = cstr(it->kind == IMW_FETCH_BODY ? "BODY" : "BODYSTRUCTURE");
        rand_body(b, 0, it->kind == IMW_FETCH_BODYSTRUCTURE);
        it->u.body = b;
        break;
    }
    case 3:
        it->kind = IMW_FETCH_BODY_SECTION;
        it->u.section = rand_section(0, &it->name);
        break;
    case 4:
        it->kind = IMW_FETCH_BINARY;
        it->u.section = rand_section(1, &it->name);
        break;
    case 5: {
        struct imw_binary_size *bs = take(sizeof *bs);
        uint32_t *part = take(sizeof *part);
        *part = (uint32_t)(1 + extreme(4294967294u));
        bs->section.parts = part;
        bs->section.part_count = 1;
        bs->section.raw = pool_printf("%llu", *part);
        bs->size = (uint32_t)extreme(4294967295u);
        it->kind = IMW_FETCH_BINARY_SIZE;
        it->name = pool_printf("BINARY.SIZE[%llu]", *part);
        it->u.binary_size = bs;
        break;
    }
    case 6:
        it->kind = below(2) ? IMW_FETCH_EMAILID : IMW_FETCH_THREADID;
        it->name = cstr(imw_fetch_item_kind_name(it->kind));
        if (it->kind == IMW_FETCH_EMAILID || below(2))
            it->u.objectid = B("M6d99ac3275bb4e");
        break;
    case 7:
        it->kind = IMW_FETCH_PREVIEW;
        it->name = B("PREVIEW");
        it->u.preview.text = rand_nstring();
        break;
    default: {
        static const struct imw_gm_label labels[] = {
            { IMW_GM_LABEL_SYSTEM, { NULL, 0 }, { (const uint8_t *)"\\Inbox", 6 } },
            { IMW_GM_LABEL_USER, { NULL, 0 }, { (const uint8_t *)"Muy Imp", 7 } },
            { IMW_GM_LABEL_USER, { NULL, 0 }, { (const uint8_t *)"\\Not", 4 } },
            { IMW_GM_LABEL_USER, { NULL, 0 }, { (const uint8_t *)"", 0 } },
        };
        size_t n = below(4);
        struct imw_gm_label *l = take(n * sizeof *l + 1);
        for (size_t i = 0; i < n; i++)
            l[i] = labels[below(4)];
        it->kind = IMW_FETCH_GM_LABELS;
        it->name = B("X-GM-LABELS");
        it->u.gm_labels = (struct imw_gm_labels){ l, n };
        break;
    }
    }
}

static uint64_t env_number(const char *name, uint64_t fallback)
{
    const char *v = getenv(name);
    return v && *v ? strtoull(v, NULL, 0) : fallback;
}

START_TEST(test_random_round_trips)
{
    static struct imw_response *(*const makers[])(void) = {
        rand_status, rand_numbered, rand_search, rand_id, rand_quota,
        rand_thread, rand_fetch, rand_greeting, rand_continue,
        rand_caps_response, rand_flags_response, rand_list,
        rand_mailbox_status, rand_esearch, rand_vanished, rand_namespace,
        rand_rights, rand_metadata,
    };
    rng_state = env_number("IMW_RT_SEED", 0x9e3779b97f4a7c15u) | 1;
    uint64_t count = env_number("IMW_RT_COUNT", 2000);
    for (size_t m = 0; m < sizeof makers / sizeof makers[0]; m++)
        for (uint64_t i = 0; i < count; i++) {
            pool_used = 0;
            ck_assert_int_eq(round_trip(makers[m](), NULL), 0);
        }
}
END_TEST

/* ---- hostile input ----------------------------------------------------------------- */

static const char *refusal(const struct imw_response *r,
                           const struct imw_build_caps *caps)
{
    static struct imw_out out;
    imw_out_init(&out, NULL, 0);
    return build(&out, r, caps) == IMW_ERR_INVALID_ARGUMENT ? out.reason : NULL;
}

START_TEST(test_hostile_text)
{
    struct imw_response r = { .kind = IMW_RESP_STATUS, .tag = B("A1") };
    r.u.status.text.text = B("done\r\nA2 OK forged");
    ck_assert_str_eq(refusal(&r, NULL), "text holds NUL, CR or LF");
    r.u.status.text.text = B("a\nb");
    ck_assert_ptr_nonnull(refusal(&r, NULL));
    r.u.status.text.text = B("nul\0x");
    ck_assert_ptr_nonnull(refusal(&r, NULL));
    r.u.status.text.text = B("[ALERT] not a code");
    ck_assert_ptr_nonnull(refusal(&r, NULL));
    r.tag = B("A+1");
    r.u.status.text.text = B("ok");
    ck_assert_str_eq(refusal(&r, NULL), "'+' in a tag");
    r.tag = B("A1");
    r.u.status.status = IMW_STATUS_BYE;
    ck_assert_str_eq(refusal(&r, NULL), "BYE and PREAUTH are never tagged");
    r.u.status.status = IMW_STATUS_OK;
    /* a free-text OTHER code may not close its bracket early */
    struct imw_resp_code code = { .kind = IMW_CODE_OTHER, .name = B("XFOO"),
                                  .u.text = B("a]b") };
    r.tag = B("A1");
    r.u.status.text.code = &code;
    ck_assert_ptr_nonnull(refusal(&r, NULL));
    struct imw_response cont = { .kind = IMW_RESP_CONTINUE };
    cont.u.cont.is_base64 = 1;
    cont.u.cont.base64 = B("AB\r\nCD");
    ck_assert_str_eq(refusal(&cont, NULL), "not base64");
}
END_TEST

START_TEST(test_hostile_mailbox)
{
    struct imw_list_data l = { .has_delimiter = 1, .delimiter = '/' };
    struct imw_response r = { .kind = IMW_RESP_LIST, .u.list = &l };
    l.mailbox.name = B("a\r\nb");
    ck_assert_ptr_nonnull(refusal(&r, NULL));
    l.mailbox.name = B("bad\xff");
    struct imw_build_caps utf8 = { .utf8_accept = 1 };
    ck_assert_str_eq(refusal(&r, &utf8), "mailbox name is not valid UTF-8");
    l.mailbox.name = B("Gr\xc3\xbc\xc3\x9f" "e");
    ck_assert_ptr_nonnull(refusal(&r, NULL));
    ck_assert_ptr_null(refusal(&r, &utf8));
    l.mailbox.name = B("ok");
    l.delimiter = '\n';
    ck_assert_ptr_nonnull(refusal(&r, NULL));
}
END_TEST

START_TEST(test_hostile_values)
{
    /* NUL in an ID string: no string form carries it */
    struct imw_id_param param = { B("name"), B("a\0b") };
    struct imw_id id = { .params = &param, .count = 1 };
    struct imw_response r = { .kind = IMW_RESP_ID, .name = B("ID"), .u.id = &id };
    ck_assert_str_eq(refusal(&r, NULL), "NUL can only be sent in a literal8");
    /* CR/LF in a string: a literal, never a second line */
    param.value = B("x\r\n* BYE");
    ck_assert_int_eq(round_trip(&r, NULL), 0);
    /* empty sequence set */
    struct imw_vanished v = { .earlier = 1 };
    struct imw_response van = { .kind = IMW_RESP_VANISHED, .u.vanished = &v };
    ck_assert_str_eq(refusal(&van, NULL), "empty sequence set");
    /* a generic value nested deeper than anything the parser accepts
     * (the deepest nesting limit is 256) */
    enum { DEEP = 300 };
    static struct imw_value chain[DEEP];
    for (size_t i = 0; i < DEEP - 1; i++)
        chain[i] = (struct imw_value){ .kind = IMW_VALUE_LIST,
                                       .items = &chain[i + 1], .count = 1 };
    chain[DEEP - 1] = (struct imw_value){ .kind = IMW_VALUE_NIL };
    struct imw_generic deep = { .name = B("XDEEP"), .args = chain, .count = 1 };
    struct imw_esearch es = { .others = &deep, .nothers = 1 };
    struct imw_response other = { .kind = IMW_RESP_ESEARCH, .u.esearch = &es };
    ck_assert_str_eq(refusal(&other, NULL), "value nested too deep");
    chain[0] = (struct imw_value){ .kind = IMW_VALUE_NUMBER,
                                   .number = 9223372036854775808u };
    ck_assert_str_eq(refusal(&other, NULL), "a generic number above 2^63-1");
    /* a flag that is not an atom */
    struct imw_flag flag = { IMW_FLAG_KEYWORD, B("a b") };
    struct imw_response flags = { .kind = IMW_RESP_FLAGS,
                                  .u.flags = { &flag, 1 } };
    ck_assert_ptr_nonnull(refusal(&flags, NULL));
}
END_TEST

/* A server never waits for "+": literals are "{n}" and one segment. */
START_TEST(test_literals_to_client)
{
    struct imw_id_param param = { B("x"), B("line\r\nbreak") };
    struct imw_id id = { .params = &param, .count = 1 };
    struct imw_response r = { .kind = IMW_RESP_ID, .u.id = &id };
    struct imw_build_options opts = { .caps = { .literal_plus = 1 } };
    uint8_t buf[128];
    struct imw_out out;
    imw_out_init(&out, buf, sizeof buf);
    ck_assert_int_eq(imw_build_response(&out, &r, &opts), 0);
    ck_assert_uint_eq(out.nsegments, 1);
    ck_assert_int_eq(out.segments[0].wait_continuation, 0);
    const char want[] = "* ID (\"x\" {11}\r\nline\r\nbreak)\r\n";
    ck_assert_uint_eq(out.len, sizeof want - 1);
    ck_assert(memcmp(buf, want, out.len) == 0);
}
END_TEST

/* snprintf-style: a short buffer gets the prefix that fits and the whole
 * length, the same bytes as a growing buffer. */
START_TEST(test_short_buffer)
{
    rng_state = 42;
    pool_used = 0;
    const struct imw_response *r = rand_fetch();
    struct imw_out grown, shortish;
    imw_out_init_growing(&grown, NULL);
    ck_assert_int_eq(imw_build_response(&grown, r, NULL), 0);
    uint8_t buf[16];
    imw_out_init(&shortish, buf, sizeof buf);
    ck_assert_int_eq(imw_build_response(&shortish, r, NULL), 0);
    ck_assert_uint_eq(shortish.len, grown.len);
    ck_assert_uint_gt(grown.len, sizeof buf);
    ck_assert(memcmp(buf, grown.buf, sizeof buf) == 0);
    imw_out_free(&grown);
}
END_TEST

/* OTHER responses: this version's grammar accepts no untyped response,
 * so there is no round trip; the bytes come from the generic values. */
START_TEST(test_other_response)
{
    static const struct imw_value inner[] = {
        { .kind = IMW_VALUE_NUMBER, .number = 7 },
        { .kind = IMW_VALUE_STRING, .bytes = { (const uint8_t *)"a\r\nb", 4 } },
    };
    static const struct imw_value args[] = {
        { .kind = IMW_VALUE_ATOM, .bytes = { (const uint8_t *)"FOO", 3 } },
        { .kind = IMW_VALUE_LIST, .items = inner, .count = 2 },
        { .kind = IMW_VALUE_NIL },
    };
    struct imw_response r = { .kind = IMW_RESP_OTHER };
    r.u.generic = (struct imw_generic){ .name = B("XSTUFF"), .args = args,
                                        .count = 3 };
    uint8_t buf[64];
    struct imw_out out;
    imw_out_init(&out, buf, sizeof buf);
    ck_assert_int_eq(imw_build_response(&out, &r, NULL), 0);
    static const char want[] = "* XSTUFF FOO (7 {4}\r\na\r\nb) NIL\r\n";
    ck_assert_uint_eq(out.len, sizeof want - 1);
    ck_assert(memcmp(buf, want, out.len) == 0);
    /* without values, the raw text: one line or nothing */
    r.u.generic = (struct imw_generic){ .name = B("XSTUFF"),
                                        .raw = B("free text") };
    imw_out_init(&out, buf, sizeof buf);
    ck_assert_int_eq(imw_build_response(&out, &r, NULL), 0);
    ck_assert(memcmp(buf, "* XSTUFF free text\r\n", out.len) == 0);
    r.u.generic.raw = B("x\r\n* BYE");
    ck_assert_ptr_nonnull(refusal(&r, NULL));
}
END_TEST

Suite *imw_build_resp_suite(void)
{
    Suite *s = suite_create("build_resp");
    TCase *tc = tcase_create("round trips");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_data_round_trips);
    tcase_add_test(tc, test_utf8_mailbox_round_trip);
    tcase_add_test(tc, test_random_round_trips);
    tcase_add_test(tc, test_hostile_text);
    tcase_add_test(tc, test_hostile_mailbox);
    tcase_add_test(tc, test_hostile_values);
    tcase_add_test(tc, test_literals_to_client);
    tcase_add_test(tc, test_other_response);
    tcase_add_test(tc, test_short_buffer);
    suite_add_tcase(s, tc);
    return s;
}
