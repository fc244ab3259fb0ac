/* Tests of the framer (src/framer.c). */
#include <check.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "framer.h"
#include "suites.h"
#include "test_util.h"

#define S(lit) ((const uint8_t *)(lit)), (sizeof(lit) - 1)

/* ---- recording what the framer says ---------------------------------- */

#define MAX_EVENTS 64
#define MAX_LITS 16

struct ev {
    int code;   /* 1: frame; else the error code */
    int finish; /* reported by imw_framer_finish() */
    uint64_t offset, message_offset;
    uint8_t *data; /* frame bytes, or near bytes of an error */
    size_t len;
    const uint8_t *ptr; /* frame.data as returned */
    struct imw_literal_span lits[MAX_LITS];
    size_t nlits;
    char reason[160];
};

struct run {
    struct ev ev[MAX_EVENTS];
    size_t n;
};

static void run_free(struct run *r)
{
    size_t i;

    for (i = 0; i < r->n; i++)
        free(r->ev[i].data);
    r->n = 0;
}

static uint8_t *dup_bytes(const uint8_t *p, size_t n)
{
    uint8_t *d = malloc(n ? n : 1);

    ck_assert_ptr_nonnull(d);
    if (n)
        memcpy(d, p, n);
    return d;
}

/* Checks the frame's own consistency, then records a copy of it. */
static void record_frame(struct run *r, const struct imw_frame *fr)
{
    struct ev *e = &r->ev[r->n++];
    size_t i;

    ck_assert_uint_lt(r->n, MAX_EVENTS);
    ck_assert_uint_gt(fr->len, 0);
    ck_assert_int_eq(fr->data[fr->len - 1], '\n');
    ck_assert_uint_le(fr->nliterals, MAX_LITS);
    memset(e, 0, sizeof *e);
    e->code = 1;
    e->offset = fr->offset;
    e->data = dup_bytes(fr->data, fr->len);
    e->len = fr->len;
    e->ptr = fr->data;
    e->nlits = fr->nliterals;
    for (i = 0; i < fr->nliterals; i++) {
        const struct imw_literal_span *l = &fr->literals[i];

        ck_assert(fr->data[l->header] == '{' || fr->data[l->header] == '~');
        ck_assert_uint_le(l->start, fr->len);
        ck_assert_uint_le(l->len, fr->len - l->start);
        ck_assert_int_eq(fr->data[l->start - 1], '\n');
        e->lits[i] = *l;
    }
}

static void record_error(struct run *r, int code, int finish,
                         const struct imw_frame_error *err)
{
    struct ev *e = &r->ev[r->n++];

    ck_assert_uint_lt(r->n, MAX_EVENTS);
    ck_assert_int_eq(err->code, code);
    ck_assert_ptr_nonnull(err->reason);
    ck_assert_uint_le(err->near_len, IMW_NEAR_MAX);
    ck_assert_uint_ge(err->offset, err->message_offset);
    memset(e, 0, sizeof *e);
    e->code = code;
    e->finish = finish;
    e->offset = err->offset;
    e->message_offset = err->message_offset;
    e->data = dup_bytes(err->near, err->near_len);
    e->len = err->near_len;
    snprintf(e->reason, sizeof e->reason, "%s", err->reason);
}

/* Calls next() until it wants input (or once, when `once`).  Returns 1 if
 * it stopped because it wants input. */
static int drain(struct imw_framer *f, struct run *r, int once)
{
    for (;;) {
        struct imw_frame fr;
        struct imw_frame_error err;
        int rc;

        memset(&err, 0, sizeof err);
        rc = imw_framer_next(f, &fr, &err);
        if (rc == 0)
            return 1;
        if (rc == 1)
            record_frame(r, &fr);
        else
            record_error(r, rc, 0, &err);
        if (once)
            return 0;
    }
}

/* Feeds `in` in chunks of `chunk` bytes, each in its own allocation that is
 * scribbled over and freed as soon as the framer may no longer use it.
 * `lazy` calls next() only once per chunk, so that chunks are replaced
 * before they are drained. */
static void run_chunks(const uint8_t *in, size_t len, size_t chunk, int lazy,
                       const struct imw_limits *lim,
                       const imw_allocator *alloc, struct run *r)
{
    struct imw_framer f;
    struct imw_frame_error err;
    uint8_t *prev = NULL;
    size_t prev_len = 0, pos = 0;
    int rc;

    r->n = 0;
    ck_assert_int_eq(imw_framer_init(&f, alloc, lim), 0);
    while (pos < len) {
        size_t n = len - pos < chunk ? len - pos : chunk;
        uint8_t *c = dup_bytes(in + pos, n);

        ck_assert_int_eq(imw_framer_feed(&f, c, n), 0);
        if (prev) {
            memset(prev, 0xAA, prev_len);
            free(prev);
        }
        prev = c;
        prev_len = n;
        pos += n;
        if (drain(&f, r, lazy)) {
            memset(prev, 0xAA, prev_len);
            free(prev);
            prev = NULL;
        }
    }
    drain(&f, r, 0);
    free(prev);
    memset(&err, 0, sizeof err);
    rc = imw_framer_finish(&f, &err);
    if (rc != 0)
        record_error(r, rc, 1, &err);
    imw_framer_free(&f);
}

static void run_whole(const uint8_t *in, size_t len,
                      const struct imw_limits *lim, struct run *r)
{
    run_chunks(in, len, len ? len : 1, 0, lim, NULL, r);
}

/* Frames, errors and offsets must not depend on how input was chunked;
 * `near` may only be shorter when fewer bytes had arrived. */
static void assert_same(const struct run *a, const struct run *b,
                        size_t chunk)
{
    size_t i, k;

    ck_assert_msg(a->n == b->n, "chunk %zu: %zu events, want %zu", chunk,
                  b->n, a->n);
    for (i = 0; i < a->n; i++) {
        const struct ev *x = &a->ev[i], *y = &b->ev[i];
        size_t m = x->len < y->len ? x->len : y->len;

        ck_assert_msg(x->code == y->code && x->finish == y->finish,
                      "chunk %zu event %zu: code %d, want %d", chunk, i,
                      y->code, x->code);
        ck_assert_msg(x->offset == y->offset, "chunk %zu event %zu offset",
                      chunk, i);
        if (x->code == 1) {
            ck_assert_uint_eq(x->len, y->len);
            ck_assert(memcmp(x->data, y->data, x->len) == 0);
            ck_assert_uint_eq(x->nlits, y->nlits);
            for (k = 0; k < x->nlits; k++) {
                const struct imw_literal_span *p = &x->lits[k],
                                              *q = &y->lits[k];

                ck_assert(p->header == q->header && p->start == q->start &&
                          p->len == q->len && p->kind == q->kind);
            }
        } else {
            ck_assert_msg(x->message_offset == y->message_offset,
                          "chunk %zu event %zu message_offset", chunk, i);
            ck_assert_str_eq(x->reason, y->reason);
            ck_assert_uint_ge(y->len, m > 0 ? 1 : 0);
            ck_assert(memcmp(x->data, y->data, m) == 0);
        }
    }
}

static void assert_frame(const struct run *r, size_t i, const char *text,
                         size_t text_len, uint64_t offset)
{
    ck_assert_uint_lt(i, r->n);
    ck_assert_int_eq(r->ev[i].code, 1);
    ck_assert_uint_eq(r->ev[i].len, text_len);
    ck_assert(memcmp(r->ev[i].data, text, text_len) == 0);
    ck_assert_uint_eq(r->ev[i].offset, offset);
}
#define FRAME(r, i, lit, off) assert_frame(r, i, lit, sizeof(lit) - 1, off)

static void assert_error(const struct run *r, size_t i, int code,
                         uint64_t offset, uint64_t message_offset)
{
    ck_assert_uint_lt(i, r->n);
    ck_assert_int_eq(r->ev[i].code, code);
    ck_assert_uint_eq(r->ev[i].offset, offset);
    ck_assert_uint_eq(r->ev[i].message_offset, message_offset);
}

static void assert_lit(const struct run *r, size_t i, size_t k, size_t header,
                       size_t start, size_t len, enum imw_literal_kind kind)
{
    const struct imw_literal_span *l = &r->ev[i].lits[k];

    ck_assert_uint_lt(k, r->ev[i].nlits);
    ck_assert_uint_eq(l->header, header);
    ck_assert_uint_eq(l->start, start);
    ck_assert_uint_eq(l->len, len);
    ck_assert_int_eq(l->kind, kind);
}

/* ---- vectors for chunk invariance ------------------------------------ */

struct vector {
    const char *in;
    size_t len;
    struct imw_limits lim;
};

#define LIM(line, lit, nlit, msg) { line, lit, nlit, msg, 64 }
#define DEF LIM(IMW_DEFAULT_LINE_LENGTH, IMW_DEFAULT_LITERAL_SIZE, \
                IMW_DEFAULT_LITERALS, IMW_DEFAULT_MESSAGE_SIZE)
#define V(lit, lim) { lit, sizeof(lit) - 1, lim }

static const struct vector vectors[] = {
    V("* OK hello\r\n", DEF),
    V("* 1 EXISTS\r\n* 2 EXISTS\r\na1 OK done\r\n", DEF),
    V("* 1 FETCH (BODY[] {5}\r\nab\r\nc UID 7 X {3+}\r\n{5}\r\n"
      "~{2}\r\n\0\n ~{4+}\r\n\r\n\r\n)\r\n* OK\n",
      DEF),
    V("a {5}\r\n{5}\r\n b {0}\r\n c\r\nnext\r\n", DEF),
    V("a {0000000000000000000000000000000000000000003}\r\nxyz\r\nb\r\n",
      DEF),
    V("x {5}y\r\nz {5}\r\r\nw {}\r\nv {+}\r\nu {5++}\r\nt ~ {1}\r\n!\r\n"
      "s {{1}\r\n?\r\n",
      DEF),
    V("bare {3}\nabc\nLF\n* OK\r\n", DEF),
    /* limits, each followed by a good message */
    V("0123456789AB\r\n01234567\r\n* OK\r\n", LIM(10, 100, 10, 1000)),
    V("a {3}\r\n0123456789ABCDEF\r\n* OK\r\n", LIM(10, 100, 10, 1000)),
    V("a {101}\r\n"
      "\r\n{5}\r\n~{5}\r\n0123456789012345678901234567890123456789"
      "0123456789012345678901234567890123456789012345678901234567 x\r\n"
      "* OK\r\n",
      LIM(1000, 100, 10, 10000)),
    V("a {1}\r\nx {1}\r\ny {2}\r\n{1}\r\nz\r\n* OK\r\n",
      LIM(1000, 100, 2, 10000)),
    V("a {0000000000000000000000000000000000000000003}\r\n{9}\r\n"
      "zero {1}\r\n\n\r\n* OK\r\n",
      LIM(1000, 100, 0, 10000)),
    V("0123456789012345678901234567890\r\n* OK\r\n",
      LIM(1000, 100, 10, 20)),
    V("ab {30}\r\n012345678901234567890123456789\r\n* OK\r\n",
      LIM(1000, 100, 10, 20)),
    V("a {18446744073709551616}\r\nrest\r\n* OK\r\n", DEF),
    V("a {18446744073709551615}\r\nrest\r\n* OK\r\n", DEF),
    V("* 1 FETCH (BODY[] {99999999999}\r\nabc\r\n* OK\r\n", DEF),
    V("a {11}\r\n01234567890 b {99999999999999999999999}\r\nnext\r\n"
      "* OK\r\n",
      LIM(1000, 10, 10, 10000)),
    V("* OK part", DEF),
    V("a {10}\r\nabc", DEF),
    V("a {3}\r\nabc", DEF),
    V("0123456789AB", LIM(10, 100, 10, 1000)),
};

static void check_vector(const struct vector *v, int lazy)
{
    struct run whole, part;
    size_t chunk;

    run_whole((const uint8_t *)v->in, v->len, &v->lim, &whole);
    for (chunk = 1; chunk <= 64; chunk++) {
        run_chunks((const uint8_t *)v->in, v->len, chunk, lazy, &v->lim,
                   NULL, &part);
        assert_same(&whole, &part, chunk);
        run_free(&part);
    }
    run_free(&whole);
}

START_TEST(chunk_invariance)
{
    check_vector(&vectors[_i], 0);
}
END_TEST

/* Replacing a chunk before draining it makes the framer copy it. */
START_TEST(chunk_invariance_lazy)
{
    check_vector(&vectors[_i], 1);
}
END_TEST

/* ---- single cases ---------------------------------------------------- */

START_TEST(single_message)
{
    struct run r;
    static const struct imw_limits def = DEF;

    run_whole(S("* OK hello\r\n"), &def, &r);
    ck_assert_uint_eq(r.n, 1);
    FRAME(&r, 0, "* OK hello\r\n", 0);
    ck_assert_uint_eq(r.ev[0].nlits, 0);
    run_free(&r);
}
END_TEST

START_TEST(several_messages_one_chunk)
{
    struct run r;

    run_whole(S("* 1 EXISTS\r\n* 2 EXISTS\r\na1 OK done\r\n"), NULL, &r);
    ck_assert_uint_eq(r.n, 3);
    FRAME(&r, 0, "* 1 EXISTS\r\n", 0);
    FRAME(&r, 1, "* 2 EXISTS\r\n", 12);
    FRAME(&r, 2, "a1 OK done\r\n", 24);
    run_free(&r);
}
END_TEST

START_TEST(literal_kinds)
{
    static const char in[] = "a {1}\r\nA b {2+}\r\nBB c ~{3}\r\nCCC d "
                             "~{4+}\r\nDDDD\r\n";
    struct run r;

    run_whole(S(in), NULL, &r);
    ck_assert_uint_eq(r.n, 1);
    FRAME(&r, 0, in, 0);
    ck_assert_uint_eq(r.ev[0].nlits, 4);
    assert_lit(&r, 0, 0, 2, 7, 1, IMW_LITERAL_SYNC);
    assert_lit(&r, 0, 1, 11, 17, 2, IMW_LITERAL_NONSYNC);
    assert_lit(&r, 0, 2, 22, 28, 3, IMW_LITERAL_BINARY);
    assert_lit(&r, 0, 3, 34, 41, 4, IMW_LITERAL_BINARY_NONSYNC);
    run_free(&r);
}
END_TEST

START_TEST(literal_data_is_opaque)
{
    static const char in[] = "* 1 FETCH (BODY[] {12}\r\n"
                             "x\r\n{5}\r\n\0\n\r\r)\r\n* OK\r\n";
    struct run r;

    run_whole(S(in), NULL, &r);
    ck_assert_uint_eq(r.n, 2);
    assert_frame(&r, 0, in, sizeof in - 1 - 6, 0);
    ck_assert_uint_eq(r.ev[0].nlits, 1);
    assert_lit(&r, 0, 0, 18, 24, 12, IMW_LITERAL_SYNC);
    ck_assert_int_eq(r.ev[0].data[32], 0);
    FRAME(&r, 1, "* OK\r\n", sizeof in - 1 - 6);
    run_free(&r);
}
END_TEST

START_TEST(not_headers)
{
    static const char *const lines[] = {
        "a {5}x\r\n", "a {5}\r\r\n", "a {}\r\n",   "a {+}\r\n",
        "a {5++}\r\n", "a {-1}\r\n", "a 5}\r\n", "a {5 }\r\n",
    };
    size_t i;

    for (i = 0; i < sizeof lines / sizeof *lines; i++) {
        struct run r;
        size_t n = strlen(lines[i]);

        run_whole((const uint8_t *)lines[i], n, NULL, &r);
        ck_assert_uint_eq(r.n, 1);
        assert_frame(&r, 0, lines[i], n, 0);
        ck_assert_uint_eq(r.ev[0].nlits, 0);
        run_free(&r);
    }
}
END_TEST

START_TEST(odd_headers)
{
    static const char in[] = "a {0}\r\n b ~ {1}\r\n! {{1}\r\n? "
                             "{000000000000000000000000000000000000002}\r\n"
                             "ok\r\n";
    struct run r;

    run_whole(S(in), NULL, &r);
    ck_assert_uint_eq(r.n, 1);
    FRAME(&r, 0, in, 0);
    ck_assert_uint_eq(r.ev[0].nlits, 4);
    assert_lit(&r, 0, 0, 2, 7, 0, IMW_LITERAL_SYNC);
    assert_lit(&r, 0, 1, 12, 17, 1, IMW_LITERAL_SYNC);
    assert_lit(&r, 0, 2, 20, 25, 1, IMW_LITERAL_SYNC);
    assert_lit(&r, 0, 3, 27, 70, 2, IMW_LITERAL_SYNC);
    run_free(&r);
}
END_TEST

START_TEST(bare_lf)
{
    struct run r;

    run_whole(S("* OK\nbare {3}\nabc\n* BYE\r\n"), NULL, &r);
    ck_assert_uint_eq(r.n, 3);
    FRAME(&r, 0, "* OK\n", 0);
    FRAME(&r, 1, "bare {3}\nabc\n", 5);
    assert_lit(&r, 1, 0, 5, 9, 3, IMW_LITERAL_SYNC);
    FRAME(&r, 2, "* BYE\r\n", 18);
    run_free(&r);
}
END_TEST

START_TEST(zero_copy)
{
    static const uint8_t in[] = "a\r\nb {3}\r\nxyz\r\npartial {2}\r\nq";
    struct imw_framer f;
    struct imw_frame fr;
    struct imw_frame_error err;
    uint8_t *c1 = dup_bytes(in, sizeof in - 1), *c2;

    ck_assert_int_eq(imw_framer_init(&f, NULL, NULL), 0);
    ck_assert_int_eq(imw_framer_feed(&f, c1, sizeof in - 1), 0);
    ck_assert_int_eq(imw_framer_next(&f, &fr, &err), 1);
    ck_assert_ptr_eq(fr.data, c1);
    ck_assert_uint_eq(fr.len, 3);
    ck_assert_int_eq(imw_framer_next(&f, &fr, &err), 1);
    ck_assert_ptr_eq(fr.data, c1 + 3);
    ck_assert_uint_eq(fr.len, 12);
    ck_assert_uint_eq(fr.offset, 3);
    ck_assert_int_eq(imw_framer_next(&f, &fr, &err), 0);
    /* the partial message was copied: the chunk may be reused */
    memset(c1, 'Z', sizeof in - 1);
    free(c1);

    c2 = dup_bytes(S("q\r\n* OK\r\n"));
    ck_assert_int_eq(imw_framer_feed(&f, c2, 9), 0);
    ck_assert_int_eq(imw_framer_next(&f, &fr, &err), 1);
    ck_assert(fr.data < c2 || fr.data >= c2 + 9);
    ck_assert_uint_eq(fr.len, 17);
    ck_assert(memcmp(fr.data, "partial {2}\r\nqq\r\n", 17) == 0);
    ck_assert_uint_eq(fr.offset, 15);
    ck_assert_uint_eq(fr.nliterals, 1);
    /* a message whole in the new chunk, nothing buffered: zero copy */
    ck_assert_int_eq(imw_framer_next(&f, &fr, &err), 1);
    ck_assert_ptr_eq(fr.data, c2 + 3);
    ck_assert_int_eq(imw_framer_next(&f, &fr, &err), 0);
    ck_assert_int_eq(imw_framer_finish(&f, &err), 0);
    free(c2);
    imw_framer_free(&f);
}
END_TEST

/* The one-line message taken in place at every length from 4 to 200
 * octets (its LF in the first 64 octets, tested 32 at a time, or found
 * by memchr() past them or when fewer than 32 are left), alone in its
 * chunk or followed by another, with a line limit just below, at and
 * above its length: each a zero-copy frame of its length, or a
 * LINE_TOO_LONG error, then the (short) message after it. */
START_TEST(in_place_every_length)
{
    uint8_t buf[256];
    for (size_t len = 4; len <= 200; len++)
        for (int shape = 0; shape < 8; shape++) {
            size_t limit = shape % 4 == 0   ? len - 1
                           : shape % 4 == 1 ? len
                           : shape % 4 == 2 ? len + 1
                                            : IMW_DEFAULT_LINE_LENGTH;
            int followed = shape >= 4;
            memset(buf, 'a', len - 2);
            buf[0] = '*';
            memcpy(buf + len - 2, "\r\n", 2);
            size_t n = len;
            if (followed) {
                memcpy(buf + len, "*\r\n", 3); /* within every limit */
                n += 3;
            }
            struct imw_limits lim = LIM(limit, 100, 10, 100000);
            struct imw_framer f;
            struct imw_frame fr;
            struct imw_frame_error err;
            ck_assert_int_eq(imw_framer_init(&f, NULL, &lim), 0);
            ck_assert_int_eq(imw_framer_feed(&f, buf, n), 0);
            int rc = imw_framer_next(&f, &fr, &err);
            if (len <= limit) {
                ck_assert_msg(rc == 1 && fr.data == buf && fr.len == len &&
                                  fr.offset == 0 && fr.nliterals == 0,
                              "length %zu limit %zu: rc %d len %zu", len,
                              limit, rc, rc == 1 ? fr.len : 0);
            } else {
                ck_assert_msg(rc == IMW_ERR_LINE_TOO_LONG,
                              "length %zu limit %zu: rc %d", len, limit, rc);
            }
            if (followed) {
                ck_assert_int_eq(imw_framer_next(&f, &fr, &err), 1);
                ck_assert_uint_eq(fr.len, 3);
                ck_assert_uint_eq(fr.offset, len);
                ck_assert(memcmp(fr.data, "*\r\n", 3) == 0);
            }
            ck_assert_int_eq(imw_framer_next(&f, &fr, &err), 0);
            ck_assert_int_eq(imw_framer_finish(&f, &err), 0);
            imw_framer_free(&f);
        }
}
END_TEST

/* ---- limits ---------------------------------------------------------- */

START_TEST(line_too_long)
{
    static const struct imw_limits lim = LIM(10, 100, 10, 1000);
    struct run r;

    run_whole(S("0123456789AB\r\n01234567\r\n0123456789\r\n* OK\r\n"), &lim,
              &r);
    ck_assert_uint_eq(r.n, 4);
    assert_error(&r, 0, IMW_ERR_LINE_TOO_LONG, 10, 0);
    ck_assert_uint_ge(r.ev[0].len, 4);
    ck_assert(memcmp(r.ev[0].data, "AB\r\n", 4) == 0);
    ck_assert_str_eq(r.ev[0].reason, "line exceeds the limit of 10 octets");
    FRAME(&r, 1, "01234567\r\n", 14);
    assert_error(&r, 2, IMW_ERR_LINE_TOO_LONG, 34, 24); /* the CR */
    FRAME(&r, 3, "* OK\r\n", 36);
    run_free(&r);
}
END_TEST

/* Literal data does not count towards the line after it. */
START_TEST(line_limit_restarts_after_literal)
{
    static const struct imw_limits lim = LIM(10, 100, 10, 1000);
    struct run r;

    run_whole(S("a {12}\r\n0123456789AB 1234567\r\n"), &lim, &r);
    ck_assert_uint_eq(r.n, 1);
    ck_assert_int_eq(r.ev[0].code, 1);
    run_free(&r);
    run_whole(S("a {12}\r\n0123456789AB 12345678\r\n* OK\r\n"), &lim, &r);
    ck_assert_uint_eq(r.n, 2);
    assert_error(&r, 0, IMW_ERR_LINE_TOO_LONG, 30, 0);
    FRAME(&r, 1, "* OK\r\n", 31);
    run_free(&r);
}
END_TEST

START_TEST(literal_too_large)
{
    static const struct imw_limits lim = LIM(1000, 10, 10, 10000);
    /* the 11 octets hold lines and headers: all skipped as data */
    static const char in[] = "a {12}\r\nx {5}\r\n{1}\r\n b {2}\r\nzz\r\n"
                             "* OK\r\n";
    struct run r;

    run_whole(S(in), &lim, &r);
    ck_assert_uint_eq(r.n, 2);
    assert_error(&r, 0, IMW_ERR_LITERAL_TOO_LARGE, 3, 0);
    ck_assert_str_eq(r.ev[0].reason,
                     "literal of 12 octets exceeds the limit of 10");
    ck_assert_uint_eq(r.ev[0].len, 5);
    ck_assert(memcmp(r.ev[0].data, "12}\r\n", 5) == 0);
    FRAME(&r, 1, "* OK\r\n", sizeof in - 7);
    run_free(&r);
}
END_TEST

START_TEST(too_many_literals)
{
    static const struct imw_limits lim = LIM(1000, 100, 2, 10000);
    static const char in[] = "a {1}\r\nx {1}\r\ny ~{5}\r\n{1}\r\nz\r\n* OK\r\n";
    struct run r;

    run_whole(S(in), &lim, &r);
    ck_assert_uint_eq(r.n, 2);
    assert_error(&r, 0, IMW_ERR_TOO_MANY_LITERALS, 16, 0);
    ck_assert_str_eq(r.ev[0].reason, "message has more than 2 literals");
    FRAME(&r, 1, "* OK\r\n", sizeof in - 7);
    run_free(&r);
}
END_TEST

START_TEST(message_too_large)
{
    static const struct imw_limits lim = LIM(1000, 100, 10, 20);
    struct run r;

    /* in a line: the 21st byte */
    run_whole(S("0123456789012345678901\r\n* OK\r\n"), &lim, &r);
    ck_assert_uint_eq(r.n, 2);
    assert_error(&r, 0, IMW_ERR_MESSAGE_TOO_LARGE, 20, 0);
    ck_assert_int_eq(r.ev[0].data[0], '0');
    FRAME(&r, 1, "* OK\r\n", 24);
    run_free(&r);
    run_whole(S("0123456789012345678\n* OK\r\n"), &lim, &r);
    ck_assert_uint_eq(r.n, 2);
    ck_assert_int_eq(r.ev[0].code, 1);
    run_free(&r);
    run_whole(S("a {2}\r\nxy 34567890123456789\r\n* OK\r\n"), &lim, &r);
    ck_assert_uint_eq(r.n, 2);
    assert_error(&r, 0, IMW_ERR_MESSAGE_TOO_LARGE, 20, 0);
    ck_assert_str_eq(r.ev[0].reason,
                     "message exceeds the limit of 20 octets");
    FRAME(&r, 1, "* OK\r\n", 29);
    run_free(&r);
    /* in literal data: the rest of the literal is still skipped */
    run_whole(S("ab {30}\r\n012345678901234567890123456789\r\n* OK\r\n"),
              &lim, &r);
    ck_assert_uint_eq(r.n, 2);
    assert_error(&r, 0, IMW_ERR_MESSAGE_TOO_LARGE, 20, 0);
    ck_assert_int_eq(r.ev[0].data[0], '1');
    FRAME(&r, 1, "* OK\r\n", 41);
    run_free(&r);
    /* the boundaries: the last literal octet is the 21st byte, or the
     * 20th with the final line following */
    run_whole(S("abcdefghij {5}\r\n12345\r\n"), &lim, &r);
    ck_assert_uint_eq(r.n, 1);
    assert_error(&r, 0, IMW_ERR_MESSAGE_TOO_LARGE, 20, 0);
    ck_assert_int_eq(r.ev[0].data[0], '5');
    run_free(&r);
    run_whole(S("abcdefghi {5}\r\n12345\r\n"), &lim, &r);
    ck_assert_uint_eq(r.n, 1);
    assert_error(&r, 0, IMW_ERR_MESSAGE_TOO_LARGE, 20, 0);
    ck_assert_int_eq(r.ev[0].data[0], '\r');
    run_free(&r);
    run_whole(S("abcdefgh {4}\r\n1234\r\n"), &lim, &r);
    ck_assert_uint_eq(r.n, 1);
    ck_assert_int_eq(r.ev[0].code, 1);
    run_free(&r);
}
END_TEST

START_TEST(literal_size_overflow)
{
    static const char in[] = "a {18446744073709551616}\r\nrest\r\n";
    struct run r;

    run_whole(S(in), NULL, &r);
    ck_assert_uint_eq(r.n, 2);
    assert_error(&r, 0, IMW_ERR_BAD_LITERAL, 3, 0);
    ck_assert_str_eq(r.ev[0].reason, "literal size overflows 64 bits");
    ck_assert_uint_eq(r.ev[0].len, 23);
    /* the size is unknown: the next line is a new message */
    FRAME(&r, 1, "rest\r\n", 26);
    run_free(&r);

    /* the largest 64-bit size is no 64-bit overflow, but {n} counts with
     * a 32-bit number and ~{n} with a 63-bit one */
    run_whole(S("a {18446744073709551615}\r\nrest\r\n"), NULL, &r);
    ck_assert_uint_eq(r.n, 1);
    assert_error(&r, 0, IMW_ERR_NUMBER_RANGE, 3, 0);
    ck_assert_str_eq(r.ev[0].reason, "literal size does not fit in 32 bits");
    run_free(&r);

    run_whole(S("a {4294967296}\r\nrest\r\n"), NULL, &r);
    assert_error(&r, 0, IMW_ERR_NUMBER_RANGE, 3, 0);
    run_free(&r);

    run_whole(S("a ~{9223372036854775808}\r\nrest\r\n"), NULL, &r);
    assert_error(&r, 0, IMW_ERR_NUMBER_RANGE, 4, 0);
    ck_assert_str_eq(r.ev[0].reason, "literal8 size does not fit in 63 bits");
    run_free(&r);

    /* within 32 bits: just larger than the limit */
    run_whole(S("a {4294967295}\r\nrest\r\n"), NULL, &r);
    assert_error(&r, 0, IMW_ERR_LITERAL_TOO_LARGE, 3, 0);
    ck_assert_str_eq(r.ev[0].reason,
                     "literal of 4294967295 octets exceeds the limit of 67108864");
    run_free(&r);
}
END_TEST

/* A header that overflows inside an already failed message ends it too. */
START_TEST(overflow_while_discarding)
{
    static const struct imw_limits lim = LIM(1000, 10, 10, 10000);
    static const char in[] = "a {11}\r\n01234567890 b "
                             "{99999999999999999999999}\r\nnext\r\n";
    struct run r;

    run_whole(S(in), &lim, &r);
    ck_assert_uint_eq(r.n, 2);
    assert_error(&r, 0, IMW_ERR_LITERAL_TOO_LARGE, 3, 0);
    FRAME(&r, 1, "next\r\n", sizeof in - 7);
    run_free(&r);
}
END_TEST

START_TEST(huge_declared_literal_little_data)
{
    static const char in[] = "* 1 FETCH (BODY[] {999999999}\r\nabc\r\n"
                             "* OK\r\n";
    struct imw_test_alloc c;
    imw_allocator a = imw_test_alloc_init(&c, -1);
    struct run r;

    run_chunks(S(in), 5, 0, NULL, &a, &r);
    /* the rest is literal data of the failed message; EOF while
     * discarding was already reported */
    ck_assert_uint_eq(r.n, 1);
    assert_error(&r, 0, IMW_ERR_LITERAL_TOO_LARGE, 19, 0);
    ck_assert_str_eq(r.ev[0].reason,
                     "literal of 999999999 octets exceeds the limit of "
                     "67108864");
    ck_assert_uint_lt(c.peak, 4096);
    ck_assert_uint_eq(c.live, 0);
    run_free(&r);
}
END_TEST

/* A literal within the limits, declared huge: memory follows the bytes
 * that arrived, not the declaration. */
START_TEST(huge_literal_within_limit)
{
    static const struct imw_limits lim = LIM(1000, (uint64_t)1 << 40, 10,
                                             (uint64_t)1 << 41);
    struct imw_test_alloc c;
    imw_allocator a = imw_test_alloc_init(&c, -1);
    struct imw_framer f;
    struct imw_frame fr;
    struct imw_frame_error err;
    static uint8_t chunk[4096];
    int i;

    memset(chunk, 'x', sizeof chunk);
    ck_assert_int_eq(imw_framer_init(&f, &a, &lim), 0);
    ck_assert_int_eq(imw_framer_feed(&f, S("* 1 FETCH (BINARY[] ~{1000000000000}\r\n")),
                     0);
    ck_assert_int_eq(imw_framer_next(&f, &fr, &err), 0);
    for (i = 0; i < 256; i++) {
        ck_assert_int_eq(imw_framer_feed(&f, chunk, sizeof chunk), 0);
        ck_assert_int_eq(imw_framer_next(&f, &fr, &err), 0);
    }
    ck_assert_uint_lt(c.peak, 4 * 256 * sizeof chunk);
    ck_assert_int_eq(imw_framer_finish(&f, &err), IMW_ERR_INCOMPLETE);
    ck_assert_uint_eq(err.message_offset, 0);
    ck_assert_uint_eq(err.offset, 38 + 256 * sizeof chunk);
    ck_assert_str_eq(err.reason, "input ended inside a literal "
                                 "(999998951424 octets missing)");
    imw_framer_free(&f);
    ck_assert_uint_eq(c.live, 0);
}
END_TEST

START_TEST(eof_inside_line_and_literal)
{
    struct imw_framer f;
    struct imw_frame fr;
    struct imw_frame_error err;

    ck_assert_int_eq(imw_framer_init(&f, NULL, NULL), 0);
    ck_assert_int_eq(imw_framer_feed(&f, S("* OK\r\n* OK hel")), 0);
    ck_assert_int_eq(imw_framer_next(&f, &fr, &err), 1);
    ck_assert_int_eq(imw_framer_next(&f, &fr, &err), 0);
    ck_assert_int_eq(imw_framer_finish(&f, &err), IMW_ERR_INCOMPLETE);
    ck_assert_int_eq(err.code, IMW_ERR_INCOMPLETE);
    ck_assert_uint_eq(err.offset, 14);
    ck_assert_uint_eq(err.message_offset, 6);
    ck_assert_str_eq(err.reason, "input ended inside a line");

    /* the framer is reset and keeps counting the stream */
    ck_assert_int_eq(imw_framer_feed(&f, S("a {10}\r\nabc")), 0);
    ck_assert_int_eq(imw_framer_next(&f, &fr, &err), 0);
    ck_assert_int_eq(imw_framer_finish(&f, &err), IMW_ERR_INCOMPLETE);
    ck_assert_uint_eq(err.offset, 25);
    ck_assert_uint_eq(err.message_offset, 14);
    ck_assert_str_eq(err.reason,
                     "input ended inside a literal (7 octets missing)");

    /* after a literal, the message still needs its last line */
    ck_assert_int_eq(imw_framer_feed(&f, S("a {1}\r\nb")), 0);
    ck_assert_int_eq(imw_framer_next(&f, &fr, &err), 0);
    ck_assert_int_eq(imw_framer_finish(&f, &err), IMW_ERR_INCOMPLETE);
    ck_assert_str_eq(err.reason, "input ended inside a line");

    ck_assert_int_eq(imw_framer_feed(&f, S("* OK\r\n")), 0);
    ck_assert_int_eq(imw_framer_next(&f, &fr, &err), 1);
    ck_assert_uint_eq(fr.offset, 33);
    ck_assert_int_eq(imw_framer_next(&f, &fr, &err), 0);
    ck_assert_int_eq(imw_framer_finish(&f, &err), 0);
    imw_framer_free(&f);
}
END_TEST

/* Whichever allocation fails, the framer reports IMW_ERR_NOMEM, skips only
 * the message concerned, leaks nothing, and frames the rest as usual. */
START_TEST(allocation_failure)
{
    static const char in[] = "* 1 FETCH (BODY[] {40}\r\n"
                             "0123456789012345678901234567890123456789)\r\n"
                             "a {1}\r\nx b {1}\r\ny\r\n* OK\r\n";
    long fail_at;

    for (fail_at = 0; fail_at < 16; fail_at++) {
        size_t chunk;

        for (chunk = 1; chunk <= sizeof in; chunk += 3) {
            struct imw_test_alloc c;
            imw_allocator a = imw_test_alloc_init(&c, fail_at);
            struct run ref, r;
            size_t i, j = 0, nomem = 0;

            run_chunks(S(in), chunk, 0, NULL, NULL, &ref);
            run_chunks(S(in), chunk, 0, NULL, &a, &r);
            ck_assert_uint_eq(c.live, 0);
            for (i = 0; i < r.n; i++) {
                if (r.ev[i].code == IMW_ERR_NOMEM) {
                    nomem++;
                    continue;
                }
                /* every frame is one of the reference frames, in order */
                while (j < ref.n && ref.ev[j].offset != r.ev[i].offset)
                    j++;
                ck_assert_uint_lt(j, ref.n);
                ck_assert_uint_eq(r.ev[i].len, ref.ev[j].len);
                ck_assert(memcmp(r.ev[i].data, ref.ev[j].data,
                                 r.ev[i].len) == 0);
            }
            ck_assert_uint_eq(nomem, (size_t)imw_test_alloc_reached(&c));
            ck_assert_uint_eq(r.n, ref.n);
            run_free(&ref);
            run_free(&r);
        }
    }
}
END_TEST

START_TEST(allocator_always_fails)
{
    struct imw_test_alloc c;
    imw_allocator a = imw_test_alloc_init(&c, -1);
    struct imw_framer f;
    struct imw_frame fr;
    struct imw_frame_error err;

    c.fail_from = 0; /* refuse every allocation */
    ck_assert_int_eq(imw_framer_init(&f, &a, NULL), 0);
    /* a literal must be recorded: no memory */
    ck_assert_int_eq(imw_framer_feed(&f, S("a {3}\r\nxyz\r\n* OK\r\n* O")), 0);
    ck_assert_int_eq(imw_framer_next(&f, &fr, &err), IMW_ERR_NOMEM);
    ck_assert_int_eq(err.code, IMW_ERR_NOMEM);
    ck_assert_uint_eq(err.offset, 2);
    ck_assert_int_eq(imw_framer_next(&f, &fr, &err), 1);
    ck_assert_uint_eq(fr.len, 6);
    /* a partial message cannot be kept: dropped, rest discarded */
    ck_assert_int_eq(imw_framer_next(&f, &fr, &err), IMW_ERR_NOMEM);
    ck_assert_uint_eq(err.message_offset, 18);
    ck_assert_int_eq(imw_framer_feed(&f, S("K\r\n* BYE\r\n")), 0);
    ck_assert_int_eq(imw_framer_next(&f, &fr, &err), 1);
    ck_assert_uint_eq(fr.offset, 24);
    ck_assert(memcmp(fr.data, "* BYE\r\n", 7) == 0);
    ck_assert_int_eq(imw_framer_next(&f, &fr, &err), 0);
    /* feed cannot keep the undrained rest of a chunk: refused, unchanged */
    ck_assert_int_eq(imw_framer_feed(&f, S("* 1\r\n* 2\r\n")), 0);
    ck_assert_int_eq(imw_framer_next(&f, &fr, &err), 1);
    ck_assert_int_eq(imw_framer_feed(&f, S("* 3\r\n")), IMW_ERR_NOMEM);
    ck_assert_int_eq(imw_framer_next(&f, &fr, &err), 1);
    ck_assert(memcmp(fr.data, "* 2\r\n", 5) == 0);
    ck_assert_int_eq(imw_framer_finish(&f, &err), 0);
    imw_framer_free(&f);
    ck_assert_uint_eq(c.live, 0);
}
END_TEST

/* Scanning is linear: a message fed one byte at a time, or a long line of
 * digits, takes no longer than a few passes over it. */
START_TEST(linear_scanning)
{
    static const struct imw_limits lim = LIM((uint64_t)1 << 30, 100, 10,
                                             (uint64_t)1 << 30);
    size_t n = 4u << 20, i;
    uint8_t *in = malloc(n + 2);
    int bad = 0;
    struct imw_framer f;
    struct imw_frame fr;
    struct imw_frame_error err;

    ck_assert_ptr_nonnull(in);
    memset(in, '7', n);
    in[0] = '{';
    in[n] = '\r';
    in[n + 1] = '\n';
    ck_assert_int_eq(imw_framer_init(&f, NULL, &lim), 0);
    /* (ck_assert is slow: check the loop's results once) */
    for (i = 0; i < n + 1 && bad == 0; i++) {
        bad |= imw_framer_feed(&f, in + i, 1) != 0;
        bad |= imw_framer_next(&f, &fr, &err) != 0;
    }
    ck_assert_int_eq(bad, 0);
    ck_assert_int_eq(imw_framer_feed(&f, in + n + 1, 1), 0);
    ck_assert_int_eq(imw_framer_next(&f, &fr, &err), 1);
    ck_assert_uint_eq(fr.len, n + 2);
    ck_assert_uint_eq(fr.nliterals, 0);
    imw_framer_free(&f);
    free(in);
}
END_TEST

Suite *imw_framer_suite(void)
{
    Suite *s = suite_create("framer");
    TCase *t = tcase_create("framer");
    int nvec = (int)(sizeof vectors / sizeof *vectors);

    tcase_set_timeout(t, 60);
    tcase_add_test(t, single_message);
    tcase_add_test(t, several_messages_one_chunk);
    tcase_add_test(t, literal_kinds);
    tcase_add_test(t, literal_data_is_opaque);
    tcase_add_test(t, not_headers);
    tcase_add_test(t, odd_headers);
    tcase_add_test(t, bare_lf);
    tcase_add_test(t, zero_copy);
    tcase_add_test(t, in_place_every_length);
    tcase_add_loop_test(t, chunk_invariance, 0, nvec);
    tcase_add_loop_test(t, chunk_invariance_lazy, 0, nvec);
    tcase_add_test(t, line_too_long);
    tcase_add_test(t, line_limit_restarts_after_literal);
    tcase_add_test(t, literal_too_large);
    tcase_add_test(t, too_many_literals);
    tcase_add_test(t, message_too_large);
    tcase_add_test(t, literal_size_overflow);
    tcase_add_test(t, overflow_while_discarding);
    tcase_add_test(t, huge_declared_literal_little_data);
    tcase_add_test(t, huge_literal_within_limit);
    tcase_add_test(t, eof_inside_line_and_literal);
    tcase_add_test(t, allocation_failure);
    tcase_add_test(t, allocator_always_fails);
    tcase_add_test(t, linear_scanning);
    suite_add_tcase(s, t);
    return s;
}
