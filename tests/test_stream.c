/* Tests of streamed literals: literals above IMW_LIMIT_STREAM_THRESHOLD go
 * to the literal callback in chunks instead of being buffered (src/framer.c,
 * imw_parser_set_literal_callback()). */
#include <check.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "imapwire/imapwire.h"
#include "suites.h"
#include "test_util.h"

#define KIB 1024u
#define MIB (1024u * 1024u)

/* ---- input made on the fly: head, `size` octets of a pattern, tail ---- */

struct source {
    const char *head;
    size_t head_len;
    uint64_t size;
    const char *tail;
    size_t tail_len;
};

#define SOURCE(head, size, tail) \
    { head, sizeof(head) - 1, size, tail, sizeof(tail) - 1 }

/* Octet i of every literal's data: not periodic in any small chunk size,
 * and holding CR, LF, NUL, '{' and ')' now and then. */
static uint8_t pattern(uint64_t i)
{
    return (uint8_t)((i * 2654435761u) >> 11);
}

static uint64_t source_len(const struct source *s)
{
    return s->head_len + s->size + s->tail_len;
}

static void source_fill(const struct source *s, uint64_t at, uint8_t *out,
                        size_t n)
{
    for (size_t i = 0; i < n; i++, at++) {
        if (at < s->head_len)
            out[i] = (uint8_t)s->head[at];
        else if (at - s->head_len < s->size)
            out[i] = pattern(at - s->head_len);
        else
            out[i] = (uint8_t)s->tail[at - s->head_len - s->size];
    }
}

/* ---- recording what the parser says ------------------------------------ */

#define MAX_RESPONSES 8

/* The callback's record.  `log` gets one line per literal (at its first
 * chunk) and, with keep_data, the data of every chunk; without it the
 * data is checked against pattern() as it comes. */
struct sink {
    int keep_data;
    long abort_at;    /* index of the chunk that returns -1; -1: none */
    size_t chunks, max_chunk;
    uint64_t received;  /* octets of the current literal so far */
    struct imw_literal_chunk first; /* fields of the current literal */
    char item[128];
    int pattern_ok;

    char *log;          /* responses, errors, literals: compared whole */
    size_t log_len;
    enum imw_response_kind kinds[MAX_RESPONSES];
    char *raw[MAX_RESPONSES];
    size_t raw_len[MAX_RESPONSES];
    size_t nresponses;
};

static void log_bytes(struct sink *s, const void *p, size_t n)
{
    s->log = realloc(s->log, s->log_len + n + 1);
    ck_assert_ptr_nonnull(s->log);
    memcpy(s->log + s->log_len, p, n);
    s->log_len += n;
    s->log[s->log_len] = '\0';
}

static void log_text(struct sink *s, const char *fmt, ...)
{
    char line[512];
    va_list ap;
    int n;

    va_start(ap, fmt);
    n = vsnprintf(line, sizeof line, fmt, ap);
    va_end(ap);
    ck_assert(n >= 0 && (size_t)n < sizeof line);
    log_bytes(s, line, (size_t)n);
}

/* Whether the log holds `text` (the log may hold NUL octets of data). */
static int log_has(const struct sink *s, const char *text)
{
    size_t n = strlen(text);

    for (size_t i = 0; i + n <= s->log_len; i++)
        if (memcmp(s->log + i, text, n) == 0)
            return 1;
    return 0;
}

static void sink_free(struct sink *s)
{
    free(s->log);
    for (size_t i = 0; i < s->nresponses; i++)
        free(s->raw[i]);
}

/* Every chunk of a literal says the same about it, comes in order and is
 * never empty. */
static void check_same_literal(struct sink *s, const struct imw_literal_chunk *c)
{
    ck_assert_uint_eq(c->offset, s->received);
    ck_assert_uint_eq(c->message_number, s->first.message_number);
    ck_assert_uint_eq(c->size, s->first.size);
    ck_assert_int_eq(c->is_binary, s->first.is_binary);
    ck_assert_uint_eq(c->item.len, strlen(s->item));
    ck_assert(c->item.len == 0 || memcmp(c->item.ptr, s->item, c->item.len) == 0);
}

static void note_literal(struct sink *s, const struct imw_literal_chunk *c)
{
    ck_assert_uint_lt(c->item.len, sizeof s->item);
    ck_assert(c->item.len == 0 ? c->item.ptr == NULL : c->item.ptr != NULL);
    s->first = *c;
    s->received = 0;
    memcpy(s->item, c->item.ptr ? (const char *)c->item.ptr : "", c->item.len);
    s->item[c->item.len] = '\0';
    log_text(s, "L n=%u item=%s size=%llu binary=%d\n", c->message_number,
             s->item, (unsigned long long)c->size, c->is_binary);
}

static int on_chunk(const struct imw_literal_chunk *c, void *ctx)
{
    struct sink *s = ctx;

    ck_assert_uint_gt(c->data.len, 0);
    ck_assert_uint_le(c->data.len, c->size - c->offset);
    if (c->offset == 0)
        note_literal(s, c);
    check_same_literal(s, c);
    if (s->keep_data) {
        log_bytes(s, c->data.ptr, c->data.len);
    } else {
        for (size_t i = 0; i < c->data.len; i++)
            if (c->data.ptr[i] != pattern(c->offset + i))
                s->pattern_ok = 0;
    }
    s->received += c->data.len;
    if (c->data.len > s->max_chunk)
        s->max_chunk = c->data.len;
    return (long)s->chunks++ == s->abort_at ? -1 : 0;
}

static void note_response(struct sink *s, const struct imw_response *r)
{
    char *text = NULL;
    size_t len = 0;

    imw_test_render(r, &text, &len);
    log_bytes(s, text, len);
    free(text);
    ck_assert_uint_lt(s->nresponses, MAX_RESPONSES);
    s->kinds[s->nresponses] = r->kind;
    s->raw[s->nresponses] = malloc(r->raw.len + 1);
    ck_assert_ptr_nonnull(s->raw[s->nresponses]);
    memcpy(s->raw[s->nresponses], r->raw.ptr, r->raw.len);
    s->raw_len[s->nresponses++] = r->raw.len;
}

static void note_error(struct sink *s, const char *what, imw_parser *p)
{
    const struct imw_parse_error *e = imw_parser_error(p);

    log_text(s, "%s code=%d offset=%llu message=%llu rule=%s\n", what, e->code,
             (unsigned long long)e->offset,
             (unsigned long long)e->message_offset, e->rule);
}

/* Calls next() until it wants input (or once, when `once`); returns 1 when
 * it stopped because it wants input. */
static int drain(imw_parser *p, struct sink *s, int once)
{
    const struct imw_response *r;
    int rc;

    while ((rc = imw_parser_next(p, &r)) != 0) {
        if (rc > 0)
            note_response(s, r);
        else
            note_error(s, "E", p);
        if (once)
            return 0;
    }
    return 1;
}

/* The last literal streamed was this one, and `received` octets of it
 * came, matching pattern(). */
static void assert_literal(const struct sink *s, uint32_t number,
                           const char *item, uint64_t size, int binary,
                           uint64_t received)
{
    ck_assert_uint_eq(s->first.message_number, number);
    ck_assert_str_eq(s->item, item);
    ck_assert_uint_eq(s->first.size, size);
    ck_assert_int_eq(s->first.is_binary, binary);
    ck_assert_uint_eq(s->received, received);
    ck_assert(s->pattern_ok);
}

/* ---- running the parser ------------------------------------------------- */

struct setup {
    uint64_t threshold;     /* 0: leave the default */
    uint64_t literal_limit; /* 0: leave the default */
    uint64_t message_limit; /* 0: leave the default */
    uint64_t literals;      /* 0: leave the default */
    int no_callback;
    int lazy;               /* feed the next chunk before draining */
};

static imw_parser *new_parser(const struct setup *st, struct sink *s,
                              const imw_allocator *alloc)
{
    imw_parser *p = imw_parser_new_with_allocator(IMW_SIDE_CLIENT, alloc);

    ck_assert_ptr_nonnull(p);
    ck_assert_int_eq(imw_parser_set_option(p, IMW_OPTION_EXPECT_GREETING, 0), 0);
    if (st->threshold)
        ck_assert_int_eq(imw_parser_set_limit(p, IMW_LIMIT_STREAM_THRESHOLD,
                                              st->threshold), 0);
    if (st->literal_limit)
        ck_assert_int_eq(imw_parser_set_limit(p, IMW_LIMIT_LITERAL_SIZE,
                                              st->literal_limit), 0);
    if (st->message_limit)
        ck_assert_int_eq(imw_parser_set_limit(p, IMW_LIMIT_MESSAGE_SIZE,
                                              st->message_limit), 0);
    if (st->literals)
        ck_assert_int_eq(imw_parser_set_limit(p, IMW_LIMIT_LITERALS,
                                              st->literals), 0);
    if (!st->no_callback)
        ck_assert_int_eq(imw_parser_set_literal_callback(p, on_chunk, s), 0);
    return p;
}

static void scribble_free(uint8_t *chunk, size_t n)
{
    if (chunk)
        memset(chunk, 0xAA, n);
    free(chunk);
}

/* Feeds the source in chunks of `chunk` octets (0: whole), each in its own
 * allocation that is scribbled over and freed as soon as the parser may no
 * longer read it, then finishes.  Records everything in *s. */
static void run(const struct setup *st, const struct source *src,
                size_t chunk, struct sink *s, struct imw_test_peak_alloc *m)
{
    imw_allocator alloc = imw_test_peak_alloc(m);
    uint64_t len = source_len(src), at = 0;
    uint8_t *prev = NULL;
    size_t prev_len = 0;
    imw_parser *p;

    s->pattern_ok = 1;
    p = new_parser(st, s, &alloc);
    if (chunk == 0)
        chunk = (size_t)len;
    while (at < len) {
        size_t n = len - at < chunk ? (size_t)(len - at) : chunk;
        uint8_t *c = malloc(n);

        ck_assert_ptr_nonnull(c);
        source_fill(src, at, c, n);
        ck_assert_int_eq(imw_parser_feed(p, c, n), 0);
        scribble_free(prev, prev_len);
        prev = c;
        prev_len = n;
        at += n;
        if (drain(p, s, st->lazy)) {
            scribble_free(prev, prev_len);
            prev = NULL;
        }
    }
    drain(p, s, 0);
    scribble_free(prev, prev_len);
    if (imw_parser_finish(p) < 0)
        note_error(s, "F", p);
    imw_parser_free(p);
    ck_assert_uint_eq(m->current, 0);
}

/* ---- a 30 MB attachment ------------------------------------------------ */

#define BIG_SIZE (30u * MIB)
#define BIG_HEAD "* 7 FETCH (UID 9 BODY[] {31457280}\r\n"
static const struct source big = SOURCE(BIG_HEAD, BIG_SIZE,
                                        ")\r\na1 OK done\r\n");

/* The kind of the same FETCH with a small, buffered literal: streaming must
 * not change how the response is typed. */
static enum imw_response_kind small_fetch_kind(void)
{
    static const struct source small = SOURCE(
        "* 7 FETCH (UID 9 BODY[] {3}\r\n", 3, ")\r\n");
    struct setup st = { 0 };
    struct sink s = { 0 };
    struct imw_test_peak_alloc m;
    enum imw_response_kind kind;

    run(&st, &small, 0, &s, &m);
    ck_assert_uint_eq(s.nresponses, 1);
    kind = s.kinds[0];
    sink_free(&s);
    return kind;
}

START_TEST(big_literal_streamed)
{
    /* the literal limit bounds buffered literals only */
    struct setup st = { .threshold = MIB, .literal_limit = 16 * MIB };
    struct sink s = { .abort_at = -1 };
    struct imw_test_peak_alloc m;
    static const char frame[] = BIG_HEAD ")\r\n";

    run(&st, &big, 64 * KIB, &s, &m);
    assert_literal(&s, 7, "BODY[]", BIG_SIZE, 0, BIG_SIZE);
    ck_assert_uint_le(s.max_chunk, 64 * KIB);
    ck_assert_uint_ge(s.chunks, BIG_SIZE / (64 * KIB));
    /* the FETCH, without its data, then the tagged OK */
    ck_assert_uint_eq(s.nresponses, 2);
    ck_assert_int_eq(s.kinds[0], small_fetch_kind());
    ck_assert_uint_eq(s.raw_len[0], sizeof frame - 1);
    ck_assert(memcmp(s.raw[0], frame, sizeof frame - 1) == 0);
    ck_assert_int_eq(s.kinds[1], IMW_RESP_STATUS);
    ck_assert(!log_has(&s, "code="));
    /* the data is never held: what is left is the parser itself (about
     * 5 KiB today), far below the 1 MiB threshold the design allows */
    ck_assert_msg(m.peak < 256 * KIB, "peak %zu octets", m.peak);
    sink_free(&s);
}
END_TEST

START_TEST(big_literal_without_callback)
{
    struct setup st = { .literal_limit = 16 * MIB, .no_callback = 1 };
    struct sink s = { .abort_at = -1 };
    struct imw_test_peak_alloc m;
    char want[160];

    run(&st, &big, 64 * KIB, &s, &m);
    ck_assert_uint_eq(s.chunks, 0);
    snprintf(want, sizeof want, "E code=%d offset=%zu message=0 rule=literal\n",
             IMW_ERR_LITERAL_TOO_LARGE, strlen("* 7 FETCH (UID 9 BODY[] {"));
    ck_assert_msg(strncmp(s.log, want, strlen(want)) == 0, "%s", s.log);
    ck_assert_uint_eq(s.nresponses, 1);
    ck_assert_int_eq(s.kinds[0], IMW_RESP_STATUS);
    ck_assert_msg(m.peak < 256 * KIB, "peak %zu octets", m.peak);
    sink_free(&s);
}
END_TEST

/* ---- aborting, end of input, limits ------------------------------------ */

#define HEAD3000 "* 1 FETCH (BODY[] {3000}\r\n"

START_TEST(callback_aborts_one_message)
{
    static const struct source src = SOURCE(HEAD3000, 3000,
                                             ")\r\n* 2 FETCH (UID 5)\r\n");
    struct setup st = { .threshold = 1000 };
    struct sink s = { .abort_at = 1 };
    struct imw_test_peak_alloc m;
    char want[200];

    run(&st, &src, 1024, &s, &m);
    /* the chunk that said no is the last one the callback sees; it is
     * the whole second feed, which starts at stream offset 1024 */
    ck_assert_uint_eq(s.chunks, 2);
    ck_assert_uint_eq(s.received, 1024 - strlen(HEAD3000) + 1024);
    snprintf(want, sizeof want,
             "L n=1 item=BODY[] size=3000 binary=0\n"
             "E code=%d offset=1024 message=0 rule=literal\n",
             IMW_ERR_CALLBACK);
    ck_assert_int_eq(strncmp(s.log, want, strlen(want)), 0);
    ck_assert_uint_eq(s.nresponses, 1);
    ck_assert_uint_eq(s.raw_len[0], strlen("* 2 FETCH (UID 5)\r\n"));
    ck_assert_str_eq(imw_strerror(IMW_ERR_CALLBACK), "aborted by a callback");
    sink_free(&s);
}
END_TEST

START_TEST(end_of_input_inside_streamed_literal)
{
    static const struct source src = SOURCE(HEAD3000, 1500, "");
    struct setup st = { .threshold = 1000 };
    struct sink s = { .abort_at = -1 };
    struct imw_test_peak_alloc m;
    char want[200];

    run(&st, &src, 700, &s, &m);
    assert_literal(&s, 1, "BODY[]", 3000, 0, 1500);
    snprintf(want, sizeof want,
             "L n=1 item=BODY[] size=3000 binary=0\n"
             "F code=%d offset=%zu message=0 rule=\n",
             IMW_ERR_INCOMPLETE, strlen(HEAD3000) + 1500);
    ck_assert_str_eq(s.log, want);
    sink_free(&s);
}
END_TEST

START_TEST(literal8_streamed)
{
    static const struct source src = SOURCE(
        "* 3 FETCH (BINARY[1]<0> ~{3000}\r\n", 3000,
        ")\r\n* 4 FETCH (UID 1)\r\n");
    struct setup st = { .threshold = 1000 };
    struct sink s = { .abort_at = -1 };
    struct imw_test_peak_alloc m;

    run(&st, &src, 100, &s, &m);
    assert_literal(&s, 3, "BINARY[1]<0>", 3000, 1, 3000);
    /* whatever the grammar makes of BINARY, the next message is read */
    ck_assert_uint_ge(s.nresponses, 1);
    ck_assert_uint_eq(s.raw_len[s.nresponses - 1],
                      strlen("* 4 FETCH (UID 1)\r\n"));
    sink_free(&s);
}
END_TEST

START_TEST(below_threshold_is_buffered)
{
    static const struct source src = SOURCE(
        "* 1 FETCH (BODY[] {1000}\r\n", 1000, ")\r\n");
    struct setup st = { .threshold = 1000 };
    struct sink s = { .abort_at = -1 };
    struct imw_test_peak_alloc m;

    run(&st, &src, 64, &s, &m);
    ck_assert_uint_eq(s.chunks, 0);
    ck_assert_uint_eq(s.nresponses, 1);
    ck_assert_uint_eq(s.raw_len[0], source_len(&src));
    for (size_t i = 0; i < 1000; i++)
        ck_assert_uint_eq((uint8_t)s.raw[0][src.head_len + i], pattern(i));
    sink_free(&s);
}
END_TEST

/* Streamed data counts toward no message size; errors after it are at
 * their true stream offsets. */
START_TEST(streamed_data_and_message_size)
{
    static const struct source src = SOURCE(HEAD3000, 3000,
                                             ") junk\r\n* 2 FETCH (UID 5)\r\n");
    struct setup st = { .threshold = 1000, .message_limit = 100 };
    struct sink s = { .abort_at = -1 };
    struct imw_test_peak_alloc m;
    char want[200];

    run(&st, &src, 0, &s, &m);
    assert_literal(&s, 1, "BODY[]", 3000, 0, 3000);
    snprintf(want, sizeof want,
             "L n=1 item=BODY[] size=3000 binary=0\n"
             "E code=%d offset=%zu message=0 rule=",
             /* at "junk": the SP before it may be a trailing space */
             IMW_ERR_SYNTAX, strlen(HEAD3000) + 3000 + 2);
    ck_assert_msg(strncmp(s.log, want, strlen(want)) == 0, "%s", s.log);
    ck_assert_uint_eq(s.nresponses, 1);
    sink_free(&s);
}
END_TEST

/* A streamed {n} is still a 32-bit number; a ~{n} may use 63 bits.  (The
 * framer then discards the 4 GiB it announced, as for any literal.) */
START_TEST(streamed_size_bounds)
{
    static const struct source too_big = SOURCE(
        "* 1 FETCH (BODY[] {4294967296}\r\n", 0, "");
    static const struct source binary = SOURCE(
        "* 1 FETCH (BINARY[] ~{5000000000}\r\n", 100, "");
    struct setup st = { .threshold = 1000 };
    struct sink s = { .abort_at = -1 };
    struct imw_test_peak_alloc m;
    char want[200];

    run(&st, &too_big, 0, &s, &m);
    ck_assert_uint_eq(s.chunks, 0);
    snprintf(want, sizeof want, "E code=%d offset=%zu message=0 rule=literal\n",
             IMW_ERR_NUMBER_RANGE, strlen("* 1 FETCH (BODY[] {"));
    ck_assert_str_eq(s.log, want);
    sink_free(&s);

    memset(&s, 0, sizeof s);
    s.abort_at = -1;
    run(&st, &binary, 7, &s, &m);
    assert_literal(&s, 1, "BINARY[]", 5000000000ull, 1, 100);
    ck_assert(log_has(&s, "F code=-11 "));
    sink_free(&s);
}
END_TEST

/* A message that already failed streams nothing more. */
START_TEST(failed_message_streams_nothing)
{
    static const struct source src = SOURCE(
        "* 1 FETCH (BODY[1] {3}\r\nabc BODY[2] {3000}\r\n", 3000,
        ")\r\n* 2 FETCH (UID 5)\r\n");
    struct setup st = { .threshold = 1000 };
    struct sink s = { .abort_at = -1 };
    struct imw_test_peak_alloc m;
    char want[200];

    run(&st, &src, 0, &s, &m); /* two literals are allowed: it streams */
    assert_literal(&s, 1, "BODY[2]", 3000, 0, 3000);
    ck_assert_uint_eq(s.nresponses, 2);
    sink_free(&s);

    memset(&s, 0, sizeof s);
    s.abort_at = -1;
    st.literals = 1;
    run(&st, &src, 0, &s, &m);
    ck_assert_uint_eq(s.chunks, 0);
    snprintf(want, sizeof want, "E code=%d offset=%zu message=0 rule=literal\n",
             IMW_ERR_TOO_MANY_LITERALS,
             strlen("* 1 FETCH (BODY[1] {3}\r\nabc BODY[2] "));
    ck_assert_msg(strncmp(s.log, want, strlen(want)) == 0, "%s", s.log);
    ck_assert_uint_eq(s.nresponses, 1);
    sink_free(&s);
}
END_TEST

START_TEST(bad_arguments)
{
    imw_parser *p = imw_parser_new(IMW_SIDE_CLIENT);

    ck_assert_ptr_nonnull(p);
    ck_assert_int_eq(imw_parser_set_limit(p, IMW_LIMIT_STREAM_THRESHOLD, 0),
                     IMW_ERR_INVALID_ARGUMENT);
    ck_assert_int_eq(imw_parser_set_limit(p, IMW_LIMIT_STREAM_THRESHOLD, 1), 0);
    ck_assert_int_eq(imw_parser_set_literal_callback(NULL, on_chunk, NULL),
                     IMW_ERR_INVALID_ARGUMENT);
    ck_assert_int_eq(imw_parser_set_literal_callback(p, NULL, NULL), 0);
    imw_parser_free(p);
}
END_TEST

/* ---- chunk invariance --------------------------------------------------- */

/* Several streamed literals (section and origin forms, inside ENVELOPE,
 * literal8), a buffered one, an error after a streamed literal. */
static size_t build_mixed(uint8_t *out, size_t cap)
{
    static const char *const parts[] = {
        "* OK hi\r\n",
        "* 1 FETCH (UID 1 BODY[HEADER.FIELDS (FROM TO)]<0> {3000}\r\n",
        "#3000",
        " BODY[1.2] {1500}\r\n", "#1500",
        " RFC822.TEXT {999}\r\n", "#999", ")\r\n",
        "* 2 FETCH (ENVELOPE (\"date\" {1200}\r\n", "#1200",
        " NIL NIL NIL NIL NIL NIL NIL NIL) UID 4)\r\n",
        "* 3 FETCH (BODY[] {2000}\r\n", "#2000", ") junk\r\n",
        "* 4 FETCH (BINARY[2] ~{1001}\r\n", "#1001", ")\r\n",
        "a1 OK done\r\n",
    };
    size_t len = 0;

    for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++) {
        const char *p = parts[i];
        size_t n = p[0] == '#' ? (size_t)atoi(p + 1) : strlen(p);

        ck_assert_uint_le(n, cap - len);
        for (size_t k = 0; k < n; k++)
            out[len + k] = p[0] == '#' ? pattern(k) : (uint8_t)p[k];
        len += n;
    }
    return len;
}

static void check_invariance(int lazy)
{
    static uint8_t input[16 * KIB];
    struct source src = { (const char *)input, 0, 0, "", 0 };
    struct setup st = { .threshold = 1000, .lazy = lazy };
    struct sink whole = { .keep_data = 1, .abort_at = -1 };
    struct imw_test_peak_alloc m;

    src.head_len = build_mixed(input, sizeof input);
    run(&st, &src, 0, &whole, &m);
    ck_assert(log_has(&whole,
        "L n=1 item=BODY[HEADER.FIELDS (FROM TO)]<0> size=3000 binary=0\n"));
    ck_assert(log_has(&whole,
        "L n=1 item=BODY[1.2] size=1500 binary=0\n"));
    ck_assert(log_has(&whole,
        "L n=2 item= size=1200 binary=0\n"));
    ck_assert(log_has(&whole,
        "L n=4 item=BINARY[2] size=1001 binary=1\n"));
    ck_assert(!log_has(&whole, "size=999"));
    ck_assert_uint_eq(whole.chunks, 5);
    for (size_t chunk = 1; chunk <= 64; chunk++) {
        struct sink part = { .keep_data = 1, .abort_at = -1 };

        run(&st, &src, chunk, &part, &m);
        ck_assert_msg(part.log_len == whole.log_len &&
                      memcmp(part.log, whole.log, whole.log_len) == 0,
                      "chunk %zu:\n%s\nwant:\n%s", chunk, part.log, whole.log);
        sink_free(&part);
    }
    sink_free(&whole);
}

START_TEST(chunk_invariance)
{
    check_invariance(0);
}
END_TEST

/* Chunks replaced before they are drained are copied by the parser. */
START_TEST(chunk_invariance_lazy)
{
    check_invariance(1);
}
END_TEST

Suite *imw_stream_suite(void)
{
    Suite *s = suite_create("stream");
    TCase *tc = tcase_create("literals");

    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, big_literal_streamed);
    tcase_add_test(tc, big_literal_without_callback);
    tcase_add_test(tc, callback_aborts_one_message);
    tcase_add_test(tc, end_of_input_inside_streamed_literal);
    tcase_add_test(tc, literal8_streamed);
    tcase_add_test(tc, below_threshold_is_buffered);
    tcase_add_test(tc, streamed_data_and_message_size);
    tcase_add_test(tc, streamed_size_bounds);
    tcase_add_test(tc, failed_message_streams_nothing);
    tcase_add_test(tc, bad_arguments);
    tcase_add_test(tc, chunk_invariance);
    tcase_add_test(tc, chunk_invariance_lazy);
    suite_add_tcase(s, tc);
    return s;
}
