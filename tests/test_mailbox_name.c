/* Tests of the mailbox name helpers (src/mailbox_name.c): INBOX, the
 * hierarchy walk and join, safe local names. */
#include <check.h>
#include <stdint.h>
#include <string.h>

#include "imapwire/values.h"
#include "suites.h"

#define U8(s) ((const uint8_t *)(s))

START_TEST(inbox_any_case)
{
    static const char *const yes[] = {"INBOX", "inbox", "InBoX", "iNBOx"};
    static const char *const no[] = {"INBOX.", "INBO", "INBOXX", " INBOX",
                                     "INB0X", "", "INBOX/Sent", "\xC4\xB1nbox"};
    size_t i;

    for (i = 0; i < sizeof yes / sizeof yes[0]; i++)
        ck_assert_msg(imw_mailbox_is_inbox(U8(yes[i]), strlen(yes[i])) == 1,
                      "\"%s\"", yes[i]);
    for (i = 0; i < sizeof no / sizeof no[0]; i++)
        ck_assert_msg(imw_mailbox_is_inbox(U8(no[i]), strlen(no[i])) == 0,
                      "\"%s\"", no[i]);
    /* the length decides, not a NUL */
    ck_assert_int_eq(imw_mailbox_is_inbox(U8("inboxes"), 5), 1);
    ck_assert_int_eq(imw_mailbox_is_inbox(NULL, 5), 0);
}
END_TEST

/* Splits `name` by `delim` and checks the components against `want`
 * (NULL-terminated), then joins them back to `name`. */
static void expect_split(const char *name, uint8_t delim,
                         const char *const *want)
{
    struct imw_mailbox_iter it;
    imw_bytes parts[16];
    size_t k = 0;
    char joined[128];

    imw_mailbox_iter_init(&it, U8(name), strlen(name), delim);
    while (imw_mailbox_iter_next(&it, &parts[k])) {
        ck_assert_msg(want[k] != NULL, "\"%s\": extra component", name);
        ck_assert_msg(parts[k].len == strlen(want[k]) &&
                          memcmp(parts[k].ptr, want[k], parts[k].len) == 0,
                      "\"%s\": component %zu is \"%.*s\", expected \"%s\"",
                      name, k, (int)parts[k].len, (const char *)parts[k].ptr,
                      want[k]);
        k++;
    }
    ck_assert_msg(want[k] == NULL, "\"%s\": missing \"%s\"", name, want[k]);
    ck_assert_int_eq(imw_mailbox_iter_next(&it, &parts[0]), 0);
    /* join is the inverse */
    ck_assert_int_eq(imw_mailbox_join(parts, k, delim, joined, sizeof joined),
                     (int)strlen(name));
    ck_assert_str_eq(joined, name);
}

START_TEST(hierarchy_split_and_join)
{
    static const char *const abc[] = {"a", "b", "c", NULL};
    static const char *const one[] = {"INBOX", NULL};
    static const char *const doubled[] = {"a", "", "b", NULL};
    static const char *const ends[] = {"", "a", "", NULL};
    static const char *const empty[] = {"", NULL};
    static const char *const two_empty[] = {"", "", NULL};
    static const char *const flat[] = {"a/b.c", NULL};
    static const char *const utf8[] = {"Entw\xC3\xBC" "rfe", "\xE5\x8F\xB0", NULL};

    expect_split("a/b/c", '/', abc);
    expect_split("a.b.c", '.', abc);
    expect_split("INBOX", '/', one);
    expect_split("a//b", '/', doubled);
    expect_split("/a/", '/', ends);
    expect_split("", '/', empty);
    expect_split("/", '/', two_empty);
    expect_split("a/b.c", 0, flat);   /* flat namespace: one component */
    expect_split("", 0, empty);
    expect_split("Entw\xC3\xBC" "rfe.\xE5\x8F\xB0", '.', utf8);
}
END_TEST

START_TEST(hierarchy_join_refusals)
{
    imw_bytes parts[2] = {{U8("a"), 1}, {U8("b/c"), 3}};
    char out[16];

    memset(out, 'x', sizeof out);
    /* a component holding the delimiter would split differently */
    ck_assert_int_eq(imw_mailbox_join(parts, 2, '/', out, sizeof out),
                     IMW_ERR_INVALID_ARGUMENT);
    /* in a flat namespace there is nothing to join with */
    ck_assert_int_eq(imw_mailbox_join(parts, 2, 0, out, sizeof out),
                     IMW_ERR_INVALID_ARGUMENT);
    ck_assert_int_eq(imw_mailbox_join(parts + 1, 1, 0, out, sizeof out), 3);
    ck_assert_str_eq(out, "b/c");
    ck_assert_int_eq(imw_mailbox_join(parts, 0, '/', out, sizeof out),
                     IMW_ERR_INVALID_ARGUMENT);
    ck_assert_int_eq(imw_mailbox_join(NULL, 1, '/', out, sizeof out),
                     IMW_ERR_INVALID_ARGUMENT);
    parts[1].ptr = NULL;
    ck_assert_int_eq(imw_mailbox_join(parts, 2, '/', out, sizeof out),
                     IMW_ERR_INVALID_ARGUMENT);
}
END_TEST

START_TEST(hierarchy_join_capacity)
{
    imw_bytes parts[3] = {{U8("Work"), 4}, {U8("2024"), 4}, {U8("Q1"), 2}};
    char out[16];

    memset(out, 'x', sizeof out);
    ck_assert_int_eq(imw_mailbox_join(parts, 3, '.', out, 6), 12);
    ck_assert_str_eq(out, "Work.");
    ck_assert_int_eq(out[6], 'x');
    ck_assert_int_eq(imw_mailbox_join(parts, 3, '.', NULL, 0), 12);
    ck_assert_int_eq(imw_mailbox_join(parts, 3, '.', out, 13), 12);
    ck_assert_str_eq(out, "Work.2024.Q1");
}
END_TEST

/* ---- safe local names --------------------------------------------------------- */

struct safe_case {
    const char *name;
    size_t len;      /* 0: strlen(name) */
    uint8_t delim;
    enum imw_value_reason reason; /* IMW_VALUE_OK: safe */
    size_t offset;
};

static const struct safe_case safe_cases[] = {
    {"INBOX", 0, '/', IMW_VALUE_OK, 0},
    {"Work/2024/Q1", 0, '/', IMW_VALUE_OK, 0},
    {"Work.2024.Q1", 0, '.', IMW_VALUE_OK, 0},
    {"...a", 0, '/', IMW_VALUE_OK, 0},          /* "...a" is a plain name */
    {".hidden/a..b", 0, '/', IMW_VALUE_OK, 0},
    {"Entw\xC3\xBC" "rfe/\xF0\x9F\x98\x80", 0, '/', IMW_VALUE_OK, 0},
    {"a b~&", 0, 0, IMW_VALUE_OK, 0},
    /* empty components */
    {"", 0, '/', IMW_NAME_EMPTY_COMPONENT, 0},
    {"", 0, 0, IMW_NAME_EMPTY_COMPONENT, 0},
    {"/a", 0, '/', IMW_NAME_EMPTY_COMPONENT, 0},
    {"a/", 0, '/', IMW_NAME_EMPTY_COMPONENT, 2},
    {"a//b", 0, '/', IMW_NAME_EMPTY_COMPONENT, 2},
    {"a..b", 0, '.', IMW_NAME_EMPTY_COMPONENT, 2},
    /* "." and ".." */
    {".", 0, '/', IMW_NAME_DOT_COMPONENT, 0},
    {"..", 0, '/', IMW_NAME_DOT_COMPONENT, 0},
    {"a/../b", 0, '/', IMW_NAME_DOT_COMPONENT, 2},
    {"a/.", 0, '/', IMW_NAME_DOT_COMPONENT, 2},
    {"..", 0, 0, IMW_NAME_DOT_COMPONENT, 0},
    {"a\\..", 0, '\\', IMW_NAME_DOT_COMPONENT, 2},
    /* "/" only as the delimiter */
    {"a/b", 0, '.', IMW_NAME_SLASH, 1},
    {"a.b/c", 0, '.', IMW_NAME_SLASH, 3},
    {"/", 0, 0, IMW_NAME_SLASH, 0},
    {"../x", 0, 0, IMW_NAME_SLASH, 2},
    /* control octets */
    {"a\x01", 0, '/', IMW_NAME_CONTROL, 1},
    {"a\x1F" "b", 0, '/', IMW_NAME_CONTROL, 1},
    {"a/\x7F", 0, '/', IMW_NAME_CONTROL, 2},
    {"a\0b", 3, '/', IMW_NAME_CONTROL, 1},
    {"\n", 0, 0, IMW_NAME_CONTROL, 0},
    /* UTF-8 */
    {"a\xC3", 0, '/', IMW_UTF8_TRUNCATED, 1},
    {"\xC0\xAF", 0, '/', IMW_UTF8_OVERLONG, 0},     /* an overlong "/" */
    {"x/\xED\xA0\x80", 0, '/', IMW_UTF8_SURROGATE, 2},
    {"\xF4\x90\x80\x80", 0, '/', IMW_UTF8_TOO_LARGE, 0},
    {"ab\xFF", 0, '/', IMW_UTF8_INVALID, 2},
    {"\xE4\x41\x41", 0, '/', IMW_UTF8_INVALID, 1},
    /* left to right: the first rule broken wins */
    {"./\x01", 0, '/', IMW_NAME_DOT_COMPONENT, 0},
    {"\x01/.", 0, '/', IMW_NAME_CONTROL, 0},
};

START_TEST(safe_local_name_rules)
{
    const struct safe_case *c = &safe_cases[_i];
    size_t len = c->len ? c->len : strlen(c->name);
    struct imw_value_error err = {IMW_VALUE_OK, 0};
    int rc = imw_mailbox_safe_local_name(U8(c->name), len, c->delim, &err);

    if (c->reason == IMW_VALUE_OK) {
        ck_assert_msg(rc == 0, "case %d: rc %d (%s at %zu)", _i, rc,
                      imw_value_reason_text(err.reason), err.offset);
        return;
    }
    ck_assert_msg(rc == IMW_ERR_SYNTAX, "case %d: rc %d", _i, rc);
    ck_assert_msg(err.reason == c->reason, "case %d: %s, expected %s", _i,
                  imw_value_reason_text(err.reason),
                  imw_value_reason_text(c->reason));
    ck_assert_msg(err.offset == c->offset, "case %d: offset %zu, expected %zu",
                  _i, err.offset, c->offset);
    ck_assert_int_eq(imw_mailbox_safe_local_name(U8(c->name), len, c->delim,
                                                 NULL),
                     IMW_ERR_SYNTAX);
}
END_TEST

START_TEST(safe_local_name_bad_arguments)
{
    ck_assert_int_eq(imw_mailbox_safe_local_name(NULL, 1, '/', NULL),
                     IMW_ERR_INVALID_ARGUMENT);
    ck_assert_int_eq(imw_mailbox_safe_local_name(U8("a"), 1, '\n', NULL),
                     IMW_ERR_INVALID_ARGUMENT);
    ck_assert_int_eq(imw_mailbox_safe_local_name(U8("a"), 1, 0x7F, NULL),
                     IMW_ERR_INVALID_ARGUMENT);
    ck_assert_int_eq(imw_mailbox_safe_local_name(U8("a"), 1, 0xC3, NULL),
                     IMW_ERR_INVALID_ARGUMENT);
}
END_TEST

#define N(a) ((int)(sizeof(a) / sizeof((a)[0])))

Suite *imw_mailbox_name_suite(void)
{
    Suite *s = suite_create("mailbox_name");
    TCase *h = tcase_create("hierarchy");
    TCase *l = tcase_create("local");

    tcase_add_test(h, inbox_any_case);
    tcase_add_test(h, hierarchy_split_and_join);
    tcase_add_test(h, hierarchy_join_refusals);
    tcase_add_test(h, hierarchy_join_capacity);
    suite_add_tcase(s, h);
    tcase_add_loop_test(l, safe_local_name_rules, 0, N(safe_cases));
    tcase_add_test(l, safe_local_name_bad_arguments);
    suite_add_tcase(s, l);
    return s;
}
