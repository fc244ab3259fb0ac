/* The command machine (server side): Ragel glue around gen/command_grammar.rl,
 * which abnf2rl generates from grammar/ with imw-command as root.  Like the
 * response machine it runs over one whole message that the framer has
 * delimited.  `make regen` turns this file into gen/command_machine.c. */
#define IMW_STACK_TOP (run->top)
#define IMW_DEPTH ((unsigned)run->top)
#include "machine_glue.h"
#include "command_skip.h"
#include "command.h"

%%{
    machine imw_command;
    alphtype unsigned char;
    variable stack run->stack;
    variable top run->top;

    include imw_common_actions "common_actions.rl";

    include "command_grammar.rl";

    main := (r_imw_command) & imw_lf_guard;
}%%

%% write data noentry;

int imw_command_machine_run(struct imw_run *run)
{
    const unsigned char *p = run->data;
    const unsigned char *pe = p + run->len;
    int cs;

    if (imw_run_refuse_unframed(run)) {
        return run->error;
    }
    %% write init;
    %% write exec noend;

    (void)imw_command_error;
    if (run->error)
        return run->error; /* an action stopped the machine */
    if (cs < imw_command_first_final || p != pe) {
        run->error = IMW_ERR_SYNTAX;
        run->error_at = (size_t)(p - run->data);
        return run->error;
    }
    return 0;
}
