/* Dispatch from a machine to the machines of split-off rules (`extern` in
 * grammar/bindings; one `machine` line each in grammar/MANIFEST). */
#include "response.h"
#include "machines.h"

static const unsigned char *dispatch(struct imw_run *run, uint16_t rule,
                                     const unsigned char *p)
{
    /* the split of every status response with text, tested first: the
     * switch below is a chain of compares over sparse rule numbers */
    if (rule == IMW_RULE_STATUS_TAIL)
        return imw_status_tail_machine_run(run, p);
    switch (rule) {
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
        /* abnf2rl only emits calls for rules of grammar/bindings */
        run->error = IMW_ERR_SYNTAX;
        run->error_at = (size_t)(p - run->data);
        return NULL;
    }
}

/* The count of pending machines is part of every event's call depth
 * (IMW_DEPTH, src/machine_glue.h). */
const unsigned char *imw_run_extern(struct imw_run *run, uint16_t rule,
                                    const unsigned char *p)
{
    int depth_base = run->depth_base;
    run->extern_depth++;
    /* the calling machines are suspended: this is fixed until we return */
    run->depth_base = run->top + run->extern_depth;
    const unsigned char *q = dispatch(run, rule, p);
    run->depth_base = depth_base;
    run->extern_depth--;
    return q;
}
