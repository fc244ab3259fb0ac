/* APPEND (RFC 3501, 3502 MULTIAPPEND, 3516 BINARY, 4466, 4469 CATENATE,
 * 6855 UTF8): the mailbox, then one message after another, each
 * append-opts (flags, date-time, extensions) and its data.  The data
 * bytes are a slice of the literal in the message: nothing is copied. */
#include <string.h>
#include "decode_cmd_message.h"
#include "decode_mailbox.h"

/* The literal or literal8 at the cursor, consumed. */
static int read_literal(struct imw_cur *c, imw_bytes *data, int *is_binary)
{
    int failed;
    const struct imw_literal_span *lit = imw_dec_literal(c->d, c->at, &failed);
    if (failed)
        return c->d->error;
    if (!lit)
        return imw_cur_fail(c, "literal", "expected a literal");
    *is_binary = imw_dec_bytes(c->d)[c->at] == '~';
    *data = imw_dec_slice(c->d, lit->start, lit->start + lit->len);
    c->at = lit->start + lit->len;
    return 0;
}

/* utf8-literal "UTF8" SP "(" literal8 ")", after "UTF8". */
static int read_utf8(struct imw_cur *c, imw_bytes *data, int *is_binary)
{
    if (imw_cur_expect(c, ' ', "utf8-literal") < 0 ||
        imw_cur_expect(c, '(', "utf8-literal") < 0 ||
        read_literal(c, data, is_binary) < 0)
        return c->d->error;
    return imw_cur_expect(c, ')', "utf8-literal");
}

static int read_cat_part(struct imw_cur *c, struct imw_catenate_part *part)
{
    imw_bytes word = imw_cur_word(c);
    if (imw_dec_word_is(word, "UTF8")) {
        part->kind = IMW_CAT_UTF8;
        return read_utf8(c, &part->data, &part->is_binary);
    }
    if (imw_cur_expect(c, ' ', "cat-part") < 0)
        return c->d->error;
    if (imw_dec_word_is(word, "URL")) {
        part->kind = IMW_CAT_URL;
        return imw_cur_astring(c, &part->data);
    }
    part->kind = IMW_CAT_TEXT;
    return read_literal(c, &part->data, &part->is_binary);
}

/* "CATENATE" SP "(" cat-part *(SP cat-part) ")", after "CATENATE". */
static int read_catenate(struct imw_cur *c, struct imw_append_message *m)
{
    if (imw_cur_expect(c, ' ', "append-data") < 0 ||
        imw_cur_expect(c, '(', "append-data") < 0)
        return c->d->error;
    struct imw_cur probe = *c;
    struct imw_catenate_part scratch;
    size_t n = 0;
    while (!imw_cur_eat(&probe, ')')) {
        if (probe.at >= probe.end)
            return imw_cur_fail(c, "cat-part", "unterminated list");
        if (imw_cur_eat(&probe, ' '))
            continue;
        if (read_cat_part(&probe, &scratch) < 0)
            return c->d->error;
        n++;
    }
    struct imw_catenate_part *parts = imw_dec_alloc(c->d, n, sizeof *parts);
    if (n && !parts)
        return c->d->error;
    for (size_t i = 0; i < n; i++)
        if ((i > 0 && imw_cur_expect(c, ' ', "cat-part") < 0) ||
            read_cat_part(c, &parts[i]) < 0)
            return c->d->error;
    m->parts = parts;
    m->part_count = n;
    return imw_cur_expect(c, ')', "append-data");
}

static int read_date_time(struct imw_cur *c, struct imw_append_message *m)
{
    size_t start, end;
    if (imw_cur_value_span(c, &start, &end) < 0)
        return c->d->error;
    m->date_raw = imw_dec_slice(c->d, start, end);
    if (imw_datetime_parse(m->date_raw.ptr, m->date_raw.len, &m->date, NULL))
        return imw_dec_fail(c->d, IMW_ERR_DECODE, start, "date-time",
                            "not a date-time");
    m->has_date = 1;
    return 0;
}

/* An append-ext or append-data-ext item, both `name SP value`: it is
 * the message's data only when nothing follows it on the command. */
static int read_ext(struct imw_cur *c, struct imw_append_message *m,
                    struct imw_generic *ext, int *is_data)
{
    if (imw_cur_generic_item(c, ext) < 0)
        return c->d->error;
    *is_data = c->at >= c->end;
    if (*is_data) {
        m->data_kind = IMW_APPEND_OTHER;
        m->generic = *ext;
    }
    return 0;
}

/* At most `max` extensions precede the data: a bound for the array. */
static int read_message(struct imw_cur *c, struct imw_append_message *m,
                        struct imw_generic *exts, size_t max)
{
    memset(m, 0, sizeof *m);
    for (;;) {
        if (imw_cur_expect(c, ' ', "append-message") < 0)
            return c->d->error;
        uint8_t ch = imw_cur_peek(c);
        if (ch == '(' && !m->has_flags && !m->has_date) {
            m->has_flags = 1;
            if (imw_cur_flags(c, 0, &m->flags) < 0)
                return c->d->error;
            continue;
        }
        if (ch == '"') {
            if (read_date_time(c, m) < 0)
                return c->d->error;
            continue;
        }
        if (ch == '{' || ch == '~') {
            m->data_kind = IMW_APPEND_LITERAL;
            return read_literal(c, &m->data, &m->is_binary);
        }
        struct imw_cur probe = *c;
        imw_bytes word = imw_cur_word(&probe);
        if (imw_dec_word_is(word, "CATENATE")) {
            *c = probe;
            m->data_kind = IMW_APPEND_CATENATE;
            return read_catenate(c, m);
        }
        if (imw_dec_word_is(word, "UTF8")) {
            *c = probe;
            m->data_kind = IMW_APPEND_UTF8;
            return read_utf8(c, &m->data, &m->is_binary);
        }
        if (m->extension_count == max)
            return imw_cur_fail(c, "append-ext", "too many extensions");
        int is_data;
        if (read_ext(c, m, &exts[m->extension_count], &is_data) < 0)
            return c->d->error;
        if (is_data)
            break;
        m->extension_count++;
    }
    m->extensions = m->extension_count ? exts : NULL;
    return 0;
}

/* Extensions of one message before its data (RFC 4466 append-ext):
 * none is defined today; beyond this the command fails clearly. */
#define MAX_APPEND_EXTS 8

int imw_dec_cmd_append(struct imw_cur *c, struct imw_command *out)
{
    struct imw_cmd_append *ap = imw_dec_alloc(c->d, 1, sizeof *ap);
    size_t start, end;
    if (!ap)
        return c->d->error;
    out->u.append = ap;
    if (imw_cur_expect(c, ' ', "append") < 0 ||
        imw_cur_value_span(c, &start, &end) < 0 ||
        imw_dec_mailbox(c->d, start, end, &ap->mailbox) < 0)
        return c->d->error;
    size_t n = 0, cap = 1;
    struct imw_append_message *msgs = imw_dec_alloc(c->d, cap, sizeof *msgs);
    if (!msgs)
        return c->d->error;
    while (c->at < c->end) {
        if (n == cap) {
            /* MULTIAPPEND: grow by doubling (the arena has no realloc) */
            struct imw_append_message *more =
                imw_dec_alloc(c->d, cap * 2, sizeof *more);
            if (!more)
                return c->d->error;
            memcpy(more, msgs, n * sizeof *msgs);
            msgs = more;
            cap *= 2;
        }
        struct imw_generic *exts =
            imw_dec_alloc(c->d, MAX_APPEND_EXTS, sizeof *exts);
        if (!exts || read_message(c, &msgs[n++], exts, MAX_APPEND_EXTS) < 0)
            return c->d->error;
    }
    ap->messages = msgs;
    ap->count = n;
    return 0;
}
