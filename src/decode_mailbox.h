/* Internal: decoders of mailbox data (src/decode_mailbox.c,
 * src/decode_search.c), called from src/response.c.  Each fills the
 * response's union member and kind; out->name is already set. */
#ifndef IMW_DECODE_MAILBOX_H
#define IMW_DECODE_MAILBOX_H

#include "imapwire/mailbox.h"
#include "decode.h"
#include "mutf7_run.h"

/* "* LIST" / "* LSUB" (kind is IMW_RESP_LIST or IMW_RESP_LSUB). */
int imw_dec_list(struct imw_decoder *d, enum imw_response_kind kind,
                 struct imw_response *out);
/* "* STATUS mailbox (...)" */
int imw_dec_mailbox_status(struct imw_decoder *d, struct imw_response *out);
/* "* ENABLED cap..." (RFC 5161) */
int imw_dec_enabled(struct imw_decoder *d, struct imw_response *out);
/* "* SEARCH n..." / "* SORT n..." (kind IMW_RESP_SEARCH or IMW_RESP_SORT) */
int imw_dec_search(struct imw_decoder *d, enum imw_response_kind kind,
                   struct imw_response *out);
/* "* VANISHED [(EARLIER)] uids" */
int imw_dec_vanished(struct imw_decoder *d, struct imw_response *out);

/* The node that holds the items of an untagged response's data: the
 * top-level event that starts at the keyword (esearch-response,
 * expunged-resp...), and below it the innermost node of the same span;
 * IMW_NO_EVENT, which stands for the whole message (its top-level events
 * are the children: response-data is a name-only rule), when no bound
 * rule starts at the keyword. */
imw_node imw_dec_data_node(const struct imw_decoder *d);

/* A mailbox name at [start, end) (its bytes, or a value's raw). */
int imw_dec_mailbox(struct imw_decoder *d, size_t start, size_t end,
                    struct imw_mailbox *out);
/* The mailbox right after the keyword of response `r` and one SP
 * ("STATUS", "ACL", "MYRIGHTS", "QUOTAROOT", "METADATA"...): mailbox is a
 * name-only rule, read from the bytes. */
int imw_dec_mailbox_after(struct imw_decoder *d, const struct imw_response *r,
                          struct imw_mailbox *out);

/* Modified UTF-7 for the mailbox decoder (src/mutf7.c, and
 * imw_mutf7_direct_prefix() in src/mutf7_run.h).
 * imw_mutf7_to_utf8() into `out`, which has room for
 * IMW_MUTF7_DECODED_MAX(len) octets (no capacity test per octet), when
 * in[0..from) is known to be such a run (imw_mutf7_direct_prefix()). */
int imw_mutf7_to_utf8_room(const uint8_t *in, size_t len, size_t from,
                           uint8_t *out, size_t *out_len,
                           struct imw_value_error *err);

#endif /* IMW_DECODE_MAILBOX_H */
