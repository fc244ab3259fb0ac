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

#endif
