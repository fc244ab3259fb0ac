/* FETCH responses: "* n FETCH (item *(SP item))" (RFC 3501 §7.4.2,
 * RFC 7162 MODSEQ; extensions: RFC 3516/9051 BINARY, RFC 8474 EMAILID and
 * THREADID, RFC 8514 SAVEDATE, RFC 8970 PREVIEW, Gmail's X-GM-*).
 *
 * Each item is a msg-att-dynamic or msg-att-static node of the msg-att
 * node; its name is read from the bytes at the node's start and looked
 * up in item_types[] below, whose row names the kind and the function
 * that decodes the value.  Adding an item is one enum value in
 * include/imapwire/fetch.h, one row and one small function here, and one
 * case in the inspector's src/tools/json_fetch.c.  A name without a row
 * becomes IMW_FETCH_OTHER with a generic node. */
#include <string.h>
#include "decode_fetch.h"
#include "swar.h"

/* One item being decoded: its node, span, and where its value starts
 * (after the name and one SP; decoders whose names carry a section or an
 * origin find it themselves). */
struct item {
    imw_node node;
    size_t start, end;
    size_t name_end; /* end of the name's first word (before SP or "[") */
};

typedef int (*item_decoder)(struct imw_decoder *d, const struct item *it,
                            struct imw_fetch_item *out);

static size_t value_start(const struct item *it)
{
    return it->name_end + 1;
}

/* ---- message data: the one place where literals are read ------------------- */

/* nstring [start, end): literal data, a quoted string or NIL.  A literal
 * above the stream threshold went to the literal callback (src/framer.c):
 * its data is then an empty slice (not NIL), *size its declared size and
 * *streamed 1. */
static int decode_msg_data(struct imw_decoder *d, size_t start, size_t end,
                           imw_bytes *data, uint64_t *size, int *streamed)
{
    int failed;
    const struct imw_literal_span *lit = imw_dec_literal(d, start, &failed);
    if (failed)
        return d->error;
    if (!lit) { /* quoted or NIL */
        if (imw_dec_string(d, start, end, 1, data) < 0)
            return d->error;
        *size = data->len;
        *streamed = 0;
        return 0;
    }
    *data = imw_dec_slice(d, lit->start, lit->start + lit->len);
    *size = lit->streamed ? lit->size : lit->len;
    *streamed = lit->streamed;
    return 0;
}

/* ---- one function per item kind ---------------------------------------- */

static int decode_flags(struct imw_decoder *d, const struct item *it,
                        struct imw_fetch_item *out)
{
    return imw_dec_flags(d, it->node, IMW_RULE_FLAG, &out->u.flags);
}

/* date-time: DQUOTE date-day-fixed "-" date-month "-" date-year SP time
 * SP zone DQUOTE; the grammar checked the shape, the helper the ranges. */
static int decode_date_time(struct imw_decoder *d, size_t at, size_t end,
                            struct imw_fetch_date *out)
{
    struct imw_value_error err;
    out->raw = imw_dec_slice(d, at + 1, end - 1);
    if (imw_datetime_parse(imw_dec_bytes(d) + at, end - at, &out->value,
                           &err) < 0)
        return imw_dec_fail(d, IMW_ERR_SYNTAX, at + err.offset, "date-time",
                            imw_value_reason_text(err.reason));
    return 0;
}

static int decode_internaldate(struct imw_decoder *d, const struct item *it,
                               struct imw_fetch_item *out)
{
    return decode_date_time(d, value_start(it), it->end, &out->u.date);
}

/* "SAVEDATE" SP (date-time / nil): NIL leaves the date zeroed and raw
 * { NULL, 0 } (RFC 8514: the mailbox keeps no save date). */
static int decode_savedate(struct imw_decoder *d, const struct item *it,
                           struct imw_fetch_item *out)
{
    size_t at = value_start(it);
    if (imw_dec_bytes(d)[at] != '"')
        return 0;
    return decode_date_time(d, at, it->end, &out->u.date);
}

/* The number [start, end) when it is one to eight digits and the eight
 * octets from `start` lie in the message: 1 and its value in *out, read
 * as one word (src/swar.h); else 0, for the general reader, which gives
 * the same value and every error.  Eight digits pass no range a FETCH
 * number has. */
static int small_number(const struct imw_decoder *d, size_t start, size_t end,
                        uint64_t *out)
{
#ifdef IMW_SWAR_DIGITS
    size_t len = end - start;
    if (start < end && len <= 8 && d->run->len - start >= 8) {
        uint64_t x = imw_swar_load8(imw_dec_bytes(d) + start);
        if (imw_swar_digit_count(x) >= len) {
            *out = imw_swar_digits_value(x, (unsigned)len);
            return 1;
        }
    }
#else
    (void)d, (void)start, (void)end, (void)out;
#endif
    return 0;
}

/* RFC 3501 says number (32 bits), RFC 9051 number64: 63 bits accepted. */
static int decode_rfc822_size(struct imw_decoder *d, const struct item *it,
                              struct imw_fetch_item *out)
{
    if (small_number(d, value_start(it), it->end, &out->u.size))
        return 0;
    return imw_dec_number(d, value_start(it), it->end, INT64_MAX,
                          "RFC822.SIZE", &out->u.size);
}

/* uniqueid: nz-number (the grammar refuses 0; the range is checked here) */
static int decode_uid(struct imw_decoder *d, const struct item *it,
                      struct imw_fetch_item *out)
{
    uint64_t v;
    if (small_number(d, value_start(it), it->end, &v)) {
        out->u.uid = (uint32_t)v;
        return 0;
    }
    return imw_dec_u32(d, value_start(it), it->end, "uniqueid", &out->u.uid);
}

/* "MODSEQ" SP "(" permsg-modsequence ")"; 0 is imw_dec_modseq()'s error. */
static int decode_modseq(struct imw_decoder *d, const struct item *it,
                         struct imw_fetch_item *out)
{
    size_t start = value_start(it) + 1, end = it->end - 1;
    if (small_number(d, start, end, &out->u.modseq) && out->u.modseq != 0)
        return 0;
    return imw_dec_modseq(d, start, end, &out->u.modseq);
}

/* EMAILID "(" objectid ")", THREADID ("(" objectid ")" / nil): the
 * objectid between the parentheses; NIL is { NULL, 0 }. */
static int decode_objectid(struct imw_decoder *d, const struct item *it,
                           struct imw_fetch_item *out)
{
    size_t at = value_start(it);
    if (imw_dec_bytes(d)[at] == '(')
        out->u.objectid = imw_dec_slice(d, at + 1, it->end - 1);
    return 0;
}

/* "PREVIEW" SP nstring */
static int decode_preview(struct imw_decoder *d, const struct item *it,
                          struct imw_fetch_item *out)
{
    return imw_dec_string(d, value_start(it), it->end, 1,
                          &out->u.preview.text);
}

/* LENIENCY snippet: "SNIPPET" SP "(" "FUZZY" SP nstring ")" */
static int decode_snippet(struct imw_decoder *d, const struct item *it,
                          struct imw_fetch_item *out)
{
    static const size_t fuzzy_len = sizeof "(FUZZY " - 1;
    out->u.preview.snippet = 1;
    return imw_dec_string(d, value_start(it) + fuzzy_len, it->end - 1, 1,
                          &out->u.preview.text);
}

/* X-GM-MSGID, X-GM-THRID: gm-id, an unsigned 64-bit number. */
static int decode_gm_id(struct imw_decoder *d, const struct item *it,
                        struct imw_fetch_item *out)
{
    if (imw_dec_number(d, value_start(it), it->end, UINT64_MAX, "gm-id",
                       &out->u.gm_id) < 0) {
        if (d->error == IMW_ERR_NUMBER_RANGE)
            d->reason = "number does not fit in 64 bits";
        return d->error;
    }
    return 0;
}

/* Below `n`, the innermost node of the same span: rules that end on the
 * same octet nest in either order, and the children hang below the
 * inner one. */
static imw_node innermost(const struct imw_decoder *d, imw_node n)
{
    const struct imw_event *e = imw_dec_ev(d, n);
    for (;;) {
        imw_node c = imw_dec_first(d, n);
        if (c == IMW_NO_EVENT)
            return n;
        const struct imw_event *ce = imw_dec_ev(d, c);
        if (ce->start != e->start || ce->end != e->end)
            return n;
        n = c;
    }
}

static int decode_gm_label(struct imw_decoder *d, imw_node n,
                           struct imw_gm_label *out)
{
    out->raw = imw_dec_span(d, n);
    if (out->raw.len > 0 && out->raw.ptr[0] == '\\') {
        out->kind = IMW_GM_LABEL_SYSTEM;
        out->value = out->raw;
        return 0;
    }
    out->kind = IMW_GM_LABEL_USER;
    return imw_dec_string_node(d, n, 0, &out->value);
}

/* "X-GM-LABELS" SP "(" [gm-label *(SP gm-label)] ")".  A label also
 * reads as a flag-keyword (one span); a node starting before the end of
 * the last one taken is such a repeat. */
static int decode_gm_labels(struct imw_decoder *d, const struct item *it,
                            struct imw_fetch_item *out)
{
    imw_node list = innermost(d, it->node);
    size_t count = imw_dec_count(d, list, IMW_RULE_GM_LABEL), i = 0, last = 0;
    struct imw_gm_label *labels = imw_dec_alloc(d, count, sizeof *labels);
    if (count && !labels)
        return d->error;
    IMW_FOR_CHILDREN(d, list, c) {
        const struct imw_event *e = imw_dec_ev(d, c);
        if (!imw_dec_is(d, c, IMW_RULE_GM_LABEL) || e->start < last ||
            i == count)
            continue;
        if (decode_gm_label(d, c, &labels[i++]) < 0)
            return d->error;
        last = e->end;
    }
    out->u.gm_labels.items = labels;
    out->u.gm_labels.count = i;
    return 0;
}

/* The node of the item's value, of `rule`, starting after the name. */
static int value_node(struct imw_decoder *d, const struct item *it,
                      uint16_t rule, imw_node *out)
{
    *out = imw_dec_find(d, it->node, rule, value_start(it));
    if (*out == IMW_NO_EVENT)
        return imw_dec_fail(d, IMW_ERR_DECODE, it->start,
                            imw_rule_names[rule], "value event not recorded");
    return 0;
}

static int decode_envelope(struct imw_decoder *d, const struct item *it,
                           struct imw_fetch_item *out)
{
    imw_node n;
    if (value_node(d, it, IMW_RULE_ENVELOPE, &n) < 0)
        return d->error;
    return imw_dec_envelope(d, n, &out->u.envelope);
}

/* BODY and BODYSTRUCTURE */
static int decode_body(struct imw_decoder *d, const struct item *it,
                       struct imw_fetch_item *out)
{
    return imw_dec_body(d, value_start(it), it->end,
                        imw_dec_first(d, it->node), &out->u.body);
}

/* RFC822, RFC822.HEADER, RFC822.TEXT */
static int decode_rfc822_data(struct imw_decoder *d, const struct item *it,
                              struct imw_fetch_item *out)
{
    struct imw_fetch_data *v = &out->u.data;
    return decode_msg_data(d, value_start(it), it->end, &v->data, &v->size,
                           &v->streamed);
}

/* ---- sections ------------------------------------------------------------- */

/* [s, s + n) is `word` (upper case, `len` octets), letters compared
 * without case; the length first, known at compile time (no strlen per
 * table row: every FETCH item is looked up). */
static int word_is(const uint8_t *s, size_t n, const char *word, size_t len)
{
    if (n != len)
        return 0;
    if (memcmp(s, word, n) == 0) /* as servers send it: one call */
        return 1;
    for (size_t i = 0; i < n; i++) {
        uint8_t c = s[i] >= 'a' && s[i] <= 'z' ? (uint8_t)(s[i] - 32) : s[i];
        if (c != (uint8_t)word[i])
            return 0;
    }
    return 1;
}

/* A row's word and its length. */
#define IMW_WORD(w) w, sizeof w - 1

static enum imw_section_text section_text(const uint8_t *s, size_t n)
{
    static const struct {
        const char *word;
        size_t len;
        enum imw_section_text text;
    } words[] = {
        { IMW_WORD("HEADER"), IMW_SECTION_HEADER },
        { IMW_WORD("HEADER.FIELDS"), IMW_SECTION_HEADER_FIELDS },
        { IMW_WORD("HEADER.FIELDS.NOT"), IMW_SECTION_HEADER_FIELDS_NOT },
        { IMW_WORD("TEXT"), IMW_SECTION_TEXT },
        { IMW_WORD("MIME"), IMW_SECTION_MIME },
    };
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        if (word_is(s, n, words[i].word, words[i].len))
            return words[i].text;
    return IMW_SECTION_NONE; /* the grammar allows no other word */
}

/* section-part: nz-number *("." nz-number), read from the bytes of the
 * live section-part: the machine also closes section-part before each
 * "." (the alternative where section-text would follow), and those dead
 * spans sit inside the live one. */
static int decode_part_numbers(struct imw_decoder *d, imw_node part,
                               struct imw_section *out)
{
    const uint8_t *s = imw_dec_bytes(d);
    const struct imw_event *e = imw_dec_ev(d, part);
    size_t count = 1;
    for (size_t i = e->start; i < e->end; i++)
        count += s[i] == '.';
    uint32_t *parts = imw_dec_alloc(d, count, sizeof *parts);
    if (!parts)
        return d->error;
    size_t at = e->start;
    for (size_t k = 0; k < count; k++) {
        size_t end = at;
        while (end < e->end && s[end] != '.')
            end++;
        if (imw_dec_u32(d, at, end, "section-part", &parts[k]) < 0)
            return d->error;
        at = end + 1;
    }
    out->parts = parts;
    out->part_count = count;
    return 0;
}

/* section node n: "[" [section-spec] "]" */
static int decode_section(struct imw_decoder *d, imw_node n, struct imw_section *out)
{
    const struct imw_event *e = imw_dec_ev(d, n);
    size_t at = e->start + 1, spec_end = e->end - 1;
    out->raw = imw_dec_slice(d, at, spec_end);
    imw_node part = imw_dec_find(d, n, IMW_RULE_SECTION_PART, at);
    if (part != IMW_NO_EVENT) {
        if (decode_part_numbers(d, part, out) < 0)
            return d->error;
        at = imw_dec_ev(d, part)->end + 1; /* after the "." */
    }
    if (at >= spec_end)
        return 0;
    size_t word_end = imw_dec_word_end(d, at, spec_end);
    out->text = section_text(imw_dec_bytes(d) + at, word_end - at);
    if (out->text != IMW_SECTION_HEADER_FIELDS &&
        out->text != IMW_SECTION_HEADER_FIELDS_NOT)
        return 0;
    imw_node list = imw_dec_find(d, n, IMW_RULE_HEADER_LIST, word_end + 1);
    if (list == IMW_NO_EVENT)
        return imw_dec_fail(d, IMW_ERR_DECODE, word_end, "header-list",
                            "header-list event not recorded");
    const struct imw_event *le = imw_dec_ev(d, list);
    return imw_dec_astring_list(d, le->start, le->end, "header-list",
                                &out->fields);
}

/* BODY and BINARY after the section at `at`: ["<" number ">"] SP data,
 * where data is an nstring or (BINARY) a literal8.  The name runs to the
 * end of the origin. */
static int decode_origin_and_data(struct imw_decoder *d, const struct item *it,
                                  size_t at, struct imw_body_section *v,
                                  struct imw_fetch_item *out)
{
    const uint8_t *s = imw_dec_bytes(d);
    if (s[at] == '<') {
        const uint8_t *close = memchr(s + at, '>', it->end - at);
        size_t origin_end = (size_t)(close - s);
        if (imw_dec_u32(d, at + 1, origin_end, "number", &v->origin) < 0)
            return d->error;
        v->has_origin = 1;
        at = origin_end + 1;
    }
    out->name = imw_dec_slice(d, it->start, at);
    v->literal8 = s[at + 1] == '~';
    if (decode_msg_data(d, at + 1, it->end, &v->data, &v->size, &v->streamed) < 0)
        return d->error;
    out->u.section = v;
    return 0;
}

/* "BODY" section ["<" number ">"] SP nstring */
static int decode_body_section(struct imw_decoder *d, const struct item *it,
                               struct imw_fetch_item *out)
{
    struct imw_body_section *v = imw_dec_alloc(d, 1, sizeof *v);
    if (!v)
        return d->error;
    imw_node n = imw_dec_find(d, it->node, IMW_RULE_SECTION, it->name_end);
    if (n == IMW_NO_EVENT)
        return imw_dec_fail(d, IMW_ERR_DECODE, it->name_end, "section",
                            "section event not recorded");
    if (decode_section(d, n, &v->section) < 0)
        return d->error;
    return decode_origin_and_data(d, it, imw_dec_ev(d, n)->end, v, out);
}

/* section-binary: "[" [section-part] "]" after the name; `*end` is set
 * after the "]". */
static int decode_section_binary(struct imw_decoder *d, const struct item *it,
                                 struct imw_section *out, size_t *end)
{
    size_t at = it->name_end + 1;
    imw_node part = imw_dec_find(d, it->node, IMW_RULE_SECTION_PART, at);
    if (part != IMW_NO_EVENT) {
        if (decode_part_numbers(d, part, out) < 0)
            return d->error;
        at = imw_dec_ev(d, part)->end;
    }
    if (imw_dec_bytes(d)[at] != ']')
        return imw_dec_fail(d, IMW_ERR_DECODE, at, "section-part",
                            "section-part event not recorded");
    out->raw = imw_dec_slice(d, it->name_end + 1, at);
    *end = at + 1;
    return 0;
}

/* "BINARY" section-binary ["<" number ">"] SP (nstring / literal8) */
static int decode_binary(struct imw_decoder *d, const struct item *it,
                         struct imw_fetch_item *out)
{
    struct imw_body_section *v = imw_dec_alloc(d, 1, sizeof *v);
    size_t at;
    if (!v || decode_section_binary(d, it, &v->section, &at) < 0)
        return d->error;
    return decode_origin_and_data(d, it, at, v, out);
}

/* "BINARY.SIZE" section-binary SP number */
static int decode_binary_size(struct imw_decoder *d, const struct item *it,
                              struct imw_fetch_item *out)
{
    struct imw_binary_size *v = imw_dec_alloc(d, 1, sizeof *v);
    size_t at;
    if (!v || decode_section_binary(d, it, &v->section, &at) < 0)
        return d->error;
    out->name = imw_dec_slice(d, it->start, at);
    if (imw_dec_u32(d, at + 1, it->end, "number", &v->size) < 0)
        return d->error;
    out->u.binary_size = v;
    return 0;
}

/* ---- the item table ----------------------------------------------------- */

/* The name is the item's first word; a name followed by "[" is looked up
 * with the "[" ("BODY[" is BODY[section], "BODY" is BODY SP body).  The
 * rows most FETCH responses carry come first (find_type() reads them in
 * order). */
enum common_row { /* the rows find_type() tries first */
    ROW_UID, ROW_FLAGS, ROW_INTERNALDATE, ROW_RFC822_SIZE, ROW_ENVELOPE,
    ROW_BODY, ROW_BODYSTRUCTURE, ROW_MODSEQ
};

static const struct item_type {
    const char *name;
    size_t len;
    enum imw_fetch_item_kind kind;
    item_decoder decode;
} item_types[] = {
    [ROW_UID] =
    { IMW_WORD("UID"),           IMW_FETCH_UID,           decode_uid },
    [ROW_FLAGS] =
    { IMW_WORD("FLAGS"),         IMW_FETCH_FLAGS,         decode_flags },
    [ROW_INTERNALDATE] =
    { IMW_WORD("INTERNALDATE"),  IMW_FETCH_INTERNALDATE,  decode_internaldate },
    [ROW_RFC822_SIZE] =
    { IMW_WORD("RFC822.SIZE"),   IMW_FETCH_RFC822_SIZE,   decode_rfc822_size },
    [ROW_ENVELOPE] =
    { IMW_WORD("ENVELOPE"),      IMW_FETCH_ENVELOPE,      decode_envelope },
    [ROW_BODY] =
    { IMW_WORD("BODY"),          IMW_FETCH_BODY,          decode_body },
    [ROW_BODYSTRUCTURE] =
    { IMW_WORD("BODYSTRUCTURE"), IMW_FETCH_BODYSTRUCTURE, decode_body },
    [ROW_MODSEQ] =
    { IMW_WORD("MODSEQ"),        IMW_FETCH_MODSEQ,        decode_modseq },
    { IMW_WORD("BODY["),         IMW_FETCH_BODY_SECTION,  decode_body_section },
    { IMW_WORD("RFC822"),        IMW_FETCH_RFC822,        decode_rfc822_data },
    { IMW_WORD("RFC822.HEADER"), IMW_FETCH_RFC822_HEADER, decode_rfc822_data },
    { IMW_WORD("RFC822.TEXT"),   IMW_FETCH_RFC822_TEXT,   decode_rfc822_data },
    { IMW_WORD("BINARY["),       IMW_FETCH_BINARY,        decode_binary },
    { IMW_WORD("BINARY.SIZE["),  IMW_FETCH_BINARY_SIZE,   decode_binary_size },
    { IMW_WORD("EMAILID"),       IMW_FETCH_EMAILID,       decode_objectid },
    { IMW_WORD("THREADID"),      IMW_FETCH_THREADID,      decode_objectid },
    { IMW_WORD("SAVEDATE"),      IMW_FETCH_SAVEDATE,      decode_savedate },
    { IMW_WORD("PREVIEW"),       IMW_FETCH_PREVIEW,       decode_preview },
    { IMW_WORD("SNIPPET"),       IMW_FETCH_PREVIEW,       decode_snippet },
    { IMW_WORD("X-GM-MSGID"),    IMW_FETCH_GM_MSGID,      decode_gm_id },
    { IMW_WORD("X-GM-THRID"),    IMW_FETCH_GM_THRID,      decode_gm_id },
    { IMW_WORD("X-GM-LABELS"),   IMW_FETCH_GM_LABELS,     decode_gm_labels },
};

/* The common row of a name of `n` octets sent in upper case, as servers
 * do, or NULL (then the table decides): one compare of a length known at
 * compile time, which the compiler makes a load or two, instead of a
 * walk through the rows with a memcmp() call.  No two of these names
 * have one length (the case labels would clash). */
static const struct item_type *common_type(const uint8_t *s, size_t n)
{
#define IMW_SENT_AS(w, row)                                                \
    case sizeof w - 1:                                                     \
        return memcmp(s, w, sizeof w - 1) == 0 ? &item_types[row] : NULL
    switch (n) {
    IMW_SENT_AS("UID", ROW_UID);
    IMW_SENT_AS("BODY", ROW_BODY);
    IMW_SENT_AS("FLAGS", ROW_FLAGS);
    IMW_SENT_AS("MODSEQ", ROW_MODSEQ);
    IMW_SENT_AS("ENVELOPE", ROW_ENVELOPE);
    IMW_SENT_AS("RFC822.SIZE", ROW_RFC822_SIZE);
    IMW_SENT_AS("INTERNALDATE", ROW_INTERNALDATE);
    IMW_SENT_AS("BODYSTRUCTURE", ROW_BODYSTRUCTURE);
    default:
        return NULL;
    }
#undef IMW_SENT_AS
}

/* A row's length and first letter are compared before its word: most
 * rows are passed over in a few instructions. */
static const struct item_type *find_type(const uint8_t *s, size_t n)
{
    const struct item_type *common = common_type(s, n);
    if (common)
        return common;
    if (n == 0)
        return NULL;
    uint8_t first = s[0] >= 'a' && s[0] <= 'z' ? (uint8_t)(s[0] - 32) : s[0];
    for (size_t i = 0; i < sizeof item_types / sizeof item_types[0]; i++)
        if (item_types[i].len == n && (uint8_t)item_types[i].name[0] == first &&
            word_is(s + 1, n - 1, item_types[i].name + 1, n - 1))
            return &item_types[i];
    return NULL;
}

/* An item without a type: the name runs to the first SP outside
 * brackets (BINARY[1], X-NAME...), the rest is read as IMAP values. */
static int decode_other(struct imw_decoder *d, const struct item *it,
                        struct imw_fetch_item *out)
{
    const uint8_t *s = imw_dec_bytes(d);
    size_t at = it->start, depth = 0;
    while (at < it->end && (depth > 0 || s[at] != ' ')) {
        depth += s[at] == '[';
        depth -= s[at] == ']' && depth > 0;
        at++;
    }
    out->kind = IMW_FETCH_OTHER;
    out->name = imw_dec_slice(d, it->start, at);
    return imw_dec_generic(d, it->start, at, it->end, &out->u.generic);
}

static int decode_item(struct imw_decoder *d, imw_node n,
                       struct imw_fetch_item *out)
{
    const struct imw_event *e = imw_dec_ev(d, n);
    struct item it = { n, e->start, e->end, 0 };
    it.name_end = imw_dec_short_word_end(d, e->start, e->end);
    size_t key_end = it.name_end;
    if (key_end < e->end && imw_dec_bytes(d)[key_end] == '[')
        key_end++;
    out->raw = imw_dec_span(d, n);
    out->name = imw_dec_slice(d, e->start, it.name_end);
    const struct item_type *type =
        find_type(imw_dec_bytes(d) + e->start, key_end - e->start);
    if (!type)
        return decode_other(d, &it, out);
    out->kind = type->kind;
    return type->decode(d, &it, out);
}

static int is_item(const struct imw_decoder *d, imw_node n)
{
    return imw_dec_is(d, n, IMW_RULE_MSG_ATT_DYNAMIC) ||
           imw_dec_is(d, n, IMW_RULE_MSG_ATT_STATIC);
}

int imw_dec_fetch(struct imw_decoder *d, size_t num_end,
                  struct imw_response *out)
{
    struct imw_fetch *f = imw_dec_alloc(d, 1, sizeof *f);
    if (!f || imw_dec_u32(d, 2, num_end, "nz-number", &f->number) < 0)
        return d->error;
    imw_node msg = imw_dec_find_deep(d, IMW_NO_EVENT, IMW_RULE_MSG_ATT);
    if (msg == IMW_NO_EVENT)
        return imw_dec_fail(d, IMW_ERR_DECODE, num_end, "msg-att",
                            "msg-att event not recorded");
    size_t count = 0, i = 0;
    IMW_FOR_CHILDREN(d, msg, c)
        count += is_item(d, c);
    struct imw_fetch_item *items = imw_dec_alloc(d, count, sizeof *items);
    if (count && !items)
        return d->error;
    IMW_FOR_CHILDREN(d, msg, c) {
        if (is_item(d, c) && decode_item(d, c, &items[i++]) < 0)
            return d->error;
    }
    f->items = items;
    f->count = count;
    out->kind = IMW_RESP_FETCH;
    out->u.fetch = f;
    return 0;
}

const struct imw_fetch_item *imw_fetch_find(const struct imw_fetch *fetch,
                                            enum imw_fetch_item_kind kind)
{
    if (!fetch)
        return NULL;
    for (size_t i = 0; i < fetch->count; i++)
        if (fetch->items[i].kind == kind)
            return &fetch->items[i];
    return NULL;
}
