/* Internal: keyword classifiers: the response keyword (and a code's name)
 * by a switch on the length (src/keyword_switch.c), the others generated
 * by re2c from src/keywords.re into gen/keywords.c.  All comparisons are
 * ASCII case-insensitive and match the whole slice. */
#ifndef IMW_KEYWORDS_H
#define IMW_KEYWORDS_H

#include <stddef.h>
#include <stdint.h>
#include "imapwire/types.h"
#include "imapwire/mailbox.h"

/* The word that names a server response. */
enum imw_keyword {
    IMW_KW_OTHER = 0,
    IMW_KW_OK, IMW_KW_NO, IMW_KW_BAD, IMW_KW_BYE, IMW_KW_PREAUTH,
    IMW_KW_CAPABILITY, IMW_KW_FLAGS,
    IMW_KW_EXISTS, IMW_KW_RECENT, IMW_KW_EXPUNGE, IMW_KW_FETCH,
    /* mailbox data and the other families, for src/response.c's dispatch */
    IMW_KW_LIST, IMW_KW_LSUB, IMW_KW_STATUS, IMW_KW_SEARCH, IMW_KW_SORT,
    IMW_KW_VANISHED, IMW_KW_ENABLED, IMW_KW_ESEARCH, IMW_KW_THREAD,
    IMW_KW_NAMESPACE, IMW_KW_ID, IMW_KW_QUOTA, IMW_KW_QUOTAROOT, IMW_KW_ACL,
    IMW_KW_LISTRIGHTS, IMW_KW_MYRIGHTS, IMW_KW_METADATA
};

enum imw_keyword imw_classify_keyword(const uint8_t *s, size_t n);
enum imw_code_kind imw_classify_code(const uint8_t *s, size_t n);
enum imw_flag_kind imw_classify_flag(const uint8_t *s, size_t n);
/* *mechanism_at receives the offset after '=' for AUTH=, THREAD=,
 * COMPRESS=..., else n. */
enum imw_capability_kind imw_classify_capability(const uint8_t *s, size_t n,
                                                 size_t *mechanism_at);
/* Mailbox data (src/decode_mailbox.c): a LIST attribute with its
 * backslash, a STATUS item name, an RFC 5258 extended item tag. */
enum imw_mailbox_attr_kind imw_classify_mailbox_attr(const uint8_t *s,
                                                     size_t n);
enum imw_status_item_kind imw_classify_status_item(const uint8_t *s, size_t n);
enum imw_list_ext_kind imw_classify_list_ext(const uint8_t *s, size_t n);

#endif /* IMW_KEYWORDS_H */
