/* The builders' output and value writers (imapwire/builder.h): every
 * octet a builder writes goes through here, so that the rules of what
 * may stand where (atom, quoted, literal) live in one place. */
#include <string.h>
#include <stdio.h>
#include "imapwire/builder.h"
#include "imapwire/values.h"
#include "imapwire/mailbox.h"
#include "mem.h"
#include "build.h"
#include "value_error.h"

void imw_out_init(struct imw_out *out, void *buf, size_t cap)
{
    memset(out, 0, sizeof *out);
    out->buf = buf;
    out->cap = buf ? cap : 0;
}

void imw_out_init_growing(struct imw_out *out, const imw_allocator *alloc)
{
    memset(out, 0, sizeof *out);
    if (alloc)
        out->alloc = *alloc;
    out->growing = 1;
}

void imw_out_free(struct imw_out *out)
{
    if (out->growing && out->buf)
        imw_mem_free(&out->alloc, out->buf);
    out->buf = NULL;
    out->cap = 0;
}

void imw_out_reset(struct imw_out *out)
{
    out->len = 0;
    out->nsegments = 0;
    out->error = 0;
    out->reason = NULL;
}

/* Records the first error; returns it. */
int imw_out_fail(struct imw_out *out, int code, const char *reason)
{
    if (!out->error) {
        out->error = code;
        out->reason = reason;
    }
    return out->error;
}

static int grow(struct imw_out *out, size_t need)
{
    size_t cap = out->cap ? out->cap : 256;
    while (cap < need) {
        if (cap > SIZE_MAX / 2)
            return imw_out_fail(out, IMW_ERR_NOMEM, "output too large");
        cap *= 2;
    }
    uint8_t *p = out->buf ? imw_mem_realloc(&out->alloc, out->buf, cap)
                          : imw_mem_alloc(&out->alloc, cap);
    if (!p)
        return imw_out_fail(out, IMW_ERR_NOMEM, "out of memory");
    out->buf = p;
    out->cap = cap;
    return 0;
}

int imw_out_put(struct imw_out *out, const void *data, size_t n)
{
    if (out->error)
        return out->error;
    if (n == 0)
        return 0; /* an empty value may be { NULL, 0 }: no memcpy from NULL */
    if (n > SIZE_MAX - out->len)
        return imw_out_fail(out, IMW_ERR_NOMEM, "output too large");
    if (out->growing && out->len + n > out->cap && grow(out, out->len + n))
        return out->error;
    if (out->len < out->cap) {
        size_t fit = out->cap - out->len < n ? out->cap - out->len : n;
        memcpy(out->buf + out->len, data, fit);
    }
    out->len += n;
    return 0;
}

int imw_out_text(struct imw_out *out, const char *text)
{
    return imw_out_put(out, text, strlen(text));
}

int imw_out_number(struct imw_out *out, uint64_t n)
{
    char digits[24];
    int len = snprintf(digits, sizeof digits, "%llu", (unsigned long long)n);
    return imw_out_put(out, digits, (size_t)len);
}

/* ---- segments ------------------------------------------------------------------ */

/* The segment that ends here; wait: the peer's "+" comes first. */
static int end_segment(struct imw_out *out, int wait)
{
    size_t start = 0;
    if (out->nsegments)
        start = out->segments[out->nsegments - 1].offset +
                out->segments[out->nsegments - 1].len;
    if (out->nsegments == IMW_OUT_MAX_SEGMENTS)
        return imw_out_fail(out, IMW_ERR_INVALID_ARGUMENT,
                            "too many synchronising literals in one command");
    out->segments[out->nsegments++] = (struct imw_segment){
        .offset = start, .len = out->len - start, .wait_continuation = wait,
    };
    return 0;
}

void imw_out_begin(struct imw_out *out)
{
    imw_out_reset(out);
}

int imw_out_end(struct imw_out *out)
{
    if (out->error)
        return out->error;
    return end_segment(out, 0);
}

/* ---- strings ---------------------------------------------------------------------- */

static int is_atom_char(uint8_t c)
{
    /* CHAR except atom-specials: ( ) { SP CTL % * " \ ] */
    return c > 0x20 && c < 0x7f && c != '(' && c != ')' && c != '{' &&
           c != '%' && c != '*' && c != '"' && c != '\\' && c != ']';
}

static int is_atom(imw_bytes s, const char *extra)
{
    if (!s.ptr || s.len == 0)
        return 0;
    for (size_t i = 0; i < s.len; i++)
        if (!is_atom_char(s.ptr[i]) &&
            !(extra && s.ptr[i] && strchr(extra, s.ptr[i])))
            return 0;
    return 1;
}

static int is_utf8(imw_bytes s)
{
    size_t out_len;
    /* valid UTF-8 is exactly what converts to modified UTF-7; NUL aside */
    return imw_utf8_to_mutf7(s.ptr, s.len, NULL, 0, &out_len, NULL) == 0;
}

/* How a string may be quoted: 7-bit TEXT-CHARs (UTF-8 with utf8_accept). */
static int can_quote(imw_bytes s, const struct imw_build_caps *caps)
{
    int eight = 0;
    for (size_t i = 0; i < s.len; i++) {
        uint8_t c = s.ptr[i];
        if (c == 0 || c == '\r' || c == '\n')
            return 0;
        eight |= c >= 0x80;
    }
    return !eight || (caps && caps->utf8_accept && is_utf8(s));
}

static int has_nul(imw_bytes s)
{
    return s.len && memchr(s.ptr, 0, s.len) != NULL;
}

static int put_quoted(struct imw_out *out, imw_bytes s)
{
    size_t run = 0;
    imw_out_put(out, "\"", 1);
    for (size_t i = 0; i < s.len; i++) {
        if (s.ptr[i] != '"' && s.ptr[i] != '\\')
            continue;
        imw_out_put(out, s.ptr + run, i - run);
        imw_out_put(out, "\\", 1);
        run = i;
    }
    if (s.len) /* s.ptr may be NULL: no arithmetic on it */
        imw_out_put(out, s.ptr + run, s.len - run);
    return imw_out_put(out, "\"", 1);
}

/* "{n}" CRLF data, "{n+}" when the peer allows it, "~" for literal8.  A
 * synchronising literal's header ends a segment: the client waits for
 * "+" before the data. */
static int put_literal(struct imw_out *out, imw_bytes s, int binary,
                       const struct imw_build_caps *caps)
{
    int to_client = caps && caps->to_client;
    int nonsync = !to_client && caps &&
                  (caps->literal_plus ||
                   (caps->literal_minus && s.len <= 4096));
    if (binary)
        imw_out_put(out, "~", 1);
    imw_out_put(out, "{", 1);
    imw_out_number(out, s.len);
    imw_out_text(out, nonsync ? "+}\r\n" : "}\r\n");
    if (!to_client && !nonsync && end_segment(out, 1) < 0)
        return out->error;
    return imw_out_put(out, s.ptr, s.len);
}

static int put_string(struct imw_out *out, imw_bytes s,
                      const struct imw_build_caps *caps)
{
    if (has_nul(s))
        return imw_out_fail(out, IMW_ERR_INVALID_ARGUMENT,
                            "NUL can only be sent in a literal8");
    if (can_quote(s, caps))
        return put_quoted(out, s);
    return put_literal(out, s, 0, caps);
}

int imw_out_astring(struct imw_out *out, imw_bytes s,
                    const struct imw_build_caps *caps)
{
    if (is_atom(s, "]"))
        return imw_out_put(out, s.ptr, s.len);
    return put_string(out, s, caps);
}

int imw_out_string(struct imw_out *out, imw_bytes s,
                   const struct imw_build_caps *caps)
{
    return put_string(out, s, caps);
}

int imw_out_nstring(struct imw_out *out, imw_bytes s,
                    const struct imw_build_caps *caps)
{
    if (!s.ptr)
        return imw_out_text(out, "NIL");
    return put_string(out, s, caps);
}

int imw_out_literal(struct imw_out *out, imw_bytes data, int binary,
                    const struct imw_build_caps *caps)
{
    if (!binary && has_nul(data))
        return imw_out_fail(out, IMW_ERR_INVALID_ARGUMENT,
                            "NUL can only be sent in a literal8");
    if (binary && caps && !caps->to_client && !caps->binary)
        return imw_out_fail(out, IMW_ERR_INVALID_ARGUMENT,
                            "literal8 needs the server's BINARY");
    return put_literal(out, data, binary, caps);
}

int imw_out_atom(struct imw_out *out, imw_bytes s, const char *extra)
{
    if (!is_atom(s, extra))
        return imw_out_fail(out, IMW_ERR_INVALID_ARGUMENT,
                            "not an atom: empty, or holds a special octet");
    return imw_out_put(out, s.ptr, s.len);
}

/* 0 when `name` may be sent as a mailbox name under `caps`. */
static int check_mailbox_name(struct imw_out *out, imw_bytes name,
                              const struct imw_build_caps *caps)
{
    if (!name.ptr)
        return imw_out_fail(out, IMW_ERR_INVALID_ARGUMENT, "no mailbox name");
    if (caps && caps->utf8_accept) {
        if (!is_utf8(name))
            return imw_out_fail(out, IMW_ERR_INVALID_ARGUMENT,
                                "mailbox name is not valid UTF-8");
    } else if (!imw_mutf7_is_canonical(name.ptr, name.len)) {
        return imw_out_fail(out, IMW_ERR_INVALID_ARGUMENT,
                            "mailbox name is not canonical modified UTF-7");
    }
    return 0;
}

int imw_out_mailbox(struct imw_out *out, imw_bytes name,
                    const struct imw_build_caps *caps)
{
    if (check_mailbox_name(out, name, caps) < 0)
        return out->error;
    return imw_out_astring(out, name, caps);
}

int imw_out_mailbox_as(struct imw_out *out, const struct imw_mailbox *m,
                       const struct imw_build_caps *caps)
{
    if (check_mailbox_name(out, m->name, caps) < 0)
        return out->error;
    if (m->form == IMW_MAILBOX_QUOTED && can_quote(m->name, caps))
        return put_quoted(out, m->name);
    if (m->form == IMW_MAILBOX_LITERAL)
        return put_literal(out, m->name, 0, caps);
    return imw_out_astring(out, m->name, caps);
}

int imw_out_list_mailbox(struct imw_out *out, imw_bytes pattern,
                         const struct imw_build_caps *caps)
{
    if (check_mailbox_name(out, pattern, caps) < 0)
        return out->error;
    /* list-char: ATOM-CHAR, the wildcards and resp-specials */
    if (is_atom(pattern, "%*]"))
        return imw_out_put(out, pattern.ptr, pattern.len);
    return put_string(out, pattern, caps);
}

int imw_out_base64(struct imw_out *out, imw_bytes s)
{
    if (!imw_is_base64(s.ptr, s.len))
        return imw_out_fail(out, IMW_ERR_INVALID_ARGUMENT, "not base64");
    return imw_out_put(out, s.ptr, s.len);
}

static int put_seq_number(struct imw_out *out, uint32_t n)
{
    if (n == IMW_SEQ_STAR)
        return imw_out_put(out, "*", 1);
    return imw_out_number(out, n);
}

int imw_out_seq_set(struct imw_out *out, const struct imw_seq_set *s)
{
    if (!s || s->count == 0)
        return imw_out_fail(out, IMW_ERR_INVALID_ARGUMENT,
                            "empty sequence set");
    for (size_t i = 0; i < s->count; i++) {
        const struct imw_seq_range *r = &s->ranges[i];
        if (i)
            imw_out_put(out, ",", 1);
        put_seq_number(out, r->first);
        if (r->last != r->first) {
            imw_out_put(out, ":", 1);
            put_seq_number(out, r->last);
        }
    }
    return out->error;
}

int imw_out_free_text(struct imw_out *out, imw_bytes s, const char *forbidden)
{
    for (size_t i = 0; i < s.len; i++) {
        uint8_t c = s.ptr[i];
        if (c == 0 || c == '\r' || c == '\n')
            return imw_out_fail(out, IMW_ERR_INVALID_ARGUMENT,
                                "text holds NUL, CR or LF");
        if (forbidden && strchr(forbidden, c))
            return imw_out_fail(out, IMW_ERR_INVALID_ARGUMENT,
                                "text holds an octet not allowed here");
    }
    return imw_out_put(out, s.ptr, s.len);
}
