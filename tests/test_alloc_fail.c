/* Allocation failure (issue 8): for every allocation the test vectors
 * reach, make exactly that one fail (memory is back for the next) and
 * check that the library says IMW_ERR_NOMEM where it happened, changes
 * nothing else, goes on working and frees every block.
 *
 * The vectors are every message of the .responses files of tests/data
 * (client side) and of its .commands files (server side, following the
 * client as the captures need).  Three passes over each:
 *
 * - message by message: each message alone in a fresh parser in the state
 *   it was parsed in (greeting expected or not; the connection state),
 *   fed whole (parsed where it lies) and fed in two halves (copied by the
 *   framer).  A clean run counts its allocations a_k; for every n < a_k a
 *   run with allocation n failing must give IMW_ERR_NOMEM for the message
 *   (or, when a feed was refused, the message once the feed is repeated),
 *   then parse the message again, fed anew, exactly as the clean run did;
 * - the whole stream: a clean run counts A allocations; for every n < A
 *   (a stream parser reuses its buffers, so A is small) the results are
 *   those of the clean run but for one message, which is IMW_ERR_NOMEM:
 *   the message after it parses.  Whole and in chunks of 61 octets;
 * - the builders: every message that parsed is built into a growing
 *   buffer with the counting allocator (the bytes and the result equal
 *   those of the C library allocator) and again with each of its
 *   allocations failing: IMW_ERR_NOMEM.
 *
 * After every run the allocator must hold no live block. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "imapwire/imapwire.h"
#include "imapwire/builder.h"
#include "json_command.h"
#include "suites.h"
#include "test_util.h"

#define NOMEM_TEXT "NOMEM"

/* ---- a stream of test vectors ------------------------------------------------- */

struct vectors {
    const char *name;
    const uint8_t *data;
    size_t len;
    int server;            /* commands (server side), else responses */
    int greeting;          /* responses: the first one is the greeting */
    enum imw_state start;  /* commands: the state the stream starts in */
};

/* What one message gave in the clean run of its stream. */
struct message {
    size_t start, len;     /* its octets in the stream */
    enum imw_state state;  /* commands: the state it was parsed in */
    char *text;            /* its JSON, or "E <error> <rule>" */
};

struct results {
    struct message *m;
    size_t n, cap;
    int finish;            /* what imw_parser_finish() said */
    size_t end;            /* where the complete messages end */
};

static void results_free(struct results *r)
{
    for (size_t i = 0; i < r->n; i++)
        free(r->m[i].text);
    free(r->m);
    memset(r, 0, sizeof *r);
}

static struct message *results_add(struct results *r)
{
    if (r->n == r->cap) {
        r->cap = r->cap ? r->cap * 2 : 64;
        r->m = realloc(r->m, r->cap * sizeof *r->m);
        ck_assert_ptr_nonnull(r->m);
    }
    memset(&r->m[r->n], 0, sizeof *r->m);
    return &r->m[r->n++];
}

/* ---- parsers and what they return --------------------------------------------- */

static imw_parser *new_parser(const struct vectors *v, int greeting,
                              enum imw_state state, const imw_allocator *a)
{
    imw_parser *p = imw_parser_new_with_allocator(
        v->server ? IMW_SIDE_SERVER : IMW_SIDE_CLIENT, a);
    if (!p)
        return NULL;
    if (v->server) {
        ck_assert_int_eq(imw_parser_set_option(p, IMW_OPTION_FOLLOW_CLIENT, 1), 0);
        ck_assert_int_eq(imw_parser_set_state(p, state), 0);
    } else {
        ck_assert_int_eq(imw_parser_set_option(p, IMW_OPTION_EXPECT_GREETING,
                                               greeting), 0);
    }
    return p;
}

/* One result as text: the inspector's JSON of the value, NOMEM_TEXT, or
 * the error and its rule.  Returns imw_parser_next*()'s value; *text is
 * malloc'd when it is not 0.  For a value, *value is the response or
 * command (the parser's until its next call) and *raw its octets. */
static int next_text(imw_parser *p, int server, char **text,
                     const void **value, imw_bytes *raw)
{
    const struct imw_response *r = NULL;
    const struct imw_command *c = NULL;
    int rc = server ? imw_parser_next_command(p, &c) : imw_parser_next(p, &r);
    *text = NULL;
    if (rc == 0)
        return 0;
    ck_assert_msg(!imw_error_is_fatal(rc), "fatal %s", imw_error_name(rc));
    if (rc < 0) {
        const struct imw_parse_error *e = imw_parser_error(p);
        char line[256];
        ck_assert_int_eq(e->code, rc);
        if (rc == IMW_ERR_NOMEM)
            snprintf(line, sizeof line, NOMEM_TEXT);
        else
            snprintf(line, sizeof line, "E %s %s", imw_error_name(rc), e->rule);
        *text = strdup(line);
        return rc;
    }
    struct imw_json json;
    imw_json_init_buffer(&json);
    if (server)
        imw_json_command(&json, c);
    else
        imw_json_response(&json, r);
    ck_assert(!imw_json_failed(&json));
    *text = strdup(json.buf ? json.buf : "");
    imw_json_release(&json);
    *value = server ? (const void *)c : (const void *)r;
    *raw = server ? c->raw : r->raw;
    return rc;
}

/* ---- the builders -------------------------------------------------------------- */

/* Builds the value the parser just returned into a growing buffer. */
static int build_value(const void *value, int server, const imw_allocator *a,
                       struct imw_out *out)
{
    uint32_t counter = 1;
    struct imw_build_options opts = {
        .caps = { .binary = 1 }, .tag_prefix = "T", .tag_counter = &counter,
    };
    imw_out_init_growing(out, a);
    return server ? imw_build_command(out, value, &opts)
                  : imw_build_response(out, value, &opts);
}

/* The value builds alike with the C library's allocator and the counting
 * one, and each allocation of the build, failing, gives IMW_ERR_NOMEM
 * and leaks nothing.  Returns how many allocations the build made. */
static long check_build(const void *value, int server, const char *context)
{
    struct imw_out plain, counted;
    struct imw_test_alloc t;
    int want = build_value(value, server, NULL, &plain);
    imw_allocator a = imw_test_alloc_init(&t, -1);
    ck_assert_int_eq(build_value(value, server, &a, &counted), want);
    ck_assert_msg(want != 0 || (counted.len == plain.len &&
                                memcmp(counted.buf, plain.buf, plain.len) == 0),
                  "%s: the build differs with the counting allocator", context);
    imw_out_free(&plain);
    imw_out_free(&counted);
    ck_assert_uint_eq(t.live, 0);
    long allocations = t.calls;
    for (long n = 0; n < allocations; n++) {
        a = imw_test_alloc_init(&t, n);
        int rc = build_value(value, server, &a, &counted);
        ck_assert_msg(rc == IMW_ERR_NOMEM && counted.error == IMW_ERR_NOMEM,
                      "%s: allocation %ld of %ld failing: %s", context, n,
                      allocations, imw_error_name(rc));
        imw_out_free(&counted);
        ck_assert_uint_eq(t.live, 0);
    }
    return allocations;
}

/* ---- the clean run of a stream -------------------------------------------------- */

struct totals {
    size_t messages, runs, builds;
};

/* Parses the stream once, fed whole, with the counting allocator: every
 * result, where each message starts and the state it was parsed in; and
 * checks the build of every value that parsed. */
static void clean_run(const struct vectors *v, struct results *res,
                      struct totals *tot)
{
    struct imw_test_alloc t;
    imw_allocator a = imw_test_alloc_init(&t, -1);
    imw_parser *p = new_parser(v, v->greeting, v->start, &a);
    ck_assert_ptr_nonnull(p);
    ck_assert_int_eq(imw_parser_feed(p, v->data, v->len), 0);
    for (;;) {
        enum imw_state state = v->server ? imw_parser_state(p) : v->start;
        const void *value = NULL;
        imw_bytes raw = { NULL, 0 };
        char *text;
        int rc = next_text(p, v->server, &text, &value, &raw);
        if (rc == 0)
            break;
        struct message *m = results_add(res);
        m->state = state;
        m->text = text;
        if (rc > 0) {
            /* fed whole: parsed where it lies */
            ck_assert(raw.ptr >= v->data && raw.ptr + raw.len <= v->data + v->len);
            m->start = (size_t)(raw.ptr - v->data);
            tot->runs += (size_t)check_build(value, v->server, v->name);
            tot->builds++;
        } else {
            m->start = imw_parser_error(p)->message_offset;
        }
    }
    /* an RFC example may end inside a message (a literal it leaves out) */
    res->finish = imw_parser_finish(p);
    res->end = res->finish ? imw_parser_error(p)->message_offset : v->len;
    ck_assert(res->finish == 0 || res->finish == IMW_ERR_INCOMPLETE);
    imw_parser_free(p);
    ck_assert_uint_eq(t.live, 0);
    for (size_t i = 0; i < res->n; i++)
        res->m[i].len = (i + 1 < res->n ? res->m[i + 1].start : res->end) -
                        res->m[i].start;
    tot->messages += res->n;
}

/* ---- message by message --------------------------------------------------------- */

/* Feeds `len` octets (whole, or in two halves with `split`) and collects
 * what the parser returns into out[0..*n).  A feed refused for lack of
 * memory is repeated (its octets were not taken); *refused counts them. */
static void feed_and_drain(imw_parser *p, int server, const uint8_t *data,
                           size_t len, int split, char **out, size_t *n,
                           size_t max, int *refused)
{
    size_t half = split ? len / 2 : len;
    const size_t piece[2][2] = { { 0, half }, { half, len - half } };
    for (int i = 0; i < 2; i++) {
        if (piece[i][1] == 0 && i == 1)
            break;
        int rc = imw_parser_feed(p, data + piece[i][0], piece[i][1]);
        if (rc == IMW_ERR_NOMEM) {
            ++*refused;
            rc = imw_parser_feed(p, data + piece[i][0], piece[i][1]);
        }
        ck_assert_int_eq(rc, 0);
        const void *value;
        imw_bytes raw;
        char *text;
        while (next_text(p, server, &text, &value, &raw) != 0) {
            ck_assert_msg(*n < max, "too many results for one message");
            out[(*n)++] = text;
        }
    }
}

#define MAX_RESULTS 4

static void free_texts(char **texts, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(texts[i]);
}

/* One run of message m alone: a fresh parser, the message fed (and
 * drained), then, in the state the message was parsed in, fed again.
 * The first results go to first[], the second to second[]; returns the
 * allocations made up to the end of the first feed, or -1 when the
 * parser could not be made. */
struct one_run {
    char *first[MAX_RESULTS], *second[MAX_RESULTS];
    size_t nfirst, nsecond;
    int refused;
};

static long run_message(const struct vectors *v, const struct message *m,
                        int is_first, int split, long fail_at,
                        struct one_run *run)
{
    struct imw_test_alloc t;
    imw_allocator a = imw_test_alloc_init(&t, fail_at);
    const uint8_t *data = v->data + m->start;
    long counted = -1;
    memset(run, 0, sizeof *run);
    imw_parser *p = new_parser(v, is_first && v->greeting, m->state, &a);
    if (p) {
        feed_and_drain(p, v->server, data, m->len, split, run->first,
                       &run->nfirst, MAX_RESULTS, &run->refused);
        counted = t.calls;
        if (v->server) /* a failed command is not followed */
            ck_assert_int_eq(imw_parser_set_state(p, m->state), 0);
        feed_and_drain(p, v->server, data, m->len, 0, run->second,
                       &run->nsecond, MAX_RESULTS, &run->refused);
        ck_assert_int_eq(imw_parser_finish(p), 0);
        imw_parser_free(p);
    }
    ck_assert_uint_eq(t.live, 0);
    return counted;
}

static void run_free(struct one_run *run)
{
    free_texts(run->first, run->nfirst);
    free_texts(run->second, run->nsecond);
}

/* Message m of a stream, alone, fed whole or split: each of the
 * allocations of its first parse, failing, gives IMW_ERR_NOMEM for it,
 * and the parser then parses it fed again as the clean run did. */
static void exhaust_message(const struct vectors *v, struct message *m,
                            int is_first, int split, struct totals *tot)
{
    struct one_run clean, run;
    long allocations = run_message(v, m, is_first, split, -1, &clean);
    ck_assert_int_ge(allocations, 0);
    ck_assert_msg(clean.nfirst == 1 && strcmp(clean.first[0], m->text) == 0,
                  "%s at %zu: alone it is not what it was in the stream:\n"
                  "%s\n%s", v->name, m->start, m->text,
                  clean.nfirst ? clean.first[0] : "(nothing)");
    ck_assert_uint_eq(clean.nsecond, 1);
    ck_assert_int_eq(clean.refused, 0);
    for (long n = 0; n < allocations; n++) {
        long reached = run_message(v, m, is_first, split, n, &run);
        tot->runs++;
        if (reached < 0)
            continue; /* the parser itself could not be made: nothing kept */
        int nomem = run.nfirst == 1 && strcmp(run.first[0], NOMEM_TEXT) == 0;
        int as_clean = run.nfirst == 1 && strcmp(run.first[0], m->text) == 0;
        ck_assert_msg((nomem && !run.refused) || (as_clean && run.refused == 1),
                      "%s at %zu (%s): allocation %ld of %ld failing gave %s "
                      "(feed refused %d times) for\n%s", v->name, m->start,
                      split ? "split" : "whole", n, allocations,
                      run.nfirst ? run.first[0] : "nothing", run.refused,
                      m->text);
        ck_assert_msg(run.nsecond == 1 &&
                      strcmp(run.second[0], clean.second[0]) == 0,
                      "%s at %zu: after allocation %ld failed, fed again: %s\n"
                      "want %s", v->name, m->start, n,
                      run.nsecond ? run.second[0] : "nothing", clean.second[0]);
        run_free(&run);
    }
    run_free(&clean);
}

/* ---- the whole stream ---------------------------------------------------------- */

#define STREAM_CHUNK 61 /* odd, so that messages span feeds anywhere */

/* The stream with allocation `fail_at` failing, fed whole or in chunks:
 * every result is the clean run's but one, which is IMW_ERR_NOMEM (none
 * when a feed was refused and repeated).  After that message the parser
 * is put in the state the next one was parsed in, as the server would
 * be (following the client, a command that failed is not followed).
 * Returns whether the allocation was reached. */
static int stream_with_failure(const struct vectors *v,
                               const struct results *res, size_t chunk,
                               long fail_at)
{
    struct imw_test_alloc t;
    imw_allocator a = imw_test_alloc_init(&t, fail_at);
    imw_parser *p = new_parser(v, v->greeting, v->start, &a);
    size_t k = 0, nomem = 0, refused = 0;
    int nomem_tail = 0;
    if (!p) {
        ck_assert_uint_eq(t.live, 0);
        return 1;
    }
    for (size_t at = 0; at < v->len;) {
        size_t n = chunk && v->len - at > chunk ? chunk : v->len - at;
        int rc = imw_parser_feed(p, v->data + at, n);
        if (rc == IMW_ERR_NOMEM) {
            refused++;
            continue; /* memory is back: the same octets again */
        }
        ck_assert_int_eq(rc, 0);
        at += n;
        const void *value;
        imw_bytes raw;
        char *text;
        while (next_text(p, v->server, &text, &value, &raw) != 0) {
            /* the failure may hit the message an RFC example leaves
             * incomplete: it is reported, not left for finish() */
            int tail = k == res->n && res->finish != 0;
            ck_assert_msg(k < res->n || (tail && !strcmp(text, NOMEM_TEXT)),
                          "%s: allocation %ld failing (chunk %zu): more "
                          "results than the clean run: %s\n%.*s", v->name,
                          fail_at, chunk, text, (int)v->len, v->data);
            if (tail) {
                nomem_tail = 1;
            } else if (strcmp(text, NOMEM_TEXT) == 0) {
                nomem++;
                if (v->server && k + 1 < res->n)
                    imw_parser_set_state(p, res->m[k + 1].state);
            } else {
                ck_assert_msg(strcmp(text, res->m[k].text) == 0,
                              "%s: allocation %ld failing (chunk %zu), "
                              "message %zu at %zu:\n%s\nwant %s", v->name,
                              fail_at, chunk, k, res->m[k].start, text,
                              res->m[k].text);
            }
            free(text);
            k++;
        }
    }
    int finish = imw_parser_finish(p);
    ck_assert(finish == res->finish || (nomem_tail && finish == 0));
    imw_parser_free(p);
    ck_assert_uint_eq(t.live, 0);
    k -= (size_t)nomem_tail;
    nomem += (size_t)nomem_tail;
    ck_assert_msg(k == res->n, "%s: %zu results, the clean run had %zu",
                  v->name, k, res->n);
    ck_assert_uint_le(nomem + refused, 1);
    return imw_test_alloc_reached(&t);
}

/* Every allocation of the stream fed whole, and of the stream in chunks
 * (the framer then copies), fails in turn. */
static void exhaust_stream(const struct vectors *v, const struct results *res,
                           struct totals *tot)
{
    static const size_t chunks[] = { 0, STREAM_CHUNK };
    for (size_t c = 0; c < 2; c++) {
        long n = 0;
        while (stream_with_failure(v, res, chunks[c], n))
            n++;
        tot->runs += (size_t)n;
        ck_assert_int_gt(n, 0); /* at least the parser itself */
    }
}

/* ---- the passes over one stream ------------------------------------------------- */

static void check_stream(const struct vectors *v, struct totals *tot)
{
    struct results res = { 0 };
    clean_run(v, &res, tot);
    for (size_t k = 0; k < res.n; k++) {
        exhaust_message(v, &res.m[k], k == 0, 0, tot);
        exhaust_message(v, &res.m[k], k == 0, 1, tot);
    }
    exhaust_stream(v, &res, tot);
    results_free(&res);
}

static void check_file(const char *name, int server, struct totals *tot)
{
    char path[512];
    size_t len;
    snprintf(path, sizeof path, "%s/%s", TEST_DATA_DIR, name);
    char *data = imw_test_read_file(path, &len);
    struct vectors v = {
        .name = name, .data = (const uint8_t *)data, .len = len,
        .server = server, .greeting = !server && data[0] != '#',
        .start = IMW_STATE_NOT_AUTHENTICATED,
    };
    check_stream(&v, tot);
    free(data);
}

static void report(const char *what, const struct totals *tot)
{
    if (getenv("IMW_ALLOC_FAIL_VERBOSE"))
        fprintf(stderr, "%s: %zu messages, %zu builds, %zu failing runs\n",
                what, tot->messages, tot->builds, tot->runs);
}

static const char *const response_files[] = {
    "dovecot-session.responses", "dovecot-full.responses",
    "dovecot-full.conn2.responses", "dovecot-bigfetch.responses",
    "client-fetchmail.responses", "client-imaplib.responses",
    "client-imaplib.conn2.responses", "client-imaplib.conn3.responses",
    "client-mbsync.responses", "client-mbsync.conn2.responses",
    "server-quirks.responses", "rfc-examples.responses",
};

static const char *const command_files[] = {
    "dovecot-session.commands", "dovecot-full.commands",
    "dovecot-full.conn2.commands", "client-fetchmail.commands",
    "client-imaplib.commands", "client-imaplib.conn2.commands",
    "client-imaplib.conn3.commands", "client-mbsync.commands",
    "client-mbsync.conn2.commands",
};

START_TEST(test_responses)
{
    struct totals tot = { 0 };
    check_file(response_files[_i], 0, &tot);
    ck_assert_uint_gt(tot.messages, 0);
    ck_assert_uint_gt(tot.runs, tot.messages); /* every message allocates */
    report(response_files[_i], &tot);
}
END_TEST

START_TEST(test_commands)
{
    struct totals tot = { 0 };
    check_file(command_files[_i], 1, &tot);
    ck_assert_uint_gt(tot.runs, tot.messages);
    report(command_files[_i], &tot);
}
END_TEST

/* tests/data/rfc-examples.commands: each example a stream of its own,
 * from the authenticated state, as tests/test_server.c reads them (the
 * examples marked [skip] too: whatever they give, a failure changes only
 * that). */
START_TEST(test_rfc_example_commands)
{
    size_t len, examples = 0;
    struct totals tot = { 0 };
    char *text = imw_test_read_file(TEST_DATA_DIR "/rfc-examples.commands", &len);
    for (char *entry = strstr(text, "\n# RFC "); entry;) {
        char *body = strchr(entry + 1, '\n') + 1;
        char *next = strstr(body, "\n# RFC ");
        size_t blen = next ? (size_t)(next + 1 - body) : strlen(body);
        struct vectors v = {
            .name = "rfc-examples.commands", .data = (const uint8_t *)body,
            .len = blen, .server = 1, .start = IMW_STATE_AUTHENTICATED,
        };
        check_stream(&v, &tot);
        examples++;
        entry = next;
    }
    ck_assert_uint_ge(examples, 600);
    ck_assert_uint_gt(tot.runs, tot.messages);
    report("rfc-examples.commands", &tot);
    free(text);
}
END_TEST

/* Shapes that reach allocations the captures do not: nesting deeper than
 * theirs (more rows of rule marks), more literals than the framer's first
 * array holds, more events than the first event array, a generic command
 * (its machine runs after the command machine gave up on the name). */
static const char extra_responses[] =
    "* ID (\"a\" {1}\r\n1 \"b\" {1}\r\n2 \"c\" {1}\r\n3 \"d\" {1}\r\n4"
    " \"e\" {1}\r\n5 \"f\" {1}\r\n6 \"g\" {1}\r\n7 \"h\" {1}\r\n8"
    " \"i\" {1}\r\n9 \"j\" {2}\r\n10)\r\n"
    "* 1 FETCH (BODYSTRUCTURE (((((((\"text\" \"plain\" NIL NIL NIL \"7bit\" 1 1)"
    " \"a\") \"b\") \"c\") \"d\") \"e\") \"f\"))\r\n"
    "* SEARCH 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24"
    " 25 26 27 28 29 30 31 32 33 34 35 36 37 38 39 40 41 42 43 44 45 46 47\r\n";

static const char extra_commands[] =
    "a1 XFROB (((((((((((((a b) c) d) e) f) g) h) i) j) k) l) m) n)\r\n"
    "a2 XFROB {1+}\r\nx {1+}\r\nx {1+}\r\nx {1+}\r\nx {1+}\r\nx {1+}\r\nx"
    " {1+}\r\nx {1+}\r\nx {1+}\r\nx {1+}\r\nx\r\n"
    "a3 APPEND INBOX {1+}\r\nx {1+}\r\nx {1+}\r\nx {1+}\r\nx {1+}\r\nx"
    " {1+}\r\nx {1+}\r\nx {1+}\r\nx {1+}\r\nx {1+}\r\nx\r\n"
    "a4 SEARCH ((((((((((((((((SEEN))))))))))))))))\r\n"
    "a5 SEARCH OR (OR (OR (OR (OR SEEN DRAFT) NEW) OLD) ALL) (NOT (NOT (NOT"
    " (NOT DELETED))))\r\n"
    "a6 FETCH 1:2,4,6:*,9,10,11,12,13,14,15,16,17,18,19,20 (FLAGS UID"
    " BODY.PEEK[HEADER.FIELDS (A B C D E F G H I J K L M N O P)])\r\n";

START_TEST(test_extra_shapes)
{
    struct totals tot = { 0 };
    struct vectors v = {
        .name = "extra responses", .data = (const uint8_t *)extra_responses,
        .len = sizeof extra_responses - 1,
    };
    check_stream(&v, &tot);
    ck_assert_uint_eq(tot.messages, 3);
    v = (struct vectors){
        .name = "extra commands", .data = (const uint8_t *)extra_commands,
        .len = sizeof extra_commands - 1, .server = 1,
        .start = IMW_STATE_AUTHENTICATED,
    };
    check_stream(&v, &tot);
    ck_assert_uint_eq(tot.messages, 9);
    ck_assert_uint_eq(tot.builds, 9); /* every one parsed */
    report("extra shapes", &tot);
}
END_TEST

/* ---- the other allocating helper: imw_seq_set_parse_alloc ---------------------- */

START_TEST(test_seq_set_parse_alloc)
{
    static const char *const sets[] = {
        "1", "1:4,7,9:*", "*", "5:2,3,4294967295", "$", "1,2,3,4,5,6,7,8,9,10",
    };
    for (size_t i = 0; i < sizeof sets / sizeof *sets; i++) {
        const uint8_t *s = (const uint8_t *)sets[i];
        size_t len = strlen(sets[i]);
        struct imw_test_alloc t;
        imw_allocator a = imw_test_alloc_init(&t, -1);
        struct imw_seq_set set, want;
        int saved;
        ck_assert_int_eq(imw_seq_set_parse_alloc(s, len, NULL, &want, &saved,
                                                 NULL), 0);
        ck_assert_int_eq(imw_seq_set_parse_alloc(s, len, &a, &set, &saved,
                                                 NULL), 0);
        ck_assert_uint_eq(set.count, want.count);
        ck_assert(want.count == 0 ||
                  memcmp(set.ranges, want.ranges,
                         want.count * sizeof *want.ranges) == 0);
        size_t count = want.count;
        imw_seq_set_free(&set, &a);
        imw_seq_set_free(&want, NULL);
        ck_assert_uint_eq(t.live, 0);
        long allocations = t.calls;
        ck_assert_int_eq(allocations, !saved); /* one array, none for "$" */
        for (long n = 0; n < allocations; n++) {
            a = imw_test_alloc_init(&t, n);
            ck_assert_int_eq(imw_seq_set_parse_alloc(s, len, &a, &set, NULL,
                                                     NULL), IMW_ERR_NOMEM);
            ck_assert_ptr_null(set.ranges);
            ck_assert_uint_eq(set.count, 0);
            ck_assert_uint_eq(t.live, 0);
            /* memory is back */
            ck_assert_int_eq(imw_seq_set_parse_alloc(s, len, &a, &set, NULL,
                                                     NULL), 0);
            ck_assert_uint_eq(set.count, count);
            imw_seq_set_free(&set, &a);
            ck_assert_uint_eq(t.live, 0);
        }
    }
}
END_TEST

Suite *imw_alloc_fail_suite(void)
{
    Suite *s = suite_create("alloc_fail");
    TCase *tc = tcase_create("alloc_fail");
    tcase_set_timeout(tc, 120);
    tcase_add_loop_test(tc, test_responses, 0,
                        (int)(sizeof response_files / sizeof *response_files));
    tcase_add_loop_test(tc, test_commands, 0,
                        (int)(sizeof command_files / sizeof *command_files));
    tcase_add_test(tc, test_rfc_example_commands);
    tcase_add_test(tc, test_extra_shapes);
    tcase_add_test(tc, test_seq_set_parse_alloc);
    suite_add_tcase(s, tc);
    return s;
}
