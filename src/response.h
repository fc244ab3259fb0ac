/* Internal: the generated machines that validate a response message and
 * record its events (decoding them is src/decode.h). */
#ifndef IMW_RESPONSE_H
#define IMW_RESPONSE_H

#include "run.h"

/* Runs the generated response machine (gen/response_machine.c) over the
 * frame prepared in `run`.  Returns 0 when the message matches the grammar,
 * else a negative imw_error with run->error_at (and run->error_rule when an
 * action knew it) set. */
int imw_response_machine_run(struct imw_run *run);

/* Runs the machine of a rule split off by `extern` (grammar/bindings),
 * starting at p (the rule's first octet).  Returns the position after the
 * rule, or NULL with run->error set. */
const unsigned char *imw_run_extern(struct imw_run *run, uint16_t rule,
                                    const unsigned char *p);
const unsigned char *imw_msg_att_machine_run(struct imw_run *run,
                                             const unsigned char *p);

#endif /* IMW_RESPONSE_H */
