/* The status_tail machine, split off so that each generated C file stays quick to
 * compile: resp-text and its response codes, the tail of every status
 * response and of the continuation request (`extern status-tail`).  It
 * ends with the message, so it runs to the end of the data: text may
 * end at a literal header's CRLF too ("[BADCHARSET (x {3}" is text), so
 * the first final state is not the end: imw_lf_guard stops it at the
 * message's last octet.
 * Reached through IMW_EXTERN (src/machine_glue.h); `make regen` turns this
 * file into gen/status_tail_machine.c. */
#define IMW_STACK_TOP (imw_base + imw_top)
#include "machine_glue.h"
#include "status_tail_skip.h"
#include "machines.h"

%%{
    machine imw_status_tail;
    alphtype unsigned char;
    # Calls stack above those of the machine that called this one.
    variable stack imw_stack;
    variable top imw_top;

    include imw_common_actions "common_actions.rl";

    include "status_tail_grammar.rl";

    main := (r_status_tail) & imw_lf_guard;
}%%

%% write data noentry;

const unsigned char *imw_status_tail_machine_run(struct imw_run *run,
                                                 const unsigned char *p)
{
    const unsigned char *pe = run->data + run->len;
    int imw_base = run->sub_top;
    int *imw_stack = run->sub_stack + imw_base;
    int imw_top = 0, cs; /* Ragel sets it only when the machine calls */

    %% write init;
    %% write exec noend;

    (void)imw_status_tail_error;
    (void)imw_stack;
    (void)imw_top;
    if (run->error)
        return NULL; /* an action stopped the machine */
    if (cs < imw_status_tail_first_final) {
        run->error = IMW_ERR_SYNTAX;
        run->error_at = IMW_AT();
        return NULL;
    }
    return p;
}
