/* Internal: what the glue of every generated machine (the .rl files in
 * src/) needs.  Each .rl defines IMW_STACK_TOP (its Ragel stack top,
 * counted from the bottom of the stack it shares) before including this.
 *
 * IMW_DEPTH is the call depth for the start marks of src/run.c: the
 * response machine's stack top, plus, in a split-off machine, the number of
 * machines entered through IMW_EXTERN and its own stack top.  A rule open
 * in one machine while another runs is thereby never at the depth where
 * the other enters it again.  The response machine defines its own. */
#ifndef IMW_MACHINE_GLUE_H
#define IMW_MACHINE_GLUE_H

#include "response.h"
#include "machines.h"
#include "skip_run.h"

/* Ragel's -G2 code falls from one state's case into the next on purpose. */
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wimplicit-fallthrough"
#endif

#ifndef IMW_DEPTH
/* run->depth_base is run->top + run->extern_depth, fixed while a
 * split-off machine runs (imw_run_extern() sets it): one load per event
 * instead of two. */
#define IMW_DEPTH ((unsigned)(run->depth_base + (IMW_STACK_TOP)))
#endif

/* Used by the actions abnf2rl generates from grammar/bindings; `run` and
 * `p` are the machine function's. */
#define IMW_AT() ((size_t)(p - run->data))
#define IMW_EV_OPEN(rule) imw_run_open(run, (rule), IMW_AT(), IMW_DEPTH)
#define IMW_EV_CLOSE(rule) imw_run_close(run, (rule), IMW_AT(), IMW_DEPTH)
/* Closing on the rule's last byte (a call rule in close mode): the span
 * ends after it. */
#define IMW_EV_CLOSE_AFTER(rule) \
    imw_run_close(run, (rule), IMW_AT() + 1, IMW_DEPTH)
/* A name-only rule (`name` in grammar/bindings): only its positions, for
 * naming an error inside it: pos_base + 1 + the offset (src/run.h), with
 * one addition (the bias is fixed for the message): several of these run
 * on every octet of a SEARCH's numbers. */
#define IMW_NOTED() ((uint32_t)(uintptr_t)p + run->pos_bias)
#define IMW_NAME_OPEN(rule) ((void)(run->entered[(rule)] = IMW_NOTED()))
#define IMW_NAME_CLOSE(rule) ((void)(run->closed[(rule)] = IMW_NOTED()))
#define IMW_NAME_CLOSE_AFTER(rule) \
    ((void)(run->closed[(rule)] = IMW_NOTED() + 1))
/* A late rule (`late` in grammar/bindings): entered as a name-only rule,
 * its event made at the close from the last entry (imw_run_late_close). */
#define IMW_LATE_OPEN(rule) IMW_NAME_OPEN(rule)
#define IMW_LATE_CLOSE(rule) imw_run_late_close(run, (rule), IMW_AT())
#define IMW_LATE_CLOSE_AFTER(rule) imw_run_late_close(run, (rule), IMW_AT() + 1)
#define IMW_CALL_ENTER(rule) \
    imw_run_call_enter(run, (rule), IMW_AT(), IMW_STACK_TOP)
#define IMW_CALL_LEAVE(rule) ((void)0)
/* Rules split into machines of their own (`extern` in grammar/bindings;
 * one `machine` line each in grammar/MANIFEST).  The rule is a constant
 * at each site, so the switch folds to one direct call.  abnf2rl emits
 * calls only for rules of grammar/bindings. */
static inline const unsigned char *
imw_extern_dispatch(struct imw_run *run, uint16_t rule,
                    const unsigned char *p)
{
    switch (rule) {
    case IMW_RULE_STATUS_TAIL:
        return imw_status_tail_machine_run(run, p);
    case IMW_RULE_MSG_ATT:
        return imw_msg_att_machine_run(run, p);
    case IMW_RULE_BODY:
        return imw_body_machine_run(run, p);
    case IMW_RULE_ENVELOPE:
        return imw_envelope_machine_run(run, p);
    case IMW_RULE_SEARCH_ARGS:
        return imw_search_args_machine_run(run, p);
    case IMW_RULE_SEARCH_CRITERIA:
        return imw_search_criteria_machine_run(run, p);
    case IMW_RULE_FETCH_ARGS:
        return imw_fetch_args_machine_run(run, p);
    case IMW_RULE_NOTIFY_ARGS:
        return imw_notify_args_machine_run(run, p);
    default:
        run->error = IMW_ERR_SYNTAX;
        run->error_at = (size_t)(p - run->data);
        return NULL;
    }
}

/* The count of pending machines is part of every event's call depth
 * (IMW_DEPTH above). */
static inline const unsigned char *
imw_run_extern(struct imw_run *run, uint16_t rule, const unsigned char *p)
{
    int depth_base = run->depth_base;
    run->extern_depth++;
    /* the calling machines are suspended: this is fixed until we return */
    run->depth_base = run->top + run->extern_depth;
    const unsigned char *q = imw_extern_dispatch(run, rule, p);
    run->depth_base = depth_base;
    run->extern_depth--;
    return q;
}
#define IMW_EXTERN(rule) imw_run_extern(run, (rule), p)

/* Run skips (run_skip in src/common_actions.rl): Ragel writes the target
 * state's number for ftargs, and gen/NAME_skip.h defines for each target
 * either the jump over the run of octets on which that state loops doing
 * nothing else, or p + 1 (no jump). */
#define IMW_SKIP_TO(state) IMW_SKIP_TO_(state)
#define IMW_SKIP_TO_(state) IMW_SKIP_TO_STATE_##state
/* The message's first octet: the SSE2 scans may read back to it. */
#define IMW_SKIP_LOW (run->data)


/* The machines have no end tests (`write exec noend`, imw_lf_guard in
 * src/common_actions.rl): a top-level machine runs only over data whose
 * last octet is an LF, as every frame of the framer is.  Anything else is
 * refused here, at its end, before a state reads past it. */
static inline int imw_run_refuse_unframed(struct imw_run *run)
{
    if (IMW_LIKELY(run->len > 0 && run->data[run->len - 1] == '\n'))
        return 0;
    run->error = IMW_ERR_SYNTAX;
    run->error_at = run->len;
    return run->error;
}

/* The end of a split-off machine that stops at the CR of the message's
 * final CRLF (the command side's argument machines): the position of that
 * CR, or NULL with the error set when the machine did not get there. */
static inline const unsigned char *
imw_sub_machine_end(struct imw_run *run, int final, const unsigned char *p)
{
    if (run->error)
        return NULL; /* an action stopped the machine */
    if (!final) {
        run->error = IMW_ERR_SYNTAX;
        run->error_at = IMW_AT();
        return NULL;
    }
    return p;
}

#endif /* IMW_MACHINE_GLUE_H */
