/* The response machine: Ragel glue around the definitions that abnf2rl
 * generates from grammar/ (gen/response_grammar.rl).  `make regen` turns
 * this file into gen/response_machine.c.  Actions stay one line: they call
 * into src/run.c. */
#include "response.h"

/* Ragel's -G2 code falls from one state's case into the next on purpose. */
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wimplicit-fallthrough"
#endif

/* Used by the actions abnf2rl generates from grammar/bindings. */
#define IMW_AT() ((size_t)(p - run->data))
#define IMW_EV_OPEN(rule) imw_run_open(run, (rule), IMW_AT())
#define IMW_EV_CLOSE(rule) imw_run_close(run, (rule), IMW_AT())
#define IMW_CALL_ENTER(rule) imw_run_call_enter(run, (rule), IMW_AT(), run->top)
/* Rules split into machines of their own (`extern` in grammar/bindings). */
#define IMW_EXTERN(rule) imw_run_extern(run, (rule), p)
#define IMW_CALL_LEAVE(rule) ((void)0)

%%{
    machine imw_response;
    alphtype unsigned char;
    variable stack run->stack;
    variable top run->top;

    # The framer has counted the literal's octets: jump over them.
    action literal_skip { fexec run->data + imw_run_literal_skip(run, IMW_AT()) + 1; }

    include "response_grammar.rl";

    main := r_imw_response;
}%%

%% write data noentry;

int imw_response_machine_run(struct imw_run *run)
{
    const unsigned char *p = run->data;
    const unsigned char *pe = p + run->len;
    const unsigned char *eof = pe; /* the message is complete */
    int cs;

    %% write init;
    %% write exec;

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
