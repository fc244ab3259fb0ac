/* Internal: the machines of rules split off by `extern` (grammar/bindings,
 * grammar/MANIFEST).  Each runs from p, the rule's first octet, and returns
 * the position just after the rule, or NULL with run->error set. */
#ifndef IMW_MACHINES_H
#define IMW_MACHINES_H

#include "run.h"

const unsigned char *imw_status_tail_machine_run(struct imw_run *run,
                                                 const unsigned char *p);
const unsigned char *imw_body_machine_run(struct imw_run *run,
                                          const unsigned char *p);
const unsigned char *imw_envelope_machine_run(struct imw_run *run,
                                              const unsigned char *p);

/* The command side's argument machines stop at the CR of the command's
 * final CRLF and return its position. */
const unsigned char *imw_search_args_machine_run(struct imw_run *run,
                                                 const unsigned char *p);
const unsigned char *imw_search_criteria_machine_run(struct imw_run *run,
                                                     const unsigned char *p);
const unsigned char *imw_fetch_args_machine_run(struct imw_run *run,
                                                const unsigned char *p);
const unsigned char *imw_notify_args_machine_run(struct imw_run *run,
                                                 const unsigned char *p);

#endif /* IMW_MACHINES_H */
