/* Internal: one run of a generated Ragel machine over one framed message.
 *
 * The machine validates the message and records events: the span of every
 * rule named by `event` in grammar/bindings.  Entering a rule only notes its
 * start (idempotent, so it is harmless when several alternatives enter the
 * same rule at once); leaving it appends (rule, start, end).  An event that
 * several live alternatives produce identically is recorded once.  The
 * handlers in src/response.c then read the events and the bytes. */
#ifndef IMW_RUN_H
#define IMW_RUN_H

#include <stddef.h>
#include <stdint.h>
#include "imapwire/common.h"
#include "framer.h"
#include "imw_rules.h"

/* Fixed depth of the Ragel call stack: the most any nesting limit can be. */
#define IMW_MAX_NESTING 256

struct imw_event {
    uint16_t rule;   /* enum imw_rule_id */
    uint32_t start;  /* message offsets: [start, end) */
    uint32_t end;
};

struct imw_run {
    const imw_allocator *alloc;
    const uint8_t *data;  /* the message */
    size_t len;
    const struct imw_literal_span *lits;
    size_t nlits;
    size_t next_lit;      /* literals are met in order */
    size_t skipped_to;    /* literal_skip may fire twice on one octet */

    struct imw_event *ev; /* owned, reused from message to message */
    size_t nev;
    size_t ev_cap;
    /* Per rule, 1 + the offset where it was last entered / last left;
     * 0 = not yet.  A rule is open while closed <= mark. */
    uint32_t mark[IMW_RULE_COUNT];
    uint32_t closed[IMW_RULE_COUNT];

    /* Ragel call stacks: the response machine's, and one for the machine
     * it hands a split-off rule to (msg-att) while its own is pending. */
    int stack[IMW_MAX_NESTING];
    int top;
    int sub_stack[IMW_MAX_NESTING];
    int sub_top;
    unsigned nesting_limit;

    int error;            /* 0 or enum imw_error, set by actions */
    size_t error_at;
    uint16_t error_rule;
};

void imw_run_init(struct imw_run *run, const imw_allocator *alloc);
void imw_run_free(struct imw_run *run);
/* Prepares a run over one frame. */
void imw_run_start(struct imw_run *run, const struct imw_frame *frame);

/* Appends an event unless an identical one was just recorded. */
int imw_run_push_event(struct imw_run *run, uint16_t rule, size_t end);

static inline void imw_run_open(struct imw_run *run, uint16_t rule, size_t at)
{
    run->mark[rule] = (uint32_t)at + 1;
}

static inline void imw_run_close(struct imw_run *run, uint16_t rule, size_t at)
{
    run->closed[rule] = (uint32_t)at + 1;
    if (imw_run_push_event(run, rule, at) < 0 && !run->error) {
        run->error = IMW_ERR_NOMEM;
        run->error_at = at;
    }
}

/* Called on the LF of a literal header; returns the offset of the literal's
 * last data octet (or of the LF itself for an empty or streamed literal),
 * so that the machine continues after the data.  Idempotent for a second firing. */
size_t imw_run_literal_skip(struct imw_run *run, size_t at);

/* Sub-machine call bookkeeping: refuses (and records the error) when the
 * nesting limit is reached; `depth` is the calling machine's stack top. */
int imw_run_call_enter(struct imw_run *run, uint16_t rule, size_t at,
                       int depth);

/* The innermost rule that was entered and not left before `at`: the rule
 * an error message names. */
uint16_t imw_run_open_rule(const struct imw_run *run, size_t at);

/* Finds the literal whose header '{' is at message offset `header`. */
const struct imw_literal_span *imw_run_literal_at(const struct imw_run *run,
                                                  size_t header);

#endif /* IMW_RUN_H */
