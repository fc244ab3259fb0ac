/* Dispatch from the response machine to the machines of split-off rules. */
#include "response.h"

const unsigned char *imw_run_extern(struct imw_run *run, uint16_t rule,
                                    const unsigned char *p)
{
    switch (rule) {
    case IMW_RULE_MSG_ATT:
        return imw_msg_att_machine_run(run, p);
    default:
        /* abnf2rl only emits calls for rules of grammar/bindings */
        run->error = IMW_ERR_SYNTAX;
        run->error_at = (size_t)(p - run->data);
        return NULL;
    }
}
