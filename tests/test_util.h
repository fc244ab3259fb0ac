/* Test helpers: parse a byte string and render every result as text, so
 * that tests compare whole typed values and chunkings compare exactly. */
#ifndef IMW_TEST_UTIL_H
#define IMW_TEST_UTIL_H

#include <stddef.h>
#include "imapwire/imapwire.h"

struct imw_test_opts {
    int strict;
    int no_greeting;  /* IMW_OPTION_EXPECT_GREETING off */
    size_t chunk;     /* feed size; 0 = everything at once */
};

/* Parses `len` bytes; returns a malloc'd text with one line per response
 * ("R ...") or error ("E offset=N rule=R code=C"), and a last line for
 * imw_parser_finish() ("F 0" or "F offset=N ..."). */
char *imw_test_parse(const void *data, size_t len, struct imw_test_opts opts);
char *imw_test_parse_str(const char *s, int strict);

/* Appends the rendering of one response to a growable string. */
void imw_test_render(const struct imw_response *r, char **buf, size_t *len);

/* Parses `len` bytes fed in chunks of `chunk` (0: all at once), with no
 * greeting expected, and returns the inspector's JSON of every response,
 * one line each, and "E code rule" lines for errors; malloc'd. */
char *imw_test_json(const void *data, size_t len, size_t chunk);

/* Reads a whole file, NUL-terminated (the NUL not counted in *len);
 * aborts the test on failure. */
char *imw_test_read_file(const char *path, size_t *len);

/* A counting allocator: `current` and `peak` octets held through it
 * (sizes as asked, without its own headers); `calls` counts malloc and
 * realloc calls.  imw_test_peak_alloc() zeroes *m and returns an allocator
 * for imw_parser_new_with_allocator() and the like. */
struct imw_test_peak_alloc {
    size_t current, peak, calls;
};
imw_allocator imw_test_peak_alloc(struct imw_test_peak_alloc *m);

#endif
