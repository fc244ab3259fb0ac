/* The response and code keywords, flags, capabilities and LIST
 * attributes: a switch on the word's length, then one case-insensitive
 * comparison per candidate of that length (a few octets at a time, see
 * imw_word_eq()).  Every message's keyword and most codes, flags,
 * capabilities and attributes go through these; they replaced re2c
 * matchers (gen/keywords.c), which paid a
 * bounds check per octet and cost two to four times as much. */
#include <string.h>
#include "keywords.h"

/* Returns `kind` when s is `word` (n is its length). */
#define IMW_WORD(s, word, kind)                                  \
    do {                                                         \
        if (imw_word_eq((s), (word), sizeof(word) - 1))          \
            return (kind);                                       \
    } while (0)

/* IMW_WORD() in imw_word_eq_units()'s loads: for the keywords and the
 * code names, most of 9 to 14 octets, where imw_word_eq() copies the
 * tail through the stack (for the flags it measured no faster). */
#define IMW_WORD_UNITS(s, word, kind)                            \
    do {                                                         \
        if (imw_word_eq_units((s), (word), sizeof(word) - 1))    \
            return (kind);                                       \
    } while (0)

/* IMW_WORD_UNITS() after a test of the word's first octet against
 * `first`, the slice's first octet folded once by the caller: one
 * compare for a candidate that does not start so, where many slices are
 * none of the candidates of their length (capabilities). */
#define IMW_WORD_AFTER(first, s, word, kind)                     \
    do {                                                         \
        if ((first) == (uint8_t)(word)[0] &&                     \
            imw_word_eq_units((s), (word), sizeof(word) - 1))    \
            return (kind);                                       \
    } while (0)

enum imw_keyword imw_classify_keyword(const uint8_t *s, size_t n)
{
    switch (n) {
    case 2:
        IMW_WORD_UNITS(s, "ok", IMW_KW_OK);
        IMW_WORD_UNITS(s, "no", IMW_KW_NO);
        IMW_WORD_UNITS(s, "id", IMW_KW_ID);
        break;
    case 3:
        IMW_WORD_UNITS(s, "bad", IMW_KW_BAD);
        IMW_WORD_UNITS(s, "bye", IMW_KW_BYE);
        IMW_WORD_UNITS(s, "acl", IMW_KW_ACL);
        break;
    case 4:
        IMW_WORD_UNITS(s, "list", IMW_KW_LIST);
        IMW_WORD_UNITS(s, "lsub", IMW_KW_LSUB);
        IMW_WORD_UNITS(s, "sort", IMW_KW_SORT);
        break;
    case 5:
        IMW_WORD_UNITS(s, "flags", IMW_KW_FLAGS);
        IMW_WORD_UNITS(s, "fetch", IMW_KW_FETCH);
        IMW_WORD_UNITS(s, "quota", IMW_KW_QUOTA);
        break;
    case 6:
        IMW_WORD_UNITS(s, "exists", IMW_KW_EXISTS);
        IMW_WORD_UNITS(s, "recent", IMW_KW_RECENT);
        IMW_WORD_UNITS(s, "status", IMW_KW_STATUS);
        IMW_WORD_UNITS(s, "search", IMW_KW_SEARCH);
        IMW_WORD_UNITS(s, "thread", IMW_KW_THREAD);
        break;
    case 7:
        IMW_WORD_UNITS(s, "preauth", IMW_KW_PREAUTH);
        IMW_WORD_UNITS(s, "expunge", IMW_KW_EXPUNGE);
        IMW_WORD_UNITS(s, "enabled", IMW_KW_ENABLED);
        IMW_WORD_UNITS(s, "esearch", IMW_KW_ESEARCH);
        break;
    case 8:
        IMW_WORD_UNITS(s, "vanished", IMW_KW_VANISHED);
        IMW_WORD_UNITS(s, "myrights", IMW_KW_MYRIGHTS);
        IMW_WORD_UNITS(s, "metadata", IMW_KW_METADATA);
        break;
    case 9:
        IMW_WORD_UNITS(s, "namespace", IMW_KW_NAMESPACE);
        IMW_WORD_UNITS(s, "quotaroot", IMW_KW_QUOTAROOT);
        break;
    case 10:
        IMW_WORD_UNITS(s, "capability", IMW_KW_CAPABILITY);
        IMW_WORD_UNITS(s, "listrights", IMW_KW_LISTRIGHTS);
        break;
    default:
        break;
    }
    return IMW_KW_OTHER;
}

enum imw_code_kind imw_classify_code(const uint8_t *s, size_t n)
{
    switch (n) {
    case 5:
        IMW_WORD_UNITS(s, "alert", IMW_CODE_ALERT);
        IMW_WORD_UNITS(s, "parse", IMW_CODE_PARSE);
        IMW_WORD_UNITS(s, "inuse", IMW_CODE_INUSE);
        IMW_WORD_UNITS(s, "limit", IMW_CODE_LIMIT);
        break;
    case 6:
        IMW_WORD_UNITS(s, "unseen", IMW_CODE_UNSEEN);
        IMW_WORD_UNITS(s, "closed", IMW_CODE_CLOSED);
        IMW_WORD_UNITS(s, "noperm", IMW_CODE_NOPERM);
        IMW_WORD_UNITS(s, "cannot", IMW_CODE_CANNOT);
        IMW_WORD_UNITS(s, "toobig", IMW_CODE_TOOBIG);
        break;
    case 7:
        IMW_WORD_UNITS(s, "uidnext", IMW_CODE_UIDNEXT);
        IMW_WORD_UNITS(s, "expired", IMW_CODE_EXPIRED);
        IMW_WORD_UNITS(s, "useattr", IMW_CODE_USEATTR);
        IMW_WORD_UNITS(s, "copyuid", IMW_CODE_COPYUID);
        break;
    case 8:
        IMW_WORD_UNITS(s, "nomodseq", IMW_CODE_NOMODSEQ);
        IMW_WORD_UNITS(s, "modified", IMW_CODE_MODIFIED);
        IMW_WORD_UNITS(s, "notsaved", IMW_CODE_NOTSAVED);
        IMW_WORD_UNITS(s, "metadata", IMW_CODE_METADATA);
        break;
    case 9:
        IMW_WORD_UNITS(s, "read-only", IMW_CODE_READ_ONLY);
        IMW_WORD_UNITS(s, "trycreate", IMW_CODE_TRYCREATE);
        IMW_WORD_UNITS(s, "serverbug", IMW_CODE_SERVERBUG);
        IMW_WORD_UNITS(s, "clientbug", IMW_CODE_CLIENTBUG);
        IMW_WORD_UNITS(s, "overquota", IMW_CODE_OVERQUOTA);
        IMW_WORD_UNITS(s, "appenduid", IMW_CODE_APPENDUID);
        IMW_WORD_UNITS(s, "mailboxid", IMW_CODE_MAILBOXID);
        break;
    case 10:
        IMW_WORD_UNITS(s, "badcharset", IMW_CODE_BADCHARSET);
        IMW_WORD_UNITS(s, "capability", IMW_CODE_CAPABILITY);
        IMW_WORD_UNITS(s, "read-write", IMW_CODE_READ_WRITE);
        IMW_WORD_UNITS(s, "corruption", IMW_CODE_CORRUPTION);
        break;
    case 11:
        IMW_WORD_UNITS(s, "uidvalidity", IMW_CODE_UIDVALIDITY);
        IMW_WORD_UNITS(s, "unavailable", IMW_CODE_UNAVAILABLE);
        IMW_WORD_UNITS(s, "nonexistent", IMW_CODE_NONEXISTENT);
        IMW_WORD_UNITS(s, "haschildren", IMW_CODE_HASCHILDREN);
        IMW_WORD_UNITS(s, "unknown-cte", IMW_CODE_UNKNOWN_CTE);
        break;
    case 12:
        IMW_WORD_UNITS(s, "contactadmin", IMW_CODE_CONTACTADMIN);
        IMW_WORD_UNITS(s, "uidnotsticky", IMW_CODE_UIDNOTSTICKY);
        break;
    case 13:
        IMW_WORD_UNITS(s, "highestmodseq", IMW_CODE_HIGHESTMODSEQ);
        IMW_WORD_UNITS(s, "expungeissued", IMW_CODE_EXPUNGEISSUED);
        IMW_WORD_UNITS(s, "alreadyexists", IMW_CODE_ALREADYEXISTS);
        IMW_WORD_UNITS(s, "badcomparator", IMW_CODE_BADCOMPARATOR);
        break;
    case 14:
        IMW_WORD_UNITS(s, "permanentflags", IMW_CODE_PERMANENTFLAGS);
        break;
    case 15:
        IMW_WORD_UNITS(s, "privacyrequired", IMW_CODE_PRIVACYREQUIRED);
        break;
    case 17:
        IMW_WORD_UNITS(s, "compressionactive", IMW_CODE_COMPRESSIONACTIVE);
        break;
    case 19:
        IMW_WORD_UNITS(s, "authorizationfailed", IMW_CODE_AUTHORIZATIONFAILED);
        break;
    case 20:
        IMW_WORD_UNITS(s, "authenticationfailed", IMW_CODE_AUTHENTICATIONFAILED);
        IMW_WORD_UNITS(s, "notificationoverflow", IMW_CODE_NOTIFICATIONOVERFLOW);
        break;
    default:
        break;
    }
    return IMW_CODE_OTHER;
}

enum imw_flag_kind imw_classify_flag(const uint8_t *s, size_t n)
{
    if (n == 0 || s[0] != '\\')
        return IMW_FLAG_KEYWORD;
    if (n == 2 && s[1] == '*')
        return IMW_FLAG_WILDCARD;
    switch (n) {
    case 5:
        IMW_WORD(s + 1, "seen", IMW_FLAG_SEEN);
        break;
    case 6:
        IMW_WORD(s + 1, "draft", IMW_FLAG_DRAFT);
        break;
    case 7:
        IMW_WORD(s + 1, "recent", IMW_FLAG_RECENT);
        break;
    case 8:
        IMW_WORD(s + 1, "flagged", IMW_FLAG_FLAGGED);
        IMW_WORD(s + 1, "deleted", IMW_FLAG_DELETED);
        break;
    case 9:
        IMW_WORD(s + 1, "answered", IMW_FLAG_ANSWERED);
        break;
    default:
        break;
    }
    return IMW_FLAG_EXTENSION;
}

/* Capabilities with a mechanism longer than this keep the old answer:
 * only AUTH= is recognised (THREAD=, COMPRESS=, APPENDLIMIT= are not). */
#define IMW_KEYWORD_MAX 40

/* "NAME=" and a mechanism of octets other than NUL up to the end. */
static int has_mechanism(const uint8_t *s, size_t n, size_t name)
{
    return n > name && !memchr(s + name, 0, n - name);
}

/* APPENDLIMIT, or APPENDLIMIT= and at least one digit. */
static int is_appendlimit(const uint8_t *s, size_t n)
{
    if (n < 11 || !imw_word_eq(s, "appendlimit", 11))
        return 0;
    if (n == 11)
        return 1;
    if (n == 12 || s[11] != '=')
        return 0;
    for (size_t i = 12; i < n; i++)
        if (s[i] < '0' || s[i] > '9')
            return 0;
    return 1;
}

enum imw_capability_kind imw_classify_capability(const uint8_t *s, size_t n,
                                                 size_t *mechanism_at)
{
    /* the first octet, folded: 'a' only for "a" and "A" (and so on), so
     * that only words that may start so are compared with the prefixes */
    uint8_t first = n ? (uint8_t)(s[0] | 0x20) : 0;
    *mechanism_at = n;
    /* any AUTH= word with a mechanism, whatever its octets and length */
    if (first == 'a' && n >= 5 && imw_word_eq(s, "auth=", 5)) {
        if (n == 5)
            return IMW_CAP_OTHER;
        *mechanism_at = 5;
        return IMW_CAP_AUTH;
    }
    if (n >= IMW_KEYWORD_MAX)
        return IMW_CAP_OTHER;
    if (first == 't' && n >= 7 && imw_word_eq(s, "thread=", 7)) {
        if (!has_mechanism(s, n, 7))
            return IMW_CAP_OTHER;
        *mechanism_at = 7;
        return IMW_CAP_THREAD;
    }
    if (first == 'c' && n >= 9 && imw_word_eq(s, "compress=", 9)) {
        if (!has_mechanism(s, n, 9))
            return IMW_CAP_OTHER;
        *mechanism_at = 9;
        return IMW_CAP_COMPRESS;
    }
    if (first == 'a' && is_appendlimit(s, n))
        return IMW_CAP_APPENDLIMIT;
    switch (n) {
    case 2:
        IMW_WORD_AFTER(first, s, "id", IMW_CAP_ID);
        break;
    case 3:
        IMW_WORD_AFTER(first, s, "acl", IMW_CAP_ACL);
        break;
    case 4:
        IMW_WORD_AFTER(first, s, "idle", IMW_CAP_IDLE);
        IMW_WORD_AFTER(first, s, "move", IMW_CAP_MOVE);
        IMW_WORD_AFTER(first, s, "sort", IMW_CAP_SORT);
        break;
    case 5:
        IMW_WORD_AFTER(first, s, "quota", IMW_CAP_QUOTA);
        break;
    case 6:
        IMW_WORD_AFTER(first, s, "enable", IMW_CAP_ENABLE);
        IMW_WORD_AFTER(first, s, "binary", IMW_CAP_BINARY);
        IMW_WORD_AFTER(first, s, "within", IMW_CAP_WITHIN);
        IMW_WORD_AFTER(first, s, "notify", IMW_CAP_NOTIFY);
        break;
    case 7:
        IMW_WORD_AFTER(first, s, "sasl-ir", IMW_CAP_SASL_IR);
        IMW_WORD_AFTER(first, s, "uidplus", IMW_CAP_UIDPLUS);
        IMW_WORD_AFTER(first, s, "qresync", IMW_CAP_QRESYNC);
        IMW_WORD_AFTER(first, s, "esearch", IMW_CAP_ESEARCH);
        IMW_WORD_AFTER(first, s, "preview", IMW_CAP_PREVIEW);
        break;
    case 8:
        IMW_WORD_AFTER(first, s, "starttls", IMW_CAP_STARTTLS);
        IMW_WORD_AFTER(first, s, "literal+", IMW_CAP_LITERAL_PLUS);
        IMW_WORD_AFTER(first, s, "literal-", IMW_CAP_LITERAL_MINUS);
        IMW_WORD_AFTER(first, s, "unselect", IMW_CAP_UNSELECT);
        IMW_WORD_AFTER(first, s, "children", IMW_CAP_CHILDREN);
        IMW_WORD_AFTER(first, s, "catenate", IMW_CAP_CATENATE);
        IMW_WORD_AFTER(first, s, "metadata", IMW_CAP_METADATA);
        IMW_WORD_AFTER(first, s, "objectid", IMW_CAP_OBJECTID);
        break;
    case 9:
        IMW_WORD_AFTER(first, s, "imap4rev1", IMW_CAP_IMAP4REV1);
        IMW_WORD_AFTER(first, s, "imap4rev2", IMW_CAP_IMAP4REV2);
        IMW_WORD_AFTER(first, s, "namespace", IMW_CAP_NAMESPACE);
        IMW_WORD_AFTER(first, s, "condstore", IMW_CAP_CONDSTORE);
        IMW_WORD_AFTER(first, s, "searchres", IMW_CAP_SEARCHRES);
        IMW_WORD_AFTER(first, s, "utf8=only", IMW_CAP_UTF8_ONLY);
        break;
    case 11:
        IMW_WORD_AFTER(first, s, "list-status", IMW_CAP_LIST_STATUS);
        IMW_WORD_AFTER(first, s, "special-use", IMW_CAP_SPECIAL_USE);
        IMW_WORD_AFTER(first, s, "multiappend", IMW_CAP_MULTIAPPEND);
        IMW_WORD_AFTER(first, s, "utf8=accept", IMW_CAP_UTF8_ACCEPT);
        IMW_WORD_AFTER(first, s, "status=size", IMW_CAP_STATUS_SIZE);
        break;
    case 13:
        IMW_WORD_AFTER(first, s, "logindisabled", IMW_CAP_LOGINDISABLED);
        IMW_WORD_AFTER(first, s, "list-extended", IMW_CAP_LIST_EXTENDED);
        break;
    default:
        break;
    }
    return IMW_CAP_OTHER;
}

/* A LIST attribute with its backslash (RFC 3501, 5258, 6154). */
enum imw_mailbox_attr_kind imw_classify_mailbox_attr(const uint8_t *s,
                                                     size_t n)
{
    if (n < 4 || s[0] != '\\')
        return IMW_MBOX_ATTR_OTHER;
    s++;
    switch (n - 1) {
    case 3:
        IMW_WORD(s, "all", IMW_MBOX_ATTR_ALL);
        break;
    case 4:
        IMW_WORD(s, "junk", IMW_MBOX_ATTR_JUNK);
        IMW_WORD(s, "sent", IMW_MBOX_ATTR_SENT);
        break;
    case 5:
        IMW_WORD(s, "trash", IMW_MBOX_ATTR_TRASH);
        break;
    case 6:
        IMW_WORD(s, "marked", IMW_MBOX_ATTR_MARKED);
        IMW_WORD(s, "drafts", IMW_MBOX_ATTR_DRAFTS);
        IMW_WORD(s, "remote", IMW_MBOX_ATTR_REMOTE);
        break;
    case 7:
        IMW_WORD(s, "archive", IMW_MBOX_ATTR_ARCHIVE);
        IMW_WORD(s, "flagged", IMW_MBOX_ATTR_FLAGGED);
        break;
    case 8:
        IMW_WORD(s, "noselect", IMW_MBOX_ATTR_NOSELECT);
        IMW_WORD(s, "unmarked", IMW_MBOX_ATTR_UNMARKED);
        break;
    case 9:
        IMW_WORD(s, "important", IMW_MBOX_ATTR_IMPORTANT);
        break;
    case 10:
        IMW_WORD(s, "subscribed", IMW_MBOX_ATTR_SUBSCRIBED);
        break;
    case 11:
        IMW_WORD(s, "noinferiors", IMW_MBOX_ATTR_NOINFERIORS);
        IMW_WORD(s, "haschildren", IMW_MBOX_ATTR_HASCHILDREN);
        IMW_WORD(s, "nonexistent", IMW_MBOX_ATTR_NONEXISTENT);
        break;
    case 13:
        IMW_WORD(s, "hasnochildren", IMW_MBOX_ATTR_HASNOCHILDREN);
        break;
    default:
        break;
    }
    return IMW_MBOX_ATTR_OTHER;
}
