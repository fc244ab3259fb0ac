/* The response machine: Ragel glue around the definitions that abnf2rl
 * generates from grammar/ (gen/response_grammar.rl).  `make regen` turns
 * this file into gen/response_machine.c.  Actions stay one line: they call
 * into src/run.c. */
#define IMW_STACK_TOP (run->top)
#define IMW_DEPTH ((unsigned)run->top)
#include "machine_glue.h"
#include "response_skip.h"

%%{
    machine imw_response;
    alphtype unsigned char;
    variable stack run->stack;
    variable top run->top;

    include imw_common_actions "common_actions.rl";

    include "response_grammar.rl";

    main := (r_imw_response) & imw_lf_guard;
}%%

%% write data noentry;

int imw_response_machine_run(struct imw_run *run)
{
    const unsigned char *p = run->data;
    const unsigned char *pe = p + run->len;
    int cs;
    /* Ragel's eof block (the leaving actions of the rules that end the
     * machine) stays in the output, but without end tests nothing
     * reaches it: imw_lf_guard's fbreak passes it. */
    const unsigned char *eof = pe;

    if (imw_run_refuse_unframed(run)) {
        return run->error;
    }
    %% write init;
    %% write exec noend;

    (void)eof;
    (void)imw_response_error;
    if (run->error)
        return run->error; /* an action stopped the machine */
    if (cs < imw_response_first_final || p != pe) {
        run->error = IMW_ERR_SYNTAX;
        run->error_at = (size_t)(p - run->data);
        return run->error;
    }
    return 0;
}
