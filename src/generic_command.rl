/* The generic command machine (server side): Ragel glue around gen/generic_command_grammar.rl,
 * which abnf2rl generates from grammar/ with imw-generic-command as root: a command the command machine does not know.  Like the
 * response machine it runs over one whole message that the framer has
 * delimited.  `make regen` turns this file into gen/generic_command_machine.c. */
#define IMW_STACK_TOP (run->top)
#define IMW_DEPTH ((unsigned)run->top)
#include "machine_glue.h"
#include "generic_command_skip.h"
#include "command.h"

%%{
    machine imw_generic_command;
    alphtype unsigned char;
    variable stack run->stack;
    variable top run->top;

    include imw_common_actions "common_actions.rl";

    include "generic_command_grammar.rl";

    main := (r_imw_generic_command) & imw_lf_guard;
}%%

%% write data noentry;

int imw_generic_command_machine_run(struct imw_run *run)
{
    const unsigned char *p = run->data;
    const unsigned char *pe = p + run->len;
    int cs;

    if (imw_run_refuse_unframed(run)) {
        return run->error;
    }
    %% write init;
    %% write exec noend;

    (void)imw_generic_command_error;
    if (run->error)
        return run->error; /* an action stopped the machine */
    if (cs < imw_generic_command_first_final || p != pe) {
        run->error = IMW_ERR_SYNTAX;
        run->error_at = (size_t)(p - run->data);
        return run->error;
    }
    return 0;
}
