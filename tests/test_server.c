/* The server side's machinery (imapwire/command.h): continuation requests,
 * refused and non-synchronising literals, limits by connection state,
 * AUTHENTICATE and IDLE lines, errors a server can answer (with the tag),
 * hostile commands, misuse that must not make the loop spin, chunk
 * invariance over the real-client captures, and every RFC client example
 * of tests/data/rfc-examples.commands. */
#define _POSIX_C_SOURCE 200809L /* open_memstream */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "imapwire/imapwire.h"
#include "suites.h"
#include "test_util.h"
#include "json_command.h"

/* ---- helpers ----------------------------------------------------------------- */

static imw_parser *server(enum imw_state state)
{
    imw_parser *p = imw_parser_new(IMW_SIDE_SERVER);
    ck_assert_ptr_nonnull(p);
    ck_assert_int_eq(imw_parser_set_state(p, state), 0);
    return p;
}

/* Renders every result of parsing `len` bytes fed in chunks of `chunk`
 * (0: at once): "C kind tag" per command, "E code tag offset" per error. */
static char *render(imw_parser *p, const void *data, size_t len, size_t chunk)
{
    char *out = NULL;
    size_t out_len = 0;
    FILE *f = open_memstream(&out, &out_len);
    const uint8_t *s = data;
    size_t at = 0;
    ck_assert_ptr_nonnull(f);
    do {
        size_t n = chunk && len - at > chunk ? chunk : len - at;
        ck_assert_int_eq(imw_parser_feed(p, s + at, n), 0);
        at += n;
        const struct imw_command *c;
        int rc;
        while ((rc = imw_parser_next_command(p, &c)) != 0) {
            if (rc < 0) {
                const struct imw_parse_error *e = imw_parser_error(p);
                fprintf(f, "E %s %.*s %llu\n", imw_error_name(rc),
                        (int)e->tag.len, e->tag.ptr ? (const char *)e->tag.ptr : "",
                        (unsigned long long)e->offset);
                ck_assert(!imw_error_is_fatal(rc));
                continue;
            }
            fprintf(f, "C %s %.*s\n", imw_command_kind_name(c->kind),
                    (int)c->tag.len, c->tag.ptr ? (const char *)c->tag.ptr : "");
        }
    } while (at < len);
    if (imw_parser_finish(p) < 0)
        fprintf(f, "F %s\n", imw_error_name(imw_parser_error(p)->code));
    fclose(f);
    return out;
}

static char *render_str(imw_parser *p, const char *s)
{
    return render(p, s, strlen(s), 0);
}

static void expect(enum imw_state state, const char *in, const char *want)
{
    imw_parser *p = server(state);
    char *got = render_str(p, in);
    ck_assert_str_eq(got, want);
    free(got);
    imw_parser_free(p);
}

/* ---- continuation requests ------------------------------------------------- */

struct asked {
    int calls;
    struct imw_literal_request last;
    char tag[16], command[16];
    int answer;
};

static int on_literal(const struct imw_literal_request *req, void *ctx)
{
    struct asked *a = ctx;
    a->calls++;
    a->last = *req;
    snprintf(a->tag, sizeof a->tag, "%.*s", (int)req->tag.len,
             (const char *)req->tag.ptr);
    snprintf(a->command, sizeof a->command, "%.*s", (int)req->command.len,
             (const char *)req->command.ptr);
    return a->answer;
}

START_TEST(test_continuation_before_data)
{
    imw_parser *p = server(IMW_STATE_AUTHENTICATED);
    struct asked a = { .answer = IMW_CONTINUE };
    const struct imw_command *c;
    imw_parser_set_continuation_callback(p, on_literal, &a);
    const char *head = "A1 APPEND INBOX (\\Seen) {5}\r\n";
    imw_parser_feed(p, head, strlen(head));
    /* asked as soon as the header is in, before any data */
    ck_assert_int_eq(imw_parser_next_command(p, &c), 0);
    ck_assert_int_eq(a.calls, 1);
    ck_assert_str_eq(a.tag, "A1");
    ck_assert_str_eq(a.command, "APPEND");
    ck_assert_uint_eq(a.last.size, 5);
    ck_assert_uint_eq(a.last.index, 0);
    ck_assert_uint_eq(a.last.offset, strlen(head));
    ck_assert_int_eq(a.last.is_binary, 0);
    imw_parser_feed(p, "hello\r\n", 7);
    ck_assert_int_eq(imw_parser_next_command(p, &c), 1);
    ck_assert_int_eq(c->kind, IMW_CMD_APPEND);
    ck_assert_int_eq(a.calls, 1);
    imw_parser_free(p);
}
END_TEST

START_TEST(test_refused_literal_ends_command)
{
    imw_parser *p = server(IMW_STATE_AUTHENTICATED);
    struct asked a = { .answer = IMW_REFUSE };
    imw_parser_set_continuation_callback(p, on_literal, &a);
    /* the client sends no data after a refusal: the next line is a command */
    char *got = render_str(p, "A1 APPEND INBOX {99999}\r\nA2 NOOP\r\n");
    ck_assert_str_eq(got, "E IMW_ERR_LITERAL_REFUSED A1 16\nC NOOP A2\n");
    free(got);
    imw_parser_free(p);
}
END_TEST

START_TEST(test_second_literal_index_and_uid_name)
{
    imw_parser *p = server(IMW_STATE_AUTHENTICATED);
    struct asked a = { .answer = IMW_CONTINUE };
    imw_parser_set_continuation_callback(p, on_literal, &a);
    char *got = render_str(p, "t UID SEARCH CHARSET {5}\r\nUTF-8 SUBJECT ~{2}\r\nab\r\n");
    ck_assert_int_eq(a.calls, 2);
    ck_assert_uint_eq(a.last.index, 1);
    ck_assert_int_eq(a.last.is_binary, 1);
    ck_assert_str_eq(a.command, "SEARCH");
    free(got);
    imw_parser_free(p);
}
END_TEST

START_TEST(test_oversized_sync_literal_refused_unread)
{
    /* 400 MB announced before login: refused at the header, nothing read
     * or allocated for it, and the next command parses */
    expect(IMW_STATE_NOT_AUTHENTICATED,
           "a LOGIN {400000000}\r\nb NOOP\r\n",
           "E IMW_ERR_LITERAL_TOO_LARGE a 9\nC NOOP b\n");
    /* after login the limit is larger */
    expect(IMW_STATE_AUTHENTICATED, "a LOGIN {10000}\r\n",
           "F IMW_ERR_INCOMPLETE\n");
}
END_TEST

START_TEST(test_nonsync_literals)
{
    /* LITERAL+ (default): sent at once */
    expect(IMW_STATE_AUTHENTICATED, "a LOGIN {1+}\r\nx y\r\nb NOOP\r\n",
           "C LOGIN a\nC NOOP b\n");
    imw_parser *p = server(IMW_STATE_AUTHENTICATED);
    imw_parser_set_option(p, IMW_OPTION_NONSYNC_LITERALS, IMW_NONSYNC_MINUS);
    /* LITERAL-: at most 4096 octets; a larger one's data is skipped */
    char big[5000 + 64];
    int n = snprintf(big, sizeof big, "a APPEND x {5000+}\r\n");
    memset(big + n, 'z', 5000);
    memcpy(big + n + 5000, "\r\nb NOOP\r\n", 11);
    char *got = render(p, big, strlen(big), 0);
    ck_assert_str_eq(got, "E IMW_ERR_NONSYNC_LITERAL a 11\nC NOOP b\n");
    free(got);
    got = render_str(p, "c LOGIN {3+}\r\nabc d\r\n");
    ck_assert_str_eq(got, "C LOGIN c\n");
    free(got);
    imw_parser_set_option(p, IMW_OPTION_NONSYNC_LITERALS, IMW_NONSYNC_NONE);
    got = render_str(p, "c LOGIN {3+}\r\nabc d\r\ne NOOP\r\n");
    /* offsets count the whole stream: this input starts at 5051 */
    ck_assert_str_eq(got, "E IMW_ERR_NONSYNC_LITERAL c 5059\nC NOOP e\n");
    free(got);
    imw_parser_free(p);
}
END_TEST

/* ---- states ---------------------------------------------------------------------- */

START_TEST(test_authenticate_lines)
{
    imw_parser *p = server(IMW_STATE_NOT_AUTHENTICATED);
    const struct imw_command *c;
    const char *in = "a AUTHENTICATE PLAIN\r\ndGVzdAB0ZXN0AHRlc3Q=\r\n";
    imw_parser_feed(p, in, strlen(in));
    ck_assert_int_eq(imw_parser_next_command(p, &c), 1);
    ck_assert_int_eq(c->kind, IMW_CMD_AUTHENTICATE);
    imw_parser_set_state(p, IMW_STATE_AUTHENTICATE);
    ck_assert_int_eq(imw_parser_next_command(p, &c), 1);
    ck_assert_int_eq(c->kind, IMW_CMD_SASL_RESPONSE);
    ck_assert_uint_eq(c->u.sasl.base64.len, 20);
    ck_assert_ptr_null(c->tag.ptr);
    imw_parser_free(p);
    expect(IMW_STATE_AUTHENTICATE, "*\r\n\r\nnot base64\r\n",
           "C SASL-CANCEL \nC SASL-RESPONSE \nE IMW_ERR_SYNTAX  5\n");
    expect(IMW_STATE_IDLE, "done\r\nDONE x\r\n",
           "C DONE \nE IMW_ERR_SYNTAX  6\n");
}
END_TEST

START_TEST(test_follow_client)
{
    imw_parser *p = server(IMW_STATE_NOT_AUTHENTICATED);
    imw_parser_set_option(p, IMW_OPTION_FOLLOW_CLIENT, 1);
    char *got = render_str(p, "a AUTHENTICATE PLAIN\r\nAGE=\r\n*\r\n"
                              "b LOGIN u p\r\nc IDLE\r\nDONE\r\nd NOOP\r\n");
    ck_assert_str_eq(got, "C AUTHENTICATE a\nC SASL-RESPONSE \nC SASL-CANCEL \n"
                          "C LOGIN b\nC IDLE c\nC DONE \nC NOOP d\n");
    ck_assert_int_eq(imw_parser_state(p), IMW_STATE_AUTHENTICATED);
    free(got);
    imw_parser_free(p);
}
END_TEST

START_TEST(test_limits_by_state)
{
    char line[9000];
    memcpy(line, "a LOGIN ", 8);
    memset(line + 8, 'x', sizeof line - 8 - 3);
    memcpy(line + sizeof line - 3, "\r\n", 3);
    /* 8 KiB lines before login, 64 KiB after */
    imw_parser *p = server(IMW_STATE_NOT_AUTHENTICATED);
    char *got = render(p, line, strlen(line), 0);
    ck_assert_str_eq(got, "E IMW_ERR_LINE_TOO_LONG a 8192\n");
    free(got);
    imw_parser_set_state(p, IMW_STATE_AUTHENTICATED);
    got = render(p, line, strlen(line), 0);
    ck_assert_ptr_nonnull(strstr(got, "E IMW_ERR_SYNTAX a")); /* one word */
    free(got);
    /* nesting 2 before login; configurable per state */
    imw_parser_set_state(p, IMW_STATE_NOT_AUTHENTICATED);
    got = render_str(p, "a ID (\"a\" \"b\")\r\n");
    ck_assert_str_eq(got, "C ID a\n");
    free(got);
    ck_assert_int_eq(imw_parser_set_limit_for(p, IMW_STATE_NOT_AUTHENTICATED,
                                              IMW_LIMIT_LINE_LENGTH, 10), 0);
    got = render_str(p, "a CAPABILITY\r\nb NOOP\r\n");
    ck_assert_str_eq(got, "E IMW_ERR_LINE_TOO_LONG a 18024\nC NOOP b\n");
    free(got);
    ck_assert_int_eq(imw_parser_set_state(p, IMW_STATE_COUNT),
                     IMW_ERR_INVALID_ARGUMENT);
    imw_parser_free(p);
}
END_TEST

/* ---- errors a server can answer, hostile commands -------------------------- */

START_TEST(test_errors_carry_tag)
{
    expect(IMW_STATE_AUTHENTICATED,
           "x1 SELECT\r\nx2 FETCH 1 (FLAGS\r\nx3 NOOP\r\n",
           "E IMW_ERR_SYNTAX x1 9\nE IMW_ERR_SYNTAX x2 28\nC NOOP x3\n");
    /* no tag could be read */
    expect(IMW_STATE_AUTHENTICATED, "\r\n(a NOOP\r\n+ NOOP\r\nb NOOP\r\n",
           "E IMW_ERR_SYNTAX  0\nE IMW_ERR_SYNTAX  2\nE IMW_ERR_SYNTAX  11\n"
           "C NOOP b\n");
}
END_TEST

START_TEST(test_hostile_literal_sizes)
{
    expect(IMW_STATE_AUTHENTICATED,
           "a LOGIN {4294967296}\r\nb LOGIN {99999999999999999999999}\r\n"
           "c LOGIN {-1}\r\nd LOGIN {}\r\ne NOOP\r\n",
           "E IMW_ERR_NUMBER_RANGE a 9\nE IMW_ERR_BAD_LITERAL b 31\n"
           "E IMW_ERR_SYNTAX c 66\nE IMW_ERR_SYNTAX d 80\nC NOOP e\n");
}
END_TEST

START_TEST(test_hostile_shapes)
{
    /* NUL in a quoted string, bare CR, bare LF inside a line, 8-bit and
     * special octets in tags, sequence sets that are zero, overflow or end
     * in a comma: each its own error, the last command parses */
    static const char in[] =
        "a LOGIN \"x\0y\" p\r\n"
        "b LOGIN x\ry p\r\n"
        "c\xff NOOP\r\n"
        "d* NOOP\r\n"
        "e% NOOP\r\n"
        "e( NOOP\r\n"
        "e+ NOOP\r\n"
        "f FETCH 0 FLAGS\r\n"
        "g FETCH 4294967296 FLAGS\r\n"
        "h FETCH 1, FLAGS\r\n"
        "i NOOP\r\n";
    imw_parser *p = server(IMW_STATE_AUTHENTICATED);
    char *got = render(p, in, sizeof in - 1, 0);
    size_t errors = 0;
    for (char *s = got; (s = strstr(s, "E IMW_ERR_")) != NULL; s++)
        errors++;
    ck_assert_uint_eq(errors, 10);
    ck_assert_ptr_nonnull(strstr(got, "C NOOP i\n"));
    free(got);
    imw_parser_free(p);
}
END_TEST

START_TEST(test_hostile_nesting_and_literals)
{
    size_t n = 200000;
    char *deep = malloc(2 * n + 32);
    size_t len = (size_t)sprintf(deep, "a ID ");
    memset(deep + len, '(', n);
    len += n;
    memcpy(deep + len, "\r\nb NOOP\r\n", 10);
    len += 10;
    imw_parser *p = server(IMW_STATE_AUTHENTICATED);
    char *got = render(p, deep, len, 0);
    ck_assert_ptr_nonnull(strstr(got, "E IMW_ERR_"));
    ck_assert_ptr_nonnull(strstr(got, "C NOOP b\n"));
    free(got);
    free(deep);
    /* search programs nest through calls: the nesting limit holds as they
     * are read, 64 after login, 2 before */
    deep = malloc(n + 64);
    len = (size_t)sprintf(deep, "a SEARCH ");
    memset(deep + len, '(', 200); /* 200000 would pass the line limit */
    len += 200;
    memcpy(deep + len, "ALL\r\nb NOOP\r\n", 14);
    len += 14;
    got = render(p, deep, len, 0);
    ck_assert_ptr_nonnull(strstr(got, "E IMW_ERR_NESTING_TOO_DEEP a"));
    ck_assert_ptr_nonnull(strstr(got, "C NOOP b\n"));
    free(got);
    free(deep);
    expect(IMW_STATE_AUTHENTICATED, "a SEARCH ((NOT (ALL)))\r\n", "C SEARCH a\n");
    imw_parser *pre = server(IMW_STATE_NOT_AUTHENTICATED);
    got = render_str(pre, "a SEARCH ((NOT (ALL)))\r\nb SEARCH (ALL)\r\n");
    ck_assert_str_eq(got, "E IMW_ERR_NESTING_TOO_DEEP a 14\nC SEARCH b\n");
    free(got);
    imw_parser_free(pre);
    /* 200000 literals: refused at the 1001st, the rest skipped */
    char *many = malloc(n * 8 + 64);
    len = (size_t)sprintf(many, "a LOGIN");
    for (size_t i = 0; i < n; i++)
        len += (size_t)sprintf(many + len, " {1+}\r\nx");
    len += (size_t)sprintf(many + len, "\r\nb NOOP\r\n");
    got = render(p, many, len, 0);
    ck_assert_ptr_nonnull(strstr(got, "E IMW_ERR_TOO_MANY_LITERALS a"));
    ck_assert_ptr_nonnull(strstr(got, "C NOOP b\n"));
    free(got);
    free(many);
    imw_parser_free(p);
}
END_TEST

START_TEST(test_misuse_does_not_spin)
{
    imw_parser *c = imw_parser_new(IMW_SIDE_CLIENT);
    const struct imw_command *cmd;
    imw_parser_feed(c, "a NOOP\r\n", 8);
    ck_assert_int_eq(imw_parser_next_command(c, &cmd), IMW_ERR_MISUSE);
    ck_assert_int_eq(imw_parser_next_command(c, &cmd), 0);
    ck_assert_int_eq(imw_parser_next_command(NULL, &cmd), IMW_ERR_MISUSE);
    ck_assert_int_eq(imw_parser_set_state(c, IMW_STATE_IDLE),
                     IMW_ERR_INVALID_ARGUMENT);
    imw_parser_free(c);
}
END_TEST

/* ---- real clients and the RFC examples ------------------------------------- */

static char *render_capture(const char *path, size_t chunk)
{
    size_t len;
    char *data = imw_test_read_file(path, &len);
    imw_parser *p = server(IMW_STATE_NOT_AUTHENTICATED);
    imw_parser_set_option(p, IMW_OPTION_FOLLOW_CLIENT, 1);
    char *got = render(p, data, len, chunk);
    imw_parser_free(p);
    free(data);
    return got;
}

static const char *const captures[] = {
    TEST_DATA_DIR "/client-imaplib.commands",
    TEST_DATA_DIR "/client-imaplib.conn2.commands",
    TEST_DATA_DIR "/client-imaplib.conn3.commands",
    TEST_DATA_DIR "/client-mbsync.commands",
    TEST_DATA_DIR "/client-mbsync.conn2.commands",
    TEST_DATA_DIR "/client-fetchmail.commands",
};

START_TEST(test_real_clients_parse)
{
    char *got = render_capture(captures[_i], 0);
    ck_assert_msg(!strstr(got, "E IMW_") && !strstr(got, "F IMW_"), "%s:\n%s",
                  captures[_i], got);
    ck_assert_msg(!strstr(got, "C OTHER"), "%s: untyped:\n%s", captures[_i],
                  got);
    /* chunk invariance */
    static const size_t chunks[] = { 1, 7, 64 };
    for (size_t i = 0; i < 3; i++) {
        char *again = render_capture(captures[_i], chunks[i]);
        ck_assert_str_eq(again, got);
        free(again);
    }
    free(got);
}
END_TEST

/* The inspector's JSON of every command in `len` bytes, appended to json. */
static void render_json(const char *data, size_t len, struct imw_json *json)
{
    imw_parser *p = server(IMW_STATE_AUTHENTICATED);
    const struct imw_command *c;
    imw_parser_set_option(p, IMW_OPTION_FOLLOW_CLIENT, 1);
    ck_assert_int_eq(imw_parser_feed(p, data, len), 0);
    while (imw_parser_next_command(p, &c) > 0) {
        imw_json_command(json, c);
        imw_json_end_line(json);
    }
    imw_parser_free(p);
}

#define GOLDEN TEST_DATA_DIR "/rfc-examples.commands.json"

/* Every example of tests/data/rfc-examples.commands not marked [skip]
 * parses, each in a parser of its own that follows the client, and its
 * typed values are those of the golden file (written by this test with
 * IMW_WRITE_GOLDEN=1 tests/check_imapwire, and reviewed): any change of a
 * typed field shows as a difference. */
START_TEST(test_rfc_examples_parse)
{
    size_t len, examples = 0;
    struct imw_json json;
    imw_json_init_buffer(&json);
    char *text = imw_test_read_file(TEST_DATA_DIR "/rfc-examples.commands", &len);
    char *entry = strstr(text, "\n# RFC ");
    while (entry) {
        char *hdr = entry + 1;
        char *body = strchr(hdr, '\n') + 1;
        char *next = strstr(body, "\n# RFC ");
        size_t blen = next ? (size_t)(next + 1 - body) : strlen(body);
        char *eol = body - 1;
        *eol = '\0';
        int skip = strstr(hdr, "[skip") != NULL;
        if (!skip) {
            imw_parser *p = server(IMW_STATE_AUTHENTICATED);
            imw_parser_set_option(p, IMW_OPTION_FOLLOW_CLIENT, 1);
            char *got = render(p, body, blen, 0);
            ck_assert_msg(!strstr(got, "E IMW_") && !strstr(got, "F IMW_"),
                          "%.*s\n%.*s-> %s", (int)(eol - hdr), hdr, (int)blen,
                          body, got);
            free(got);
            imw_parser_free(p);
            imw_json_string(&json, hdr);
            imw_json_end_line(&json);
            render_json(body, blen, &json);
            examples++;
        }
        entry = next;
    }
    ck_assert_uint_ge(examples, 590);
    ck_assert(!imw_json_failed(&json));
    const char *all = json.buf ? json.buf : "";
    size_t used = strlen(all), golden_len;
    if (getenv("IMW_WRITE_GOLDEN")) {
        FILE *f = fopen(GOLDEN, "wb");
        ck_assert_ptr_nonnull(f);
        ck_assert_uint_eq(fwrite(all, 1, used, f), used);
        fclose(f);
    }
    char *golden = imw_test_read_file(GOLDEN, &golden_len);
    ck_assert_msg(golden_len == used && memcmp(golden, all, used) == 0,
                  "typed values differ from %s (compare with "
                  "IMW_WRITE_GOLDEN=1 and git diff)", GOLDEN);
    free(golden);
    imw_json_release(&json);
    free(text);
}
END_TEST

Suite *imw_server_suite(void)
{
    Suite *s = suite_create("server");
    TCase *tc = tcase_create("server");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_continuation_before_data);
    tcase_add_test(tc, test_refused_literal_ends_command);
    tcase_add_test(tc, test_second_literal_index_and_uid_name);
    tcase_add_test(tc, test_oversized_sync_literal_refused_unread);
    tcase_add_test(tc, test_nonsync_literals);
    tcase_add_test(tc, test_authenticate_lines);
    tcase_add_test(tc, test_follow_client);
    tcase_add_test(tc, test_limits_by_state);
    tcase_add_test(tc, test_errors_carry_tag);
    tcase_add_test(tc, test_hostile_literal_sizes);
    tcase_add_test(tc, test_hostile_shapes);
    tcase_add_test(tc, test_hostile_nesting_and_literals);
    tcase_add_test(tc, test_misuse_does_not_spin);
    tcase_add_loop_test(tc, test_real_clients_parse, 0,
                        (int)(sizeof captures / sizeof captures[0]));
    tcase_add_test(tc, test_rfc_examples_parse);
    suite_add_tcase(s, tc);
    return s;
}
