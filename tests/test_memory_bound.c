/* The parser's memory does not grow with the stream (issue 9, item 3).
 *
 * A block of ordinary responses (status with codes, FLAGS, CAPABILITY,
 * LIST, a FETCH with ENVELOPE and BODYSTRUCTURE, a SEARCH of 2,000 numbers), one
 * FETCH whose BODY[] literal is buffered (below the streaming threshold)
 * and one whose literal is streamed to the callback (above it) is parsed
 * 1, 10 and 100 times in a row, through a counting allocator: in socket
 * sized chunks, each drained before the next, and in one feed.  The
 * parser's peak must be the same for every length (up to a small
 * constant), and within a small multiple of the largest message it holds
 * plus the threshold.  In one feed, the buffered literal must be parsed
 * where it lies: its data points into the caller's bytes. */
#include <check.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "imapwire/imapwire.h"
#include "suites.h"
#include "test_util.h"

#define THRESHOLD (128u * 1024u)   /* IMW_LIMIT_STREAM_THRESHOLD */
#define BUFFERED_SIZE (100u * 1024u) /* literal kept in the message */
#define STREAMED_SIZE (300u * 1024u) /* literal handed to the callback */
#define SEARCH_NUMBERS 2000u
#define CHUNK 4096u                /* a socket read */
#define MESSAGES_PER_BLOCK 10u
/* Octets the peak may differ by between stream lengths: rounding in the
 * arena's and the framer's growth, nothing proportional to the stream. */
#define PEAK_SLACK 4096u
/* Peak over the largest held message, plus the threshold.  Measured
 * today: 2.5 chunked (the framer's buffer doubles), 1.4 in one feed. */
#define PEAK_FACTOR 3u

static const char SMALL_RESPONSES[] =
    "* 172 EXISTS\r\n"
    "* FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft)\r\n"
    "* OK [UIDVALIDITY 3857529045] UIDs valid\r\n"
    "* CAPABILITY IMAP4rev1 IDLE CONDSTORE QRESYNC LITERAL+\r\n"
    "* LIST (\\HasNoChildren) \"/\" \"Archive/2024\"\r\n"
    "* 12 FETCH (UID 4242 FLAGS (\\Seen $Forwarded) RFC822.SIZE 18211 "
    "ENVELOPE (\"Tue, 3 Sep 2024 10:12:44 +0200\" \"Quarterly figures\" "
    "((\"Ada Lovelace\" NIL \"ada\" \"example.org\")) NIL NIL "
    "((NIL NIL \"team\" \"example.org\")(\"Bob\" NIL \"bob\" \"example.net\")) "
    "NIL NIL NIL \"<q3-42@example.org>\") "
    "BODYSTRUCTURE ((\"TEXT\" \"PLAIN\" (\"CHARSET\" \"UTF-8\") NIL NIL "
    "\"QUOTED-PRINTABLE\" 2210 61 NIL NIL NIL NIL)(\"APPLICATION\" \"PDF\" "
    "(\"NAME\" \"q3.pdf\") NIL NIL \"BASE64\" 15442 NIL "
    "(\"ATTACHMENT\" (\"FILENAME\" \"q3.pdf\")) NIL NIL) \"MIXED\" "
    "(\"BOUNDARY\" \"b1\") NIL NIL NIL))\r\n";

struct block {
    char *data;
    size_t len;
    size_t largest_held; /* largest message, streamed literal data excluded */
};

static void append(struct block *b, const void *p, size_t n)
{
    memcpy(b->data + b->len, p, n);
    b->len += n;
}

static void append_str(struct block *b, const char *s)
{
    append(b, s, strlen(s));
}

/* Literal data: lines of text, CRLF every 78 octets. */
static void append_text(struct block *b, size_t n)
{
    for (size_t i = 0; i < n; i++)
        b->data[b->len + i] = i % 78 == 76 ? '\r' : i % 78 == 77 ? '\n'
                                                  : (char)('a' + i % 26);
    b->len += n;
}

/* Appends one FETCH with a BODY[] literal of `size` octets; returns the
 * message's length. */
static size_t append_fetch(struct block *b, unsigned number, size_t size)
{
    size_t start = b->len;
    char head[64];

    snprintf(head, sizeof head, "* %u FETCH (UID %u BODY[] {%zu}\r\n",
             number, number + 30, size);
    append_str(b, head);
    append_text(b, size);
    append_str(b, ")\r\n");
    return b->len - start;
}

static struct block make_block(void)
{
    struct block b = {malloc(BUFFERED_SIZE + STREAMED_SIZE + 64 * 1024), 0, 0};
    size_t start, len;

    ck_assert_ptr_nonnull(b.data);
    append_str(&b, SMALL_RESPONSES);
    start = b.len;
    append_str(&b, "* SEARCH");
    for (unsigned i = 1; i <= SEARCH_NUMBERS; i++) {
        char number[16];
        snprintf(number, sizeof number, " %u", 1000000 + i);
        append_str(&b, number);
    }
    append_str(&b, "\r\n");
    b.largest_held = b.len - start;
    len = append_fetch(&b, 13, BUFFERED_SIZE);
    if (len > b.largest_held)
        b.largest_held = len;
    /* Held: header line and ")\r\n", the literal's data goes to the
     * callback. */
    len = append_fetch(&b, 14, STREAMED_SIZE) - STREAMED_SIZE;
    if (len > b.largest_held)
        b.largest_held = len;
    append_str(&b, "a001 OK FETCH completed\r\n");
    return b;
}

/* What one run saw. */
struct tally {
    size_t responses;
    size_t errors;
    uint64_t streamed;        /* literal octets handed to the callback */
    size_t buffered_literals; /* BODY[] data of BUFFERED_SIZE */
    size_t in_input;          /* of those, parsed where they lie */
    const uint8_t *input;     /* the one feed's bytes, else NULL */
    size_t input_len;
};

static int on_chunk(const struct imw_literal_chunk *chunk, void *ctx)
{
    struct tally *t = ctx;

    t->streamed += chunk->data.len;
    return 0;
}

static int lies_in_input(const struct tally *t, const uint8_t *p)
{
    uintptr_t at = (uintptr_t)p, start = (uintptr_t)t->input;

    return t->input && at >= start && at - start < t->input_len;
}

static void look_at(struct tally *t, const struct imw_response *r)
{
    const struct imw_fetch_item *item;

    if (r->kind != IMW_RESP_FETCH)
        return;
    item = imw_fetch_find(r->u.fetch, IMW_FETCH_BODY_SECTION);
    if (item && item->u.section->data.len == BUFFERED_SIZE) {
        t->buffered_literals++;
        t->in_input += lies_in_input(t, item->u.section->data.ptr);
    }
}

static void drain(imw_parser *p, struct tally *t)
{
    const struct imw_response *r;
    int rc;

    while ((rc = imw_parser_next(p, &r)) != 0) {
        if (rc < 0) {
            t->errors++;
            continue;
        }
        t->responses++;
        look_at(t, r);
    }
}

static imw_parser *new_parser(const imw_allocator *alloc, struct tally *t)
{
    imw_parser *p = imw_parser_new_with_allocator(IMW_SIDE_CLIENT, alloc);

    ck_assert_ptr_nonnull(p);
    ck_assert_int_eq(imw_parser_set_option(p, IMW_OPTION_EXPECT_GREETING, 0), 0);
    ck_assert_int_eq(imw_parser_set_limit(p, IMW_LIMIT_STREAM_THRESHOLD,
                                          THRESHOLD), 0);
    ck_assert_int_eq(imw_parser_set_literal_callback(p, on_chunk, t), 0);
    return p;
}

static void check_tally(const struct tally *t, unsigned copies)
{
    ck_assert_uint_eq(t->errors, 0);
    ck_assert_uint_eq(t->responses, (size_t)copies * MESSAGES_PER_BLOCK);
    ck_assert_uint_eq(t->streamed, (uint64_t)copies * STREAMED_SIZE);
    ck_assert_uint_eq(t->buffered_literals, copies);
}

/* The block `copies` times in a row, fed CHUNK octets at a time from one
 * reused buffer (as from a socket), each chunk drained before the next.
 * Returns the parser's peak. */
static size_t peak_chunked(const struct block *b, unsigned copies)
{
    struct imw_test_alloc m;
    imw_allocator alloc = imw_test_alloc_init(&m, -1);
    struct tally t = {0};
    imw_parser *p = new_parser(&alloc, &t);
    uint64_t total = (uint64_t)b->len * copies;
    char chunk[CHUNK];

    for (uint64_t at = 0; at < total;) {
        size_t n = 0;

        while (n < CHUNK && at < total) {
            size_t in_block = (size_t)(at % b->len);
            size_t take = b->len - in_block < CHUNK - n ? b->len - in_block
                                                        : CHUNK - n;
            memcpy(chunk + n, b->data + in_block, take);
            n += take;
            at += take;
        }
        ck_assert_int_eq(imw_parser_feed(p, chunk, n), 0);
        drain(p, &t);
    }
    ck_assert_int_eq(imw_parser_finish(p), 0);
    imw_parser_free(p);
    ck_assert_uint_eq(m.live, 0);
    check_tally(&t, copies);
    return m.peak;
}

/* The block `copies` times in one feed.  Returns the parser's peak. */
static size_t peak_one_feed(const struct block *b, unsigned copies)
{
    struct imw_test_alloc m;
    imw_allocator alloc = imw_test_alloc_init(&m, -1);
    struct tally t = {0};
    imw_parser *p = new_parser(&alloc, &t);
    uint8_t *all = malloc(b->len * copies);

    ck_assert_ptr_nonnull(all);
    for (unsigned i = 0; i < copies; i++)
        memcpy(all + (size_t)i * b->len, b->data, b->len);
    t.input = all;
    t.input_len = b->len * copies;
    ck_assert_int_eq(imw_parser_feed(p, all, t.input_len), 0);
    drain(p, &t);
    ck_assert_int_eq(imw_parser_finish(p), 0);
    imw_parser_free(p);
    free(all);
    ck_assert_uint_eq(m.live, 0);
    check_tally(&t, copies);
    /* The whole message was in the caller's bytes: not one literal was
     * copied. */
    ck_assert_uint_eq(t.in_input, copies);
    return m.peak;
}

static void check_bound(size_t (*measure)(const struct block *, unsigned),
                        const char *how)
{
    struct block b = make_block();
    size_t one = measure(&b, 1), ten = measure(&b, 10), hundred = measure(&b, 100);

    ck_assert_msg(ten <= one + PEAK_SLACK && hundred <= one + PEAK_SLACK,
                  "%s: peak grows with the stream: %zu, %zu, %zu octets for "
                  "1, 10, 100 blocks", how, one, ten, hundred);
    ck_assert_msg(hundred <= PEAK_FACTOR * b.largest_held + THRESHOLD,
                  "%s: peak %zu octets above %u x %zu (largest message) + %u",
                  how, hundred, PEAK_FACTOR, b.largest_held, THRESHOLD);
    free(b.data);
}

START_TEST(peak_does_not_grow_chunked)
{
    check_bound(peak_chunked, "chunked");
}
END_TEST

START_TEST(peak_does_not_grow_one_feed)
{
    check_bound(peak_one_feed, "one feed");
}
END_TEST

Suite *imw_memory_bound_suite(void)
{
    Suite *s = suite_create("memory_bound");
    TCase *tc = tcase_create("peak");

    tcase_add_test(tc, peak_does_not_grow_chunked);
    tcase_add_test(tc, peak_does_not_grow_one_feed);
    suite_add_tcase(s, tc);
    return s;
}
