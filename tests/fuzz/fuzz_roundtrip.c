/* libFuzzer target: build-then-parse round trips on both sides.  Each
 * message the parser reads from the input is written by the builder (a
 * refusal is fine: not every parsed value has a strict form), the built
 * bytes are parsed again by a fresh parser, and the two values must be
 * equal (value JSON without spellings) and building the reparsed value
 * must give the same bytes.  Any difference aborts.
 * Octet 0: bits 0-5 chunk size - 1, bit 6 commands (else responses),
 * bit 7 UTF8=ACCEPT (parser option and builder capability).  Octet 1:
 * bits 0-1 the starting state (commands), bit 2 LITERAL+ for the builder,
 * bit 3 strict parsing of the input.
 * Seeds start with 0x3f 0x00 (responses) or 0x7f 0x00 (commands). */
#include <stdlib.h>
#include <string.h>

#include "fuzz_util.h"

struct round_trip {
    int utf8;
    struct imw_build_options opts;
};

/* A NUL-terminated copy of what the builder wrote. */
static uint8_t *built_copy(const struct imw_out *out, size_t *len)
{
    uint8_t *copy = malloc(out->len + 1);
    if (!copy)
        abort();
    memcpy(copy, out->buf, out->len);
    copy[out->len] = 0;
    *len = out->len;
    return copy;
}

/* Building the reparsed value gives the same bytes again. */
static void expect_fixed_point(const uint8_t *built, size_t len,
                               const struct imw_out *again, int rc)
{
    if (rc == 0 && again->len == len && memcmp(again->buf, built, len) == 0)
        return;
    size_t n;
    uint8_t *second = rc == 0 ? built_copy(again, &n) : NULL;
    imw_fuzz_expect_same("rebuilt bytes", (const char *)built,
                         second ? (const char *)second : "(refused)", built, len);
    free(second);
}

/* ---- responses -------------------------------------------------------------- */

static void reparse_response(const struct round_trip *rt, const uint8_t *built,
                             size_t len, const char *want)
{
    imw_parser *q = imw_parser_new(IMW_SIDE_CLIENT);
    const struct imw_response *r;
    if (!q)
        abort();
    imw_parser_set_option(q, IMW_OPTION_EXPECT_GREETING, 0);
    imw_parser_set_option(q, IMW_OPTION_UTF8, rt->utf8);
    if (imw_parser_feed(q, built, len) != 0 || imw_parser_next(q, &r) != 1)
        imw_fuzz_expect_same("built response does not parse", want, "", built, len);
    char *got = imw_fuzz_response_json(r);
    imw_fuzz_expect_same("response", want, got, built, len);
    struct imw_out again;
    imw_out_init_growing(&again, NULL);
    expect_fixed_point(built, len, &again, imw_build_response(&again, r, &rt->opts));
    if (imw_parser_next(q, &r) != 0)
        imw_fuzz_expect_same("built response is more than one", want, "", built, len);
    imw_out_free(&again);
    free(got);
    imw_parser_free(q);
}

static void drain_responses(imw_parser *p, void *ctx)
{
    const struct round_trip *rt = ctx;
    const struct imw_response *r;
    int rc;
    while ((rc = imw_parser_next(p, &r)) != 0) {
        if (rc < 0)
            continue;
        struct imw_out out;
        imw_out_init_growing(&out, NULL);
        if (imw_build_response(&out, r, &rt->opts) == 0) {
            size_t len;
            uint8_t *built = built_copy(&out, &len);
            char *want = imw_fuzz_response_json(r);
            reparse_response(rt, built, len, want);
            free(want);
            free(built);
        }
        imw_out_free(&out);
    }
}

/* ---- commands --------------------------------------------------------------- */

static enum imw_state state_for(enum imw_command_kind kind)
{
    if (kind == IMW_CMD_SASL_RESPONSE || kind == IMW_CMD_SASL_CANCEL)
        return IMW_STATE_AUTHENTICATE;
    return kind == IMW_CMD_DONE ? IMW_STATE_IDLE : IMW_STATE_AUTHENTICATED;
}

static void reparse_command(const struct round_trip *rt, enum imw_command_kind kind,
                            const uint8_t *built, size_t len, const char *want)
{
    imw_parser *q = imw_parser_new(IMW_SIDE_SERVER);
    const struct imw_command *c;
    if (!q)
        abort();
    imw_parser_set_state(q, state_for(kind));
    imw_parser_set_option(q, IMW_OPTION_UTF8, rt->utf8);
    if (imw_parser_feed(q, built, len) != 0 || imw_parser_next_command(q, &c) != 1)
        imw_fuzz_expect_same("built command does not parse", want, "", built, len);
    char *got = imw_fuzz_command_json(c);
    imw_fuzz_expect_same("command", want, got, built, len);
    struct imw_out again;
    imw_out_init_growing(&again, NULL);
    expect_fixed_point(built, len, &again, imw_build_command(&again, c, &rt->opts));
    if (imw_parser_next_command(q, &c) != 0)
        imw_fuzz_expect_same("built command is more than one", want, "", built, len);
    imw_out_free(&again);
    free(got);
    imw_parser_free(q);
}

static void drain_commands(imw_parser *p, void *ctx)
{
    const struct round_trip *rt = ctx;
    const struct imw_command *c;
    int rc;
    while ((rc = imw_parser_next_command(p, &c)) != 0) {
        if (rc < 0)
            continue;
        struct imw_out out;
        imw_out_init_growing(&out, NULL);
        if (imw_build_command(&out, c, &rt->opts) == 0) {
            size_t len;
            uint8_t *built = built_copy(&out, &len);
            char *want = imw_fuzz_command_json(c);
            reparse_command(rt, c->kind, built, len, want);
            free(want);
            free(built);
        }
        imw_out_free(&out);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    int commands = (data[0] >> 6) & 1;
    struct round_trip rt = { .utf8 = data[0] >> 7 };
    rt.opts.caps.utf8_accept = rt.utf8;
    rt.opts.caps.literal_plus = (data[1] >> 2) & 1;
    rt.opts.caps.binary = 1;
    imw_parser *p = imw_parser_new(commands ? IMW_SIDE_SERVER : IMW_SIDE_CLIENT);
    if (!p)
        return 0;
    imw_parser_set_option(p, IMW_OPTION_UTF8, rt.utf8);
    imw_parser_set_option(p, IMW_OPTION_STRICT, (data[1] >> 3) & 1);
    if (commands) {
        imw_parser_set_option(p, IMW_OPTION_FOLLOW_CLIENT, 1);
        imw_parser_set_state(p, (enum imw_state)(data[1] & 3));
    } else {
        imw_parser_set_option(p, IMW_OPTION_EXPECT_GREETING, 0);
    }
    imw_fuzz_feed(p, data + 2, size - 2, IMW_FUZZ_CHUNK(data[0]),
                  commands ? drain_commands : drain_responses, &rt);
    imw_parser_free(p);
    return 0;
}
