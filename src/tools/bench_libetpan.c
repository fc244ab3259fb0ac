/* The libetpan peer of imapwire-bench: libetpan's own IMAP response parser
 * over the same bytes, as a client built on libetpan would run it.
 *
 * libetpan parses from a mailstream: it reads a line into an MMAPString,
 * parses from an index into it and reads more (literal data, following
 * lines) from the stream as it goes.  A memory-backed mailstream_low driver
 * serves the corpus.  Each message is parsed with the entry points
 * libetpan's mailimap_parse_response() uses: untagged data and
 * continuation requests with mailimap_cont_req_or_resp_data_parse(),
 * tagged responses with mailimap_response_parse(); every parsed value is
 * freed.  These entry points are exported by libetpan.so but declared only
 * in its uninstalled mailimap_parser.h, so their prototypes are restated
 * here (libetpan 1.9, with the parser context argument).
 *
 * libetpan reads ahead: after some messages the next line is already in
 * its buffer.  The position it has reached is therefore the stream offset
 * minus what the mailstream buffered minus the unparsed rest of the line
 * buffer.  A message counts as parsed when libetpan returns success and
 * that position is the message's end; otherwise it is an error and the
 * stream is moved to the next message boundary (found by
 * imw_bench_frame()), so one unsupported response (ESEARCH, say) costs
 * one error, never the rest of the pass. */
#include <stdlib.h>
#include <string.h>

#include <libetpan/libetpan.h>

#include "bench.h"

int mailimap_cont_req_or_resp_data_parse(
    mailstream *fd, MMAPString *buffer,
    struct mailimap_parser_context *parser_ctx, size_t *indx,
    struct mailimap_cont_req_or_resp_data **result, size_t progr_rate,
    progress_function *progr_fun);
int mailimap_response_parse(mailstream *fd, MMAPString *buffer,
                            struct mailimap_parser_context *parser_ctx,
                            size_t *indx, struct mailimap_response **result,
                            size_t progr_rate, progress_function *progr_fun);

struct memory_source {
    const uint8_t *data;
    size_t len;
    size_t pos;
};

static ssize_t memory_read(mailstream_low *low, void *buf, size_t count)
{
    struct memory_source *src = low->data;
    size_t left = src->len - src->pos;

    if (count > left)
        count = left;
    memcpy(buf, src->data + src->pos, count);
    src->pos += count;
    return (ssize_t)count;
}

static ssize_t memory_write(mailstream_low *low, const void *buf, size_t count)
{
    (void)low;
    (void)buf;
    return (ssize_t)count;
}

static int memory_close(mailstream_low *low)
{
    (void)low;
    return 0;
}

static int memory_get_fd(mailstream_low *low)
{
    (void)low;
    return -1;
}

/* mailstream_low_free() calls this; the source lives on the caller's
 * stack, so there is nothing to release. */
static void memory_free(mailstream_low *low)
{
    (void)low;
}

static mailstream_low_driver memory_driver = {
    .mailstream_read = memory_read,
    .mailstream_write = memory_write,
    .mailstream_close = memory_close,
    .mailstream_get_fd = memory_get_fd,
    .mailstream_free = memory_free,
};

struct etpan_reader {
    struct memory_source src;
    mailstream *stream;
    MMAPString *line;
    size_t indx;
    struct mailimap_parser_context *ctx;
};

/* The stream offset libetpan has parsed up to. */
static size_t parsed_offset(const struct etpan_reader *r)
{
    return r->src.pos - r->stream->read_buffer_len - (r->line->len - r->indx);
}

/* Drops whatever libetpan buffered and continues at `offset`. */
static void resync(struct etpan_reader *r, size_t offset)
{
    r->src.pos = offset;
    r->stream->read_buffer_len = 0;
    mmap_string_truncate(r->line, 0);
    r->indx = 0;
}

/* Parses the message that starts at the reader's position.  Returns 0 when
 * libetpan accepted it, -1 otherwise. */
static int parse_one(struct etpan_reader *r)
{
    int rc;

    if (r->indx >= r->line->len) {
        mmap_string_truncate(r->line, 0);
        r->indx = 0;
        if (!mailstream_read_line_append(r->stream, r->line))
            return -1;
    }
    if (r->line->str[r->indx] == '*' || r->line->str[r->indx] == '+') {
        struct mailimap_cont_req_or_resp_data *data = NULL;

        rc = mailimap_cont_req_or_resp_data_parse(r->stream, r->line, r->ctx,
                                                  &r->indx, &data, 0, NULL);
        if (rc == MAILIMAP_NO_ERROR)
            mailimap_cont_req_or_resp_data_free(data);
    } else {
        struct mailimap_response *resp = NULL;

        rc = mailimap_response_parse(r->stream, r->line, r->ctx, &r->indx,
                                     &resp, 0, NULL);
        if (rc == MAILIMAP_NO_ERROR)
            mailimap_response_free(resp);
    }
    if (rc != MAILIMAP_NO_ERROR)
        return -1;
    /* The tagged-response parser leaves the line's CRLF unread. */
    if (r->line->len - r->indx >= 2 && r->line->str[r->indx] == '\r' &&
        r->line->str[r->indx + 1] == '\n')
        r->indx += 2;
    return 0;
}

int imw_bench_libetpan_pass(const struct imw_bench_corpus *corpus,
                            struct imw_bench_counts *counts)
{
    struct etpan_reader r;
    mailstream_low *low;
    mailimap *session;
    int status = -1;

    counts->responses = 0;
    counts->errors = 0;
    memset(&r, 0, sizeof r);
    r.src.data = corpus->data;
    r.src.len = corpus->len;
    session = mailimap_new(0, NULL);
    low = mailstream_low_new(&r.src, &memory_driver);
    r.stream = low ? mailstream_new(low, 8192) : NULL;
    r.line = mmap_string_new("");
    r.ctx = session ? mailimap_parser_context_new(session) : NULL;
    if (r.stream && r.line && r.ctx) {
        for (size_t i = 0; i < corpus->count; i++) {
            if (parse_one(&r) == 0 && parsed_offset(&r) == corpus->ends[i]) {
                counts->responses++;
            } else {
                counts->errors++;
                resync(&r, corpus->ends[i]);
            }
        }
        status = 0;
    }
    if (r.ctx)
        mailimap_parser_context_free(r.ctx);
    if (r.line)
        mmap_string_free(r.line);
    if (r.stream)
        mailstream_close(r.stream);
    else if (low)
        mailstream_low_free(low);
    if (session)
        mailimap_free(session);
    return status;
}
