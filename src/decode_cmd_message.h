/* Internal: the message commands' decoders (src/decode_cmd_message.c,
 * src/decode_cmd_search.c).
 *
 * The command machine has validated the whole command, so the decoders
 * read its arguments straight from the bytes with a cursor: each reader
 * knows where its value ends because the grammar says so (an atom ends at
 * SP or a parenthesis, a quoted string at its closing quote, a literal
 * where the framer says).  Nothing here re-validates the grammar; a shape
 * the readers do not expect fails with IMW_ERR_DECODE, never reads past
 * the message. */
#ifndef IMW_DECODE_CMD_MESSAGE_H
#define IMW_DECODE_CMD_MESSAGE_H

#include "imapwire/command_message.h"
#include "command.h"

struct imw_cur {
    struct imw_decoder *d;
    size_t at;
    size_t end;   /* the CR of the command's last line */
};

static inline uint8_t imw_cur_peek(const struct imw_cur *c)
{
    return c->at < c->end ? imw_dec_bytes(c->d)[c->at] : '\r';
}

/* Consumes `ch` when it is next; returns 1 if it did. */
int imw_cur_eat(struct imw_cur *c, uint8_t ch);
/* Fails (IMW_ERR_DECODE, naming `rule`) unless `ch` is next. */
int imw_cur_expect(struct imw_cur *c, uint8_t ch, const char *rule);
/* The word at the cursor (up to SP, "(", ")", "[", "]", "<", CR, or a
 * quote), consumed. */
imw_bytes imw_cur_word(struct imw_cur *c);
/* Span of the astring / string / date at the cursor (atom, quoted or
 * literal), consumed; [*start, *end) is the value as sent. */
int imw_cur_value_span(struct imw_cur *c, size_t *start, size_t *end);
/* The value of an astring at the cursor, consumed. */
int imw_cur_astring(struct imw_cur *c, imw_bytes *out);
/* A parenthesised list or a value at the cursor, skipped. */
int imw_cur_skip_value(struct imw_cur *c);
/* A sequence set at the cursor ("$" sets *saved and leaves *out empty). */
int imw_cur_seq_set(struct imw_cur *c, struct imw_seq_set *out, int *saved);
/* "name [SP params]" items of a parenthesised list at the cursor (after
 * its "("), up to and including ")", each as a generic node. */
int imw_cur_generic_item(struct imw_cur *c, struct imw_generic *out);
/* A failure at the cursor. */
int imw_cur_fail(struct imw_cur *c, const char *rule, const char *reason);

/* SEARCH's RETURN options at the cursor (" RETURN (...)"), when there. */
int imw_dec_search_return(struct imw_cur *c, struct imw_search_return *out);
/* search-program (with `charset_prefix`: ["CHARSET" SP charset SP]) or
 * search-criteria (charset first) at the cursor, up to the line end. */
int imw_dec_search_program(struct imw_cur *c, int charset_prefix,
                           struct imw_search_program *out);

/* APPEND's arguments after the name (src/decode_cmd_append.c). */
int imw_dec_cmd_append(struct imw_cur *c, struct imw_command *out);
/* flag-list "(" [flag *(SP flag)] ")" at the cursor, or with `bare`
 * flag *(SP flag) up to the line end. */
int imw_cur_flags(struct imw_cur *c, int bare, struct imw_flag_list *out);
/* "(" item *(SP item) ")" at the cursor as generic nodes. */
int imw_cur_generic_list(struct imw_cur *c, const char *rule,
                         struct imw_generic **out, size_t *count);

#endif /* IMW_DECODE_CMD_MESSAGE_H */
