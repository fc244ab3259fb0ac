/* Internal to the value helpers (src/mutf7.c, src/datetime.c,
 * src/mailbox_name.c); imw_is_base64() also serves the server side and
 * the builders. */
#ifndef IMW_VALUE_ERROR_H
#define IMW_VALUE_ERROR_H

#include "imapwire/values.h"

/* Fills `err` (which may be NULL) and returns `code`, so that a refusal
 * is one statement: `return imw_value_fail(err, IMW_ERR_SYNTAX, ...)`. */
int imw_value_fail(struct imw_value_error *err, int code,
                   enum imw_value_reason reason, size_t offset);

/* Reads the UTF-8 sequence at in[i] (i < len): its code point and length,
 * or IMW_ERR_SYNTAX with the IMW_UTF8_* reason and offset it is refused
 * for (overlong forms, surrogates, > U+10FFFF, cut short).  NUL is
 * accepted here; callers that refuse it say so. */
int imw_utf8_next(const uint8_t *in, size_t len, size_t i, uint32_t *cp,
                  size_t *n, struct imw_value_error *err);

/* 1 when s[0..len) is base64 as RFC 3501 defines it: groups of four
 * base64 characters, "=" padding (at most two) only at the end; the empty
 * string is base64 (SASL's empty response). */
int imw_is_base64(const uint8_t *s, size_t len);

/* snprintf-style text output: every octet is counted, only the first
 * cap - 1 are stored, and imw_text_finish() adds the NUL (when cap > 0)
 * and returns the whole length, or IMW_ERR_NUMBER_RANGE above INT_MAX.
 * `out` NULL must come with cap 0. */
struct imw_text_sink {
    char *out;
    size_t cap, len;
};

void imw_text_put(struct imw_text_sink *t, const char *s, size_t n);
int imw_text_finish(struct imw_text_sink *t);

#endif
