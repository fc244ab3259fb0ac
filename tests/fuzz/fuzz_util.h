/* Shared by the libFuzzer targets (tests/fuzz/fuzz_*.c): how an input
 * chooses the chunking, and the value JSON a round trip compares.
 * Built only by ./configure --enable-fuzzing (doc/ARCHITECTURE.md,
 * "Fuzzing"). */
#ifndef IMW_FUZZ_UTIL_H
#define IMW_FUZZ_UTIL_H

#include <stddef.h>
#include <stdint.h>
#include "imapwire/imapwire.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Chunk sizes 1..64 from the low six bits of an option octet: the
 * framer's resumption at every offset is what the small ones exercise. */
#define IMW_FUZZ_CHUNK(octet) ((size_t)((octet) & 0x3f) + 1)

/* Feeds data[0..size) in chunks of `chunk` octets, calling `drain` after
 * each; stops at a fatal feed error.  Then finishes the stream and drains
 * once more (what imw_parser_finish leaves). */
void imw_fuzz_feed(imw_parser *p, const uint8_t *data, size_t size,
                   size_t chunk, void (*drain)(imw_parser *p, void *ctx),
                   void *ctx);

/* Reads every octet of a slice, so that ASan sees a dangling one. */
void imw_fuzz_touch(imw_bytes b);

/* The value JSON of a response or command: what the tools print, without
 * the members that say how a value was spelt ("raw", "form", "snippet")
 * since the builder chooses those itself.  malloc'd; abort() when the
 * JSON writer fails (a fuzz target has nothing better to do). */
char *imw_fuzz_response_json(const struct imw_response *r);
char *imw_fuzz_command_json(const struct imw_command *c);

/* Aborts with both values and the bytes when `want` and `got` differ. */
void imw_fuzz_expect_same(const char *what, const char *want, const char *got,
                          const uint8_t *built, size_t built_len);

#endif
