/* Internal: the command side (server): the generated machines that
 * validate one client command, and its decoding into struct imw_command
 * (src/decode_command.c and the family decoders). */
#ifndef IMW_COMMAND_H
#define IMW_COMMAND_H

#include "imapwire/command.h"
#include "decode.h"

/* Run over the frame prepared in `run` (as imw_response_machine_run()):
 * the command machine knows every command of the grammar; the generic one
 * takes any `tag SP atom *(SP value) CRLF`. */
int imw_command_machine_run(struct imw_run *run);
int imw_generic_command_machine_run(struct imw_run *run);

/* tag-char of grammar/overrides.abnf: ASTRING-CHAR except "+" (no CTL,
 * SP, 8-bit, ( ) { % * " \ +). */
static inline int imw_is_tag_char(uint8_t c)
{
    return c > 0x20 && c < 0x7f && c != '(' && c != ')' && c != '{' &&
           c != '%' && c != '*' && c != '"' && c != '\\' && c != '+';
}

/* Where a command's words are: the tag, the name (after "UID " for the
 * UID forms) and where the arguments start (the SP after the name, or the
 * CR).  Read from the bytes; also for a message that failed, so that the
 * error can carry the tag.  Returns 0 when no tag could be read. */
struct imw_command_words {
    size_t tag_end;    /* the SP after the tag */
    size_t name_start;
    size_t name_end;
    int uid;
};
int imw_command_words(const uint8_t *s, size_t len,
                      struct imw_command_words *w);

/* The kind of a command name (case-insensitive), IMW_CMD_OTHER if none;
 * `uid` says whether it came after "UID". */
enum imw_command_kind imw_command_kind_of(imw_bytes name, int uid);

/* Fills *out from the run of the command machine (or, with `generic`, of
 * the generic machine).  Returns 0 or a negative imw_error (see the error
 * fields of *d). */
int imw_command_decode(struct imw_decoder *d, int generic,
                       struct imw_command *out);

/* The family decoders: each decodes the arguments of the commands of its
 * family into *out (kind, tag, name and uid are set) and returns 0 or a
 * negative imw_error, or IMW_DEC_NOT_MINE for a command of another family.
 * Session and mailbox commands: src/decode_cmd_mailbox.c; message
 * commands (SEARCH, FETCH, STORE, COPY, MOVE, APPEND, SORT, THREAD):
 * src/decode_cmd_message.c. */
#define IMW_DEC_NOT_MINE 1
int imw_dec_cmd_mailbox_family(struct imw_decoder *d,
                               const struct imw_command_words *w,
                               struct imw_command *out);
int imw_dec_cmd_message_family(struct imw_decoder *d,
                               const struct imw_command_words *w,
                               struct imw_command *out);

#endif /* IMW_COMMAND_H */
