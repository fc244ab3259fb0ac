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

/* ---- the test allocator ----------------------------------------------------
 *
 * One allocator for every test that counts or refuses allocations: it
 * numbers the allocations (malloc and realloc, from 0), refuses the one
 * numbered fail_at (exactly that one: memory is back for the next) or
 * every one from fail_from on, and tracks the blocks and octets alive, so
 * that a test can assert that everything was freed.  Each block carries a
 * header with its size and a mark: freeing a block it did not hand out,
 * or freeing one twice, fails the test. */
struct imw_test_alloc {
    long calls;       /* allocations asked for so far (refused ones too) */
    long fail_at;     /* refuse this allocation only; -1: none */
    long fail_from;   /* refuse this one and every later one; -1: none */
    size_t live;      /* blocks handed out and not yet freed */
    size_t bytes;     /* octets in them */
    size_t peak;      /* most octets alive at once */
    size_t last_size; /* size of the last allocation handed out */
};

/* Resets *t to refuse allocation `fail_at` (-1: none) and returns an
 * allocator that uses it. */
imw_allocator imw_test_alloc_init(struct imw_test_alloc *t, long fail_at);
/* Whether the allocation to refuse (fail_at) was asked for. */
int imw_test_alloc_reached(const struct imw_test_alloc *t);

#endif
