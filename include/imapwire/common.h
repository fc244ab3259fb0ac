/* imapwire — common definitions: export macro, errors, byte slices,
 * allocator.  Part of the public API. */
#ifndef IMAPWIRE_COMMON_H
#define IMAPWIRE_COMMON_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Symbols of the public API are exported; everything else in the shared
 * library is hidden (the library is built with -fvisibility=hidden). */
#if defined(IMW_BUILDING_LIBRARY) && defined(__GNUC__)
#define IMW_API __attribute__((visibility("default")))
#else
#define IMW_API
#endif

/* Errors are negative, nghttp2/libuv style; imw_strerror() describes them
 * and imw_error_name() names them.  The range is reserved so that the API
 * can grow without renumbering:
 *
 *   -1 .. -899    the call failed, the object goes on: a parser error
 *                 concerns one message, and the next call continues with
 *                 the next one (IMW_ERR_NOMEM included: the message that
 *                 could not be held is skipped, the next parses once
 *                 memory is back);
 *   -900 .. -999  fatal (imw_error_is_fatal()): the object cannot go on
 *                 and may only be freed.
 *
 * New codes are added at the end of their class; values never change once
 * released. */
enum imw_error {
    IMW_OK = 0,
    IMW_ERR_NOMEM = -1,            /* allocation failed */
    IMW_ERR_INVALID_ARGUMENT = -2, /* API misuse */
    IMW_ERR_SYNTAX = -3,           /* message does not match the grammar */
    IMW_ERR_LINE_TOO_LONG = -4,    /* a line exceeded the line limit */
    IMW_ERR_LITERAL_TOO_LARGE = -5,/* a declared literal exceeded the limit */
    IMW_ERR_TOO_MANY_LITERALS = -6,/* literals per message limit */
    IMW_ERR_MESSAGE_TOO_LARGE = -7,/* total message size limit */
    IMW_ERR_NESTING_TOO_DEEP = -8, /* parenthesis nesting limit */
    IMW_ERR_NUMBER_RANGE = -9,     /* number outside its 32/63-bit range */
    IMW_ERR_BAD_LITERAL = -10,     /* malformed or overflowing {n} header */
    IMW_ERR_INCOMPLETE = -11,      /* input ended inside a message */
    IMW_ERR_UNSUPPORTED = -12,     /* not implemented by this version */
    IMW_ERR_CALLBACK = -13,        /* a user callback asked to abort */
    IMW_ERR_DECODE = -14,          /* the grammar accepted a shape the typed
                                      model cannot hold (the message is
                                      skipped; please report it) */
    IMW_ERR_LITERAL_REFUSED = -15, /* the continuation callback refused a
                                      synchronising literal (server side) */
    IMW_ERR_NONSYNC_LITERAL = -16, /* a "{n+}" the announced LITERAL+ /
                                      LITERAL- does not allow */

    /* Fatal errors start here; no value above it is fatal. */
    IMW_ERR_FATAL = -900,
    IMW_ERR_INTERNAL = -901,       /* an invariant of the library broke */
    /* the wrong entry point for the parser's side, or a NULL parser or
     * out pointer given to imw_parser_next() / imw_parser_next_command():
     * fatal, so that the documented loops end instead of spinning */
    IMW_ERR_MISUSE = -902
};

/* 1 when `error` is fatal for the object that returned it, else 0. */
IMW_API int imw_error_is_fatal(int error);
/* The enum name of an imw_error value ("IMW_ERR_SYNTAX"), or
 * "IMW_ERR_UNKNOWN". */
IMW_API const char *imw_error_name(int error);

/* Returns a static English description of an imw_error value. */
IMW_API const char *imw_strerror(int error);

/* A slice of bytes.  Never NUL-terminated by contract; may contain NUL
 * (literals).  For nstring values, ptr == NULL means NIL. */
typedef struct imw_bytes {
    const uint8_t *ptr;
    size_t len;
} imw_bytes;

/* Pluggable allocator.  Any member may be left NULL to use the C library
 * function.  `ctx` is passed back unchanged. */
typedef struct imw_allocator {
    void *(*malloc)(size_t size, void *ctx);
    void *(*realloc)(void *ptr, size_t size, void *ctx);
    void (*free)(void *ptr, void *ctx);
    void *ctx;
} imw_allocator;

/* Library version, "MAJOR.MINOR.PATCH". */
IMW_API const char *imw_version(void);

#ifdef __cplusplus
}
#endif
#endif /* IMAPWIRE_COMMON_H */
