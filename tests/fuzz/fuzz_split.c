/* fuzz-split: writes every message of IMAP capture files into a seed
 * corpus, one file per message, each preceded by the option octets the
 * fuzz target expects (so that a seed is read with the options given).
 *
 *   fuzz-split responses|commands HEXPREFIX OUTDIR FILE...
 *
 * The library's own parser finds the message boundaries (literals
 * included); what does not parse (comment lines of the RFC example
 * files) is left out.  Used by `make fuzz-corpus`. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "imapwire/imapwire.h"

struct split {
    const char *dir;
    uint8_t prefix[8];
    size_t prefix_len;
    unsigned written;
};

static int hex_prefix(const char *hex, struct split *s)
{
    size_t n = strlen(hex);
    if (n % 2 || n / 2 > sizeof s->prefix)
        return -1;
    for (size_t i = 0; i < n / 2; i++) {
        unsigned v;
        if (sscanf(hex + 2 * i, "%2x", &v) != 1)
            return -1;
        s->prefix[i] = (uint8_t)v;
    }
    s->prefix_len = n / 2;
    return 0;
}

/* OUTDIR/seed-NAME-NNNNN, NAME the capture's file name, so that several
 * runs may fill one directory. */
static int write_seed(struct split *s, const char *name, imw_bytes raw)
{
    char path[4096];
    const char *base = strrchr(name, '/');
    snprintf(path, sizeof path, "%s/seed-%s-%05u", s->dir, base ? base + 1 : name,
             s->written++);
    FILE *f = fopen(path, "wb");
    if (!f)
        return -1;
    size_t ok = fwrite(s->prefix, 1, s->prefix_len, f) == s->prefix_len &&
                fwrite(raw.ptr, 1, raw.len, f) == raw.len;
    return fclose(f) == 0 && ok ? 0 : -1;
}

static char *read_all(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    char *buf = NULL;
    size_t cap = 0;
    *len = 0;
    if (!f)
        return NULL;
    for (;;) {
        if (*len == cap) {
            char *grown = realloc(buf, cap = cap ? 2 * cap : 65536);
            if (!grown)
                break;
            buf = grown;
        }
        size_t n = fread(buf + *len, 1, cap - *len, f);
        if (n == 0)
            break;
        *len += n;
    }
    fclose(f);
    return buf;
}

/* Writes every message of one file; -1 on an I/O error. */
static int split_file(struct split *s, int commands, const char *path)
{
    size_t len;
    char *data = read_all(path, &len);
    if (!data)
        return -1;
    imw_parser *p = imw_parser_new(commands ? IMW_SIDE_SERVER : IMW_SIDE_CLIENT);
    if (commands)
        imw_parser_set_option(p, IMW_OPTION_FOLLOW_CLIENT, 1);
    else
        imw_parser_set_option(p, IMW_OPTION_EXPECT_GREETING, 0);
    int rc, status = imw_parser_feed(p, data, len) < 0 ? -1 : 0;
    for (;;) {
        const struct imw_response *r;
        const struct imw_command *c;
        rc = commands ? imw_parser_next_command(p, &c) : imw_parser_next(p, &r);
        if (rc == 0)
            break;
        if (rc > 0 && write_seed(s, path, commands ? c->raw : r->raw) != 0)
            status = -1;
    }
    imw_parser_free(p);
    free(data);
    return status;
}

int main(int argc, char **argv)
{
    struct split s = { 0 };
    if (argc < 5 || (strcmp(argv[1], "responses") && strcmp(argv[1], "commands")) ||
        hex_prefix(argv[2], &s) != 0) {
        fprintf(stderr, "usage: fuzz-split responses|commands HEXPREFIX OUTDIR FILE...\n");
        return 2;
    }
    s.dir = argv[3];
    for (int i = 4; i < argc; i++)
        if (split_file(&s, argv[1][0] == 'c', argv[i]) != 0) {
            fprintf(stderr, "fuzz-split: %s: cannot split\n", argv[i]);
            return 1;
        }
    printf("fuzz-split: %u seeds in %s\n", s.written, s.dir);
    return 0;
}
