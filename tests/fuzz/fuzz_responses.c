/* libFuzzer target: the response parser must never crash, hang or leak,
 * whatever the bytes and however they are chunked.  The first input octet
 * picks the chunk size and the options.  Build and run: see
 * doc/ARCHITECTURE.md, "Fuzzing". */
#include <stddef.h>
#include <stdint.h>
#include "imapwire/imapwire.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void drain(imw_parser *p)
{
    const struct imw_response *r;
    int rc;
    while ((rc = imw_parser_next(p, &r)) != 0) {
        if (rc > 0) {
            /* touch what the response points at, for ASan */
            volatile uint8_t sink = 0;
            for (size_t i = 0; i < r->raw.len; i++)
                sink ^= r->raw.ptr[i];
            (void)sink;
        } else {
            (void)imw_parser_error(p)->reason[0];
        }
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    size_t chunk = (data[0] & 0x3f) + 1;
    imw_parser *p = imw_parser_new(IMW_SIDE_CLIENT);
    if (!p)
        return 0;
    imw_parser_set_option(p, IMW_OPTION_STRICT, data[0] >> 7);
    imw_parser_set_limit(p, IMW_LIMIT_NESTING, 8);
    imw_parser_set_limit(p, IMW_LIMIT_LITERAL_SIZE, 4096);
    data++, size--;
    for (size_t at = 0; at < size; at += chunk) {
        size_t n = size - at < chunk ? size - at : chunk;
        if (imw_parser_feed(p, data + at, n) < 0)
            break;
        drain(p);
    }
    imw_parser_finish(p);
    imw_parser_free(p);
    return 0;
}
