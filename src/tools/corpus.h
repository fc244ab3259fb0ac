/* Benchmark corpus generator: seeded, deterministic IMAP server response
 * streams (what a server sends, CRLF line ends), shared by the
 * imapwire-corpus tool and the Check suite tests/test_corpus.c.
 *
 * Output depends only on (stream, seed, size): the generator uses its own
 * PRNG (splitmix64) and no locale, time or platform-dependent formatting,
 * so a corpus is the same on every machine. */
#ifndef IMW_TOOLS_CORPUS_H
#define IMW_TOOLS_CORPUS_H

#include <stddef.h>
#include <stdint.h>

enum imw_corpus_stream {
    IMW_CORPUS_FETCH_HEADERS, /* FETCH ENVELOPE + BODYSTRUCTURE + MODSEQ */
    IMW_CORPUS_FETCH_BODIES,  /* FETCH BODY[] literals of 2-50 KB */
    IMW_CORPUS_LIST,          /* LIST with modified UTF-7 names */
    IMW_CORPUS_SEARCH,        /* SEARCH with about 100k numbers a line */
    IMW_CORPUS_ESEARCH,       /* ESEARCH with long sets, SEARCH (MODSEQ) */
    IMW_CORPUS_MIXED,         /* status responses, codes, mailbox data */
    IMW_CORPUS_STATUS,        /* small responses only (~28 bytes each) */
    IMW_CORPUS_STREAM_COUNT
};

/* A growable output buffer.  Zero-initialise before the first use. */
struct imw_corpus_buf {
    char *data;
    size_t len;
    size_t cap;
};

/* "fetch_headers", ... for a stream; NULL for an out-of-range value. */
const char *imw_corpus_stream_name(int stream);

/* The stream called `name`, or -1 when there is none. */
int imw_corpus_find_stream(const char *name);

/* Appends whole messages of `stream` to `out` until at least `bytes` bytes
 * were written (so the result exceeds `bytes` by less than one batch).
 * Returns 0, or -1 when memory ran out or `stream` is unknown. */
int imw_corpus_generate(int stream, uint64_t seed, size_t bytes,
                        struct imw_corpus_buf *out);

void imw_corpus_buf_free(struct imw_corpus_buf *buf);

/* ---- scaling shapes --------------------------------------------------------
 *
 * One message whose size grows with a parameter n, for measuring that the
 * typed decoders cost time proportional to message size.  Pure functions
 * of n: no seed, the same bytes everywhere. */
enum imw_corpus_shape {
    IMW_SHAPE_SEARCH,       /* "* SEARCH" with n numbers */
    IMW_SHAPE_BODY_PARTS,   /* BODYSTRUCTURE: one multipart of n parts */
    IMW_SHAPE_BODY_NESTED,  /* BODYSTRUCTURE: n parts in nested multiparts
                               (halved at each level, nesting ~log2 n) */
    IMW_SHAPE_THREAD_CHAIN, /* "* THREAD (1 2 ... n)": a chain n deep */
    IMW_SHAPE_THREAD_TREE,  /* "* THREAD": a binary tree of n messages,
                               floor(log2 n) + 1 levels */
    IMW_SHAPE_ENVELOPE,     /* ENVELOPE whose from list has n addresses */
    IMW_SHAPE_COUNT
};

struct imw_response;

/* "search", "body_parts", ...; NULL for an out-of-range value. */
const char *imw_corpus_shape_name(int shape);

/* The largest n the benchmark measures the shape at. */
size_t imw_corpus_shape_max(int shape);

/* Appends the shape's message at size n (n >= 1) to `out`.  Returns 0, or
 * -1 when memory ran out, `shape` is unknown or n is 0. */
int imw_corpus_scaling(int shape, size_t n, struct imw_corpus_buf *out);

/* Checks that `r` is the typed response of the shape at size n: its kind
 * and the count of numbers, parts, addresses or thread depth.  Returns
 * NULL, or a description of the first difference (a static string). */
const char *imw_corpus_scaling_check(int shape, size_t n,
                                     const struct imw_response *r);

#endif
