/* imapwire-corpus — writes a benchmark corpus: a seeded, deterministic
 * IMAP server response stream.
 *
 *     imapwire-corpus STREAM SEED MEGABYTES > file
 *
 * STREAM is one of fetch_headers, fetch_bodies, list, search, esearch,
 * mixed, status; SEED an unsigned 64-bit number; MEGABYTES (10^6 bytes,
 * decimals allowed) the size to reach, in whole messages.  The same
 * arguments give the same bytes on every machine. */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "corpus.h"

#define PROGRAM_NAME "imapwire-corpus"
#define EXIT_USAGE 2

static void usage(void)
{
    fprintf(stderr, "Usage: " PROGRAM_NAME " STREAM SEED MEGABYTES > FILE\n"
                    "STREAM is one of:");
    for (int i = 0; i < IMW_CORPUS_STREAM_COUNT; i++)
        fprintf(stderr, " %s", imw_corpus_stream_name(i));
    fprintf(stderr, "\n");
}

/* Returns 0 with the seed, or -1 when `text` is not an unsigned number. */
static int parse_seed(const char *text, uint64_t *seed)
{
    char *end;
    unsigned long long v;

    if (*text < '0' || *text > '9')
        return -1;
    errno = 0;
    v = strtoull(text, &end, 10);
    if (*end != '\0' || errno != 0)
        return -1;
    *seed = (uint64_t)v;
    return 0;
}

/* Returns 0 with the size in bytes, or -1 for anything but a positive,
 * finite number of megabytes below 100000. */
static int parse_megabytes(const char *text, size_t *bytes)
{
    char *end;
    double mb;

    errno = 0;
    mb = strtod(text, &end);
    if (end == text || *end != '\0' || errno != 0 || !isfinite(mb) ||
        mb <= 0 || mb >= 100000)
        return -1;
    *bytes = (size_t)(mb * 1e6);
    return 0;
}

int main(int argc, char **argv)
{
    struct imw_corpus_buf buf = {NULL, 0, 0};
    uint64_t seed;
    size_t bytes;
    int stream;

    if (argc != 4 || (stream = imw_corpus_find_stream(argv[1])) < 0 ||
        parse_seed(argv[2], &seed) < 0 || parse_megabytes(argv[3], &bytes) < 0) {
        usage();
        return EXIT_USAGE;
    }
    if (imw_corpus_generate(stream, seed, bytes, &buf) < 0) {
        fprintf(stderr, PROGRAM_NAME ": out of memory\n");
        imw_corpus_buf_free(&buf);
        return EXIT_USAGE;
    }
    if (fwrite(buf.data, 1, buf.len, stdout) != buf.len || fflush(stdout) != 0) {
        fprintf(stderr, PROGRAM_NAME ": write error: %s\n", strerror(errno));
        imw_corpus_buf_free(&buf);
        return EXIT_USAGE;
    }
    imw_corpus_buf_free(&buf);
    return 0;
}
