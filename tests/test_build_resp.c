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

static void rand_fetch_item(struct imw_fetch_item *it)
{
    switch (below(6)) {
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
    case 4: {
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
        it->kind = IMW_FETCH_ENVELOPE;
        it->name = B("ENVELOPE");
        it->u.envelope = e;
        break;
    }
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

static uint64_t env_number(const char *name, uint64_t fallback)
{
    const char *v = getenv(name);
    return v && *v ? strtoull(v, NULL, 0) : fallback;
}

START_TEST(test_random_round_trips)
{
    static struct imw_response *(*const makers[])(void) = {
        rand_status, rand_numbered, rand_search, rand_id, rand_quota,
        rand_thread, rand_fetch,
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
    /* a generic value nested deeper than anything the parser accepts */
    static struct imw_value chain[100];
    for (size_t i = 0; i < 99; i++)
        chain[i] = (struct imw_value){ .kind = IMW_VALUE_LIST,
                                       .items = &chain[i + 1], .count = 1 };
    chain[99] = (struct imw_value){ .kind = IMW_VALUE_NIL };
    struct imw_response other = { .kind = IMW_RESP_OTHER };
    other.u.generic = (struct imw_generic){ .name = B("XDEEP"), .args = chain,
                                            .count = 1 };
    ck_assert_str_eq(refusal(&other, NULL), "value nested too deep");
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
    suite_add_tcase(s, tc);
    return s;
}
