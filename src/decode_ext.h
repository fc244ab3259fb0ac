/* Internal: decoders of the extensions' responses (src/decode_ext.c),
 * called from src/response.c.  Each fills the response's kind and union
 * member; out->name is already set. */
#ifndef IMW_DECODE_EXT_H
#define IMW_DECODE_EXT_H

#include "imapwire/extensions.h"
#include "decode.h"

int imw_dec_namespace(struct imw_decoder *d, struct imw_response *out);
int imw_dec_id(struct imw_decoder *d, struct imw_response *out);
int imw_dec_quota(struct imw_decoder *d, struct imw_response *out);
int imw_dec_quotaroot(struct imw_decoder *d, struct imw_response *out);
int imw_dec_acl(struct imw_decoder *d, struct imw_response *out);
int imw_dec_listrights(struct imw_decoder *d, struct imw_response *out);
int imw_dec_myrights(struct imw_decoder *d, struct imw_response *out);
int imw_dec_metadata(struct imw_decoder *d, struct imw_response *out);
int imw_dec_thread(struct imw_decoder *d, struct imw_response *out);
int imw_dec_esearch(struct imw_decoder *d, struct imw_response *out);

/* Response codes with arguments: APPENDUID, COPYUID, METADATA
 * (decode_status.c). */

#endif /* IMW_DECODE_EXT_H */
