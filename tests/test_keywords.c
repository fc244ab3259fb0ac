/* The keyword classifiers (src/keywords.re, src/keyword_switch.c) read
 * each word where it lies: a match must end exactly at the slice's end,
 * an octet past it must not count, a NUL inside a word makes it "other",
 * and the answers for long words stay what they were when every word was
 * copied first. */
#include <check.h>
#include <string.h>
#include "suites.h"
#include "keywords.h"

#define W(lit) (const uint8_t *)(lit), sizeof(lit) - 1

START_TEST(whole_slice_only)
{
    ck_assert_int_eq(imw_classify_keyword(W("OK")), IMW_KW_OK);
    ck_assert_int_eq(imw_classify_keyword(W("ok")), IMW_KW_OK);
    ck_assert_int_eq(imw_classify_keyword(W("OKAY")), IMW_KW_OTHER);
    ck_assert_int_eq(imw_classify_keyword(W("O")), IMW_KW_OTHER);
    ck_assert_int_eq(imw_classify_keyword(W("")), IMW_KW_OTHER);
    /* the octets after the slice are the rest of the line, not the word */
    const uint8_t *line = (const uint8_t *)"EXISTSX";
    ck_assert_int_eq(imw_classify_keyword(line, 6), IMW_KW_EXISTS);
    ck_assert_int_eq(imw_classify_keyword(line, 5), IMW_KW_OTHER);
    ck_assert_int_eq(imw_classify_code((const uint8_t *)"ALERT]", 5),
                     IMW_CODE_ALERT);
    ck_assert_int_eq(imw_classify_flag((const uint8_t *)"\\Seen)", 5),
                     IMW_FLAG_SEEN);
    ck_assert_int_eq(imw_classify_status_item(W("MESSAGES")),
                     IMW_STATUS_ITEM_MESSAGES);
    ck_assert_int_eq(imw_classify_mailbox_attr(W("\\noselect")),
                     IMW_MBOX_ATTR_NOSELECT);
    ck_assert_int_eq(imw_classify_list_ext(W("CHILDINFO")),
                     IMW_LIST_EXT_CHILDINFO);
}
END_TEST

START_TEST(nul_inside_a_word)
{
    ck_assert_int_eq(imw_classify_keyword(W("OK\0")), IMW_KW_OTHER);
    ck_assert_int_eq(imw_classify_keyword(W("O\0K")), IMW_KW_OTHER);
    ck_assert_int_eq(imw_classify_code(W("ALERT\0")), IMW_CODE_OTHER);
    ck_assert_int_eq(imw_classify_flag(W("\\Seen\0")), IMW_FLAG_EXTENSION);
    size_t at;
    ck_assert_int_eq(imw_classify_capability(W("IDLE\0"), &at),
                     IMW_CAP_OTHER);
    ck_assert_uint_eq(at, 5);
    ck_assert_int_eq(imw_classify_capability(W("THREAD=A\0B"), &at),
                     IMW_CAP_OTHER);
    ck_assert_uint_eq(at, 10);
    /* any AUTH= word with a mechanism is AUTH, as before */
    ck_assert_int_eq(imw_classify_capability(W("AUTH=\0X"), &at),
                     IMW_CAP_AUTH);
    ck_assert_uint_eq(at, 5);
}
END_TEST

START_TEST(capabilities_with_mechanisms)
{
    size_t at;
    ck_assert_int_eq(imw_classify_capability(W("AUTH=PLAIN"), &at),
                     IMW_CAP_AUTH);
    ck_assert_uint_eq(at, 5);
    ck_assert_int_eq(imw_classify_capability(W("AUTH="), &at), IMW_CAP_OTHER);
    ck_assert_uint_eq(at, 5);
    ck_assert_int_eq(imw_classify_capability(W("thread=REFERENCES"), &at),
                     IMW_CAP_THREAD);
    ck_assert_uint_eq(at, 7);
    ck_assert_int_eq(imw_classify_capability(W("COMPRESS=DEFLATE"), &at),
                     IMW_CAP_COMPRESS);
    ck_assert_uint_eq(at, 9);
    ck_assert_int_eq(imw_classify_capability(W("APPENDLIMIT=123"), &at),
                     IMW_CAP_APPENDLIMIT);
    ck_assert_int_eq(imw_classify_capability(W("APPENDLIMIT=12a"), &at),
                     IMW_CAP_OTHER);
    /* 40 octets and more: only AUTH= keeps its kind */
    char longer[64];
    memset(longer, 'X', sizeof longer);
    memcpy(longer, "AUTH=", 5);
    ck_assert_int_eq(imw_classify_capability((const uint8_t *)longer, 50, &at),
                     IMW_CAP_AUTH);
    ck_assert_uint_eq(at, 5);
    memcpy(longer, "THREAD=", 7);
    ck_assert_int_eq(imw_classify_capability((const uint8_t *)longer, 39, &at),
                     IMW_CAP_THREAD);
    ck_assert_int_eq(imw_classify_capability((const uint8_t *)longer, 40, &at),
                     IMW_CAP_OTHER);
    ck_assert_uint_eq(at, 40);
}
END_TEST

/* ---- the length switch (src/keyword_switch.c) against a plain reading -- */

struct named_word {
    const char *word;
    int kind;
};

static const struct named_word keywords[] = {
    { "OK", IMW_KW_OK },
    { "NO", IMW_KW_NO },
    { "BAD", IMW_KW_BAD },
    { "BYE", IMW_KW_BYE },
    { "PREAUTH", IMW_KW_PREAUTH },
    { "CAPABILITY", IMW_KW_CAPABILITY },
    { "FLAGS", IMW_KW_FLAGS },
    { "EXISTS", IMW_KW_EXISTS },
    { "RECENT", IMW_KW_RECENT },
    { "EXPUNGE", IMW_KW_EXPUNGE },
    { "FETCH", IMW_KW_FETCH },
    { "LIST", IMW_KW_LIST },
    { "LSUB", IMW_KW_LSUB },
    { "STATUS", IMW_KW_STATUS },
    { "SEARCH", IMW_KW_SEARCH },
    { "SORT", IMW_KW_SORT },
    { "VANISHED", IMW_KW_VANISHED },
    { "ENABLED", IMW_KW_ENABLED },
    { "ESEARCH", IMW_KW_ESEARCH },
    { "THREAD", IMW_KW_THREAD },
    { "NAMESPACE", IMW_KW_NAMESPACE },
    { "ID", IMW_KW_ID },
    { "QUOTA", IMW_KW_QUOTA },
    { "QUOTAROOT", IMW_KW_QUOTAROOT },
    { "ACL", IMW_KW_ACL },
    { "LISTRIGHTS", IMW_KW_LISTRIGHTS },
    { "MYRIGHTS", IMW_KW_MYRIGHTS },
    { "METADATA", IMW_KW_METADATA }
};

static const struct named_word codes[] = {
    { "ALERT", IMW_CODE_ALERT },
    { "ALREADYEXISTS", IMW_CODE_ALREADYEXISTS },
    { "APPENDUID", IMW_CODE_APPENDUID },
    { "AUTHENTICATIONFAILED", IMW_CODE_AUTHENTICATIONFAILED },
    { "AUTHORIZATIONFAILED", IMW_CODE_AUTHORIZATIONFAILED },
    { "BADCHARSET", IMW_CODE_BADCHARSET },
    { "BADCOMPARATOR", IMW_CODE_BADCOMPARATOR },
    { "CANNOT", IMW_CODE_CANNOT },
    { "CAPABILITY", IMW_CODE_CAPABILITY },
    { "CLIENTBUG", IMW_CODE_CLIENTBUG },
    { "CLOSED", IMW_CODE_CLOSED },
    { "COMPRESSIONACTIVE", IMW_CODE_COMPRESSIONACTIVE },
    { "CONTACTADMIN", IMW_CODE_CONTACTADMIN },
    { "COPYUID", IMW_CODE_COPYUID },
    { "CORRUPTION", IMW_CODE_CORRUPTION },
    { "EXPIRED", IMW_CODE_EXPIRED },
    { "EXPUNGEISSUED", IMW_CODE_EXPUNGEISSUED },
    { "HASCHILDREN", IMW_CODE_HASCHILDREN },
    { "HIGHESTMODSEQ", IMW_CODE_HIGHESTMODSEQ },
    { "INUSE", IMW_CODE_INUSE },
    { "LIMIT", IMW_CODE_LIMIT },
    { "MAILBOXID", IMW_CODE_MAILBOXID },
    { "METADATA", IMW_CODE_METADATA },
    { "MODIFIED", IMW_CODE_MODIFIED },
    { "NOMODSEQ", IMW_CODE_NOMODSEQ },
    { "NONEXISTENT", IMW_CODE_NONEXISTENT },
    { "NOPERM", IMW_CODE_NOPERM },
    { "NOTIFICATIONOVERFLOW", IMW_CODE_NOTIFICATIONOVERFLOW },
    { "NOTSAVED", IMW_CODE_NOTSAVED },
    { "OVERQUOTA", IMW_CODE_OVERQUOTA },
    { "PARSE", IMW_CODE_PARSE },
    { "PERMANENTFLAGS", IMW_CODE_PERMANENTFLAGS },
    { "PRIVACYREQUIRED", IMW_CODE_PRIVACYREQUIRED },
    { "READ-ONLY", IMW_CODE_READ_ONLY },
    { "READ-WRITE", IMW_CODE_READ_WRITE },
    { "SERVERBUG", IMW_CODE_SERVERBUG },
    { "TOOBIG", IMW_CODE_TOOBIG },
    { "TRYCREATE", IMW_CODE_TRYCREATE },
    { "UIDNEXT", IMW_CODE_UIDNEXT },
    { "UIDNOTSTICKY", IMW_CODE_UIDNOTSTICKY },
    { "UIDVALIDITY", IMW_CODE_UIDVALIDITY },
    { "UNAVAILABLE", IMW_CODE_UNAVAILABLE },
    { "UNKNOWN-CTE", IMW_CODE_UNKNOWN_CTE },
    { "UNSEEN", IMW_CODE_UNSEEN },
    { "USEATTR", IMW_CODE_USEATTR }
};

/* Without the words of a mechanism (AUTH=, THREAD=, COMPRESS=,
 * APPENDLIMIT=n): capabilities_with_mechanisms has those. */
static const struct named_word capabilities[] = {
    { "ACL", IMW_CAP_ACL },
    { "APPENDLIMIT", IMW_CAP_APPENDLIMIT },
    { "BINARY", IMW_CAP_BINARY },
    { "CATENATE", IMW_CAP_CATENATE },
    { "CHILDREN", IMW_CAP_CHILDREN },
    { "CONDSTORE", IMW_CAP_CONDSTORE },
    { "ENABLE", IMW_CAP_ENABLE },
    { "ESEARCH", IMW_CAP_ESEARCH },
    { "ID", IMW_CAP_ID },
    { "IDLE", IMW_CAP_IDLE },
    { "IMAP4REV1", IMW_CAP_IMAP4REV1 },
    { "IMAP4REV2", IMW_CAP_IMAP4REV2 },
    { "LIST-EXTENDED", IMW_CAP_LIST_EXTENDED },
    { "LIST-STATUS", IMW_CAP_LIST_STATUS },
    { "LITERAL+", IMW_CAP_LITERAL_PLUS },
    { "LITERAL-", IMW_CAP_LITERAL_MINUS },
    { "LOGINDISABLED", IMW_CAP_LOGINDISABLED },
    { "METADATA", IMW_CAP_METADATA },
    { "MOVE", IMW_CAP_MOVE },
    { "MULTIAPPEND", IMW_CAP_MULTIAPPEND },
    { "NAMESPACE", IMW_CAP_NAMESPACE },
    { "NOTIFY", IMW_CAP_NOTIFY },
    { "OBJECTID", IMW_CAP_OBJECTID },
    { "PREVIEW", IMW_CAP_PREVIEW },
    { "QRESYNC", IMW_CAP_QRESYNC },
    { "QUOTA", IMW_CAP_QUOTA },
    { "SASL-IR", IMW_CAP_SASL_IR },
    { "SEARCHRES", IMW_CAP_SEARCHRES },
    { "SORT", IMW_CAP_SORT },
    { "SPECIAL-USE", IMW_CAP_SPECIAL_USE },
    { "STARTTLS", IMW_CAP_STARTTLS },
    { "STATUS=SIZE", IMW_CAP_STATUS_SIZE },
    { "UIDPLUS", IMW_CAP_UIDPLUS },
    { "UNSELECT", IMW_CAP_UNSELECT },
    { "UTF8=ACCEPT", IMW_CAP_UTF8_ACCEPT },
    { "UTF8=ONLY", IMW_CAP_UTF8_ONLY },
    { "WITHIN", IMW_CAP_WITHIN }
};

/* After the backslash. */
static const struct named_word flags[] = {
    { "ANSWERED", IMW_FLAG_ANSWERED },
    { "FLAGGED", IMW_FLAG_FLAGGED },
    { "DELETED", IMW_FLAG_DELETED },
    { "SEEN", IMW_FLAG_SEEN },
    { "DRAFT", IMW_FLAG_DRAFT },
    { "RECENT", IMW_FLAG_RECENT }
};

/* LIST attributes, after the backslash. */
static const struct named_word mailbox_attrs[] = {
    { "NOINFERIORS", IMW_MBOX_ATTR_NOINFERIORS },
    { "NOSELECT", IMW_MBOX_ATTR_NOSELECT },
    { "MARKED", IMW_MBOX_ATTR_MARKED },
    { "UNMARKED", IMW_MBOX_ATTR_UNMARKED },
    { "HASCHILDREN", IMW_MBOX_ATTR_HASCHILDREN },
    { "HASNOCHILDREN", IMW_MBOX_ATTR_HASNOCHILDREN },
    { "NONEXISTENT", IMW_MBOX_ATTR_NONEXISTENT },
    { "SUBSCRIBED", IMW_MBOX_ATTR_SUBSCRIBED },
    { "REMOTE", IMW_MBOX_ATTR_REMOTE },
    { "ALL", IMW_MBOX_ATTR_ALL },
    { "ARCHIVE", IMW_MBOX_ATTR_ARCHIVE },
    { "DRAFTS", IMW_MBOX_ATTR_DRAFTS },
    { "FLAGGED", IMW_MBOX_ATTR_FLAGGED },
    { "JUNK", IMW_MBOX_ATTR_JUNK },
    { "SENT", IMW_MBOX_ATTR_SENT },
    { "TRASH", IMW_MBOX_ATTR_TRASH },
    { "IMPORTANT", IMW_MBOX_ATTR_IMPORTANT }
};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* The answer every classifier gave so far: the kind of the word that is
 * the whole slice, ASCII letters compared without case, else 0 (OTHER). */
static int plain_reading(const struct named_word *words, size_t count,
                         const uint8_t *s, size_t n)
{
    for (size_t i = 0; i < count; i++) {
        const char *w = words[i].word;
        size_t j = 0;
        if (strlen(w) != n)
            continue;
        for (; j < n; j++) {
            uint8_t c = s[j], u = (uint8_t)w[j];
            if (c != u && !(u >= 'A' && u <= 'Z' && c == u + 32))
                break;
        }
        if (j == n)
            return words[i].kind;
    }
    return -1;
}

/* 1 when s[0..n) begins with `prefix` (upper case), without case. */
static int starts_with(const uint8_t *s, size_t n, const char *prefix)
{
    size_t k = strlen(prefix);
    if (n < k)
        return 0;
    for (size_t i = 0; i < k; i++)
        if ((s[i] >= 'a' && s[i] <= 'z' ? s[i] - 32 : s[i]) != prefix[i])
            return 0;
    return 1;
}

/* A capability, where no mechanism rule applies (else skipped). */
static void check_capability(const uint8_t *s, size_t n)
{
    if (starts_with(s, n, "AUTH=") || starts_with(s, n, "THREAD=") ||
        starts_with(s, n, "COMPRESS=") || starts_with(s, n, "APPENDLIMIT="))
        return;
    int cap = n >= 40 ? -1 : plain_reading(capabilities, COUNT(capabilities),
                                           s, n);
    size_t at = 0;
    if ((int)imw_classify_capability(s, n, &at) !=
            (cap < 0 ? IMW_CAP_OTHER : cap) || at != n)
        ck_abort_msg("capability %.*s (%zu octets): end %zu", (int)n, s, n,
                     at);
}

static void check_flag(const uint8_t *s, size_t n)
{
    int flag = IMW_FLAG_KEYWORD;
    if (n > 0 && s[0] == '\\') {
        flag = plain_reading(flags, COUNT(flags), s + 1, n - 1);
        if (n == 2 && s[1] == '*')
            flag = IMW_FLAG_WILDCARD;
        else if (flag < 0)
            flag = IMW_FLAG_EXTENSION;
    }
    if ((int)imw_classify_flag(s, n) != flag)
        ck_abort_msg("flag %.*s (%zu octets)", (int)n, s, n);
#ifdef IMW_FLAG_WORD_LOAD
    /* the word-load reading, with eight octets of a message before the
     * flag's end (upper-case letters, which must not fold into a name) */
    uint8_t msg[8 + 48];
    memset(msg, 'S', 8);
    if (n <= sizeof msg - 8) {
        memcpy(msg + 8, s, n);
        if ((int)imw_classify_flag_ending(msg + 8, n) != flag)
            ck_abort_msg("flag %.*s (%zu octets), word load", (int)n, s, n);
    }
#endif
}

static void check_mailbox_attr(const uint8_t *s, size_t n)
{
    int attr = -1;
    if (n > 0 && s[0] == '\\')
        attr = plain_reading(mailbox_attrs, COUNT(mailbox_attrs), s + 1,
                             n - 1);
    if ((int)imw_classify_mailbox_attr(s, n) !=
            (attr < 0 ? IMW_MBOX_ATTR_OTHER : attr))
        ck_abort_msg("mailbox attribute %.*s (%zu octets)", (int)n, s, n);
}

/* The classifiers on s[0..n), checked against the plain reading.  A
 * passing ck_assert costs a message to Check's parent process; these run
 * millions of times, so they only fail through ck_abort_msg. */
static void check_both(const uint8_t *s, size_t n)
{
    int kw = plain_reading(keywords, COUNT(keywords), s, n);
    int code = plain_reading(codes, COUNT(codes), s, n);
    if ((int)imw_classify_keyword(s, n) != (kw < 0 ? IMW_KW_OTHER : kw))
        ck_abort_msg("keyword %.*s (%zu octets)", (int)n, s, n);
    if ((int)imw_classify_code(s, n) != (code < 0 ? IMW_CODE_OTHER : code))
        ck_abort_msg("code %.*s (%zu octets)", (int)n, s, n);
    check_capability(s, n);
    check_flag(s, n);
    check_mailbox_attr(s, n);
}

/* Every word in several case mixes, every octet value at every
 * position, every prefix, longer words and a NUL inside. */
static void check_around(const char *word)
{
    uint8_t buf[40];
    size_t n = strlen(word);
    unsigned mixes = n <= 12 ? 1u << n : 4096;
    ck_assert_uint_lt(n + 2, sizeof buf);
    for (unsigned mix = 0; mix < mixes; mix++) {
        /* beyond 12 octets: the first 12 in every mix, the rest in
         * alternating case */
        for (size_t i = 0; i < n; i++) {
            int lower = i < 12 ? (mix >> i) & 1 : (int)(i & 1);
            uint8_t c = (uint8_t)word[i];
            buf[i] = lower && c >= 'A' && c <= 'Z' ? (uint8_t)(c + 32) : c;
        }
        check_both(buf, n);
    }
    memcpy(buf, word, n);
    for (size_t i = 0; i < n; i++) {
        uint8_t keep = buf[i];
        for (unsigned c = 0; c < 256; c++) {
            buf[i] = (uint8_t)c;
            check_both(buf, n);
        }
        buf[i] = keep;
    }
    for (size_t k = 0; k < n; k++)
        check_both(buf, k);
    static const uint8_t after[] = { 'S', 's', '-', '\0', ' ', ']', 0xff };
    for (size_t i = 0; i < sizeof after; i++) {
        buf[n] = after[i];
        check_both(buf, n + 1);
        buf[n + 1] = 'X';
        check_both(buf, n + 2);
    }
}

#ifdef IMW_FLAG_WORD_LOAD
/* The LIST decoder's in-line attribute classifier gives what
 * imw_classify_mailbox_attr() gives for every attribute name in three
 * cases, and for each with any octet at any place replaced (or cut
 * short, or one longer), with the eight octets before it readable. */
START_TEST(attr_ending_matches_classifier)
{
    static const char *const names[] = {
        "\\All", "\\Junk", "\\Sent", "\\Trash", "\\Marked", "\\Drafts",
        "\\Remote", "\\Archive", "\\Flagged", "\\Noselect", "\\Unmarked",
        "\\Important", "\\Subscribed", "\\Noinferiors", "\\HasChildren",
        "\\NonExistent", "\\HasNoChildren", "\\X", "\\", "\\Foo",
        "\\HasNoChildrenX", "\\Nonexistentx"};
    uint8_t buf[64];
    memset(buf, '(', 8);
    for (size_t k = 0; k < sizeof names / sizeof names[0]; k++) {
        size_t n = strlen(names[k]);
        for (int form = 0; form < 3; form++) {
            uint8_t *w = buf + 8;
            for (size_t i = 0; i < n; i++) {
                uint8_t c = (uint8_t)names[k][i];
                if (form == 1 && c >= 'a' && c <= 'z')
                    c -= 32;
                if (form == 2 && c >= 'A' && c <= 'Z')
                    c += 32;
                w[i] = c;
            }
            for (size_t len = n > 0 ? n - 1 : 0; len <= n + 1; len++) {
                w[n] = 's';
                ck_assert_int_eq(imw_classify_mailbox_attr_ending(w, len),
                                 imw_classify_mailbox_attr(w, len));
            }
            for (size_t at = 0; at < n; at++)
                for (unsigned c = 0; c < 256; c++) {
                    uint8_t keep = w[at];
                    w[at] = (uint8_t)c;
                    ck_assert_msg(imw_classify_mailbox_attr_ending(w, n) ==
                                      imw_classify_mailbox_attr(w, n),
                                  "%s with 0x%02x at %zu", names[k], c, at);
                    w[at] = keep;
                }
        }
    }
}
END_TEST
#endif

START_TEST(length_switch_matches_plain_reading)
{
    for (size_t i = 0; i < COUNT(keywords); i++)
        check_around(keywords[i].word);
    for (size_t i = 0; i < COUNT(codes); i++)
        check_around(codes[i].word);
    for (size_t i = 0; i < COUNT(capabilities); i++)
        check_around(capabilities[i].word);
    char flag[16] = "\\";
    for (size_t i = 0; i < COUNT(flags); i++) {
        strcpy(flag + 1, flags[i].word);
        check_around(flag);
    }
    for (size_t i = 0; i < COUNT(mailbox_attrs); i++) {
        strcpy(flag + 1, mailbox_attrs[i].word);
        check_around(flag);
    }
    /* a few that are neither, at the lengths of both */
    static const char *const others[] = {
        "", "O", "OKAY", "EXIST", "EXISTSS", "READ_ONLY", "READ\rONLY",
        "UNKNOWN-CTF", "AUTHENTICATIONFAILEDX", "X-GM-EXT-1", "\\", "\\*",
        "\\**", "*", "$Junk", "\\Seen\\", "APPENDLIMIT", "APPENDLIMIT=",
        "\\Al", "All", "\\\\All", "/All", "\\HasNoChildren\\",
    };
    for (size_t i = 0; i < COUNT(others); i++)
        check_both((const uint8_t *)others[i], strlen(others[i]));
}
END_TEST

Suite *imw_keywords_suite(void)
{
    Suite *s = suite_create("keywords");
    TCase *tc = tcase_create("classifiers");
    tcase_set_timeout(tc, 60); /* millions of words under the sanitizers */
    tcase_add_test(tc, whole_slice_only);
    tcase_add_test(tc, nul_inside_a_word);
    tcase_add_test(tc, capabilities_with_mechanisms);
    tcase_add_test(tc, length_switch_matches_plain_reading);
#ifdef IMW_FLAG_WORD_LOAD
    tcase_add_test(tc, attr_ending_matches_classifier);
#endif
    suite_add_tcase(s, tc);
    return s;
}
