/* The benchmark corpus generator (src/tools/corpus.c): each stream is
 * deterministic, reaches its size in whole messages, holds the features
 * the benchmark promises, and parses with imapwire without errors, except
 * for the response kinds the grammar does not cover yet. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "corpus.h"
#include "imapwire/imapwire.h"
#include "suites.h"

/* Whether data[0..len) holds `word` (the generator's buffer is not a
 * NUL-terminated string). */
static int contains(const char *data, size_t len, const char *word)
{
    size_t n = strlen(word);
    for (size_t i = 0; n <= len && i <= len - n; i++)
        if (memcmp(data + i, word, n) == 0)
            return 1;
    return 0;
}

#define SEED 1u
#define SIZE (1024u * 1024u)

/* Response keywords the generator emits (valid IMAP) that today's grammar
 * rejects.  Remove when the grammar covers it: the test then fails to say
 * so, so the table never outlives the gap. */

struct stream_expect {
    int stream;
    size_t max_overshoot;       /* bytes past SIZE: the last message/batch */
    const char *contains[8];    /* features the stream must show */
};

static const struct stream_expect EXPECT[] = {
    {IMW_CORPUS_FETCH_HEADERS, 16 * 1024,
     {" BODYSTRUCTURE ((", "=?UTF-8?B?", "=?ISO-8859-1?Q?",
      "(NIL NIL NIL NIL)", "\"MESSAGE\" \"RFC822\"", "(\"attachment\" (\"FILENAME\" ",
      ") MODSEQ (", NULL}},
    {IMW_CORPUS_FETCH_BODIES, 64 * 1024,
     {" BODY[] {", " BODY[TEXT] {", " BODY[HEADER.FIELDS (FROM TO)] {",
      "\r\nMessage-ID: <", NULL}},
    {IMW_CORPUS_LIST, 1024,
     {"* LIST (\\HasNoChildren", " NIL ", "&AOk-", "\\Noselect", "\" {",
      "\\\"the\\\"", NULL}},
    {IMW_CORPUS_SEARCH, 1024 * 1024, {"* SEARCH ", " OK Search completed", NULL}},
    {IMW_CORPUS_ESEARCH, 512 * 1024,
     {"* ESEARCH (TAG \"a", " UID MIN ", " ALL ", " (MODSEQ ", NULL}},
    {IMW_CORPUS_MIXED, 4096,
     {"* OK [UIDVALIDITY ", "* OK [PERMANENTFLAGS (", " OK [READ-WRITE] ",
      "* NO [ALERT] ", " EXISTS\r\n", "* STATUS ", "* CAPABILITY IMAP4rev1 ",
      "* ENABLED "}},
    {IMW_CORPUS_STATUS, 256, {" EXISTS\r\n", "* OK [", "* FLAGS (", NULL}},
};

static struct imw_corpus_buf generate(int stream, uint64_t seed, size_t size)
{
    struct imw_corpus_buf buf = {NULL, 0, 0};

    ck_assert_int_eq(imw_corpus_generate(stream, seed, size, &buf), 0);
    return buf;
}

/* The response keyword of the message at `offset`: the word after the tag
 * and, for "* n KEYWORD", after the number. */
static void message_keyword(const struct imw_corpus_buf *b, size_t offset,
                            char *out, size_t size)
{
    const char *p = b->data + offset, *end = b->data + b->len;
    size_t n = 0;

    for (int word = 0; word < 3 && p < end; word++) {
        const char *start = p;

        while (p < end && *p != ' ' && *p != '\r')
            p++;
        n = (size_t)(p - start) < size - 1 ? (size_t)(p - start) : size - 1;
        memcpy(out, start, n);
        out[n] = '\0';
        if (word > 0 && !(out[0] >= '0' && out[0] <= '9'))
            return;
        if (p < end && *p == ' ')
            p++;
    }
}

struct parse_tally {
    size_t responses, other;
};

/* Parses the whole stream: every message must parse. */
static void parse_stream(const char *name, const struct imw_corpus_buf *b,
                         struct parse_tally *t)
{
    imw_parser *p = imw_parser_new(IMW_SIDE_CLIENT);
    const struct imw_response *r;
    int rc;

    memset(t, 0, sizeof *t);
    ck_assert_ptr_nonnull(p);
    ck_assert_int_eq(imw_parser_set_option(p, IMW_OPTION_EXPECT_GREETING, 0), 0);
    ck_assert_int_eq(imw_parser_feed(p, b->data, b->len), 0);
    while ((rc = imw_parser_next(p, &r)) != 0) {
        char keyword[32];

        if (rc > 0) {
            t->responses++;
            t->other += r->kind == IMW_RESP_OTHER;
            continue;
        }
        const struct imw_parse_error *e = imw_parser_error(p);
        message_keyword(b, (size_t)e->message_offset, keyword, sizeof keyword);
        ck_abort_msg("%s: offset %llu: %s: %s (message %s)", name,
                     (unsigned long long)e->offset, e->rule, e->reason, keyword);
    }
    ck_assert_int_eq(imw_parser_finish(p), 0);
    imw_parser_free(p);
}

START_TEST(test_stream_parses)
{
    const struct stream_expect *x = &EXPECT[_i];
    const char *name = imw_corpus_stream_name(x->stream);
    struct imw_corpus_buf b = generate(x->stream, SEED, SIZE);
    struct parse_tally t;

    /* Size: reached, and passed by at most the last message or batch. */
    ck_assert_uint_ge(b.len, SIZE);
    ck_assert_uint_lt(b.len, SIZE + x->max_overshoot);
    ck_assert(b.len >= 2 && memcmp(b.data + b.len - 2, "\r\n", 2) == 0);
    for (size_t i = 0; i < sizeof x->contains / sizeof x->contains[0] &&
                       x->contains[i]; i++) {
        ck_assert_msg(contains(b.data, b.len, x->contains[i]),
                      "%s lacks \"%s\"", name, x->contains[i]);
    }
    parse_stream(name, &b, &t);
    ck_assert_uint_gt(t.responses, 0);
    /* every response of every stream has a type */
    ck_assert_uint_eq(t.other, 0);
    if (x->stream == IMW_CORPUS_STATUS) {
        /* small responses averaging 28 bytes (in tenths of a byte) */
        ck_assert_uint_ge(b.len * 10 / t.responses, 275);
        ck_assert_uint_le(b.len * 10 / t.responses, 285);
    }
    imw_corpus_buf_free(&b);
}
END_TEST

START_TEST(test_deterministic)
{
    int stream = (int)_i;
    struct imw_corpus_buf a = generate(stream, SEED, SIZE);
    struct imw_corpus_buf again = generate(stream, SEED, SIZE);
    struct imw_corpus_buf other = generate(stream, SEED + 1, SIZE);

    ck_assert_uint_eq(a.len, again.len);
    ck_assert(memcmp(a.data, again.data, a.len) == 0);
    ck_assert(a.len != other.len ||
              memcmp(a.data, other.data, a.len) != 0);
    imw_corpus_buf_free(&a);
    imw_corpus_buf_free(&again);
    imw_corpus_buf_free(&other);
}
END_TEST

/* Size only decides where the generator stops: a shorter corpus is the
 * start of a longer one, up to its last line (where a batch cut short by
 * the size gets its tagged OK early). */
START_TEST(test_size_is_a_prefix)
{
    int stream = (int)_i;
    struct imw_corpus_buf small = generate(stream, SEED, 64 * 1024);
    struct imw_corpus_buf big = generate(stream, SEED, SIZE);
    size_t last_line = small.len - 2;

    while (last_line > 0 && memcmp(small.data + last_line - 2, "\r\n", 2) != 0)
        last_line--;
    ck_assert_uint_lt(small.len, big.len);
    ck_assert_uint_gt(last_line, 0);
    ck_assert(memcmp(small.data, big.data, last_line) == 0);
    imw_corpus_buf_free(&small);
    imw_corpus_buf_free(&big);
}
END_TEST

START_TEST(test_names)
{
    for (int s = 0; s < IMW_CORPUS_STREAM_COUNT; s++)
        ck_assert_int_eq(imw_corpus_find_stream(imw_corpus_stream_name(s)), s);
    ck_assert_int_eq(imw_corpus_find_stream("nope"), -1);
    ck_assert_ptr_null(imw_corpus_stream_name(IMW_CORPUS_STREAM_COUNT));
    struct imw_corpus_buf b = {NULL, 0, 0};
    ck_assert_int_eq(imw_corpus_generate(IMW_CORPUS_STREAM_COUNT, 1, 10, &b), -1);
    ck_assert_uint_eq(b.len, 0);
}
END_TEST

/* ---- scaling shapes (what imapwire-bench --scaling measures; not timed) */

/* Parses one scaling message with limits above its size and returns the
 * parser, positioned after its one response (*out). */
static imw_parser *parse_scaling(const struct imw_corpus_buf *b,
                                 const struct imw_response **out)
{
    imw_parser *p = imw_parser_new(IMW_SIDE_CLIENT);
    const struct imw_parse_error *e;
    int rc;

    ck_assert_ptr_nonnull(p);
    ck_assert_int_eq(imw_parser_set_option(p, IMW_OPTION_EXPECT_GREETING, 0), 0);
    ck_assert_int_eq(imw_parser_set_limit(p, IMW_LIMIT_LINE_LENGTH, b->len + 1), 0);
    ck_assert_int_eq(imw_parser_set_limit(p, IMW_LIMIT_MESSAGE_SIZE, b->len + 1), 0);
    ck_assert_int_eq(imw_parser_feed(p, b->data, b->len), 0);
    rc = imw_parser_next(p, out);
    e = imw_parser_error(p);
    ck_assert_msg(rc == 1, "rc %d at %llu: %s: %s", rc,
                  (unsigned long long)e->offset, e->rule, e->reason);
    return p;
}

/* Sizes that cover the edge cases of each generator: one element, an odd
 * count (uneven halves, a tree node with one child), a few hundred. */
static const size_t SCALING_N[] = {1, 2, 3, 7, 64, 300};

START_TEST(test_scaling_shapes_parse)
{
    for (int shape = 0; shape < IMW_SHAPE_COUNT; shape++) {
        for (size_t k = 0; k < sizeof SCALING_N / sizeof SCALING_N[0]; k++) {
            size_t n = SCALING_N[k];
            struct imw_corpus_buf b = {NULL, 0, 0};
            const struct imw_response *r, *more;
            const char *wrong;

            ck_assert_int_eq(imw_corpus_scaling(shape, n, &b), 0);
            imw_parser *p = parse_scaling(&b, &r);
            wrong = imw_corpus_scaling_check(shape, n, r);
            ck_assert_msg(wrong == NULL, "%s n=%zu: %s",
                          imw_corpus_shape_name(shape), n, wrong);
            /* the check is not blind: one more or one less is caught */
            ck_assert_ptr_nonnull(imw_corpus_scaling_check(shape, n + 1, r));
            if (n > 1)
                ck_assert_ptr_nonnull(imw_corpus_scaling_check(shape, n - 1, r));
            ck_assert_int_eq(imw_parser_next(p, &more), 0);
            ck_assert_int_eq(imw_parser_finish(p), 0);
            imw_parser_free(p);
            imw_corpus_buf_free(&b);
        }
    }
}
END_TEST

/* The counts, read here directly from the typed responses. */
START_TEST(test_scaling_counts)
{
    struct imw_corpus_buf b = {NULL, 0, 0};
    const struct imw_response *r;
    imw_parser *p;

    ck_assert_int_eq(imw_corpus_scaling(IMW_SHAPE_SEARCH, 1000, &b), 0);
    p = parse_scaling(&b, &r);
    ck_assert_int_eq(r->kind, IMW_RESP_SEARCH);
    ck_assert_uint_eq(r->u.search->count, 1000);
    ck_assert_uint_eq(r->u.search->numbers[999] - r->u.search->numbers[0], 999);
    imw_parser_free(p);
    imw_corpus_buf_free(&b);

    ck_assert_int_eq(imw_corpus_scaling(IMW_SHAPE_BODY_PARTS, 40, &b), 0);
    p = parse_scaling(&b, &r);
    ck_assert_int_eq(r->kind, IMW_RESP_FETCH);
    ck_assert_int_eq(r->u.fetch->items[0].kind, IMW_FETCH_BODYSTRUCTURE);
    ck_assert_uint_eq(r->u.fetch->items[0].u.body->part_count, 40);
    ck_assert_int_eq(r->u.fetch->items[0].u.body->parts[1].kind, IMW_BODY_BASIC);
    imw_parser_free(p);
    imw_corpus_buf_free(&b);

    /* 4 parts nest as ((a b) (c d)): two multiparts of two */
    ck_assert_int_eq(imw_corpus_scaling(IMW_SHAPE_BODY_NESTED, 4, &b), 0);
    p = parse_scaling(&b, &r);
    const struct imw_body *top = r->u.fetch->items[0].u.body;
    ck_assert_uint_eq(top->part_count, 2);
    ck_assert_int_eq(top->parts[0].kind, IMW_BODY_MULTIPART);
    ck_assert_uint_eq(top->parts[1].part_count, 2);
    imw_parser_free(p);
    imw_corpus_buf_free(&b);

    /* a chain: each message the only child of the one before */
    ck_assert_int_eq(imw_corpus_scaling(IMW_SHAPE_THREAD_CHAIN, 500, &b), 0);
    p = parse_scaling(&b, &r);
    ck_assert_int_eq(r->kind, IMW_RESP_THREAD);
    const struct imw_thread_node *node = &r->u.thread->threads[0];
    size_t depth = 1;
    for (; node->count == 1; node = node->children)
        depth++;
    ck_assert_uint_eq(depth, 500);
    ck_assert_uint_eq(node->count, 0);
    imw_parser_free(p);
    imw_corpus_buf_free(&b);

    /* a tree of 7: the root has two children with two children each */
    ck_assert_int_eq(imw_corpus_scaling(IMW_SHAPE_THREAD_TREE, 7, &b), 0);
    p = parse_scaling(&b, &r);
    node = &r->u.thread->threads[0];
    ck_assert_uint_eq(node->count, 2);
    ck_assert_uint_eq(node->children[0].count, 2);
    ck_assert_uint_eq(node->children[1].children[1].count, 0);
    imw_parser_free(p);
    imw_corpus_buf_free(&b);

    ck_assert_int_eq(imw_corpus_scaling(IMW_SHAPE_ENVELOPE, 250, &b), 0);
    p = parse_scaling(&b, &r);
    ck_assert_int_eq(r->u.fetch->items[0].kind, IMW_FETCH_ENVELOPE);
    ck_assert_uint_eq(r->u.fetch->items[0].u.envelope->from.count, 250);
    imw_parser_free(p);
    imw_corpus_buf_free(&b);
}
END_TEST

/* The bench's largest tree stays within 64 levels (the server's nesting
 * limit after login; the client's default is 128),
 * and the shapes are pure functions of n. */
START_TEST(test_scaling_limits_and_determinism)
{
    struct imw_corpus_buf a = {NULL, 0, 0}, again = {NULL, 0, 0};
    size_t depth = 0, deepest = 0;

    ck_assert_int_eq(imw_corpus_scaling(IMW_SHAPE_THREAD_TREE,
                                        imw_corpus_shape_max(IMW_SHAPE_THREAD_TREE),
                                        &a), 0);
    for (size_t i = 0; i < a.len; i++) {
        depth += a.data[i] == '(';
        depth -= a.data[i] == ')';
        if (depth > deepest)
            deepest = depth;
    }
    ck_assert_uint_eq(depth, 0);
    ck_assert_uint_gt(deepest, 16);
    ck_assert_uint_le(deepest, 64);
    imw_corpus_buf_free(&a);

    for (int shape = 0; shape < IMW_SHAPE_COUNT; shape++) {
        ck_assert_int_eq(imw_corpus_scaling(shape, 99, &a), 0);
        ck_assert_int_eq(imw_corpus_scaling(shape, 99, &again), 0);
        ck_assert_uint_eq(a.len, again.len);
        ck_assert(memcmp(a.data, again.data, a.len) == 0);
        imw_corpus_buf_free(&a);
        imw_corpus_buf_free(&again);
        ck_assert_ptr_nonnull(imw_corpus_shape_name(shape));
        ck_assert_uint_ge(imw_corpus_shape_max(shape), 8);
    }
    ck_assert_int_eq(imw_corpus_scaling(IMW_SHAPE_SEARCH, 0, &a), -1);
    ck_assert_int_eq(imw_corpus_scaling(IMW_SHAPE_COUNT, 5, &a), -1);
    ck_assert_ptr_null(imw_corpus_shape_name(IMW_SHAPE_COUNT));
}
END_TEST

Suite *imw_corpus_suite(void)
{
    Suite *s = suite_create("corpus");
    TCase *tc = tcase_create("generator");

    tcase_set_timeout(tc, 60);
    tcase_add_loop_test(tc, test_stream_parses, 0,
                        (int)(sizeof EXPECT / sizeof EXPECT[0]));
    tcase_add_loop_test(tc, test_deterministic, 0, IMW_CORPUS_STREAM_COUNT);
    tcase_add_loop_test(tc, test_size_is_a_prefix, 0, IMW_CORPUS_STREAM_COUNT);
    tcase_add_test(tc, test_names);
    tcase_add_test(tc, test_scaling_shapes_parse);
    tcase_add_test(tc, test_scaling_counts);
    tcase_add_test(tc, test_scaling_limits_and_determinism);
    suite_add_tcase(s, tc);
    return s;
}
