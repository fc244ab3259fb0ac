/* JSON for the message commands (imapwire/command_message.h). */
#include "json_command.h"

int imw_json_cmd_message_family(struct imw_json *json,
                                const struct imw_command *c)
{
    (void)json;
    (void)c;
    return 0; /* typed members come with imapwire/command_message.h */
}
