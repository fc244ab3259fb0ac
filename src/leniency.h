/* Internal: the named leniencies of the grammar (grammar/overrides.abnf,
 * LENIENCY; doc/ARCHITECTURE.md lists them).  Each extra form a real
 * server needs is a rule `lenient-NAME` with an event; a message whose run
 * holds such an event used leniency NAME, which strict mode rejects
 * (space-at-line-end is name-only: src/leniency.c says why and how). */
#ifndef IMW_LENIENCY_H
#define IMW_LENIENCY_H

#include <stddef.h>
#include <stdint.h>
#include "run.h"

/* The leniency that rule `rule` stands for ("flag-star"), or NULL. */
const char *imw_leniency_name(uint16_t rule);

/* Returns nonzero when the run used a leniency, with *at the message
 * offset where the first one (by position) starts and *name its name. */
int imw_leniency_check(const struct imw_run *run, size_t *at,
                       const char **name);

#endif /* IMW_LENIENCY_H */
