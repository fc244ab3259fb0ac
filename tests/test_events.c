/* The event model that nested data stands on (src/run.c, src/decode.c):
 * start marks per call depth, call rules' spans, dead alternatives, the
 * event tree, NIL decoding, the offset cap, and the error and version API.
 * Each case reproduces a defect found by review of the first event model. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "suites.h"
#include "test_util.h"
#include "test_fixture.h"

/* The text of node n, for comparisons. */
static int span_is(const struct fixture *fx, imw_node n, const char *text)
{
    imw_bytes b = imw_dec_span(&fx->dec, n);
    return b.len == strlen(text) && memcmp(b.ptr, text, b.len) == 0;
}

static imw_node nth_child(const struct fixture *fx, imw_node parent,
                          uint16_t rule, size_t nth)
{
    IMW_FOR_CHILDREN(&fx->dec, parent, c)
        if (imw_dec_is(&fx->dec, c, rule) && nth-- == 0)
            return c;
    return IMW_NO_EVENT;
}

/* A thread inside a thread: each thread-list instance keeps its own
 * start, although `thread-list` is entered again (one call deeper)
 * before the outer one closes; and each span includes the closing ')' (a
 * call rule in close mode closes on its last byte). */
START_TEST(nested_call_spans)
{
    struct fixture fx;
    run_message(&fx, "* THREAD (1 (2)(3 (4)(5)))\r\n");
    imw_node outer = imw_dec_find_deep(&fx.dec, IMW_NO_EVENT,
                                       IMW_RULE_THREAD_LIST);
    ck_assert_uint_ne(outer, IMW_NO_EVENT);
    ck_assert(span_is(&fx, outer, "(1 (2)(3 (4)(5)))"));
    ck_assert_uint_eq(imw_dec_count(&fx.dec, outer, IMW_RULE_THREAD_LIST), 2);
    ck_assert(span_is(&fx, nth_child(&fx, outer, IMW_RULE_THREAD_LIST, 0), "(2)"));
    imw_node inner = nth_child(&fx, outer, IMW_RULE_THREAD_LIST, 1);
    ck_assert(span_is(&fx, inner, "(3 (4)(5))"));
    ck_assert_uint_eq(imw_dec_count(&fx.dec, inner, IMW_RULE_THREAD_LIST), 2);
    ck_assert(span_is(&fx, nth_child(&fx, inner, IMW_RULE_THREAD_LIST, 1), "(5)"));
    free_fixture(&fx);
}
END_TEST

/* 60 levels of threads (each "(L " inner "(99))"): every level's span is
 * right. */
START_TEST(deep_call_spans)
{
    enum { DEPTH = 60 };
    char inner[4096] = "(60)", level[4096];
    for (int i = DEPTH - 1; i >= 1; i--) {
        snprintf(level, sizeof level, "(%d %s(99))", i, inner);
        strcpy(inner, level);
    }
    char msg[4200];
    snprintf(msg, sizeof msg, "* THREAD %s\r\n", inner);
    struct fixture fx;
    run_message(&fx, msg);
    imw_node n = imw_dec_find_deep(&fx.dec, IMW_NO_EVENT, IMW_RULE_THREAD_LIST);
    size_t start = strlen("* THREAD ");
    for (int lvl = 1; lvl < DEPTH; lvl++) {
        const struct imw_event *e = imw_dec_ev(&fx.dec, n);
        ck_assert_uint_eq(e->start, start);
        ck_assert_uint_eq(fx.run.data[e->end - 1], ')');
        ck_assert_uint_eq(imw_dec_count(&fx.dec, n, IMW_RULE_THREAD_LIST), 2);
        start += (lvl < 10 ? 3 : 4); /* "(L " */
        n = nth_child(&fx, n, IMW_RULE_THREAD_LIST, 0);
    }
    ck_assert(span_is(&fx, n, "(60)"));
    free_fixture(&fx);
}
END_TEST

/* Two live alternatives enter a rule at different offsets (`text` read
 * from '[' and the text after the code, in a status response): the close
 * records the latest entry's span only. */
START_TEST(entries_at_different_offsets)
{
    static const uint8_t msg[] = "* OK [ALERT] hi\r\n";
    struct imw_frame frame = { msg, sizeof msg - 1, 0, NULL, 0 };
    struct imw_run run;
    imw_run_init(&run, NULL);
    imw_run_start(&run, &frame);
    imw_run_open(&run, IMW_RULE_RESP_TEXT_CODE, 5, 0);
    imw_run_open(&run, IMW_RULE_RESP_TEXT_CODE, 13, 0);
    imw_run_close(&run, IMW_RULE_RESP_TEXT_CODE, 15, 0);
    ck_assert_uint_eq(run.nev, 1);
    ck_assert_uint_eq(run.ev[0].start, 13);
    ck_assert_uint_eq(run.ev[0].end, 15);
    imw_run_free(&run);
}
END_TEST

/* `text` is a name-only rule (grammar/bindings): no event, but an error
 * inside it still names it. */
START_TEST(name_only_rule)
{
    struct fixture fx;
    run_message(&fx, "* OK [ALERT] hi\r\n");
    for (size_t i = 0; i < fx.run.nev; i++)
        ck_assert_uint_ne(fx.run.ev[i].rule, IMW_RULE_TEXT);
    free_fixture(&fx);

    static const uint8_t bad[] = "* OK [ALERT] h\000i\r\n";
    struct imw_frame frame = { bad, sizeof bad - 1, 0, NULL, 0 };
    struct imw_run run;
    imw_run_init(&run, NULL);
    imw_run_start(&run, &frame);
    ck_assert_int_ne(imw_response_machine_run(&run), 0);
    ck_assert_uint_eq(run.error_at, 14);
    ck_assert_uint_eq(imw_run_open_rule(&run, run.error_at), IMW_RULE_TEXT);
    imw_run_free(&run);
}
END_TEST

/* A parameter list where the envelope of a message/rfc822 part is (the
 * md5-params reading, dead at the envelope's third field) must not
 * swallow the part's nested body and line count. */
START_TEST(latest_entry_wins)
{
    static const char msg[] =
        "* 3 FETCH (BODY (\"MESSAGE\" \"RFC822\" NIL NIL NIL \"7BIT\" 20 "
        "(\"d\" \"s\" NIL NIL NIL NIL NIL NIL NIL NIL) "
        "(\"TEXT\" \"HTML\" NIL NIL NIL \"QP\" 3 1) 40 \"md5\"))\r\n";
    struct fixture fx;
    run_message(&fx, msg);
    imw_node env = imw_dec_find_deep(&fx.dec, IMW_NO_EVENT, IMW_RULE_ENVELOPE);
    ck_assert(span_is(&fx, env, "(\"d\" \"s\" NIL NIL NIL NIL NIL NIL NIL NIL)"));
    free_fixture(&fx);
    char *got = imw_test_json(msg, sizeof msg - 1, 0);
    ck_assert_ptr_nonnull(strstr(got, "\"subtype\":\"HTML\",\"params\":null,"
                                      "\"id\":null,\"description\":null,"
                                      "\"encoding\":\"QP\",\"octets\":3,"
                                      "\"lines\":1},\"lines\":40,"
                                      "\"extension\":{\"md5\":\"md5\"}"));
    free(got);
}
END_TEST

/* A dead `text` that took a literal header's CRLF for the line end crosses
 * the live code: it is dropped, and the code keeps its whole span, with
 * all its strings. */
START_TEST(crossing_dead_span_dropped)
{
    static const char msg[] =
        "a1 NO [BADCHARSET (UTF-8 \"US-ASCII\" {5}\r\nLATIN)] no\r\n";
    struct fixture fx;
    run_message(&fx, msg);
    imw_node code = imw_dec_find_deep(&fx.dec, IMW_NO_EVENT,
                                      IMW_RULE_CODE_BADCHARSET);
    ck_assert_uint_ne(code, IMW_NO_EVENT);
    ck_assert_uint_eq(imw_dec_ev(&fx.dec, code)->end,
                      strstr(msg, ")]") + 1 - msg);
    free_fixture(&fx);
    char *got = imw_test_json(msg, sizeof msg - 1, 0);
    ck_assert_ptr_nonnull(
        strstr(got, "\"charsets\":[\"UTF-8\",\"US-ASCII\",\"LATIN\"]"));
    free(got);
}
END_TEST

/* ']' is an ASTRING-CHAR: the code that the rest of the line confirms wins
 * over the dead generic code "BADCHARSET (a". */
START_TEST(code_with_bracket_inside)
{
    char *got = imw_test_parse_str("* OK ready\r\na NO [BADCHARSET (a]b)] x\r\n", 0);
    ck_assert_str_eq(got, "R greeting OK \"ready\"\n"
                          "R status tag=\"a\" NO [BADCHARSET \"BADCHARSET\" "
                          "\"a]b\"] \"x\"\nF 0\n");
    free(got);
}
END_TEST

START_TEST(nstring_nil_is_null)
{
    struct fixture fx;
    run_message(&fx, "* OK NIL \"NIL\" nil\r\n");
    imw_bytes out = { (const uint8_t *)"x", 1 };
    ck_assert_int_eq(imw_dec_string(&fx.dec, 5, 8, 1, &out), 0);
    ck_assert_ptr_null(out.ptr);
    ck_assert_uint_eq(out.len, 0);
    ck_assert_int_eq(imw_dec_string(&fx.dec, 9, 14, 1, &out), 0);
    ck_assert_uint_eq(out.len, 3); /* the quoted string "NIL" is not NIL */
    ck_assert_int_eq(memcmp(out.ptr, "NIL", 3), 0);
    ck_assert_int_eq(imw_dec_string(&fx.dec, 15, 18, 1, &out), 0);
    ck_assert_ptr_null(out.ptr);
    ck_assert_int_eq(imw_dec_string(&fx.dec, 15, 18, 0, &out), 0);
    ck_assert_uint_eq(out.len, 3); /* an astring "nil" is an atom */
    free_fixture(&fx);
}
END_TEST

/* Every event is in the tree once: the number of nodes reachable from the
 * roots equals the number of events minus the dropped crossing ones. */
static size_t count_nodes(const struct fixture *fx, imw_node parent)
{
    size_t n = 0;
    IMW_FOR_CHILDREN(&fx->dec, parent, c)
        n += 1 + count_nodes(fx, c);
    return n;
}

#define PART(n) "(\"TEXT\" \"PLAIN\" NIL NIL NIL \"7BIT\" " n " 1)"

START_TEST(tree_holds_every_event)
{
    struct fixture fx;
    run_message(&fx, "* 1 FETCH (FLAGS (\\Seen) BODY (" PART("1") PART("2")
                     " \"MIXED\") UID 4)\r\n");
    size_t live = 0;
    for (size_t i = 0; i < fx.run.nev; i++)
        live += fx.run.ev[i].rule != IMW_RULE_NONE;
    ck_assert_uint_eq(count_nodes(&fx, IMW_NO_EVENT), live);
    free_fixture(&fx);
}
END_TEST

START_TEST(message_size_capped_by_offsets)
{
    imw_parser *p = imw_parser_new(IMW_SIDE_CLIENT);
    ck_assert_int_eq(imw_parser_set_limit(p, IMW_LIMIT_MESSAGE_SIZE,
                                          0xFFFFFFFEu), 0);
    ck_assert_int_eq(imw_parser_set_limit(p, IMW_LIMIT_MESSAGE_SIZE,
                                          0xFFFFFFFFu),
                     IMW_ERR_INVALID_ARGUMENT);
    ck_assert_int_eq(imw_parser_set_limit(p, IMW_LIMIT_MESSAGE_SIZE,
                                          UINT64_MAX),
                     IMW_ERR_INVALID_ARGUMENT);
    imw_parser_free(p);
}
END_TEST

START_TEST(error_classes_and_names)
{
    ck_assert_str_eq(imw_error_name(IMW_ERR_SYNTAX), "IMW_ERR_SYNTAX");
    ck_assert_str_eq(imw_error_name(IMW_ERR_INTERNAL), "IMW_ERR_INTERNAL");
    ck_assert_str_eq(imw_error_name(-555), "IMW_ERR_UNKNOWN");
    ck_assert_int_eq(imw_error_is_fatal(IMW_ERR_NOMEM), 0);
    ck_assert_int_eq(imw_error_is_fatal(IMW_ERR_SYNTAX), 0);
    ck_assert_int_eq(imw_error_is_fatal(IMW_ERR_INTERNAL), 1);
    ck_assert_int_eq(imw_error_is_fatal(IMW_OK), 0);
    ck_assert_str_eq(imw_strerror(IMW_ERR_INTERNAL), "internal error");
}
END_TEST

START_TEST(version_macros)
{
    ck_assert_str_eq(imw_version(), IMW_VERSION_STRING);
    ck_assert(IMW_VERSION_AT_LEAST(0, 0, 0));
    ck_assert(!IMW_VERSION_AT_LEAST(IMW_VERSION_MAJOR + 1, 0, 0));
    ck_assert_int_eq(IMW_VERSION_NUMBER >> 16, IMW_VERSION_MAJOR);
}
END_TEST

Suite *imw_events_suite(void)
{
    Suite *s = suite_create("events");
    TCase *tc = tcase_create("model");
    tcase_add_test(tc, nested_call_spans);
    tcase_add_test(tc, deep_call_spans);
    tcase_add_test(tc, entries_at_different_offsets);
    tcase_add_test(tc, name_only_rule);
    tcase_add_test(tc, latest_entry_wins);
    tcase_add_test(tc, crossing_dead_span_dropped);
    tcase_add_test(tc, code_with_bracket_inside);
    tcase_add_test(tc, nstring_nil_is_null);
    tcase_add_test(tc, tree_holds_every_event);
    tcase_add_test(tc, message_size_capped_by_offsets);
    tcase_add_test(tc, error_classes_and_names);
    tcase_add_test(tc, version_macros);
    suite_add_tcase(s, tc);
    return s;
}
