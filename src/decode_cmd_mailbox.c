/* Decoding the session and mailbox commands (imapwire/command_mailbox.h). */
#include "command.h"

int imw_dec_cmd_mailbox_family(struct imw_decoder *d,
                               const struct imw_command_words *w,
                               struct imw_command *out)
{
    (void)d;
    (void)w;
    (void)out;
    return IMW_DEC_NOT_MINE; /* arguments kept generic until typed */
}
