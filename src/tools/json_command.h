/* Internal to the tools: JSON for typed client commands (json_command.c)
 * and the family printers (json_cmd_mailbox.c, json_cmd_message.c). */
#ifndef IMW_JSON_COMMAND_H
#define IMW_JSON_COMMAND_H

#include "imapwire/imapwire.h"
#include "json_response.h"

/* One command as one JSON object (no line end). */
void imw_json_command(struct imw_json *json, const struct imw_command *c);

/* Each prints the members of the commands of its family and returns 1, or
 * returns 0 for a command of another family. */
int imw_json_cmd_mailbox_family(struct imw_json *json,
                                const struct imw_command *c);
int imw_json_cmd_message_family(struct imw_json *json,
                                const struct imw_command *c);

#endif
