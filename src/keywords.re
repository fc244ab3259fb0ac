/* Keyword classifiers (re2c).  `make regen` turns this file into
 * gen/keywords.c.  Each matcher reads the word where it lies (re2c's
 * custom input API): past the slice's end it reads NUL, its end marker,
 * and a match counts only when that NUL was the end of the slice, not an
 * octet of the word (IMW_KW_AT_END).  No copy, no length limit: a word
 * longer than every keyword fails on its first octets like any other. */
#include <string.h>
#include "keywords.h"

/* Capabilities with a mechanism longer than this keep the old answer:
 * only AUTH= is recognised (THREAD=, COMPRESS=, APPENDLIMIT= are not). */
#define IMW_KEYWORD_MAX 40

/* ASCII-only, locale-independent prefix comparison. */
static int strncasecmp_ascii(const uint8_t *s, const char *prefix, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        uint8_t a = s[i], b = (uint8_t)prefix[i];
        if (a >= (uint8_t)0x61 && a <= (uint8_t)0x7a)
            a = (uint8_t)(a - 32);
        if (a != b)
            return 1;
    }
    return 0;
}

/* The matcher's input: index `kw_i` walks the slice; the octet past its
 * end reads as NUL.  `end` in a rule consumes that NUL, so a whole-word
 * match leaves the index one past the slice; a NUL inside the word
 * leaves it short, and the word is "other", as it always was. */
#define YYPEEK() (kw_i < kw_n ? kw_s[kw_i] : 0)
#define YYSKIP() (++kw_i)
#define YYBACKUP() (kw_mark = kw_i)
#define YYRESTORE() (kw_i = kw_mark)
#define IMW_KW_AT_END() (kw_i == kw_n + 1)
/* The kind `kind` if the match ended at the slice's end, else `other`. */
#define IMW_KW(kind, other) return IMW_KW_AT_END() ? (kind) : (other)
#define IMW_KW_INPUT(s, n) \
    const uint8_t *const kw_s = (s); \
    const size_t kw_n = (n); \
    size_t kw_i = 0, kw_mark = 0; \
    (void)kw_mark

/*!re2c
    re2c:api = custom;
    re2c:define:YYCTYPE = "unsigned char";
    re2c:yyfill:enable = 0;
    re2c:flags:case-insensitive = 0;
    end = "\x00";
*/

enum imw_flag_kind imw_classify_flag(const uint8_t *s, size_t n)
{
    if (n == 0 || s[0] != '\\')
        return IMW_FLAG_KEYWORD;
    IMW_KW_INPUT(s, n);
    /*!re2c
        "\\" 'Answered' end { IMW_KW(IMW_FLAG_ANSWERED, IMW_FLAG_EXTENSION); }
        "\\" 'Flagged' end  { IMW_KW(IMW_FLAG_FLAGGED, IMW_FLAG_EXTENSION); }
        "\\" 'Deleted' end  { IMW_KW(IMW_FLAG_DELETED, IMW_FLAG_EXTENSION); }
        "\\" 'Seen' end     { IMW_KW(IMW_FLAG_SEEN, IMW_FLAG_EXTENSION); }
        "\\" 'Draft' end    { IMW_KW(IMW_FLAG_DRAFT, IMW_FLAG_EXTENSION); }
        "\\" 'Recent' end   { IMW_KW(IMW_FLAG_RECENT, IMW_FLAG_EXTENSION); }
        "\\*" end           { IMW_KW(IMW_FLAG_WILDCARD, IMW_FLAG_EXTENSION); }
        *                   { return IMW_FLAG_EXTENSION; }
    */
}

enum imw_capability_kind imw_classify_capability(const uint8_t *s, size_t n,
                                                 size_t *mechanism_at)
{
    *mechanism_at = n;
    if (n >= IMW_KEYWORD_MAX) {
        /* long AUTH=... mechanisms still deserve their kind */
        if (strncasecmp_ascii(s, "AUTH=", 5) == 0) {
            *mechanism_at = 5;
            return IMW_CAP_AUTH;
        }
        return IMW_CAP_OTHER;
    }
    IMW_KW_INPUT(s, n);
    /*!re2c
        'IMAP4rev1' end      { IMW_KW(IMW_CAP_IMAP4REV1, IMW_CAP_OTHER); }
        'IMAP4rev2' end      { IMW_KW(IMW_CAP_IMAP4REV2, IMW_CAP_OTHER); }
        /* any AUTH= word with a mechanism, whatever its octets */
        'AUTH=' {
            if (n == 5)
                return IMW_CAP_OTHER;
            *mechanism_at = 5;
            return IMW_CAP_AUTH;
        }
        'STARTTLS' end       { IMW_KW(IMW_CAP_STARTTLS, IMW_CAP_OTHER); }
        'LOGINDISABLED' end  { IMW_KW(IMW_CAP_LOGINDISABLED, IMW_CAP_OTHER); }
        'SASL-IR' end        { IMW_KW(IMW_CAP_SASL_IR, IMW_CAP_OTHER); }
        'LITERAL+' end       { IMW_KW(IMW_CAP_LITERAL_PLUS, IMW_CAP_OTHER); }
        'LITERAL-' end       { IMW_KW(IMW_CAP_LITERAL_MINUS, IMW_CAP_OTHER); }
        'IDLE' end           { IMW_KW(IMW_CAP_IDLE, IMW_CAP_OTHER); }
        'NAMESPACE' end      { IMW_KW(IMW_CAP_NAMESPACE, IMW_CAP_OTHER); }
        'ID' end             { IMW_KW(IMW_CAP_ID, IMW_CAP_OTHER); }
        'ENABLE' end         { IMW_KW(IMW_CAP_ENABLE, IMW_CAP_OTHER); }
        'UIDPLUS' end        { IMW_KW(IMW_CAP_UIDPLUS, IMW_CAP_OTHER); }
        'MOVE' end           { IMW_KW(IMW_CAP_MOVE, IMW_CAP_OTHER); }
        'UNSELECT' end       { IMW_KW(IMW_CAP_UNSELECT, IMW_CAP_OTHER); }
        'CHILDREN' end       { IMW_KW(IMW_CAP_CHILDREN, IMW_CAP_OTHER); }
        'CONDSTORE' end      { IMW_KW(IMW_CAP_CONDSTORE, IMW_CAP_OTHER); }
        'QRESYNC' end        { IMW_KW(IMW_CAP_QRESYNC, IMW_CAP_OTHER); }
        'ESEARCH' end        { IMW_KW(IMW_CAP_ESEARCH, IMW_CAP_OTHER); }
        'SEARCHRES' end      { IMW_KW(IMW_CAP_SEARCHRES, IMW_CAP_OTHER); }
        'SORT' end           { IMW_KW(IMW_CAP_SORT, IMW_CAP_OTHER); }
        'THREAD=' [^\x00]+ end {
            if (!IMW_KW_AT_END())
                return IMW_CAP_OTHER;
            *mechanism_at = 7;
            return IMW_CAP_THREAD;
        }
        'LIST-EXTENDED' end  { IMW_KW(IMW_CAP_LIST_EXTENDED, IMW_CAP_OTHER); }
        'LIST-STATUS' end    { IMW_KW(IMW_CAP_LIST_STATUS, IMW_CAP_OTHER); }
        'SPECIAL-USE' end    { IMW_KW(IMW_CAP_SPECIAL_USE, IMW_CAP_OTHER); }
        'BINARY' end         { IMW_KW(IMW_CAP_BINARY, IMW_CAP_OTHER); }
        'CATENATE' end       { IMW_KW(IMW_CAP_CATENATE, IMW_CAP_OTHER); }
        'MULTIAPPEND' end    { IMW_KW(IMW_CAP_MULTIAPPEND, IMW_CAP_OTHER); }
        'COMPRESS=' [^\x00]+ end {
            if (!IMW_KW_AT_END())
                return IMW_CAP_OTHER;
            *mechanism_at = 9;
            return IMW_CAP_COMPRESS;
        }
        'METADATA' end       { IMW_KW(IMW_CAP_METADATA, IMW_CAP_OTHER); }
        'QUOTA' end          { IMW_KW(IMW_CAP_QUOTA, IMW_CAP_OTHER); }
        'ACL' end            { IMW_KW(IMW_CAP_ACL, IMW_CAP_OTHER); }
        'UTF8=ACCEPT' end    { IMW_KW(IMW_CAP_UTF8_ACCEPT, IMW_CAP_OTHER); }
        'UTF8=ONLY' end      { IMW_KW(IMW_CAP_UTF8_ONLY, IMW_CAP_OTHER); }
        'APPENDLIMIT' ('=' [0-9]+)? end { IMW_KW(IMW_CAP_APPENDLIMIT, IMW_CAP_OTHER); }
        'OBJECTID' end       { IMW_KW(IMW_CAP_OBJECTID, IMW_CAP_OTHER); }
        'STATUS=SIZE' end    { IMW_KW(IMW_CAP_STATUS_SIZE, IMW_CAP_OTHER); }
        'PREVIEW' end        { IMW_KW(IMW_CAP_PREVIEW, IMW_CAP_OTHER); }
        'WITHIN' end         { IMW_KW(IMW_CAP_WITHIN, IMW_CAP_OTHER); }
        'NOTIFY' end         { IMW_KW(IMW_CAP_NOTIFY, IMW_CAP_OTHER); }
        *                    { return IMW_CAP_OTHER; }
    */
}

enum imw_mailbox_attr_kind imw_classify_mailbox_attr(const uint8_t *s, size_t n)
{
    IMW_KW_INPUT(s, n);
    /*!re2c
        "\\" 'Noinferiors' end   { IMW_KW(IMW_MBOX_ATTR_NOINFERIORS, IMW_MBOX_ATTR_OTHER); }
        "\\" 'Noselect' end      { IMW_KW(IMW_MBOX_ATTR_NOSELECT, IMW_MBOX_ATTR_OTHER); }
        "\\" 'Marked' end        { IMW_KW(IMW_MBOX_ATTR_MARKED, IMW_MBOX_ATTR_OTHER); }
        "\\" 'Unmarked' end      { IMW_KW(IMW_MBOX_ATTR_UNMARKED, IMW_MBOX_ATTR_OTHER); }
        "\\" 'HasChildren' end   { IMW_KW(IMW_MBOX_ATTR_HASCHILDREN, IMW_MBOX_ATTR_OTHER); }
        "\\" 'HasNoChildren' end { IMW_KW(IMW_MBOX_ATTR_HASNOCHILDREN, IMW_MBOX_ATTR_OTHER); }
        "\\" 'NonExistent' end   { IMW_KW(IMW_MBOX_ATTR_NONEXISTENT, IMW_MBOX_ATTR_OTHER); }
        "\\" 'Subscribed' end    { IMW_KW(IMW_MBOX_ATTR_SUBSCRIBED, IMW_MBOX_ATTR_OTHER); }
        "\\" 'Remote' end        { IMW_KW(IMW_MBOX_ATTR_REMOTE, IMW_MBOX_ATTR_OTHER); }
        "\\" 'All' end           { IMW_KW(IMW_MBOX_ATTR_ALL, IMW_MBOX_ATTR_OTHER); }
        "\\" 'Archive' end       { IMW_KW(IMW_MBOX_ATTR_ARCHIVE, IMW_MBOX_ATTR_OTHER); }
        "\\" 'Drafts' end        { IMW_KW(IMW_MBOX_ATTR_DRAFTS, IMW_MBOX_ATTR_OTHER); }
        "\\" 'Flagged' end       { IMW_KW(IMW_MBOX_ATTR_FLAGGED, IMW_MBOX_ATTR_OTHER); }
        "\\" 'Junk' end          { IMW_KW(IMW_MBOX_ATTR_JUNK, IMW_MBOX_ATTR_OTHER); }
        "\\" 'Sent' end          { IMW_KW(IMW_MBOX_ATTR_SENT, IMW_MBOX_ATTR_OTHER); }
        "\\" 'Trash' end         { IMW_KW(IMW_MBOX_ATTR_TRASH, IMW_MBOX_ATTR_OTHER); }
        "\\" 'Important' end     { IMW_KW(IMW_MBOX_ATTR_IMPORTANT, IMW_MBOX_ATTR_OTHER); }
        *                        { return IMW_MBOX_ATTR_OTHER; }
    */
}

enum imw_status_item_kind imw_classify_status_item(const uint8_t *s, size_t n)
{
    IMW_KW_INPUT(s, n);
    /*!re2c
        'MESSAGES' end      { IMW_KW(IMW_STATUS_ITEM_MESSAGES, IMW_STATUS_ITEM_OTHER); }
        'RECENT' end        { IMW_KW(IMW_STATUS_ITEM_RECENT, IMW_STATUS_ITEM_OTHER); }
        'UIDNEXT' end       { IMW_KW(IMW_STATUS_ITEM_UIDNEXT, IMW_STATUS_ITEM_OTHER); }
        'UIDVALIDITY' end   { IMW_KW(IMW_STATUS_ITEM_UIDVALIDITY, IMW_STATUS_ITEM_OTHER); }
        'UNSEEN' end        { IMW_KW(IMW_STATUS_ITEM_UNSEEN, IMW_STATUS_ITEM_OTHER); }
        'HIGHESTMODSEQ' end { IMW_KW(IMW_STATUS_ITEM_HIGHESTMODSEQ, IMW_STATUS_ITEM_OTHER); }
        'SIZE' end          { IMW_KW(IMW_STATUS_ITEM_SIZE, IMW_STATUS_ITEM_OTHER); }
        'DELETED' end       { IMW_KW(IMW_STATUS_ITEM_DELETED, IMW_STATUS_ITEM_OTHER); }
        'APPENDLIMIT' end   { IMW_KW(IMW_STATUS_ITEM_APPENDLIMIT, IMW_STATUS_ITEM_OTHER); }
        'MAILBOXID' end     { IMW_KW(IMW_STATUS_ITEM_MAILBOXID, IMW_STATUS_ITEM_OTHER); }
        'DELETED-STORAGE' end { IMW_KW(IMW_STATUS_ITEM_DELETED_STORAGE, IMW_STATUS_ITEM_OTHER); }
        *                   { return IMW_STATUS_ITEM_OTHER; }
    */
}

enum imw_list_ext_kind imw_classify_list_ext(const uint8_t *s, size_t n)
{
    IMW_KW_INPUT(s, n);
    /*!re2c
        'CHILDINFO' end { IMW_KW(IMW_LIST_EXT_CHILDINFO, IMW_LIST_EXT_OTHER); }
        'OLDNAME' end   { IMW_KW(IMW_LIST_EXT_OLDNAME, IMW_LIST_EXT_OTHER); }
        *               { return IMW_LIST_EXT_OTHER; }
    */
}
