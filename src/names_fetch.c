/* Names of the FETCH family's enum values (include/imapwire/fetch.h). */
#include "imapwire/fetch.h"

const char *imw_fetch_item_kind_name(enum imw_fetch_item_kind kind)
{
    switch (kind) {
    case IMW_FETCH_OTHER:         return "OTHER";
    case IMW_FETCH_FLAGS:         return "FLAGS";
    case IMW_FETCH_INTERNALDATE:  return "INTERNALDATE";
    case IMW_FETCH_RFC822_SIZE:   return "RFC822.SIZE";
    case IMW_FETCH_ENVELOPE:      return "ENVELOPE";
    case IMW_FETCH_BODY:          return "BODY";
    case IMW_FETCH_BODYSTRUCTURE: return "BODYSTRUCTURE";
    case IMW_FETCH_BODY_SECTION:  return "BODY[]";
    case IMW_FETCH_RFC822:        return "RFC822";
    case IMW_FETCH_RFC822_HEADER: return "RFC822.HEADER";
    case IMW_FETCH_RFC822_TEXT:   return "RFC822.TEXT";
    case IMW_FETCH_UID:           return "UID";
    case IMW_FETCH_MODSEQ:        return "MODSEQ";
    case IMW_FETCH_BINARY:        return "BINARY[]";
    case IMW_FETCH_BINARY_SIZE:   return "BINARY.SIZE[]";
    case IMW_FETCH_EMAILID:       return "EMAILID";
    case IMW_FETCH_THREADID:      return "THREADID";
    case IMW_FETCH_SAVEDATE:      return "SAVEDATE";
    case IMW_FETCH_PREVIEW:       return "PREVIEW";
    case IMW_FETCH_GM_MSGID:      return "X-GM-MSGID";
    case IMW_FETCH_GM_THRID:      return "X-GM-THRID";
    case IMW_FETCH_GM_LABELS:     return "X-GM-LABELS";
    default:                      return "UNKNOWN";
    }
}

const char *imw_body_kind_name(enum imw_body_kind kind)
{
    switch (kind) {
    case IMW_BODY_BASIC:     return "BASIC";
    case IMW_BODY_TEXT:      return "TEXT";
    case IMW_BODY_MESSAGE:   return "MESSAGE";
    case IMW_BODY_MULTIPART: return "MULTIPART";
    default:                 return "UNKNOWN";
    }
}

const char *imw_address_kind_name(enum imw_address_kind kind)
{
    switch (kind) {
    case IMW_ADDR_ADDRESS:     return "ADDRESS";
    case IMW_ADDR_GROUP_START: return "GROUP_START";
    case IMW_ADDR_GROUP_END:   return "GROUP_END";
    default:                   return "UNKNOWN";
    }
}

const char *imw_section_text_name(enum imw_section_text text)
{
    switch (text) {
    case IMW_SECTION_NONE:              return "NONE";
    case IMW_SECTION_HEADER:            return "HEADER";
    case IMW_SECTION_HEADER_FIELDS:     return "HEADER.FIELDS";
    case IMW_SECTION_HEADER_FIELDS_NOT: return "HEADER.FIELDS.NOT";
    case IMW_SECTION_TEXT:              return "TEXT";
    case IMW_SECTION_MIME:              return "MIME";
    default:                            return "UNKNOWN";
    }
}

const char *imw_gm_label_kind_name(enum imw_gm_label_kind kind)
{
    switch (kind) {
    case IMW_GM_LABEL_USER:   return "LABEL";
    case IMW_GM_LABEL_SYSTEM: return "SYSTEM";
    default:                  return "UNKNOWN";
    }
}
