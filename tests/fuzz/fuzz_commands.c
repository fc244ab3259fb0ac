/* libFuzzer target: the command parser, what a server reads from a peer
 * that may not even have logged in, in every connection state.
 * Octet 0: bits 0-5 chunk size - 1, bit 6 strict, bit 7 follow the
 * client (IMW_OPTION_FOLLOW_CLIENT).  Octet 1: bits 0-1 the starting
 * state (not authenticated, authenticated, AUTHENTICATE, IDLE), bits 2-3
 * the non-synchronising literals announced (none, LITERAL-, LITERAL+),
 * bit 4 refuse every synchronising literal from the callback.
 * Seeds start with 0xbf 0x09 (64-octet chunks, following the client from
 * not authenticated, LITERAL+). */
#include "fuzz_util.h"

static int refuse_literal(const struct imw_literal_request *req, void *ctx)
{
    imw_fuzz_touch(req->tag);
    imw_fuzz_touch(req->command);
    (void)ctx;
    return IMW_REFUSE;
}

static void drain(imw_parser *p, void *ctx)
{
    const struct imw_command *c;
    int rc;
    (void)ctx;
    while ((rc = imw_parser_next_command(p, &c)) != 0) {
        if (rc > 0) {
            imw_fuzz_touch(c->raw);
            imw_fuzz_touch(c->tag);
        } else {
            (void)imw_parser_error(p)->reason[0];
        }
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    imw_parser *p = imw_parser_new(IMW_SIDE_SERVER);
    if (!p)
        return 0;
    imw_parser_set_option(p, IMW_OPTION_STRICT, (data[0] >> 6) & 1);
    imw_parser_set_option(p, IMW_OPTION_FOLLOW_CLIENT, data[0] >> 7);
    imw_parser_set_state(p, (enum imw_state)(data[1] & 3));
    imw_parser_set_option(p, IMW_OPTION_NONSYNC_LITERALS, (data[1] >> 2) % 3);
    if (data[1] & 0x10)
        imw_parser_set_continuation_callback(p, refuse_literal, NULL);
    /* small limits, so that the fuzzer reaches them */
    imw_parser_set_limit_for(p, IMW_STATE_AUTHENTICATED, IMW_LIMIT_LITERAL_SIZE, 4096);
    imw_parser_set_limit_for(p, IMW_STATE_AUTHENTICATED, IMW_LIMIT_NESTING, 8);
    imw_fuzz_feed(p, data + 2, size - 2, IMW_FUZZ_CHUNK(data[0]), drain, NULL);
    imw_parser_free(p);
    return 0;
}
