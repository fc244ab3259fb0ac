/* Names of errors and enum values, and the library version. */
#include "config.h"
#include "imapwire/imapwire.h"

#define ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

const char *imw_version(void)
{
    return PACKAGE_VERSION;
}

const char *imw_strerror(int error)
{
    switch (error) {
    case IMW_OK:                    return "success";
    case IMW_ERR_NOMEM:             return "out of memory";
    case IMW_ERR_INVALID_ARGUMENT:  return "invalid argument";
    case IMW_ERR_SYNTAX:            return "syntax error";
    case IMW_ERR_LINE_TOO_LONG:     return "line too long";
    case IMW_ERR_LITERAL_TOO_LARGE: return "literal too large";
    case IMW_ERR_TOO_MANY_LITERALS: return "too many literals in one message";
    case IMW_ERR_MESSAGE_TOO_LARGE: return "message too large";
    case IMW_ERR_NESTING_TOO_DEEP:  return "nesting too deep";
    case IMW_ERR_NUMBER_RANGE:      return "number out of range";
    case IMW_ERR_BAD_LITERAL:       return "malformed literal";
    case IMW_ERR_INCOMPLETE:        return "input ended inside a message";
    case IMW_ERR_UNSUPPORTED:       return "not supported";
    case IMW_ERR_CALLBACK:          return "aborted by a callback";
    case IMW_ERR_DECODE:            return "valid response of a shape the typed model cannot hold";
    case IMW_ERR_LITERAL_REFUSED:   return "synchronising literal refused";
    case IMW_ERR_NONSYNC_LITERAL:   return "non-synchronising literal not allowed";
    case IMW_ERR_FATAL:             return "fatal error";
    case IMW_ERR_INTERNAL:          return "internal error";
    case IMW_ERR_MISUSE:            return "wrong use of the API";
    default:                        return "unknown error";
    }
}

int imw_error_is_fatal(int error)
{
    return error <= IMW_ERR_FATAL && error > IMW_ERR_FATAL - 100;
}

const char *imw_error_name(int error)
{
#define IMW_NAME(e) case e: return #e
    switch (error) {
    IMW_NAME(IMW_OK);
    IMW_NAME(IMW_ERR_NOMEM);
    IMW_NAME(IMW_ERR_INVALID_ARGUMENT);
    IMW_NAME(IMW_ERR_SYNTAX);
    IMW_NAME(IMW_ERR_LINE_TOO_LONG);
    IMW_NAME(IMW_ERR_LITERAL_TOO_LARGE);
    IMW_NAME(IMW_ERR_TOO_MANY_LITERALS);
    IMW_NAME(IMW_ERR_MESSAGE_TOO_LARGE);
    IMW_NAME(IMW_ERR_NESTING_TOO_DEEP);
    IMW_NAME(IMW_ERR_NUMBER_RANGE);
    IMW_NAME(IMW_ERR_BAD_LITERAL);
    IMW_NAME(IMW_ERR_INCOMPLETE);
    IMW_NAME(IMW_ERR_UNSUPPORTED);
    IMW_NAME(IMW_ERR_CALLBACK);
    IMW_NAME(IMW_ERR_DECODE);
    IMW_NAME(IMW_ERR_LITERAL_REFUSED);
    IMW_NAME(IMW_ERR_NONSYNC_LITERAL);
    IMW_NAME(IMW_ERR_FATAL);
    IMW_NAME(IMW_ERR_INTERNAL);
    IMW_NAME(IMW_ERR_MISUSE);
    default: return "IMW_ERR_UNKNOWN";
    }
#undef IMW_NAME
}

static const char *name_of(const char *const *names, size_t count, int value)
{
    if (value < 0 || (size_t)value >= count || !names[value])
        return "UNKNOWN";
    return names[value];
}

const char *imw_status_name(enum imw_status status)
{
    static const char *const names[] = {
        [IMW_STATUS_OK] = "OK", [IMW_STATUS_NO] = "NO",
        [IMW_STATUS_BAD] = "BAD", [IMW_STATUS_BYE] = "BYE",
        [IMW_STATUS_PREAUTH] = "PREAUTH",
    };
    return name_of(names, ARRAY_LEN(names), (int)status);
}

const char *imw_response_kind_name(enum imw_response_kind kind)
{
    static const char *const names[] = {
        [IMW_RESP_GREETING] = "greeting", [IMW_RESP_STATUS] = "status",
        [IMW_RESP_CONTINUE] = "continue", [IMW_RESP_CAPABILITY] = "capability",
        [IMW_RESP_EXISTS] = "exists", [IMW_RESP_RECENT] = "recent",
        [IMW_RESP_EXPUNGE] = "expunge", [IMW_RESP_FLAGS] = "flags",
        [IMW_RESP_OTHER] = "other", [IMW_RESP_LIST] = "list",
        [IMW_RESP_LSUB] = "lsub", [IMW_RESP_MAILBOX_STATUS] = "mailbox_status",
        [IMW_RESP_SEARCH] = "search", [IMW_RESP_ESEARCH] = "esearch",
        [IMW_RESP_FETCH] = "fetch", [IMW_RESP_VANISHED] = "vanished",
        [IMW_RESP_ENABLED] = "enabled", [IMW_RESP_NAMESPACE] = "namespace",
        [IMW_RESP_ID] = "id", [IMW_RESP_SORT] = "sort",
        [IMW_RESP_THREAD] = "thread", [IMW_RESP_QUOTA] = "quota",
        [IMW_RESP_QUOTAROOT] = "quotaroot", [IMW_RESP_ACL] = "acl",
        [IMW_RESP_LISTRIGHTS] = "listrights", [IMW_RESP_MYRIGHTS] = "myrights",
        [IMW_RESP_METADATA] = "metadata",
    };
    return name_of(names, ARRAY_LEN(names), (int)kind);
}

const char *imw_code_kind_name(enum imw_code_kind kind)
{
    static const char *const names[] = {
        [IMW_CODE_OTHER] = "OTHER", [IMW_CODE_ALERT] = "ALERT",
        [IMW_CODE_BADCHARSET] = "BADCHARSET",
        [IMW_CODE_CAPABILITY] = "CAPABILITY", [IMW_CODE_PARSE] = "PARSE",
        [IMW_CODE_PERMANENTFLAGS] = "PERMANENTFLAGS",
        [IMW_CODE_READ_ONLY] = "READ-ONLY", [IMW_CODE_READ_WRITE] = "READ-WRITE",
        [IMW_CODE_TRYCREATE] = "TRYCREATE", [IMW_CODE_UIDNEXT] = "UIDNEXT",
        [IMW_CODE_UIDVALIDITY] = "UIDVALIDITY", [IMW_CODE_UNSEEN] = "UNSEEN",
        [IMW_CODE_HIGHESTMODSEQ] = "HIGHESTMODSEQ",
        [IMW_CODE_NOMODSEQ] = "NOMODSEQ", [IMW_CODE_MODIFIED] = "MODIFIED",
        [IMW_CODE_CLOSED] = "CLOSED",
        [IMW_CODE_UNAVAILABLE] = "UNAVAILABLE",
        [IMW_CODE_AUTHENTICATIONFAILED] = "AUTHENTICATIONFAILED",
        [IMW_CODE_AUTHORIZATIONFAILED] = "AUTHORIZATIONFAILED",
        [IMW_CODE_EXPIRED] = "EXPIRED",
        [IMW_CODE_PRIVACYREQUIRED] = "PRIVACYREQUIRED",
        [IMW_CODE_CONTACTADMIN] = "CONTACTADMIN",
        [IMW_CODE_NOPERM] = "NOPERM",
        [IMW_CODE_INUSE] = "INUSE",
        [IMW_CODE_EXPUNGEISSUED] = "EXPUNGEISSUED",
        [IMW_CODE_CORRUPTION] = "CORRUPTION",
        [IMW_CODE_SERVERBUG] = "SERVERBUG",
        [IMW_CODE_CLIENTBUG] = "CLIENTBUG",
        [IMW_CODE_CANNOT] = "CANNOT",
        [IMW_CODE_LIMIT] = "LIMIT",
        [IMW_CODE_OVERQUOTA] = "OVERQUOTA",
        [IMW_CODE_ALREADYEXISTS] = "ALREADYEXISTS",
        [IMW_CODE_NONEXISTENT] = "NONEXISTENT",
        [IMW_CODE_HASCHILDREN] = "HASCHILDREN",
        [IMW_CODE_UNKNOWN_CTE] = "UNKNOWN-CTE",
        [IMW_CODE_UIDNOTSTICKY] = "UIDNOTSTICKY",
        [IMW_CODE_NOTSAVED] = "NOTSAVED",
        [IMW_CODE_USEATTR] = "USEATTR",
        [IMW_CODE_COMPRESSIONACTIVE] = "COMPRESSIONACTIVE",
        [IMW_CODE_NOTIFICATIONOVERFLOW] = "NOTIFICATIONOVERFLOW",
        [IMW_CODE_TOOBIG] = "TOOBIG",
        [IMW_CODE_BADCOMPARATOR] = "BADCOMPARATOR",
        [IMW_CODE_APPENDUID] = "APPENDUID",
        [IMW_CODE_COPYUID] = "COPYUID",
        [IMW_CODE_MAILBOXID] = "MAILBOXID",
        [IMW_CODE_METADATA] = "METADATA",
    };
    return name_of(names, ARRAY_LEN(names), (int)kind);
}

const char *imw_flag_kind_name(enum imw_flag_kind kind)
{
    static const char *const names[] = {
        [IMW_FLAG_ANSWERED] = "answered", [IMW_FLAG_FLAGGED] = "flagged",
        [IMW_FLAG_DELETED] = "deleted", [IMW_FLAG_SEEN] = "seen",
        [IMW_FLAG_DRAFT] = "draft", [IMW_FLAG_RECENT] = "recent",
        [IMW_FLAG_WILDCARD] = "wildcard", [IMW_FLAG_EXTENSION] = "extension",
        [IMW_FLAG_KEYWORD] = "keyword",
    };
    return name_of(names, ARRAY_LEN(names), (int)kind);
}

const char *imw_capability_kind_name(enum imw_capability_kind kind)
{
    static const char *const names[] = {
        [IMW_CAP_OTHER] = "OTHER", [IMW_CAP_IMAP4REV1] = "IMAP4REV1",
        [IMW_CAP_IMAP4REV2] = "IMAP4REV2", [IMW_CAP_AUTH] = "AUTH",
        [IMW_CAP_STARTTLS] = "STARTTLS", [IMW_CAP_LOGINDISABLED] = "LOGINDISABLED",
        [IMW_CAP_SASL_IR] = "SASL-IR", [IMW_CAP_LITERAL_PLUS] = "LITERAL+",
        [IMW_CAP_LITERAL_MINUS] = "LITERAL-", [IMW_CAP_IDLE] = "IDLE",
        [IMW_CAP_NAMESPACE] = "NAMESPACE", [IMW_CAP_ID] = "ID",
        [IMW_CAP_ENABLE] = "ENABLE", [IMW_CAP_UIDPLUS] = "UIDPLUS",
        [IMW_CAP_MOVE] = "MOVE", [IMW_CAP_UNSELECT] = "UNSELECT",
        [IMW_CAP_CHILDREN] = "CHILDREN", [IMW_CAP_CONDSTORE] = "CONDSTORE",
        [IMW_CAP_QRESYNC] = "QRESYNC", [IMW_CAP_ESEARCH] = "ESEARCH",
        [IMW_CAP_SEARCHRES] = "SEARCHRES", [IMW_CAP_SORT] = "SORT",
        [IMW_CAP_THREAD] = "THREAD", [IMW_CAP_LIST_EXTENDED] = "LIST-EXTENDED",
        [IMW_CAP_LIST_STATUS] = "LIST-STATUS", [IMW_CAP_SPECIAL_USE] = "SPECIAL-USE",
        [IMW_CAP_BINARY] = "BINARY", [IMW_CAP_CATENATE] = "CATENATE",
        [IMW_CAP_MULTIAPPEND] = "MULTIAPPEND", [IMW_CAP_COMPRESS] = "COMPRESS",
        [IMW_CAP_METADATA] = "METADATA", [IMW_CAP_QUOTA] = "QUOTA",
        [IMW_CAP_ACL] = "ACL", [IMW_CAP_UTF8_ACCEPT] = "UTF8=ACCEPT",
        [IMW_CAP_UTF8_ONLY] = "UTF8=ONLY", [IMW_CAP_APPENDLIMIT] = "APPENDLIMIT",
        [IMW_CAP_OBJECTID] = "OBJECTID", [IMW_CAP_STATUS_SIZE] = "STATUS=SIZE",
        [IMW_CAP_PREVIEW] = "PREVIEW", [IMW_CAP_WITHIN] = "WITHIN",
        [IMW_CAP_NOTIFY] = "NOTIFY",
    };
    return name_of(names, ARRAY_LEN(names), (int)kind);
}
