/* The grammar's extensions, RFC 9051 and the named leniencies, through the
 * whole parser (framer, every machine, handlers): every vector of
 * tests/data/rfc-examples.responses parses without error, leniently and,
 * unless marked [lenient], strictly; malformed extension responses fail;
 * each leniency is accepted by default and rejected, by name, when strict. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "suites.h"
#include "test_util.h"
#include "leniency.h"

#ifndef TEST_DATA_DIR
#define TEST_DATA_DIR "tests/data"
#endif

/* ---- the vector file --------------------------------------------------- */

struct vector {
    const char *src;   /* the comment line before it */
    size_t src_len;
    const char *data;  /* the message's exact bytes */
    size_t len;
    int lenient_only;
};

/* Does the comment line [line, line + n) hold `mark`? */
static int has_mark(const char *line, size_t n, const char *mark)
{
    size_t m = strlen(mark);
    for (size_t i = 0; i + m <= n; i++)
        if (memcmp(line + i, mark, m) == 0)
            return 1;
    return 0;
}

/* Splits the file into vectors: each is the bytes between one comment line
 * ("#" at a line start, outside a message) and the next.  Returns the count;
 * *out is malloc'd. */
static size_t read_vectors(char *text, size_t len, struct vector **out)
{
    size_t n = 0, cap = 16;
    struct vector *v = malloc(cap * sizeof *v);
    const char *p = text, *end = text + len;
    ck_assert_ptr_nonnull(v);
    while (p < end) {
        const char *eol = memchr(p, '\n', (size_t)(end - p));
        const char *next = eol ? eol + 1 : end;
        if (*p == '#' && n > 0 && v[n - 1].len == 0) {
            v[n - 1].src = p; /* comment lines in a row: the last names */
            v[n - 1].src_len = (size_t)(next - p);
            v[n - 1].data = next;
            v[n - 1].lenient_only = has_mark(p, v[n - 1].src_len, "[lenient]");
        } else if (*p != '#') {
            ck_assert_msg(n > 0, "message before the first comment line");
            v[n - 1].len = (size_t)(next - v[n - 1].data);
        } else {
            if (n == cap) {
                cap *= 2;
                v = realloc(v, cap * sizeof *v);
                ck_assert_ptr_nonnull(v);
            }
            v[n] = (struct vector){ p, (size_t)(next - p), next, 0, 0 };
            v[n].lenient_only = has_mark(p, v[n].src_len, "[lenient]");
            n++;
        }
        p = next;
    }
    *out = v;
    return n;
}

/* One message, parsed with the greeting rule off and fed `chunk` octets
 * at a time (0: at once): exactly one response. */
static int parses_once(const char *data, size_t len, int strict,
                       size_t chunk, char **shown)
{
    struct imw_test_opts o = { strict, 1, chunk };
    char *out = imw_test_parse(data, len, o);
    const char *second = strstr(out, "\nR ");
    int ok = strncmp(out, "R ", 2) == 0 && !strstr(out, "\nE ") &&
             (!second || strncmp(second, "\nF ", 3) == 0) &&
             strstr(out, "\nF 0\n") != NULL;
    *shown = out;
    return ok;
}

/* Lenient vectors are fed whole and in 5-octet chunks (messages that span
 * feeds are copied by the framer before the machines run). */
static void check_vectors(int strict)
{
    size_t len, checked = 0;
    char *text = imw_test_read_file(TEST_DATA_DIR "/rfc-examples.responses", &len);
    struct vector *v;
    size_t n = read_vectors(text, len, &v);
    ck_assert_uint_gt(n, 600);
    for (size_t i = 0; i < n; i++) {
        char *out;
        ck_assert_msg(v[i].len > 0, "empty vector after %.*s",
                      (int)v[i].src_len, v[i].src);
        if (strict && v[i].lenient_only)
            continue;
        for (size_t chunk = 0; chunk <= (strict ? 0 : 5); chunk += 5) {
            ck_assert_msg(parses_once(v[i].data, v[i].len, strict, chunk, &out),
                          "%s, chunk %zu: %.*s%.*s-> %s",
                          strict ? "strict" : "lenient", chunk, (int)v[i].src_len,
                          v[i].src, (int)v[i].len, v[i].data, out);
            free(out);
        }
        checked++;
    }
    ck_assert_uint_gt(checked, strict ? 600 : n - 1);
    free(v);
    free(text);
}

START_TEST(rfc_examples_lenient) { check_vectors(0); }
END_TEST

START_TEST(rfc_examples_strict) { check_vectors(1); }
END_TEST

/* ---- negative vectors ---------------------------------------------------- */

/* Each must fail in both modes with a syntax error. */
static const char *const malformed[] = {
    "* ENABLED (CONDSTORE)\r\n",
    "* ID (\"name\")\r\n",                      /* a field without a value */
    "* ID\r\n",
    "* QUOTA \"\" (STORAGE 10)\r\n",            /* usage without limit */
    "* QUOTA \"\" STORAGE 10 512\r\n",
    "* QUOTAROOT\r\n",
    "* METADATA INBOX (/private/comment)\r\n",  /* entry without value */
    "* 1 FETCH (BINARY[1] ~{3}abc)\r\n",        /* no CRLF after ~{n} */
    "* 1 FETCH (BINARY.SIZE[1] abc)\r\n",
    "* 1 FETCH (BINARY[x] \"a\")\r\n",
    "* 1 FETCH (X-GM-MSGID abc)\r\n",
    "* 1 FETCH (X-GM-LABELS \\Inbox)\r\n",
    "* 1 FETCH (SAVEDATE 12)\r\n",
    "* 1 FETCH (PREVIEW)\r\n",
    "* NAMESPACE ((\"\" \"/\")) NIL\r\n",          /* two namespaces */
    "* ESEARCH (TAG A282) MIN 2\r\n",            /* tag must be a string */
    "* SORT a b\r\n",
    "* THREAD (1)(\r\n",
    "* THREAD ()\r\n",
    "* ACL\r\n",
    "* MYRIGHTS INBOX\r\n",
    "* VANISHED (EARLIER)\r\n",
    "* STATUS x (SIZE)\r\n",
    "* STATUS x (DELETED a)\r\n",
    /* (a malformed response code is still a valid generic code) */
    "* LIST () \"/\" foo (\"CHILDINFO\")\r\n",
};

START_TEST(malformed_fail)
{
    for (int strict = 0; strict < 2; strict++)
        for (size_t i = 0; i < sizeof malformed / sizeof malformed[0]; i++) {
            char *out = imw_test_parse_str(malformed[i], strict);
            ck_assert_msg(strncmp(out, "E ", 2) == 0 && strstr(out, "code=syntax"),
                          "accepted (strict=%d): %s-> %s", strict, malformed[i], out);
            free(out);
        }
}
END_TEST

/* THREAD lists are a call point: nesting is bounded by the nesting limit,
 * not by an unrolled depth. */
/* "(1 " inner "(9))" nests one level: thread-nested needs two lists. */
static char *nested_threads(size_t depth)
{
    size_t cap = 32 + depth * 8, n = 0;
    char *msg = malloc(cap);
    ck_assert_ptr_nonnull(msg);
    n += (size_t)snprintf(msg, cap, "* THREAD ");
    for (size_t i = 0; i < depth; i++)
        n += (size_t)snprintf(msg + n, cap - n, "(1 ");
    n += (size_t)snprintf(msg + n, cap - n, "(2)");
    for (size_t i = 0; i < depth; i++)
        n += (size_t)snprintf(msg + n, cap - n, "(9))");
    snprintf(msg + n, cap - n, "\r\n");
    return msg;
}

START_TEST(thread_nesting)
{
    char *msg = nested_threads(40); /* within the default nesting limit */
    char *out = imw_test_parse_str(msg, 1);
    ck_assert_msg(strncmp(out, "R ", 2) == 0 && !strstr(out, "\nE "), "%s", out);
    free(out);
    free(msg);
    msg = nested_threads(200);
    out = imw_test_parse_str(msg, 0);
    ck_assert_msg(strstr(out, "code=nesting") != NULL, "%s", out);
    free(out);
    free(msg);
}
END_TEST

/* ---- typed values of every vector: a golden file -------------------------- */

#define GOLDEN TEST_DATA_DIR "/rfc-examples.json"

/* Each vector's comment line, then the inspector's JSON of its messages.
 * The golden file was written by this test (IMW_WRITE_GOLDEN=1
 * tests/check_imapwire) and reviewed; any change of a typed value shows as
 * a difference here. */
START_TEST(rfc_examples_golden)
{
    size_t len, cap = 1 << 16, used = 0;
    char *text = imw_test_read_file(TEST_DATA_DIR "/rfc-examples.responses", &len);
    char *all = malloc(cap);
    struct vector *v;
    size_t n = read_vectors(text, len, &v);
    ck_assert_ptr_nonnull(all);
    for (size_t i = 0; i < n; i++) {
        char *json = imw_test_json(v[i].data, v[i].len, 0);
        size_t need = v[i].src_len + strlen(json);
        while (used + need + 1 > cap) {
            cap *= 2;
            all = realloc(all, cap);
            ck_assert_ptr_nonnull(all);
        }
        memcpy(all + used, v[i].src, v[i].src_len);
        used += v[i].src_len;
        memcpy(all + used, json, strlen(json));
        used += strlen(json);
        free(json);
    }
    all[used] = 0;
    if (getenv("IMW_WRITE_GOLDEN")) {
        FILE *f = fopen(GOLDEN, "wb");
        ck_assert_ptr_nonnull(f);
        ck_assert_uint_eq(fwrite(all, 1, used, f), used);
        fclose(f);
    }
    size_t golden_len;
    char *golden = imw_test_read_file(GOLDEN, &golden_len);
    ck_assert_msg(golden_len == used && memcmp(golden, all, used) == 0,
                  "typed values differ from %s (compare with "
                  "IMW_WRITE_GOLDEN=1 and git diff)", GOLDEN);
    free(golden);
    free(all);
    free(v);
    free(text);
}
END_TEST

/* ---- named leniencies ------------------------------------------------------ */

static const struct {
    const char *name;
    const char *msg;
} lenient[] = {
    { "space-after-star", "*  OK ready\r\n" },
    { "space-at-line-end", "* SEARCH 1 2 \r\n" },
    { "space-at-line-end", "* CAPABILITY IMAP4rev1 IDLE  \r\n" },
    { "space-at-line-end", "* 3 EXISTS \r\n" },
    { "double-space", "* 1 FETCH (UID 1  FLAGS (\\Seen))\r\n" },
    { "space-before-paren", "* FLAGS (\\Seen \\Answered )\r\n" },
    { "flag-star", "* FLAGS (\\Seen \\*)\r\n" },
    { "flag-quoted", "* 1 FETCH (FLAGS (\\Seen \"$Junk\"))\r\n" },
    { "flag-bracket", "* FLAGS (\\Seen [Gmail]Label)\r\n" },
    { "nil-list", "* 1 FETCH (FLAGS NIL)\r\n" },
    { "empty-address-list",
      "* 1 FETCH (ENVELOPE (NIL \"s\" () NIL NIL NIL NIL NIL NIL NIL))\r\n" },
    { "nil-string",
      "* 1 FETCH (BODYSTRUCTURE (\"TEXT\" NIL NIL NIL NIL \"7BIT\" 3 1))\r\n" },
    { "dsp-string",
      "* 1 FETCH (BODYSTRUCTURE (\"TEXT\" \"PLAIN\" NIL NIL NIL \"7BIT\" 3 1"
      " NIL \"inline\"))\r\n" },
    { "param-nil-value",
      "* 1 FETCH (BODYSTRUCTURE (\"TEXT\" \"PLAIN\" (\"CHARSET\" NIL) NIL NIL"
      " \"7BIT\" 3 1))\r\n" },
    { "nil-encoding",
      "* 1 FETCH (BODYSTRUCTURE (\"TEXT\" \"PLAIN\" NIL NIL NIL NIL 3 1))\r\n" },
    { "md5-params",
      "* 1 FETCH (BODYSTRUCTURE (\"TEXT\" \"PLAIN\" NIL NIL NIL \"7BIT\" 3 1"
      " (\"NAME\" \"x\")))\r\n" },
    { "empty-multipart", "* 1 FETCH (BODYSTRUCTURE (\"MIXED\"))\r\n" },
    { "snippet", "* 7 FETCH (PREVIEW NIL SNIPPET (FUZZY \"text\"))\r\n" },
    { "multipart-as-single",
      "* 2 FETCH (BODYSTRUCTURE ((\"text\" \"plain\" NIL NIL NIL \"7bit\" 7 1)"
      "(\"message\" \"rfc822\" NIL NIL NIL \"7bit\" 903 (NIL \"s\" NIL NIL NIL NIL NIL "
      "NIL NIL NIL) (NIL \"alternative\" (\"boundary\" \"Apple-Mail\") NIL NIL NIL) 17) "
      "\"report\"))\r\n" },
};

START_TEST(leniency_accepted)
{
    const char *msg = lenient[_i].msg;
    char *out = imw_test_parse_str(msg, 0);
    ck_assert_msg(strncmp(out, "R ", 2) == 0 && !strstr(out, "\nE "),
                  "%s: %s-> %s", lenient[_i].name, msg, out);
    free(out);
}
END_TEST

START_TEST(leniency_rejected_when_strict)
{
    char rule[64];
    snprintf(rule, sizeof rule, " rule=%s ", lenient[_i].name);
    char *out = imw_test_parse_str(lenient[_i].msg, 1);
    ck_assert_msg(strncmp(out, "E ", 2) == 0 && strstr(out, rule),
                  "%s: %s-> %s", lenient[_i].name, lenient[_i].msg, out);
    free(out);
}
END_TEST

/* Strict mode points at where the leniency starts -- also for the `late`
 * ones (grammar/bindings), whose event is made at the close from the last
 * entry -- and at the first of two. */
static const struct {
    const char *msg;
    const char *want;
} lenient_at[] = {
    { "* FLAGS (\\Seen [x]y)\r\n", "E offset=15 " },
    { "* FLAGS (\\Seen \\*)\r\n", "E offset=15 " },
    { "* 1 FETCH (FLAGS (\\Seen ))\r\n", "E offset=23 " },
    { "* 1 FETCH (UID 1  FLAGS ())\r\n", "E offset=17 " },
    { "* 1 FETCH (ENVELOPE (NIL NIL () NIL NIL NIL NIL NIL NIL NIL))\r\n",
      "E offset=29 " },
    { "* 1 FETCH (BODYSTRUCTURE (\"TEXT\" \"PLAIN\" (\"NAME\" NIL) NIL NIL"
      " \"7BIT\" 3 1))\r\n", "E offset=41 " },
    { "* 1 FETCH (BODYSTRUCTURE (\"MIXED\"))\r\n", "E offset=26 " },
    { "* 1 FETCH (FLAGS (\\Seen [a] \\* ))\r\n", "E offset=24 " },
};

START_TEST(leniency_offsets)
{
    char *out = imw_test_parse_str(lenient_at[_i].msg, 1);
    ck_assert_msg(strncmp(out, lenient_at[_i].want, strlen(lenient_at[_i].want)) == 0,
                  "%s-> %s", lenient_at[_i].msg, out);
    free(out);
}
END_TEST

/* The RFC forms next to each leniency stay strict-valid: a lenient rule
 * must not match where the RFC form does. */
static const char *const strict_valid[] = {
    "* OK text ending in spaces  \r\n",
    "* CAPABILITY IMAP4rev1 IDLE\r\n",
    "* SEARCH 1 2\r\n",
    "* SEARCH\r\n",
    "* FLAGS (\\Seen \\Answered)\r\n",
    "* OK [PERMANENTFLAGS (\\Seen \\*)] ok\r\n",
    "* 1 FETCH (ENVELOPE (NIL \"s\" NIL NIL NIL NIL NIL NIL NIL NIL))\r\n",
    "* 1 FETCH (BODYSTRUCTURE (\"TEXT\" \"PLAIN\" (\"CHARSET\" \"x\") NIL NIL"
    " \"7BIT\" 3 1 NIL (\"inline\" NIL) NIL))\r\n",
    "* 1 FETCH (BODYSTRUCTURE ((\"TEXT\" \"PLAIN\" NIL NIL NIL \"7BIT\" 3 1)"
    " \"MIXED\"))\r\n",
    "* 7 FETCH (PREVIEW \"text\")\r\n",
};

START_TEST(rfc_forms_stay_strict)
{
    for (size_t i = 0; i < sizeof strict_valid / sizeof strict_valid[0]; i++) {
        char *out = imw_test_parse_str(strict_valid[i], 1);
        ck_assert_msg(strncmp(out, "R ", 2) == 0 && !strstr(out, "\nE "),
                      "%s-> %s", strict_valid[i], out);
        free(out);
    }
}
END_TEST

START_TEST(leniency_names)
{
    ck_assert_str_eq(imw_leniency_name(IMW_RULE_LENIENT_FLAG_STAR), "flag-star");
    ck_assert_ptr_null(imw_leniency_name(IMW_RULE_FLAG));
    ck_assert_ptr_null(imw_leniency_name(IMW_RULE_NONE));
}
END_TEST

Suite *imw_grammar_ext_suite(void)
{
    Suite *s = suite_create("grammar_ext");
    TCase *t = tcase_create("vectors");
    tcase_set_timeout(t, 60);
    tcase_add_test(t, rfc_examples_lenient);
    tcase_add_test(t, rfc_examples_strict);
    tcase_add_test(t, rfc_examples_golden);
    tcase_add_test(t, malformed_fail);
    tcase_add_test(t, thread_nesting);
    suite_add_tcase(s, t);
    TCase *l = tcase_create("leniencies");
    size_t n = sizeof lenient / sizeof lenient[0];
    tcase_add_loop_test(l, leniency_accepted, 0, (int)n);
    tcase_add_loop_test(l, leniency_rejected_when_strict, 0, (int)n);
    tcase_add_loop_test(l, leniency_offsets, 0,
                        (int)(sizeof lenient_at / sizeof lenient_at[0]));
    tcase_add_test(l, rfc_forms_stay_strict);
    tcase_add_test(l, leniency_names);
    suite_add_tcase(s, l);
    return s;
}
