/* imapwire-bench internals shared by the peers (imapwire-bench.c and
 * bench_libetpan.c).  Not part of the library. */
#ifndef IMW_TOOLS_BENCH_H
#define IMW_TOOLS_BENCH_H

#include <stddef.h>
#include <stdint.h>

struct imw_bench_corpus {
    uint8_t *data;
    size_t len;
    /* Where each message ends (offset after its last CRLF), in order:
     * found once, before any timing, by imw_bench_frame().  A peer that
     * fails on a message uses them to continue with the next one. */
    size_t *ends;
    size_t count;
};

struct imw_bench_counts {
    unsigned long long responses;
    unsigned long long errors;
};

/* Splits the corpus into messages: lines end at CRLF, except that a line
 * ending in a literal header ({n}, {n+}, ~{n}) continues after n octets.
 * Returns 0, or -1 when memory ran out. */
int imw_bench_frame(struct imw_bench_corpus *corpus);

/* One pass of libetpan's response parser over the corpus, counting parsed
 * responses and failed messages.  Returns 0, or -1 when libetpan could not
 * set up its stream. */
int imw_bench_libetpan_pass(const struct imw_bench_corpus *corpus,
                            struct imw_bench_counts *counts);

/* Feed size of the chunked memory pass: a typical socket read. */
#define IMW_BENCH_CHUNK 16384

/* What the parser alone allocated on one corpus (bench_memory.c). */
struct imw_bench_memory {
    size_t largest_message;  /* octets of the corpus's largest message */
    size_t peak_one_feed;    /* allocator peak, the corpus in one feed */
    size_t peak_chunked;     /* allocator peak, IMW_BENCH_CHUNK feeds */
    uint64_t data_bytes;     /* FETCH message data (BODY[], BINARY[],
                                RFC822...) in the one-feed pass */
    uint64_t data_bytes_copied; /* of those, octets outside the input */
    unsigned long long responses; /* of the one-feed pass */
    unsigned long long errors;
};

/* Parses the corpus with a counting allocator, once in one feed and once
 * in chunks, untimed.  Returns 0, or -1 when a parser could not be made
 * or fed, or the two passes disagree on what they parsed. */
int imw_bench_memory_pass(const struct imw_bench_corpus *corpus,
                          struct imw_bench_memory *m);

#endif
