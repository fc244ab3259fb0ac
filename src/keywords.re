/* Keyword classifiers (re2c).  `make regen` turns this file into
 * gen/keywords.c.  Each matcher reads the word where it lies (re2c's
 * custom input API): past the slice's end it reads NUL, its end marker,
 * and a match counts only when that NUL was the end of the slice, not an
 * octet of the word (IMW_KW_AT_END).  No copy, no length limit: a word
 * longer than every keyword fails on its first octets like any other. */
#include "keywords.h"

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
