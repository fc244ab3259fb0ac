/* The status-response decoders' fast paths (src/response.c,
 * src/decode_status.c, src/decode.c): words read in place with one load
 * of eight or sixteen octets, and what must still take the plain
 * reading.  Each case puts the item at every distance from the message's
 * end around those widths (7/8/9 and 15/16/17 octets), at the very end,
 * in upper and lower case, and next to words that only begin like it. */
#include <check.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "suites.h"
#include "imapwire/imapwire.h"

/* The one response of `msg` (CRLF added), parsed without a greeting. */
struct parsed {
    imw_parser *p;
    const struct imw_response *r;
    char line[256];
};

static void parse_line(struct parsed *t, const char *msg)
{
    int n = snprintf(t->line, sizeof t->line, "%s\r\n", msg);
    ck_assert(n > 0 && (size_t)n < sizeof t->line);
    t->p = imw_parser_new(IMW_SIDE_CLIENT);
    ck_assert_ptr_nonnull(t->p);
    imw_parser_set_option(t->p, IMW_OPTION_EXPECT_GREETING, 0);
    ck_assert_int_eq(imw_parser_feed(t->p, t->line, (size_t)n), 0);
    ck_assert_msg(imw_parser_next(t->p, &t->r) == 1, "not parsed: %s", msg);
}

static void parsed_free(struct parsed *t)
{
    imw_parser_free(t->p);
}

static void assert_bytes(imw_bytes b, const char *want, const char *what,
                         const char *msg)
{
    ck_assert_msg(b.len == strlen(want) && memcmp(b.ptr, want, b.len) == 0,
                  "%s of \"%s\": \"%.*s\", not \"%s\"", what, msg, (int)b.len,
                  (const char *)b.ptr, want);
}

/* ---- the dispatch's keyword and tag (src/response.c) ------------------ */

/* Every tag length and text length around the widths read at once: the
 * tag is the octets before the first SP, the keyword after it. */
START_TEST(tag_and_keyword_at_every_length)
{
    static const char *const words[] = { "OK", "ok", "No", "BAD", "bad" };
    static const enum imw_status status[] = {
        IMW_STATUS_OK, IMW_STATUS_OK, IMW_STATUS_NO, IMW_STATUS_BAD,
        IMW_STATUS_BAD,
    };
    for (size_t w = 0; w < sizeof words / sizeof words[0]; w++)
        for (size_t tag_len = 1; tag_len <= 20; tag_len++)
            for (size_t text_len = 0; text_len <= 20; text_len++) {
                char tag[32], text[32], msg[96];
                memset(tag, 'a', tag_len);
                tag[tag_len] = '\0';
                tag[tag_len - 1] = (char)('0' + tag_len % 10);
                memset(text, 'x', text_len);
                text[text_len] = '\0';
                snprintf(msg, sizeof msg, "%s %s%s%s", tag, words[w],
                         text_len ? " " : "", text);
                struct parsed t;
                parse_line(&t, msg);
                ck_assert_int_eq(t.r->kind, IMW_RESP_STATUS);
                assert_bytes(t.r->tag, tag, "tag", msg);
                assert_bytes(t.r->name, words[w], "name", msg);
                ck_assert_int_eq(t.r->u.status.status, status[w]);
                assert_bytes(t.r->u.status.text.text, text, "text", msg);
                parsed_free(&t);
            }
}
END_TEST

/* The untagged words compared in place, at every text length (the
 * message shorter and longer than the eight octets loaded), any case. */
START_TEST(untagged_keyword_at_every_length)
{
    static const struct { const char *word; enum imw_status status; } words[] = {
        { "OK", IMW_STATUS_OK },   { "oK", IMW_STATUS_OK },
        { "NO", IMW_STATUS_NO },   { "no", IMW_STATUS_NO },
        { "BAD", IMW_STATUS_BAD }, { "Bad", IMW_STATUS_BAD },
        { "BYE", IMW_STATUS_BYE }, { "bye", IMW_STATUS_BYE },
    };
    for (size_t w = 0; w < sizeof words / sizeof words[0]; w++)
        for (size_t text_len = 0; text_len <= 20; text_len++) {
            char text[32], msg[64];
            memset(text, 'y', text_len);
            text[text_len] = '\0';
            snprintf(msg, sizeof msg, "* %s%s%s", words[w].word,
                     text_len ? " " : "", text);
            struct parsed t;
            parse_line(&t, msg);
            ck_assert_int_eq(t.r->kind, IMW_RESP_STATUS);
            ck_assert_uint_eq(t.r->tag.len, 0);
            assert_bytes(t.r->name, words[w].word, "name", msg);
            ck_assert_int_eq(t.r->u.status.status, words[w].status);
            assert_bytes(t.r->u.status.text.text, text, "text", msg);
            ck_assert_ptr_null(t.r->u.status.text.code);
            parsed_free(&t);
        }
}
END_TEST

START_TEST(flags_and_capability_keywords)
{
    static const struct { const char *msg, *name; enum imw_response_kind kind; size_t count; } cases[] = {
        { "* FLAGS ()", "FLAGS", IMW_RESP_FLAGS, 0 },
        { "* flags (\\Seen)", "flags", IMW_RESP_FLAGS, 1 },
        { "* Flags (\\Seen $Junk)", "Flags", IMW_RESP_FLAGS, 2 },
        { "* CAPABILITY IMAP4rev1", "CAPABILITY", IMW_RESP_CAPABILITY, 1 },
        { "* capability IMAP4rev1 IDLE", "capability", IMW_RESP_CAPABILITY, 2 },
        { "* CapaBility A", "CapaBility", IMW_RESP_CAPABILITY, 1 },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        struct parsed t;
        parse_line(&t, cases[i].msg);
        ck_assert_int_eq(t.r->kind, cases[i].kind);
        assert_bytes(t.r->name, cases[i].name, "name", cases[i].msg);
        size_t count = cases[i].kind == IMW_RESP_FLAGS
                           ? t.r->u.flags.count
                           : t.r->u.capabilities.count;
        ck_assert_uint_eq(count, cases[i].count);
        parsed_free(&t);
    }
}
END_TEST

/* The data words compared in place (LIST, LSUB, STATUS, SEARCH, SORT,
 * ESEARCH, ENABLED) in any case (a word that goes on after one of them,
 * such as LISTS, the grammar refuses), and the other words, some beginning with a letter of a word compared in
 * place, which are scanned and classified as before. */
START_TEST(other_keywords_are_scanned)
{
    static const struct { const char *msg, *name; enum imw_response_kind kind; } cases[] = {
        { "* BYE bye", "BYE", IMW_RESP_STATUS },
        { "* ENABLED IMAP4rev1", "ENABLED", IMW_RESP_ENABLED },
        { "* PREAUTH ready", "PREAUTH", IMW_RESP_GREETING },
        { "* NAMESPACE NIL NIL NIL", "NAMESPACE", IMW_RESP_NAMESPACE },
        { "* namespace NIL NIL NIL", "namespace", IMW_RESP_NAMESPACE },
        { "* ID NIL", "ID", IMW_RESP_ID },
        { "* LIST () \"/\" INBOX", "LIST", IMW_RESP_LIST },
        { "* STATUS INBOX (MESSAGES 1)", "STATUS", IMW_RESP_MAILBOX_STATUS },
        { "* SEARCH 1 2", "SEARCH", IMW_RESP_SEARCH },
        { "* SORT 1", "SORT", IMW_RESP_SORT },
        { "* list () \"/\" INBOX", "list", IMW_RESP_LIST },
        { "* LsUb () \"/\" INBOX", "LsUb", IMW_RESP_LSUB },
        { "* status INBOX (MESSAGES 1)", "status", IMW_RESP_MAILBOX_STATUS },
        { "* search", "search", IMW_RESP_SEARCH },
        { "* sOrT", "sOrT", IMW_RESP_SORT },
        { "* ESEARCH (TAG \"a\") UID", "ESEARCH", IMW_RESP_ESEARCH },
        { "* esearch", "esearch", IMW_RESP_ESEARCH },
        { "* Enabled CONDSTORE", "Enabled", IMW_RESP_ENABLED },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        struct parsed t;
        parse_line(&t, cases[i].msg);
        ck_assert_msg(t.r->kind == cases[i].kind, "kind of \"%s\": %d",
                      cases[i].msg, t.r->kind);
        assert_bytes(t.r->name, cases[i].name, "name", cases[i].msg);
        parsed_free(&t);
    }
}
END_TEST

/* ---- response codes (src/decode_status.c) ----------------------------- */

/* A code's name ends at its first SP or at the code's "]": every name
 * length around the sixteen octets compared at once, the code at every
 * offset of the line (the tag's length) and at the line's very end, with
 * and without arguments; a typed code with arguments it does not take
 * is OTHER, whose text is what follows the name and a SP. */
START_TEST(code_name_at_every_position)
{
    static const struct { const char *name; enum imw_code_kind kind; } names[] = {
        { "ALERT", IMW_CODE_ALERT },
        { "alert", IMW_CODE_ALERT },
        { "Read-Only", IMW_CODE_READ_ONLY },
        { "UIDNOTSTICKY", IMW_CODE_UIDNOTSTICKY },
        { "NOTIFICATIONOVERFLOW", IMW_CODE_NOTIFICATIONOVERFLOW },
        { "X", IMW_CODE_OTHER },
        { "X123456", IMW_CODE_OTHER },
        { "X1234567", IMW_CODE_OTHER },
        { "X12345678", IMW_CODE_OTHER },
        { "X1234567890ABCD", IMW_CODE_OTHER },
        { "X1234567890ABCDE", IMW_CODE_OTHER },
        { "X1234567890ABCDEF", IMW_CODE_OTHER },
        { "ALERTS", IMW_CODE_OTHER },
    };
    static const char *const args[] = { "", " a", " a b" };
    static const char *const texts[] = { "", "t", "a text of 17 octs" };
    for (size_t tag_len = 1; tag_len <= 18; tag_len++)
        for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
            for (size_t a = 0; a < sizeof args / sizeof args[0]; a++)
                for (size_t x = 0; x < sizeof texts / sizeof texts[0]; x++) {
                    char tag[32], msg[128];
                    memset(tag, 'T', tag_len);
                    tag[tag_len] = '\0';
                    snprintf(msg, sizeof msg, "%s NO [%s%s]%s%s", tag,
                             names[i].name, args[a], *texts[x] ? " " : "",
                             texts[x]);
                    struct parsed t;
                    parse_line(&t, msg);
                    const struct imw_resp_text *rt = &t.r->u.status.text;
                    ck_assert_ptr_nonnull(rt->code);
                    assert_bytes(rt->code->name, names[i].name, "code name",
                                 msg);
                    enum imw_code_kind kind = *args[a] ? IMW_CODE_OTHER
                                                       : names[i].kind;
                    ck_assert_msg(rt->code->kind == kind, "kind of %s: %d",
                                  msg, rt->code->kind);
                    if (kind == IMW_CODE_OTHER)
                        assert_bytes(rt->code->u.text,
                                     *args[a] ? args[a] + 1 : "", "code text",
                                     msg);
                    assert_bytes(rt->text, texts[x], "text", msg);
                    parsed_free(&t);
                }
}
END_TEST

/* ---- flag lists (src/decode.c) ------------------------------------------ */

/* What a flag is, read plainly: system flags by name in any case, "\*",
 * any other "\" word, and keywords. */
static enum imw_flag_kind plain_flag_kind(const char *f)
{
    static const struct { const char *name; enum imw_flag_kind kind; } sys[] = {
        { "\\answered", IMW_FLAG_ANSWERED }, { "\\flagged", IMW_FLAG_FLAGGED },
        { "\\deleted", IMW_FLAG_DELETED },   { "\\seen", IMW_FLAG_SEEN },
        { "\\draft", IMW_FLAG_DRAFT },       { "\\recent", IMW_FLAG_RECENT },
    };
    if (f[0] != '\\')
        return IMW_FLAG_KEYWORD;
    if (strcmp(f, "\\*") == 0)
        return IMW_FLAG_WILDCARD;
    for (size_t i = 0; i < sizeof sys / sizeof sys[0]; i++)
        if (strcasecmp(f, sys[i].name) == 0)
            return sys[i].kind;
    return IMW_FLAG_EXTENSION;
}

/* The flags of `got` are `want` (n of them), names as sent, kinds as
 * plain_flag_kind() reads them. */
static void assert_flags(const struct imw_flag_list *got,
                         const char *const *want, size_t n, const char *msg)
{
    ck_assert_msg(got->count == n, "%zu flags in \"%s\", not %zu", got->count,
                  msg, n);
    for (size_t i = 0; i < n; i++) {
        assert_bytes(got->items[i].name, want[i], "flag", msg);
        ck_assert_msg(got->items[i].kind == plain_flag_kind(want[i]),
                      "kind of %s in \"%s\": %d", want[i], msg,
                      got->items[i].kind);
    }
}

/* Each flag of `targets` in FLAGS, PERMANENTFLAGS and FETCH FLAGS lists,
 * after nothing, a flag or a lenient form (not in PERMANENTFLAGS, whose
 * typed form has none), and before nothing, a keyword of 1 to 18 octets
 * or a SP (space-before-paren), so that its word ends at every distance from the
 * message's end around the sixteen octets compared at once (7/8/9,
 * 15/16/17) and at the list's very end; PERMANENTFLAGS with texts of
 * three lengths after it.  "\*" is a flag in PERMANENTFLAGS only. */
START_TEST(flags_at_every_distance)
{
    static const char *const targets[] = {
        "\\Seen", "\\SEEN", "\\seEn", "\\Sean", "\\See", "\\Seenx",
        "\\Answered", "\\ANSWERED", "\\answereD", "\\Answerex", "\\Answered2",
        "\\Flagged", "\\FLAGGED", "\\Flaggee", "\\Deleted", "\\dElEtEd",
        "\\Deletee", "\\Draft", "\\DRAFT", "\\Drafu", "\\Recent", "\\recenT",
        "\\*", "\\X", "$Junk", "Seen", "NonJunk", "$Forwarded",
        "ThisKeywordIsLongerThanSixteen", "\\ExtensionFlagOfMore",
    };
    /* after the first two: lenient forms (double SP, a quoted flag, a word
     * holding "]"), which PERMANENTFLAGS' typed form does not take and
     * the last two of which are no flags */
    static const char *const pres[] = {
        "", "\\Seen ", "$Junk  ", "\"q t\" ", "[Gmail]x ",
    };
    static const char *const texts[] = { "", " t", " a text of 17 octs" };
    for (size_t i = 0; i < sizeof targets / sizeof targets[0]; i++)
        for (size_t pre = 0; pre < sizeof pres / sizeof pres[0]; pre++)
            for (size_t post = 0; post <= 19; post++) /* 19: a SP alone */
                for (int form = 0; form < 5; form++) {
                    char after[24] = "", list[96], msg[160];
                    const char *want[3];
                    size_t n = 0;
                    int perm = form >= 2;
                    if (perm && pre >= 2)
                        continue; /* not the typed code */
                    if (post == 19) {
                        if (perm)
                            continue; /* space-before-paren: lenient */
                        strcpy(after, " ");
                    } else if (post) {
                        after[0] = ' ';
                        memset(after + 1, 'k', post);
                        after[post] = (char)('0' + post % 10);
                        after[post + 1] = '\0';
                    }
                    snprintf(list, sizeof list, "(%s%s%s)", pres[pre],
                             targets[i], after);
                    if (form == 0)
                        snprintf(msg, sizeof msg, "* FLAGS %s", list);
                    else if (form == 1)
                        snprintf(msg, sizeof msg,
                                 "* 12 FETCH (FLAGS %s UID 7)", list);
                    else
                        snprintf(msg, sizeof msg,
                                 "* OK [PERMANENTFLAGS %s]%s", list,
                                 texts[form - 2]);
                    char first[8];
                    if (*pres[pre] && pre <= 2) {
                        size_t k = strcspn(pres[pre], " ");
                        memcpy(first, pres[pre], k);
                        first[k] = '\0';
                        want[n++] = first;
                    }
                    if (perm || strcmp(targets[i], "\\*") != 0)
                        want[n++] = targets[i];
                    if (post && post < 19)
                        want[n++] = after + 1;
                    struct parsed t;
                    parse_line(&t, msg);
                    const struct imw_flag_list *got;
                    if (form == 0) {
                        ck_assert_int_eq(t.r->kind, IMW_RESP_FLAGS);
                        got = &t.r->u.flags;
                    } else if (form == 1) {
                        ck_assert_int_eq(t.r->kind, IMW_RESP_FETCH);
                        got = &t.r->u.fetch->items[0].u.flags;
                    } else {
                        const struct imw_resp_code *c = t.r->u.status.text.code;
                        ck_assert_msg(c && c->kind == IMW_CODE_PERMANENTFLAGS,
                                      "no PERMANENTFLAGS in %s", msg);
                        got = &c->u.flags;
                    }
                    assert_flags(got, want, n, msg);
                    parsed_free(&t);
                }
}
END_TEST

/* ---- numbers (src/decode.c imw_dec_u32) --------------------------------- */

/* The value of the digits `n`, or UINT64_MAX past 2^32 - 1. */
static uint64_t plain_u32(const char *n)
{
    uint64_t v = 0;
    for (; *n; n++) {
        v = v * 10 + (uint64_t)(*n - '0');
        if (v > UINT32_MAX)
            return UINT64_MAX;
    }
    return v;
}

/* `msg` (CRLF added) parses to the value of `digits` (the code's number
 * when `typed_code`), or, past 2^32 - 1, fails with the range error at
 * offset `at` naming `rule`. */
static void check_number(const char *msg, const char *digits, size_t at,
                         const char *rule, int typed_code)
{
    char line[128];
    int len = snprintf(line, sizeof line, "%s\r\n", msg);
    ck_assert(len > 0 && (size_t)len < sizeof line);
    imw_parser *p = imw_parser_new(IMW_SIDE_CLIENT);
    imw_parser_set_option(p, IMW_OPTION_EXPECT_GREETING, 0);
    ck_assert_int_eq(imw_parser_feed(p, line, (size_t)len), 0);
    const struct imw_response *r = NULL;
    int rc = imw_parser_next(p, &r);
    uint64_t want = plain_u32(digits);
    if (want == UINT64_MAX) {
        ck_assert_msg(rc == IMW_ERR_NUMBER_RANGE, "%s: %d", msg, rc);
        ck_assert_uint_eq(imw_parser_error(p)->offset, at);
        ck_assert_str_eq(imw_parser_error(p)->rule, rule);
        ck_assert_str_eq(imw_parser_error(p)->reason,
                         "number does not fit in 32 bits");
    } else {
        ck_assert_msg(rc == 1, "%s: %d", msg, rc);
        uint32_t got = typed_code ? r->u.status.text.code->u.number
                                  : r->u.number;
        ck_assert_msg(got == want, "%s: %u", msg, got);
    }
    imw_parser_free(p);
}

/* Numbers of every length from 1 to 20 digits, at and past 2^32 - 1,
 * with leading zeros where the rule allows them (number; nz-number has
 * none), as UIDVALIDITY and UIDNEXT codes and as "* n EXISTS", whose
 * numbers of ten digits or more take imw_dec_u32(). */
START_TEST(numbers_at_every_length)
{
    static const char *const fixed[] = {
        "4294967295", "4294967296", "4294967294", "9999999999", "1000000000",
        "4300000000", "5000000000", "0000000001", "0004294967", "0429496729",
        "04294967295", "04294967296", "00000000004294967295", "1",
    };
    uint32_t x = 2463534242u;
    for (size_t len = 1; len <= 20; len++)
        for (int pattern = 0; pattern < 8 + (int)(sizeof fixed / sizeof fixed[0]);
             pattern++) {
            char digits[24];
            if (pattern >= 8) {
                const char *f = fixed[pattern - 8];
                if (strlen(f) != len)
                    continue;
                strcpy(digits, f);
            } else {
                for (size_t i = 0; i < len; i++) {
                    x ^= x << 13, x ^= x >> 17, x ^= x << 5;
                    char c = (char)('0' + x % 10);
                    if (pattern == 0)
                        c = '9';
                    else if (pattern == 1)
                        c = i ? '0' : '1';
                    else if (pattern == 2)
                        c = i + 1 < len ? '0' : '7'; /* leading zeros */
                    digits[i] = c;
                }
                digits[len] = '\0';
            }
            char msg[96];
            snprintf(msg, sizeof msg, "* %s EXISTS", digits);
            check_number(msg, digits, 2, "number", 0);
            if (digits[0] == '0')
                continue;
            static const char *const texts[] = { "", " v", " UIDs valid" };
            for (size_t k = 0; k < 3; k++) {
                snprintf(msg, sizeof msg, "* OK [UIDVALIDITY %s]%s", digits,
                         texts[k]);
                check_number(msg, digits, 18, "nz-number", 1);
                snprintf(msg, sizeof msg, "tag9 OK [UIDNEXT %s]%s", digits,
                         texts[k]);
                check_number(msg, digits, 17, "nz-number", 1);
            }
        }
}
END_TEST

Suite *imw_status_decode_suite(void)
{
    Suite *s = suite_create("status_decode");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, tag_and_keyword_at_every_length);
    tcase_add_test(tc, untagged_keyword_at_every_length);
    tcase_add_test(tc, flags_and_capability_keywords);
    tcase_add_test(tc, other_keywords_are_scanned);
    tcase_add_test(tc, code_name_at_every_position);
    tcase_add_test(tc, flags_at_every_distance);
    tcase_add_test(tc, numbers_at_every_length);
    suite_add_tcase(s, tc);
    return s;
}
