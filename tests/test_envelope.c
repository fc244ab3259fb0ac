/* ENVELOPE decoded by a cursor over the validated span
 * (src/decode_envelope.c): quoted strings with escapes (copied only then),
 * literals holding any octet, NIL in every spelling, NIL lists and the
 * lenient "()" (refused in strict mode), groups, lists around the
 * decoder's stack-to-arena switch, a literal in every field, the envelope
 * of a MESSAGE/RFC822 part; the same values in whole and in 1-octet
 * chunks; and the decoder's own refusal of bytes it does not expect. */
#define _POSIX_C_SOURCE 200809L
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "suites.h"
#include "test_util.h"
#include "decode_fetch.h"
#include "imw_rules.h"

/* ---- parsing, in whole or in chunks ------------------------------------------- */

static imw_parser *parser;

static void done(void)
{
    imw_parser_free(parser);
    parser = NULL;
}

/* The first response of `n` bytes fed `chunk` octets at a time (0: all
 * at once); its return code in *rc (> 0 when parsed).  Valid until the
 * next call or done(). */
static const struct imw_response *parse(const char *s, size_t n, size_t chunk,
                                        int strict, int *rc)
{
    if (parser)
        done();
    parser = imw_parser_new(IMW_SIDE_CLIENT);
    ck_assert_ptr_nonnull(parser);
    imw_parser_set_option(parser, IMW_OPTION_EXPECT_GREETING, 0);
    imw_parser_set_option(parser, IMW_OPTION_STRICT, strict);
    const struct imw_response *r = NULL;
    size_t step = chunk ? chunk : n;
    *rc = 0;
    for (size_t at = 0; at < n && *rc == 0; at += step) {
        size_t k = n - at < step ? n - at : step;
        ck_assert_int_eq(imw_parser_feed(parser, s + at, k), 0);
        *rc = imw_parser_next(parser, &r);
    }
    return *rc > 0 ? r : NULL;
}

/* The envelope of the first item of a FETCH response, or of the
 * BODYSTRUCTURE's MESSAGE/RFC822 part when the item is one. */
static const struct imw_envelope *envelope_in(const char *s, size_t n,
                                              size_t chunk)
{
    int rc;
    const struct imw_response *r = parse(s, n, chunk, 0, &rc);
    ck_assert_msg(rc > 0, "parse failed (chunk %zu): %s: %s", chunk,
                  imw_parser_error(parser)->rule,
                  imw_parser_error(parser)->reason);
    ck_assert_int_eq(r->kind, IMW_RESP_FETCH);
    const struct imw_fetch_item *it = &r->u.fetch->items[0];
    if (it->kind == IMW_FETCH_BODYSTRUCTURE) {
        ck_assert_int_eq(it->u.body->kind, IMW_BODY_MESSAGE);
        return it->u.body->envelope;
    }
    ck_assert_int_eq(it->kind, IMW_FETCH_ENVELOPE);
    return it->u.envelope;
}

static const struct imw_envelope *envelope_of(const char *s, size_t n)
{
    return envelope_in(s, n, 0);
}

#define ck_assert_bytes(b, s, n)                                            \
    do {                                                                    \
        imw_bytes b_ = (b);                                                 \
        size_t n_ = (n);                                                    \
        ck_assert_ptr_nonnull(b_.ptr);                                      \
        ck_assert_msg(b_.len == n_ && memcmp(b_.ptr, (s), n_) == 0,         \
                      "got \"%.*s\" (%zu octets), want %zu octets",         \
                      (int)b_.len, (const char *)b_.ptr, b_.len, n_);       \
    } while (0)
#define ck_assert_str_bytes(b, s) ck_assert_bytes(b, s, strlen(s))
#define ck_assert_nil(b) ck_assert_ptr_null((b).ptr)

/* ---- a rendering of every typed field, for whole/chunked comparison ---------- */

struct text {
    char *buf;
    size_t len, cap;
};

static void put(struct text *t, const void *p, size_t n)
{
    if (t->len + n + 1 > t->cap) {
        t->cap = 2 * (t->len + n + 1);
        t->buf = realloc(t->buf, t->cap);
        ck_assert_ptr_nonnull(t->buf);
    }
    memcpy(t->buf + t->len, p, n);
    t->len += n;
    t->buf[t->len] = '\0';
}

static void put_bytes(struct text *t, imw_bytes b)
{
    char tmp[32];
    if (!b.ptr) {
        put(t, "NIL ", 4);
        return;
    }
    int n = snprintf(tmp, sizeof tmp, "[%zu]", b.len);
    put(t, tmp, (size_t)n);
    put(t, b.ptr, b.len); /* NUL and CRLF as they are: compared with memcmp */
    put(t, " ", 1);
}

static void put_list(struct text *t, const struct imw_address_list *l)
{
    char tmp[48];
    int n = snprintf(tmp, sizeof tmp, "list nil=%d count=%zu: ", l->is_nil,
                     l->count);
    put(t, tmp, (size_t)n);
    if (!l->count)
        ck_assert_ptr_null(l->items);
    for (size_t i = 0; i < l->count; i++) {
        const char *kind = imw_address_kind_name(l->items[i].kind);
        put(t, kind, strlen(kind));
        put(t, "(", 1);
        put_bytes(t, l->items[i].name);
        put_bytes(t, l->items[i].adl);
        put_bytes(t, l->items[i].mailbox);
        put_bytes(t, l->items[i].host);
        put(t, ")", 1);
    }
    put(t, "\n", 1);
}

static struct text render(const struct imw_envelope *e)
{
    struct text t = { NULL, 0, 0 };
    put_bytes(&t, e->date);
    put_bytes(&t, e->subject);
    put_list(&t, &e->from);
    put_list(&t, &e->sender);
    put_list(&t, &e->reply_to);
    put_list(&t, &e->to);
    put_list(&t, &e->cc);
    put_list(&t, &e->bcc);
    put_bytes(&t, e->in_reply_to);
    put_bytes(&t, e->message_id);
    put_bytes(&t, e->raw);
    return t;
}

/* Every typed field the same fed whole and in chunks of 1, 2, 3 and 7. */
static void check_chunks(const char *s, size_t n)
{
    struct text whole = render(envelope_of(s, n));
    static const size_t chunks[] = { 1, 2, 3, 7 };
    for (size_t i = 0; i < sizeof chunks / sizeof chunks[0]; i++) {
        struct text got = render(envelope_in(s, n, chunks[i]));
        ck_assert_msg(got.len == whole.len &&
                          memcmp(got.buf, whole.buf, got.len) == 0,
                      "chunk %zu: %s\nwhole: %s", chunks[i], got.buf, whole.buf);
        free(got.buf);
    }
    free(whole.buf);
    done();
}

/* ---- the vectors ------------------------------------------------------------- */

/* Escapes first, last, alone, doubled; and strings without any. */
static const char escapes[] =
    "* 1 FETCH (ENVELOPE (\"\\\\\" \"a\\\"b\\\\c\" "
    "((\"\\\"Q\\\" R\" NIL \"end\\\\\" \"h\")) NIL NIL NIL NIL NIL "
    "\"\\\"\" \"x\\\\\\\"y\"))\r\n";

START_TEST(test_quoted_escapes)
{
    const struct imw_envelope *e = envelope_of(escapes, sizeof escapes - 1);
    ck_assert_str_bytes(e->date, "\\");
    ck_assert_str_bytes(e->subject, "a\"b\\c");
    ck_assert_str_bytes(e->from.items[0].name, "\"Q\" R");
    ck_assert_str_bytes(e->from.items[0].mailbox, "end\\");
    ck_assert_str_bytes(e->from.items[0].host, "h");
    ck_assert_str_bytes(e->in_reply_to, "\"");
    ck_assert_str_bytes(e->message_id, "x\\\"y");
    done();
}
END_TEST

/* A string without escapes is a slice of the message (here the caller's
 * own buffer: a one-line message given whole is parsed in place); one
 * with escapes is an unescaped copy. */
START_TEST(test_quoted_copy_only_with_escapes)
{
    static const char s[] =
        "* 1 FETCH (ENVELOPE (\"plain date\" \"a\\\\b\" NIL NIL NIL NIL NIL "
        "NIL \"\" \"<id@x>\"))\r\n";
    const struct imw_envelope *e = envelope_of(s, sizeof s - 1);
    const char *end = s + sizeof s - 1;
    ck_assert_str_bytes(e->date, "plain date");
    ck_assert(e->date.ptr > (const uint8_t *)s && e->date.ptr < (const uint8_t *)end);
    ck_assert_str_bytes(e->subject, "a\\b");
    ck_assert(e->subject.ptr < (const uint8_t *)s ||
              e->subject.ptr >= (const uint8_t *)end);
    ck_assert_str_bytes(e->in_reply_to, ""); /* empty, not NIL */
    ck_assert(e->raw.ptr == (const uint8_t *)strchr(s, '(') + 10);
    ck_assert_uint_eq(e->raw.len, strlen("(\"plain date\" \"a\\\\b\" NIL NIL "
                                         "NIL NIL NIL NIL \"\" \"<id@x>\")"));
    done();
}
END_TEST

/* Literal data is never scanned: quotes, parentheses, backslashes, CRLF
 * and NUL inside it are data. */
static const char literals[] =
    "* 1 FETCH (ENVELOPE ({7}\r\n(\r\n\0\")\\ {0}\r\n "
    "(({2}\r\n\0\0 NIL {3}\r\nNIL {4}\r\n\r\n\r\n)) NIL NIL NIL NIL NIL "
    "{1}\r\n\" {5}\r\n)) \r\n))\r\n";

START_TEST(test_literal_fields)
{
    const struct imw_envelope *e = envelope_of(literals, sizeof literals - 1);
    ck_assert_bytes(e->date, "(\r\n\0\")\\", 7);
    ck_assert_bytes(e->subject, "", 0); /* {0}: empty, not NIL */
    ck_assert_uint_eq(e->from.count, 1);
    ck_assert_int_eq(e->from.items[0].kind, IMW_ADDR_ADDRESS);
    ck_assert_bytes(e->from.items[0].name, "\0\0", 2);
    ck_assert_nil(e->from.items[0].adl);
    ck_assert_bytes(e->from.items[0].mailbox, "NIL", 3); /* data, not NIL */
    ck_assert_bytes(e->from.items[0].host, "\r\n\r\n", 4);
    ck_assert_bytes(e->in_reply_to, "\"", 1);
    ck_assert_bytes(e->message_id, ")) \r\n", 5);
    done();
}
END_TEST

/* "{len}\r\n" + data for field `i`: data with CRLF, NUL and a parenthesis. */
static size_t put_literal(char *s, size_t cap, unsigned i)
{
    char data[32];
    int n = snprintf(data, sizeof data, "f%u\r\n(", i);
    data[n++] = '\0';
    size_t k = (size_t)snprintf(s, cap, "{%d}\r\n", n);
    memcpy(s + k, data, (size_t)n);
    return k + (size_t)n;
}

static size_t literal_everywhere(char *s, size_t cap)
{
    unsigned f = 0;
    size_t n = (size_t)snprintf(s, cap, "* 3 FETCH (ENVELOPE (");
    n += put_literal(s + n, cap - n, f++);
    s[n++] = ' ';
    n += put_literal(s + n, cap - n, f++);
    for (int list = 0; list < 6; list++) {
        n += (size_t)snprintf(s + n, cap - n, " (");
        for (int a = 0; a < 2; a++) {
            s[n++] = '(';
            for (int part = 0; part < 4; part++) {
                if (part)
                    s[n++] = ' ';
                n += put_literal(s + n, cap - n, f++);
            }
            s[n++] = ')';
        }
        s[n++] = ')';
    }
    s[n++] = ' ';
    n += put_literal(s + n, cap - n, f++);
    s[n++] = ' ';
    n += put_literal(s + n, cap - n, f++);
    n += (size_t)snprintf(s + n, cap - n, "))\r\n");
    return n;
}

static void assert_literal(imw_bytes b, unsigned i)
{
    char want[32];
    int n = snprintf(want, sizeof want, "f%u\r\n(", i);
    want[n++] = '\0';
    ck_assert_bytes(b, want, (size_t)n);
}

START_TEST(test_literal_in_every_field)
{
    char s[4096];
    size_t n = literal_everywhere(s, sizeof s);
    const struct imw_envelope *e = envelope_of(s, n);
    const struct imw_address_list *lists[] = { &e->from, &e->sender,
        &e->reply_to, &e->to, &e->cc, &e->bcc };
    unsigned f = 0;
    assert_literal(e->date, f++);
    assert_literal(e->subject, f++);
    for (size_t l = 0; l < 6; l++) {
        ck_assert_uint_eq(lists[l]->count, 2);
        for (size_t a = 0; a < 2; a++) {
            const struct imw_address *ad = &lists[l]->items[a];
            ck_assert_int_eq(ad->kind, IMW_ADDR_ADDRESS);
            assert_literal(ad->name, f++);
            assert_literal(ad->adl, f++);
            assert_literal(ad->mailbox, f++);
            assert_literal(ad->host, f++);
        }
    }
    assert_literal(e->in_reply_to, f++);
    assert_literal(e->message_id, f++);
    done();
    check_chunks(s, n);
}
END_TEST

/* NIL in any case, for strings and for lists. */
static const char nils[] =
    "* 1 FETCH (ENVELOPE (NIL nil Nil nIL NIL niL NIL nil NiL NIL))\r\n";

START_TEST(test_nil_everywhere)
{
    const struct imw_envelope *e = envelope_of(nils, sizeof nils - 1);
    const struct imw_address_list *lists[] = { &e->from, &e->sender,
        &e->reply_to, &e->to, &e->cc, &e->bcc };
    ck_assert_nil(e->date);
    ck_assert_nil(e->subject);
    ck_assert_nil(e->in_reply_to);
    ck_assert_nil(e->message_id);
    for (size_t l = 0; l < 6; l++) {
        ck_assert_int_eq(lists[l]->is_nil, 1);
        ck_assert_uint_eq(lists[l]->count, 0);
        ck_assert_ptr_null(lists[l]->items);
    }
    done();
}
END_TEST

/* Exchange's "()" for an empty address list: an empty list, not NIL, in
 * lenient mode; refused in strict mode with the leniency's name. */
static const char empty_lists[] =
    "* 1 FETCH (ENVELOPE (\"d\" \"s\" () ((NIL NIL \"a\" \"b\")) () () () () "
    "NIL \"<m>\"))\r\n";

START_TEST(test_empty_list_lenient)
{
    const struct imw_envelope *e = envelope_of(empty_lists, sizeof empty_lists - 1);
    const struct imw_address_list *empty[] = { &e->from, &e->reply_to, &e->to,
        &e->cc, &e->bcc };
    for (size_t l = 0; l < 5; l++) {
        ck_assert_int_eq(empty[l]->is_nil, 0);
        ck_assert_uint_eq(empty[l]->count, 0);
        ck_assert_ptr_null(empty[l]->items);
    }
    ck_assert_uint_eq(e->sender.count, 1);
    ck_assert_str_bytes(e->sender.items[0].mailbox, "a");
    ck_assert_str_bytes(e->message_id, "<m>");
    done();

    int rc;
    ck_assert_ptr_null(parse(empty_lists, sizeof empty_lists - 1, 0, 1, &rc));
    ck_assert_int_eq(rc, IMW_ERR_SYNTAX);
    ck_assert_str_eq(imw_parser_error(parser)->rule, "empty-address-list");
    ck_assert_uint_eq(imw_parser_error(parser)->offset,
                      (size_t)(strstr(empty_lists, "()") - empty_lists));
    done();
    /* the RFC form of the same envelope is fine in strict mode */
    static const char rfc[] =
        "* 1 FETCH (ENVELOPE (\"d\" \"s\" NIL ((NIL NIL \"a\" \"b\")) NIL NIL "
        "NIL NIL NIL \"<m>\"))\r\n";
    ck_assert_ptr_nonnull(parse(rfc, sizeof rfc - 1, 0, 1, &rc));
    done();
}
END_TEST

/* RFC 5322 groups: a start (NIL host, the name in mailbox, "" too) and
 * an end (all NIL). */
static const char groups[] =
    "* 4 FETCH (ENVELOPE (NIL NIL ((NIL NIL \"team\" NIL)(\"A\" NIL \"a\" \"h\")"
    "(NIL NIL NIL NIL)(NIL NIL \"\" NIL)(NIL NIL NIL NIL)) NIL NIL NIL NIL NIL "
    "NIL NIL))\r\n";

START_TEST(test_groups)
{
    const struct imw_envelope *e = envelope_of(groups, sizeof groups - 1);
    const struct imw_address *a = e->from.items;
    ck_assert_uint_eq(e->from.count, 5);
    ck_assert_int_eq(a[0].kind, IMW_ADDR_GROUP_START);
    ck_assert_str_bytes(a[0].mailbox, "team");
    ck_assert_nil(a[0].host);
    ck_assert_int_eq(a[1].kind, IMW_ADDR_ADDRESS);
    ck_assert_str_bytes(a[1].name, "A");
    ck_assert_int_eq(a[2].kind, IMW_ADDR_GROUP_END);
    ck_assert_nil(a[2].mailbox);
    ck_assert_int_eq(a[3].kind, IMW_ADDR_GROUP_START);
    ck_assert_str_bytes(a[3].mailbox, "");
    ck_assert_int_eq(a[4].kind, IMW_ADDR_GROUP_END);
    done();
}
END_TEST

/* Lists of each length around the decoder's 32 stack slots (shared by
 * the envelope's lists: the two "from" addresses before take two, so
 * 30 + 2 fill them) and the arena's doublings, three lists in a row. */
static const size_t list_lengths[] = { 1, 2, 15, 16, 17, 29, 30, 31, 32, 33,
                                       50, 65 };

static size_t many(char *s, size_t cap, size_t count)
{
    size_t n = (size_t)snprintf(s, cap, "* 1 FETCH (ENVELOPE (NIL \"s\" "
                                "((NIL NIL \"f1\" \"h\")(NIL NIL \"f2\" \"h\")) "
                                "NIL NIL (");
    for (size_t i = 0; i < count; i++)
        n += (size_t)snprintf(s + n, cap - n, "(\"N%zu\" NIL \"u%zu\" \"h%zu\")",
                              i, i, i);
    n += (size_t)snprintf(s + n, cap - n, ") ((NIL NIL \"c\" \"d\")) NIL NIL NIL))\r\n");
    return n;
}

START_TEST(test_address_counts)
{
    size_t count = list_lengths[_i];
    char s[8192], want[32];
    size_t n = many(s, sizeof s, count);
    const struct imw_envelope *e = envelope_of(s, n);
    ck_assert_uint_eq(e->to.count, count);
    ck_assert_uint_eq(e->from.count, 2);
    ck_assert_str_bytes(e->from.items[0].mailbox, "f1");
    ck_assert_str_bytes(e->from.items[1].mailbox, "f2");
    ck_assert(e->sender.is_nil);
    for (size_t i = 0; i < count; i++) {
        const struct imw_address *a = &e->to.items[i];
        ck_assert_int_eq(a->kind, IMW_ADDR_ADDRESS);
        snprintf(want, sizeof want, "N%zu", i);
        ck_assert_str_bytes(a->name, want);
        ck_assert_nil(a->adl);
        snprintf(want, sizeof want, "u%zu", i);
        ck_assert_str_bytes(a->mailbox, want);
        snprintf(want, sizeof want, "h%zu", i);
        ck_assert_str_bytes(a->host, want);
    }
    ck_assert_uint_eq(e->cc.count, 1);
    ck_assert_str_bytes(e->cc.items[0].host, "d");
    ck_assert(e->bcc.is_nil);
    done();
    check_chunks(s, n);
}
END_TEST

/* The envelope of a MESSAGE/RFC822 body part goes through the same
 * decoder: escapes and a literal there too. */
static const char message_part[] =
    "* 3 FETCH (BODYSTRUCTURE (\"MESSAGE\" \"RFC822\" NIL NIL NIL \"7BIT\" 2000 "
    "(\"Mon, 1 Jan 2024 00:00:00 +0000\" {5}\r\nin\0\r\n "
    "((\"A \\\"B\\\"\" NIL \"a\" \"x.org\")) NIL NIL ((NIL NIL \"g\" NIL)"
    "(NIL NIL NIL NIL)) NIL NIL NIL \"<m@x>\") "
    "(\"TEXT\" \"PLAIN\" NIL NIL NIL \"7BIT\" 300 10) 40))\r\n";

START_TEST(test_message_part)
{
    const struct imw_envelope *e = envelope_of(message_part, sizeof message_part - 1);
    ck_assert_str_bytes(e->date, "Mon, 1 Jan 2024 00:00:00 +0000");
    ck_assert_bytes(e->subject, "in\0\r\n", 5);
    ck_assert_str_bytes(e->from.items[0].name, "A \"B\"");
    ck_assert(e->sender.is_nil && e->reply_to.is_nil);
    ck_assert_uint_eq(e->to.count, 2);
    ck_assert_int_eq(e->to.items[0].kind, IMW_ADDR_GROUP_START);
    ck_assert_int_eq(e->to.items[1].kind, IMW_ADDR_GROUP_END);
    ck_assert_str_bytes(e->message_id, "<m@x>");
    done();
}
END_TEST

/* Every vector above, in whole and in small chunks. */
static const struct {
    const char *s;
    size_t n;
} vectors[] = {
    { escapes, sizeof escapes - 1 },
    { literals, sizeof literals - 1 },
    { nils, sizeof nils - 1 },
    { empty_lists, sizeof empty_lists - 1 },
    { groups, sizeof groups - 1 },
    { message_part, sizeof message_part - 1 },
};

START_TEST(test_chunked)
{
    check_chunks(vectors[_i].s, vectors[_i].n);
}
END_TEST

/* ---- the decoder alone, on spans the machine would not have passed -------- */

/* imw_dec_envelope over the `n` octets at `s` as one envelope event (no
 * literals framed), into *e; *d holds the error.  The arena is the
 * caller's to free. */
static int decode_span(const uint8_t *s, size_t n, struct imw_arena *arena,
                       struct imw_decoder *d, const struct imw_envelope **e)
{
    static struct imw_run run; /* large: not on the stack */
    static struct imw_event ev;
    ev = (struct imw_event){ IMW_RULE_ENVELOPE, 0, (uint32_t)n, IMW_NO_EVENT,
                             IMW_NO_EVENT };
    memset(&run, 0, sizeof run);
    run.data = s;
    run.len = n;
    run.ev = &ev;
    run.nev = 1;
    imw_arena_init(arena, NULL);
    *d = (struct imw_decoder){ .run = &run, .arena = arena };
    *e = NULL;
    int rc = imw_dec_envelope(d, 0, e);
    if (rc == 0)
        ck_assert_ptr_nonnull(*e);
    return rc;
}

/* decode_span() over the string `s`: its return code, with the rule and
 * offset it names. */
static int decode_alone(const char *s, const char **rule, size_t *at)
{
    struct imw_arena arena;
    struct imw_decoder d;
    const struct imw_envelope *e;
    int rc = decode_span((const uint8_t *)s, strlen(s), &arena, &d, &e);
    *rule = d.rule;
    *at = d.error_at;
    imw_arena_free(&arena);
    return rc;
}

static const struct {
    const char *span;
    size_t at;       /* where the decoder stops */
} unexpected[] = {
    { "", 0 },
    { "(", 1 },
    { "(NIL", 4 },
    { "(NIL NIL NIL NIL NIL NIL NIL NIL NIL NIL", 40 },
    { "(NIL NIL NIL NIL NIL NIL NIL NIL NIL NIL) ", 41 },
    { "(NIL  NIL NIL NIL NIL NIL NIL NIL NIL NIL)", 5 },
    { "(\"abc NIL NIL NIL NIL NIL NIL NIL NIL NIL)", 1 },
    { "(\"a\\\" NIL NIL NIL NIL NIL NIL NIL NIL NIL)", 1 },
    { "(NI NIL NIL NIL NIL NIL NIL NIL NIL NIL)", 1 },
    { "(atom NIL NIL NIL NIL NIL NIL NIL NIL NIL)", 1 },
    { "(NIL NIL (NIL NIL NIL) NIL NIL NIL NIL NIL NIL NIL)", 10 },
    { "(NIL NIL ((NIL NIL NIL NIL) NIL NIL NIL NIL NIL NIL NIL)", 27 },
    { "(NIL NIL ((NIL NIL NIL NIL)", 27 },
    { "(NIL NIL (\"x\") NIL NIL NIL NIL NIL NIL NIL)", 10 },
    { "(NIL NIL X NIL NIL NIL NIL NIL NIL NIL)", 9 },
};

START_TEST(test_unexpected_bytes)
{
    const char *rule;
    size_t at;
    int rc = decode_alone(unexpected[_i].span, &rule, &at);
    ck_assert_msg(rc == IMW_ERR_DECODE, "%s: rc %d", unexpected[_i].span, rc);
    ck_assert_str_eq(rule, "envelope");
    ck_assert_msg(at == unexpected[_i].at, "%s: at %zu, want %zu",
                  unexpected[_i].span, at, unexpected[_i].at);
}
END_TEST

/* A literal header the framer did not frame is the framer's fault, not
 * the data's: IMW_ERR_INTERNAL, as everywhere else; a well-formed span
 * decodes. */
START_TEST(test_decoder_alone)
{
    const char *rule;
    size_t at;
    ck_assert_int_eq(decode_alone("({1}\r\nx NIL NIL NIL NIL NIL NIL NIL NIL NIL)",
                                  &rule, &at), IMW_ERR_INTERNAL);
    ck_assert_int_eq(at, 1);
    ck_assert_int_eq(decode_alone("(NIL \"a\\\\\" NIL () ((\"n\" NIL \"m\" "
                                  "NIL)) NIL NIL NIL NIL nil)", &rule, &at), 0);
}
END_TEST

/* The message-id, the last field, decoded from an envelope span that
 * ends right after it (`s`, `n` octets): the quoted string's scan runs
 * up to the span's end (the sanitizer build watches it stay inside). */
static void check_last_field(const char *s, size_t n, const char *want,
                             size_t want_len)
{
    struct imw_arena arena;
    struct imw_decoder d;
    const struct imw_envelope *e;
    uint8_t *copy = malloc(n); /* exactly the span: a read past it shows */
    ck_assert_ptr_nonnull(copy);
    memcpy(copy, s, n);
    int rc = decode_span(copy, n, &arena, &d, &e);
    if (want) {
        ck_assert_msg(rc == 0, "%.*s: rc %d", (int)n, s, rc);
        ck_assert_uint_eq(e->message_id.len, want_len);
        ck_assert(memcmp(e->message_id.ptr, want, want_len) == 0);
    } else {
        ck_assert_msg(rc == IMW_ERR_DECODE, "%.*s: rc %d", (int)n, s, rc);
        ck_assert_str_eq(d.rule, "envelope");
        ck_assert_uint_eq(d.error_at, sizeof "(NIL NIL NIL NIL NIL NIL NIL NIL NIL " - 1);
    }
    imw_arena_free(&arena);
    free(copy);
}

/* Quoted strings of every length up to 40 with an escape (or none) at
 * every place, closed or not: the scan for the closing quote or a
 * backslash, sixteen octets at a time then one by one, must find the same as
 * one octet at a time, across every alignment. */
START_TEST(test_quoted_scan_lengths)
{
    static const char head[] = "(NIL NIL NIL NIL NIL NIL NIL NIL NIL \"";
    char span[128], want[64];
    for (size_t len = 0; len <= 40; len++) {
        for (size_t at = 0; at <= 2 * len + 1; at++) {
            /* at / 2 < len: a \" or \\ before octet at / 2; odd: the
             * string is not closed */
            size_t esc = at / 2, n = sizeof head - 1, w = 0;
            memcpy(span, head, n);
            for (size_t i = 0; i < len; i++) {
                if (i == esc) {
                    char escaped = (i & 1) ? '\\' : '"';
                    span[n++] = '\\';
                    span[n++] = escaped;
                    want[w++] = escaped;
                }
                span[n++] = (char)('a' + i % 26);
                want[w++] = (char)('a' + i % 26);
            }
            if (at & 1) {
                span[n++] = ')';
                check_last_field(span, n, NULL, 0);
            } else {
                span[n++] = '"';
                span[n++] = ')';
                check_last_field(span, n, want, w);
            }
        }
    }
}
END_TEST

/* The value of field `field` (0 date, 1 subject, 2-5 the one address's
 * name, adl, mailbox and host, 6 in-reply-to, 7 message-id) of `e`. */
static imw_bytes field_of(const struct imw_envelope *e, int field)
{
    const struct imw_address *a = e->from.items;
    switch (field) {
    case 0: return e->date;
    case 1: return e->subject;
    case 2: return a->name;
    case 3: return a->adl;
    case 4: return a->mailbox;
    case 5: return a->host;
    case 6: return e->in_reply_to;
    default: return e->message_id;
    }
}

/* Appends `text` (n octets) as a quoted string, '"' and '\\' escaped. */
static size_t put_quoted(char *out, const char *text, size_t n)
{
    size_t k = 0;
    out[k++] = '"';
    for (size_t i = 0; i < n; i++) {
        if (text[i] == '"' || text[i] == '\\')
            out[k++] = '\\';
        out[k++] = text[i];
    }
    out[k++] = '"';
    return k;
}

/* An envelope with one from-address whose field `field` is the quoted
 * `text` and every other field NIL, into `span` (its length returned). */
static size_t envelope_with(char *span, int field, const char *text, size_t n)
{
    size_t k = 0;
    span[k++] = '(';
    for (int f = 0; f < 8; f++) {
        if (f == 2)
            k += (size_t)sprintf(span + k, "((");
        if (f == field)
            k += put_quoted(span + k, text, n);
        else
            k += (size_t)sprintf(span + k, "NIL");
        if (f == 5)
            k += (size_t)sprintf(span + k, ")) NIL NIL NIL NIL NIL");
        if (f < 7)
            span[k++] = ' ';
    }
    span[k++] = ')';
    return k;
}

/* Where the escapes go in a text of `len` octets: none, the first, the
 * last, the middle, the last two, every octet. */
enum { ESCAPE_PATTERNS = 6 };
static int escaped_at(int pattern, size_t i, size_t len)
{
    switch (pattern) {
    case 0: return 0;
    case 1: return i == 0;
    case 2: return i + 1 == len;
    case 3: return i == len / 2;
    case 4: return i + 2 >= len;
    default: return 1;
    }
}

/* Quoted strings of the lengths around the sixteen-octet scan (and its
 * read back from the span's end), with escapes in several places, in
 * every field of an envelope whose span is exactly its octets: each
 * decodes to its text, a slice of the message when it has no escape and
 * an unescaped copy when it has. */
START_TEST(test_escapes_every_field)
{
    static const size_t lengths[] = { 1, 2, 7, 8, 9, 15, 16, 17, 31, 32, 33 };
    char text[64], span[256];
    for (size_t l = 0; l < sizeof lengths / sizeof lengths[0]; l++) {
        size_t len = lengths[l];
        for (int pattern = 0; pattern < ESCAPE_PATTERNS; pattern++) {
            for (size_t i = 0; i < len; i++)
                text[i] = escaped_at(pattern, i, len) ? (i & 1 ? '\\' : '"')
                                                      : (char)('a' + i % 26);
            for (int field = 0; field < 8; field++) {
                size_t n = envelope_with(span, field, text, len);
                uint8_t *copy = malloc(n); /* a read past it shows */
                ck_assert_ptr_nonnull(copy);
                memcpy(copy, span, n);
                struct imw_arena arena;
                struct imw_decoder d;
                const struct imw_envelope *e;
                int rc = decode_span(copy, n, &arena, &d, &e);
                ck_assert_msg(rc == 0, "%.*s: rc %d", (int)n, span, rc);
                imw_bytes got = field_of(e, field);
                ck_assert_msg(got.len == len && memcmp(got.ptr, text, len) == 0,
                              "%.*s: field %d is \"%.*s\"", (int)n, span,
                              field, (int)got.len, (const char *)got.ptr);
                int in_message = got.ptr >= copy && got.ptr < copy + n;
                ck_assert_int_eq(in_message, pattern == 0);
                imw_arena_free(&arena);
                free(copy);
            }
        }
    }
}
END_TEST

/* A message-id whose last backslash escapes what would have closed it,
 * at the very end of the span: unterminated, at the string's start. */
START_TEST(test_escape_at_span_end)
{
    static const char *const spans[] = {
        "(NIL NIL NIL NIL NIL NIL NIL NIL NIL \"abc\\\")",
        "(NIL NIL NIL NIL NIL NIL NIL NIL NIL \"abc\\\"",
        "(NIL NIL NIL NIL NIL NIL NIL NIL NIL \"abc\\",
        "(NIL NIL NIL NIL NIL NIL NIL NIL NIL \"\\",
        "(NIL NIL NIL NIL NIL NIL NIL NIL NIL \"\\\\\\\"",
        "(NIL NIL NIL NIL NIL NIL NIL NIL NIL \"0123456789abcdef\\\"\\\\\\\")",
    };
    for (size_t i = 0; i < sizeof spans / sizeof spans[0]; i++) {
        size_t n = strlen(spans[i]);
        uint8_t *copy = malloc(n);
        ck_assert_ptr_nonnull(copy);
        memcpy(copy, spans[i], n);
        struct imw_arena arena;
        struct imw_decoder d;
        const struct imw_envelope *e;
        int rc = decode_span(copy, n, &arena, &d, &e);
        ck_assert_msg(rc == IMW_ERR_DECODE, "%s: rc %d", spans[i], rc);
        ck_assert_str_eq(d.rule, "envelope");
        ck_assert_str_eq(d.reason, "unterminated quoted string");
        ck_assert_uint_eq(d.error_at, sizeof "(NIL NIL NIL NIL NIL NIL NIL NIL NIL " - 1);
        imw_arena_free(&arena);
        free(copy);
    }
}
END_TEST

Suite *imw_envelope_suite(void)
{
    Suite *s = suite_create("envelope");
    TCase *tc = tcase_create("fields");
    tcase_add_test(tc, test_quoted_escapes);
    tcase_add_test(tc, test_quoted_copy_only_with_escapes);
    tcase_add_test(tc, test_literal_fields);
    tcase_add_test(tc, test_literal_in_every_field);
    tcase_add_test(tc, test_nil_everywhere);
    tcase_add_test(tc, test_empty_list_lenient);
    tcase_add_test(tc, test_groups);
    tcase_add_loop_test(tc, test_address_counts, 0,
                        (int)(sizeof list_lengths / sizeof list_lengths[0]));
    tcase_add_test(tc, test_message_part);
    tcase_add_loop_test(tc, test_chunked, 0,
                        (int)(sizeof vectors / sizeof vectors[0]));
    suite_add_tcase(s, tc);

    tc = tcase_create("decoder");
    tcase_add_loop_test(tc, test_unexpected_bytes, 0,
                        (int)(sizeof unexpected / sizeof unexpected[0]));
    tcase_add_test(tc, test_decoder_alone);
    tcase_add_test(tc, test_quoted_scan_lengths);
    tcase_add_test(tc, test_escapes_every_field);
    tcase_add_test(tc, test_escape_at_span_end);
    suite_add_tcase(s, tc);
    return s;
}
