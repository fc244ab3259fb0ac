/* Names of the extensions' enum values (include/imapwire/extensions.h). */
#include "imapwire/imapwire.h"
#include "imapwire/extensions.h"

const char *imw_quota_resource_kind_name(enum imw_quota_resource_kind kind)
{
    switch (kind) {
    case IMW_QUOTA_STORAGE:            return "STORAGE";
    case IMW_QUOTA_MESSAGE:            return "MESSAGE";
    case IMW_QUOTA_MAILBOX:            return "MAILBOX";
    case IMW_QUOTA_ANNOTATION_STORAGE: return "ANNOTATION-STORAGE";
    case IMW_QUOTA_OTHER:              return "OTHER";
    default:                           return "UNKNOWN";
    }
}

const char *imw_metadata_code_kind_name(enum imw_metadata_code_kind kind)
{
    switch (kind) {
    case IMW_METADATA_CODE_LONGENTRIES: return "LONGENTRIES";
    case IMW_METADATA_CODE_MAXSIZE:     return "MAXSIZE";
    case IMW_METADATA_CODE_TOOMANY:     return "TOOMANY";
    case IMW_METADATA_CODE_NOPRIVATE:   return "NOPRIVATE";
    case IMW_METADATA_CODE_OTHER:       return "OTHER";
    default:                            return "UNKNOWN";
    }
}
