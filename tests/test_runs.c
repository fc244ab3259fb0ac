/* Run skips in the library's own machines (doc/ARCHITECTURE.md, "Run
 * skips"): a machine that jumps over a run of text, quoted-string or
 * atom octets must stop on exactly the octet where the octet-by-octet machine
 * stopped, at every position and length of the run -- the errors' offsets
 * below -- and must read what follows as before (the next message, the
 * decoded string).  tests/test_skip.sh proves the jump itself on a toy
 * machine. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "suites.h"
#include "test_util.h"

/* prefix + run of n octets ('a'.., with `bad` at k when k < n) + suffix,
 * then a good message; returns the parse rendering (malloc'd). */
static char *parse_run(const char *prefix, size_t n, size_t k, int bad,
                       const char *suffix, int strict)
{
    char buf[512];
    size_t len = strlen(prefix);
    memcpy(buf, prefix, len);
    for (size_t i = 0; i < n; i++)
        buf[len++] = i == k ? (char)bad : (char)('a' + i % 26);
    len += (size_t)sprintf(buf + len, "%s\r\n* OK next\r\n", suffix);
    struct imw_test_opts opts = { .strict = strict, .no_greeting = 1 };
    return imw_test_parse(buf, len, opts);
}

/* The first line names an error at `offset`; the next message parses. */
static void expect_error_at(char *out, size_t offset)
{
    char want[32];
    snprintf(want, sizeof want, "E offset=%zu ", offset);
    ck_assert_msg(strncmp(out, want, strlen(want)) == 0,
                  "want %s...; got:\n%s", want, out);
    ck_assert_msg(strstr(out, "\nR ") != NULL, "the next message:\n%s", out);
    free(out);
}

static void expect_no_error(char *out)
{
    ck_assert_msg(strstr(out, "E offset=") == NULL, "got:\n%s", out);
    free(out);
}

/* Octets a text or quoted run stops at, at each position of runs of
 * 1..40 octets (the skip reads four at a time: every remainder). */
static void each_position(const char *prefix, const char *suffix,
                          const int *bad, size_t nbad)
{
    size_t at = strlen(prefix);
    for (size_t n = 1; n <= 40; n++)
        for (size_t k = 0; k < n; k++)
            for (size_t b = 0; b < nbad; b++)
                expect_error_at(parse_run(prefix, n, k, bad[b], suffix, 0),
                                at + k);
}

START_TEST(text_stops_where_it_did)
{
    static const int nul[] = { 0 };
    each_position("* OK ", "", nul, 1);
    each_position("* OK [ALERT] ", "", nul, 1);
    each_position("a1 NO ", "", nul, 1);
    for (size_t n = 1; n <= 40; n++)
        expect_no_error(parse_run("* OK ", n, n, 0, "", 0));
}
END_TEST

START_TEST(quoted_stops_where_it_did)
{
    /* NUL and a bare CR are no QUOTED-CHAR */
    static const int bad[] = { 0, '\r' };
    each_position("* LIST () \"/\" \"", "\"", bad, 2);
    each_position("* 1 FETCH (ENVELOPE (\"", "\" NIL NIL NIL NIL NIL NIL NIL "
                  "NIL NIL))", bad, 2);
    each_position("* 1 FETCH (BODY (\"TEXT\" \"PLAIN\" (\"CHARSET\" \"",
                  "\") NIL NIL \"7BIT\" 1 1))", bad, 2);
}
END_TEST

START_TEST(atoms_stop_where_they_did)
{
    /* controls and DEL are no ATOM-CHAR (nor ASTRING-CHAR) */
    static const int bad[] = { 0x01, 0x7F, '%' };
    each_position("* LIST () \"/\" ", "", bad, 2);
    each_position("* FLAGS (\\Seen ", ")", bad, 3);
    each_position("* CAPABILITY IMAP4rev1 ", "", bad, 3);
}
END_TEST

/* An escape anywhere in the run: the machine skips up to it, takes the
 * escape octet by octet and skips on; the name decodes whole. */
START_TEST(quoted_escapes_anywhere)
{
    for (size_t n = 1; n <= 40; n++)
        for (size_t k = 0; k < n; k++) {
            char name[64], line[128], want[96];
            size_t len = 0;
            for (size_t i = 0; i < n; i++) {
                if (i == k)
                    name[len++] = '\\';
                name[len++] = i == k ? '"' : (char)('a' + i % 26);
            }
            name[len] = '\0';
            snprintf(line, sizeof line, "* LIST () \"/\" \"%s\"\r\n", name);
            char *out = imw_test_json(line, strlen(line), 0);
            /* the decoded name as a JSON string: the same octets, as
             * the quote is escaped in JSON too */
            snprintf(want, sizeof want, "\"%s\"", name);
            ck_assert_msg(strstr(out, want) != NULL && !strstr(out, "E "),
                          "%s: want %s in:\n%s", line, want, out);
            free(out);
        }
}
END_TEST

/* Strict mode still refuses 8-bit text wherever it starts. */
START_TEST(strict_8bit_text)
{
    for (size_t n = 1; n <= 20; n++)
        for (size_t k = 0; k < n; k++) {
            char *loose = parse_run("* OK ", n, k, 0xC3, "", 0);
            expect_no_error(loose);
            char *out = parse_run("* OK ", n, k, 0xC3, "", 1);
            ck_assert_msg(strncmp(out, "E offset=", 9) == 0, "%s", out);
            free(out);
        }
}
END_TEST

/* A parser (no greeting expected) that took `line` and the response it
 * made of it. */
static imw_parser *parse_first(const char *line, size_t len,
                               const struct imw_response **r)
{
    imw_parser *p = imw_parser_new(IMW_SIDE_CLIENT);
    ck_assert_ptr_nonnull(p);
    imw_parser_set_option(p, IMW_OPTION_EXPECT_GREETING, 0);
    ck_assert_int_eq(imw_parser_feed(p, line, len), 0);
    ck_assert_msg(imw_parser_next(p, r) == 1, "%s: no response", line);
    return p;
}

/* The capabilities are read from the bytes sixteen at a time, the last
 * round read back from the list's end: lists of one to five words of
 * 1..21 octets each (every word boundary at every place in a round, and
 * lines shorter than a round), in a response and in a code, each word
 * read whole and none more. */
static void expect_capabilities(const char *prefix, const char *suffix,
                                const size_t *lengths, size_t n)
{
    char line[256], words[5][32];
    size_t len = (size_t)snprintf(line, sizeof line, "%sIMAP4rev1", prefix);
    for (size_t w = 0; w < n; w++) {
        for (size_t i = 0; i < lengths[w]; i++)
            words[w][i] = (char)('A' + (w * 7 + i) % 26);
        words[w][lengths[w]] = '\0';
        len += (size_t)snprintf(line + len, sizeof line - len, " %s",
                                words[w]);
    }
    len += (size_t)snprintf(line + len, sizeof line - len, "%s\r\n", suffix);
    const struct imw_response *r;
    imw_parser *p = parse_first(line, len, &r);
    const struct imw_capability_list *caps =
        r->kind == IMW_RESP_CAPABILITY ? &r->u.capabilities
                                       : &r->u.status.text.code->u.capabilities;
    ck_assert_msg(caps->count == n + 1, "%s: %zu capabilities", line,
                  caps->count);
    ck_assert_int_eq(caps->items[0].kind, IMW_CAP_IMAP4REV1);
    for (size_t w = 0; w < n; w++)
        ck_assert_msg(caps->items[w + 1].name.len == lengths[w] &&
                          memcmp(caps->items[w + 1].name.ptr, words[w],
                                 lengths[w]) == 0,
                      "%s: word %zu", line, w);
    imw_parser_free(p);
}

START_TEST(capabilities_read_whole)
{
    size_t lengths[5];
    for (size_t n = 0; n <= 5; n++)
        for (size_t first = 1; first <= 21; first++)
            for (size_t rest = 1; rest <= 21; rest += 4) {
                for (size_t w = 0; w < n; w++)
                    lengths[w] = w == 0 ? first : rest + w;
                expect_capabilities("* CAPABILITY ", "", lengths, n);
                expect_capabilities("* OK [CAPABILITY ", "] Ready", lengths, n);
            }
}
END_TEST

/* Long capability lists: the SPs are counted sixteen octets a round,
 * each lane summed before 255 rounds could wrap it (4,080 octets), the
 * last round masked; lists of 1 to 2,000 words of 1 to 13 octets, and
 * 2,100 one-octet words (an SP in every other lane of every round, 4,200
 * octets), each word read whole and none more. */
static size_t word_length(size_t count, size_t w)
{
    return count == 2100 ? 1 : 1 + (w * 5) % 13;
}

START_TEST(capabilities_long_lists)
{
    static const size_t counts[] = { 1, 3, 100, 254, 255, 256, 700, 1019,
                                     1020, 1021, 2000, 2100 };
    for (size_t c = 0; c < sizeof counts / sizeof *counts; c++) {
        size_t cap = 32 + counts[c] * 16, len;
        char *line = malloc(cap);
        ck_assert_ptr_nonnull(line);
        len = (size_t)sprintf(line, "* CAPABILITY IMAP4rev1");
        for (size_t w = 0; w < counts[c]; w++) {
            line[len++] = ' ';
            for (size_t i = 0; i < word_length(counts[c], w); i++)
                line[len++] = (char)('A' + (w + i) % 26);
        }
        len += (size_t)sprintf(line + len, "\r\n");
        const struct imw_response *r;
        imw_parser *p = parse_first(line, len, &r);
        ck_assert_uint_eq(r->u.capabilities.count, counts[c] + 1);
        for (size_t w = 0; w < counts[c]; w++) /* no ck_assert per word */
            if (r->u.capabilities.items[w + 1].name.len !=
                word_length(counts[c], w))
                ck_abort_msg("%zu words: word %zu is %zu octets", counts[c],
                             w, r->u.capabilities.items[w + 1].name.len);
        imw_parser_free(p);
        free(line);
    }
}
END_TEST

/* Flags are read the same way (a word's first sixteen octets in one
 * compare, read back from the message's end near it): lists of one to
 * four keywords of 1..21 octets in FLAGS and in PERMANENTFLAGS, each read
 * whole; a word holding "]" (lenient-flag-bracket, FLAGS only: in a
 * code it would end the code) is still no flag. */
static void expect_flags(const char *prefix, const char *suffix,
                         const size_t *lengths, size_t n, int bracket_at)
{
    char line[256], words[4][32];
    size_t len = (size_t)snprintf(line, sizeof line, "%s(", prefix);
    for (size_t w = 0; w < n; w++) {
        for (size_t i = 0; i < lengths[w]; i++)
            words[w][i] = (char)('a' + (w * 5 + i) % 26);
        if ((int)w == bracket_at)
            words[w][lengths[w] - 1] = ']';
        words[w][lengths[w]] = '\0';
        len += (size_t)snprintf(line + len, sizeof line - len, "%s%s",
                                w ? " " : "", words[w]);
    }
    len += (size_t)snprintf(line + len, sizeof line - len, ")%s\r\n",
                            suffix);
    const struct imw_response *r;
    imw_parser *p = parse_first(line, len, &r);
    const struct imw_flag_list *flags =
        r->kind == IMW_RESP_FLAGS ? &r->u.flags
                                  : &r->u.status.text.code->u.flags;
    size_t want = n - (bracket_at >= 0), i = 0;
    ck_assert_msg(flags->count == want, "%s: %zu flags", line, flags->count);
    for (size_t w = 0; w < n; w++) {
        if ((int)w == bracket_at)
            continue;
        ck_assert_msg(flags->items[i].name.len == lengths[w] &&
                          memcmp(flags->items[i].name.ptr, words[w],
                                 lengths[w]) == 0,
                      "%s: word %zu", line, w);
        i++;
    }
    imw_parser_free(p);
}

START_TEST(flags_read_whole)
{
    size_t lengths[4];
    for (size_t n = 1; n <= 4; n++)
        for (size_t first = 1; first <= 21; first++)
            for (size_t rest = 1; rest <= 21; rest += 5)
                for (int bracket = -1; bracket < (int)n; bracket++) {
                    for (size_t w = 0; w < n; w++)
                        lengths[w] = w == 0 ? first : rest + w;
                    if (bracket >= 0 && lengths[bracket] < 2)
                        continue;
                    expect_flags("* FLAGS ", "", lengths, n, bracket);
                    if (bracket < 0) /* a "]" would end the code */
                        expect_flags("* OK [PERMANENTFLAGS ", "] Limited",
                                     lengths, n, bracket);
                }
}
END_TEST

/* A code's name ends at its first SP, found the same way: names of
 * 1..24 octets with and without an argument, at each place in a round. */
START_TEST(code_names_read_whole)
{
    for (size_t n = 1; n <= 24; n++)
        for (int with_arg = 0; with_arg <= 1; with_arg++) {
            char name[32], line[96];
            for (size_t i = 0; i < n; i++)
                name[i] = (char)('A' + i % 26);
            name[n] = '\0';
            size_t len = (size_t)snprintf(line, sizeof line,
                                          "* OK [X%s%s] Ready\r\n", name,
                                          with_arg ? " 12 ab" : "");
            const struct imw_response *r;
            imw_parser *p = parse_first(line, len, &r);
            const struct imw_resp_code *code = r->u.status.text.code;
            ck_assert_msg(code && code->name.len == n + 1 &&
                              memcmp(code->name.ptr + 1, name, n) == 0,
                          "%s: the name", line);
            ck_assert_msg(code->u.text.len == (with_arg ? 5u : 0u),
                          "%s: the argument", line);
            imw_parser_free(p);
        }
}
END_TEST

Suite *imw_runs_suite(void)
{
    Suite *s = suite_create("runs");
    TCase *t = tcase_create("skips");
    tcase_set_timeout(t, 60);
    tcase_add_test(t, text_stops_where_it_did);
    tcase_add_test(t, quoted_stops_where_it_did);
    tcase_add_test(t, atoms_stop_where_they_did);
    tcase_add_test(t, quoted_escapes_anywhere);
    tcase_add_test(t, strict_8bit_text);
    suite_add_tcase(s, t);
    TCase *scans = tcase_create("scans");
    tcase_add_test(scans, capabilities_read_whole);
    tcase_add_test(scans, capabilities_long_lists);
    tcase_add_test(scans, flags_read_whole);
    tcase_add_test(scans, code_names_read_whole);
    suite_add_tcase(s, scans);
    return s;
}
