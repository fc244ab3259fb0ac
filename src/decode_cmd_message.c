/* Decoding the message commands (imapwire/command_message.h). */
#include "command.h"

int imw_dec_cmd_message_family(struct imw_decoder *d,
                               const struct imw_command_words *w,
                               struct imw_command *out)
{
    (void)d;
    (void)w;
    (void)out;
    return IMW_DEC_NOT_MINE; /* arguments kept generic until typed */
}
