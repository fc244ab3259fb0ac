/* Internal to the value helpers (src/mutf7.c, src/datetime.c). */
#ifndef IMW_VALUE_ERROR_H
#define IMW_VALUE_ERROR_H

#include "imapwire/values.h"

/* Fills `err` (which may be NULL) and returns `code`, so that a refusal
 * is one statement: `return imw_value_fail(err, IMW_ERR_SYNTAX, ...)`. */
int imw_value_fail(struct imw_value_error *err, int code,
                   enum imw_value_reason reason, size_t offset);

#endif
