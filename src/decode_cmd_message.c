/* Decoding the message commands (imapwire/command_message.h): FETCH,
 * STORE, COPY, MOVE, APPEND, SORT and THREAD here, SEARCH's program in
 * src/decode_cmd_search.c.  The arguments are read with the cursor of
 * src/decode_cmd_message.h over the bytes the machine has validated. */
#include <string.h>
#include "decode_cmd_message.h"
#include "decode_mailbox.h"
#include "keywords.h"

static size_t offset_of(const struct imw_decoder *d, imw_bytes b)
{
    return (size_t)(b.ptr - imw_dec_bytes(d));
}

/* Whether a generic value is digits only: a number, or one too large for
 * the generic reader's 64 bits, which it keeps as an atom. */
static int is_digits(const struct imw_value *v)
{
    if (v->kind != IMW_VALUE_NUMBER && v->kind != IMW_VALUE_ATOM)
        return 0;
    for (size_t i = 0; i < v->raw.len; i++)
        if (v->raw.ptr[i] < '0' || v->raw.ptr[i] > '9')
            return 0;
    return v->raw.len > 0;
}

/* The span of a generic item's one argument, which must be digits. */
static int generic_digits(struct imw_cur *c, const struct imw_generic *g,
                          const char *rule, size_t *at, size_t *end)
{
    if (g->count != 1 || !is_digits(&g->args[0]))
        return imw_cur_fail(c, rule, "expected one number");
    *at = offset_of(c->d, g->args[0].raw);
    *end = *at + g->args[0].raw.len;
    return 0;
}

/* The first argument of a generic item as a number up to `max`; digits
 * beyond it are IMW_ERR_NUMBER_RANGE, as everywhere else. */
static int generic_number(struct imw_cur *c, const struct imw_generic *g,
                          uint64_t max, const char *rule, uint64_t *out)
{
    size_t at, end;
    if (generic_digits(c, g, rule, &at, &end) < 0)
        return c->d->error;
    return imw_dec_number(c->d, at, end, max, rule, out);
}

/* CHANGEDSINCE's mod-sequence-value: 1 .. 2^63-1 (RFC 7162), not 0 as
 * UNCHANGEDSINCE's mod-sequence-valzer. */
static int generic_modseq(struct imw_cur *c, const struct imw_generic *g,
                          uint64_t *out)
{
    size_t at, end;
    if (generic_digits(c, g, "mod-sequence-value", &at, &end) < 0)
        return c->d->error;
    return imw_dec_modseq(c->d, at, end, out);
}

int imw_cur_generic_list(struct imw_cur *c, const char *rule,
                        struct imw_generic **out, size_t *count)
{
    size_t cap = 0;
    struct imw_cur probe = *c;
    if (imw_cur_expect(c, '(', rule) < 0)
        return c->d->error;
    probe.at++;
    while (!imw_cur_eat(&probe, ')')) {
        if (probe.at >= probe.end)
            return imw_cur_fail(c, rule, "unterminated list");
        if (imw_cur_eat(&probe, ' '))
            continue;
        struct imw_generic scratch;
        if (imw_cur_generic_item(&probe, &scratch) < 0)
            return c->d->error;
        cap++;
    }
    struct imw_generic *items = imw_dec_alloc(c->d, cap, sizeof *items);
    if (cap && !items)
        return c->d->error;
    for (size_t i = 0; i < cap; i++)
        if ((i > 0 && imw_cur_expect(c, ' ', rule) < 0) ||
            imw_cur_generic_item(c, &items[i]) < 0)
            return c->d->error;
    if (imw_cur_expect(c, ')', rule) < 0)
        return c->d->error;
    *out = items;
    *count = cap;
    return 0;
}

int imw_cur_flags(struct imw_cur *c, int bare, struct imw_flag_list *out)
{
    const uint8_t *s = imw_dec_bytes(c->d);
    if (!bare && imw_cur_expect(c, '(', "flag-list") < 0)
        return c->d->error;
    size_t n = 0, close = c->at;
    while (close < c->end && s[close] != ')') {
        if (s[close] != ' ' && (close == c->at || s[close - 1] == ' '))
            n++;
        close++;
    }
    struct imw_flag *items = imw_dec_alloc(c->d, n, sizeof *items);
    if (n && !items)
        return c->d->error;
    for (size_t i = 0; i < n; i++) {
        if (i > 0 && imw_cur_expect(c, ' ', "flag-list") < 0)
            return c->d->error;
        items[i].name = imw_cur_word(c);
        items[i].kind = imw_classify_flag(items[i].name.ptr,
                                          items[i].name.len);
    }
    if (!bare && imw_cur_expect(c, ')', "flag-list") < 0)
        return c->d->error;
    out->items = items;
    out->count = n;
    return 0;
}

static int read_mailbox(struct imw_cur *c, struct imw_mailbox *out)
{
    size_t start, end;
    if (imw_cur_value_span(c, &start, &end) < 0)
        return c->d->error;
    return imw_dec_mailbox(c->d, start, end, out);
}

/* ---- FETCH ------------------------------------------------------------------ */

static const struct {
    const char *name;
    enum imw_fetch_att_kind kind;
    int peek;
} fetch_atts[] = {
    { "ENVELOPE", IMW_FATT_ENVELOPE, 0 }, { "FLAGS", IMW_FATT_FLAGS, 0 },
    { "INTERNALDATE", IMW_FATT_INTERNALDATE, 0 },
    { "RFC822", IMW_FATT_RFC822, 0 },
    { "RFC822.HEADER", IMW_FATT_RFC822_HEADER, 0 },
    { "RFC822.SIZE", IMW_FATT_RFC822_SIZE, 0 },
    { "RFC822.TEXT", IMW_FATT_RFC822_TEXT, 0 },
    { "BODY", IMW_FATT_BODY, 0 },
    { "BODYSTRUCTURE", IMW_FATT_BODYSTRUCTURE, 0 },
    { "UID", IMW_FATT_UID, 0 }, { "MODSEQ", IMW_FATT_MODSEQ, 0 },
    { "EMAILID", IMW_FATT_EMAILID, 0 }, { "THREADID", IMW_FATT_THREADID, 0 },
    { "SAVEDATE", IMW_FATT_SAVEDATE, 0 }, { "PREVIEW", IMW_FATT_PREVIEW, 0 },
    /* with a section */
    { "BODY[", IMW_FATT_BODY_SECTION, 0 },
    { "BODY.PEEK[", IMW_FATT_BODY_SECTION, 1 },
    { "BINARY[", IMW_FATT_BINARY, 0 },
    { "BINARY.PEEK[", IMW_FATT_BINARY, 1 },
    { "BINARY.SIZE[", IMW_FATT_BINARY_SIZE, 0 },
};

static const struct {
    const char *name;
    enum imw_section_text text;
} section_texts[] = {
    { "HEADER", IMW_SECTION_HEADER },
    { "HEADER.FIELDS", IMW_SECTION_HEADER_FIELDS },
    { "HEADER.FIELDS.NOT", IMW_SECTION_HEADER_FIELDS_NOT },
    { "TEXT", IMW_SECTION_TEXT }, { "MIME", IMW_SECTION_MIME },
};

/* header-list "(" header-fld-name *(SP header-fld-name) ")" */
static int read_header_list(struct imw_cur *c, struct imw_string_list *out)
{
    if (imw_cur_expect(c, ' ', "section-msgtext") < 0 ||
        imw_cur_expect(c, '(', "header-list") < 0)
        return c->d->error;
    struct imw_cur probe = *c;
    size_t n = 0;
    while (!imw_cur_eat(&probe, ')')) {
        if (probe.at >= probe.end)
            return imw_cur_fail(c, "header-list", "unterminated list");
        if (imw_cur_eat(&probe, ' '))
            continue;
        if (imw_cur_skip_value(&probe) < 0)
            return c->d->error;
        n++;
    }
    imw_bytes *items = imw_dec_alloc(c->d, n, sizeof *items);
    if (n && !items)
        return c->d->error;
    for (size_t i = 0; i < n; i++)
        if ((i > 0 && imw_cur_expect(c, ' ', "header-list") < 0) ||
            imw_cur_astring(c, &items[i]) < 0)
            return c->d->error;
    out->items = items;
    out->count = n;
    return imw_cur_expect(c, ')', "header-list");
}

static int read_section_text(struct imw_cur *c, struct imw_section *out)
{
    imw_bytes word = imw_cur_word(c);
    for (size_t i = 0; i < sizeof section_texts / sizeof section_texts[0]; i++)
        if (imw_dec_word_is(word, section_texts[i].name)) {
            out->text = section_texts[i].text;
            if (out->text == IMW_SECTION_HEADER_FIELDS ||
                out->text == IMW_SECTION_HEADER_FIELDS_NOT)
                return read_header_list(c, &out->fields);
            return 0;
        }
    return imw_cur_fail(c, "section-text", "unknown section text");
}

/* The section after its "[": part numbers, then an optional text. */
static int read_section(struct imw_cur *c, struct imw_section *out)
{
    const uint8_t *s = imw_dec_bytes(c->d);
    size_t start = c->at, n = 0;
    for (size_t i = c->at; i < c->end && s[i] != ']' && s[i] != ' '; i++)
        n += (s[i] >= '0' && s[i] <= '9') &&
             (i == start || s[i - 1] == '.');
    uint32_t *parts = imw_dec_alloc(c->d, n, sizeof *parts);
    if (n && !parts)
        return c->d->error;
    size_t k = 0;
    while (k < n && s[c->at] >= '0' && s[c->at] <= '9') {
        size_t digits = c->at;
        while (c->at < c->end && s[c->at] >= '0' && s[c->at] <= '9')
            c->at++;
        if (imw_dec_u32(c->d, digits, c->at, "section-part", &parts[k++]) < 0)
            return c->d->error;
        if (!imw_cur_eat(c, '.'))
            break;
    }
    out->parts = parts;
    out->part_count = k;
    if (imw_cur_peek(c) != ']' && read_section_text(c, out) < 0)
        return c->d->error;
    out->raw = imw_dec_slice(c->d, start, c->at);
    return imw_cur_expect(c, ']', "section");
}

/* partial "<" number "." nz-number ">" */
static int read_partial(struct imw_cur *c, struct imw_fetch_att *att)
{
    const uint8_t *s = imw_dec_bytes(c->d);
    size_t start = c->at, dot;
    while (c->at < c->end && s[c->at] != '.')
        c->at++;
    dot = c->at;
    while (c->at < c->end && s[c->at] != '>')
        c->at++;
    att->has_partial = 1;
    if (dot >= c->at ||
        imw_dec_number(c->d, start, dot, INT64_MAX, "partial",
                       &att->origin) < 0 ||
        imw_dec_number(c->d, dot + 1, c->at, INT64_MAX, "partial",
                       &att->length) < 0)
        return c->d->error ? c->d->error
                           : imw_cur_fail(c, "partial", "bad partial");
    return imw_cur_expect(c, '>', "partial");
}

static int fetch_att_kind(struct imw_cur *c, imw_bytes word,
                          struct imw_fetch_att *att)
{
    int bracket = imw_cur_peek(c) == '[';
    for (size_t i = 0; i < sizeof fetch_atts / sizeof fetch_atts[0]; i++) {
        const char *name = fetch_atts[i].name;
        size_t len = strlen(name);
        int with_section = name[len - 1] == '[';
        if (with_section != bracket || word.len != len - (size_t)bracket)
            continue;
        char plain[16];
        memcpy(plain, name, len - (size_t)bracket);
        plain[len - (size_t)bracket] = '\0';
        if (imw_dec_word_is(word, plain)) {
            att->kind = fetch_atts[i].kind;
            att->peek = fetch_atts[i].peek;
            return 1;
        }
    }
    return 0;
}

/* PREVIEW [SP "(" preview-mod *(SP preview-mod) ")"] */
static int read_preview_mods(struct imw_cur *c, struct imw_fetch_att *att)
{
    struct imw_cur probe = *c;
    if (!imw_cur_eat(&probe, ' ') || !imw_cur_eat(&probe, '('))
        return 0;
    *c = probe;
    while (!imw_cur_eat(c, ')')) {
        if (c->at >= c->end)
            return imw_cur_fail(c, "preview-mod", "unterminated list");
        if (imw_cur_eat(c, ' '))
            continue;
        att->lazy |= imw_dec_word_is(imw_cur_word(c), "LAZY");
    }
    return 0;
}

static int read_fetch_att(struct imw_cur *c, struct imw_fetch_att *att)
{
    size_t start = c->at;
    memset(att, 0, sizeof *att);
    imw_bytes word = imw_cur_word(c);
    if (!fetch_att_kind(c, word, att)) {
        att->name = word;
        return imw_dec_generic(c->d, start, c->at, c->at, &att->generic);
    }
    int rc = 0;
    if (imw_cur_eat(c, '['))
        rc = read_section(c, &att->section);
    if (rc == 0 && imw_cur_eat(c, '<'))
        rc = read_partial(c, att);
    if (rc == 0 && att->kind == IMW_FATT_PREVIEW)
        rc = read_preview_mods(c, att);
    att->name = imw_dec_slice(c->d, start, c->at);
    return rc;
}

static int count_fetch_atts(struct imw_cur *c, size_t *n)
{
    /* a probe over the list: the atts' own parentheses (header lists,
     * PREVIEW modifiers) are inside brackets or follow a name */
    struct imw_cur probe = *c;
    struct imw_fetch_att scratch;
    *n = 0;
    while (!imw_cur_eat(&probe, ')')) {
        if (probe.at >= probe.end)
            return imw_cur_fail(c, "fetch-att", "unterminated list");
        if (imw_cur_eat(&probe, ' '))
            continue;
        if (read_fetch_att(&probe, &scratch) < 0)
            return c->d->error;
        (*n)++;
    }
    return 0;
}

static int read_fetch_atts(struct imw_cur *c, struct imw_cmd_fetch *f)
{
    size_t n = 1;
    int list = imw_cur_eat(c, '(');
    if (list && count_fetch_atts(c, &n) < 0)
        return c->d->error;
    struct imw_fetch_att *atts = imw_dec_alloc(c->d, n, sizeof *atts);
    if (!atts)
        return c->d->error;
    for (size_t i = 0; i < n; i++)
        if ((i > 0 && imw_cur_expect(c, ' ', "fetch-att") < 0) ||
            read_fetch_att(c, &atts[i]) < 0)
            return c->d->error;
    f->atts = atts;
    f->count = n;
    return list ? imw_cur_expect(c, ')', "fetch-att") : 0;
}

static int fetch_modifiers(struct imw_cur *c, struct imw_cmd_fetch *f)
{
    struct imw_generic *items;
    size_t n;
    if (imw_cur_generic_list(c, "fetch-modifier", &items, &n) < 0)
        return c->d->error;
    struct imw_fetch_modifier *mods = imw_dec_alloc(c->d, n, sizeof *mods);
    if (n && !mods)
        return c->d->error;
    for (size_t i = 0; i < n; i++) {
        mods[i].generic = items[i];
        mods[i].name = items[i].name;
        if (imw_dec_word_is(items[i].name, "CHANGEDSINCE")) {
            mods[i].kind = IMW_FMOD_CHANGEDSINCE;
            if (generic_modseq(c, &items[i], &mods[i].modseq) < 0)
                return c->d->error;
            f->changedsince = mods[i].modseq;
            f->has_changedsince = 1;
        } else if (imw_dec_word_is(items[i].name, "VANISHED")) {
            mods[i].kind = IMW_FMOD_VANISHED;
            f->vanished = 1;
        }
    }
    f->modifiers = mods;
    f->modifier_count = n;
    return 0;
}

static int decode_fetch(struct imw_cur *c, struct imw_command *out)
{
    struct imw_cmd_fetch *f = imw_dec_alloc(c->d, 1, sizeof *f);
    if (!f)
        return c->d->error;
    out->u.fetch = f;
    if (imw_cur_expect(c, ' ', "fetch") < 0 ||
        imw_cur_seq_set(c, &f->set, &f->saved_result) < 0 ||
        imw_cur_expect(c, ' ', "fetch") < 0)
        return c->d->error;
    struct imw_cur probe = *c;
    imw_bytes word = imw_cur_word(&probe);
    static const char *const macros[] = { "ALL", "FAST", "FULL" };
    for (size_t i = 0; i < 3 && imw_cur_peek(&probe) != '['; i++)
        if (imw_dec_word_is(word, macros[i])) {
            f->macro = (enum imw_fetch_macro)(IMW_FETCH_MACRO_ALL + i);
            *c = probe;
        }
    if (f->macro == IMW_FETCH_MACRO_NONE && read_fetch_atts(c, f) < 0)
        return c->d->error;
    if (imw_cur_eat(c, ' '))
        return fetch_modifiers(c, f);
    return 0;
}

/* ---- STORE, COPY, MOVE --------------------------------------------------------- */

static int store_modifiers(struct imw_cur *c, struct imw_cmd_store *st)
{
    struct imw_generic *items;
    if (imw_cur_generic_list(c, "store-modifier", &items, &st->modifier_count) < 0)
        return c->d->error;
    st->modifiers = items;
    for (size_t i = 0; i < st->modifier_count; i++)
        if (imw_dec_word_is(items[i].name, "UNCHANGEDSINCE")) {
            if (generic_number(c, &items[i], INT64_MAX,
                               "mod-sequence-valzer", &st->unchangedsince) < 0)
                return c->d->error;
            st->has_unchangedsince = 1;
        }
    return 0;
}

static int decode_store(struct imw_cur *c, struct imw_command *out)
{
    struct imw_cmd_store *st = imw_dec_alloc(c->d, 1, sizeof *st);
    if (!st)
        return c->d->error;
    out->u.store = st;
    if (imw_cur_expect(c, ' ', "store") < 0 ||
        imw_cur_seq_set(c, &st->set, &st->saved_result) < 0 ||
        imw_cur_expect(c, ' ', "store") < 0)
        return c->d->error;
    if (imw_cur_peek(c) == '(' &&
        (store_modifiers(c, st) < 0 || imw_cur_expect(c, ' ', "store") < 0))
        return c->d->error;
    if (imw_cur_eat(c, '+'))
        st->mode = IMW_STORE_ADD;
    else if (imw_cur_eat(c, '-'))
        st->mode = IMW_STORE_REMOVE;
    imw_bytes word = imw_cur_word(c);
    st->silent = imw_dec_word_is(word, "FLAGS.SILENT");
    if (imw_cur_expect(c, ' ', "store-att-flags") < 0)
        return c->d->error;
    st->flags_parenthesised = imw_cur_peek(c) == '(';
    return imw_cur_flags(c, !st->flags_parenthesised, &st->flags);
}

static int decode_copy(struct imw_cur *c, struct imw_command *out)
{
    struct imw_cmd_copy *cp = imw_dec_alloc(c->d, 1, sizeof *cp);
    if (!cp)
        return c->d->error;
    out->u.copy = cp;
    if (imw_cur_expect(c, ' ', "copy") < 0 ||
        imw_cur_seq_set(c, &cp->set, &cp->saved_result) < 0 ||
        imw_cur_expect(c, ' ', "copy") < 0)
        return c->d->error;
    return read_mailbox(c, &cp->mailbox);
}

/* ---- SORT, THREAD ----------------------------------------------------------- */

static const char *const sort_key_names[] = {
    NULL, "ARRIVAL", "CC", "DATE", "FROM", "SIZE", "SUBJECT", "TO",
    "DISPLAYFROM", "DISPLAYTO"
};

static int read_criterion(struct imw_cur *c, struct imw_sort_criterion *cr)
{
    cr->name = imw_cur_word(c);
    if (imw_dec_word_is(cr->name, "REVERSE") && imw_cur_eat(c, ' ')) {
        cr->reverse = 1;
        cr->name = imw_cur_word(c);
    }
    for (size_t k = 1; k < sizeof sort_key_names / sizeof *sort_key_names; k++)
        if (imw_dec_word_is(cr->name, sort_key_names[k]))
            cr->key = (enum imw_sort_key)k;
    return 0;
}

static int decode_sort(struct imw_cur *c, struct imw_command *out)
{
    const uint8_t *s = imw_dec_bytes(c->d);
    struct imw_cmd_sort *so = imw_dec_alloc(c->d, 1, sizeof *so);
    if (!so)
        return c->d->error;
    out->u.sort = so;
    if (imw_dec_search_return(c, &so->ret) < 0 ||
        imw_cur_expect(c, ' ', "sort") < 0 ||
        imw_cur_expect(c, '(', "sort-criteria") < 0)
        return c->d->error;
    size_t n = 1;
    for (size_t i = c->at; i < c->end && s[i] != ')'; i++)
        n += s[i] == ' ';
    /* "REVERSE SP key" holds a SP too: n is an upper bound */
    struct imw_sort_criterion *cr = imw_dec_alloc(c->d, n, sizeof *cr);
    if (!cr)
        return c->d->error;
    size_t k = 0;
    while (k < n && read_criterion(c, &cr[k++]) == 0 && imw_cur_eat(c, ' '))
        ;
    so->criteria = cr;
    so->criteria_count = k;
    if (imw_cur_expect(c, ')', "sort-criteria") < 0 ||
        imw_cur_expect(c, ' ', "sort") < 0)
        return c->d->error;
    return imw_dec_search_program(c, 0, &so->program);
}

static int decode_thread(struct imw_cur *c, struct imw_command *out)
{
    struct imw_cmd_thread *th = imw_dec_alloc(c->d, 1, sizeof *th);
    if (!th)
        return c->d->error;
    out->u.thread = th;
    if (imw_cur_expect(c, ' ', "thread") < 0)
        return c->d->error;
    th->name = imw_cur_word(c);
    if (imw_dec_word_is(th->name, "ORDEREDSUBJECT"))
        th->algorithm = IMW_THREAD_ORDEREDSUBJECT;
    else if (imw_dec_word_is(th->name, "REFERENCES"))
        th->algorithm = IMW_THREAD_REFERENCES;
    else if (imw_dec_word_is(th->name, "REFS"))
        th->algorithm = IMW_THREAD_REFS;
    if (imw_cur_expect(c, ' ', "thread") < 0)
        return c->d->error;
    return imw_dec_search_program(c, 0, &th->program);
}

static int decode_search(struct imw_cur *c, struct imw_command *out)
{
    struct imw_cmd_search *se = imw_dec_alloc(c->d, 1, sizeof *se);
    if (!se)
        return c->d->error;
    out->u.search = se;
    if (imw_dec_search_return(c, &se->ret) < 0 ||
        imw_cur_expect(c, ' ', "search-args") < 0)
        return c->d->error;
    return imw_dec_search_program(c, 1, &se->program);
}

/* ---- dispatch -------------------------------------------------------------------- */

int imw_dec_cmd_message_family(struct imw_decoder *d,
                               const struct imw_command_words *w,
                               struct imw_command *out)
{
    struct imw_cur c = { d, w->name_end, imw_dec_line_end(d) };
    int rc;
    switch (out->kind) {
    case IMW_CMD_SEARCH: rc = decode_search(&c, out); break;
    case IMW_CMD_FETCH: rc = decode_fetch(&c, out); break;
    case IMW_CMD_STORE: rc = decode_store(&c, out); break;
    case IMW_CMD_COPY: case IMW_CMD_MOVE: rc = decode_copy(&c, out); break;
    case IMW_CMD_APPEND: rc = imw_dec_cmd_append(&c, out); break;
    case IMW_CMD_SORT: rc = decode_sort(&c, out); break;
    case IMW_CMD_THREAD: rc = decode_thread(&c, out); break;
    default: return IMW_DEC_NOT_MINE;
    }
    if (rc == 0 && c.at != c.end)
        return imw_cur_fail(&c, imw_command_kind_name(out->kind),
                            "arguments left over");
    return rc;
}
