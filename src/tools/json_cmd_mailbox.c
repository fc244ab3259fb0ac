/* JSON for the session and mailbox commands (imapwire/command_mailbox.h). */
#include "json_command.h"

int imw_json_cmd_mailbox_family(struct imw_json *json,
                                const struct imw_command *c)
{
    (void)json;
    (void)c;
    return 0; /* typed members come with imapwire/command_mailbox.h */
}
