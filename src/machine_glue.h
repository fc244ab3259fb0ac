/* Internal: what the glue of every generated machine (the .rl files in
 * src/) needs.  Each .rl defines IMW_STACK_TOP (its Ragel stack top) and
 * IMW_DEPTH (its call depth counted from the response machine's base, for
 * the start marks of src/run.c) before including this. */
#ifndef IMW_MACHINE_GLUE_H
#define IMW_MACHINE_GLUE_H

#include "response.h"

/* Ragel's -G2 code falls from one state's case into the next on purpose. */
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wimplicit-fallthrough"
#endif

/* Used by the actions abnf2rl generates from grammar/bindings; `run` and
 * `p` are the machine function's. */
#define IMW_AT() ((size_t)(p - run->data))
#define IMW_EV_OPEN(rule) imw_run_open(run, (rule), IMW_AT(), IMW_DEPTH)
#define IMW_EV_CLOSE(rule) imw_run_close(run, (rule), IMW_AT(), IMW_DEPTH)
/* Closing on the rule's last byte (a call rule in close mode): the span
 * ends after it. */
#define IMW_EV_CLOSE_AFTER(rule) \
    imw_run_close(run, (rule), IMW_AT() + 1, IMW_DEPTH)
#define IMW_CALL_ENTER(rule) \
    imw_run_call_enter(run, (rule), IMW_AT(), IMW_STACK_TOP)
#define IMW_CALL_LEAVE(rule) ((void)0)
/* Rules split into machines of their own (`extern` in grammar/bindings). */
#define IMW_EXTERN(rule) imw_run_extern(run, (rule), p)

#endif /* IMW_MACHINE_GLUE_H */
