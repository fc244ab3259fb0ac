/* imapwire — push parser for IMAP server responses.
 *
 *     imw_parser *p = imw_parser_new(IMW_SIDE_CLIENT);
 *     imw_parser_feed(p, bytes, n);           // any chunking
 *     const struct imw_response *r;
 *     int rc;
 *     while ((rc = imw_parser_next(p, &r)) != 0) {
 *         if (rc < 0) { report(imw_parser_error(p)); continue; }
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
    IMW_SIDE_SERVER  /* parse client commands (not in this version) */
};

enum imw_limit {
    IMW_LIMIT_LINE_LENGTH,  /* bytes of one line, CRLF included */
    IMW_LIMIT_LITERAL_SIZE, /* declared size of one literal */
    IMW_LIMIT_LITERALS,     /* literals in one message */
    IMW_LIMIT_MESSAGE_SIZE, /* bytes of one message; at most 0xFFFFFFFE */
    IMW_LIMIT_NESTING       /* parenthesis nesting depth */
};

enum imw_option {
    /* 1: follow the ABNF to the letter; 0 (default): accept the named
     * leniencies documented in doc/ARCHITECTURE.md. */
    IMW_OPTION_STRICT,
    /* 1 (default): the first response is the server greeting. */
    IMW_OPTION_EXPECT_GREETING
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
};

IMW_API imw_parser *imw_parser_new(enum imw_side side);
/* `alloc` is copied; NULL means the C library allocator. */
IMW_API imw_parser *imw_parser_new_with_allocator(enum imw_side side,
                                                  const imw_allocator *alloc);
IMW_API void imw_parser_free(imw_parser *parser);

/* Returns 0, or IMW_ERR_INVALID_ARGUMENT for an unknown limit or a value the
 * parser cannot honour (nesting above its fixed maximum, zero). */
IMW_API int imw_parser_set_limit(imw_parser *parser, enum imw_limit limit,
                                 uint64_t value);
IMW_API int imw_parser_set_option(imw_parser *parser, enum imw_option option,
                                  int value);

/* Hands over the next bytes of the stream.  Returns 0 or IMW_ERR_NOMEM. */
IMW_API int imw_parser_feed(imw_parser *parser, const void *data, size_t len);

/* Returns 1 with *out set to the next response; 0 when more input is
 * needed; or a negative imw_error when one message could not be parsed:
 * imw_parser_error() describes it, the message is skipped, and the next
 * call continues with the message after it.  After a fatal error
 * (imw_error_is_fatal()) every later call returns it again. */
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
