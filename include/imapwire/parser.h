/* imapwire — push parser for IMAP server responses (and, with
 * IMW_SIDE_SERVER, client commands: imapwire/command.h).
 *
 *     imw_parser *p = imw_parser_new(IMW_SIDE_CLIENT);
 *     imw_parser_feed(p, bytes, n);           // any chunking
 *     const struct imw_response *r;
 *     int rc;
 *     while ((rc = imw_parser_next(p, &r)) != 0) {
 *         if (rc < 0) {
 *             report(imw_parser_error(p));
 *             if (imw_error_is_fatal(rc)) break;
 *             continue;
 *         }
 *         use(r);
 *     }
 *     ...
 *     if (imw_parser_finish(p) < 0) report(imw_parser_error(p));
 *     imw_parser_free(p);
 *
 * Lifetimes: a response and every slice in it stay valid until the next
 * call of imw_parser_next(), imw_parser_feed(), imw_parser_finish() or
 * imw_parser_free().  Bytes given to imw_parser_feed() must stay unchanged
 * until imw_parser_next() has returned 0 (messages that lie wholly inside
 * them are parsed where they lie, without a copy). */
#ifndef IMAPWIRE_PARSER_H
#define IMAPWIRE_PARSER_H

#include "imapwire/common.h"
#include "imapwire/types.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct imw_parser imw_parser;

enum imw_side {
    IMW_SIDE_CLIENT, /* parse server responses (what a client reads) */
    IMW_SIDE_SERVER  /* parse client commands: imw_parser_next_command() */
};

/* Limits: doc/LIMITS.md has each one's defaults, range, error and test.
 * Defaults are "client side / server before login / after login"; the
 * server's AUTHENTICATE and IDLE lines have its before-login limits.  A
 * limit error is never fatal: it names the message's offset past the
 * limit (or the literal header), the rest of the message is skipped as it
 * arrives, and the next message parses. */
enum imw_limit {
    /* octets of one line, CRLF included, literal data excluded
     * (8 MiB / 8 KiB / 64 KiB): IMW_ERR_LINE_TOO_LONG */
    IMW_LIMIT_LINE_LENGTH,
    /* declared size of one literal, checked at its header (64 MiB / 8 KiB /
     * 64 MiB): IMW_ERR_LITERAL_TOO_LARGE, rule "literal"; its data is
     * skipped, except that a server's refused {n} ends the command (the
     * client sends no data) */
    IMW_LIMIT_LITERAL_SIZE,
    /* literals in one message (4096 / 16 / 1000):
     * IMW_ERR_TOO_MANY_LITERALS, rule "literal" */
    IMW_LIMIT_LITERALS,
    /* octets of one message, lines and buffered literal data (80 MiB /
     * 64 KiB / 80 MiB; at most 0xFFFFFFFE): IMW_ERR_MESSAGE_TOO_LARGE */
    IMW_LIMIT_MESSAGE_SIZE,
    /* depth of the grammar's recursive rules: body parts, body extension
     * lists, THREAD lists, search keys (each NOT, OR and parenthesis),
     * generic lists (128 / 2 / 64; at most 256): IMW_ERR_NESTING_TOO_DEEP,
     * rule the recursive one.  N levels need a limit of N: a body
     * structure of 100 nested multiparts needs 101. */
    IMW_LIMIT_NESTING,
    /* Literals declared larger than this are streamed to the literal
     * callback instead of being buffered (1 MiB, one value for every
     * state; no effect without a callback).  See
     * imw_parser_set_literal_callback(). */
    IMW_LIMIT_STREAM_THRESHOLD
};

enum imw_option {
    /* 1: follow the ABNF to the letter; 0 (default): accept the named
     * leniencies documented in doc/ARCHITECTURE.md. */
    IMW_OPTION_STRICT,
    /* 1 (default): the first response is the server greeting. */
    IMW_OPTION_EXPECT_GREETING,
    /* 1: UTF8=ACCEPT is enabled (RFC 6855): strict mode accepts
     * well-formed UTF-8 in quoted strings and text and still refuses
     * other 8-bit octets.  0 (default). */
    IMW_OPTION_UTF8,
    /* Server side: which non-synchronising literals ("{n+}", RFC 7888) the
     * server announced: enum imw_nonsync (default IMW_NONSYNC_PLUS). */
    IMW_OPTION_NONSYNC_LITERALS,
    /* Server side, 1: follow the connection state from the commands alone,
     * as a reader of a capture must (no server lines): after AUTHENTICATE
     * the lines that read as SASL responses or "*" are taken as such, after
     * IDLE the next line as DONE, after LOGIN or AUTHENTICATE the
     * authenticated limits apply.  0 (default): imw_parser_set_state(). */
    IMW_OPTION_FOLLOW_CLIENT
};

enum imw_nonsync {
    IMW_NONSYNC_NONE,  /* neither: "{n+}" is refused (IMW_ERR_NONSYNC_LITERAL) */
    IMW_NONSYNC_MINUS, /* LITERAL-: up to 4096 octets; a larger one is
                          IMW_ERR_NONSYNC_LITERAL, its data skipped
                          without being kept */
    IMW_NONSYNC_PLUS   /* LITERAL+: any size within IMW_LIMIT_LITERAL_SIZE */
};

struct imw_parse_error {
    int code;                /* enum imw_error */
    uint64_t offset;         /* stream offset of the offending byte */
    uint64_t message_offset; /* stream offset of the failed message */
    const char *rule;        /* innermost grammar rule, e.g. "resp-text-code";
                                "literal" for a rejected literal header; ""
                                for line/message limits and end of input */
    const char *reason;      /* English explanation */
    imw_bytes near;          /* up to 32 bytes from `offset` */
    /* Server side: the failed command's tag when one was read (a server
     * answers `tag BAD ...`), else {NULL, 0}.  Client side: a tagged
     * response's tag, likewise. */
    imw_bytes tag;
};

IMW_API imw_parser *imw_parser_new(enum imw_side side);
/* `alloc` is copied; NULL means the C library allocator. */
IMW_API imw_parser *imw_parser_new_with_allocator(enum imw_side side,
                                                  const imw_allocator *alloc);
IMW_API void imw_parser_free(imw_parser *parser);

/* Returns 0, or IMW_ERR_INVALID_ARGUMENT for an unknown limit or a value the
 * parser cannot honour (zero, nesting above 256, message size above
 * 0xFFFFFFFE).  On a server parser it sets the after-login limits. */
IMW_API int imw_parser_set_limit(imw_parser *parser, enum imw_limit limit,
                                 uint64_t value);
IMW_API int imw_parser_set_option(imw_parser *parser, enum imw_option option,
                                  int value);

/* ---- streamed literals ---------------------------------------------------
 *
 * With a literal callback set, a literal whose declared size is above
 * IMW_LIMIT_STREAM_THRESHOLD (a FETCH BODY[] of a large attachment) is not
 * buffered: its data is handed to the callback in chunks as it arrives, and
 * the message keeps only the literal's header ("{n}" CRLF).  Memory for such
 * a response stays bounded by the threshold plus its non-literal part, as
 * long as imw_parser_next() is called until it returns 0 after each feed
 * (bytes fed but not yet parsed are kept until then).
 *
 * - Chunks are at most what one feed brought, in order, never empty; their
 *   concatenation is the literal's data whatever the chunking of the input.
 * - A streamed literal may be larger than IMW_LIMIT_LITERAL_SIZE (which
 *   bounds buffered literals) but not than its syntax allows: {n} is a
 *   32-bit number, ~{n} a 63-bit one (IMW_ERR_NUMBER_RANGE beyond).  Its
 *   data does not count toward IMW_LIMIT_MESSAGE_SIZE; it counts as one of
 *   IMW_LIMIT_LITERALS.
 * - The response still parses and is returned by imw_parser_next() once
 *   the message is complete; the streamed literal's value in it is an empty
 *   slice (ptr != NULL).  Stream offsets in errors count the streamed data.
 * - The callback runs inside imw_parser_next() (and never for a message
 *   that has already failed); it must not call imw_parser_* functions on
 *   the same parser.  A message may still fail after some of its
 *   chunks were delivered (a syntax error after the literal, a limit, end
 *   of input: imw_parser_finish() reports IMW_ERR_INCOMPLETE): the error
 *   for it is then the next thing imw_parser_next() or imw_parser_finish()
 *   returns, and the chunks should be dropped. */
struct imw_literal_chunk {
    uint32_t message_number; /* the n of "* n FETCH", 0 when the literal is
                                not in a FETCH response */
    imw_bytes item;          /* the FETCH item the literal belongs to as
                                sent, e.g. "BODY[1.2]<0>", "BINARY[1]",
                                "RFC822"; empty ({NULL, 0}) when unknown
                                (not a FETCH response, or a literal inside
                                a structure such as ENVELOPE) */
    uint64_t size;           /* declared size of the whole literal */
    uint64_t offset;         /* offset of this chunk inside the literal */
    imw_bytes data;          /* this chunk (valid during the callback only) */
    int is_binary;           /* literal8 ~{n} */
};

/* Returns 0 to go on; a negative value aborts the message: the parser
 * reports IMW_ERR_CALLBACK for it (rule "literal") and skips the rest of
 * the message as usual; the next message parses normally.  `item` stays
 * valid during the callback only. */
typedef int (*imw_literal_cb)(const struct imw_literal_chunk *chunk,
                              void *ctx);

/* Sets (cb != NULL) or removes (cb == NULL) the literal callback.  Takes
 * effect from the next literal header; a literal already being streamed
 * keeps its callback to the end.  Returns 0, or IMW_ERR_INVALID_ARGUMENT. */
IMW_API int imw_parser_set_literal_callback(imw_parser *parser,
                                            imw_literal_cb cb, void *ctx);

/* Hands over the next bytes of the stream.  Returns 0 or IMW_ERR_NOMEM. */
IMW_API int imw_parser_feed(imw_parser *parser, const void *data, size_t len);

/* Returns 1 with *out set to the next response; 0 when more input is
 * needed; or a negative imw_error when one message could not be parsed:
 * imw_parser_error() describes it, the message is skipped, and the next
 * call continues with the message after it.  A fatal error
 * (imw_error_is_fatal()) is returned once; after it this function returns
 * 0 (the documented loop ends) and imw_parser_feed() and
 * imw_parser_finish() return the fatal error: the parser can only be
 * freed. */
IMW_API int imw_parser_next(imw_parser *parser,
                            const struct imw_response **out);

/* End of input: returns 0, or IMW_ERR_INCOMPLETE when the input ended inside
 * a message (imw_parser_error() says where). */
IMW_API int imw_parser_finish(imw_parser *parser);

/* The last error returned by imw_parser_next() or imw_parser_finish(). */
IMW_API const struct imw_parse_error *imw_parser_error(const imw_parser *parser);

#ifdef __cplusplus
}
#endif
#endif /* IMAPWIRE_PARSER_H */
