/* Internal: turning a validated response message into typed structures. */
#ifndef IMW_RESPONSE_H
#define IMW_RESPONSE_H

#include "imapwire/types.h"
#include "arena.h"
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

struct imw_build {
    const struct imw_run *run; /* events and bytes of an accepted message */
    struct imw_arena *arena;
    int strict;          /* reject the named leniencies */
    int greeting_due;    /* this is the first response of the stream */

    /* set when building fails */
    int error;
    size_t error_at;     /* message offset */
    const char *reason;
    const char *rule;
};

/* Fills *out from the run.  Returns 0 or a negative imw_error (see the
 * error fields of *b). */
int imw_response_build(struct imw_build *b, struct imw_response *out);

#endif /* IMW_RESPONSE_H */
