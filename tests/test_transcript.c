/* The transcript captured from a real Dovecot (tests/dovecot/
 * capture-session.sh): every message parses, typed, in any chunking. */
#include <check.h>
#include <stdlib.h>
#include <string.h>
#include "suites.h"
#include "test_util.h"

#define TRANSCRIPT TEST_DATA_DIR "/dovecot-session.responses"

static size_t count_lines(const char *s, const char *prefix)
{
    size_t n = 0, plen = strlen(prefix);
    for (const char *line = s; line && *line; line = strchr(line, '\n')) {
        if (*line == '\n')
            line++;
        n += strncmp(line, prefix, plen) == 0;
    }
    return n;
}

START_TEST(test_every_message_typed)
{
    size_t len;
    char *data = imw_test_read_file(TRANSCRIPT, &len);
    struct imw_test_opts o = { 0 };
    char *got = imw_test_parse(data, len, o);
    /* one message per line in this transcript: no literals from the server */
    size_t lines = 0;
    for (size_t i = 0; i < len; i++)
        lines += data[i] == '\n';
    ck_assert_uint_eq(count_lines(got, "R "), lines);
    ck_assert_uint_eq(count_lines(got, "E "), 0);
    ck_assert_uint_eq(count_lines(got, "R other"), 0);
    ck_assert_ptr_nonnull(strstr(got, "F 0\n"));
    /* a few typed values, one of each kind the session produces */
    ck_assert_ptr_nonnull(strstr(got, "R greeting OK [CAPABILITY \"CAPABILITY\" "
                                      "(IMAP4REV1:\"IMAP4rev1\" "));
    ck_assert_ptr_nonnull(strstr(got, "R continue base64=\"\" \"\"\n"));
    ck_assert_ptr_nonnull(strstr(got, "R continue text \"idling\"\n"));
    ck_assert_ptr_nonnull(strstr(got, "R expunge 2\nR expunge 1\n"));
    ck_assert_ptr_nonnull(strstr(got, "[HIGHESTMODSEQ \"HIGHESTMODSEQ\" 6] \"Highest\""));
    ck_assert_ptr_nonnull(strstr(got, "[READ-ONLY \"READ-ONLY\"] \"Examine completed"));
    ck_assert_ptr_nonnull(strstr(got, "[PERMANENTFLAGS \"PERMANENTFLAGS\" ()]"));
    ck_assert_ptr_nonnull(strstr(got, "[TRYCREATE \"TRYCREATE\"]"));
    ck_assert_ptr_nonnull(strstr(got, "[CLOSED \"CLOSED\"]"));
    ck_assert_ptr_nonnull(strstr(got, "[APPENDUID \"APPENDUID\" \"1795325164 3\"]"));
    ck_assert_ptr_nonnull(strstr(got, "R status BYE \"Logging out\"\n"));
    free(got);
    free(data);
}
END_TEST

START_TEST(test_chunk_invariance)
{
    size_t len;
    char *data = imw_test_read_file(TRANSCRIPT, &len);
    struct imw_test_opts o = { 0 };
    char *whole = imw_test_parse(data, len, o);
    for (size_t chunk = 1; chunk <= 64; chunk++) {
        o.chunk = chunk;
        char *got = imw_test_parse(data, len, o);
        ck_assert_msg(strcmp(got, whole) == 0, "chunk size %zu differs", chunk);
        free(got);
    }
    free(whole);
    free(data);
}
END_TEST

/* Strict mode: this Dovecot session breaks no rule of the ABNF except
 * "+ " for an empty SASL challenge, which is valid base64. */
START_TEST(test_strict)
{
    size_t len;
    char *data = imw_test_read_file(TRANSCRIPT, &len);
    struct imw_test_opts o = { .strict = 1 };
    char *got = imw_test_parse(data, len, o);
    ck_assert_msg(count_lines(got, "E ") == 0, "%s", got);
    free(got);
    free(data);
}
END_TEST

Suite *imw_transcript_suite(void)
{
    Suite *s = suite_create("transcript");
    TCase *tc = tcase_create("dovecot");
    tcase_add_test(tc, test_every_message_typed);
    tcase_add_test(tc, test_chunk_invariance);
    tcase_add_test(tc, test_strict);
    suite_add_tcase(s, tc);
    return s;
}
