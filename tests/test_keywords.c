/* The keyword classifiers (src/keywords.re) read each word where it lies:
 * a match must end exactly at the slice's end, an octet past it must not
 * count, a NUL inside a word makes it "other", and the answers for long
 * words stay what they were when every word was copied first. */
#include <check.h>
#include <string.h>
#include "suites.h"
#include "keywords.h"

#define W(lit) (const uint8_t *)(lit), sizeof(lit) - 1

START_TEST(whole_slice_only)
{
    ck_assert_int_eq(imw_classify_keyword(W("OK")), IMW_KW_OK);
    ck_assert_int_eq(imw_classify_keyword(W("ok")), IMW_KW_OK);
    ck_assert_int_eq(imw_classify_keyword(W("OKAY")), IMW_KW_OTHER);
    ck_assert_int_eq(imw_classify_keyword(W("O")), IMW_KW_OTHER);
    ck_assert_int_eq(imw_classify_keyword(W("")), IMW_KW_OTHER);
    /* the octets after the slice are the rest of the line, not the word */
    const uint8_t *line = (const uint8_t *)"EXISTSX";
    ck_assert_int_eq(imw_classify_keyword(line, 6), IMW_KW_EXISTS);
    ck_assert_int_eq(imw_classify_keyword(line, 5), IMW_KW_OTHER);
    ck_assert_int_eq(imw_classify_code((const uint8_t *)"ALERT]", 5),
                     IMW_CODE_ALERT);
    ck_assert_int_eq(imw_classify_flag((const uint8_t *)"\\Seen)", 5),
                     IMW_FLAG_SEEN);
    ck_assert_int_eq(imw_classify_status_item(W("MESSAGES")),
                     IMW_STATUS_ITEM_MESSAGES);
    ck_assert_int_eq(imw_classify_mailbox_attr(W("\\noselect")),
                     IMW_MBOX_ATTR_NOSELECT);
    ck_assert_int_eq(imw_classify_list_ext(W("CHILDINFO")),
                     IMW_LIST_EXT_CHILDINFO);
}
END_TEST

START_TEST(nul_inside_a_word)
{
    ck_assert_int_eq(imw_classify_keyword(W("OK\0")), IMW_KW_OTHER);
    ck_assert_int_eq(imw_classify_keyword(W("O\0K")), IMW_KW_OTHER);
    ck_assert_int_eq(imw_classify_code(W("ALERT\0")), IMW_CODE_OTHER);
    ck_assert_int_eq(imw_classify_flag(W("\\Seen\0")), IMW_FLAG_EXTENSION);
    size_t at;
    ck_assert_int_eq(imw_classify_capability(W("IDLE\0"), &at),
                     IMW_CAP_OTHER);
    ck_assert_uint_eq(at, 5);
    ck_assert_int_eq(imw_classify_capability(W("THREAD=A\0B"), &at),
                     IMW_CAP_OTHER);
    ck_assert_uint_eq(at, 10);
    /* any AUTH= word with a mechanism is AUTH, as before */
    ck_assert_int_eq(imw_classify_capability(W("AUTH=\0X"), &at),
                     IMW_CAP_AUTH);
    ck_assert_uint_eq(at, 5);
}
END_TEST

START_TEST(capabilities_with_mechanisms)
{
    size_t at;
    ck_assert_int_eq(imw_classify_capability(W("AUTH=PLAIN"), &at),
                     IMW_CAP_AUTH);
    ck_assert_uint_eq(at, 5);
    ck_assert_int_eq(imw_classify_capability(W("AUTH="), &at), IMW_CAP_OTHER);
    ck_assert_uint_eq(at, 5);
    ck_assert_int_eq(imw_classify_capability(W("thread=REFERENCES"), &at),
                     IMW_CAP_THREAD);
    ck_assert_uint_eq(at, 7);
    ck_assert_int_eq(imw_classify_capability(W("COMPRESS=DEFLATE"), &at),
                     IMW_CAP_COMPRESS);
    ck_assert_uint_eq(at, 9);
    ck_assert_int_eq(imw_classify_capability(W("APPENDLIMIT=123"), &at),
                     IMW_CAP_APPENDLIMIT);
    ck_assert_int_eq(imw_classify_capability(W("APPENDLIMIT=12a"), &at),
                     IMW_CAP_OTHER);
    /* 40 octets and more: only AUTH= keeps its kind */
    char longer[64];
    memset(longer, 'X', sizeof longer);
    memcpy(longer, "AUTH=", 5);
    ck_assert_int_eq(imw_classify_capability((const uint8_t *)longer, 50, &at),
                     IMW_CAP_AUTH);
    ck_assert_uint_eq(at, 5);
    memcpy(longer, "THREAD=", 7);
    ck_assert_int_eq(imw_classify_capability((const uint8_t *)longer, 39, &at),
                     IMW_CAP_THREAD);
    ck_assert_int_eq(imw_classify_capability((const uint8_t *)longer, 40, &at),
                     IMW_CAP_OTHER);
    ck_assert_uint_eq(at, 40);
}
END_TEST

Suite *imw_keywords_suite(void)
{
    Suite *s = suite_create("keywords");
    TCase *tc = tcase_create("classifiers");
    tcase_add_test(tc, whole_slice_only);
    tcase_add_test(tc, nul_inside_a_word);
    tcase_add_test(tc, capabilities_with_mechanisms);
    suite_add_tcase(s, tc);
    return s;
}
