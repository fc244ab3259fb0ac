/* imapwire-bench — measures how fast IMAP response parsers read a corpus.
 *
 *     imapwire-bench [--peer imapwire|libetpan|both] [--rounds N]
 *                    CORPUS MIN_SECONDS [STREAM_NAME...]
 *
 * CORPUS is a file of server responses (see imapwire-corpus), or a
 * directory of NAME.imap files, one per corpus stream: then every stream
 * found is run, or only the STREAM_NAMEs given.  For a file, one
 * STREAM_NAME names the stream in the output (default: the file's base
 * name).
 *
 * The corpus is read into memory once.  Each pass parses all of it as a
 * new connection would: imapwire creates a parser, feeds the whole corpus
 * in one call (the zero-copy path a client takes when a read returns many
 * messages) and takes every typed response; libetpan (when built with it)
 * parses the same bytes from a memory stream, message by message, freeing
 * each parsed response.  With both peers, they alternate over N rounds
 * (default 5) of MIN_SECONDS/N each: imapwire, libetpan, imapwire, ...
 * Every round runs in a child process, so that each peer's peak RSS
 * (getrusage's ru_maxrss, corpus included) is its own.  A stream whose
 * target names another stream for libetpan (esearch: libetpan cannot
 * parse ESEARCH, its ratio is to libetpan's search) has libetpan read
 * that stream's corpus, from the same directory, in the same alternation.
 * Before the timed rounds an untimed pass with a counting allocator
 * measures what the parser alone allocates (bench_memory.c).  Printed, in
 * a fixed key=value form that scripts compare (one line each):
 *
 *     PEER peer=P stream=NAME corpus=NAME bytes=N responses=N errors=N
 *          passes=N seconds=S MBps=X maxrss_kb=N
 *     MEMORY stream=NAME bytes=N largest_message=N parser_peak=N
 *          parser_peak_chunked=N fetch_data=N fetch_data_copied=N
 *          imapwire_maxrss_kb=N libetpan_maxrss_kb=N
 *     RESULT stream=NAME imapwire_mbs=X libetpan_mbs=Y ratio=R target=T
 *          verdict=ok|below
 *     bench: N of M targets met
 *
 * responses and errors are those of one pass; MBps is the median of the
 * rounds, seconds and passes their sums.  The targets are the table
 * TARGETS below (issue 9); verdict=ok when the ratio reaches the target
 * and neither peer rejected a message (a NOTE line says when one did: its
 * work was skipped, so the speeds differ in kind).  A stream without a
 * target prints target=- verdict=- and does not count.  Missing a target
 * is a report, not a failure: the exit status is 0 unless a run failed.
 * Without libetpan, a NOTE line says so and imapwire runs alone.
 *
 *     imapwire-bench --callgrind CORPUS
 *     imapwire-bench --callgrind-report CALLGRIND_OUT CORPUS [STREAM_NAME]
 *
 * The first, run under valgrind --tool=callgrind --instr-atstart=no,
 * parses the corpus once with imapwire and turns callgrind's
 * instrumentation on for that pass only (reading the file is not
 * counted).  The second reads the totals callgrind wrote and prints
 *
 *     CALLGRIND stream=NAME instructions=N bytes=B per_byte=X target=T
 *
 * (`make bench-callgrind` runs both).
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

#ifdef HAVE_VALGRIND_CALLGRIND_H
#include <valgrind/callgrind.h>
#endif

#define PROGRAM_NAME "imapwire-bench"
#define EXIT_USAGE 2
#define DEFAULT_ROUNDS 5
#define MAX_ROUNDS 15

enum peer { PEER_IMAPWIRE, PEER_LIBETPAN, PEER_COUNT };

static const char *const PEER_NAMES[PEER_COUNT] = {"imapwire", "libetpan"};

#ifdef HAVE_LIBETPAN
#define LIBETPAN_BUILT 1
#else
#define LIBETPAN_BUILT 0
#endif

/* ---- the targets ------------------------------------------------------------
 *
 * Issue 9, in one place: imapwire's throughput over libetpan's in the
 * same run, and the instructions per byte callgrind may count.  esearch
 * is measured against libetpan's search, since libetpan cannot parse
 * ESEARCH. */
struct stream_target {
    const char *stream;
    double ratio;                 /* imapwire MB/s over libetpan MB/s */
    const char *libetpan_stream;  /* libetpan's corpus; NULL: the same */
    double per_byte;              /* callgrind instructions/byte; 0: none */
};

static const struct stream_target TARGETS[] = {
    {"fetch_headers", 15.0, NULL, 20.0},
    {"fetch_bodies", 10.0, NULL, 0},
    {"list", 10.0, NULL, 0},
    {"search", 13.0, NULL, 0},
    {"esearch", 4.5, "search", 0},
    {"mixed", 7.5, NULL, 40.0},
    {"status", 6.0, NULL, 0},
};

static const struct stream_target *find_target(const char *name, int len)
{
    for (size_t i = 0; i < sizeof TARGETS / sizeof TARGETS[0]; i++)
        if (strlen(TARGETS[i].stream) == (size_t)len &&
            memcmp(TARGETS[i].stream, name, (size_t)len) == 0)
            return &TARGETS[i];
    return NULL;
}

/* What the stream runs ask for, and what they met. */
struct bench_run {
    int wanted[PEER_COUNT];
    double min_seconds;
    int rounds;
    int targets; /* streams measured that have a target */
    int met;     /* of those, the ones at or above it */
};

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

static double median_of(double *values, int count)
{
    qsort(values, (size_t)count, sizeof values[0], compare_doubles);
    return count % 2 ? values[count / 2]
                     : (values[count / 2 - 1] + values[count / 2]) / 2;
}

/* One peer's rounds on the corpus it reads. */
struct peer_runs {
    const struct imw_bench_corpus *corpus;
    const char *corpus_name;
    struct round_result rounds[MAX_ROUNDS];
    double median_mbps;
    long maxrss_kb; /* the largest of the rounds */
};

/* Prints the PEER line of one peer and fills in its median and peak. */
static void print_peer(enum peer peer, const char *name, int name_len,
                       struct peer_runs *runs, int count)
{
    double rates[MAX_ROUNDS], seconds = 0;
    unsigned long long passes = 0;

    runs->maxrss_kb = 0;
    for (int i = 0; i < count; i++) {
        rates[i] = mbps(runs->corpus->len, &runs->rounds[i]);
        seconds += runs->rounds[i].seconds;
        passes += runs->rounds[i].passes;
        if (runs->rounds[i].maxrss_kb > runs->maxrss_kb)
            runs->maxrss_kb = runs->rounds[i].maxrss_kb;
    }
    runs->median_mbps = median_of(rates, count);
    printf("PEER peer=%s stream=%.*s corpus=%s bytes=%llu responses=%llu "
           "errors=%llu passes=%llu seconds=%.3f MBps=%.1f maxrss_kb=%ld\n",
           PEER_NAMES[peer], name_len, name, runs->corpus_name,
           (unsigned long long)runs->corpus->len, runs->rounds[0].first.responses,
           runs->rounds[0].first.errors, passes, seconds, runs->median_mbps,
           runs->maxrss_kb);
}

static void print_memory(const char *name, int name_len,
                         const struct imw_bench_corpus *corpus,
                         const struct imw_bench_memory *m,
                         const struct peer_runs *runs, const int *wanted)
{
    printf("MEMORY stream=%.*s bytes=%zu largest_message=%zu parser_peak=%zu "
           "parser_peak_chunked=%zu fetch_data=%llu fetch_data_copied=%llu "
           "imapwire_maxrss_kb=%ld libetpan_maxrss_kb=",
           name_len, name, corpus->len, m->largest_message, m->peak_one_feed,
           m->peak_chunked, (unsigned long long)m->data_bytes,
           (unsigned long long)m->data_bytes_copied,
           runs[PEER_IMAPWIRE].maxrss_kb);
    if (wanted[PEER_LIBETPAN])
        printf("%ld\n", runs[PEER_LIBETPAN].maxrss_kb);
    else
        printf("-\n");
}

/* Prints the RESULT line of a stream both peers ran on and counts it
 * against its target. */
static void print_verdict(struct bench_run *run, const char *name,
                          int name_len, const struct peer_runs *runs)
{
    const struct stream_target *target = find_target(name, name_len);
    double imw = runs[PEER_IMAPWIRE].median_mbps;
    double etpan = runs[PEER_LIBETPAN].median_mbps;
    double ratio = etpan > 0 ? imw / etpan : 0.0;
    int comparable = 1, ok;

    for (int p = 0; p < PEER_COUNT; p++) {
        if (runs[p].rounds[0].first.errors == 0)
            continue;
        printf("NOTE stream=%.*s: %s rejected %llu messages of %s: not like "
               "for like\n", name_len, name, PEER_NAMES[p],
               runs[p].rounds[0].first.errors, runs[p].corpus_name);
        comparable = 0;
    }
    printf("RESULT stream=%.*s imapwire_mbs=%.1f libetpan_mbs=%.1f ratio=%.2f ",
           name_len, name, imw, etpan, ratio);
    if (!target) {
        printf("target=- verdict=-\n");
        return;
    }
    ok = comparable && ratio >= target->ratio;
    printf("target=%g verdict=%s\n", target->ratio, ok ? "ok" : "below");
    run->targets++;
    run->met += ok;
}

/* PATH's directory joined with STREAM.imap, into `out`. */
static void sibling_corpus(const char *path, const char *stream, char *out,
                           size_t size)
{
    const char *slash = strrchr(path, '/');
    int dir_len = slash ? (int)(slash - path) + 1 : 0;

    snprintf(out, size, "%.*s%s.imap", dir_len, path, stream);
}

/* The rounds, alternating the peers, so that both see the same machine
 * load and frequency changes.  Returns 0, or -1 after reporting. */
static int alternate_rounds(const struct bench_run *run, const char *path,
                            struct peer_runs *runs)
{
    for (int round = 0; round < run->rounds; round++) {
        for (int p = 0; p < PEER_COUNT; p++) {
            if (!run->wanted[p])
                continue;
            if (measure_round_in_child((enum peer)p, runs[p].corpus,
                                       run->min_seconds / run->rounds,
                                       &runs[p].rounds[round]) < 0) {
                fprintf(stderr, PROGRAM_NAME ": %s: the %s run failed\n",
                        path, PEER_NAMES[p]);
                return -1;
            }
        }
    }
    return 0;
}

/* Measures the wanted peers on one stream and prints its lines.  Returns
 * 0, or -1 after reporting a failure. */
static int bench_stream(struct bench_run *run, const char *path,
                        const char *name, int name_len)
{
    const struct stream_target *target = find_target(name, name_len);
    struct imw_bench_corpus corpus, other = {NULL, 0, NULL, 0};
    struct peer_runs runs[PEER_COUNT];
    struct imw_bench_memory memory;
    char label[256], other_path[4096];
    int status = -1;

    snprintf(label, sizeof label, "%.*s", name_len, name);
    if (read_corpus(path, &corpus) < 0)
        return -1;
    memset(runs, 0, sizeof runs);
    for (int p = 0; p < PEER_COUNT; p++) {
        runs[p].corpus = &corpus;
        runs[p].corpus_name = label;
    }
    if (run->wanted[PEER_LIBETPAN] && target && target->libetpan_stream) {
        sibling_corpus(path, target->libetpan_stream, other_path,
                       sizeof other_path);
        if (read_corpus(other_path, &other) < 0) {
            fprintf(stderr, PROGRAM_NAME ": %s: libetpan is measured on %s "
                    "for this stream\n", label, other_path);
            goto done;
        }
        runs[PEER_LIBETPAN].corpus = &other;
        runs[PEER_LIBETPAN].corpus_name = target->libetpan_stream;
    }
    if (run->wanted[PEER_IMAPWIRE] && imw_bench_memory_pass(&corpus, &memory) < 0) {
        fprintf(stderr, PROGRAM_NAME ": %s: the memory pass failed\n", path);
        goto done;
    }
    if (alternate_rounds(run, path, runs) < 0)
        goto done;
    for (int p = 0; p < PEER_COUNT; p++)
        if (run->wanted[p])
            print_peer((enum peer)p, name, name_len, &runs[p], run->rounds);
    if (run->wanted[PEER_IMAPWIRE])
        print_memory(name, name_len, &corpus, &memory, runs, run->wanted);
    if (run->wanted[PEER_IMAPWIRE] && run->wanted[PEER_LIBETPAN])
        print_verdict(run, name, name_len, runs);
    fflush(stdout);
    status = 0;
done:
    free_corpus(&corpus);
    free_corpus(&other);
    return status;
}

/* Runs DIR/NAME.imap for each of `names` (all of them must exist), or for
 * every corpus stream found there when `count` is 0.  Returns 0, or -1
 * when a run failed or nothing was found. */
static int bench_directory(struct bench_run *run, const char *dir,
                           char **names, int count)
{
    int found = 0, status = 0;
    int total = count ? count : IMW_CORPUS_STREAM_COUNT;

    for (int i = 0; i < total; i++) {
        const char *name = count ? names[i] : imw_corpus_stream_name(i);
        char path[4096];
        struct stat st;

        snprintf(path, sizeof path, "%s/%s.imap", dir, name);
        if (stat(path, &st) < 0) {
            if (!count)
                continue;
            fprintf(stderr, PROGRAM_NAME ": %s: %s\n", path, strerror(errno));
            status = -1;
            continue;
        }
        found++;
        if (bench_stream(run, path, name, (int)strlen(name)) < 0)
            status = -1;
    }
    if (!found) {
        fprintf(stderr, PROGRAM_NAME ": %s: no STREAM.imap corpus found\n", dir);
        return -1;
    }
    return status;
}

/* ---- callgrind -------------------------------------------------------------- */

/* One imapwire pass with callgrind's instrumentation on for the parse
 * alone.  Returns the exit status. */
static int run_callgrind_pass(const char *path)
{
#ifdef HAVE_VALGRIND_CALLGRIND_H
    struct imw_bench_corpus corpus;
    struct imw_bench_counts counts;
    int rc;

    if (!RUNNING_ON_VALGRIND) {
        fprintf(stderr, PROGRAM_NAME ": --callgrind: run under valgrind "
                        "--tool=callgrind --instr-atstart=no\n");
        return EXIT_USAGE;
    }
    if (read_corpus(path, &corpus) < 0)
        return EXIT_USAGE;
    CALLGRIND_START_INSTRUMENTATION;
    rc = imapwire_pass(&corpus, &counts);
    CALLGRIND_STOP_INSTRUMENTATION;
    printf("CALLGRIND_PASS bytes=%zu responses=%llu errors=%llu\n", corpus.len,
           counts.responses, counts.errors);
    free_corpus(&corpus);
    /* A count of instructions spent on errors would measure the wrong
     * work. */
    if (rc < 0 || counts.errors > 0) {
        fprintf(stderr, PROGRAM_NAME ": %s: the pass failed or had errors\n",
                path);
        return EXIT_USAGE;
    }
    return fflush(stdout) == 0 ? 0 : EXIT_USAGE;
#else
    (void)path;
    fprintf(stderr, PROGRAM_NAME ": built without valgrind/callgrind.h: "
                    "install valgrind and run ./configure again\n");
    return EXIT_USAGE;
#endif
}

/* The first number after `key` on a line of `line`, into *value. */
static int read_count(const char *line, const char *key,
                      unsigned long long *value)
{
    size_t key_len = strlen(key);
    char *end;

    if (strncmp(line, key, key_len) != 0)
        return 0;
    errno = 0;
    *value = strtoull(line + key_len, &end, 10);
    return end != line + key_len && errno == 0;
}

/* The instructions of a callgrind output file: its "totals:" line (the
 * first event is Ir).  The "summary:" line near the top is written before
 * the run and may say 0 when instrumentation started late, so it only
 * counts when there is no totals line.  Returns 0, or -1. */
static int callgrind_total(const char *path, unsigned long long *total)
{
    FILE *file = fopen(path, "r");
    char line[512];
    unsigned long long value;
    int have_totals = 0, have_summary = 0;

    if (!file)
        return -1;
    while (fgets(line, sizeof line, file)) {
        if (read_count(line, "totals:", &value)) {
            *total = value;
            have_totals = 1;
        } else if (!have_totals && read_count(line, "summary:", &value)) {
            *total = value;
            have_summary = 1;
        }
    }
    fclose(file);
    return have_totals || have_summary ? 0 : -1;
}

static int run_callgrind_report(const char *out_path, const char *corpus_path,
                                const char *label)
{
    unsigned long long instructions = 0;
    const struct stream_target *target;
    struct stat st;
    int name_len;
    const char *name = label ? label : stream_name(corpus_path, &name_len);

    if (label)
        name_len = (int)strlen(label);
    if (callgrind_total(out_path, &instructions) < 0) {
        fprintf(stderr, PROGRAM_NAME ": %s: no callgrind totals\n", out_path);
        return EXIT_USAGE;
    }
    if (stat(corpus_path, &st) < 0 || st.st_size <= 0) {
        fprintf(stderr, PROGRAM_NAME ": %s: no corpus\n", corpus_path);
        return EXIT_USAGE;
    }
    target = find_target(name, name_len);
    printf("CALLGRIND stream=%.*s instructions=%llu bytes=%lld per_byte=%.1f ",
           name_len, name, instructions, (long long)st.st_size,
           (double)instructions / (double)st.st_size);
    if (target && target->per_byte > 0)
        printf("target=%g\n", target->per_byte);
    else
        printf("target=-\n");
    return fflush(stdout) == 0 ? 0 : EXIT_USAGE;
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
            "[--rounds N] CORPUS MIN_SECONDS [STREAM_NAME...]\n"
            "       " PROGRAM_NAME " --scaling [MIN_SECONDS]\n"
            "       " PROGRAM_NAME " --callgrind CORPUS\n"
            "       " PROGRAM_NAME " --callgrind-report CALLGRIND_OUT CORPUS "
            "[STREAM_NAME]\n"
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

static int parse_rounds(const char *text, int *rounds)
{
    char *end;
    long n = strtol(text, &end, 10);

    if (end == text || *end != '\0' || n < 1 || n > MAX_ROUNDS)
        return -1;
    *rounds = (int)n;
    return 0;
}

/* Reads the options before CORPUS; returns the index of CORPUS, or -1. */
static int parse_options(int argc, char **argv, struct bench_run *run)
{
    int arg = 1;

    while (arg + 1 < argc && argv[arg][0] == '-' && argv[arg][1] == '-') {
        if (strcmp(argv[arg], "--peer") == 0) {
            if (parse_peer(argv[arg + 1], run->wanted) < 0)
                return -1;
        } else if (strcmp(argv[arg], "--rounds") == 0) {
            if (parse_rounds(argv[arg + 1], &run->rounds) < 0)
                return -1;
        } else {
            return -1;
        }
        arg += 2;
    }
    return arg;
}

static void print_summary(const struct bench_run *run)
{
    if (!run->wanted[PEER_IMAPWIRE] || !run->wanted[PEER_LIBETPAN])
        printf("bench: no targets measured (both peers are needed)\n");
    else
        printf("bench: %d of %d targets met\n", run->met, run->targets);
}

int main(int argc, char **argv)
{
    struct bench_run run = {{1, LIBETPAN_BUILT}, 0, DEFAULT_ROUNDS, 0, 0};
    struct stat st;
    int arg, status;

    if (argc > 1 && strcmp(argv[1], "--scaling") == 0)
        return run_scaling(argc, argv);
    if (argc == 3 && strcmp(argv[1], "--callgrind") == 0)
        return run_callgrind_pass(argv[2]);
    if ((argc == 4 || argc == 5) && strcmp(argv[1], "--callgrind-report") == 0)
        return run_callgrind_report(argv[2], argv[3], argc == 5 ? argv[4] : NULL);
    arg = parse_options(argc, argv, &run);
    if (arg < 0 || argc - arg < 2 ||
        parse_seconds(argv[arg + 1], &run.min_seconds) < 0) {
        usage();
        return EXIT_USAGE;
    }
    if (!LIBETPAN_BUILT)
        printf("NOTE libetpan: not built in (install libetpan-dev and run "
               "./configure again to compare)\n");
    if (stat(argv[arg], &st) == 0 && S_ISDIR(st.st_mode)) {
        status = bench_directory(&run, argv[arg], argv + arg + 2, argc - arg - 2);
    } else if (argc - arg > 3) {
        usage();
        return EXIT_USAGE;
    } else {
        int name_len;
        const char *name = argc - arg == 3 ? argv[arg + 2]
                                           : stream_name(argv[arg], &name_len);

        if (argc - arg == 3)
            name_len = (int)strlen(name);
        status = bench_stream(&run, argv[arg], name, name_len);
    }
    print_summary(&run);
    if (fflush(stdout) != 0)
        return EXIT_USAGE;
    return status == 0 ? 0 : EXIT_USAGE;
}
