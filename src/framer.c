/* The framer: splits a chunked byte stream into complete IMAP messages.
 *
 * Unconsumed input lives in two places, in stream order: `buf[buf_pos ..
 * buf_len)` (bytes the framer had to copy: a message spanning feeds, or a
 * chunk the caller replaced before draining it) followed by `in[in_pos ..
 * in_len)` (the caller's current chunk).  The message being assembled always
 * starts at the first unconsumed byte, so "message offset" m is simply the
 * m-th unconsumed byte.  `msg_len` counts how many of them have been scanned;
 * scanning never revisits them, and a header is recognised by a small state
 * machine whose state survives chunk boundaries (see hdr_scan()).
 *
 * After an error the failed message is "discarded": its remaining bytes are
 * consumed as they are scanned instead of being kept, while lines and literal
 * headers are still tracked so that framing resumes at the next message.
 *
 * A streamed literal's data is handed to the literal callback and cut out
 * of the unconsumed bytes (see stream_chunk()): the message keeps its other
 * bytes, and `streamed_out` counts the octets cut, so that stream offsets
 * of the bytes after them stay right. */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>
#if defined(__SSE2__) && (defined(__GNUC__) || defined(__clang__))
#include <emmintrin.h>
#define IMW_FRAMER_SSE2 1
#endif

#include "framer.h"
#include "hints.h"
#include "mem.h"

/* What the current line ends with, as far as a literal header goes. */
enum hdr_state {
    HDR_NONE,   /* nothing that can become a header */
    HDR_TILDE,  /* "~" */
    HDR_OPEN,   /* "{" or "~{" */
    HDR_DIGITS, /* "{1234" */
    HDR_PLUS,   /* "{1234+" */
    HDR_CLOSE,  /* "{1234}" */
    HDR_CR      /* "{1234}\r" */
};

/* Stands for "no chunk", so that pointer arithmetic never meets NULL. */
static const uint8_t no_input[1];

/* Scan results. */
#define SCAN_MORE 0 /* region used up, message continues */
#define SCAN_END 1  /* message ended */

void imw_limits_default(struct imw_limits *limits)
{
    limits->line_length = IMW_DEFAULT_LINE_LENGTH;
    limits->literal_size = IMW_DEFAULT_LITERAL_SIZE;
    limits->literals = IMW_DEFAULT_LITERALS;
    limits->message_size = IMW_DEFAULT_MESSAGE_SIZE;
    limits->nesting = IMW_DEFAULT_NESTING;
}

int imw_framer_init(struct imw_framer *f, const imw_allocator *alloc,
                    const struct imw_limits *limits)
{
    if (!f)
        return IMW_ERR_INVALID_ARGUMENT;
    memset(f, 0, sizeof *f);
    f->alloc = alloc;
    f->in = no_input;
    f->stream_threshold = IMW_DEFAULT_STREAM_THRESHOLD;
    if (limits)
        f->limits = *limits;
    else
        imw_limits_default(&f->limits);
    /* A message is kept in memory, so its offsets must fit in size_t. */
    if (f->limits.message_size > SIZE_MAX - 1)
        f->limits.message_size = SIZE_MAX - 1;
    return 0;
}

void imw_framer_free(struct imw_framer *f)
{
    if (!f)
        return;
    imw_mem_free(f->alloc, f->buf);
    imw_mem_free(f->alloc, f->lits);
    f->buf = NULL;
    f->lits = NULL;
    f->buf_cap = f->buf_len = f->buf_pos = 0;
    f->lits_cap = f->nlits = 0;
}

/* ---- buffer ---------------------------------------------------------- */

/* Moves the live bytes of buf to its front.  Only worth it when the dead
 * prefix is at least as long as what moves, which keeps the cost of all
 * moves below the number of bytes consumed. */
static void buf_compact(struct imw_framer *f)
{
    size_t live = f->buf_len - f->buf_pos;

    memmove(f->buf, f->buf + f->buf_pos, live);
    f->buf_pos = 0;
    f->buf_len = live;
}

/* Makes room for `extra` more bytes at the end of buf, growing it
 * geometrically but never beyond what the bytes in hand require twice. */
static int buf_reserve(struct imw_framer *f, size_t extra)
{
    size_t need, cap;
    uint8_t *p;

    if (extra <= f->buf_cap - f->buf_len)
        return 0;
    if (f->buf_pos > 0 && f->buf_pos >= f->buf_len - f->buf_pos) {
        buf_compact(f);
        if (extra <= f->buf_cap - f->buf_len)
            return 0;
    }
    if (extra > SIZE_MAX - f->buf_len)
        return IMW_ERR_NOMEM;
    need = f->buf_len + extra;
    cap = f->buf_cap <= SIZE_MAX / 2 ? f->buf_cap * 2 : need;
    if (cap < need)
        cap = need;
    if (f->buf)
        p = imw_mem_realloc(f->alloc, f->buf, cap);
    else
        p = imw_mem_alloc(f->alloc, cap);
    if (!p)
        return IMW_ERR_NOMEM;
    f->buf = p;
    f->buf_cap = cap;
    return 0;
}

static int buf_append(struct imw_framer *f, const uint8_t *p, size_t n)
{
    if (n == 0)
        return 0;
    if (buf_reserve(f, n) != 0)
        return IMW_ERR_NOMEM;
    memcpy(f->buf + f->buf_len, p, n);
    f->buf_len += n;
    return 0;
}

/* ---- unconsumed bytes ------------------------------------------------ */

static size_t buffered(const struct imw_framer *f)
{
    return f->buf_len - f->buf_pos;
}

static size_t pending(const struct imw_framer *f)
{
    return buffered(f) + (f->in_len - f->in_pos);
}

/* The m-th unconsumed byte (m < pending()). */
static uint8_t byte_at(const struct imw_framer *f, size_t m)
{
    size_t b = buffered(f);

    return m < b ? f->buf[f->buf_pos + m] : f->in[f->in_pos + (m - b)];
}

/* Drops the first k unconsumed bytes, which hold the data cut out of the
 * message so far (when k > 0 it always reaches past the cuts). */
static void consume(struct imw_framer *f, size_t k)
{
    size_t b = buffered(f);

    if (k < b) {
        f->buf_pos += k;
    } else {
        f->buf_pos = f->buf_len = 0;
        f->in_pos += k - b;
    }
    f->stream_offset += k + f->streamed_out;
    f->streamed_out = 0;
}

int imw_framer_feed(struct imw_framer *f, const uint8_t *data, size_t len)
{
    /* The caller may reuse the old chunk now: keep what is left of it.  On
     * failure nothing changes and the new chunk is not taken. */
    if (buf_append(f, f->in + f->in_pos, f->in_len - f->in_pos) != 0)
        return IMW_ERR_NOMEM;
    f->in = data ? data : no_input;
    f->in_len = data ? len : 0;
    f->in_pos = 0;
    return 0;
}

/* ---- errors ---------------------------------------------------------- */

/* Fills *err for a problem at message offset `at`; `near` takes bytes from
 * there up to `near_end` (exclusive), as many as are in hand. */
static int fail(struct imw_framer *f, struct imw_frame_error *err, int code,
                size_t at, size_t near_end, const char *reason)
{
    size_t end = pending(f), n = 0;

    if (!err)
        return code;
    if (near_end < end)
        end = near_end;
    while (at + n < end && n < IMW_NEAR_MAX) {
        err->near[n] = byte_at(f, at + n);
        n++;
    }
    err->near_len = n;
    for (n = 0; n < pending(f) && n < IMW_HEAD_MAX; n++)
        err->head[n] = byte_at(f, n);
    err->head_len = n;
    err->code = code;
    err->offset = f->stream_offset + f->streamed_out + at;
    err->message_offset = f->stream_offset;
    err->reason = reason;
    return code;
}

/* ---- literal-header recogniser --------------------------------------- */

static void hdr_digit(struct imw_framer *f, unsigned d)
{
    if (f->hdr_overflow)
        return;
    if (f->hdr_size > (UINT64_MAX - d) / 10)
        f->hdr_overflow = 1;
    else
        f->hdr_size = f->hdr_size * 10 + d;
}

/* State after byte c at message offset `at`, given state s before it. */
static uint8_t hdr_step(struct imw_framer *f, uint8_t s, uint8_t c, size_t at)
{
    switch (c) {
    case '~':
        f->hdr_at = at;
        return HDR_TILDE;
    case '{':
        f->hdr_binary = (s == HDR_TILDE);
        if (!f->hdr_binary)
            f->hdr_at = at;
        return HDR_OPEN;
    case '+':
        return s == HDR_DIGITS ? HDR_PLUS : HDR_NONE;
    case '}':
        f->hdr_plus = (s == HDR_PLUS);
        return s == HDR_DIGITS || s == HDR_PLUS ? HDR_CLOSE : HDR_NONE;
    case '\r':
        return s == HDR_CLOSE ? HDR_CR : HDR_NONE;
    default:
        break;
    }
    if (c < '0' || c > '9')
        return HDR_NONE;
    if (s == HDR_OPEN) {
        f->hdr_size = 0;
        f->hdr_overflow = 0;
        f->hdr_digit = at;
    } else if (s != HDR_DIGITS) {
        return HDR_NONE;
    }
    hdr_digit(f, (unsigned)(c - '0'));
    return HDR_DIGITS;
}

/* Bytes that can continue a header without restarting it. */
static int hdr_body(uint8_t c)
{
    return (c >= '0' && c <= '9') || c == '+' || c == '}' || c == '\r';
}

/* Advances the recogniser over p[0..n), the next bytes of the current line,
 * starting at message offset `base`.  Only the line's suffix matters, so we
 * look back over the bytes that may belong to a header and step forward from
 * the byte before them: memchr() finds the LF, and no byte is looked at more
 * than twice here, whatever the chunking.  The state carries over to the
 * next chunk, so headers split anywhere (even zero-padded ones in discarded
 * messages, whose bytes are not kept) are still recognised. */
static void hdr_scan(struct imw_framer *f, const uint8_t *p, size_t n,
                     size_t base)
{
    uint8_t s = f->hdr_state;
    size_t i = n;

    /* Most lines end "...x\r" with x not '}': only "}" leaves HDR_CLOSE,
     * so the CR leaves no header whatever came before. */
    if (n >= 2 && p[n - 1] == '\r' && p[n - 2] != '}') {
        f->hdr_state = HDR_NONE;
        return;
    }
    while (i > 0 && hdr_body(p[i - 1]))
        i--;
    if (i > 0) {
        /* p[i-1] sets the state by itself, except that a '{' needs to know
         * whether a '~' precedes it: start one byte earlier then. */
        i--;
        if (p[i] == '{' && i > 0)
            i--;
        if (i > 0)
            s = HDR_NONE; /* what came before no longer matters */
    }
    for (; i < n; i++)
        s = hdr_step(f, s, p[i], base + i);
    f->hdr_state = s;
}

static int hdr_found(const struct imw_framer *f)
{
    return f->hdr_state == HDR_CLOSE || f->hdr_state == HDR_CR;
}

static enum imw_literal_kind hdr_kind(const struct imw_framer *f)
{
    if (f->hdr_binary)
        return f->hdr_plus ? IMW_LITERAL_BINARY_NONSYNC : IMW_LITERAL_BINARY;
    return f->hdr_plus ? IMW_LITERAL_NONSYNC : IMW_LITERAL_SYNC;
}

/* ---- message state --------------------------------------------------- */

static void start_line(struct imw_framer *f, size_t at)
{
    f->line_start = at;
    f->hdr_state = HDR_NONE;
}

static void begin_literal(struct imw_framer *f, uint64_t n, size_t at)
{
    f->literal_left = n;
    f->in_literal = n > 0;
    if (n == 0)
        start_line(f, at);
}

static void new_message(struct imw_framer *f)
{
    f->msg_len = 0;
    f->nlits = 0;
    f->in_literal = 0;
    f->literal_left = 0;
    f->discarding = 0;
    f->streaming = 0;
    f->streamed_out = 0;
    start_line(f, 0);
}

static int lits_push(struct imw_framer *f, const struct imw_literal_span *l)
{
    if (f->nlits == f->lits_cap) {
        size_t cap = f->lits_cap ? f->lits_cap * 2 : 8;
        struct imw_literal_span *p;

        if (cap > SIZE_MAX / sizeof *p)
            return IMW_ERR_NOMEM;
        if (f->lits)
            p = imw_mem_realloc(f->alloc, f->lits, cap * sizeof *p);
        else
            p = imw_mem_alloc(f->alloc, cap * sizeof *p);
        if (!p)
            return IMW_ERR_NOMEM;
        f->lits = p;
        f->lits_cap = cap;
    }
    f->lits[f->nlits++] = *l;
    return 0;
}

/* ---- streamed literals ----------------------------------------------- */

static int is_digit(uint8_t c)
{
    return c >= '0' && c <= '9';
}

static int is_alpha(uint8_t c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

static uint8_t ascii_upper(uint8_t c)
{
    return c >= 'a' && c <= 'z' ? (uint8_t)(c - 'a' + 'A') : c;
}

/* Whether message bytes [at, at + strlen(word)) are `word`, ignoring case. */
static int has_word(const struct imw_framer *f, size_t at, size_t end,
                    const char *word)
{
    for (; *word; word++, at++)
        if (at >= end || ascii_upper(byte_at(f, at)) != (uint8_t)*word)
            return 0;
    return 1;
}

/* The n of a message that starts "* n FETCH (", else 0.  `end`: message
 * bytes in hand. */
static uint32_t fetch_number(const struct imw_framer *f, size_t end)
{
    uint64_t n = 0;
    size_t m = 2;

    if (!has_word(f, 0, end, "* "))
        return 0;
    for (; m < end && is_digit(byte_at(f, m)); m++) {
        n = n * 10 + (uint64_t)(byte_at(f, m) - '0');
        if (n > UINT32_MAX)
            return 0;
    }
    if (m == 2 || !has_word(f, m, end, " FETCH ("))
        return 0;
    return (uint32_t)n;
}

/* Steps back from message offset *k over bytes of `set` (a predicate),
 * staying within the current line. */
static void back_over(const struct imw_framer *f, size_t *k,
                      int (*set)(uint8_t))
{
    while (*k > f->line_start && set(byte_at(f, *k - 1)))
        (*k)--;
}

static int is_name_char(uint8_t c)
{
    return is_alpha(c) || is_digit(c) || c == '.' || c == '-' || c == '_';
}

static int not_open_bracket(uint8_t c)
{
    return c != '[';
}

/* Steps back over `c` at *k - 1, if it is there. */
static int back_one(const struct imw_framer *f, size_t *k, uint8_t c)
{
    if (*k <= f->line_start || byte_at(f, *k - 1) != c)
        return 0;
    (*k)--;
    return 1;
}

/* The FETCH item the literal with header at `hdr` is the value of: the
 * token before " {n}" on the current line, name ["[" section "]"]
 * ["<" number ">"] (BODY[1.2]<0>, BODY[HEADER.FIELDS (TO)], BINARY[2],
 * RFC822), after SP or "(".  The section may hold spaces, so the token is
 * read backwards from its end.  Strings inside structures (ENVELOPE,
 * BODYSTRUCTURE) follow "(", a string or a number, never such a token,
 * except NIL, which is no item.  Returns 0 when there is none. */
static int fetch_item(const struct imw_framer *f, size_t hdr, size_t *at,
                      size_t *len)
{
    size_t end, k, name_end;

    if (hdr < f->line_start + 2 || byte_at(f, hdr - 1) != ' ')
        return 0;
    end = k = hdr - 1;
    if (back_one(f, &k, '>')) {
        name_end = k;
        back_over(f, &k, is_digit);
        if (k == name_end || !back_one(f, &k, '<'))
            return 0;
    }
    if (back_one(f, &k, ']')) {
        back_over(f, &k, not_open_bracket);
        if (!back_one(f, &k, '['))
            return 0;
    }
    name_end = k;
    back_over(f, &k, is_name_char);
    if (k == name_end || !is_alpha(byte_at(f, k)) || k == f->line_start)
        return 0;
    if (byte_at(f, k - 1) != ' ' && byte_at(f, k - 1) != '(')
        return 0;
    if (name_end - k == 3 && has_word(f, k, name_end, "NIL"))
        return 0;
    *at = k;
    *len = end - k;
    return 1;
}

/* The literal whose header ended the line just scanned goes to the
 * callback: note what every chunk of it will say. */
static void start_streaming(struct imw_framer *f, uint64_t size, int binary)
{
    struct imw_literal_chunk *c = &f->chunk;
    size_t end = f->hdr_at; /* everything before the header is in hand */

    memset(c, 0, sizeof *c);
    c->message_number = fetch_number(f, end);
    if (c->message_number == 0 ||
        !fetch_item(f, f->hdr_at, &f->item_at, &c->item.len))
        c->item.len = 0;
    c->size = size;
    c->is_binary = binary;
    f->chunk_cb = f->literal_cb;
    f->chunk_ctx = f->literal_ctx;
    f->streaming = 1;
}

/* Moves the message's bytes before msg_len into buf when some of them are
 * still in the caller's chunk, so that cutting data out of the chunk leaves
 * them in one piece (and the item slice contiguous). */
static int settle(struct imw_framer *f)
{
    size_t b = buffered(f);

    if (b >= f->msg_len)
        return 0;
    if (buf_append(f, f->in + f->in_pos, f->msg_len - b) != 0)
        return IMW_ERR_NOMEM;
    f->in_pos += f->msg_len - b;
    return 0;
}

/* Removes the k unconsumed bytes at message offset msg_len, which lie in
 * one region: after the message's bytes in buf, or (settled) at the start
 * of the caller's chunk. */
static void cut(struct imw_framer *f, size_t k)
{
    size_t b = buffered(f), m = f->msg_len;

    if (m < b) {
        uint8_t *at = f->buf + f->buf_pos + m;

        memmove(at, at + k, b - m - k);
        f->buf_len -= k;
    } else {
        f->in_pos += k;
    }
    f->streamed_out += k;
}

static int stop_streaming(struct imw_framer *f, struct imw_frame_error *err,
                          int code, size_t near_len, const char *reason)
{
    f->discarding = 1;
    f->streaming = 0; /* the rest of the data is discarded as usual */
    return fail(f, err, code, f->msg_len, f->msg_len + near_len, reason);
}

/* Streamed literal data at p[0..n), message offset msg_len: hands it to
 * the callback as it is and cuts it out, so that it is never kept. */
static int stream_chunk(struct imw_framer *f, const uint8_t *p, size_t n,
                        struct imw_frame_error *err)
{
    struct imw_literal_chunk *c = &f->chunk;
    size_t take = n;
    int rc = SCAN_MORE;

    if (f->literal_left < take)
        take = (size_t)f->literal_left;
    if (settle(f) != 0)
        return stop_streaming(f, err, IMW_ERR_NOMEM, 0, "out of memory");
    c->data.ptr = p;
    c->data.len = take;
    c->item.ptr = c->item.len ? f->buf + f->buf_pos + f->item_at : NULL;
    if (f->chunk_cb(c, f->chunk_ctx) < 0)
        rc = stop_streaming(f, err, IMW_ERR_CALLBACK, take,
                            "the literal callback aborted the message");
    cut(f, take);
    c->offset += take;
    f->literal_left -= take;
    if (f->literal_left == 0) {
        f->in_literal = 0;
        f->streaming = 0;
        start_line(f, f->msg_len);
    }
    return rc;
}

/* ---- scanning -------------------------------------------------------- */

/* A literal header ended the line at message offset `end`, just past the
 * LF.  Checks the limits, records the literal and starts its data.  On a
 * limit the rest of the message is discarded, literal data included (its
 * size is known); on overflow the size is not, so the message ends here. */
/* The server's decision on a synchronising literal: its continuation
 * callback sees the command's first words and the literal. */
static int ask_continuation(struct imw_framer *f, uint64_t n, int binary,
                            size_t end)
{
    uint8_t words[IMW_HEAD_MAX];
    size_t len = 0, tag_end, name_start, name_end;
    struct imw_literal_request req = { .size = n, .is_binary = binary };

    if (!f->cont_cb)
        return IMW_CONTINUE;
    while (len < sizeof words && len < end) {
        words[len] = byte_at(f, len);
        len++;
    }
    tag_end = 0;
    while (tag_end < len && words[tag_end] != ' ')
        tag_end++;
    name_start = tag_end < len ? tag_end + 1 : len;
    name_end = name_start;
    while (name_end < len && words[name_end] != ' ' && words[name_end] != '\r')
        name_end++;
    if (name_end - name_start == 3 && has_word(f, name_start, end, "UID ")) {
        name_start = name_end + 1;
        for (name_end = name_start; name_end < len && words[name_end] != ' ';)
            name_end++;
    }
    if (name_start > len)
        name_start = name_end = len;
    req.tag = (imw_bytes){ words, tag_end };
    req.command = (imw_bytes){ words + name_start, name_end - name_start };
    req.index = (uint32_t)f->nlits;
    req.offset = f->stream_offset + f->streamed_out + end;
    return f->cont_cb(&req, f->cont_ctx);
}

/* What the client does with the data of a literal the server refuses: a
 * synchronising literal is not sent (the command ends at the header), any
 * other is (its data is skipped). */
static int refuse_literal(struct imw_framer *f, int code, uint64_t n,
                          size_t end)
{
    int sync = hdr_kind(f) == IMW_LITERAL_SYNC ||
               hdr_kind(f) == IMW_LITERAL_BINARY;
    if (f->server && sync)
        return code;
    f->discarding = 1;
    begin_literal(f, n, end);
    return code;
}

/* Server side: "{n+}" as LITERAL+ / LITERAL- allow it, else a reason. */
static const char *nonsync_refusal(const struct imw_framer *f, uint64_t n)
{
    int nonsync = hdr_kind(f) == IMW_LITERAL_NONSYNC ||
                  hdr_kind(f) == IMW_LITERAL_BINARY_NONSYNC;
    if (!f->server || !nonsync || f->nonsync == IMW_NONSYNC_PLUS)
        return NULL;
    if (f->nonsync == IMW_NONSYNC_NONE)
        return "non-synchronizing literal without LITERAL+ or LITERAL-";
    if (n > 4096)
        return "LITERAL- allows non-synchronizing literals of at most 4096 "
               "octets";
    return NULL;
}

/* A literal header ended the line at message offset `end`, just past the
 * LF.  Checks the limits, records the literal and starts its data.  On a
 * limit the rest of the message is discarded, literal data included (its
 * size is known); on overflow the size is not, so the message ends here.
 * On the server side a synchronising literal is first put to the
 * continuation callback; a refused one ends the command at its header,
 * since the client then sends no data. */
static int accept_header(struct imw_framer *f, size_t end,
                         struct imw_frame_error *err)
{
    struct imw_literal_span l;
    uint64_t n = f->hdr_size;
    int code, stream;
    const char *why;

    if (f->hdr_overflow) {
        return fail(f, err, IMW_ERR_BAD_LITERAL, f->hdr_digit, end,
                    "literal size overflows 64 bits");
    }
    int binary = hdr_kind(f) == IMW_LITERAL_BINARY ||
                 hdr_kind(f) == IMW_LITERAL_BINARY_NONSYNC;
    /* Streamed data is never held, so only the syntax bounds its size. */
    stream = f->literal_cb && n > f->stream_threshold;
    if (n > (binary ? (uint64_t)INT64_MAX : (uint64_t)UINT32_MAX)) {
        /* {n} counts with `number` (32 bits), ~{n} with number64 (63) */
        code = fail(f, err, IMW_ERR_NUMBER_RANGE, f->hdr_digit, end,
                    binary ? "literal8 size does not fit in 63 bits"
                           : "literal size does not fit in 32 bits");
        return f->server ? code : refuse_literal(f, code, n, end);
    }
    if ((why = nonsync_refusal(f, n)) != NULL)
        return refuse_literal(f, fail(f, err, IMW_ERR_NONSYNC_LITERAL,
                                      f->hdr_at, end, why), n, end);
    if (n > f->limits.literal_size && !stream) {
        snprintf(f->reason, sizeof f->reason,
                 "literal of %" PRIu64 " octets exceeds the limit of %" PRIu64,
                 n, f->limits.literal_size);
        return refuse_literal(f, fail(f, err, IMW_ERR_LITERAL_TOO_LARGE,
                                      f->hdr_digit, end, f->reason), n, end);
    }
    if (f->nlits >= f->limits.literals) {
        snprintf(f->reason, sizeof f->reason,
                 "message has more than %" PRIu64 " literals",
                 f->limits.literals);
        return refuse_literal(f, fail(f, err, IMW_ERR_TOO_MANY_LITERALS,
                                      f->hdr_at, end, f->reason), n, end);
    }
    if (f->server && (hdr_kind(f) == IMW_LITERAL_SYNC ||
                      hdr_kind(f) == IMW_LITERAL_BINARY) &&
        ask_continuation(f, n, binary, end) != IMW_CONTINUE)
        return fail(f, err, IMW_ERR_LITERAL_REFUSED, f->hdr_at, end,
                    "the server refused the literal");
    l.header = f->hdr_at;
    l.start = end;
    /* n > SIZE_MAX cannot fit message_size anyway, unless streamed */
    l.len = stream ? 0 : (size_t)n;
    l.kind = hdr_kind(f);
    l.streamed = stream;
    l.size = n;
    code = lits_push(f, &l);
    if (code != 0) {
        /* Not refuse_literal(): the literal was granted (the server sent
         * "+", or there is no callback), so its data comes, and is
         * skipped with the rest of the message. */
        code = fail(f, err, code, f->hdr_at, end, "out of memory");
        f->discarding = 1;
        begin_literal(f, n, end);
        return code;
    }
    if (stream)
        start_streaming(f, n, binary);
    begin_literal(f, n, end);
    return 0;
}

/* What a limit still allows after `used`; saturates, as the caller may
 * lower limits (imw_framer.limits) between calls. */
static uint64_t room_left(uint64_t limit, uint64_t used)
{
    return used < limit ? limit - used : 0;
}

/* Literal data at p[*i..n). */
static int scan_literal(struct imw_framer *f, size_t n, size_t *i,
                        struct imw_frame_error *err)
{
    size_t take = n - *i;
    uint64_t room;

    if (f->literal_left < take)
        take = (size_t)f->literal_left;
    if (!f->discarding) {
        room = room_left(f->limits.message_size, f->msg_len + *i);
        if (take > room) {
            *i += (size_t)room;
            f->literal_left -= room;
            f->discarding = 1;
            snprintf(f->reason, sizeof f->reason,
                     "message exceeds the limit of %" PRIu64 " octets",
                     f->limits.message_size);
            return fail(f, err, IMW_ERR_MESSAGE_TOO_LARGE, f->msg_len + *i,
                        SIZE_MAX, f->reason);
        }
    }
    *i += take;
    f->literal_left -= take;
    if (f->literal_left == 0) {
        f->in_literal = 0;
        start_line(f, f->msg_len + *i);
    }
    return SCAN_MORE;
}

/* How many more bytes the current line may take, from message offset `at`;
 * *code names the limit that runs out first. */
static uint64_t line_room(const struct imw_framer *f, size_t at, int *code)
{
    uint64_t line = room_left(f->limits.line_length, at - f->line_start);
    uint64_t msg = room_left(f->limits.message_size, at);

    *code = line <= msg ? IMW_ERR_LINE_TOO_LONG : IMW_ERR_MESSAGE_TOO_LARGE;
    return line <= msg ? line : msg;
}

static int line_limit(struct imw_framer *f, int code, size_t at,
                      struct imw_frame_error *err)
{
    int line = code == IMW_ERR_LINE_TOO_LONG;

    f->discarding = 1;
    snprintf(f->reason, sizeof f->reason,
             "%s exceeds the limit of %" PRIu64 " octets",
             line ? "line" : "message",
             line ? f->limits.line_length : f->limits.message_size);
    return fail(f, err, code, at, SIZE_MAX, f->reason);
}

/* Line bytes at p[*i..n): up to the LF, or all of them. */
static int scan_line(struct imw_framer *f, const uint8_t *p, size_t n,
                     size_t *i, struct imw_frame_error *err)
{
    size_t avail = n - *i, span = avail, base = f->msg_len + *i, e;
    const uint8_t *lf;
    int code = 0;

    if (!f->discarding) {
        uint64_t room = line_room(f, base, &code);
        if (room < avail)
            span = (size_t)room;
    }
    lf = memchr(p + *i, '\n', span);
    if (!lf) {
        hdr_scan(f, p + *i, span, base);
        *i += span;
        if (span < avail)
            return line_limit(f, code, f->msg_len + *i, err);
        return SCAN_MORE;
    }
    e = (size_t)(lf - p);
    hdr_scan(f, p + *i, e - *i, base);
    *i = e + 1;
    if (!hdr_found(f) || (f->discarding && f->hdr_overflow))
        return SCAN_END;
    if (f->discarding) {
        begin_literal(f, f->hdr_size, 0);
        return SCAN_MORE;
    }
    return accept_header(f, f->msg_len + *i, err);
}

/* Scans p[0..n), the next unscanned bytes of the current message.  Returns
 * SCAN_END when the message ended after *used bytes, SCAN_MORE when all n
 * were taken, or a negative error (*used: bytes up to the failure point). */
static int scan_region(struct imw_framer *f, const uint8_t *p, size_t n,
                       size_t *used, struct imw_frame_error *err)
{
    size_t i = 0;
    int r = SCAN_MORE;

    while (i < n && r == SCAN_MORE) {
        if (f->in_literal && f->streaming) {
            /* the caller counts the bytes before the data first */
            if (i == 0)
                r = stream_chunk(f, p, n, err);
            break;
        }
        if (f->in_literal)
            r = scan_literal(f, n, &i, err);
        else
            r = scan_line(f, p, n, &i, err);
    }
    *used = i;
    return r;
}

/* ---- taking messages ------------------------------------------------- */

/* The message is the first msg_len unconsumed bytes: hand it out where it
 * lies if it is all in one place, else join its two parts in buf. */
/* The message [data, data + len) is the frame, with its `nlits`
 * literals and `streamed` octets cut out of it. */
static inline void fill_frame(struct imw_framer *f, struct imw_frame *out,
                              const uint8_t *data, size_t len, size_t nlits,
                              uint64_t streamed)
{
    out->data = data;
    out->len = len;
    out->offset = f->stream_offset;
    out->literals = f->lits;
    out->nliterals = nlits;
    f->stream_offset += len + streamed;
}

/* fill_frame(), and the framer starts the next message. */
static inline int hand_out(struct imw_framer *f, struct imw_frame *out,
                           const uint8_t *data, size_t len)
{
    fill_frame(f, out, data, len, f->nlits, f->streamed_out);
    new_message(f);
    return 1;
}

static int emit(struct imw_framer *f, struct imw_frame *out,
                struct imw_frame_error *err)
{
    size_t b = buffered(f), len = f->msg_len;
    const uint8_t *data;

    if (b == 0) {
        data = f->in + f->in_pos;
        f->in_pos += len;
    } else {
        if (len > b) {
            if (buf_append(f, f->in + f->in_pos, len - b) != 0) {
                fail(f, err, IMW_ERR_NOMEM, b, b, "out of memory");
                consume(f, len);
                new_message(f);
                return IMW_ERR_NOMEM;
            }
            f->in_pos += len - b;
        }
        data = f->buf + f->buf_pos;
        /* The bytes stay where they are until buf is written again, which
         * only happens in a later call. */
        f->buf_pos += len;
        if (f->buf_pos == f->buf_len)
            f->buf_pos = f->buf_len = 0;
    }
    return hand_out(f, out, data, len);
}

/* Out of input: keep the partial message, as the caller may now reuse its
 * chunk.  If it cannot be kept, it is dropped and the rest discarded. */
static int stash(struct imw_framer *f, struct imw_frame_error *err)
{
    size_t rest = f->in_len - f->in_pos;

    if (buf_append(f, f->in + f->in_pos, rest) != 0) {
        fail(f, err, IMW_ERR_NOMEM, f->msg_len - rest, f->msg_len,
             "out of memory");
        consume(f, f->msg_len);
        f->msg_len = 0;
        f->nlits = 0;
        f->discarding = 1;
        return IMW_ERR_NOMEM;
    }
    f->in = no_input;
    f->in_len = f->in_pos = 0;
    return 0;
}

/* The next unscanned bytes, in buf or in the caller's chunk. */
static const uint8_t *region(const struct imw_framer *f, size_t *n)
{
    size_t b = buffered(f), m = f->msg_len;

    if (m < b) {
        *n = b - m;
        return f->buf + f->buf_pos + m;
    }
    *n = f->in_len - f->in_pos - (m - b);
    return f->in + f->in_pos + (m - b);
}

/* The LF in the first 64 octets of p[0..n) looked at in line, 32 a
 * test (most messages are short lines: a status response, EXISTS), or
 * NULL, also when fewer than 32 are left to test: the caller hands
 * that case to memchr() out of line (take_long_line()). */
static IMW_ALWAYS_INLINE const uint8_t *find_lf_short(const uint8_t *p,
                                                      size_t n, size_t *seen)
{
    size_t at = 0;
#ifdef IMW_FRAMER_SSE2
    const __m128i lf = _mm_set1_epi8('\n');
    for (int round = 0; round < 2 && n - at >= 32; round++, at += 32) {
        __m128i lo = _mm_loadu_si128((const __m128i *)(const void *)(p + at));
        __m128i hi =
            _mm_loadu_si128((const __m128i *)(const void *)(p + at + 16));
        unsigned mask = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(lo, lf)) |
                        (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(hi, lf))
                            << 16;
        if (mask)
            return p + at + __builtin_ctz(mask);
    }
#else
    (void)p;
    (void)n;
#endif
    *seen = at;
    return NULL;
}

static IMW_NOINLINE int next_general(struct imw_framer *f,
                                     struct imw_frame *out,
                                     struct imw_frame_error *err);

/* The common message, a new one that is one line ending in CRLF with no
 * literal header (the octet before the CR is not '}'), whole in the
 * caller's chunk and within the limits, found at the LF at p[e] (the
 * line's first octet is p[0]), taken without the general scan; any
 * other goes to next_general().  emit() for this case: nothing
 * buffered, so no copy and nothing that can fail; hand_out() without
 * new_message(), as the message state is still the one new_message()
 * left (every path that ends a message or its discarding resets it, and
 * this one took nothing into it: no literal, no line but this, nothing
 * streamed out). */
static IMW_ALWAYS_INLINE int take_line_at(struct imw_framer *f,
                                          struct imw_frame *out,
                                          struct imw_frame_error *err,
                                          const uint8_t *p, size_t e)
{
    if (e < 2 || p[e - 1] != '\r' || p[e - 2] == '}')
        return next_general(f, out, err);
    f->in_pos += e + 1;
    fill_frame(f, out, p, e + 1, 0, 0);
    return 1;
}

/* take_line_at() for a line whose LF is not in the first octets tested
 * in line: memchr() over the rest of the `n` the limits allow. */
static IMW_NOINLINE int take_long_line(struct imw_framer *f,
                                       struct imw_frame *out,
                                       struct imw_frame_error *err,
                                       const uint8_t *p, size_t seen, size_t n)
{
    const uint8_t *lf = memchr(p + seen, '\n', n - seen);
    if (!lf)
        return next_general(f, out, err); /* it goes on, or a limit is hit */
    return take_line_at(f, out, err, p, (size_t)(lf - p));
}

/* imw_framer_next() for every message but the common one; out of line,
 * so that the common one saves no registers for it. */
static IMW_NOINLINE int next_general(struct imw_framer *f,
                                     struct imw_frame *out,
                                     struct imw_frame_error *err)
{
    for (;;) {
        size_t n, used;
        const uint8_t *p = region(f, &n);
        int r;

        if (n == 0)
            return stash(f, err);
        if (f->discarding) {
            /* Nothing of a failed message is kept. */
            r = scan_region(f, p, n, &used, err);
            consume(f, used);
            if (r == SCAN_END)
                new_message(f);
            continue;
        }
        r = scan_region(f, p, n, &used, err);
        if (r < 0) {
            int discard = f->discarding;

            consume(f, f->msg_len + used);
            f->msg_len = 0;
            f->nlits = 0;
            if (!discard)
                new_message(f);
            return r;
        }
        f->msg_len += used;
        if (r == SCAN_END)
            return emit(f, out, err);
    }
}

int imw_framer_next(struct imw_framer *f, struct imw_frame *out,
                    struct imw_frame_error *err)
{
    /* every call below is a tail call: the common message, taken in
     * line, saves no registers */
    if (f->msg_len != 0 || buffered(f) != 0 || f->discarding)
        return next_general(f, out, err);
    const uint8_t *p = f->in + f->in_pos;
    size_t n = f->in_len - f->in_pos, seen;
    /* line_room(f, 0, ...): a new message's line starts at 0 */
    uint64_t room = f->limits.line_length < f->limits.message_size
                        ? f->limits.line_length : f->limits.message_size;
    if (room < n)
        n = (size_t)room;
    const uint8_t *lf = find_lf_short(p, n, &seen);
    if (!lf)
        return take_long_line(f, out, err, p, seen, n);
    return take_line_at(f, out, err, p, (size_t)(lf - p));
}

int imw_framer_finish(struct imw_framer *f, struct imw_frame_error *err)
{
    size_t rest = pending(f);
    int code = 0;

    if (!f->discarding && (rest > 0 || f->in_literal)) {
        const char *why = "input ended inside a line";

        if (f->in_literal) {
            snprintf(f->reason, sizeof f->reason,
                     "input ended inside a literal (%" PRIu64
                     " octets missing)",
                     f->literal_left);
            why = f->reason;
        }
        code = fail(f, err, IMW_ERR_INCOMPLETE, rest, rest, why);
    }
    f->stream_offset += rest + f->streamed_out;
    f->buf_pos = f->buf_len = 0;
    f->in = no_input;
    f->in_len = f->in_pos = 0;
    new_message(f);
    return code;
}

uint64_t imw_frame_stream_offset(const struct imw_frame *frame, size_t at)
{
    uint64_t offset = frame->offset + at;
    size_t i;

    for (i = 0; i < frame->nliterals && frame->literals[i].start <= at; i++)
        if (frame->literals[i].streamed)
            offset += frame->literals[i].size;
    return offset;
}
