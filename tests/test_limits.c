/* Every limit of doc/LIMITS.md at its value and one past it, on each side
 * and, for the command parser, in each connection state: what passes, the
 * error (code, rule, offset, tag) of what does not, and that the next
 * message still parses.  Limits that other suites already pin at their
 * boundary are listed in doc/LIMITS.md with those tests. */
#define _POSIX_C_SOURCE 200809L /* open_memstream */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "imapwire/imapwire.h"
#include "imapwire/builder.h"
#include "suites.h"
#include "json.h"

/* ---- input and rendering ------------------------------------------------------ */

/* A growable input message. */
struct text {
    char *s;
    size_t len, cap;
};

/* Room for n more octets and a NUL; returns where they go. */
static char *grow(struct text *t, size_t n)
{
    if (t->len + n + 1 > t->cap) {
        t->cap = (t->len + n + 1) * 2;
        t->s = realloc(t->s, t->cap);
        ck_assert_ptr_nonnull(t->s);
    }
    char *at = t->s + t->len;
    t->len += n;
    t->s[t->len] = '\0';
    return at;
}

static void puts_(struct text *t, const char *s)
{
    memcpy(grow(t, strlen(s)), s, strlen(s));
}

static void repeat(struct text *t, char c, size_t n)
{
    memset(grow(t, n), c, n);
}

/* A line "<head>xxx...<tail>\r\n" of exactly `total` octets. */
static void line_of(struct text *t, const char *head, const char *tail,
                    size_t total)
{
    size_t fixed = strlen(head) + strlen(tail) + 2;
    ck_assert_uint_ge(total, fixed);
    puts_(t, head);
    repeat(t, 'x', total - fixed);
    puts_(t, tail);
    puts_(t, "\r\n");
}

static void print_error(FILE *f, imw_parser *p, int rc)
{
    const struct imw_parse_error *e = imw_parser_error(p);
    fprintf(f, "E %s %s %llu%s%.*s\n", imw_error_name(rc), e->rule,
            (unsigned long long)(e->offset - e->message_offset), e->tag.len ? " " : "",
            (int)e->tag.len, e->tag.ptr ? (const char *)e->tag.ptr : "");
    ck_assert(!imw_error_is_fatal(rc));
}

/* Feeds `t` at once and renders every result: "R kind" per response or
 * "C kind tag" per command, "E code rule offset [tag]" per error (the
 * offset inside the failed message), and
 * "F code" when imw_parser_finish() fails.  Frees the input. */
static char *run(imw_parser *p, struct text *t)
{
    char *out = NULL;
    size_t out_len = 0;
    FILE *f = open_memstream(&out, &out_len);
    /* only a server parser takes a state (setting its own is a no-op) */
    int server = imw_parser_set_state(p, imw_parser_state(p)) == 0;
    int rc;
    ck_assert_ptr_nonnull(f);
    ck_assert_int_eq(imw_parser_feed(p, t->s, t->len), 0);
    for (;;) {
        if (server) {
            const struct imw_command *c;
            rc = imw_parser_next_command(p, &c);
            if (rc > 0)
                fprintf(f, "C %s %.*s\n", imw_command_kind_name(c->kind),
                        (int)c->tag.len, (const char *)c->tag.ptr);
        } else {
            const struct imw_response *r;
            rc = imw_parser_next(p, &r);
            if (rc > 0)
                fprintf(f, "R %s\n", imw_response_kind_name(r->kind));
        }
        if (rc == 0)
            break;
        if (rc < 0)
            print_error(f, p, rc);
    }
    rc = imw_parser_finish(p);
    if (rc < 0)
        fprintf(f, "F %s\n", imw_error_name(rc));
    fclose(f);
    free(t->s);
    *t = (struct text){ NULL, 0, 0 };
    return out;
}

static void expect(imw_parser *p, struct text *t, const char *want)
{
    char *got = run(p, t);
    ck_assert_str_eq(got, want);
    free(got);
}

static imw_parser *client(void)
{
    imw_parser *p = imw_parser_new(IMW_SIDE_CLIENT);
    ck_assert_ptr_nonnull(p);
    ck_assert_int_eq(imw_parser_set_option(p, IMW_OPTION_EXPECT_GREETING, 0), 0);
    return p;
}

static imw_parser *server(enum imw_state state)
{
    imw_parser *p = imw_parser_new(IMW_SIDE_SERVER);
    ck_assert_ptr_nonnull(p);
    ck_assert_int_eq(imw_parser_set_state(p, state), 0);
    return p;
}

/* "* 1 FETCH (BODY " and `levels` nested parts: a basic part inside
 * levels - 1 multiparts. */
static void nested_body(struct text *t, int levels)
{
    puts_(t, "* 1 FETCH (BODY ");
    repeat(t, '(', (size_t)levels);
    puts_(t, "\"A\" \"B\" NIL NIL NIL \"7BIT\" 1)");
    for (int i = 1; i < levels; i++)
        puts_(t, " \"MIXED\")");
    puts_(t, ")\r\n");
}

/* "<head>(" n one-octet literals ")" CRLF "<next>": a server's "a ID"
 * with "{1+}", a client's "* ID" with "{1}". */
static void many_literals(struct text *t, const char *head, size_t n,
                          const char *next)
{
    int server = head[0] != '*';
    puts_(t, head);
    puts_(t, " (");
    for (size_t i = 0; i < n; i++) {
        if (i)
            puts_(t, " ");
        puts_(t, server ? "{1+}\r\nx" : "{1}\r\nx");
    }
    puts_(t, ")\r\n");
    puts_(t, next);
}

typedef void make_fn(struct text *t, size_t n);

/* The input `make` writes for n = limit parses as `at` says, for
 * limit + 1 as `past` says. */
static void boundary(imw_parser *p, make_fn *make, size_t limit,
                     const char *at, const char *past)
{
    struct text t = { 0 };
    make(&t, limit);
    expect(p, &t, at);
    make(&t, limit + 1);
    expect(p, &t, past);
}

/* ---- response parser (client side), default limits ------------------------- */

#define MiB (1024u * 1024u)
#define KiB 1024u

static void ok_line(struct text *t, size_t n)
{
    line_of(t, "* OK ", "", n); /* the CRLF counts */
    puts_(t, "* 1 EXISTS\r\n");
}

START_TEST(client_line_length)
{
    imw_parser *p = client();
    /* the offset is the first octet past the limit; the rest of the line
     * is skipped as it arrives */
    boundary(p, ok_line, 8 * MiB, "R status\nR exists\n",
             "E IMW_ERR_LINE_TOO_LONG  8388608\nR exists\n");
    imw_parser_free(p);
}
END_TEST

static void client_id_literals(struct text *t, size_t n)
{
    many_literals(t, "* ID", n, "* 1 EXISTS\r\n");
}

START_TEST(client_literals_per_message)
{
    imw_parser *p = client();
    /* at the 4097th header's "{" (6 + 6 + 4095 * 7 + 1) */
    boundary(p, client_id_literals, 4096, "R id\nR exists\n",
             "E IMW_ERR_TOO_MANY_LITERALS literal 28678\nR exists\n");
    imw_parser_free(p);
}
END_TEST

START_TEST(client_literal_size)
{
    imw_parser *p = client();
    struct text t = { 0 };
    /* past the default 64 MiB: refused at the header (offset: its first
     * digit), before any data arrives; the data is then skipped */
    puts_(&t, "* 1 FETCH (BODY[] {67108865}\r\n");
    expect(p, &t, "E IMW_ERR_LITERAL_TOO_LARGE literal 19\n");
    imw_parser_free(p);
    /* the same rule at a small limit, with the data: at the limit it is
     * kept, past it skipped, and the next message parses */
    p = client();
    ck_assert_int_eq(imw_parser_set_limit(p, IMW_LIMIT_LITERAL_SIZE, 4), 0);
    puts_(&t, "* 1 FETCH (BODY[] {4}\r\nabcd)\r\n"
              "* 2 FETCH (BODY[] {5}\r\nab)\r\n)\r\n* 3 EXISTS\r\n");
    expect(p, &t, "R fetch\nE IMW_ERR_LITERAL_TOO_LARGE literal 19\nR exists\n");
    imw_parser_free(p);
}
END_TEST

START_TEST(client_message_size)
{
    imw_parser *p = client();
    struct text t = { 0 };
    ck_assert_int_eq(imw_parser_set_limit(p, IMW_LIMIT_MESSAGE_SIZE, 39), 0);
    /* literal data counts: 24 + 12 + 3 = 39 octets */
    puts_(&t, "* 1 FETCH (BODY[] {12}\r\n123456789012)\r\n");
    puts_(&t, "* 1 FETCH (BODY[] {13}\r\n1234567890123)\r\n* 2 EXISTS\r\n");
    /* at the first octet past the limit: the final LF */
    expect(p, &t, "R fetch\nE IMW_ERR_MESSAGE_TOO_LARGE  39\nR exists\n");
    imw_parser_free(p);
}
END_TEST

START_TEST(client_nesting)
{
    imw_parser *p = client();
    struct text t = { 0 };
    /* default 128: 128 levels of BODY (127 multiparts) parse, 129 do not;
     * so 100 nested multiparts (101 levels) parse with the defaults */
    nested_body(&t, 101);
    puts_(&t, "* 1 EXISTS\r\n");
    expect(p, &t, "R fetch\nR exists\n");
    nested_body(&t, 128);
    puts_(&t, "* 1 EXISTS\r\n");
    expect(p, &t, "R fetch\nR exists\n");
    nested_body(&t, 129);
    puts_(&t, "* 1 EXISTS\r\n");
    /* reported at the 128th "(" of the body */
    expect(p, &t, "E IMW_ERR_NESTING_TOO_DEEP body 143\nR exists\n");
    /* a lower limit: 100 nested multiparts need 101 */
    ck_assert_int_eq(imw_parser_set_limit(p, IMW_LIMIT_NESTING, 101), 0);
    nested_body(&t, 101);
    expect(p, &t, "R fetch\n");
    ck_assert_int_eq(imw_parser_set_limit(p, IMW_LIMIT_NESTING, 100), 0);
    nested_body(&t, 101);
    expect(p, &t, "E IMW_ERR_NESTING_TOO_DEEP body 115\n");
    imw_parser_free(p);
}
END_TEST

START_TEST(client_stream_threshold)
{
    imw_parser *p = client();
    struct text t = { 0 };
    ck_assert_int_eq(imw_parser_set_limit(p, IMW_LIMIT_STREAM_THRESHOLD, 4), 0);
    ck_assert_int_eq(imw_parser_set_literal_callback(p, NULL, NULL), 0);
    /* without a callback nothing is streamed, whatever the threshold */
    puts_(&t, "* 1 FETCH (BODY[] {5}\r\nabcde)\r\n");
    expect(p, &t, "R fetch\n");
    imw_parser_free(p);
}
END_TEST

static int count_chunk(const struct imw_literal_chunk *c, void *ctx)
{
    *(uint64_t *)ctx += c->data.len;
    return 0;
}

START_TEST(client_stream_threshold_boundary)
{
    imw_parser *p = client();
    struct text t = { 0 };
    uint64_t streamed = 0;
    ck_assert_int_eq(imw_parser_set_limit(p, IMW_LIMIT_STREAM_THRESHOLD, 4), 0);
    ck_assert_int_eq(imw_parser_set_literal_callback(p, count_chunk, &streamed), 0);
    /* at the threshold: buffered; one past it: streamed, and then bounded
     * neither by the literal size nor by the message size */
    ck_assert_int_eq(imw_parser_set_limit(p, IMW_LIMIT_LITERAL_SIZE, 4), 0);
    ck_assert_int_eq(imw_parser_set_limit(p, IMW_LIMIT_MESSAGE_SIZE, 40), 0);
    puts_(&t, "* 1 FETCH (BODY[] {4}\r\nabcd)\r\n");
    expect(p, &t, "R fetch\n");
    ck_assert_uint_eq(streamed, 0);
    puts_(&t, "* 1 FETCH (BODY[] {50}\r\n");
    repeat(&t, 'z', 50);
    puts_(&t, ")\r\n");
    expect(p, &t, "R fetch\n");
    ck_assert_uint_eq(streamed, 50);
    /* it still counts as one of IMW_LIMIT_LITERALS */
    ck_assert_int_eq(imw_parser_set_limit(p, IMW_LIMIT_LITERALS, 1), 0);
    puts_(&t, "* 1 FETCH (BODY[1] {5}\r\n12345 BODY[2] {1}\r\nx)\r\n");
    expect(p, &t, "E IMW_ERR_TOO_MANY_LITERALS literal 38\n");
    imw_parser_free(p);
}
END_TEST

/* ---- command parser (server side), by connection state --------------------- */

START_TEST(server_line_length_by_state)
{
    struct text t = { 0 };
    imw_parser *p = server(IMW_STATE_NOT_AUTHENTICATED);
    line_of(&t, "a LOGIN u ", "", 8 * KiB);
    puts_(&t, "b NOOP\r\n");
    expect(p, &t, "C LOGIN a\nC NOOP b\n");
    line_of(&t, "a LOGIN u ", "", 8 * KiB + 1);
    puts_(&t, "b NOOP\r\n");
    expect(p, &t, "E IMW_ERR_LINE_TOO_LONG  8192 a\nC NOOP b\n");
    imw_parser_set_state(p, IMW_STATE_AUTHENTICATED);
    line_of(&t, "a LOGIN u ", "", 64 * KiB);
    puts_(&t, "b NOOP\r\n");
    expect(p, &t, "C LOGIN a\nC NOOP b\n");
    line_of(&t, "a LOGIN u ", "", 64 * KiB + 1);
    puts_(&t, "b NOOP\r\n");
    expect(p, &t, "E IMW_ERR_LINE_TOO_LONG  65536 a\nC NOOP b\n");
    /* AUTHENTICATE and IDLE lines have the not-authenticated limits, even
     * on an authenticated connection */
    imw_parser_set_state(p, IMW_STATE_AUTHENTICATE);
    repeat(&t, 'A', 8 * KiB - 4); /* base64 is in groups of four */
    puts_(&t, "\r\n");
    repeat(&t, 'A', 8 * KiB - 2); /* at the limit: framed, not base64 */
    puts_(&t, "\r\n");
    repeat(&t, 'A', 8 * KiB - 1);
    puts_(&t, "\r\n*\r\n");
    expect(p, &t, "C SASL-RESPONSE \nE IMW_ERR_SYNTAX base64 0\n"
                  "E IMW_ERR_LINE_TOO_LONG  8192\nC SASL-CANCEL \n");
    imw_parser_set_state(p, IMW_STATE_IDLE);
    line_of(&t, "", "", 8 * KiB);     /* framed, but not DONE */
    line_of(&t, "", "", 8 * KiB + 1); /* refused by its length */
    puts_(&t, "DONE\r\n");
    expect(p, &t, "E IMW_ERR_SYNTAX idle 0\nE IMW_ERR_LINE_TOO_LONG  8192\n"
                  "C DONE \n");
    imw_parser_free(p);
}
END_TEST

/* "a LOGIN {n}" CRLF n octets " p" CRLF, or only the header when `data`
 * is 0 (a client sends no data for a refused synchronising literal). */
static void login_literal(struct text *t, size_t n, const char *plus, int data)
{
    char head[64];
    snprintf(head, sizeof head, "a LOGIN {%zu%s}\r\n", n, plus);
    puts_(t, head);
    if (data) {
        repeat(t, 'u', n);
        puts_(t, " p\r\n");
    }
    puts_(t, "b NOOP\r\n");
}

START_TEST(server_literal_size_by_state)
{
    struct text t = { 0 };
    imw_parser *p = server(IMW_STATE_NOT_AUTHENTICATED);
    login_literal(&t, 8 * KiB, "", 1);
    expect(p, &t, "C LOGIN a\nC NOOP b\n");
    /* synchronising: the command ends at the header, the next line is a
     * command */
    login_literal(&t, 8 * KiB + 1, "", 0);
    expect(p, &t, "E IMW_ERR_LITERAL_TOO_LARGE literal 9 a\nC NOOP b\n");
    /* non-synchronising: the client sends the data, which is skipped */
    login_literal(&t, 8 * KiB + 1, "+", 1);
    expect(p, &t, "E IMW_ERR_LITERAL_TOO_LARGE literal 9 a\nC NOOP b\n");
    imw_parser_free(p);
    p = server(IMW_STATE_AUTHENTICATED);
    login_literal(&t, 64 * MiB, "", 1);
    expect(p, &t, "C LOGIN a\nC NOOP b\n");
    login_literal(&t, 64 * MiB + 1, "", 0);
    expect(p, &t, "E IMW_ERR_LITERAL_TOO_LARGE literal 9 a\nC NOOP b\n");
    imw_parser_free(p);
}
END_TEST

static void server_id_literals(struct text *t, size_t n)
{
    many_literals(t, "a ID", n, "b NOOP\r\n");
}

START_TEST(server_literals_by_state)
{
    imw_parser *p = server(IMW_STATE_NOT_AUTHENTICATED);
    /* at the 17th "{" (6 + 7 + 15 * 8 + 1); its data and the rest are
     * skipped */
    boundary(p, server_id_literals, 16, "C ID a\nC NOOP b\n",
             "E IMW_ERR_TOO_MANY_LITERALS literal 134 a\nC NOOP b\n");
    imw_parser_set_state(p, IMW_STATE_AUTHENTICATED);
    boundary(p, server_id_literals, 1000, "C ID a\nC NOOP b\n",
             "E IMW_ERR_TOO_MANY_LITERALS literal 8006 a\nC NOOP b\n");
    imw_parser_free(p);
}
END_TEST

/* "a ID (" seven 8 KiB literals and a quoted string: `total` octets,
 * then "b NOOP". */
static void big_id(struct text *t, size_t total)
{
    puts_(t, "a ID (");
    for (int i = 0; i < 7; i++) {
        puts_(t, i ? " {8192+}\r\n" : "{8192+}\r\n");
        repeat(t, 'x', 8192);
    }
    size_t fixed = t->len + strlen(" \"\")\r\n");
    puts_(t, " \"");
    repeat(t, 'y', total - fixed);
    puts_(t, "\")\r\n");
    puts_(t, "b NOOP\r\n");
}

START_TEST(server_message_size_by_state)
{
    imw_parser *p = server(IMW_STATE_NOT_AUTHENTICATED);
    boundary(p, big_id, 64 * KiB, "C ID a\nC NOOP b\n",
             "E IMW_ERR_MESSAGE_TOO_LARGE  65536 a\nC NOOP b\n");
    /* the authenticated 80 MiB at a smaller value, set for that state */
    ck_assert_int_eq(imw_parser_set_limit_for(p, IMW_STATE_AUTHENTICATED,
                                              IMW_LIMIT_MESSAGE_SIZE, 64 * KiB),
                     0);
    imw_parser_set_state(p, IMW_STATE_AUTHENTICATED);
    boundary(p, big_id, 64 * KiB, "C ID a\nC NOOP b\n",
             "E IMW_ERR_MESSAGE_TOO_LARGE  65536 a\nC NOOP b\n");
    imw_parser_free(p);
}
END_TEST

static void search_parens(struct text *t, size_t n)
{
    puts_(t, "a SEARCH ");
    repeat(t, '(', n);
    puts_(t, "ALL");
    repeat(t, ')', n);
    puts_(t, "\r\nb NOOP\r\n");
}

START_TEST(server_nesting_by_state)
{
    struct text t = { 0 };
    imw_parser *p = server(IMW_STATE_NOT_AUTHENTICATED);
    /* at the "(" that goes too deep */
    boundary(p, search_parens, 2, "C SEARCH a\nC NOOP b\n",
             "E IMW_ERR_NESTING_TOO_DEEP search-key 11 a\nC NOOP b\n");
    imw_parser_set_state(p, IMW_STATE_AUTHENTICATED);
    boundary(p, search_parens, 64, "C SEARCH a\nC NOOP b\n",
             "E IMW_ERR_NESTING_TOO_DEEP search-key 73 a\nC NOOP b\n");
    /* every NOT is a level too */
    puts_(&t, "a SEARCH");
    for (int i = 0; i < 65; i++)
        puts_(&t, " NOT");
    puts_(&t, " ALL\r\n");
    char *got = run(p, &t);
    ck_assert_ptr_nonnull(strstr(got, "E IMW_ERR_NESTING_TOO_DEEP search-key"));
    free(got);
    imw_parser_free(p);
}
END_TEST

START_TEST(server_literal_minus)
{
    struct text t = { 0 };
    imw_parser *p = server(IMW_STATE_AUTHENTICATED);
    ck_assert_int_eq(imw_parser_set_option(p, IMW_OPTION_NONSYNC_LITERALS,
                                           IMW_NONSYNC_MINUS), 0);
    login_literal(&t, 4096, "+", 1);
    expect(p, &t, "C LOGIN a\nC NOOP b\n");
    /* at the "{"; the client sent the data, which is skipped */
    login_literal(&t, 4097, "+", 1);
    expect(p, &t, "E IMW_ERR_NONSYNC_LITERAL literal 8 a\nC NOOP b\n");
    /* a synchronising literal is not concerned */
    login_literal(&t, 4097, "", 1);
    expect(p, &t, "C LOGIN a\nC NOOP b\n");
    ck_assert_int_eq(imw_parser_set_option(p, IMW_OPTION_NONSYNC_LITERALS,
                                           IMW_NONSYNC_NONE), 0);
    login_literal(&t, 1, "+", 1);
    expect(p, &t, "E IMW_ERR_NONSYNC_LITERAL literal 8 a\nC NOOP b\n");
    imw_parser_free(p);
}
END_TEST

START_TEST(server_literal_size_syntax)
{
    struct text t = { 0 };
    imw_parser *p = server(IMW_STATE_AUTHENTICATED);
    /* past 32 bits, and past 64: the command ends at the header on the
     * server side even for "{n+}" (its size cannot be skipped) */
    puts_(&t, "a LOGIN {4294967296+}\r\nb NOOP\r\n");
    expect(p, &t, "E IMW_ERR_NUMBER_RANGE literal 9 a\nC NOOP b\n");
    puts_(&t, "a LOGIN {18446744073709551616}\r\nb NOOP\r\n");
    expect(p, &t, "E IMW_ERR_BAD_LITERAL literal 9 a\nC NOOP b\n");
    imw_parser_free(p);
}
END_TEST

START_TEST(server_number_ranges)
{
    struct text t = { 0 };
    imw_parser *p = server(IMW_STATE_AUTHENTICATED);
    puts_(&t, "a FETCH 4294967295 FLAGS\r\nb FETCH 4294967296 FLAGS\r\n"
              "c FETCH 1 FLAGS (CHANGEDSINCE 9223372036854775807)\r\n"
              "d FETCH 1 FLAGS (CHANGEDSINCE 9223372036854775808)\r\n"
              "e NOOP\r\n");
    char *got = run(p, &t);
    ck_assert_ptr_nonnull(strstr(got, "C FETCH a\nE IMW_ERR_NUMBER_RANGE "));
    ck_assert_ptr_nonnull(strstr(got, " b\nC FETCH c\nE IMW_ERR_NUMBER_RANGE "));
    ck_assert_ptr_nonnull(strstr(got, " d\nC NOOP e\n"));
    free(got);
    imw_parser_free(p);
}
END_TEST

/* ---- setters: what they refuse ------------------------------------------------ */

START_TEST(setter_ranges)
{
    imw_parser *c = client(), *s = server(IMW_STATE_NOT_AUTHENTICATED);
    static const enum imw_limit all[] = {
        IMW_LIMIT_LINE_LENGTH, IMW_LIMIT_LITERAL_SIZE, IMW_LIMIT_LITERALS,
        IMW_LIMIT_MESSAGE_SIZE, IMW_LIMIT_NESTING, IMW_LIMIT_STREAM_THRESHOLD,
    };
    for (size_t i = 0; i < sizeof all / sizeof all[0]; i++) {
        ck_assert_int_eq(imw_parser_set_limit(c, all[i], 0),
                         IMW_ERR_INVALID_ARGUMENT);
        ck_assert_int_eq(imw_parser_set_limit(c, all[i], 1), 0);
        ck_assert_int_eq(imw_parser_set_limit_for(s, IMW_STATE_AUTHENTICATED,
                                                  all[i], 0),
                         IMW_ERR_INVALID_ARGUMENT);
        /* per-state limits are a server's */
        ck_assert_int_eq(imw_parser_set_limit_for(c, IMW_STATE_AUTHENTICATED,
                                                  all[i], 1),
                         IMW_ERR_INVALID_ARGUMENT);
    }
    ck_assert_int_eq(imw_parser_set_limit(c, IMW_LIMIT_MESSAGE_SIZE, 0xFFFFFFFEu), 0);
    ck_assert_int_eq(imw_parser_set_limit(c, IMW_LIMIT_MESSAGE_SIZE, 0xFFFFFFFFu),
                     IMW_ERR_INVALID_ARGUMENT);
    ck_assert_int_eq(imw_parser_set_limit(c, IMW_LIMIT_NESTING, 256), 0);
    ck_assert_int_eq(imw_parser_set_limit(c, IMW_LIMIT_NESTING, 257),
                     IMW_ERR_INVALID_ARGUMENT);
    /* no upper bound on the others */
    ck_assert_int_eq(imw_parser_set_limit(c, IMW_LIMIT_LINE_LENGTH, UINT64_MAX), 0);
    ck_assert_int_eq(imw_parser_set_limit(c, IMW_LIMIT_LITERAL_SIZE, UINT64_MAX), 0);
    ck_assert_int_eq(imw_parser_set_limit(c, IMW_LIMIT_LITERALS, UINT64_MAX), 0);
    ck_assert_int_eq(imw_parser_set_limit(c, IMW_LIMIT_STREAM_THRESHOLD, UINT64_MAX), 0);
    ck_assert_int_eq(imw_parser_set_limit(c, (enum imw_limit)99, 1),
                     IMW_ERR_INVALID_ARGUMENT);
    ck_assert_int_eq(imw_parser_set_limit_for(s, IMW_STATE_COUNT,
                                              IMW_LIMIT_LINE_LENGTH, 9),
                     IMW_ERR_INVALID_ARGUMENT);
    ck_assert_int_eq(imw_parser_set_limit_for(s, IMW_STATE_AUTHENTICATED,
                                              IMW_LIMIT_NESTING, 257),
                     IMW_ERR_INVALID_ARGUMENT);
    imw_parser_free(c);
    imw_parser_free(s);
}
END_TEST

/* AUTHENTICATE and IDLE have no limits of their own: setting them sets
 * the not-authenticated ones; imw_parser_set_limit() on a server sets
 * the authenticated ones. */
START_TEST(setter_states_share_limits)
{
    struct text t = { 0 };
    imw_parser *p = server(IMW_STATE_NOT_AUTHENTICATED);
    ck_assert_int_eq(imw_parser_set_limit_for(p, IMW_STATE_IDLE,
                                              IMW_LIMIT_LINE_LENGTH, 8), 0);
    puts_(&t, "a NOOP\r\nb NOOP\r\n");
    expect(p, &t, "C NOOP a\nC NOOP b\n");
    puts_(&t, "ab NOOP\r\nb NOOP\r\n");
    expect(p, &t, "E IMW_ERR_LINE_TOO_LONG  8 ab\nC NOOP b\n");
    ck_assert_int_eq(imw_parser_set_limit(p, IMW_LIMIT_LINE_LENGTH, 8), 0);
    imw_parser_set_state(p, IMW_STATE_AUTHENTICATED);
    puts_(&t, "ab NOOP\r\nb NOOP\r\n");
    expect(p, &t, "E IMW_ERR_LINE_TOO_LONG  8 ab\nC NOOP b\n");
    imw_parser_free(p);
}
END_TEST

/* ---- builders and the inspector ---------------------------------------------- */

#define B(s) ((imw_bytes){ (const uint8_t *)(s), sizeof(s) - 1 })

static int build_command(const struct imw_command *c, const char **why)
{
    struct imw_out out;
    struct imw_build_options opts = { 0 };
    imw_out_init_growing(&out, NULL);
    int rc = imw_build_command(&out, c, &opts);
    *why = rc ? out.reason : "";
    imw_out_free(&out);
    return rc;
}

static int build_response(const struct imw_response *r, const char **why)
{
    struct imw_out out;
    struct imw_build_options opts = { 0 };
    imw_out_init_growing(&out, NULL);
    int rc = imw_build_response(&out, r, &opts);
    *why = rc ? out.reason : "";
    imw_out_free(&out);
    return rc;
}

START_TEST(builder_segments)
{
    /* a field with CR is a synchronising literal: 63 of them make 64
     * segments with the last one, 64 are refused */
    static struct imw_cmd_id_param params[64];
    const char *why;
    for (size_t i = 0; i < 64; i++)
        params[i] = (struct imw_cmd_id_param){ B("a\r"), { NULL, 0 } };
    struct imw_cmd_id id = { .params = params, .count = 63 };
    struct imw_command c = { .kind = IMW_CMD_ID, .tag = B("a"), .u.id = &id };
    ck_assert_int_eq(build_command(&c, &why), 0);
    id.count = 64;
    ck_assert_int_eq(build_command(&c, &why), IMW_ERR_INVALID_ARGUMENT);
    ck_assert_str_eq(why, "too many synchronising literals in one command");
    ck_assert_uint_eq(IMW_OUT_MAX_SEGMENTS, 64);
}
END_TEST

/* The builders nest as deep as the parser can be set to read (nesting
 * limit 256, IMW_MAX_NESTING), so that whatever parsed can be built
 * again, and refuse what no parser setting reads (a hand-made cycle
 * cannot exhaust the stack).  A THREAD chain is one list in the syntax:
 * its length is not a depth. */
enum { READABLE = 256, UNREADABLE = 300 };

static int build_generic_depth(int n, const char **why)
{
    static struct imw_value chain[UNREADABLE + 1];
    for (int i = 0; i < n; i++)
        chain[i] = (struct imw_value){ .kind = IMW_VALUE_LIST,
                                       .items = &chain[i + 1], .count = 1 };
    chain[n] = (struct imw_value){ .kind = IMW_VALUE_NIL };
    struct imw_generic deep = { .name = B("XDEEP"), .args = chain, .count = 1 };
    struct imw_esearch es = { .others = &deep, .nothers = 1 };
    struct imw_response r = { .kind = IMW_RESP_ESEARCH, .u.esearch = &es };
    return build_response(&r, why);
}

static int build_search_depth(int n, const char **why)
{
    static struct imw_search_key keys[UNREADABLE + 1];
    for (int i = 0; i < n; i++)
        keys[i] = (struct imw_search_key){ .kind = IMW_SKEY_NOT,
                                           .children = &keys[i + 1],
                                           .count = 1 };
    keys[n] = (struct imw_search_key){ .kind = IMW_SKEY_ALL };
    struct imw_cmd_search s = { .program = { .keys = keys, .count = 1 } };
    struct imw_command c = { .kind = IMW_CMD_SEARCH, .tag = B("a"),
                             .u.search = &s };
    return build_command(&c, why);
}

/* A thread of `n` messages: a chain "(1 2 3 ...)", or (branch) each
 * message with two children, the next one and a leaf, so that every
 * level is a nested list "(1 (2 (3 ...)(n+3))(n+2))". */
static int build_thread(int n, int branch, const char **why)
{
    struct imw_thread_node *node = calloc((size_t)n, sizeof *node);
    struct imw_thread_node *kids = calloc((size_t)n * 2, sizeof *kids);
    ck_assert(node && kids);
    for (int i = n - 1; i >= 0; i--) { /* bottom up: children are copies */
        node[i] = (struct imw_thread_node){ .number = (uint32_t)i + 1 };
        if (i + 1 == n)
            continue;
        if (!branch) {
            node[i].children = &node[i + 1];
            node[i].count = 1;
            continue;
        }
        kids[2 * i] = node[i + 1];
        kids[2 * i + 1] = (struct imw_thread_node){ .number = (uint32_t)(n + i + 1) };
        node[i].children = &kids[2 * i];
        node[i].count = 2;
    }
    struct imw_thread th = { .threads = node, .count = 1 };
    struct imw_response r = { .kind = IMW_RESP_THREAD, .u.thread = &th };
    int rc = build_response(&r, why);
    free(kids);
    free(node);
    return rc;
}

START_TEST(builder_depths)
{
    const char *why;
    ck_assert_int_eq(build_generic_depth(READABLE, &why), 0);
    ck_assert_int_eq(build_generic_depth(UNREADABLE, &why), IMW_ERR_INVALID_ARGUMENT);
    ck_assert_str_eq(why, "value nested too deep");
    ck_assert_int_eq(build_search_depth(READABLE, &why), 0);
    ck_assert_int_eq(build_search_depth(UNREADABLE, &why), IMW_ERR_INVALID_ARGUMENT);
    ck_assert_str_eq(why, "search program nested too deeply");
    ck_assert_int_eq(build_thread(100000, 0, &why), 0);
    ck_assert_int_eq(build_thread(READABLE - 1, 1, &why), 0);
    ck_assert_int_eq(build_thread(UNREADABLE, 1, &why), IMW_ERR_INVALID_ARGUMENT);
    ck_assert_str_eq(why, "thread nested too deep");
}
END_TEST

START_TEST(inspector_json_depth)
{
    struct imw_json json;
    imw_json_init_buffer(&json);
    for (int i = 0; i < IMW_JSON_MAX_DEPTH; i++)
        imw_json_begin_array(&json);
    ck_assert(!imw_json_failed(&json));
    imw_json_begin_array(&json);
    ck_assert(imw_json_failed(&json));
    ck_assert_uint_eq(IMW_JSON_MAX_DEPTH, 1024);
    imw_json_release(&json);
}
END_TEST

Suite *imw_limits_suite(void)
{
    Suite *s = suite_create("limits");
    TCase *tc = tcase_create("limits");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, client_line_length);
    tcase_add_test(tc, client_literals_per_message);
    tcase_add_test(tc, client_literal_size);
    tcase_add_test(tc, client_message_size);
    tcase_add_test(tc, client_nesting);
    tcase_add_test(tc, client_stream_threshold);
    tcase_add_test(tc, client_stream_threshold_boundary);
    tcase_add_test(tc, server_line_length_by_state);
    tcase_add_test(tc, server_literal_size_by_state);
    tcase_add_test(tc, server_literals_by_state);
    tcase_add_test(tc, server_message_size_by_state);
    tcase_add_test(tc, server_nesting_by_state);
    tcase_add_test(tc, server_literal_minus);
    tcase_add_test(tc, server_literal_size_syntax);
    tcase_add_test(tc, server_number_ranges);
    tcase_add_test(tc, setter_ranges);
    tcase_add_test(tc, setter_states_share_limits);
    tcase_add_test(tc, builder_segments);
    tcase_add_test(tc, builder_depths);
    tcase_add_test(tc, inspector_json_depth);
    suite_add_tcase(s, tc);
    return s;
}
