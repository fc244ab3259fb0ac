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

/* Errors are negative, nghttp2/libuv style; imw_strerror() names them. */
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
    IMW_ERR_CALLBACK = -13         /* a user callback asked to abort */
};

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
