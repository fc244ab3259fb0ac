/* Internal: the FETCH family's decoders (src/decode_fetch.c for the
 * response and its items, src/decode_body.c for envelopes and body
 * structures), on the helpers of src/decode.h. */
#ifndef IMW_DECODE_FETCH_H
#define IMW_DECODE_FETCH_H

#include "imapwire/fetch.h"
#include "decode.h"

/* "* n FETCH (...)": `num_end` is the offset after the message number. */
int imw_dec_fetch(struct imw_decoder *d, size_t num_end,
                  struct imw_response *out);

/* An envelope node (rule envelope). */
int imw_dec_envelope(struct imw_decoder *d, imw_node n,
                     const struct imw_envelope **out);
/* The body structure at [start, end) (body is a name-only rule), and
 * everything inside it; `envelopes`: the first event at or before it
 * among the siblings that hold its message parts' envelopes. */
int imw_dec_body(struct imw_decoder *d, size_t start, size_t end,
                 imw_node envelopes, const struct imw_body **out);

#endif /* IMW_DECODE_FETCH_H */
