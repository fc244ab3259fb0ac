/* JSON for typed client commands (imapwire-parse --commands): one object
 * per command, {"kind","tag","name","uid", ...the kind's members}.  The
 * families' members come from json_cmd_*.c. */
#include "json_command.h"

static void json_command_body(struct imw_json *json,
                              const struct imw_command *c)
{
    if (imw_json_cmd_mailbox_family(json, c) ||
        imw_json_cmd_message_family(json, c))
        return;
    switch (c->kind) {
    case IMW_CMD_OTHER:
        imw_json_key(json, "generic");
        imw_json_generic(json, &c->u.generic);
        break;
    case IMW_CMD_SASL_RESPONSE:
        imw_json_key(json, "base64");
        imw_json_slice(json, c->u.sasl.base64);
        break;
    case IMW_CMD_EXPUNGE:
        if (c->uid) {
            imw_json_key(json, "uids");
            imw_json_seq_set(json, &c->u.uid_set);
        }
        break;
    default:
        break; /* no arguments */
    }
}

void imw_json_command(struct imw_json *json, const struct imw_command *c)
{
    imw_json_begin_object(json);
    imw_json_key(json, "kind");
    imw_json_string(json, imw_command_kind_name(c->kind));
    imw_json_key(json, "tag");
    if (c->tag.ptr)
        imw_json_slice(json, c->tag);
    else
        imw_json_null(json);
    imw_json_key(json, "name");
    imw_json_slice(json, c->name);
    imw_json_key(json, "uid");
    imw_json_bool(json, c->uid);
    json_command_body(json, c);
    imw_json_end_object(json);
}
