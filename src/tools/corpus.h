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

#endif
