/* The search-args machine (server side), split off so that each generated C
 * file stays quick to compile (`extern search-args` in grammar/bindings).  It
 * runs from the rule's first octet to the CR of the command's final CRLF,
 * which it leaves to the caller.  Reached through IMW_EXTERN
 * (src/machine_glue.h); `make regen` turns this file into
 * gen/search_args_machine.c. */
#define IMW_STACK_TOP (imw_base + imw_top)
#include "machine_glue.h"
#include "search_args_skip.h"
#include "machines.h"

%%{
    machine imw_search_args;
    alphtype unsigned char;
    # Calls stack above those of the machine that called this one.
    variable stack imw_stack;
    variable top imw_top;

    include imw_common_actions "common_actions.rl";
    action done { fhold; fbreak; }

    include "search_args_grammar.rl";

    main := (r_search_args . ("\r" >done)) & imw_lf_guard;
}%%

%% write data noentry;

const unsigned char *imw_search_args_machine_run(struct imw_run *run,
                                                 const unsigned char *p)
{
    const unsigned char *pe = run->data + run->len;
    int imw_base = run->sub_top;
    int *imw_stack = run->sub_stack + imw_base;
    int imw_top = 0, cs; /* Ragel sets it only when the machine calls */

    %% write init;
    %% write exec noend;

    (void)imw_search_args_error;
    (void)imw_stack;
    return imw_sub_machine_end(run, cs >= imw_search_args_first_final, p);
}
