/* imapwire-bench — measures how fast IMAP response parsers read a corpus.
 *
 *     imapwire-bench [--peer imapwire|libetpan|both] CORPUS MIN_SECONDS
 *                    [STREAM_NAME]
 *
 * CORPUS is a file of server responses (see imapwire-corpus), or a
 * directory of NAME.imap files, one per corpus stream: then every stream
 * found is run, or only STREAM_NAME.  For a file, STREAM_NAME names the
 * stream in the output (default: the file's base name).
 *
 * The corpus is read into memory once.  Each pass parses all of it as a
 * new connection would: imapwire creates a parser, feeds the whole corpus
 * in one call (the zero-copy path a client takes when a read returns many
 * messages) and takes every typed response; libetpan (when built with it)
 * parses the same bytes from a memory stream, message by message, freeing
 * each parsed response.  With both peers, they alternate over three rounds
 * of MIN_SECONDS/3 each; every round runs in a child process, so that each
 * peer's peak RSS (getrusage's ru_maxrss, corpus included) is its own.
 * Printed, in a fixed key=value form that scripts compare:
 *
 *     RESULT peer=P stream=NAME bytes=N responses=N errors=N passes=N
 *            seconds=S MBps=X maxrss_kb=N                    (one line)
 *     RATIO stream=NAME imapwire/libetpan=X.XX comparable=yes|no
 *
 * responses and errors are those of one pass; MBps is the median of the
 * rounds, seconds and passes their sums; comparable=no when either peer
 * rejected messages (their work was skipped, so the speeds differ in
 * kind).  Without libetpan, a NOTE line says so and imapwire runs alone.
 *
 *     imapwire-bench --scaling [MIN_SECONDS]
 *
 * measures instead how imapwire's cost grows with message size: every
 * scaling shape of corpus.h (one large SEARCH, BODYSTRUCTURE, THREAD or
 * ENVELOPE message) is parsed at sizes n, 2n, 4n and 8n (8n the shape's
 * maximum), each for MIN_SECONDS (default 0.3), and printed as
 *
 *     SCALING shape=NAME n=N bytes=B seconds_per_message=S ns_per_byte=X
 *     LINEAR shape=NAME ratio=R ok|NONLINEAR
 *
 * where R is ns_per_byte at 8n over ns_per_byte at n: about 1 when the
 * cost is linear; "ok" below 2.  Every parse is checked to be the typed
 * response with the expected counts; the run stops otherwise. */
#define _DEFAULT_SOURCE /* wait4() */
#include "config.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "imapwire/imapwire.h"
#include "bench.h"
#include "corpus.h"

#define PROGRAM_NAME "imapwire-bench"
#define EXIT_USAGE 2
#define ROUNDS 3

enum peer { PEER_IMAPWIRE, PEER_LIBETPAN, PEER_COUNT };

static const char *const PEER_NAMES[PEER_COUNT] = {"imapwire", "libetpan"};

#ifdef HAVE_LIBETPAN
#define LIBETPAN_BUILT 1
#else
#define LIBETPAN_BUILT 0
#endif

/* What one round of one peer measured (sent from the child as is). */
struct round_result {
    struct imw_bench_counts first; /* counts of the round's first pass */
    unsigned long long passes;
    double seconds;
    long maxrss_kb;
    int failed;
};

/* ---- input ---------------------------------------------------------------- */

/* Reads the whole file; returns 0, or -1 after reporting. */
static int read_corpus(const char *path, struct imw_bench_corpus *corpus)
{
    FILE *file = fopen(path, "rb");
    size_t cap = 1 << 16;
    int failed;

    memset(corpus, 0, sizeof *corpus);
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
    if (failed || imw_bench_frame(corpus) < 0) {
        fprintf(stderr, PROGRAM_NAME ": %s: %s\n", path,
                failed ? "read error" : "out of memory");
        free(corpus->data);
        corpus->data = NULL;
        return -1;
    }
    return 0;
}

static void free_corpus(struct imw_bench_corpus *corpus)
{
    free(corpus->data);
    free(corpus->ends);
    memset(corpus, 0, sizeof *corpus);
}

/* Reads a literal header ending at `crlf` ("{123}", "{123+}", "~{123}");
 * returns 1 with its size, 0 when the line does not end in one. */
static int literal_before(const uint8_t *line, size_t crlf, size_t *size)
{
    size_t i = crlf, digits_end;
    uint64_t n = 0, scale = 1;

    if (i == 0 || line[--i] != '}')
        return 0;
    if (i > 0 && line[i - 1] == '+')
        i--;
    digits_end = i;
    while (i > 0 && line[i - 1] >= '0' && line[i - 1] <= '9' && n < SIZE_MAX / 10) {
        n += (uint64_t)(line[i - 1] - '0') * scale;
        scale *= 10;
        i--;
    }
    if (i == digits_end || i == 0 || line[i - 1] != '{')
        return 0;
    *size = (size_t)n;
    return 1;
}

int imw_bench_frame(struct imw_bench_corpus *corpus)
{
    size_t cap = 1024, pos = 0, line_start = 0;
    const uint8_t *d = corpus->data;

    corpus->count = 0;
    corpus->ends = malloc(cap * sizeof *corpus->ends);
    if (!corpus->ends)
        return -1;
    while (pos + 1 < corpus->len) {
        const uint8_t *lf = memchr(d + pos, '\n', corpus->len - pos);
        size_t literal;

        if (!lf)
            break;
        pos = (size_t)(lf - d) + 1;
        if (lf > d + line_start && lf[-1] == '\r' &&
            literal_before(d, (size_t)(lf - d) - 1, &literal) &&
            literal <= corpus->len - pos) {
            pos += literal; /* the message goes on after the literal */
            line_start = pos;
            continue;
        }
        if (corpus->count == cap) {
            size_t *bigger = realloc(corpus->ends, 2 * cap * sizeof *bigger);
            if (!bigger)
                return -1;
            corpus->ends = bigger;
            cap *= 2;
        }
        corpus->ends[corpus->count++] = pos;
        line_start = pos;
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

/* One imapwire pass with a fresh parser, as a new connection would see
 * it.  Returns 0, or -1 when the parser could not be made or fed. */
static int imapwire_pass(const struct imw_bench_corpus *corpus,
                         struct imw_bench_counts *counts)
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

static int run_pass(enum peer peer, const struct imw_bench_corpus *corpus,
                    struct imw_bench_counts *counts)
{
#ifdef HAVE_LIBETPAN
    if (peer == PEER_LIBETPAN)
        return imw_bench_libetpan_pass(corpus, counts);
#endif
    return peer == PEER_IMAPWIRE ? imapwire_pass(corpus, counts) : -1;
}

/* Passes of one peer until `seconds` of wall time have gone by (at least
 * one pass). */
static void measure_round(enum peer peer, const struct imw_bench_corpus *corpus,
                          double seconds, struct round_result *result)
{
    struct imw_bench_counts counts;
    double start = now_seconds();

    memset(result, 0, sizeof *result);
    do {
        if (run_pass(peer, corpus, result->passes ? &counts : &result->first) < 0) {
            result->failed = 1;
            return;
        }
        result->passes++;
        result->seconds = now_seconds() - start;
    } while (result->seconds < seconds);
}

/* Runs measure_round() in a child process, so that the child's peak RSS
 * belongs to this peer alone.  Returns 0, or -1 when the child failed. */
static int measure_round_in_child(enum peer peer,
                                  const struct imw_bench_corpus *corpus,
                                  double seconds, struct round_result *result)
{
    int fds[2];
    pid_t pid;
    struct rusage usage;
    int status;
    ssize_t got;

    if (pipe(fds) < 0)
        return -1;
    fflush(stdout);
    pid = fork();
    if (pid < 0) {
        close(fds[0]);
        close(fds[1]);
        return -1;
    }
    if (pid == 0) {
        close(fds[0]);
        measure_round(peer, corpus, seconds, result);
        _exit(write(fds[1], result, sizeof *result) == (ssize_t)sizeof *result
                  ? 0 : 1);
    }
    close(fds[1]);
    got = read(fds[0], result, sizeof *result);
    close(fds[0]);
    if (wait4(pid, &status, 0, &usage) < 0 || !WIFEXITED(status) ||
        WEXITSTATUS(status) != 0 || got != (ssize_t)sizeof *result ||
        result->failed)
        return -1;
    result->maxrss_kb = usage.ru_maxrss; /* kilobytes on Linux and BSD */
    return 0;
}

static double mbps(size_t bytes, const struct round_result *r)
{
    /* Guards a corpus so small that the clock did not move. */
    return r->seconds > 0 ? (double)bytes * (double)r->passes / r->seconds / 1e6
                          : 0.0;
}

static int compare_doubles(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* Prints the RESULT line of one peer; returns its median MB/s. */
static double print_result(enum peer peer, const char *name, int name_len,
                           size_t bytes, const struct round_result *rounds,
                           int count)
{
    double rates[ROUNDS], seconds = 0, median;
    unsigned long long passes = 0;
    long maxrss = 0;

    for (int i = 0; i < count; i++) {
        rates[i] = mbps(bytes, &rounds[i]);
        seconds += rounds[i].seconds;
        passes += rounds[i].passes;
        if (rounds[i].maxrss_kb > maxrss)
            maxrss = rounds[i].maxrss_kb;
    }
    qsort(rates, (size_t)count, sizeof rates[0], compare_doubles);
    median = rates[count / 2];
    printf("RESULT peer=%s stream=%.*s bytes=%llu responses=%llu errors=%llu "
           "passes=%llu seconds=%.3f MBps=%.1f maxrss_kb=%ld\n",
           PEER_NAMES[peer], name_len, name, (unsigned long long)bytes,
           rounds[0].first.responses, rounds[0].first.errors, passes, seconds,
           median, maxrss);
    return median;
}

/* Measures the peers in `wanted` on one corpus file and prints their
 * lines.  Returns 0, or -1 after reporting a failure. */
static int bench_file(const char *path, const char *label, const int *wanted,
                      double min_seconds)
{
    struct imw_bench_corpus corpus;
    struct round_result rounds[PEER_COUNT][ROUNDS];
    double median[PEER_COUNT];
    int name_len;
    const char *name = label ? label : stream_name(path, &name_len);
    int peers = wanted[PEER_IMAPWIRE] + wanted[PEER_LIBETPAN];

    if (label)
        name_len = (int)strlen(label);
    if (read_corpus(path, &corpus) < 0)
        return -1;
    /* Alternate the peers round by round, so that both see the same
     * machine load and frequency changes. */
    for (int round = 0; round < ROUNDS; round++) {
        for (int p = 0; p < PEER_COUNT; p++) {
            if (!wanted[p])
                continue;
            if (measure_round_in_child((enum peer)p, &corpus,
                                       min_seconds / ROUNDS, &rounds[p][round]) < 0) {
                fprintf(stderr, PROGRAM_NAME ": %s: the %s run failed\n",
                        path, PEER_NAMES[p]);
                free_corpus(&corpus);
                return -1;
            }
        }
    }
    for (int p = 0; p < PEER_COUNT; p++)
        if (wanted[p])
            median[p] = print_result((enum peer)p, name, name_len, corpus.len,
                                     rounds[p], ROUNDS);
    /* A peer that rejects messages skips their work: its speed is then
     * not comparable, and the line says so. */
    if (peers == PEER_COUNT)
        printf("RATIO stream=%.*s imapwire/libetpan=%.2f comparable=%s\n",
               name_len, name,
               median[PEER_LIBETPAN] > 0
                   ? median[PEER_IMAPWIRE] / median[PEER_LIBETPAN] : 0.0,
               rounds[PEER_IMAPWIRE][0].first.errors == 0 &&
                       rounds[PEER_LIBETPAN][0].first.errors == 0
                   ? "yes" : "no");
    free_corpus(&corpus);
    return 0;
}

/* Runs DIR/NAME.imap for every corpus stream that exists there (or only
 * `only`).  Returns 0, or -1 when a run failed or nothing was found. */
static int bench_directory(const char *dir, const char *only, const int *wanted,
                           double min_seconds)
{
    int found = 0, status = 0;

    for (int s = 0; s < IMW_CORPUS_STREAM_COUNT; s++) {
        const char *name = imw_corpus_stream_name(s);
        char path[4096];
        struct stat st;

        if (only && strcmp(only, name) != 0)
            continue;
        snprintf(path, sizeof path, "%s/%s.imap", dir, name);
        if (stat(path, &st) < 0)
            continue;
        found++;
        if (bench_file(path, name, wanted, min_seconds) < 0)
            status = -1;
    }
    if (!found) {
        fprintf(stderr, PROGRAM_NAME ": %s: no %s.imap corpus found\n", dir,
                only ? only : "STREAM");
        return -1;
    }
    return status;
}

static void usage(void);

/* ---- scaling ----------------------------------------------------------------- */

#define SCALING_SIZES 4  /* n, 2n, 4n, 8n */
#define SCALING_ROUNDS 3 /* the fastest round counts: others' load only slows */
#define SCALING_DEFAULT_SECONDS 0.3
#define SCALING_OK_RATIO 2.0

/* A parser for one huge message: line and message limits above its size,
 * no greeting expected. */
static imw_parser *scaling_parser(size_t bytes)
{
    imw_parser *p = imw_parser_new(IMW_SIDE_CLIENT);
    uint64_t limit = (uint64_t)bytes + 1024;

    if (p && (imw_parser_set_option(p, IMW_OPTION_EXPECT_GREETING, 0) < 0 ||
              imw_parser_set_limit(p, IMW_LIMIT_LINE_LENGTH, limit) < 0 ||
              imw_parser_set_limit(p, IMW_LIMIT_MESSAGE_SIZE, limit) < 0)) {
        imw_parser_free(p);
        return NULL;
    }
    return p;
}

/* Parses the message once, checking that it gave exactly the expected
 * typed response.  Returns the seconds the parse took (feed and next), or
 * -1 after reporting what went wrong. */
static double scaling_parse(imw_parser *p, int shape, size_t n,
                            const struct imw_corpus_buf *msg)
{
    const struct imw_response *resp;
    const char *wrong = NULL;
    double start = now_seconds(), took;
    int rc = imw_parser_feed(p, msg->data, msg->len);

    if (rc == 0)
        rc = imw_parser_next(p, &resp);
    took = now_seconds() - start;
    if (rc < 0) {
        const struct imw_parse_error *e = imw_parser_error(p);
        fprintf(stderr, PROGRAM_NAME ": scaling %s n=%zu: parse error at %llu: "
                        "%s: %s\n", imw_corpus_shape_name(shape), n,
                (unsigned long long)e->offset, e->rule, e->reason);
        return -1;
    }
    if (rc == 0)
        wrong = "no response";
    else if ((wrong = imw_corpus_scaling_check(shape, n, resp)) == NULL &&
             imw_parser_next(p, &resp) != 0)
        wrong = "more than one response";
    if (wrong) {
        fprintf(stderr, PROGRAM_NAME ": scaling %s n=%zu: %s\n",
                imw_corpus_shape_name(shape), n, wrong);
        return -1;
    }
    return took;
}

/* Seconds per message at size n, the fastest of the rounds; -1 after
 * reporting a failure. */
static double scaling_measure(int shape, size_t n, double min_seconds,
                              size_t *bytes)
{
    struct imw_corpus_buf msg = {NULL, 0, 0};
    imw_parser *p = NULL;
    double best = -1;

    if (imw_corpus_scaling(shape, n, &msg) < 0 || !(p = scaling_parser(msg.len))) {
        fprintf(stderr, PROGRAM_NAME ": scaling %s n=%zu: out of memory\n",
                imw_corpus_shape_name(shape), n);
        goto done;
    }
    *bytes = msg.len;
    if (scaling_parse(p, shape, n, &msg) < 0) /* warms caches and arena */
        goto done;
    for (int round = 0; round < SCALING_ROUNDS; round++) {
        double parsing = 0, start = now_seconds(), took;
        unsigned long long parses = 0;

        do {
            if ((took = scaling_parse(p, shape, n, &msg)) < 0) {
                best = -1;
                goto done;
            }
            parsing += took;
            parses++;
        } while (now_seconds() - start < min_seconds / SCALING_ROUNDS);
        if (best < 0 || parsing / (double)parses < best)
            best = parsing / (double)parses;
    }
done:
    imw_parser_free(p);
    imw_corpus_buf_free(&msg);
    return best;
}

/* Prints the SCALING lines of one shape and its LINEAR line. */
static int scaling_shape(int shape, double min_seconds)
{
    const char *name = imw_corpus_shape_name(shape);
    size_t n = imw_corpus_shape_max(shape) >> (SCALING_SIZES - 1);
    double ns_per_byte[SCALING_SIZES], ratio;

    for (int i = 0; i < SCALING_SIZES; i++, n *= 2) {
        size_t bytes = 0;
        double seconds = scaling_measure(shape, n, min_seconds, &bytes);

        if (seconds < 0)
            return -1;
        ns_per_byte[i] = seconds * 1e9 / (double)bytes;
        printf("SCALING shape=%s n=%zu bytes=%zu seconds_per_message=%.6f "
               "ns_per_byte=%.3f\n", name, n, bytes, seconds, ns_per_byte[i]);
        fflush(stdout);
    }
    ratio = ns_per_byte[0] > 0 ? ns_per_byte[SCALING_SIZES - 1] / ns_per_byte[0]
                               : 0.0;
    printf("LINEAR shape=%s ratio=%.2f %s\n", name, ratio,
           ratio < SCALING_OK_RATIO ? "ok" : "NONLINEAR");
    return 0;
}

static int run_scaling(int argc, char **argv)
{
    double min_seconds = SCALING_DEFAULT_SECONDS;

    if (argc > 3 || (argc == 3 && parse_seconds(argv[2], &min_seconds) < 0)) {
        usage();
        return EXIT_USAGE;
    }
    for (int shape = 0; shape < IMW_SHAPE_COUNT; shape++)
        if (scaling_shape(shape, min_seconds) < 0)
            return EXIT_USAGE;
    return fflush(stdout) == 0 ? 0 : EXIT_USAGE;
}

static void usage(void)
{
    fprintf(stderr,
            "Usage: " PROGRAM_NAME " [--peer imapwire|libetpan|both] "
            "CORPUS MIN_SECONDS [STREAM_NAME]\n"
            "       " PROGRAM_NAME " --scaling [MIN_SECONDS]\n"
            "CORPUS is a corpus file or a directory of STREAM.imap files.\n");
}

/* Reads --peer; returns 0, or -1 for an unknown or unavailable peer. */
static int parse_peer(const char *text, int *wanted)
{
    wanted[PEER_IMAPWIRE] = strcmp(text, "imapwire") == 0 || strcmp(text, "both") == 0;
    wanted[PEER_LIBETPAN] = strcmp(text, "libetpan") == 0 || strcmp(text, "both") == 0;
    if (!wanted[PEER_IMAPWIRE] && !wanted[PEER_LIBETPAN])
        return -1;
    if (wanted[PEER_LIBETPAN] && !LIBETPAN_BUILT) {
        fprintf(stderr, PROGRAM_NAME ": built without libetpan: install "
                        "libetpan-dev and run ./configure again\n");
        return -1;
    }
    return 0;
}

int main(int argc, char **argv)
{
    int wanted[PEER_COUNT] = {1, LIBETPAN_BUILT};
    double min_seconds;
    struct stat st;
    int arg = 1, status;

    if (argc > 1 && strcmp(argv[1], "--scaling") == 0)
        return run_scaling(argc, argv);
    if (argc > 2 && strcmp(argv[1], "--peer") == 0) {
        if (parse_peer(argv[2], wanted) < 0) {
            usage();
            return EXIT_USAGE;
        }
        arg = 3;
    }
    if (argc - arg < 2 || argc - arg > 3 ||
        parse_seconds(argv[arg + 1], &min_seconds) < 0) {
        usage();
        return EXIT_USAGE;
    }
    if (!LIBETPAN_BUILT)
        printf("NOTE libetpan: not built in (install libetpan-dev and run "
               "./configure again to compare)\n");
    if (stat(argv[arg], &st) == 0 && S_ISDIR(st.st_mode))
        status = bench_directory(argv[arg], argc - arg == 3 ? argv[arg + 2] : NULL,
                                 wanted, min_seconds);
    else
        status = bench_file(argv[arg], argc - arg == 3 ? argv[arg + 2] : NULL,
                            wanted, min_seconds);
    if (fflush(stdout) != 0)
        return EXIT_USAGE;
    return status == 0 ? 0 : EXIT_USAGE;
}
