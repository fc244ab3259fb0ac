/* Names of the mailbox data enums (include/imapwire/mailbox.h). */
#include "imapwire/imapwire.h"

#define COUNT_OF(a) (sizeof(a) / sizeof((a)[0]))

static const char *table_name(const char *const *table, size_t n, int kind)
{
    return kind >= 0 && (size_t)kind < n && table[kind] ? table[kind]
                                                        : "UNKNOWN";
}

const char *imw_mailbox_attr_name(enum imw_mailbox_attr_kind kind)
{
    static const char *const names[] = {
        [IMW_MBOX_ATTR_OTHER] = "OTHER",
        [IMW_MBOX_ATTR_NOINFERIORS] = "NOINFERIORS",
        [IMW_MBOX_ATTR_NOSELECT] = "NOSELECT",
        [IMW_MBOX_ATTR_MARKED] = "MARKED",
        [IMW_MBOX_ATTR_UNMARKED] = "UNMARKED",
        [IMW_MBOX_ATTR_HASCHILDREN] = "HASCHILDREN",
        [IMW_MBOX_ATTR_HASNOCHILDREN] = "HASNOCHILDREN",
        [IMW_MBOX_ATTR_NONEXISTENT] = "NONEXISTENT",
        [IMW_MBOX_ATTR_SUBSCRIBED] = "SUBSCRIBED",
        [IMW_MBOX_ATTR_REMOTE] = "REMOTE",
        [IMW_MBOX_ATTR_ALL] = "ALL",
        [IMW_MBOX_ATTR_ARCHIVE] = "ARCHIVE",
        [IMW_MBOX_ATTR_DRAFTS] = "DRAFTS",
        [IMW_MBOX_ATTR_FLAGGED] = "FLAGGED",
        [IMW_MBOX_ATTR_JUNK] = "JUNK",
        [IMW_MBOX_ATTR_SENT] = "SENT",
        [IMW_MBOX_ATTR_TRASH] = "TRASH",
        [IMW_MBOX_ATTR_IMPORTANT] = "IMPORTANT",
    };
    return table_name(names, COUNT_OF(names), (int)kind);
}

const char *imw_status_item_name(enum imw_status_item_kind kind)
{
    static const char *const names[] = {
        [IMW_STATUS_ITEM_OTHER] = "OTHER",
        [IMW_STATUS_ITEM_MESSAGES] = "MESSAGES",
        [IMW_STATUS_ITEM_RECENT] = "RECENT",
        [IMW_STATUS_ITEM_UIDNEXT] = "UIDNEXT",
        [IMW_STATUS_ITEM_UIDVALIDITY] = "UIDVALIDITY",
        [IMW_STATUS_ITEM_UNSEEN] = "UNSEEN",
        [IMW_STATUS_ITEM_HIGHESTMODSEQ] = "HIGHESTMODSEQ",
        [IMW_STATUS_ITEM_SIZE] = "SIZE",
        [IMW_STATUS_ITEM_DELETED] = "DELETED",
        [IMW_STATUS_ITEM_DELETED_STORAGE] = "DELETED-STORAGE",
        [IMW_STATUS_ITEM_APPENDLIMIT] = "APPENDLIMIT",
        [IMW_STATUS_ITEM_MAILBOXID] = "MAILBOXID",
    };
    return table_name(names, COUNT_OF(names), (int)kind);
}

const char *imw_list_ext_name(enum imw_list_ext_kind kind)
{
    static const char *const names[] = {
        [IMW_LIST_EXT_OTHER] = "OTHER",
        [IMW_LIST_EXT_CHILDINFO] = "CHILDINFO",
        [IMW_LIST_EXT_OLDNAME] = "OLDNAME",
    };
    return table_name(names, COUNT_OF(names), (int)kind);
}

const char *imw_mailbox_form_name(enum imw_mailbox_form form)
{
    static const char *const names[] = {
        [IMW_MAILBOX_ATOM] = "atom",
        [IMW_MAILBOX_QUOTED] = "quoted",
        [IMW_MAILBOX_LITERAL] = "literal",
    };
    return table_name(names, COUNT_OF(names), (int)form);
}
