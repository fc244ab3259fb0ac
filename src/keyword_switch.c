/* The response and code keywords: a switch on the word's length, then
 * one case-insensitive comparison per candidate of that length (a few
 * octets at a time, see imw_word_eq()).  The dispatch classifies every
 * message's keyword, and a resp-text-code's name, with these; they
 * replaced re2c matchers (gen/keywords.c), which paid a bounds check per
 * octet and cost about twice as much on the common words. */
#include "keywords.h"

/* Returns `kind` when s is `word` (n is its length). */
#define IMW_WORD(s, word, kind)                                  \
    do {                                                         \
        if (imw_word_eq((s), (word), sizeof(word) - 1))          \
            return (kind);                                       \
    } while (0)

enum imw_keyword imw_classify_keyword(const uint8_t *s, size_t n)
{
    switch (n) {
    case 2:
        IMW_WORD(s, "ok", IMW_KW_OK);
        IMW_WORD(s, "no", IMW_KW_NO);
        IMW_WORD(s, "id", IMW_KW_ID);
        break;
    case 3:
        IMW_WORD(s, "bad", IMW_KW_BAD);
        IMW_WORD(s, "bye", IMW_KW_BYE);
        IMW_WORD(s, "acl", IMW_KW_ACL);
        break;
    case 4:
        IMW_WORD(s, "list", IMW_KW_LIST);
        IMW_WORD(s, "lsub", IMW_KW_LSUB);
        IMW_WORD(s, "sort", IMW_KW_SORT);
        break;
    case 5:
        IMW_WORD(s, "flags", IMW_KW_FLAGS);
        IMW_WORD(s, "fetch", IMW_KW_FETCH);
        IMW_WORD(s, "quota", IMW_KW_QUOTA);
        break;
    case 6:
        IMW_WORD(s, "exists", IMW_KW_EXISTS);
        IMW_WORD(s, "recent", IMW_KW_RECENT);
        IMW_WORD(s, "status", IMW_KW_STATUS);
        IMW_WORD(s, "search", IMW_KW_SEARCH);
        IMW_WORD(s, "thread", IMW_KW_THREAD);
        break;
    case 7:
        IMW_WORD(s, "preauth", IMW_KW_PREAUTH);
        IMW_WORD(s, "expunge", IMW_KW_EXPUNGE);
        IMW_WORD(s, "enabled", IMW_KW_ENABLED);
        IMW_WORD(s, "esearch", IMW_KW_ESEARCH);
        break;
    case 8:
        IMW_WORD(s, "vanished", IMW_KW_VANISHED);
        IMW_WORD(s, "myrights", IMW_KW_MYRIGHTS);
        IMW_WORD(s, "metadata", IMW_KW_METADATA);
        break;
    case 9:
        IMW_WORD(s, "namespace", IMW_KW_NAMESPACE);
        IMW_WORD(s, "quotaroot", IMW_KW_QUOTAROOT);
        break;
    case 10:
        IMW_WORD(s, "capability", IMW_KW_CAPABILITY);
        IMW_WORD(s, "listrights", IMW_KW_LISTRIGHTS);
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
        IMW_WORD(s, "alert", IMW_CODE_ALERT);
        IMW_WORD(s, "parse", IMW_CODE_PARSE);
        IMW_WORD(s, "inuse", IMW_CODE_INUSE);
        IMW_WORD(s, "limit", IMW_CODE_LIMIT);
        break;
    case 6:
        IMW_WORD(s, "unseen", IMW_CODE_UNSEEN);
        IMW_WORD(s, "closed", IMW_CODE_CLOSED);
        IMW_WORD(s, "noperm", IMW_CODE_NOPERM);
        IMW_WORD(s, "cannot", IMW_CODE_CANNOT);
        IMW_WORD(s, "toobig", IMW_CODE_TOOBIG);
        break;
    case 7:
        IMW_WORD(s, "uidnext", IMW_CODE_UIDNEXT);
        IMW_WORD(s, "expired", IMW_CODE_EXPIRED);
        IMW_WORD(s, "useattr", IMW_CODE_USEATTR);
        IMW_WORD(s, "copyuid", IMW_CODE_COPYUID);
        break;
    case 8:
        IMW_WORD(s, "nomodseq", IMW_CODE_NOMODSEQ);
        IMW_WORD(s, "modified", IMW_CODE_MODIFIED);
        IMW_WORD(s, "notsaved", IMW_CODE_NOTSAVED);
        IMW_WORD(s, "metadata", IMW_CODE_METADATA);
        break;
    case 9:
        IMW_WORD(s, "read-only", IMW_CODE_READ_ONLY);
        IMW_WORD(s, "trycreate", IMW_CODE_TRYCREATE);
        IMW_WORD(s, "serverbug", IMW_CODE_SERVERBUG);
        IMW_WORD(s, "clientbug", IMW_CODE_CLIENTBUG);
        IMW_WORD(s, "overquota", IMW_CODE_OVERQUOTA);
        IMW_WORD(s, "appenduid", IMW_CODE_APPENDUID);
        IMW_WORD(s, "mailboxid", IMW_CODE_MAILBOXID);
        break;
    case 10:
        IMW_WORD(s, "badcharset", IMW_CODE_BADCHARSET);
        IMW_WORD(s, "capability", IMW_CODE_CAPABILITY);
        IMW_WORD(s, "read-write", IMW_CODE_READ_WRITE);
        IMW_WORD(s, "corruption", IMW_CODE_CORRUPTION);
        break;
    case 11:
        IMW_WORD(s, "uidvalidity", IMW_CODE_UIDVALIDITY);
        IMW_WORD(s, "unavailable", IMW_CODE_UNAVAILABLE);
        IMW_WORD(s, "nonexistent", IMW_CODE_NONEXISTENT);
        IMW_WORD(s, "haschildren", IMW_CODE_HASCHILDREN);
        IMW_WORD(s, "unknown-cte", IMW_CODE_UNKNOWN_CTE);
        break;
    case 12:
        IMW_WORD(s, "contactadmin", IMW_CODE_CONTACTADMIN);
        IMW_WORD(s, "uidnotsticky", IMW_CODE_UIDNOTSTICKY);
        break;
    case 13:
        IMW_WORD(s, "highestmodseq", IMW_CODE_HIGHESTMODSEQ);
        IMW_WORD(s, "expungeissued", IMW_CODE_EXPUNGEISSUED);
        IMW_WORD(s, "alreadyexists", IMW_CODE_ALREADYEXISTS);
        IMW_WORD(s, "badcomparator", IMW_CODE_BADCOMPARATOR);
        break;
    case 14:
        IMW_WORD(s, "permanentflags", IMW_CODE_PERMANENTFLAGS);
        break;
    case 15:
        IMW_WORD(s, "privacyrequired", IMW_CODE_PRIVACYREQUIRED);
        break;
    case 17:
        IMW_WORD(s, "compressionactive", IMW_CODE_COMPRESSIONACTIVE);
        break;
    case 19:
        IMW_WORD(s, "authorizationfailed", IMW_CODE_AUTHORIZATIONFAILED);
        break;
    case 20:
        IMW_WORD(s, "authenticationfailed", IMW_CODE_AUTHENTICATIONFAILED);
        IMW_WORD(s, "notificationoverflow", IMW_CODE_NOTIFICATIONOVERFLOW);
        break;
    default:
        break;
    }
    return IMW_CODE_OTHER;
}
