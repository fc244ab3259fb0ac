/* libFuzzer target: the response parser (framer, both machines,
 * handlers) must never crash, hang or leak, whatever the bytes and
 * however they are chunked.
 * Option octet: bits 0-5 chunk size - 1, bit 6 strict, bit 7 UTF8=ACCEPT.
 * Seeds start with the octet 0x3f (64-octet chunks, lenient). */
#include "fuzz_util.h"

static void drain(imw_parser *p, void *ctx)
{
    const struct imw_response *r;
    int rc;
    (void)ctx;
    while ((rc = imw_parser_next(p, &r)) != 0) {
        if (rc > 0)
            imw_fuzz_touch(r->raw);
        else
            (void)imw_parser_error(p)->reason[0];
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    imw_parser *p = imw_parser_new(IMW_SIDE_CLIENT);
    if (!p)
        return 0;
    imw_parser_set_option(p, IMW_OPTION_STRICT, (data[0] >> 6) & 1);
    imw_parser_set_option(p, IMW_OPTION_UTF8, data[0] >> 7);
    imw_parser_set_option(p, IMW_OPTION_EXPECT_GREETING, 0);
    imw_parser_set_limit(p, IMW_LIMIT_NESTING, 8);
    imw_parser_set_limit(p, IMW_LIMIT_LITERAL_SIZE, 4096);
    imw_fuzz_feed(p, data + 1, size - 1, IMW_FUZZ_CHUNK(data[0]), drain, NULL);
    imw_parser_free(p);
    return 0;
}
