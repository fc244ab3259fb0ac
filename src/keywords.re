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
