/* Internal: what the builders share besides imapwire/builder.h. */
#ifndef IMW_BUILD_H
#define IMW_BUILD_H

#include "imapwire/builder.h"
#include "run.h"

/* Appends n octets (written while they fit); 0 or out->error. */
int imw_out_put(struct imw_out *out, const void *data, size_t n);
/* Records the first error and returns out->error. */
int imw_out_fail(struct imw_out *out, int code, const char *reason);
/* A builder's frame: begin resets the result, end closes the last
 * segment and returns 0 or the first error. */
void imw_out_begin(struct imw_out *out);
int imw_out_end(struct imw_out *out);

/* ---- shared by the response builders (build_resp.c, build_fetch.c) ---- */

/* How deep hand-made trees (values, bodies, search programs, thread
 * branches) may nest: as deep as the parser can be set to read
 * (IMW_MAX_NESTING, the highest IMW_LIMIT_NESTING), plus the level a
 * message itself takes, so that whatever was parsed can be built again;
 * deeper is refused, so that a hand-made cycle cannot exhaust the stack. */
#define IMW_BUILD_MAX_DEPTH (IMW_MAX_NESTING + 1)

/* `sent` when it is `canon` in any case (the peer's spelling survives a
 * round trip), else `canon`. */
int imw_out_keyword(struct imw_out *out, imw_bytes sent, const char *canon);
/* A generic value tree (struct imw_value) through the writers. */
int imw_out_value(struct imw_out *out, const struct imw_value *v,
                  const struct imw_build_caps *caps, int depth);
/* Generic arguments, each preceded by a space. */
int imw_out_values(struct imw_out *out, const struct imw_value *v, size_t n,
                   const struct imw_build_caps *caps);
int imw_out_flag_list(struct imw_out *out, const struct imw_flag_list *flags);
/* A date-time, quoted, from its parsed value. */
int imw_out_datetime(struct imw_out *out, const struct imw_datetime *dt);
/* FETCH data "n FETCH (...)" without "* " and CRLF (build_fetch.c). */
int imw_build_fetch(struct imw_out *out, const struct imw_fetch *f,
                    const struct imw_build_caps *caps);

#endif /* IMW_BUILD_H */
