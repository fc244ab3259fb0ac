/* Internal: what the builders share besides imapwire/builder.h. */
#ifndef IMW_BUILD_H
#define IMW_BUILD_H

#include "imapwire/builder.h"

/* Appends n octets (written while they fit); 0 or out->error. */
int imw_out_put(struct imw_out *out, const void *data, size_t n);
/* Records the first error and returns out->error. */
int imw_out_fail(struct imw_out *out, int code, const char *reason);
/* A builder's frame: begin resets the result, end closes the last
 * segment and returns 0 or the first error. */
void imw_out_begin(struct imw_out *out);
int imw_out_end(struct imw_out *out);

#endif /* IMW_BUILD_H */
