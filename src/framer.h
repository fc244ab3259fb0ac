/* Internal: the framer splits a byte stream into complete IMAP messages.
 *
 * It is the only part of the parser that sees arbitrarily chunked input.
 * A message is a line ending in CRLF, where every line that ends with a
 * literal header ({n}, {n+}, ~{n}, ~{n+}) is followed by n octets of literal
 * data and then the rest of the message.  Limits are enforced as bytes
 * arrive; memory grows only with bytes actually received, never with a
 * size the peer merely declares.
 *
 * With a literal callback, a literal declared larger than stream_threshold
 * is streamed: its data goes to the callback as it arrives and is left out
 * of the frame, whose span for it has streamed set and len 0. */
#ifndef IMW_FRAMER_H
#define IMW_FRAMER_H

#include <stddef.h>
#include <stdint.h>
#include "imapwire/common.h"
#include "imapwire/parser.h" /* imw_literal_cb, struct imw_literal_chunk */
#include "imapwire/command.h" /* imw_continuation_cb */

struct imw_limits {
    uint64_t line_length;  /* bytes of one line incl. CRLF, literal data excluded */
    uint64_t literal_size; /* declared size of one literal */
    uint64_t literals;     /* literals in one message */
    uint64_t message_size; /* bytes of one message, lines and literal data */
    uint64_t nesting;      /* parenthesis depth (checked by the grammar run) */
};

/* Defaults used by imw_limits_default(). */
#define IMW_DEFAULT_LINE_LENGTH  (8u << 20)
#define IMW_DEFAULT_LITERAL_SIZE (64u << 20)
#define IMW_DEFAULT_LITERALS     4096u
#define IMW_DEFAULT_MESSAGE_SIZE (80u << 20)
#define IMW_DEFAULT_NESTING      128u /* 100 nested multiparts parse */
#define IMW_DEFAULT_STREAM_THRESHOLD (1u << 20)

void imw_limits_default(struct imw_limits *limits);

enum imw_literal_kind {
    IMW_LITERAL_SYNC,    /* {n}   */
    IMW_LITERAL_NONSYNC, /* {n+}  (LITERAL+ / LITERAL-) */
    IMW_LITERAL_BINARY,  /* ~{n}  (BINARY), also ~{n+} with nonsync set */
    IMW_LITERAL_BINARY_NONSYNC
};

struct imw_literal_span {
    size_t header;  /* frame offset of the '{' (or '~') */
    size_t start;   /* frame offset of the first data octet; for a streamed
                       literal, where the data would be (just past the LF) */
    size_t len;     /* number of data octets in the frame (0 when streamed) */
    enum imw_literal_kind kind;
    int streamed;   /* the data went to the literal callback, not the frame */
    uint64_t size;  /* declared size ({n}): len, or the streamed octets */
};

struct imw_frame {
    const uint8_t *data; /* whole message, final CRLF (or LF) included, minus
                            the data of streamed literals */
    size_t len;
    uint64_t offset;     /* stream offset of data[0]; see
                            imw_frame_stream_offset() for the others */
    const struct imw_literal_span *literals; /* in order of appearance */
    size_t nliterals;
};

#define IMW_NEAR_MAX 32
#define IMW_HEAD_MAX 64

struct imw_frame_error {
    int code;                /* enum imw_error */
    uint64_t offset;         /* stream offset of the offending byte */
    uint64_t message_offset; /* stream offset of the message's first byte */
    const char *reason;      /* static English text */
    uint8_t near[IMW_NEAR_MAX]; /* bytes at `offset` (as many as known) */
    size_t near_len;
    /* The message's first bytes, as far as they are still in hand when it
     * fails (for the tag of a failed command). */
    uint8_t head[IMW_HEAD_MAX];
    size_t head_len;
};

/* Opaque to users of this header apart from its size; see framer.c. */
struct imw_framer {
    const imw_allocator *alloc;
    struct imw_limits limits;

    /* caller's current chunk (zero-copy source) */
    const uint8_t *in;
    size_t in_len;
    size_t in_pos;       /* first unconsumed byte of `in` */

    /* own buffer holding a message that spans feeds */
    uint8_t *buf;
    size_t buf_len;
    size_t buf_cap;

    /* scanning state of the message being assembled */
    uint64_t stream_offset;   /* stream offset of the next unconsumed byte */
    size_t msg_len;           /* bytes of the message seen so far */
    size_t line_start;        /* message offset where the current line began */
    uint64_t literal_left;    /* data octets still expected, when in_literal */
    int in_literal;
    int discarding;           /* message failed: skip to its end */

    struct imw_literal_span *lits;
    size_t nlits;
    size_t lits_cap;

    /* Private to framer.c. */
    size_t buf_pos;           /* first unconsumed byte of `buf` */
    uint64_t hdr_size;        /* literal-header recogniser: value so far */
    size_t hdr_at;            /* message offset of the '{' or '~' */
    size_t hdr_digit;         /* message offset of the first digit */
    uint8_t hdr_state;        /* how the current line ends (enum in framer.c) */
    uint8_t hdr_binary;
    uint8_t hdr_plus;
    uint8_t hdr_overflow;
    char reason[128];         /* error text with numbers, see imw_frame_error */

    /* Literal streaming, see stream_chunk() in framer.c.  Literals declared
     * larger than stream_threshold (IMW_DEFAULT_STREAM_THRESHOLD after
     * init) go to literal_cb, when there is one. */
    uint64_t stream_threshold;
    imw_literal_cb literal_cb; /* NULL: no literal is streamed */
    void *literal_ctx;
    uint64_t streamed_out;    /* streamed octets cut out of this message */
    int streaming;            /* the current literal goes to the callback */
    struct imw_literal_chunk chunk; /* fixed fields of that literal */
    imw_literal_cb chunk_cb;  /* callback and context taken at its header */
    void *chunk_ctx;
    size_t item_at;           /* message offset of chunk.item */

    /* Server side (reading commands): a client sends a synchronising
     * literal's data only after the server's "+", so a refused or
     * oversized one ends the command at its header; "{n+}" follows
     * `nonsync` (enum imw_nonsync).  See accept_header() in framer.c. */
    int server;
    int nonsync;
    imw_continuation_cb cont_cb;
    void *cont_ctx;
};

int imw_framer_init(struct imw_framer *f, const imw_allocator *alloc,
                    const struct imw_limits *limits);
void imw_framer_free(struct imw_framer *f);

/* Hands the framer the next chunk of the stream.  The bytes must stay valid
 * and unchanged until imw_framer_next() has returned 0, or until the next
 * imw_framer_feed().  Returns 0 or IMW_ERR_NOMEM. */
int imw_framer_feed(struct imw_framer *f, const uint8_t *data, size_t len);

/* Takes the next complete message.  Returns 1 and fills *out (valid until
 * the next call of any imw_framer_* function); 0 when more input is needed
 * (any partial message has then been copied into the framer's buffer); or a
 * negative imw_error with *err filled: that message is skipped (the framer
 * discards the rest of it as it arrives, following its literals) and the
 * next call continues with the message after it. */
int imw_framer_next(struct imw_framer *f, struct imw_frame *out,
                    struct imw_frame_error *err);

/* End of input.  Returns 0, or IMW_ERR_INCOMPLETE with *err filled when the
 * input ended inside a message (line or literal).  Resets the framer. */
int imw_framer_finish(struct imw_framer *f, struct imw_frame_error *err);

/* Stream offset of the frame byte at `at` (at <= len): data[at] follows
 * the data of every streamed literal before it, which the frame lacks. */
uint64_t imw_frame_stream_offset(const struct imw_frame *frame, size_t at);

#endif /* IMW_FRAMER_H */
