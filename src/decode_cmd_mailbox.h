/* Internal: the session and mailbox command decoders (src/decode_cmd_mailbox.c,
 * src/decode_cmd_admin.c) and the value helpers they share.
 *
 * The command machine has validated the arguments against the grammar,
 * so these decoders read them as the generic IMAP values of
 * decode_generic.c (atoms, numbers, strings, NIL, lists) and rely on the
 * shape the grammar guarantees; mailbox names, sequence sets and numbers
 * are then decoded from the values' spans with the response side's
 * helpers. */
#ifndef IMW_DECODE_CMD_MAILBOX_H
#define IMW_DECODE_CMD_MAILBOX_H

#include "imapwire/command_mailbox.h"
#include "command.h"

/* The arguments of a command as values. */
struct imw_cmd_args {
    const struct imw_value *v;
    size_t n;
};

/* Offsets of a value in the message. */
static inline size_t imw_cmdv_start(const struct imw_decoder *d,
                                    const struct imw_value *v)
{
    return (size_t)(v->raw.ptr - imw_dec_bytes(d));
}
static inline size_t imw_cmdv_end(const struct imw_decoder *d,
                                  const struct imw_value *v)
{
    return imw_cmdv_start(d, v) + v->raw.len;
}

/* Fails with IMW_ERR_DECODE when a value the grammar guarantees is not
 * there (which would be a grammar/decoder mismatch). */
int imw_cmdv_missing(struct imw_decoder *d, const char *rule);
int imw_cmdv_mailbox(struct imw_decoder *d, const struct imw_value *v,
                     struct imw_mailbox *out);
/* 0 when `v` is a number; else an error naming `rule` at v's first octet
 * (a generic argument proves only an atom: "x5" is one). */
int imw_cmdv_is_number(struct imw_decoder *d, const struct imw_value *v,
                       const char *rule);
int imw_cmdv_seq_set(struct imw_decoder *d, const struct imw_value *v,
                     struct imw_seq_set *out);
int imw_cmdv_mailboxes(struct imw_decoder *d, const struct imw_value *v,
                       const struct imw_mailbox **out, size_t *count);
/* Extension parameters (tagged-ext: a name, then a value unless the next
 * item is a name) of list `v`, as generic nodes.  With `paren_only`, only
 * a parenthesised list is a value (LIST options). */
int imw_cmdv_params(struct imw_decoder *d, const struct imw_value *items,
                    size_t n, int paren_only, struct imw_generic *out,
                    size_t *count);
/* 1 when items[i + 1] is the value of the parameter named items[i]. */
int imw_cmdv_has_value(const struct imw_value *items, size_t n, size_t i,
                       int paren_only);

/* ID, GETQUOTA, SETQUOTA, SETACL, DELETEACL, LISTRIGHTS, GETMETADATA,
 * SETMETADATA, NOTIFY (src/decode_cmd_admin.c); IMW_DEC_NOT_MINE for the
 * others. */
int imw_dec_cmd_admin(struct imw_decoder *d, const struct imw_cmd_args *a,
                      struct imw_command *out);

#endif /* IMW_DECODE_CMD_MAILBOX_H */
