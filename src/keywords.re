/* Keyword classifiers (re2c).  `make regen` turns this file into
 * gen/keywords.c.  Each classifier copies the word (bounded) into a
 * NUL-terminated buffer so that the generated matcher can use NUL as its
 * end marker; words longer than any keyword are "other" at once. */
#include <string.h>
#include "keywords.h"

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

static int copy_word(char *buf, const uint8_t *s, size_t n)
{
    if (n >= IMW_KEYWORD_MAX || memchr(s, 0, n))
        return 0;
    memcpy(buf, s, n);
    buf[n] = '\0';
    return 1;
}

/*!re2c
    re2c:define:YYCTYPE = "unsigned char";
    re2c:yyfill:enable = 0;
    re2c:flags:case-insensitive = 0;
    end = "\x00";
*/

enum imw_keyword imw_classify_keyword(const uint8_t *s, size_t n)
{
    char buf[IMW_KEYWORD_MAX];
    if (!copy_word(buf, s, n))
        return IMW_KW_OTHER;
    const unsigned char *YYCURSOR = (const unsigned char *)buf, *YYMARKER;
    (void)YYMARKER;
    /*!re2c
        'OK' end         { return IMW_KW_OK; }
        'NO' end         { return IMW_KW_NO; }
        'BAD' end        { return IMW_KW_BAD; }
        'BYE' end        { return IMW_KW_BYE; }
        'PREAUTH' end    { return IMW_KW_PREAUTH; }
        'CAPABILITY' end { return IMW_KW_CAPABILITY; }
        'FLAGS' end      { return IMW_KW_FLAGS; }
        'EXISTS' end     { return IMW_KW_EXISTS; }
        'RECENT' end     { return IMW_KW_RECENT; }
        'EXPUNGE' end    { return IMW_KW_EXPUNGE; }
        'FETCH' end      { return IMW_KW_FETCH; }
        'LIST' end       { return IMW_KW_LIST; }
        'LSUB' end       { return IMW_KW_LSUB; }
        'STATUS' end     { return IMW_KW_STATUS; }
        'SEARCH' end     { return IMW_KW_SEARCH; }
        'SORT' end       { return IMW_KW_SORT; }
        'VANISHED' end   { return IMW_KW_VANISHED; }
        'ENABLED' end    { return IMW_KW_ENABLED; }
        'ESEARCH' end    { return IMW_KW_ESEARCH; }
        'THREAD' end     { return IMW_KW_THREAD; }
        'NAMESPACE' end  { return IMW_KW_NAMESPACE; }
        'ID' end         { return IMW_KW_ID; }
        'QUOTA' end      { return IMW_KW_QUOTA; }
        'QUOTAROOT' end  { return IMW_KW_QUOTAROOT; }
        'ACL' end        { return IMW_KW_ACL; }
        'LISTRIGHTS' end { return IMW_KW_LISTRIGHTS; }
        'MYRIGHTS' end   { return IMW_KW_MYRIGHTS; }
        'METADATA' end   { return IMW_KW_METADATA; }
        *                { return IMW_KW_OTHER; }
    */
}

enum imw_code_kind imw_classify_code(const uint8_t *s, size_t n)
{
    char buf[IMW_KEYWORD_MAX];
    if (!copy_word(buf, s, n))
        return IMW_CODE_OTHER;
    const unsigned char *YYCURSOR = (const unsigned char *)buf, *YYMARKER;
    (void)YYMARKER;
    /*!re2c
        'ALERT' end          { return IMW_CODE_ALERT; }
        'BADCHARSET' end     { return IMW_CODE_BADCHARSET; }
        'CAPABILITY' end     { return IMW_CODE_CAPABILITY; }
        'PARSE' end          { return IMW_CODE_PARSE; }
        'PERMANENTFLAGS' end { return IMW_CODE_PERMANENTFLAGS; }
        'READ-ONLY' end      { return IMW_CODE_READ_ONLY; }
        'READ-WRITE' end     { return IMW_CODE_READ_WRITE; }
        'TRYCREATE' end      { return IMW_CODE_TRYCREATE; }
        'UIDNEXT' end        { return IMW_CODE_UIDNEXT; }
        'UIDVALIDITY' end    { return IMW_CODE_UIDVALIDITY; }
        'UNSEEN' end         { return IMW_CODE_UNSEEN; }
        'HIGHESTMODSEQ' end  { return IMW_CODE_HIGHESTMODSEQ; }
        'NOMODSEQ' end       { return IMW_CODE_NOMODSEQ; }
        'MODIFIED' end       { return IMW_CODE_MODIFIED; }
        'CLOSED' end         { return IMW_CODE_CLOSED; }
        'UNAVAILABLE' end    { return IMW_CODE_UNAVAILABLE; }
        'AUTHENTICATIONFAILED' end { return IMW_CODE_AUTHENTICATIONFAILED; }
        'AUTHORIZATIONFAILED' end { return IMW_CODE_AUTHORIZATIONFAILED; }
        'EXPIRED' end        { return IMW_CODE_EXPIRED; }
        'PRIVACYREQUIRED' end { return IMW_CODE_PRIVACYREQUIRED; }
        'CONTACTADMIN' end   { return IMW_CODE_CONTACTADMIN; }
        'NOPERM' end         { return IMW_CODE_NOPERM; }
        'INUSE' end          { return IMW_CODE_INUSE; }
        'EXPUNGEISSUED' end  { return IMW_CODE_EXPUNGEISSUED; }
        'CORRUPTION' end     { return IMW_CODE_CORRUPTION; }
        'SERVERBUG' end      { return IMW_CODE_SERVERBUG; }
        'CLIENTBUG' end      { return IMW_CODE_CLIENTBUG; }
        'CANNOT' end         { return IMW_CODE_CANNOT; }
        'LIMIT' end          { return IMW_CODE_LIMIT; }
        'OVERQUOTA' end      { return IMW_CODE_OVERQUOTA; }
        'ALREADYEXISTS' end  { return IMW_CODE_ALREADYEXISTS; }
        'NONEXISTENT' end    { return IMW_CODE_NONEXISTENT; }
        'HASCHILDREN' end    { return IMW_CODE_HASCHILDREN; }
        'UNKNOWN-CTE' end    { return IMW_CODE_UNKNOWN_CTE; }
        'UIDNOTSTICKY' end   { return IMW_CODE_UIDNOTSTICKY; }
        'NOTSAVED' end       { return IMW_CODE_NOTSAVED; }
        'USEATTR' end        { return IMW_CODE_USEATTR; }
        'COMPRESSIONACTIVE' end { return IMW_CODE_COMPRESSIONACTIVE; }
        'NOTIFICATIONOVERFLOW' end { return IMW_CODE_NOTIFICATIONOVERFLOW; }
        'TOOBIG' end         { return IMW_CODE_TOOBIG; }
        'BADCOMPARATOR' end  { return IMW_CODE_BADCOMPARATOR; }
        'APPENDUID' end      { return IMW_CODE_APPENDUID; }
        'COPYUID' end        { return IMW_CODE_COPYUID; }
        'MAILBOXID' end      { return IMW_CODE_MAILBOXID; }
        'METADATA' end       { return IMW_CODE_METADATA; }
        *                    { return IMW_CODE_OTHER; }
    */
}

enum imw_flag_kind imw_classify_flag(const uint8_t *s, size_t n)
{
    char buf[IMW_KEYWORD_MAX];
    if (n == 0 || s[0] != '\\')
        return IMW_FLAG_KEYWORD;
    if (!copy_word(buf, s, n))
        return IMW_FLAG_EXTENSION;
    const unsigned char *YYCURSOR = (const unsigned char *)buf, *YYMARKER;
    (void)YYMARKER;
    /*!re2c
        "\\" 'Answered' end { return IMW_FLAG_ANSWERED; }
        "\\" 'Flagged' end  { return IMW_FLAG_FLAGGED; }
        "\\" 'Deleted' end  { return IMW_FLAG_DELETED; }
        "\\" 'Seen' end     { return IMW_FLAG_SEEN; }
        "\\" 'Draft' end    { return IMW_FLAG_DRAFT; }
        "\\" 'Recent' end   { return IMW_FLAG_RECENT; }
        "\\*" end           { return IMW_FLAG_WILDCARD; }
        *                   { return IMW_FLAG_EXTENSION; }
    */
}

enum imw_capability_kind imw_classify_capability(const uint8_t *s, size_t n,
                                                 size_t *mechanism_at)
{
    char buf[IMW_KEYWORD_MAX];
    *mechanism_at = n;
    if (!copy_word(buf, s, n)) {
        /* long AUTH=... mechanisms still deserve their kind */
        if (n > 5 && strncasecmp_ascii(s, "AUTH=", 5) == 0) {
            *mechanism_at = 5;
            return IMW_CAP_AUTH;
        }
        return IMW_CAP_OTHER;
    }
    const unsigned char *YYCURSOR = (const unsigned char *)buf, *YYMARKER;
    /*!re2c
        'IMAP4rev1' end      { return IMW_CAP_IMAP4REV1; }
        'IMAP4rev2' end      { return IMW_CAP_IMAP4REV2; }
        'AUTH=' [^\x00]+ end { *mechanism_at = 5; return IMW_CAP_AUTH; }
        'STARTTLS' end       { return IMW_CAP_STARTTLS; }
        'LOGINDISABLED' end  { return IMW_CAP_LOGINDISABLED; }
        'SASL-IR' end        { return IMW_CAP_SASL_IR; }
        'LITERAL+' end       { return IMW_CAP_LITERAL_PLUS; }
        'LITERAL-' end       { return IMW_CAP_LITERAL_MINUS; }
        'IDLE' end           { return IMW_CAP_IDLE; }
        'NAMESPACE' end      { return IMW_CAP_NAMESPACE; }
        'ID' end             { return IMW_CAP_ID; }
        'ENABLE' end         { return IMW_CAP_ENABLE; }
        'UIDPLUS' end        { return IMW_CAP_UIDPLUS; }
        'MOVE' end           { return IMW_CAP_MOVE; }
        'UNSELECT' end       { return IMW_CAP_UNSELECT; }
        'CHILDREN' end       { return IMW_CAP_CHILDREN; }
        'CONDSTORE' end      { return IMW_CAP_CONDSTORE; }
        'QRESYNC' end        { return IMW_CAP_QRESYNC; }
        'ESEARCH' end        { return IMW_CAP_ESEARCH; }
        'SEARCHRES' end      { return IMW_CAP_SEARCHRES; }
        'SORT' end           { return IMW_CAP_SORT; }
        'THREAD=' [^\x00]+ end   { *mechanism_at = 7; return IMW_CAP_THREAD; }
        'LIST-EXTENDED' end  { return IMW_CAP_LIST_EXTENDED; }
        'LIST-STATUS' end    { return IMW_CAP_LIST_STATUS; }
        'SPECIAL-USE' end    { return IMW_CAP_SPECIAL_USE; }
        'BINARY' end         { return IMW_CAP_BINARY; }
        'CATENATE' end       { return IMW_CAP_CATENATE; }
        'MULTIAPPEND' end    { return IMW_CAP_MULTIAPPEND; }
        'COMPRESS=' [^\x00]+ end { *mechanism_at = 9; return IMW_CAP_COMPRESS; }
        'METADATA' end       { return IMW_CAP_METADATA; }
        'QUOTA' end          { return IMW_CAP_QUOTA; }
        'ACL' end            { return IMW_CAP_ACL; }
        'UTF8=ACCEPT' end    { return IMW_CAP_UTF8_ACCEPT; }
        'UTF8=ONLY' end      { return IMW_CAP_UTF8_ONLY; }
        'APPENDLIMIT' ('=' [0-9]+)? end { return IMW_CAP_APPENDLIMIT; }
        'OBJECTID' end       { return IMW_CAP_OBJECTID; }
        'STATUS=SIZE' end    { return IMW_CAP_STATUS_SIZE; }
        'PREVIEW' end        { return IMW_CAP_PREVIEW; }
        'WITHIN' end         { return IMW_CAP_WITHIN; }
        'NOTIFY' end         { return IMW_CAP_NOTIFY; }
        *                    { return IMW_CAP_OTHER; }
    */
}

enum imw_mailbox_attr_kind imw_classify_mailbox_attr(const uint8_t *s, size_t n)
{
    char buf[IMW_KEYWORD_MAX];
    if (!copy_word(buf, s, n))
        return IMW_MBOX_ATTR_OTHER;
    const unsigned char *YYCURSOR = (const unsigned char *)buf, *YYMARKER;
    (void)YYMARKER;
    /*!re2c
        "\\" 'Noinferiors' end   { return IMW_MBOX_ATTR_NOINFERIORS; }
        "\\" 'Noselect' end      { return IMW_MBOX_ATTR_NOSELECT; }
        "\\" 'Marked' end        { return IMW_MBOX_ATTR_MARKED; }
        "\\" 'Unmarked' end      { return IMW_MBOX_ATTR_UNMARKED; }
        "\\" 'HasChildren' end   { return IMW_MBOX_ATTR_HASCHILDREN; }
        "\\" 'HasNoChildren' end { return IMW_MBOX_ATTR_HASNOCHILDREN; }
        "\\" 'NonExistent' end   { return IMW_MBOX_ATTR_NONEXISTENT; }
        "\\" 'Subscribed' end    { return IMW_MBOX_ATTR_SUBSCRIBED; }
        "\\" 'Remote' end        { return IMW_MBOX_ATTR_REMOTE; }
        "\\" 'All' end           { return IMW_MBOX_ATTR_ALL; }
        "\\" 'Archive' end       { return IMW_MBOX_ATTR_ARCHIVE; }
        "\\" 'Drafts' end        { return IMW_MBOX_ATTR_DRAFTS; }
        "\\" 'Flagged' end       { return IMW_MBOX_ATTR_FLAGGED; }
        "\\" 'Junk' end          { return IMW_MBOX_ATTR_JUNK; }
        "\\" 'Sent' end          { return IMW_MBOX_ATTR_SENT; }
        "\\" 'Trash' end         { return IMW_MBOX_ATTR_TRASH; }
        "\\" 'Important' end     { return IMW_MBOX_ATTR_IMPORTANT; }
        *                        { return IMW_MBOX_ATTR_OTHER; }
    */
}

enum imw_status_item_kind imw_classify_status_item(const uint8_t *s, size_t n)
{
    char buf[IMW_KEYWORD_MAX];
    if (!copy_word(buf, s, n))
        return IMW_STATUS_ITEM_OTHER;
    const unsigned char *YYCURSOR = (const unsigned char *)buf, *YYMARKER;
    (void)YYMARKER;
    /*!re2c
        'MESSAGES' end      { return IMW_STATUS_ITEM_MESSAGES; }
        'RECENT' end        { return IMW_STATUS_ITEM_RECENT; }
        'UIDNEXT' end       { return IMW_STATUS_ITEM_UIDNEXT; }
        'UIDVALIDITY' end   { return IMW_STATUS_ITEM_UIDVALIDITY; }
        'UNSEEN' end        { return IMW_STATUS_ITEM_UNSEEN; }
        'HIGHESTMODSEQ' end { return IMW_STATUS_ITEM_HIGHESTMODSEQ; }
        'SIZE' end          { return IMW_STATUS_ITEM_SIZE; }
        'DELETED' end       { return IMW_STATUS_ITEM_DELETED; }
        'APPENDLIMIT' end   { return IMW_STATUS_ITEM_APPENDLIMIT; }
        'MAILBOXID' end     { return IMW_STATUS_ITEM_MAILBOXID; }
        'DELETED-STORAGE' end { return IMW_STATUS_ITEM_DELETED_STORAGE; }
        *                   { return IMW_STATUS_ITEM_OTHER; }
    */
}

enum imw_list_ext_kind imw_classify_list_ext(const uint8_t *s, size_t n)
{
    char buf[IMW_KEYWORD_MAX];
    if (!copy_word(buf, s, n))
        return IMW_LIST_EXT_OTHER;
    const unsigned char *YYCURSOR = (const unsigned char *)buf, *YYMARKER;
    (void)YYMARKER;
    /*!re2c
        'CHILDINFO' end { return IMW_LIST_EXT_CHILDINFO; }
        'OLDNAME' end   { return IMW_LIST_EXT_OLDNAME; }
        *               { return IMW_LIST_EXT_OTHER; }
    */
}
