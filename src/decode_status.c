/* Status responses, response text and codes, continuation requests. */
#include <string.h>
#include "decode.h"
#include "keywords.h"
#include "imapwire/extensions.h"

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
    case IMW_CODE_APPENDUID:      return IMW_RULE_RESP_CODE_APND;
    case IMW_CODE_COPYUID:        return IMW_RULE_RESP_CODE_COPY;
    case IMW_CODE_METADATA:       return IMW_RULE_CODE_METADATA;
    case IMW_CODE_MAILBOXID:      return IMW_RULE_CODE_MAILBOXID;
    default:                      return IMW_RULE_NONE;
    }
}

/* Whether the typed form's rule, name-only (grammar/bindings), spanned
 * [start, end): it was last entered at `start` and last left at `end`
 * (a message holds one code, and the rule is entered only at its start). */
static int name_spans(const struct imw_decoder *d, uint16_t rule,
                      size_t start, size_t end)
{
    size_t entered;
    return imw_run_closed_at(d->run, rule, end) &&
           imw_run_entered_last(d->run, rule, &entered) && entered == start;
}

/* The typed forms whose rules are name-only: their arguments are read
 * from the bytes (PERMANENTFLAGS' list from the code's span). */
static int proven_by_positions(enum imw_code_kind kind)
{
    switch (kind) {
    case IMW_CODE_CAPABILITY:
    case IMW_CODE_PERMANENTFLAGS:
    case IMW_CODE_UIDNEXT:
    case IMW_CODE_UIDVALIDITY:
    case IMW_CODE_UNSEEN:
    case IMW_CODE_HIGHESTMODSEQ:
    case IMW_CODE_MODIFIED:
    case IMW_CODE_APPENDUID:
    case IMW_CODE_COPYUID:
        return 1;
    default:
        return 0;
    }
}

/* The node of the typed form of `kind` spanning the whole code `n`, which
 * is [start, end) (`n` itself for a name-only form), or IMW_NO_EVENT (the
 * generic atom form matched, or the code has no arguments: then *bare
 * says whether the name is the whole code). */
static imw_node typed_form(const struct imw_decoder *d, imw_node n,
                           enum imw_code_kind kind, size_t start,
                           size_t name_end, size_t end, int *bare)
{
    *bare = 0;
    if (kind == IMW_CODE_OTHER)
        return IMW_NO_EVENT;
    uint16_t rule = typed_code_rule(kind);
    if (rule == IMW_RULE_NONE) {
        *bare = name_end == end;
        return IMW_NO_EVENT;
    }
    if (proven_by_positions(kind))
        return name_spans(d, rule, start, end) ? n : IMW_NO_EVENT;
    imw_node t = imw_dec_find(d, n, rule, start);
    if (t != IMW_NO_EVENT && imw_dec_ev(d, t)->end == end)
        return t;
    return IMW_NO_EVENT;
}

/* APPENDUID nz-number SP append-uid (RFC 4315; a set after MULTIAPPEND) */
static int code_appenduid(struct imw_decoder *d, struct imw_resp_code *code,
                          size_t args, size_t end)
{
    struct imw_code_appenduid *a = imw_dec_alloc(d, 1, sizeof *a);
    size_t v = args + 1, v_end = imw_dec_word_end(d, v, end);
    if (!a || imw_dec_u32(d, v, v_end, "nz-number", &a->uidvalidity) < 0 ||
        imw_dec_seq_set(d, v_end + 1, end, &a->uids) < 0)
        return d->error;
    if (a->uidvalidity == 0)
        return imw_dec_fail(d, IMW_ERR_NUMBER_RANGE, v, "nz-number",
                            "UIDVALIDITY must be at least 1");
    code->u.appenduid = a;
    return 0;
}

/* COPYUID nz-number SP uid-set SP uid-set */
static int code_copyuid(struct imw_decoder *d, struct imw_resp_code *code,
                        size_t args, size_t end)
{
    struct imw_code_copyuid *c = imw_dec_alloc(d, 1, sizeof *c);
    size_t v = args + 1, v_end = imw_dec_word_end(d, v, end);
    size_t src_end = imw_dec_word_end(d, v_end + 1, end);
    if (!c || imw_dec_u32(d, v, v_end, "nz-number", &c->uidvalidity) < 0 ||
        imw_dec_seq_set(d, v_end + 1, src_end, &c->source) < 0 ||
        imw_dec_seq_set(d, src_end + 1, end, &c->dest) < 0)
        return d->error;
    if (c->uidvalidity == 0)
        return imw_dec_fail(d, IMW_ERR_NUMBER_RANGE, v, "nz-number",
                            "UIDVALIDITY must be at least 1");
    code->u.copyuid = c;
    return 0;
}

/* METADATA SP (LONGENTRIES SP number / MAXSIZE SP number / TOOMANY /
 * NOPRIVATE) (RFC 5464) */
static int code_metadata(struct imw_decoder *d, struct imw_resp_code *code,
                         size_t args, size_t end)
{
    static const struct { const char *word; enum imw_metadata_code_kind kind; }
    words[] = {
        { "LONGENTRIES", IMW_METADATA_CODE_LONGENTRIES },
        { "MAXSIZE", IMW_METADATA_CODE_MAXSIZE },
        { "TOOMANY", IMW_METADATA_CODE_TOOMANY },
        { "NOPRIVATE", IMW_METADATA_CODE_NOPRIVATE },
    };
    struct imw_code_metadata *m = imw_dec_alloc(d, 1, sizeof *m);
    if (!m)
        return d->error;
    size_t w = args + 1, w_end = imw_dec_word_end(d, w, end);
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        if (imw_dec_word_is(imw_dec_slice(d, w, w_end), words[i].word))
            m->kind = words[i].kind;
    if ((m->kind == IMW_METADATA_CODE_LONGENTRIES ||
         m->kind == IMW_METADATA_CODE_MAXSIZE) &&
        imw_dec_u32(d, w_end + 1, end, "number", &m->number) < 0)
        return d->error;
    code->u.metadata = m;
    return 0;
}

static int code_args(struct imw_decoder *d, struct imw_resp_code *code,
                     imw_node typed, size_t args, size_t end)
{
    switch (code->kind) {
    case IMW_CODE_BADCHARSET:
        /* the charsets' list, when there is one, follows the SP */
        return args < end ? imw_dec_astring_list(d, args + 1, end,
                                                 "code-badcharset",
                                                 &code->u.charsets)
                          : 0;
    case IMW_CODE_CAPABILITY:
        return imw_dec_capabilities(d, args, imw_dec_ev(d, typed)->end, args,
                                    &code->u.capabilities);
    case IMW_CODE_PERMANENTFLAGS:
        /* code-permanentflags puts the list's "(" right after the name's
         * SP: no search for it (imw_dec_flags()'s memchr() found it there) */
        if (args + 1 < end && imw_dec_bytes(d)[args + 1] == '(')
            return imw_dec_flags_at(d, args + 1, end, IMW_RULE_FLAG_PERM,
                                    &code->u.flags);
        return imw_dec_flags(d, typed, IMW_RULE_FLAG_PERM, &code->u.flags);
    case IMW_CODE_UIDNEXT:
    case IMW_CODE_UIDVALIDITY:
    case IMW_CODE_UNSEEN:
        return imw_dec_u32(d, args + 1, end, "nz-number", &code->u.number);
    case IMW_CODE_HIGHESTMODSEQ:
        return imw_dec_modseq(d, args + 1, end, &code->u.modseq);
    case IMW_CODE_MODIFIED:
        return imw_dec_seq_set(d, args + 1, end, &code->u.set);
    case IMW_CODE_APPENDUID:
        return code_appenduid(d, code, args, end);
    case IMW_CODE_COPYUID:
        return code_copyuid(d, code, args, end);
    case IMW_CODE_METADATA:
        return code_metadata(d, code, args, end);
    case IMW_CODE_MAILBOXID: /* "(" objectid ")" */
        code->u.text = imw_dec_slice(d, args + 2, end - 1);
        return 0;
    default:
        return 0;
    }
}

/* A code's name is an atom, which may hold '[' (the generic
 * `atom [SP text]`: "X-BODY[1]" is one name), so it ends at the first SP
 * only; the typed codes are all followed by SP or by the code's end.
 * Names are short and the line goes on after the code: one compare of
 * sixteen octets (imw_dec_short_space()). */
static size_t code_name_end(const struct imw_decoder *d, size_t at,
                            size_t limit)
{
    return imw_dec_short_space(d, at, limit);
}

/* The code of resp-text-code node `n`.  Its span and the message's bytes
 * are read once into locals: the stores into the code could alias them. */
static int decode_code(struct imw_decoder *d, imw_node n,
                       const struct imw_resp_code **out)
{
    const uint8_t *s = imw_dec_bytes(d);
    const struct imw_event *e = imw_dec_ev(d, n);
    const size_t start = e->start, end = e->end;
    /* every field is set below: no clearing of the whole code */
    struct imw_resp_code *code = imw_arena_take(d->arena, sizeof *code);
    if (!code)
        return imw_dec_fail(d, IMW_ERR_NOMEM, start, "resp-text-code",
                            "out of memory");
    memset(&code->u, 0, sizeof code->u);
    code->generic = (struct imw_generic){ { NULL, 0 }, NULL, 0, { NULL, 0 } };
    size_t name_end = code_name_end(d, start, end);
    code->name = (imw_bytes){ s + start, name_end - start };
    code->raw = (imw_bytes){ s + start, end - start };
    enum imw_code_kind kind = imw_classify_code(s + start, name_end - start);
    int bare;
    imw_node typed = typed_form(d, n, kind, start, name_end, end, &bare);
    if (typed == IMW_NO_EVENT && !bare)
        kind = IMW_CODE_OTHER;
    code->kind = kind;
    int rc;
    if (kind == IMW_CODE_OTHER) {
        size_t text = name_end < end ? name_end + 1 : end;
        code->u.text = (imw_bytes){ s + text, end - text };
        rc = imw_dec_generic(d, start, name_end, end, &code->generic);
    } else {
        rc = code_args(d, code, typed, name_end, end);
    }
    if (rc < 0)
        return d->error;
    *out = code;
    return 0;
}

/* ---- response text ------------------------------------------------------ */

/* A code's ']' is followed by SP or the line's end. */
static int code_confirmed(const uint8_t *s, size_t close, size_t end)
{
    return close < end && s[close] == ']' &&
           (close + 1 == end || s[close + 1] == ' ');
}

/* The grammar lets "[...]" be read as a code or as plain text, and a code
 * such as BADCHARSET (a]b) holds a ']' of its own, so that a dead
 * alternative (the generic code "BADCHARSET (a") also left an event.  The
 * code reading that the rest of the line confirms wins: its ']' is followed
 * by SP or the line end.  Of several such readings the longest (the last
 * recorded) wins, because the typed forms are the longer ones. */
static imw_node confirmed_code(const struct imw_decoder *d, imw_node parent,
                               size_t start, size_t end)
{
    const uint8_t *s = imw_dec_bytes(d);
    imw_node best = IMW_NO_EVENT;
    IMW_FOR_CHILDREN(d, parent, c) {
        const struct imw_event *e = imw_dec_ev(d, c);
        if (e->start > start || e->end <= start)
            continue; /* neither the code nor around it */
        if (e->rule == IMW_RULE_RESP_TEXT_CODE && e->start == start) {
            if (code_confirmed(s, e->end, end))
                best = c;
            continue;
        }
        /* a node around the code (the message, a text read from '[') */
        imw_node inner = confirmed_code(d, c, start, end);
        if (inner != IMW_NO_EVENT)
            best = inner;
    }
    return best;
}

/* confirmed_code() from the top level, where the common message has one
 * event, the code itself (nothing else read "[" as text). */
static imw_node top_code(const struct imw_decoder *d, size_t start, size_t end)
{
    imw_node root = d->run->root;
    if (root != IMW_NO_EVENT) {
        const struct imw_event *e = imw_dec_ev(d, root);
        if (e->next == IMW_NO_EVENT && e->rule == IMW_RULE_RESP_TEXT_CODE &&
            e->start == start && code_confirmed(imw_dec_bytes(d), e->end, end))
            return root;
    }
    return confirmed_code(d, IMW_NO_EVENT, start, end);
}

int imw_dec_resp_text(struct imw_decoder *d, size_t start, size_t end,
                      struct imw_resp_text *out)
{
    const uint8_t *s = imw_dec_bytes(d);
    out->code = NULL;
    out->text = imw_dec_slice(d, start, end);
    if (start < end && s[start] == '[') {
        imw_node n = top_code(d, start + 1, end);
        if (n != IMW_NO_EVENT) {
            size_t close = imw_dec_ev(d, n)->end;
            if (decode_code(d, n, &out->code) < 0)
                return d->error;
            size_t text = close + 1 < end ? close + 2 : end;
            out->text = imw_dec_slice(d, text, end);
            if (d->strict && close + 1 == end)
                return imw_dec_fail(d, IMW_ERR_SYNTAX, end, "resp-text",
                                    "response code not followed by SP and text (strict mode)");
        }
    }
    if (d->strict && out->text.len == 0)
        return imw_dec_fail(d, IMW_ERR_SYNTAX, end, "text",
                            "empty response text (strict mode)");
    return 0;
}

int imw_dec_status(struct imw_decoder *d, size_t at, enum imw_keyword kw,
                   struct imw_response *out)
{
    static const enum imw_status by_kw[] = {
        [IMW_KW_OK] = IMW_STATUS_OK,   [IMW_KW_NO] = IMW_STATUS_NO,
        [IMW_KW_BAD] = IMW_STATUS_BAD, [IMW_KW_BYE] = IMW_STATUS_BYE,
        [IMW_KW_PREAUTH] = IMW_STATUS_PREAUTH,
    };
    size_t end = imw_dec_line_end(d);
    size_t word = at + out->name.len;
    out->u.status.status = by_kw[kw];
    if (word == end) {
        out->u.status.text.code = NULL;
        out->u.status.text.text = imw_dec_slice(d, end, end);
        if (d->strict)
            return imw_dec_fail(d, IMW_ERR_SYNTAX, end, "resp-text",
                                "status without SP and text (strict mode)");
        return 0;
    }
    return imw_dec_resp_text(d, word + 1, end, &out->u.status.text);
}

/* ---- continuation requests --------------------------------------------- */

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

int imw_dec_continue(struct imw_decoder *d, struct imw_response *out)
{
    size_t end = imw_dec_line_end(d);
    out->kind = IMW_RESP_CONTINUE;
    out->name = imw_dec_slice(d, 0, 1);
    if (end == 1) { /* "+" CRLF */
        out->u.cont.is_base64 = 1;
        out->u.cont.base64 = imw_dec_slice(d, 1, 1);
        out->u.cont.text.text = imw_dec_slice(d, 1, 1);
        if (d->strict)
            return imw_dec_fail(d, IMW_ERR_SYNTAX, 1, "continue-req",
                                "continuation without SP (strict mode)");
        return 0;
    }
    out->u.cont.base64 = imw_dec_slice(d, 2, end);
    out->u.cont.is_base64 = is_base64(imw_dec_bytes(d) + 2, end - 2);
    int strict = d->strict;
    d->strict = strict && !out->u.cont.is_base64; /* base64 needs no text */
    int rc = imw_dec_resp_text(d, 2, end, &out->u.cont.text);
    d->strict = strict;
    return rc;
}
