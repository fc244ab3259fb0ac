/* imapwire-bench — measures how fast the response parser reads a corpus.
 *
 *     imapwire-bench CORPUS_FILE MIN_SECONDS
 *
 * The corpus is read into memory once; then each pass creates a parser,
 * feeds it the whole corpus in one call (the zero-copy path a client takes
 * when a read returns many messages), takes every response and finishes.
 * Passes repeat until MIN_SECONDS of wall time have gone by.  One line is
 * printed, in a fixed key=value form that scripts compare across peers:
 *
 *     RESULT peer=imapwire stream=NAME bytes=N responses=N errors=N
 *            passes=N seconds=S MBps=X          (on one line) */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "imapwire/imapwire.h"

#define PROGRAM_NAME "imapwire-bench"
#define EXIT_USAGE 2

struct corpus {
    uint8_t *data;
    size_t len;
};

struct pass_counts {
    unsigned long long responses;
    unsigned long long errors;
};

/* ---- input ---------------------------------------------------------------- */

/* Reads the whole file; returns 0, or -1 after reporting. */
static int read_corpus(const char *path, struct corpus *corpus)
{
    FILE *file = fopen(path, "rb");
    size_t cap = 1 << 16;
    int failed;

    corpus->data = NULL;
    corpus->len = 0;
    if (!file) {
        fprintf(stderr, PROGRAM_NAME ": %s: %s\n", path, strerror(errno));
        return -1;
    }
    for (;;) {
        uint8_t *bigger = realloc(corpus->data, cap);

        if (!bigger) {
            fprintf(stderr, PROGRAM_NAME ": %s: out of memory\n", path);
            fclose(file);
            free(corpus->data);
            corpus->data = NULL;
            return -1;
        }
        corpus->data = bigger;
        corpus->len += fread(corpus->data + corpus->len, 1,
                             cap - corpus->len, file);
        if (corpus->len < cap)
            break;
        cap *= 2;
    }
    failed = ferror(file);
    fclose(file);
    if (failed) {
        fprintf(stderr, PROGRAM_NAME ": %s: read error\n", path);
        free(corpus->data);
        corpus->data = NULL;
        return -1;
    }
    return 0;
}

/* The file's base name without its last extension: "data/fetch.imap" gives
 * "fetch".  A leading dot (".corpus") is part of the name, not an
 * extension.  Returns a pointer into `path` and the name's length. */
static const char *stream_name(const char *path, int *len)
{
    const char *base = strrchr(path, '/');
    const char *dot;

    base = base ? base + 1 : path;
    dot = strrchr(base, '.');
    if (!dot || dot == base)
        dot = base + strlen(base);
    *len = (int)(dot - base);
    return base;
}

/* Returns 0 with the number of seconds, or -1 when `text` is not a finite,
 * non-negative number. */
static int parse_seconds(const char *text, double *seconds)
{
    char *end;

    errno = 0;
    *seconds = strtod(text, &end);
    if (end == text || *end != '\0' || errno != 0 || !isfinite(*seconds) ||
        *seconds < 0)
        return -1;
    return 0;
}

/* ---- measurement ---------------------------------------------------------- */

static double now_seconds(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* One pass over the corpus with a fresh parser, as a new connection would
 * see it.  Returns 0, or -1 when the parser could not be made or fed. */
static int run_pass(const struct corpus *corpus, struct pass_counts *counts)
{
    imw_parser *parser = imw_parser_new(IMW_SIDE_CLIENT);
    const struct imw_response *resp;
    int rc;

    counts->responses = 0;
    counts->errors = 0;
    if (!parser)
        return -1;
    if (imw_parser_feed(parser, corpus->data, corpus->len) < 0) {
        imw_parser_free(parser);
        return -1;
    }
    while ((rc = imw_parser_next(parser, &resp)) != 0) {
        if (rc > 0)
            counts->responses++;
        else
            counts->errors++;
    }
    if (imw_parser_finish(parser) < 0)
        counts->errors++;
    imw_parser_free(parser);
    return 0;
}

static void print_result(const char *path, size_t bytes,
                         const struct pass_counts *first,
                         unsigned long long passes, double seconds)
{
    int name_len;
    const char *name = stream_name(path, &name_len);
    /* Guards a corpus so small that the clock did not move. */
    double mbps = seconds > 0 ? (double)bytes * (double)passes / seconds / 1e6
                              : 0.0;

    printf("RESULT peer=imapwire stream=%.*s bytes=%llu responses=%llu "
           "errors=%llu passes=%llu seconds=%.3f MBps=%.1f\n",
           name_len, name, (unsigned long long)bytes, first->responses,
           first->errors, passes, seconds, mbps);
}

int main(int argc, char **argv)
{
    struct corpus corpus;
    struct pass_counts first, counts;
    unsigned long long passes = 0;
    double min_seconds, start, elapsed;

    if (argc != 3 || parse_seconds(argv[2], &min_seconds) < 0) {
        fprintf(stderr, "Usage: " PROGRAM_NAME " CORPUS_FILE MIN_SECONDS\n");
        return EXIT_USAGE;
    }
    if (read_corpus(argv[1], &corpus) < 0)
        return EXIT_USAGE;

    start = now_seconds();
    do {
        if (run_pass(&corpus, passes == 0 ? &first : &counts) < 0) {
            fprintf(stderr, PROGRAM_NAME ": out of memory\n");
            free(corpus.data);
            return EXIT_USAGE;
        }
        passes++;
        elapsed = now_seconds() - start;
    } while (elapsed < min_seconds);

    print_result(argv[1], corpus.len, &first, passes, elapsed);
    free(corpus.data);
    return fflush(stdout) == 0 ? 0 : EXIT_USAGE;
}
