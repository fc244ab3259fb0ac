/* The envelope machine, split off so that each generated C file stays quick to
 * compile: ENVELOPE (`extern envelope`).  It ends with the envelope's ")";
 * its event is closed here, as the rule's leaving action never runs.
 * Reached through IMW_EXTERN (src/machine_glue.h); `make regen` turns this
 * file into gen/envelope_machine.c. */
#define IMW_STACK_TOP (imw_base + imw_top)
#include "machine_glue.h"
#include "envelope_skip.h"
#include "machines.h"

%%{
    machine imw_envelope;
    alphtype unsigned char;
    # Calls stack above those of the machine that called this one.
    variable stack imw_stack;
    variable top imw_top;

    include imw_common_actions "common_actions.rl";
    action done { IMW_EV_CLOSE_AFTER(IMW_RULE_ENVELOPE); fbreak; }

    include "envelope_grammar.rl";

    main := (r_envelope @done) & imw_lf_guard;
}%%

%% write data noentry;

const unsigned char *imw_envelope_machine_run(struct imw_run *run,
                                              const unsigned char *p)
{
    const unsigned char *pe = run->data + run->len;
    int imw_base = run->sub_top;
    int *imw_stack = run->sub_stack + imw_base;
    int imw_top = 0, cs; /* Ragel sets it only when the machine calls */
    /* Ragel's eof block (the leaving actions of the rules that end the
     * machine) stays in the output, but without end tests nothing
     * reaches it: imw_lf_guard's fbreak passes it. */
    const unsigned char *eof = pe;

    %% write init;
    %% write exec noend;

    (void)eof;
    (void)imw_envelope_error;
    (void)imw_stack;
    (void)imw_top;
    if (run->error)
        return NULL; /* an action stopped the machine */
    if (cs < imw_envelope_first_final) {
        run->error = IMW_ERR_SYNTAX;
        run->error_at = IMW_AT();
        return NULL;
    }
    return p;
}
