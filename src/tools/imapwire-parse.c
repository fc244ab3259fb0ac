/* imapwire-parse — prints IMAP server responses as JSON Lines.
 *
 * Each input file is one stream with its own parser.  Every message that
 * parses becomes one JSON object on standard output; every message that
 * does not becomes one line on standard error, and the stream goes on with
 * the next message.  The output format is documented in
 * doc/imapwire-parse.1; keep the two in step. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "imapwire/imapwire.h"
#include "imapwire/builder.h"
#include "json.h"
#include "json_command.h"

#define PROGRAM_NAME "imapwire-parse"
#define READ_CHUNK_SIZE (64 * 1024)
#define STDIN_DISPLAY_NAME "(standard input)"

/* Exit statuses, worst wins. */
enum exit_status {
    EXIT_ALL_PARSED = 0,
    EXIT_PARSE_FAILED = 1,
    EXIT_USAGE_OR_IO = 2
};

struct options {
    int strict;
    int utf8;
    int commands;
    int rebuild;      /* --rebuild: messages written back through the builder */
    int help;
    int version;
    uint64_t stream_threshold; /* --stream-threshold N; 0: not given */
    int first_file; /* index in argv of the first FILE, argc when none */
};

/* ---- command line --------------------------------------------------------- */

static void print_usage(FILE *out)
{
    fprintf(out,
            "Usage: " PROGRAM_NAME " [--commands] [--rebuild] [--strict] [--utf8] "
            "[--stream-threshold N] [--help]\n       [--version] [FILE...]\n"
            "Print the IMAP server responses in each FILE (standard input "
            "when there is\nnone or FILE is -) as one JSON object per line.\n"
            "\n"
            "  --strict    follow the RFC grammar to the letter (no "
            "leniencies)\n"
            "  --utf8      UTF8=ACCEPT is enabled: --strict accepts UTF-8 "
            "text\n"
            "  --commands  parse what a client sent (commands, AUTHENTICATE "
            "and IDLE lines)\n"
            "  --rebuild   instead of JSON, write each message again through "
            "the builder\n              (commands with synchronising literals)\n"
            "  --stream-threshold N  stream literals above N octets: one "
            "literal_chunk\n"
            "              line per chunk, without the data\n"
            "  --help      print this help and exit\n"
            "  --version   print the version and exit\n"
            "\n"
            "Exit status: 0 all messages parsed, 1 some did not, "
            "2 usage or I/O error.\n");
}

/* A positive decimal number for --stream-threshold; 0 when it is not. */
static uint64_t parse_threshold(const char *text)
{
    char *end;
    unsigned long long n;

    if (!text || text[0] < '0' || text[0] > '9')
        return 0;
    errno = 0;
    n = strtoull(text, &end, 10);
    return errno == 0 && *end == '\0' ? (uint64_t)n : 0;
}

/* Returns 0, or -1 after reporting an unknown option.  Options may appear
 * anywhere before a "--"; everything else is a FILE, and the FILE arguments
 * are moved to the end of argv, in order, starting at first_file. */
static int parse_arguments(int argc, char **argv, struct options *opts)
{
    int i, nfiles = 0, options_done = 0;
    char **files = calloc((size_t)argc + 1, sizeof *files);

    if (!files) {
        fprintf(stderr, PROGRAM_NAME ": out of memory\n");
        return -1;
    }
    memset(opts, 0, sizeof *opts);
    for (i = 1; i < argc; i++) {
        const char *arg = argv[i];

        if (options_done || arg[0] != '-' || strcmp(arg, "-") == 0)
            files[nfiles++] = argv[i];
        else if (strcmp(arg, "--") == 0)
            options_done = 1;
        else if (strcmp(arg, "--strict") == 0)
            opts->strict = 1;
        else if (strcmp(arg, "--utf8") == 0)
            opts->utf8 = 1;
        else if (strcmp(arg, "--commands") == 0)
            opts->commands = 1;
        else if (strcmp(arg, "--rebuild") == 0)
            opts->rebuild = 1;
        else if (strcmp(arg, "--help") == 0)
            opts->help = 1;
        else if (strcmp(arg, "--version") == 0)
            opts->version = 1;
        else if (strcmp(arg, "--stream-threshold") == 0) {
            /* argv[argc] is NULL */
            opts->stream_threshold = parse_threshold(argv[++i]);
            if (opts->stream_threshold == 0) {
                fprintf(stderr, PROGRAM_NAME ": --stream-threshold needs a "
                                "positive number of octets\n");
                free(files);
                return -1;
            }
        } else {
            fprintf(stderr, PROGRAM_NAME ": unknown option '%s'\n", arg);
            fprintf(stderr, "Try '" PROGRAM_NAME " --help'.\n");
            free(files);
            return -1;
        }
    }
    opts->first_file = argc - nfiles;
    for (i = 0; i < nfiles; i++)
        argv[opts->first_file + i] = files[i];
    free(files);
    return 0;
}

/* ---- error lines ---------------------------------------------------------- */

static const char *or_default(const char *text, const char *fallback)
{
    return text && text[0] ? text : fallback;
}

/* name: offset N: [RULE: ]REASON: near "ESCAPED BYTES" */
static void report_parse_error(const char *name,
                               const struct imw_parse_error *err)
{
    struct imw_json escaper;

    /* Flush first so that, with both streams on one terminal or file, the
     * error appears between the messages around it. */
    fflush(stdout);
    fprintf(stderr, PROGRAM_NAME ": %s: offset %llu: ", name,
            (unsigned long long)err->offset);
    if (err->rule && err->rule[0])
        fprintf(stderr, "%s: ", err->rule);
    fprintf(stderr, "%s: near \"",
            or_default(err->reason, imw_strerror(err->code)));
    imw_json_init_file(&escaper, stderr);
    imw_json_escaped(&escaper, err->near.ptr, err->near.len);
    fprintf(stderr, "\"\n");
}

/* The offset is where the unfinished message starts: that is where a
 * reader has to look, the end of the input being obvious. */
static void report_incomplete(const char *name,
                              const struct imw_parse_error *err)
{
    fflush(stdout);
    fprintf(stderr,
            PROGRAM_NAME ": %s: offset %llu: incomplete message at end of "
            "input: %s\n",
            name, (unsigned long long)err->message_offset,
            or_default(err->reason, imw_strerror(err->code)));
}

/* ---- streams ------------------------------------------------------------ */

struct stream {
    const char *name; /* for messages */
    int fd;
    imw_parser *parser;
    struct imw_json *out;
    int status;       /* enum exit_status so far */
    int commands;     /* --commands: a server parser */
    int rebuild;      /* --rebuild: messages written back as bytes */
};

static void raise_status(struct stream *stream, int status)
{
    if (status > stream->status)
        stream->status = status;
}

/* --rebuild: what a builder wrote to standard output, or its refusal
 * reported like a parse error (`what` names the message). */
static void write_built(struct stream *stream, struct imw_out *out, int rc,
                        const char *what)
{
    if (rc < 0) {
        fflush(stdout);
        fprintf(stderr, PROGRAM_NAME ": %s: cannot rebuild %s: %s\n",
                stream->name, what,
                out->reason ? out->reason : imw_error_name(out->error));
        raise_status(stream, EXIT_PARSE_FAILED);
    } else if (fwrite(out->buf, 1, out->len, stdout) != out->len) {
        raise_status(stream, EXIT_USAGE_OR_IO);
    }
    imw_out_free(out);
}

/* The command through imw_build_command(), with the capabilities of plain
 * IMAP4rev1 (literals "{n}"), so that the output is a capture a server
 * could be sent. */
static void rebuild_command(struct stream *stream, const struct imw_command *c)
{
    static const struct imw_build_options opts = { .caps = { .binary = 1 } };
    struct imw_out out;
    char what[96];

    imw_out_init_growing(&out, NULL);
    snprintf(what, sizeof what, "the command tagged \"%.*s\"",
             (int)(c->tag.len < 40 ? c->tag.len : 40),
             c->tag.ptr ? (const char *)c->tag.ptr : "");
    write_built(stream, &out, imw_build_command(&out, c, &opts), what);
}

/* The response as imw_build_response() writes it: its canonical form. */
static void rebuild_response(struct stream *stream,
                             const struct imw_response *resp)
{
    struct imw_out out;
    char what[64];

    imw_out_init_growing(&out, NULL);
    snprintf(what, sizeof what, "a %s response",
             imw_response_kind_name(resp->kind));
    write_built(stream, &out, imw_build_response(&out, resp, NULL), what);
}

/* Prints every message the parser can complete from what it was fed. */
static void drain_messages(struct stream *stream)
{
    const struct imw_response *resp;
    const struct imw_command *cmd;
    int rc;

    for (;;) {
        rc = stream->commands ? imw_parser_next_command(stream->parser, &cmd)
                              : imw_parser_next(stream->parser, &resp);
        if (rc == 0)
            break;
        if (rc < 0) {
            report_parse_error(stream->name, imw_parser_error(stream->parser));
            raise_status(stream, EXIT_PARSE_FAILED);
            if (imw_error_is_fatal(rc))
                break;
            continue;
        }
        if (stream->rebuild) {
            if (stream->commands)
                rebuild_command(stream, cmd);
            else
                rebuild_response(stream, resp);
            continue;
        }
        if (stream->commands)
            imw_json_command(stream->out, cmd);
        else
            imw_json_response(stream->out, resp);
        imw_json_end_line(stream->out);
    }
}

/* read(2) rather than fread: on a pipe or terminal it returns what has
 * arrived, so live traffic is printed as it comes instead of 64 KiB later. */
static ssize_t read_some(int fd, void *buf, size_t len)
{
    ssize_t n;

    do
        n = read(fd, buf, len);
    while (n < 0 && errno == EINTR);
    return n;
}

static void finish_stream(struct stream *stream)
{
    int rc = imw_parser_finish(stream->parser);

    if (rc == 0)
        return;
    if (rc == IMW_ERR_INCOMPLETE)
        report_incomplete(stream->name, imw_parser_error(stream->parser));
    else
        report_parse_error(stream->name, imw_parser_error(stream->parser));
    raise_status(stream, EXIT_PARSE_FAILED);
}

/* Feeds the whole stream to the parser; stops early only on I/O errors or
 * when memory runs out. */
static void run_stream(struct stream *stream, uint8_t *chunk)
{
    for (;;) {
        ssize_t n = read_some(stream->fd, chunk, READ_CHUNK_SIZE);

        if (n < 0) {
            fflush(stdout);
            fprintf(stderr, PROGRAM_NAME ": %s: %s\n", stream->name,
                    strerror(errno));
            raise_status(stream, EXIT_USAGE_OR_IO);
            return;
        }
        if (n == 0)
            break;
        if (imw_parser_feed(stream->parser, chunk, (size_t)n) < 0) {
            fprintf(stderr, PROGRAM_NAME ": %s: out of memory\n",
                    stream->name);
            raise_status(stream, EXIT_USAGE_OR_IO);
            return;
        }
        drain_messages(stream);
        fflush(stdout);
    }
    finish_stream(stream);
}

/* --stream-threshold: one line per chunk of a streamed literal, in stream
 * order among the messages, without the data. */
static int print_literal_chunk(const struct imw_literal_chunk *chunk,
                               void *ctx)
{
    struct imw_json *json = ctx;

    imw_json_begin_object(json);
    imw_json_key(json, "literal_chunk");
    imw_json_begin_object(json);
    imw_json_key(json, "message_number");
    imw_json_uint(json, chunk->message_number);
    imw_json_key(json, "item");
    if (chunk->item.len)
        imw_json_slice(json, chunk->item);
    else
        imw_json_null(json);
    imw_json_key(json, "binary");
    imw_json_bool(json, chunk->is_binary);
    imw_json_key(json, "size");
    imw_json_uint(json, chunk->size);
    imw_json_key(json, "offset");
    imw_json_uint(json, chunk->offset);
    imw_json_key(json, "length");
    imw_json_uint(json, chunk->data.len);
    imw_json_end_object(json);
    imw_json_end_object(json);
    imw_json_end_line(json);
    return 0;
}

static int configure_streaming(imw_parser *parser, const struct options *opts,
                               struct imw_json *out)
{
    if (opts->stream_threshold == 0)
        return 0;
    if (imw_parser_set_limit(parser, IMW_LIMIT_STREAM_THRESHOLD,
                             opts->stream_threshold) < 0)
        return -1;
    return imw_parser_set_literal_callback(parser, print_literal_chunk, out);
}

static imw_parser *new_parser(const struct options *opts, struct imw_json *out)
{
    imw_parser *parser = imw_parser_new(opts->commands ? IMW_SIDE_SERVER
                                                       : IMW_SIDE_CLIENT);

    /* A capture has no server lines: the client's side of AUTHENTICATE
     * and IDLE is followed from the commands, and the limits are those
     * of an authenticated connection throughout. */
    if (parser && opts->commands &&
        (imw_parser_set_option(parser, IMW_OPTION_FOLLOW_CLIENT, 1) < 0 ||
         imw_parser_set_state(parser, IMW_STATE_AUTHENTICATED) < 0)) {
        imw_parser_free(parser);
        return NULL;
    }
    if (parser && ((opts->strict &&
                    imw_parser_set_option(parser, IMW_OPTION_STRICT, 1) < 0) ||
                   (opts->utf8 &&
                    imw_parser_set_option(parser, IMW_OPTION_UTF8, 1) < 0) ||
                   configure_streaming(parser, opts, out) < 0)) {
        imw_parser_free(parser);
        return NULL;
    }
    return parser;
}

/* Opens `path` ("-" is standard input); returns -1 after reporting. */
static int open_input(const char *path, const char **display_name)
{
    int fd;

    if (strcmp(path, "-") == 0) {
        *display_name = STDIN_DISPLAY_NAME;
        return STDIN_FILENO;
    }
    *display_name = path;
    fd = open(path, O_RDONLY);
    if (fd < 0)
        fprintf(stderr, PROGRAM_NAME ": %s: %s\n", path, strerror(errno));
    return fd;
}

/* Parses one input; returns its enum exit_status. */
static int parse_input(const char *path, const struct options *opts,
                       struct imw_json *out, uint8_t *chunk)
{
    struct stream stream;

    memset(&stream, 0, sizeof stream);
    stream.out = out;
    stream.commands = opts->commands;
    stream.rebuild = opts->rebuild;
    stream.fd = open_input(path, &stream.name);
    if (stream.fd < 0)
        return EXIT_USAGE_OR_IO;
    stream.parser = new_parser(opts, out);
    if (!stream.parser) {
        fprintf(stderr, PROGRAM_NAME ": %s: cannot create a parser\n",
                stream.name);
        stream.status = EXIT_USAGE_OR_IO;
    } else {
        run_stream(&stream, chunk);
        imw_parser_free(stream.parser);
    }
    if (stream.fd != STDIN_FILENO)
        close(stream.fd);
    return stream.status;
}

/* ---- main --------------------------------------------------------------- */

static int parse_all_inputs(int argc, char **argv, const struct options *opts)
{
    int status = EXIT_ALL_PARSED, i;
    struct imw_json out;
    uint8_t *chunk = malloc(READ_CHUNK_SIZE);

    if (!chunk) {
        fprintf(stderr, PROGRAM_NAME ": out of memory\n");
        return EXIT_USAGE_OR_IO;
    }
    imw_json_init_file(&out, stdout);
    if (opts->first_file == argc)
        status = parse_input("-", opts, &out, chunk);
    for (i = opts->first_file; i < argc; i++) {
        int input_status = parse_input(argv[i], opts, &out, chunk);

        if (input_status > status)
            status = input_status;
    }
    free(chunk);
    /* A full disk or a closed pipe must not pass for success. */
    if (fflush(stdout) != 0 || ferror(stdout) || imw_json_failed(&out)) {
        fprintf(stderr, PROGRAM_NAME ": standard output: write error\n");
        status = EXIT_USAGE_OR_IO;
    }
    return status;
}

int main(int argc, char **argv)
{
    struct options opts;

    if (parse_arguments(argc, argv, &opts) < 0)
        return EXIT_USAGE_OR_IO;
    if (opts.help) {
        print_usage(stdout);
        return EXIT_ALL_PARSED;
    }
    if (opts.version) {
        printf(PROGRAM_NAME " %s\n", imw_version());
        return EXIT_ALL_PARSED;
    }
    return parse_all_inputs(argc, argv, &opts);
}
