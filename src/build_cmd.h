/* Internal: what the command builders (build_cmd.c, build_cmd_msg.c)
 * share.  Every helper appends to `out` and returns 0 or out->error, like
 * the value writers of imapwire/builder.h. */
#ifndef IMW_BUILD_CMD_H
#define IMW_BUILD_CMD_H

#include "imapwire/builder.h"
#include "imapwire/command_mailbox.h"
#include "imapwire/command_message.h"
#include "build.h"

int imw_bc_sp(struct imw_out *out);
/* `canonical` (a keyword the builder knows), spelt as `given` when
 * `given` is the same word in another case: a parsed command keeps its
 * spelling, a hand-made one (given empty) gets the canonical one. */
int imw_bc_keyword(struct imw_out *out, imw_bytes given, const char *canonical);
/* A generic value tree, and a generic node (name, then each argument
 * after a space); a node whose arguments did not read as values is
 * refused: its raw text cannot be sent safely. */
int imw_bc_value(struct imw_out *out, const struct imw_value *v,
                 const struct imw_build_caps *caps, int depth);
int imw_bc_generic(struct imw_out *out, const struct imw_generic *g,
                   const struct imw_build_caps *caps);
/* Only the arguments of `g`, each after a space. */
int imw_bc_generic_args(struct imw_out *out, const struct imw_generic *g,
                        const struct imw_build_caps *caps);
/* "(" flag *(SP flag) ")" */
int imw_bc_flag_list(struct imw_out *out, const struct imw_flag_list *flags);
/* A sequence set, or "$" when `saved` (RFC 5182). */
int imw_bc_set(struct imw_out *out, const struct imw_seq_set *set, int saved);

/* The message family (build_cmd_msg.c): 1 when `c` is of the family
 * (its arguments then written or refused in out), 0 otherwise. */
int imw_build_cmd_message(struct imw_out *out, const struct imw_command *c,
                          const struct imw_build_caps *caps);

#endif /* IMW_BUILD_CMD_H */
