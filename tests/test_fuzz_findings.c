/* Regression tests for what the fuzz targets found (tests/fuzz/, `make
 * fuzz-smoke`): each test is the smallest input of one finding and the
 * behaviour the fix gives it. */
#include <check.h>
#include <string.h>

#include "imapwire/imapwire.h"
#include "suites.h"

/* A client parser that has read the one response in `line` into *r
 * (valid until the parser is freed). */
static imw_parser *parse_one(const char *line, const struct imw_response **r)
{
    imw_parser *p = imw_parser_new(IMW_SIDE_CLIENT);
    ck_assert_ptr_nonnull(p);
    imw_parser_set_option(p, IMW_OPTION_EXPECT_GREETING, 0);
    ck_assert_int_eq(imw_parser_feed(p, line, strlen(line)), 0);
    ck_assert_int_eq(imw_parser_next(p, r), 1);
    return p;
}

/* Parses one response from `line` and builds it again: the bytes written. */
static void rebuild_response(const char *line, struct imw_out *out)
{
    const struct imw_response *r;
    imw_parser *p = parse_one(line, &r);
    struct imw_build_options opts = { 0 };
    ck_assert_int_eq(imw_build_response(out, r, &opts), 0);
    imw_parser_free(p);
}

/* Rebuilding the response in `line` gives exactly `want`. */
static void expect_rebuilt(const char *line, const char *want)
{
    struct imw_out out;
    imw_out_init_growing(&out, NULL);
    rebuild_response(line, &out);
    ck_assert_uint_eq(out.len, strlen(want));
    ck_assert(memcmp(out.buf, want, out.len) == 0);
    imw_out_free(&out);
}

/* fuzz_roundtrip: an unknown response code whose text has two spaces
 * after its name was written from its values, "[X 1024]", which reads
 * back with the text "1024" instead of " 1024".  The builder now writes
 * a parsed code's text as it came. */
START_TEST(test_other_code_text_spacing)
{
    static const char line[] = "a NO [METADATAESXIAMZ  1024] Annotation too large\r\n";
    expect_rebuilt(line, line);
}
END_TEST

/* fuzz_roundtrip: a CHILDINFO item sent as an astring's atom ("]&6",
 * SUBSCRIBED) was rebuilt quoted, whose generic reading is a string, not
 * the atom that came.  Items keep the form the generic reading recorded;
 * quoted ones stay quoted. */
START_TEST(test_childinfo_atom_items)
{
    static const char line[] =
        "* LIST (\\NonExistent) \"/\" x (CHILDINFO (]&6 \"SUBSCRIBED\" REMOTE))\r\n";
    expect_rebuilt(line, line);
}
END_TEST

/* fuzz_roundtrip: an unknown code's name was cut at '[' as if it were a
 * section ("HIGHESTMODSEQBODY" with text "1.2.MIME"), but an atom holds
 * '[', so the name is "HIGHESTMODSEQBODY[1.2.MIME" with no text; the cut
 * reading rebuilt as "[HIGHESTMODSEQBODY 1.2.MIME]", which parses to
 * other values.  Now the name ends at the first SP only. */
START_TEST(test_other_code_name_with_bracket)
{
    static const char line[] = "* OK [HIGHESTMODSEQBODY[1.2.MIME] 15] hi\r\n";
    const struct imw_response *r;
    imw_parser *p = parse_one(line, &r);
    const struct imw_resp_code *code = r->u.status.text.code;
    ck_assert_ptr_nonnull(code);
    ck_assert_int_eq(code->kind, IMW_CODE_OTHER);
    ck_assert_uint_eq(code->name.len, strlen("HIGHESTMODSEQBODY[1.2.MIME"));
    ck_assert(memcmp(code->name.ptr, "HIGHESTMODSEQBODY[1.2.MIME", code->name.len) == 0);
    ck_assert_uint_eq(code->u.text.len, 0);
    imw_parser_free(p);

    expect_rebuilt(line, line);
}
END_TEST

/* fuzz_roundtrip: "BODY[]<050000>" (a number may have leading zeros) is
 * origin 50000 and is rebuilt as "<50000>"; the item's name as sent keeps
 * the zero, and the fuzzer's comparison now spells names as the builder
 * does.  What the builder writes must read back as the same origin. */
START_TEST(test_fetch_origin_leading_zero)
{
    static const char line[] = "* 1 FETCH (BODY[]<050000> {0}\r\n)\r\n";
    static const char want[] = "* 1 FETCH (BODY[]<50000> \"\")\r\n";
    expect_rebuilt(line, want);
}
END_TEST

/* fuzz_roundtrip: "BODY[2.2.MIMe]" is part 2.2, MIME; the builder writes
 * the keyword in upper case, and the section's raw text ("spec" in the
 * value JSON) kept the peer's case, so the comparison saw two values.
 * The raw text is a spelling: the comparison leaves it out, as it does
 * "raw".  What the builder writes reads back as the same section. */
START_TEST(test_section_keyword_case)
{
    static const char line[] = "* 8 FETCH (BODY[2.2.MIMe] {3}\r\nabc)\r\n";
    static const char want[] = "* 8 FETCH (BODY[2.2.MIME] \"abc\")\r\n";
    expect_rebuilt(line, want);
    const struct imw_response *r;
    imw_parser *p = parse_one(want, &r);
    const struct imw_section *s = &r->u.fetch->items[0].u.section->section;
    ck_assert_uint_eq(s->part_count, 2);
    ck_assert_uint_eq(s->parts[0], 2);
    ck_assert_uint_eq(s->parts[1], 2);
    ck_assert_int_eq(s->text, IMW_SECTION_MIME);
    imw_parser_free(p);
}
END_TEST

/* fuzz_roundtrip: the generic reader kept "[...]" inside an atom whole
 * (BODY[HEADER.FIELDS (A)]) even when no ']' closed it, so the LIST
 * extended item tag "OLe[e" (an astring may hold '[') swallowed the rest
 * and the extended data was silently dropped.  Now an unclosed '[' is an
 * atom character, and data the reader cannot pair is an error, never
 * lost. */
START_TEST(test_list_extended_unclosed_bracket)
{
    static const char line[] = "* LIST () \"/\" NewName (OLe[e (\"x\"))\r\n";
    const struct imw_response *r;
    imw_parser *p = parse_one(line, &r);
    ck_assert_int_eq(r->kind, IMW_RESP_LIST);
    ck_assert_uint_eq(r->u.list->extended_count, 1);
    const struct imw_list_ext *x = &r->u.list->extended[0];
    ck_assert_uint_eq(x->name.len, 5);
    ck_assert(memcmp(x->name.ptr, "OLe[e", 5) == 0);
    ck_assert_uint_eq(x->generic.count, 1);
    ck_assert_int_eq(x->generic.args[0].kind, IMW_VALUE_LIST);
    imw_parser_free(p);
    expect_rebuilt(line, line);
}
END_TEST

/* make check under --enable-sanitizers (gcc) and fuzz_roundtrip (clang):
 * an empty string given as { NULL, 0 } (an empty body parameter) reached
 * memcpy(dst, NULL, 0) and NULL + 0 in the quoting, undefined behaviour
 * that UBSan stops.  Now neither happens; this test fails under UBSan
 * without the fixes. */
START_TEST(test_empty_null_string)
{
    char buf[8];
    struct imw_out out;
    imw_out_init(&out, buf, sizeof buf);
    ck_assert_int_eq(imw_out_string(&out, (imw_bytes){ NULL, 0 }, NULL), 0);
    ck_assert_uint_eq(out.len, 2);
    ck_assert(memcmp(buf, "\"\"", 2) == 0);
    struct imw_out growing;
    imw_out_init_growing(&growing, NULL);
    ck_assert_int_eq(imw_out_free_text(&growing, (imw_bytes){ NULL, 0 }, NULL), 0);
    ck_assert_uint_eq(growing.len, 0);
    imw_out_free(&growing);
}
END_TEST

Suite *imw_fuzz_findings_suite(void)
{
    Suite *s = suite_create("fuzz_findings");
    TCase *tc = tcase_create("findings");
    tcase_add_test(tc, test_other_code_text_spacing);
    tcase_add_test(tc, test_empty_null_string);
    tcase_add_test(tc, test_other_code_name_with_bracket);
    tcase_add_test(tc, test_childinfo_atom_items);
    tcase_add_test(tc, test_fetch_origin_leading_zero);
    tcase_add_test(tc, test_section_keyword_case);
    tcase_add_test(tc, test_list_extended_unclosed_bracket);
    suite_add_tcase(s, tc);
    return s;
}
