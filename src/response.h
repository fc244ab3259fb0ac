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

/* The split-off machines: src/machines.h, IMW_EXTERN in src/machine_glue.h. */
const unsigned char *imw_msg_att_machine_run(struct imw_run *run,
                                             const unsigned char *p);

#endif /* IMW_RESPONSE_H */
