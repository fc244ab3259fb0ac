/* The command builder (imw_build_command): every command of the client
 * captures and every RFC example is parsed, built and parsed again to the
 * same typed value; the built bytes are a fixed point; seeded random
 * commands of every kind round-trip; hostile values are refused. */
#include <check.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "imapwire/imapwire.h"
#include "imapwire/builder.h"
#include "suites.h"
#include "test_util.h"
#include "json_command.h"
#include "test_build_cmd.h"

/* ---- comparing values ----------------------------------------------------- */

/* The JSON without the members that say how a value was spelt rather
 * than what it is ("raw": the bytes as sent, "form": atom, quoted or
 * literal); the builder chooses those itself. */
char *imw_test_value_json(const char *json)
{
    size_t n = strlen(json), o = 0;
    char *out = malloc(n + 1);
    ck_assert_ptr_nonnull(out);
    for (const char *s = json; *s;) {
        int key = (*s == '"') && o > 0 && (out[o - 1] == '{' || out[o - 1] == ',');
        if (key && (strncmp(s, "\"raw\":", 6) == 0 ||
                    strncmp(s, "\"form\":", 7) == 0)) {
            s = imw_json_skip_value(strchr(s, ':') + 1);
            if (out[o - 1] == ',')
                o--;
            else if (*s == ',')
                s++;
            continue;
        }
        if (*s == '"') { /* copy a whole string: its text is not a key */
            const char *e = imw_json_skip_value(s);
            memcpy(out + o, s, (size_t)(e - s));
            o += (size_t)(e - s);
            s = e;
            continue;
        }
        out[o++] = *s++;
    }
    out[o] = '\0';
    return out;
}

char *imw_test_command_json(const struct imw_command *c)
{
    struct imw_json json;
    imw_json_init_buffer(&json);
    imw_json_command(&json, c);
    ck_assert(!imw_json_failed(&json));
    char *v = imw_test_value_json(json.buf ? json.buf : "");
    imw_json_release(&json);
    return v;
}

/* ---- building and parsing ------------------------------------------------- */

static const struct imw_build_options rt_opts = {
    .caps = { .binary = 1 }, /* synchronising literals, literal8 allowed */
};

/* Builds `c` into a malloc'd copy; the length in *len; NULL and the
 * reason in *why when the builder refused it. */
char *imw_test_build(const struct imw_command *c, size_t *len,
                     const char **why)
{
    struct imw_out out;
    imw_out_init_growing(&out, NULL);
    int rc = imw_build_command(&out, c, &rt_opts);
    char *copy = NULL;
    *why = out.reason;
    if (rc == 0) {
        ck_assert_uint_ge(out.nsegments, 1);
        ck_assert_uint_eq(out.segments[out.nsegments - 1].offset +
                          out.segments[out.nsegments - 1].len, out.len);
        copy = malloc(out.len + 1);
        ck_assert_ptr_nonnull(copy);
        memcpy(copy, out.buf, out.len);
        copy[out.len] = '\0';
        *len = out.len;
    }
    imw_out_free(&out);
    return copy;
}

static enum imw_state state_for(enum imw_command_kind kind)
{
    if (kind == IMW_CMD_SASL_RESPONSE || kind == IMW_CMD_SASL_CANCEL)
        return IMW_STATE_AUTHENTICATE;
    return kind == IMW_CMD_DONE ? IMW_STATE_IDLE : IMW_STATE_AUTHENTICATED;
}

/* Parses built bytes (one command) and checks that they are one command
 * whose value JSON is `want`, and that building it again gives the same
 * bytes. */
void imw_test_reparse(const char *bytes, size_t len, enum imw_command_kind kind,
                      const char *want, const char *context)
{
    imw_parser *q = imw_parser_new(IMW_SIDE_SERVER);
    const struct imw_command *c2;
    ck_assert_ptr_nonnull(q);
    ck_assert_int_eq(imw_parser_set_state(q, state_for(kind)), 0);
    ck_assert_int_eq(imw_parser_feed(q, bytes, len), 0);
    int rc = imw_parser_next_command(q, &c2);
    ck_assert_msg(rc == 1, "%s: built bytes do not parse (%d %s):\n%.*s",
                  context, rc, rc < 0 ? imw_error_name(rc) : "", (int)len,
                  bytes);
    char *got = imw_test_command_json(c2);
    ck_assert_msg(strcmp(got, want) == 0, "%s: round trip differs\nbuilt: %.*s"
                  "\nwant: %s\ngot:  %s", context, (int)len, bytes, want, got);
    size_t len2;
    const char *why;
    char *again = imw_test_build(c2, &len2, &why);
    ck_assert_msg(again != NULL, "%s: reparsed value refused: %s", context, why);
    ck_assert_msg(len2 == len && memcmp(again, bytes, len) == 0,
                  "%s: not a fixed point:\n%.*s\n%.*s", context, (int)len,
                  bytes, (int)len2, again);
    ck_assert_int_eq(imw_parser_next_command(q, &c2), 0);
    free(again);
    free(got);
    imw_parser_free(q);
}

/* Every command `len` bytes hold (those that parse) round-trips; returns
 * how many did. */
static size_t roundtrip_stream(const char *data, size_t len,
                               enum imw_state start, const char *context)
{
    imw_parser *p = imw_parser_new(IMW_SIDE_SERVER);
    const struct imw_command *c;
    size_t done = 0;
    int rc;
    ck_assert_ptr_nonnull(p);
    ck_assert_int_eq(imw_parser_set_state(p, start), 0);
    imw_parser_set_option(p, IMW_OPTION_FOLLOW_CLIENT, 1);
    ck_assert_int_eq(imw_parser_feed(p, data, len), 0);
    while ((rc = imw_parser_next_command(p, &c)) != 0) {
        if (rc < 0) {
            ck_assert(!imw_error_is_fatal(rc));
            continue; /* the brief: skip what does not parse */
        }
        size_t blen;
        const char *why;
        char *want = imw_test_command_json(c);
        char *built = imw_test_build(c, &blen, &why);
        ck_assert_msg(built != NULL, "%s: refused (%s): %.*s", context, why,
                      (int)c->raw.len, c->raw.ptr);
        imw_test_reparse(built, blen, c->kind, want, context);
        free(built);
        free(want);
        done++;
    }
    imw_parser_free(p);
    return done;
}

static const char *const captures[] = {
    TEST_DATA_DIR "/client-imaplib.commands",
    TEST_DATA_DIR "/client-imaplib.conn2.commands",
    TEST_DATA_DIR "/client-imaplib.conn3.commands",
    TEST_DATA_DIR "/client-mbsync.commands",
    TEST_DATA_DIR "/client-mbsync.conn2.commands",
    TEST_DATA_DIR "/client-fetchmail.commands",
    TEST_DATA_DIR "/dovecot-full.commands",
    TEST_DATA_DIR "/dovecot-full.conn2.commands",
    TEST_DATA_DIR "/dovecot-session.commands",
};

START_TEST(test_captures_roundtrip)
{
    size_t len;
    char *data = imw_test_read_file(captures[_i], &len);
    size_t n = roundtrip_stream(data, len, IMW_STATE_NOT_AUTHENTICATED,
                                captures[_i]);
    ck_assert_uint_ge(n, 5);
    free(data);
}
END_TEST

/* Every RFC example not marked [skip], each in a parser of its own. */
START_TEST(test_rfc_examples_roundtrip)
{
    size_t len, examples = 0;
    char *text = imw_test_read_file(TEST_DATA_DIR "/rfc-examples.commands", &len);
    char *entry = strstr(text, "\n# RFC ");
    while (entry) {
        char *hdr = entry + 1;
        char *body = strchr(hdr, '\n') + 1;
        char *next = strstr(body, "\n# RFC ");
        size_t blen = next ? (size_t)(next + 1 - body) : strlen(body);
        body[-1] = '\0';
        if (!strstr(hdr, "[skip"))
            examples += roundtrip_stream(body, blen, IMW_STATE_AUTHENTICATED,
                                         hdr) > 0;
        entry = next;
    }
    ck_assert_uint_ge(examples, 590);
    free(text);
}
END_TEST

Suite *imw_build_cmd_suite(void)
{
    Suite *s = suite_create("build_cmd");
    TCase *tc = tcase_create("build_cmd");
    tcase_set_timeout(tc, 60);
    tcase_add_loop_test(tc, test_captures_roundtrip, 0,
                        (int)(sizeof captures / sizeof captures[0]));
    tcase_add_test(tc, test_rfc_examples_roundtrip);
    imw_build_cmd_random_tests(tc);
    imw_build_cmd_hostile_tests(tc);
    suite_add_tcase(s, tc);
    return s;
}
