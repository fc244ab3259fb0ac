/* Rendering of typed responses for tests (see test_util.h). */
#define _POSIX_C_SOURCE 200809L
#include <check.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "test_util.h"
#include "json_response.h"

static void append(char **buf, size_t *len, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    *buf = realloc(*buf, *len + (size_t)n + 1);
    ck_assert_ptr_nonnull(*buf);
    va_start(ap, fmt);
    vsnprintf(*buf + *len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    *len += (size_t)n;
}

/* Bytes as a C-like string literal: printable ASCII as is, rest escaped. */
static void append_bytes(char **buf, size_t *len, imw_bytes b)
{
    if (!b.ptr) {
        append(buf, len, "NIL");
        return;
    }
    append(buf, len, "\"");
    for (size_t i = 0; i < b.len; i++) {
        unsigned c = b.ptr[i];
        if (c == '"' || c == '\\')
            append(buf, len, "\\%c", c);
        else if (c >= 0x20 && c < 0x7f)
            append(buf, len, "%c", c);
        else
            append(buf, len, "\\x%02x", c);
    }
    append(buf, len, "\"");
}

static void append_flags(char **buf, size_t *len, struct imw_flag_list f)
{
    append(buf, len, "(");
    for (size_t i = 0; i < f.count; i++) {
        append(buf, len, i ? " %s:" : "%s:", imw_flag_kind_name(f.items[i].kind));
        append_bytes(buf, len, f.items[i].name);
    }
    append(buf, len, ")");
}

static void append_caps(char **buf, size_t *len, struct imw_capability_list c)
{
    append(buf, len, "(");
    for (size_t i = 0; i < c.count; i++) {
        append(buf, len, i ? " %s:" : "%s:",
               imw_capability_kind_name(c.items[i].kind));
        append_bytes(buf, len, c.items[i].name);
        if (c.items[i].mechanism.len) {
            append(buf, len, "/");
            append_bytes(buf, len, c.items[i].mechanism);
        }
    }
    append(buf, len, ")");
}

static void append_seq(char **buf, size_t *len, uint32_t n)
{
    if (n == IMW_SEQ_STAR)
        append(buf, len, "*");
    else
        append(buf, len, "%u", n);
}

static imw_bytes imw_test_slice(imw_bytes b, size_t from)
{
    return from <= b.len ? (imw_bytes){ b.ptr + from, b.len - from }
                         : (imw_bytes){ b.ptr + b.len, 0 };
}

static void append_code(char **buf, size_t *len, const struct imw_resp_code *c)
{
    append(buf, len, " [%s ", imw_code_kind_name(c->kind));
    append_bytes(buf, len, c->name);
    switch (c->kind) {
    case IMW_CODE_BADCHARSET:
        for (size_t i = 0; i < c->u.charsets.count; i++) {
            append(buf, len, " ");
            append_bytes(buf, len, c->u.charsets.items[i]);
        }
        break;
    case IMW_CODE_CAPABILITY:
        append(buf, len, " ");
        append_caps(buf, len, c->u.capabilities);
        break;
    case IMW_CODE_PERMANENTFLAGS:
        append(buf, len, " ");
        append_flags(buf, len, c->u.flags);
        break;
    case IMW_CODE_UIDNEXT: case IMW_CODE_UIDVALIDITY: case IMW_CODE_UNSEEN:
        append(buf, len, " %u", c->u.number);
        break;
    case IMW_CODE_HIGHESTMODSEQ:
        append(buf, len, " %llu", (unsigned long long)c->u.modseq);
        break;
    case IMW_CODE_MODIFIED:
        for (size_t i = 0; i < c->u.set.count; i++) {
            append(buf, len, i ? "," : " ");
            append_seq(buf, len, c->u.set.ranges[i].first);
            append(buf, len, ":");
            append_seq(buf, len, c->u.set.ranges[i].last);
        }
        break;
    case IMW_CODE_OTHER:
        append(buf, len, " ");
        append_bytes(buf, len, c->u.text);
        break;
    case IMW_CODE_APPENDUID: case IMW_CODE_COPYUID: case IMW_CODE_METADATA:
    case IMW_CODE_MAILBOXID: /* fields asserted in test_ext.c: the args */
        append(buf, len, " ");
        append_bytes(buf, len, imw_test_slice(c->raw, c->name.len + 1));
        break;
    default:
        break;
    }
    append(buf, len, "]");
}

static void append_text(char **buf, size_t *len, const struct imw_resp_text *t)
{
    if (t->code)
        append_code(buf, len, t->code);
    append(buf, len, " ");
    append_bytes(buf, len, t->text);
}

void imw_test_render(const struct imw_response *r, char **buf, size_t *len)
{
    append(buf, len, "R %s", imw_response_kind_name(r->kind));
    if (r->tag.len) {
        append(buf, len, " tag=");
        append_bytes(buf, len, r->tag);
    }
    switch (r->kind) {
    case IMW_RESP_GREETING:
    case IMW_RESP_STATUS:
        append(buf, len, " %s", imw_status_name(r->u.status.status));
        append_text(buf, len, &r->u.status.text);
        break;
    case IMW_RESP_CONTINUE:
        append(buf, len, r->u.cont.is_base64 ? " base64=" : " text");
        if (r->u.cont.is_base64)
            append_bytes(buf, len, r->u.cont.base64);
        append_text(buf, len, &r->u.cont.text);
        break;
    case IMW_RESP_CAPABILITY:
        append(buf, len, " ");
        append_caps(buf, len, r->u.capabilities);
        break;
    case IMW_RESP_EXISTS: case IMW_RESP_RECENT: case IMW_RESP_EXPUNGE:
        append(buf, len, " %u", r->u.number);
        break;
    case IMW_RESP_FLAGS:
        append(buf, len, " ");
        append_flags(buf, len, r->u.flags);
        break;
    case IMW_RESP_OTHER:
        append(buf, len, " name=");
        append_bytes(buf, len, r->name);
        append(buf, len, " args=%zu", r->u.generic.count);
        break;
    default: /* families with suites of their own: the name tells enough */
        append(buf, len, " name=");
        append_bytes(buf, len, r->name);
        break;
    }
    append(buf, len, "\n");
}

static void render_error(const imw_parser *p, char **buf, size_t *len,
                         const char *prefix)
{
    const struct imw_parse_error *e = imw_parser_error(p);
    append(buf, len, "%s offset=%llu msg=%llu rule=%s code=%s near=", prefix,
           (unsigned long long)e->offset, (unsigned long long)e->message_offset,
           e->rule, imw_strerror(e->code));
    append_bytes(buf, len, e->near);
    append(buf, len, " reason=%s\n", e->reason);
}

static void drain(imw_parser *p, char **buf, size_t *len)
{
    const struct imw_response *r;
    int rc;
    while ((rc = imw_parser_next(p, &r)) != 0) {
        if (rc > 0)
            imw_test_render(r, buf, len);
        else
            render_error(p, buf, len, "E");
    }
}

char *imw_test_parse(const void *data, size_t n, struct imw_test_opts opts)
{
    imw_parser *p = imw_parser_new(IMW_SIDE_CLIENT);
    ck_assert_ptr_nonnull(p);
    imw_parser_set_option(p, IMW_OPTION_STRICT, opts.strict);
    imw_parser_set_option(p, IMW_OPTION_EXPECT_GREETING, !opts.no_greeting);
    char *buf = NULL;
    size_t len = 0;
    append(&buf, &len, "%s", "");
    size_t step = opts.chunk ? opts.chunk : (n ? n : 1);
    for (size_t at = 0; at < n; at += step) {
        size_t k = n - at < step ? n - at : step;
        /* a private copy per chunk proves nothing is read after drain */
        char *chunk = malloc(k);
        memcpy(chunk, (const char *)data + at, k);
        ck_assert_int_eq(imw_parser_feed(p, chunk, k), 0);
        drain(p, &buf, &len);
        memset(chunk, 0xAA, k);
        free(chunk);
    }
    if (imw_parser_finish(p) < 0)
        render_error(p, &buf, &len, "F");
    else
        append(&buf, &len, "F 0\n");
    imw_parser_free(p);
    return buf;
}

char *imw_test_parse_str(const char *s, int strict)
{
    struct imw_test_opts o = { .strict = strict };
    return imw_test_parse(s, strlen(s), o);
}

char *imw_test_read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    ck_assert_msg(f != NULL, "cannot open %s", path);
    char *buf = NULL;
    size_t n = 0, cap = 0;
    for (;;) {
        if (n + 1 >= cap) { /* room for the terminating NUL */
            cap = cap ? cap * 2 : 65536;
            buf = realloc(buf, cap);
            ck_assert_ptr_nonnull(buf);
        }
        size_t got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (got == 0)
            break;
    }
    fclose(f);
    buf[n] = '\0'; /* string searches stop here, not past the data */
    *len = n;
    return buf;
}

char *imw_test_json(const void *data, size_t len, size_t chunk)
{
    const uint8_t *bytes = data;
    imw_parser *p = imw_parser_new(IMW_SIDE_CLIENT);
    imw_parser_set_option(p, IMW_OPTION_EXPECT_GREETING, 0);
    struct imw_json json;
    imw_json_init_buffer(&json);
    size_t step = chunk ? chunk : len;
    for (size_t at = 0; at < len; at += step) {
        size_t k = len - at < step ? len - at : step;
        ck_assert_int_eq(imw_parser_feed(p, bytes + at, k), 0);
        const struct imw_response *r;
        int rc;
        while ((rc = imw_parser_next(p, &r)) != 0) {
            if (rc > 0) {
                imw_json_response(&json, r);
            } else {
                char line[200];
                snprintf(line, sizeof line, "E %d %s", rc,
                         imw_parser_error(p)->rule);
                imw_json_string(&json, line);
            }
            imw_json_end_line(&json);
        }
    }
    ck_assert_int_eq(imw_parser_finish(p), 0);
    ck_assert(!imw_json_failed(&json));
    imw_parser_free(p);
    char *out = strdup(json.buf ? json.buf : "");
    imw_json_release(&json);
    return out;
}

/* ---- a counting allocator ------------------------------------------------ */

union imw_test_block {
    size_t size;
    long double align_ld; /* alignment, as C99 has no max_align_t */
    void *align_p;
    long long align_ll;
};

static void *peak_realloc(void *p, size_t n, void *ctx)
{
    struct imw_test_peak_alloc *m = ctx;
    union imw_test_block *b = p ? (union imw_test_block *)p - 1 : NULL;
    size_t old = b ? b->size : 0;
    union imw_test_block *nb = realloc(b, sizeof *nb + n);

    m->calls++;
    if (!nb)
        return NULL;
    nb->size = n;
    m->current = m->current - old + n;
    if (m->current > m->peak)
        m->peak = m->current;
    return nb + 1;
}

static void *peak_malloc(size_t n, void *ctx)
{
    return peak_realloc(NULL, n, ctx);
}

static void peak_free(void *p, void *ctx)
{
    struct imw_test_peak_alloc *m = ctx;
    union imw_test_block *b;

    if (!p)
        return;
    b = (union imw_test_block *)p - 1;
    m->current -= b->size;
    free(b);
}

imw_allocator imw_test_peak_alloc(struct imw_test_peak_alloc *m)
{
    imw_allocator a = { peak_malloc, peak_realloc, peak_free, m };

    memset(m, 0, sizeof *m);
    return a;
}
