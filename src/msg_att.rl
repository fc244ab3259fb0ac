/* The FETCH attribute machine (msg-att), split from the response machine
 * so that each generated C file stays quick to compile.  The response
 * machine reaches it through `extern msg-att` (grammar/bindings): the
 * generated action calls IMW_EXTERN, which lands in
 * imw_msg_att_machine_run() below.  `make regen` turns this file into
 * gen/msg_att_machine.c. */
#define IMW_STACK_TOP (run->sub_top)
#include "machine_glue.h"
#include "msg_att_skip.h"

%%{
    machine imw_msg_att;
    alphtype unsigned char;
    # A stack of its own: the response machine's calls are still pending.
    variable stack run->sub_stack;
    variable top run->sub_top;

    include imw_common_actions "common_actions.rl";
    # msg-att ends with ")": close its event and return to the caller.
    action done { IMW_EV_CLOSE_AFTER(IMW_RULE_MSG_ATT); fbreak; }

    include "msg_att_grammar.rl";

    main := (r_msg_att @done) & imw_lf_guard;
}%%

%% write data noentry;

const unsigned char *imw_msg_att_machine_run(struct imw_run *run,
                                             const unsigned char *p)
{
    const unsigned char *pe = run->data + run->len;
    int cs;
    /* Ragel's eof block (the leaving actions of the rules that end the
     * machine) stays in the output, but without end tests nothing
     * reaches it: imw_lf_guard's fbreak passes it. */
    const unsigned char *eof = pe;

    %% write init;
    %% write exec noend;

    (void)eof;
    (void)imw_msg_att_error;
    if (run->error)
        return NULL; /* an action stopped the machine */
    if (cs < imw_msg_att_first_final) {
        run->error = IMW_ERR_SYNTAX;
        run->error_at = IMW_AT();
        return NULL;
    }
    return p;
}
