/* abnf2rl command line.
 *
 *   abnf2rl [-o OUT] [-m MACHINE] [-H HEADER] [-b BINDINGS] -r ROOT...
 *           FILE... [-u FILE]... [-O FILE]... [-f FILE]...
 *
 * Arguments are taken strictly left to right (no getopt permutation):
 * the order of ABNF files decides what `=/` extends and what `-u`
 * replaces.  Outputs are written only when the whole grammar is good, via
 * a temporary name and rename(), so a failed run never leaves a partial
 * or stale-looking file. */
#include "abnf2rl.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

struct options {
    const char *out, *header;
    int nfiles, nroots;
};

static void usage(FILE *f)
{
    fputs("usage: abnf2rl [-o OUT] [-m MACHINE] [-H HEADER] [-b BINDINGS]"
          " -r ROOT [-r ROOT...]\n"
          "               FILE... [-u FILE]... [-O FILE]... [-f FILE]...\n"
          "  FILE     ABNF file; '=' may not redefine a rule\n"
          "  -u FILE  updating ABNF file; '=' replaces earlier definitions\n"
          "  -O FILE  overriding ABNF file; '=' replaces earlier definitions\n"
          "           but keeps the '=/' alternatives of other files\n"
          "  -f FILE  filling ABNF file; '=' only defines rules that no\n"
          "           other file defines\n"
          "  -r ROOT  emit the rules reachable from ROOT\n"
          "  -b FILE  bindings (event / bind / call / extern directives)\n"
          "  -m NAME  Ragel machine name (default imw_grammar)\n"
          "  -o OUT   Ragel output (default stdout)\n"
          "  -H FILE  C header of rule ids\n", f);
}

static int usage_error(const char *what, const char *arg)
{
    fprintf(stderr, "abnf2rl: %s%s%s\n", what, arg ? ": " : "",
            arg ? arg : "");
    usage(stderr);
    return 2;
}

static int takes_value(const char *a)
{
    return strlen(a) == 2 && a[0] == '-' && strchr("omHbruOf", a[1]) != NULL;
}

static int valid_machine(const char *s)
{
    size_t i;

    for (i = 0; s[i]; i++) {
        char c = s[i];
        int alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
                    || c == '_';
        if (!alpha && (i == 0 || c < '0' || c > '9'))
            return 0;
    }
    return i > 0;
}

/* First pass: only the shape of the command line, so that a usage error
 * is reported before any file is read. */
static int check_args(int argc, char **argv, struct options *o)
{
    int i;

    memset(o, 0, sizeof *o);
    for (i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            usage(stdout);
            exit(0);
        }
        if (takes_value(a)) {
            if (++i >= argc)
                return usage_error("missing argument after", a);
            if (a[1] == 'o')
                o->out = argv[i];
            else if (a[1] == 'H')
                o->header = argv[i];
            else if (a[1] == 'm' && !valid_machine(argv[i]))
                return usage_error("invalid machine name", argv[i]);
            o->nroots += a[1] == 'r';
            o->nfiles += a[1] == 'u' || a[1] == 'O' || a[1] == 'f';
        } else if (a[0] == '-' && a[1] != '\0') {
            return usage_error("unknown option", a);
        } else {
            o->nfiles++;
        }
    }
    if (o->nroots == 0)
        return usage_error("at least one -r ROOT is required", NULL);
    if (o->nfiles == 0)
        return usage_error("no ABNF file given", NULL);
    return 0;
}

/* Reads a whole file; returns NULL (message printed) on failure. */
static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    char *buf = NULL, *p;
    size_t cap = 0, n = 0, got;

    if (f == NULL) {
        fprintf(stderr, "%s: %s\n", path, strerror(errno));
        return NULL;
    }
    do {
        if (cap - n < 4096) {
            cap = cap ? cap * 2 : 65536;
            p = realloc(buf, cap);
            if (p == NULL) {
                fprintf(stderr, "%s: out of memory\n", path);
                free(buf);
                fclose(f);
                return NULL;
            }
            buf = p;
        }
        got = fread(buf + n, 1, cap - n, f);
        n += got;
    } while (got > 0);
    if (ferror(f)) {
        fprintf(stderr, "%s: read error\n", path);
        free(buf);
        buf = NULL;
    }
    fclose(f);
    *len = n;
    return buf;
}

static int file_mode(const char *opt)
{
    if (opt == NULL)
        return IMW_ABNF_BASE;
    switch (opt[1]) {
    case 'O': return IMW_ABNF_OVERRIDE;
    case 'f': return IMW_ABNF_FILL;
    default:  return IMW_ABNF_UPDATE;
    }
}

/* Returns 0, or -1 when the file could not be read (errors in the file's
 * contents are collected in ctx). */
static int load(struct imw_abnf_ctx *ctx, const char *opt, const char *path)
{
    size_t len;
    char *text = read_file(path, &len);

    if (text == NULL)
        return -1;
    if (opt != NULL && opt[1] == 'b')
        imw_abnf_add_bindings(ctx, path, text, len);
    else
        imw_abnf_add_source(ctx, path, text, len, file_mode(opt));
    free(text);
    return 0;
}

/* Second pass: feed everything to the compiler in command-line order. */
static int process_args(struct imw_abnf_ctx *ctx, int argc, char **argv)
{
    int i, status = 0;

    for (i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!takes_value(a)) {
            status |= load(ctx, NULL, a);
            continue;
        }
        i++;
        if (a[1] == 'r')
            status |= imw_abnf_add_root(ctx, argv[i]);
        else if (a[1] == 'm')
            status |= imw_abnf_set_machine(ctx, argv[i]);
        else if (strchr("buOf", a[1]) != NULL)
            status |= load(ctx, a, argv[i]);
    }
    return status;
}

typedef int (*emitter)(struct imw_abnf_ctx *, FILE *);

static char *temp_name(const char *path)
{
    char *tmp = malloc(strlen(path) + 5);

    if (tmp != NULL)
        strcat(strcpy(tmp, path), ".tmp");
    return tmp;
}

static int write_temp(struct imw_abnf_ctx *ctx, const char *tmp, emitter fn)
{
    FILE *f = fopen(tmp, "wb");
    int rc;

    if (f == NULL) {
        fprintf(stderr, "%s: %s\n", tmp, strerror(errno));
        return -1;
    }
    rc = fn(ctx, f);
    if (fclose(f) != 0 || rc != 0) {
        fprintf(stderr, "%s: write error\n", tmp);
        remove(tmp);
        return -1;
    }
    return 0;
}

/* Both outputs go to temporary files first; they are renamed into place
 * only when both were written. */
static int write_outputs(struct imw_abnf_ctx *ctx, const struct options *o)
{
    char *tmp_out = o->out ? temp_name(o->out) : NULL;
    char *tmp_hdr = o->header ? temp_name(o->header) : NULL;
    int rc = -1;

    if ((o->out && !tmp_out) || (o->header && !tmp_hdr))
        goto done;
    if (tmp_out && write_temp(ctx, tmp_out, imw_abnf_emit_ragel) != 0)
        goto done;
    if (tmp_hdr && write_temp(ctx, tmp_hdr, imw_abnf_emit_header) != 0)
        goto done;
    if ((tmp_out && rename(tmp_out, o->out) != 0)
        || (tmp_hdr && rename(tmp_hdr, o->header) != 0)) {
        fprintf(stderr, "abnf2rl: rename: %s\n", strerror(errno));
        goto done;
    }
    if (!o->out && (imw_abnf_emit_ragel(ctx, stdout) != 0
                    || fflush(stdout) != 0))
        goto done;
    rc = 0;
done:
    if (rc != 0 && tmp_out)
        remove(tmp_out);
    if (rc != 0 && tmp_hdr)
        remove(tmp_hdr);
    free(tmp_out);
    free(tmp_hdr);
    return rc;
}

int main(int argc, char **argv)
{
    struct options o;
    struct imw_abnf_ctx *ctx;
    int rc = check_args(argc, argv, &o), io;

    if (rc != 0)
        return rc;
    ctx = imw_abnf_new();
    if (ctx == NULL) {
        fputs("abnf2rl: out of memory\n", stderr);
        return 1;
    }
    io = process_args(ctx, argc, argv);
    if (io == 0 && imw_abnf_resolve(ctx) == 0)
        rc = write_outputs(ctx, &o) == 0 ? 0 : 1;
    else
        rc = 1;
    fputs(imw_abnf_errors(ctx), stderr);
    imw_abnf_free(ctx);
    return rc;
}
