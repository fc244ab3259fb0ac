/* Handlers: from a message the generated machine accepted, and the events
 * it recorded, to typed responses.
 *
 * The machine has validated the bytes, so handlers read simple structure
 * (tag, keyword, number) straight from the bytes, and take the positions of
 * everything else from events.  Where the grammar is ambiguous (a typed
 * response code versus the generic atom form, say), the event of the named
 * alternative decides (grammar/overrides.abnf, DETERMINISM). */
#include <string.h>
#include "response.h"
#include "keywords.h"
#include "leniency.h"

/* ---- small readers over validated bytes ------------------------------- */

static const uint8_t *bytes(const struct imw_build *b) { return b->run->data; }

static imw_bytes slice(const struct imw_build *b, size_t start, size_t end)
{
    return (imw_bytes){ bytes(b) + start, end - start };
}

static int fail(struct imw_build *b, int code, size_t at, const char *rule,
                const char *reason)
{
    b->error = code;
    b->error_at = at;
    b->rule = rule;
    b->reason = reason;
    return code;
}

/* Offset of the CR (or bare LF) that ends the message's last line. */
static size_t line_end(const struct imw_build *b)
{
    size_t n = b->run->len;
    if (n >= 2 && bytes(b)[n - 2] == '\r')
        return n - 2;
    return n - 1;
}

/* End of the word at `at`: stops at SP, '[', ']', '(', ')' or line end. */
static size_t word_end(const struct imw_build *b, size_t at, size_t limit)
{
    const uint8_t *d = bytes(b);
    while (at < limit && d[at] != ' ' && d[at] != '[' && d[at] != ']' &&
           d[at] != '(' && d[at] != ')')
        at++;
    return at;
}

/* Parses decimal digits [start, end) into *out, refusing values above max. */
static int read_number(struct imw_build *b, size_t start, size_t end,
                       uint64_t max, const char *rule, uint64_t *out)
{
    const uint8_t *d = bytes(b);
    uint64_t v = 0;
    for (size_t i = start; i < end; i++) {
        uint64_t digit = (uint64_t)(d[i] - '0');
        if (v > (max - digit) / 10)
            return fail(b, IMW_ERR_NUMBER_RANGE, start, rule,
                        max == UINT32_MAX ? "number does not fit in 32 bits"
                                          : "mod-sequence does not fit in 63 bits");
        v = v * 10 + digit;
    }
    *out = v;
    return 0;
}

static int read_u32(struct imw_build *b, size_t start, size_t end,
                    const char *rule, uint32_t *out)
{
    uint64_t v = 0;
    int rc = read_number(b, start, end, UINT32_MAX, rule, &v);
    *out = (uint32_t)v;
    return rc;
}

/* ---- events ---------------------------------------------------------- */

#define ANY_END ((size_t)-1)

/* The event of `rule` that starts at `start` and ends at `end` (any end
 * with ANY_END). */
static const struct imw_event *find_event(const struct imw_build *b,
                                          uint16_t rule, size_t start,
                                          size_t end)
{
    const struct imw_run *run = b->run;
    for (size_t i = 0; i < run->nev; i++) {
        const struct imw_event *e = &run->ev[i];
        if (e->rule == rule && e->start == start &&
            (end == ANY_END || e->end == end))
            return e;
    }
    return NULL;
}

/* Counts, then visits in order, the events of `rule` inside [start, end). */
static size_t count_events(const struct imw_build *b, uint16_t rule,
                           size_t start, size_t end)
{
    size_t n = 0;
    for (size_t i = 0; i < b->run->nev; i++) {
        const struct imw_event *e = &b->run->ev[i];
        n += e->rule == rule && e->start >= start && e->end <= end;
    }
    return n;
}

static const struct imw_event *next_event(const struct imw_build *b,
                                          uint16_t rule, size_t start,
                                          size_t end, size_t *cursor)
{
    for (; *cursor < b->run->nev; (*cursor)++) {
        const struct imw_event *e = &b->run->ev[*cursor];
        if (e->rule == rule && e->start >= start && e->end <= end) {
            (*cursor)++;
            return e;
        }
    }
    return NULL;
}

static void *alloc_array(struct imw_build *b, size_t count, size_t size)
{
    if (count == 0)
        return NULL;
    void *p = imw_arena_alloc(b->arena, count * size);
    if (!p)
        fail(b, IMW_ERR_NOMEM, 0, "", "out of memory");
    return p;
}

/* ---- strings ----------------------------------------------------------- */

/* Value of an astring/string/nstring span: atom as is, quoted unescaped
 * (copied only when it holds escapes), literal data. */
static int decode_string(struct imw_build *b, size_t start, size_t end,
                         imw_bytes *out)
{
    const uint8_t *d = bytes(b);
    if (d[start] == '{') {
        const struct imw_literal_span *lit = imw_run_literal_at(b->run, start);
        if (!lit)
            return fail(b, IMW_ERR_SYNTAX, start, "literal",
                        "literal not found by the framer");
        *out = slice(b, lit->start, lit->start + lit->len);
        return 0;
    }
    if (d[start] != '"') {
        *out = slice(b, start, end);
        return 0;
    }
    const uint8_t *in = d + start + 1;
    size_t n = end - start - 2;
    if (!memchr(in, '\\', n)) {
        *out = (imw_bytes){ in, n };
        return 0;
    }
    uint8_t *copy = imw_arena_alloc(b->arena, n);
    if (!copy)
        return fail(b, IMW_ERR_NOMEM, start, "quoted", "out of memory");
    size_t len = 0;
    for (size_t i = 0; i < n; i++) {
        if (in[i] == '\\')
            i++; /* the grammar allows only \" and \\ */
        copy[len++] = in[i];
    }
    *out = (imw_bytes){ copy, len };
    return 0;
}

/* ---- lists ------------------------------------------------------------ */

static int build_flags(struct imw_build *b, uint16_t rule, size_t start,
                       size_t end, struct imw_flag_list *out)
{
    size_t n = count_events(b, rule, start, end), cursor = 0;
    struct imw_flag *items = alloc_array(b, n, sizeof *items);
    if (n && !items)
        return b->error;
    for (size_t i = 0; i < n; i++) {
        const struct imw_event *e = next_event(b, rule, start, end, &cursor);
        items[i].name = slice(b, e->start, e->end);
        items[i].kind = imw_classify_flag(items[i].name.ptr, items[i].name.len);
    }
    out->items = items;
    out->count = n;
    return 0;
}

static int build_capabilities(struct imw_build *b, size_t start, size_t end,
                              struct imw_capability_list *out)
{
    size_t n = count_events(b, IMW_RULE_CAPABILITY, start, end), cursor = 0;
    struct imw_capability *items = alloc_array(b, n, sizeof *items);
    int has_rev1 = 0;
    if (n && !items)
        return b->error;
    for (size_t i = 0; i < n; i++) {
        const struct imw_event *e =
            next_event(b, IMW_RULE_CAPABILITY, start, end, &cursor);
        size_t mech;
        items[i].name = slice(b, e->start, e->end);
        items[i].kind = imw_classify_capability(items[i].name.ptr,
                                                items[i].name.len, &mech);
        items[i].mechanism = slice(b, e->start + mech, e->end);
        has_rev1 |= items[i].kind == IMW_CAP_IMAP4REV1;
    }
    if (b->strict && !has_rev1)
        return fail(b, IMW_ERR_SYNTAX, start, "capability-data",
                    "capability list without IMAP4rev1 (strict mode)");
    out->items = items;
    out->count = n;
    return 0;
}

static int build_strings(struct imw_build *b, size_t start, size_t end,
                         struct imw_string_list *out)
{
    size_t n = count_events(b, IMW_RULE_ASTRING, start, end), cursor = 0;
    imw_bytes *items = alloc_array(b, n, sizeof *items);
    if (n && !items)
        return b->error;
    for (size_t i = 0; i < n; i++) {
        const struct imw_event *e =
            next_event(b, IMW_RULE_ASTRING, start, end, &cursor);
        if (decode_string(b, e->start, e->end, &items[i]) < 0)
            return b->error;
    }
    out->items = items;
    out->count = n;
    return 0;
}

/* seq-number: nz-number or "*" (IMW_SEQ_STAR). */
static int read_seq_number(struct imw_build *b, size_t start, size_t end,
                           uint32_t *out)
{
    if (bytes(b)[start] == '*') {
        *out = IMW_SEQ_STAR;
        return 0;
    }
    return read_u32(b, start, end, "seq-number", out);
}

static int build_seq_set(struct imw_build *b, size_t start, size_t end,
                         struct imw_seq_set *out)
{
    const uint8_t *d = bytes(b);
    size_t n = 1;
    for (size_t i = start; i < end; i++)
        n += d[i] == ',';
    struct imw_seq_range *ranges = alloc_array(b, n, sizeof *ranges);
    if (!ranges)
        return b->error;
    size_t at = start;
    for (size_t k = 0; k < n; k++) {
        size_t item_end = at;
        while (item_end < end && d[item_end] != ',')
            item_end++;
        const uint8_t *colon = memchr(d + at, ':', item_end - at);
        size_t first_end = colon ? (size_t)(colon - d) : item_end;
        if (read_seq_number(b, at, first_end, &ranges[k].first) < 0)
            return b->error;
        ranges[k].last = ranges[k].first;
        if (colon && read_seq_number(b, first_end + 1, item_end,
                                     &ranges[k].last) < 0)
            return b->error;
        at = item_end + 1;
    }
    out->ranges = ranges;
    out->count = n;
    return 0;
}

/* ---- response codes ------------------------------------------------------- */

/* The rule whose event proves that the typed form of a code matched. */
static uint16_t typed_code_rule(enum imw_code_kind kind)
{
    switch (kind) {
    case IMW_CODE_BADCHARSET:     return IMW_RULE_CODE_BADCHARSET;
    case IMW_CODE_CAPABILITY:     return IMW_RULE_CAPABILITY_DATA;
    case IMW_CODE_PERMANENTFLAGS: return IMW_RULE_CODE_PERMANENTFLAGS;
    case IMW_CODE_UIDNEXT:        return IMW_RULE_CODE_UIDNEXT;
    case IMW_CODE_UIDVALIDITY:    return IMW_RULE_CODE_UIDVALIDITY;
    case IMW_CODE_UNSEEN:         return IMW_RULE_CODE_UNSEEN;
    case IMW_CODE_HIGHESTMODSEQ:  return IMW_RULE_CODE_HIGHESTMODSEQ;
    case IMW_CODE_MODIFIED:       return IMW_RULE_CODE_MODIFIED;
    default:                      return IMW_RULE_NONE;
    }
}

/* Is the code [start, end) the typed form of `kind`? */
static int code_is_typed(const struct imw_build *b, enum imw_code_kind kind,
                         size_t name_end, size_t start, size_t end)
{
    if (kind == IMW_CODE_OTHER)
        return 0;
    uint16_t rule = typed_code_rule(kind);
    if (rule == IMW_RULE_NONE) /* codes without arguments */
        return name_end == end;
    return find_event(b, rule, start, end) != NULL;
}

static int build_code_args(struct imw_build *b, struct imw_resp_code *code,
                           size_t args, size_t end)
{
    uint64_t v = 0;
    switch (code->kind) {
    case IMW_CODE_BADCHARSET:
        return build_strings(b, args, end, &code->u.charsets);
    case IMW_CODE_CAPABILITY:
        return build_capabilities(b, args, end, &code->u.capabilities);
    case IMW_CODE_PERMANENTFLAGS:
        return build_flags(b, IMW_RULE_FLAG_PERM, args, end, &code->u.flags);
    case IMW_CODE_UIDNEXT:
    case IMW_CODE_UIDVALIDITY:
    case IMW_CODE_UNSEEN:
        return read_u32(b, args + 1, end, "nz-number", &code->u.number);
    case IMW_CODE_HIGHESTMODSEQ:
        if (read_number(b, args + 1, end, INT64_MAX, "mod-sequence-value", &v) < 0)
            return b->error;
        if (v == 0)
            return fail(b, IMW_ERR_NUMBER_RANGE, args + 1, "mod-sequence-value",
                        "mod-sequence must be at least 1");
        code->u.modseq = v;
        return 0;
    case IMW_CODE_MODIFIED:
        return build_seq_set(b, args + 1, end, &code->u.set);
    default:
        return 0;
    }
}

/* Code inside '[' ... ']' at [start, end). */
static int build_code(struct imw_build *b, size_t start, size_t end,
                      const struct imw_resp_code **out)
{
    struct imw_resp_code *code = imw_arena_alloc(b->arena, sizeof *code);
    if (!code)
        return fail(b, IMW_ERR_NOMEM, start, "resp-text-code", "out of memory");
    size_t name_end = word_end(b, start, end);
    code->name = slice(b, start, name_end);
    code->raw = slice(b, start, end);
    code->kind = imw_classify_code(code->name.ptr, code->name.len);
    if (!code_is_typed(b, code->kind, name_end, start, end))
        code->kind = IMW_CODE_OTHER;
    if (code->kind == IMW_CODE_OTHER)
        code->u.text = name_end < end ? slice(b, name_end + 1, end)
                                      : slice(b, end, end);
    else if (build_code_args(b, code, name_end, end) < 0)
        return b->error;
    *out = code;
    return 0;
}

/* ---- response text ------------------------------------------------------ */

/* resp-text occupying [start, end) (end = the line's CR).  The grammar lets
 * "[...]" be read as a code or as plain text; the code reading applies when
 * the code's ']' is followed by SP or the end of the line. */
static int build_resp_text(struct imw_build *b, size_t start, size_t end,
                           struct imw_resp_text *out)
{
    const uint8_t *d = bytes(b);
    out->code = NULL;
    out->text = slice(b, start, end);
    if (start < end && d[start] == '[') {
        const struct imw_event *e =
            find_event(b, IMW_RULE_RESP_TEXT_CODE, start + 1, ANY_END);
        size_t close = e ? e->end : 0;
        if (e && close < end && d[close] == ']' &&
            (close + 1 == end || d[close + 1] == ' ')) {
            if (build_code(b, e->start, e->end, &out->code) < 0)
                return b->error;
            size_t text = close + 1 < end ? close + 2 : end;
            out->text = slice(b, text, end);
            if (b->strict && close + 1 == end)
                return fail(b, IMW_ERR_SYNTAX, end, "resp-text",
                            "response code not followed by SP and text (strict mode)");
        }
    }
    if (b->strict && out->text.len == 0)
        return fail(b, IMW_ERR_SYNTAX, end, "text",
                    "empty response text (strict mode)");
    return 0;
}

/* Status word at `at` followed by optional SP resp-text. */
static int build_status(struct imw_build *b, size_t at,
                        struct imw_response *out, enum imw_keyword kw)
{
    static const enum imw_status by_kw[] = {
        [IMW_KW_OK] = IMW_STATUS_OK,   [IMW_KW_NO] = IMW_STATUS_NO,
        [IMW_KW_BAD] = IMW_STATUS_BAD, [IMW_KW_BYE] = IMW_STATUS_BYE,
        [IMW_KW_PREAUTH] = IMW_STATUS_PREAUTH,
    };
    size_t end = line_end(b);
    size_t word = word_end(b, at, end);
    out->u.status.status = by_kw[kw];
    if (word == end) {
        out->u.status.text.text = slice(b, end, end);
        if (b->strict)
            return fail(b, IMW_ERR_SYNTAX, end, "resp-text",
                        "status without SP and text (strict mode)");
        return 0;
    }
    return build_resp_text(b, word + 1, end, &out->u.status.text);
}

/* ---- whole responses ------------------------------------------------------ */

static int is_base64(const uint8_t *s, size_t n)
{
    if (n % 4)
        return 0;
    size_t pad = 0;
    while (pad < 2 && pad < n && s[n - 1 - pad] == '=')
        pad++;
    for (size_t i = 0; i < n - pad; i++) {
        uint8_t c = s[i];
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
              (c >= '0' && c <= '9') || c == '+' || c == '/'))
            return 0;
    }
    return 1;
}

static int build_continue(struct imw_build *b, struct imw_response *out)
{
    size_t end = line_end(b);
    out->kind = IMW_RESP_CONTINUE;
    out->name = slice(b, 0, 1);
    if (end == 1) { /* "+" CRLF */
        out->u.cont.is_base64 = 1;
        out->u.cont.base64 = slice(b, 1, 1);
        out->u.cont.text.text = slice(b, 1, 1);
        if (b->strict)
            return fail(b, IMW_ERR_SYNTAX, 1, "continue-req",
                        "continuation without SP (strict mode)");
        return 0;
    }
    out->u.cont.base64 = slice(b, 2, end);
    out->u.cont.is_base64 = is_base64(bytes(b) + 2, end - 2);
    int strict = b->strict;
    b->strict = strict && !out->u.cont.is_base64; /* base64 needs no text */
    int rc = build_resp_text(b, 2, end, &out->u.cont.text);
    b->strict = strict;
    return rc;
}

/* "* n KEYWORD": EXISTS, RECENT, EXPUNGE; FETCH and others stay raw. */
static int build_numbered(struct imw_build *b, struct imw_response *out)
{
    size_t end = line_end(b);
    size_t num_end = word_end(b, 2, end);
    size_t kw_end = word_end(b, num_end + 1, end);
    out->name = slice(b, num_end + 1, kw_end);
    switch (imw_classify_keyword(out->name.ptr, out->name.len)) {
    case IMW_KW_EXISTS:  out->kind = IMW_RESP_EXISTS;  break;
    case IMW_KW_RECENT:  out->kind = IMW_RESP_RECENT;  break;
    case IMW_KW_EXPUNGE: out->kind = IMW_RESP_EXPUNGE; break;
    default:             out->kind = IMW_RESP_OTHER;   return 0;
    }
    return read_u32(b, 2, num_end, "number", &out->u.number);
}

static int build_untagged(struct imw_build *b, struct imw_response *out)
{
    size_t end = line_end(b);
    const uint8_t *d = bytes(b);
    if (d[2] >= '0' && d[2] <= '9')
        return build_numbered(b, out);
    size_t kw_end = word_end(b, 2, end);
    out->name = slice(b, 2, kw_end);
    enum imw_keyword kw = imw_classify_keyword(out->name.ptr, out->name.len);
    switch (kw) {
    case IMW_KW_OK: case IMW_KW_NO: case IMW_KW_BAD: case IMW_KW_BYE:
    case IMW_KW_PREAUTH:
        out->kind = IMW_RESP_STATUS;
        if (kw == IMW_KW_PREAUTH ||
            (b->greeting_due && (kw == IMW_KW_OK || kw == IMW_KW_BYE)))
            out->kind = IMW_RESP_GREETING;
        return build_status(b, 2, out, kw);
    case IMW_KW_CAPABILITY:
        out->kind = IMW_RESP_CAPABILITY;
        return build_capabilities(b, kw_end, end, &out->u.capabilities);
    case IMW_KW_FLAGS:
        out->kind = IMW_RESP_FLAGS;
        return build_flags(b, IMW_RULE_FLAG, kw_end, end, &out->u.flags);
    default:
        out->kind = IMW_RESP_OTHER;
        return 0;
    }
}

static int build_tagged(struct imw_build *b, struct imw_response *out)
{
    size_t end = line_end(b);
    size_t tag_end = (size_t)((const uint8_t *)memchr(bytes(b), ' ', end) - bytes(b));
    size_t kw_end = word_end(b, tag_end + 1, end);
    out->tag = slice(b, 0, tag_end);
    out->name = slice(b, tag_end + 1, kw_end);
    out->kind = IMW_RESP_STATUS;
    return build_status(b, tag_end + 1, out,
                        imw_classify_keyword(out->name.ptr, out->name.len));
}

/* LENIENCY 8bit-text: octets above 0x7F outside literals. */
static int check_8bit(struct imw_build *b)
{
    const uint8_t *d = bytes(b);
    size_t lit = 0;
    for (size_t i = 0; i < b->run->len; i++) {
        if (lit < b->run->nlits && i == b->run->lits[lit].start) {
            i += b->run->lits[lit++].len;
            if (i >= b->run->len)
                break;
        }
        if (d[i] & 0x80)
            return fail(b, IMW_ERR_SYNTAX, i, "TEXT-CHAR",
                        "8-bit octet outside a literal (strict mode)");
    }
    return 0;
}

int imw_response_build(struct imw_build *b, struct imw_response *out)
{
    const uint8_t *d = bytes(b);
    memset(out, 0, sizeof *out);
    out->raw = slice(b, 0, b->run->len);
    out->tag = slice(b, 0, 0);
    b->error = 0;
    size_t lenient_at;
    const char *leniency;
    if (b->strict && imw_leniency_check(b->run, &lenient_at, &leniency))
        return fail(b, IMW_ERR_SYNTAX, lenient_at, leniency,
                    "named leniency (strict mode)");
    if (b->strict && check_8bit(b) < 0)
        return b->error;
    if (d[0] == '+')
        return build_continue(b, out);
    if (d[0] == '*')
        return build_untagged(b, out);
    return build_tagged(b, out);
}
