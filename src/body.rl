/* The body machine, split off so that each generated C file stays quick to
 * compile: BODYSTRUCTURE (`extern body`).  body is also `call body close`,
 * so main is one call of m_body: the sub-machine exists once.  Main has
 * nothing after that call, so the machine stops on the octet after the
 * outermost ")" (or at the end of the data); the return from the
 * outermost call marks that the body is complete.
 * Reached through IMW_EXTERN (src/machine_glue.h); `make regen` turns this
 * file into gen/body_machine.c. */
#define IMW_STACK_TOP (imw_base + imw_top)
#include "machine_glue.h"
#include "body_skip.h"
#include "machines.h"

/* machine_glue.h's no-op: here the outermost return ends the body. */
#undef IMW_CALL_LEAVE
#define IMW_CALL_LEAVE(rule) ((void)(rule), imw_complete = imw_top == 1)

%%{
    machine imw_body;
    alphtype unsigned char;
    # Calls stack above those of the machine that called this one.
    variable stack imw_stack;
    variable top imw_top;

    include imw_common_actions "common_actions.rl";

    include "body_grammar.rl";

    main := (r_body) & imw_lf_guard;
}%%

%% write data noentry;

const unsigned char *imw_body_machine_run(struct imw_run *run,
                                          const unsigned char *p)
{
    const unsigned char *pe = run->data + run->len;
    int imw_base = run->sub_top;
    int *imw_stack = run->sub_stack + imw_base;
    int imw_top = 0, cs; /* Ragel sets it only when the machine calls */
    int imw_complete = 0;

    %% write init;
    %% write exec noend;

    (void)imw_body_error;
    (void)imw_body_first_final;
    (void)imw_stack;
    (void)imw_top;
    if (run->error)
        return NULL; /* an action stopped the machine */
    if (!imw_complete) {
        run->error = IMW_ERR_SYNTAX;
        run->error_at = IMW_AT();
        return NULL;
    }
    return p;
}
