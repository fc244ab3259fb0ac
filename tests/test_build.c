/* The builders' value writers (imapwire/builder.h): which form each
 * string takes, what is refused, segments, and the snprintf-style and
 * growing outputs. */
#include <check.h>
#include <stdlib.h>
#include <string.h>
#include "imapwire/imapwire.h"
#include "suites.h"

#define B(s) ((imw_bytes){ (const uint8_t *)(s), sizeof(s) - 1 })

static char text[4096];

/* What `write` produces with `caps` into a fresh buffer, NUL-terminated;
 * rc receives the result. */
static const char *out_of(int (*write)(struct imw_out *, imw_bytes,
                                       const struct imw_build_caps *),
                          imw_bytes s, const struct imw_build_caps *caps,
                          int *rc)
{
    struct imw_out out;
    imw_out_init(&out, text, sizeof text - 1);
    *rc = write(&out, s, caps);
    text[out.len < sizeof text ? out.len : sizeof text - 1] = 0;
    return text;
}

START_TEST(test_astring_forms)
{
    struct imw_build_caps plain = { 0 }, plus = { .literal_plus = 1 },
                          utf8 = { .utf8_accept = 1 };
    int rc;
    ck_assert_str_eq(out_of(imw_out_astring, B("INBOX"), &plain, &rc), "INBOX");
    ck_assert_str_eq(out_of(imw_out_astring, B("a]b"), &plain, &rc), "a]b");
    ck_assert_str_eq(out_of(imw_out_astring, B(""), &plain, &rc), "\"\"");
    ck_assert_str_eq(out_of(imw_out_astring, B("two words"), &plain, &rc),
                     "\"two words\"");
    ck_assert_str_eq(out_of(imw_out_astring, B("q\"b\\s"), &plain, &rc),
                     "\"q\\\"b\\\\s\"");
    /* CR or LF: a literal, never a second command */
    ck_assert_str_eq(out_of(imw_out_astring, B("x\r\nA2 LOGOUT"), &plain, &rc),
                     "{12}\r\nx\r\nA2 LOGOUT");
    ck_assert_str_eq(out_of(imw_out_astring, B("x\ny"), &plus, &rc),
                     "{3+}\r\nx\ny");
    /* 8-bit: a literal, or quoted under UTF8=ACCEPT when valid UTF-8 */
    ck_assert_str_eq(out_of(imw_out_astring, B("Gr\xc3\xbc\xc3\x9f" "e"), &plain, &rc),
                     "{7}\r\nGr\xc3\xbc\xc3\x9f" "e");
    ck_assert_str_eq(out_of(imw_out_astring, B("Gr\xc3\xbc\xc3\x9f" "e"), &utf8, &rc),
                     "\"Gr\xc3\xbc\xc3\x9f" "e\"");
    ck_assert_str_eq(out_of(imw_out_astring, B("bad\xff"), &utf8, &rc),
                     "{4}\r\nbad\xff");
    ck_assert_int_eq(rc, 0);
    /* NUL: refused outside literal8 */
    out_of(imw_out_astring, B("a\0b"), &plain, &rc);
    ck_assert_int_eq(rc, IMW_ERR_INVALID_ARGUMENT);
    ck_assert_str_eq(out_of(imw_out_nstring, (imw_bytes){ NULL, 0 }, &plain, &rc),
                     "NIL");
    ck_assert_str_eq(out_of(imw_out_nstring, B("NIL"), &plain, &rc), "\"NIL\"");
}
END_TEST

START_TEST(test_literal_minus_and_segments)
{
    struct imw_build_caps minus = { .literal_minus = 1 };
    static char big[5000];
    memset(big, 'x', sizeof big);
    big[0] = '\r';
    struct imw_out out;
    imw_out_init_growing(&out, NULL);
    imw_out_text(&out, "A1 LOGIN ");
    imw_out_astring(&out, (imw_bytes){ (const uint8_t *)big, 4096 }, &minus);
    imw_out_text(&out, " ");
    imw_out_astring(&out, (imw_bytes){ (const uint8_t *)big, 4097 }, &minus);
    imw_out_text(&out, "\r\n");
    ck_assert_int_eq(out.error, 0);
    ck_assert(memcmp(out.buf + 9, "{4096+}\r\n", 9) == 0);
    ck_assert(memcmp(out.buf + 9 + 9 + 4096 + 1, "{4097}\r\n", 8) == 0);
    imw_out_free(&out);
}
END_TEST

START_TEST(test_snprintf_style)
{
    char small[4];
    struct imw_out out;
    imw_out_init(&out, small, sizeof small);
    ck_assert_int_eq(imw_out_astring(&out, B("two words"), NULL), 0);
    ck_assert_uint_eq(out.len, 11); /* the length needed */
    ck_assert(memcmp(small, "\"two", 4) == 0);
    imw_out_init(&out, NULL, 0);
    imw_out_number(&out, 4294967295u);
    ck_assert_uint_eq(out.len, 10);
}
END_TEST

START_TEST(test_refusals)
{
    struct imw_out out;
    struct imw_seq_set empty = { NULL, 0 };
    imw_out_init(&out, text, sizeof text);
    ck_assert_int_eq(imw_out_seq_set(&out, &empty), IMW_ERR_INVALID_ARGUMENT);
    /* the first error sticks: later writes do nothing */
    size_t len = out.len;
    imw_out_text(&out, "more");
    ck_assert_uint_eq(out.len, len);
    imw_out_init(&out, text, sizeof text);
    ck_assert_int_eq(imw_out_mailbox(&out, B("Gr\xc3\xbc\xc3\x9f" "e"), NULL),
                     IMW_ERR_INVALID_ARGUMENT); /* not modified UTF-7 */
    imw_out_init(&out, text, sizeof text);
    ck_assert_int_eq(imw_out_mailbox(&out, B("&AGE-"), NULL),
                     IMW_ERR_INVALID_ARGUMENT); /* "a" encoded: not canonical */
    imw_out_init(&out, text, sizeof text);
    ck_assert_int_eq(imw_out_mailbox(&out, B("Entw&APw-rfe"), NULL), 0);
    imw_out_init(&out, text, sizeof text);
    ck_assert_int_eq(imw_out_atom(&out, B("a b"), NULL), IMW_ERR_INVALID_ARGUMENT);
    imw_out_init(&out, text, sizeof text);
    ck_assert_int_eq(imw_out_atom(&out, B("\\Seen"), "\\"), 0);
    imw_out_init(&out, text, sizeof text);
    ck_assert_int_eq(imw_out_literal(&out, B("a\0b"), 1, NULL), 0);
    struct imw_build_caps nobinary = { 0 };
    imw_out_init(&out, text, sizeof text);
    ck_assert_int_eq(imw_out_literal(&out, B("a\0b"), 1, &nobinary),
                     IMW_ERR_INVALID_ARGUMENT);
    struct imw_seq_range r[] = { { 1, 4 }, { 7, 7 }, { 9, IMW_SEQ_STAR } };
    struct imw_seq_set set = { r, 3 };
    imw_out_init(&out, text, sizeof text - 1);
    imw_out_seq_set(&out, &set);
    text[out.len] = 0;
    ck_assert_str_eq(text, "1:4,7,9:*");
}
END_TEST

/* Free text: written as it is, one line, nothing that ends it early. */
START_TEST(test_free_text)
{
    uint8_t buf[64];
    struct imw_out out;
    imw_out_init(&out, buf, sizeof buf);
    ck_assert_int_eq(imw_out_free_text(&out, B("all [fine] \x80"), NULL), 0);
    ck_assert_uint_eq(out.len, 12);
    ck_assert(memcmp(buf, "all [fine] \x80", 12) == 0);
    ck_assert_int_eq(imw_out_free_text(&out, B(""), NULL), 0);
    ck_assert_uint_eq(out.len, 12);
    static const imw_bytes bad[] = { B("a\rb"), B("a\nb"), B("a\0b") };
    for (size_t i = 0; i < 3; i++) {
        imw_out_reset(&out);
        ck_assert_int_eq(imw_out_free_text(&out, bad[i], NULL),
                         IMW_ERR_INVALID_ARGUMENT);
        ck_assert_uint_eq(out.len, 0);
    }
    imw_out_reset(&out);
    ck_assert_int_eq(imw_out_free_text(&out, B("a]b"), "]"),
                     IMW_ERR_INVALID_ARGUMENT);
    imw_out_reset(&out);
    ck_assert_int_eq(imw_out_free_text(&out, B("a]b"), NULL), 0);
}
END_TEST

Suite *imw_build_suite(void)
{
    Suite *s = suite_create("build");
    TCase *tc = tcase_create("values");
    tcase_add_test(tc, test_astring_forms);
    tcase_add_test(tc, test_literal_minus_and_segments);
    tcase_add_test(tc, test_snprintf_style);
    tcase_add_test(tc, test_refusals);
    tcase_add_test(tc, test_free_text);
    suite_add_tcase(s, tc);
    return s;
}
