/* The memory side of imapwire-bench: what the parser alone allocates while
 * it reads a corpus, and whether FETCH message data is parsed where it
 * lies in the caller's buffer.
 *
 * These passes are not timed.  The parser gets a counting allocator (each
 * block carries its size in a header, so that realloc and free can keep
 * the count of live octets exact) and the corpus is parsed twice: in one
 * feed, the way the timed passes do it, and in chunks of
 * IMW_BENCH_CHUNK octets, each drained before the next, the way a client
 * reading a socket does it.  In one feed nothing needs copying; in chunks
 * the framer keeps a message that spans chunks, so there the peak shows
 * the bound on buffered input (the largest message, plus the streaming
 * threshold for literals when a literal callback is set). */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "imapwire/imapwire.h"
#include "bench.h"

/* A block's header: its size, padded so that the caller's part keeps the
 * strictest alignment malloc gives. */
union block_header {
    size_t size;
    max_align_t align;
};

struct counting_alloc {
    size_t live_bytes;
    size_t peak_bytes;
};

static void count_block(struct counting_alloc *c, size_t old_size,
                        size_t new_size)
{
    c->live_bytes = c->live_bytes - old_size + new_size;
    if (c->live_bytes > c->peak_bytes)
        c->peak_bytes = c->live_bytes;
}

static void *counting_realloc(void *ptr, size_t size, void *ctx)
{
    union block_header *h = ptr ? (union block_header *)ptr - 1 : NULL;
    size_t old_size = h ? h->size : 0;

    if (size > SIZE_MAX - sizeof *h)
        return NULL;
    h = realloc(h, sizeof *h + size);
    if (!h)
        return NULL;
    h->size = size;
    count_block(ctx, old_size, size);
    return h + 1;
}

static void *counting_malloc(size_t size, void *ctx)
{
    return counting_realloc(NULL, size, ctx);
}

static void counting_free(void *ptr, void *ctx)
{
    union block_header *h;

    if (!ptr)
        return;
    h = (union block_header *)ptr - 1;
    count_block(ctx, h->size, 0);
    free(h);
}

static int inside(const uint8_t *p, const struct imw_bench_corpus *corpus)
{
    /* Compared as integers: relational operators on pointers into
     * different objects are undefined. */
    uintptr_t at = (uintptr_t)p, start = (uintptr_t)corpus->data;

    return at >= start && at - start < corpus->len;
}

static void tally_data(imw_bytes data, const struct imw_bench_corpus *corpus,
                       struct imw_bench_memory *m)
{
    if (!data.ptr || data.len == 0)
        return;
    m->data_bytes += data.len;
    if (!inside(data.ptr, corpus))
        m->data_bytes_copied += data.len;
}

/* Counts the message data of one FETCH response: BODY[...], BINARY[...]
 * and RFC822[.HEADER|.TEXT], whether it lies in the input. */
static void tally_fetch(const struct imw_fetch *fetch,
                        const struct imw_bench_corpus *corpus,
                        struct imw_bench_memory *m)
{
    for (size_t i = 0; i < fetch->count; i++) {
        const struct imw_fetch_item *item = &fetch->items[i];

        switch (item->kind) {
        case IMW_FETCH_BODY_SECTION:
        case IMW_FETCH_BINARY:
            tally_data(item->u.section->data, corpus, m);
            break;
        case IMW_FETCH_RFC822:
        case IMW_FETCH_RFC822_HEADER:
        case IMW_FETCH_RFC822_TEXT:
            tally_data(item->u.data.data, corpus, m);
            break;
        default:
            break;
        }
    }
}

/* Drains the parser: counts responses and errors, and (when `corpus` is
 * given) tallies where FETCH data lies. */
static void drain(imw_parser *parser, const struct imw_bench_corpus *corpus,
                  struct imw_bench_memory *m)
{
    const struct imw_response *resp;
    int rc;

    while ((rc = imw_parser_next(parser, &resp)) != 0) {
        if (rc < 0) {
            m->errors++;
            continue;
        }
        m->responses++;
        if (corpus && resp->kind == IMW_RESP_FETCH)
            tally_fetch(resp->u.fetch, corpus, m);
    }
}

/* One pass with a counting allocator, fed `chunk` octets at a time (0: all
 * at once).  Returns the allocator's peak, or SIZE_MAX when the parser
 * could not be made or fed. */
static size_t counted_pass(const struct imw_bench_corpus *corpus, size_t chunk,
                           struct imw_bench_memory *m)
{
    struct counting_alloc counts = {0, 0};
    imw_allocator alloc = {counting_malloc, counting_realloc, counting_free,
                           &counts};
    imw_parser *parser = imw_parser_new_with_allocator(IMW_SIDE_CLIENT, &alloc);
    size_t step = chunk ? chunk : corpus->len;

    if (!parser)
        return SIZE_MAX;
    for (size_t at = 0; at < corpus->len; at += step) {
        size_t n = corpus->len - at < step ? corpus->len - at : step;

        if (imw_parser_feed(parser, corpus->data + at, n) < 0) {
            imw_parser_free(parser);
            return SIZE_MAX;
        }
        drain(parser, chunk ? NULL : corpus, m);
    }
    if (imw_parser_finish(parser) < 0)
        m->errors++;
    imw_parser_free(parser);
    return counts.peak_bytes;
}

int imw_bench_memory_pass(const struct imw_bench_corpus *corpus,
                          struct imw_bench_memory *m)
{
    struct imw_bench_memory chunked;
    size_t start = 0;

    memset(m, 0, sizeof *m);
    memset(&chunked, 0, sizeof chunked);
    for (size_t i = 0; i < corpus->count; i++) {
        if (corpus->ends[i] - start > m->largest_message)
            m->largest_message = corpus->ends[i] - start;
        start = corpus->ends[i];
    }
    m->peak_one_feed = counted_pass(corpus, 0, m);
    m->peak_chunked = counted_pass(corpus, IMW_BENCH_CHUNK, &chunked);
    if (m->peak_one_feed == SIZE_MAX || m->peak_chunked == SIZE_MAX)
        return -1;
    /* Both readings must see the same responses, or a peak would be that
     * of a different parse. */
    if (chunked.responses != m->responses || chunked.errors != m->errors)
        return -1;
    return 0;
}
