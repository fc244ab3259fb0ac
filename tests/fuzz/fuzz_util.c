/* Helpers of the fuzz targets: chunked feeding and value JSON. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz_util.h"
#include "json_command.h"
#include "json_response.h"

void imw_fuzz_feed(imw_parser *p, const uint8_t *data, size_t size,
                   size_t chunk, void (*drain)(imw_parser *p, void *ctx),
                   void *ctx)
{
    for (size_t at = 0; at < size; at += chunk) {
        size_t n = size - at < chunk ? size - at : chunk;
        if (imw_parser_feed(p, data + at, n) < 0)
            break;
        drain(p, ctx);
    }
    imw_parser_finish(p);
    drain(p, ctx);
}

void imw_fuzz_touch(imw_bytes b)
{
    volatile uint8_t sink = 0;
    for (size_t i = 0; i < b.len; i++)
        sink ^= b.ptr[i];
    (void)sink;
}

/* Members that say how the peer spelt a value, not what it is: a
 * section's "spec" is its raw text (struct imw_section.raw), whose parts,
 * keyword and fields are members of their own; the builder writes the
 * keyword in upper case ("2.2.MIMe" is part 2.2, MIME). */
static int is_spelling_key(const char *s)
{
    return strncmp(s, "\"raw\":", 6) == 0 || strncmp(s, "\"form\":", 7) == 0 ||
           strncmp(s, "\"snippet\":", 10) == 0 ||
           strncmp(s, "\"spec\":", 7) == 0;
}

/* A name as sent, spelt as the builder writes it: keywords in upper case
 * (a keyword's case is the peer's spelling) and numbers without leading
 * zeros ("BODY[]<050000>" is origin 50000, written "<50000>").  Returns
 * the new length of the `len` bytes at `v`. */
static size_t fold_name(char *v, size_t len)
{
    size_t o = 0;
    for (size_t i = 0; i < len; i++) {
        int digit_run = o > 0 && isdigit((unsigned char)v[o - 1]);
        int leading_zero = v[i] == '0' && !digit_run && i + 1 < len &&
                           isdigit((unsigned char)v[i + 1]);
        if (!leading_zero)
            v[o++] = (char)toupper((unsigned char)v[i]);
    }
    return o;
}

/* Copies the JSON without the spelling members, and with the values of
 * "name" members in upper case: a keyword's case is the peer's spelling
 * (the builder writes the canonical one when they differ). */
static char *value_only(const char *json)
{
    size_t o = 0;
    int fold = 0;
    char *out = malloc(strlen(json) + 1);
    if (!out)
        abort();
    for (const char *s = json; *s;) {
        int key = *s == '"' && o > 0 && (out[o - 1] == '{' || out[o - 1] == ',');
        if (key && is_spelling_key(s)) {
            s = imw_json_skip_value(strchr(s, ':') + 1);
            if (out[o - 1] == ',')
                o--;
            else if (*s == ',')
                s++;
            continue;
        }
        const char *e = *s == '"' ? imw_json_skip_value(s) : s + 1;
        memcpy(out + o, s, (size_t)(e - s));
        size_t len = (size_t)(e - s);
        if (fold && *s == '"' && !key) /* the value of a "name" */
            len = fold_name(out + o, len);
        if (*s == '"')
            fold = key && strncmp(s, "\"name\":", 7) == 0;
        o += len;
        s = e;
    }
    out[o] = '\0';
    return out;
}

/* SNIPPET is the draft's name of PREVIEW; the builder writes PREVIEW. */
static void snippet_is_preview(char *s)
{
    static const char from[] = "\"name\":\"SNIPPET\"", to[] = "\"name\":\"PREVIEW\"";
    for (char *p = strstr(s, from); p; p = strstr(p + sizeof from - 1, from))
        memcpy(p, to, sizeof to - 1);
}

static char *finish_json(struct imw_json *json)
{
    if (imw_json_failed(json))
        abort();
    char *v = value_only(json->buf ? json->buf : "");
    imw_json_release(json);
    snippet_is_preview(v);
    return v;
}

char *imw_fuzz_response_json(const struct imw_response *r)
{
    struct imw_json json;
    imw_json_init_buffer(&json);
    imw_json_response(&json, r);
    return finish_json(&json);
}

char *imw_fuzz_command_json(const struct imw_command *c)
{
    struct imw_json json;
    imw_json_init_buffer(&json);
    imw_json_command(&json, c);
    return finish_json(&json);
}

void imw_fuzz_expect_same(const char *what, const char *want, const char *got,
                          const uint8_t *built, size_t built_len)
{
    if (strcmp(want, got) == 0)
        return;
    fprintf(stderr, "%s: round trip differs\nbuilt: %.*s\nwant: %s\ngot:  %s\n",
            what, (int)built_len, (const char *)built, want, got);
    abort();
}
