/* imapwire — typed mailbox data: LIST and LSUB, STATUS, SEARCH and SORT,
 * VANISHED (ENABLED uses struct imw_capability_list from types.h).  Part
 * of the public API; included by imapwire/imapwire.h.
 *
 * As everywhere in imapwire, these structs are allocated by the library
 * and live in the per-message arena (see the top of types.h): callers read
 * them and never allocate them, so later versions may add members. */
#ifndef IMAPWIRE_MAILBOX_H
#define IMAPWIRE_MAILBOX_H

#include "imapwire/common.h"
#include "imapwire/types.h"
#include "imapwire/values.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- mailbox names ------------------------------------------------------ */

/* How a mailbox name was sent. */
enum imw_mailbox_form {
    IMW_MAILBOX_ATOM,    /* astring atom, INBOX included */
    IMW_MAILBOX_QUOTED,  /* "..." */
    IMW_MAILBOX_LITERAL  /* {n} or ~{n} */
};

struct imw_mailbox {
    imw_bytes raw;               /* as sent: quotes, escapes, literal header */
    enum imw_mailbox_form form;
    imw_bytes name;              /* the string value: unescaped, literal data */
    /* 1 when `name` is INBOX in any case ("iNbOx", "\"INBOX\""): RFC 3501
     * section 5.1 says every case variant means INBOX. */
    int is_inbox;
    /* `name` decoded from modified UTF-7 (RFC 3501 section 5.1.3) with
     * imw_mutf7_to_utf8().  When `name` is not canonical modified UTF-7,
     * utf8 is { NULL, 0 } and utf8_error says why and where (an offset in
     * `name`); the response is still good and `name` still usable.  When
     * utf8 is set, utf8_error.reason is IMW_VALUE_OK; an empty name has an
     * empty, non-NULL utf8. */
    imw_bytes utf8;
    struct imw_value_error utf8_error;
};

/* ---- LIST and LSUB (RFC 3501, 3348, 5258, 6154, 8457, 9051) ---------- */

enum imw_mailbox_attr_kind {
    IMW_MBOX_ATTR_OTHER = 0,     /* any other \attribute: see name */
    IMW_MBOX_ATTR_NOINFERIORS,   /* \Noinferiors */
    IMW_MBOX_ATTR_NOSELECT,      /* \Noselect */
    IMW_MBOX_ATTR_MARKED,        /* \Marked */
    IMW_MBOX_ATTR_UNMARKED,      /* \Unmarked */
    IMW_MBOX_ATTR_HASCHILDREN,   /* \HasChildren (RFC 3348, 5258) */
    IMW_MBOX_ATTR_HASNOCHILDREN, /* \HasNoChildren */
    IMW_MBOX_ATTR_NONEXISTENT,   /* \NonExistent (RFC 5258) */
    IMW_MBOX_ATTR_SUBSCRIBED,    /* \Subscribed (RFC 5258) */
    IMW_MBOX_ATTR_REMOTE,        /* \Remote (RFC 5258) */
    IMW_MBOX_ATTR_ALL,           /* \All (RFC 6154 special use) */
    IMW_MBOX_ATTR_ARCHIVE,       /* \Archive */
    IMW_MBOX_ATTR_DRAFTS,        /* \Drafts */
    IMW_MBOX_ATTR_FLAGGED,       /* \Flagged */
    IMW_MBOX_ATTR_JUNK,          /* \Junk */
    IMW_MBOX_ATTR_SENT,          /* \Sent */
    IMW_MBOX_ATTR_TRASH,         /* \Trash */
    IMW_MBOX_ATTR_IMPORTANT      /* \Important (RFC 8457) */
};

struct imw_mailbox_attr {
    enum imw_mailbox_attr_kind kind;
    imw_bytes name; /* as sent, backslash included */
};

struct imw_mailbox_attr_list {
    const struct imw_mailbox_attr *items;
    size_t count;
};

/* One item of RFC 5258 mbox-list-extended: "(" tag SP value ... ")" after
 * the name. */
enum imw_list_ext_kind {
    IMW_LIST_EXT_OTHER = 0, /* generic: see `generic` */
    IMW_LIST_EXT_CHILDINFO, /* RFC 5258: childinfo (e.g. "SUBSCRIBED") */
    IMW_LIST_EXT_OLDNAME    /* RFC 5465/9051: oldname */
};

struct imw_list_ext {
    enum imw_list_ext_kind kind;
    imw_bytes name;                   /* the tag as sent, e.g. "CHILDINFO" */
    struct imw_string_list childinfo; /* IMW_LIST_EXT_CHILDINFO */
    struct imw_mailbox oldname;       /* IMW_LIST_EXT_OLDNAME */
    /* every kind: the tag and its value as IMAP values, and raw */
    struct imw_generic generic;
};

struct imw_list_data {
    struct imw_mailbox_attr_list attributes;
    int has_delimiter;  /* 0 for NIL: the namespace is flat */
    uint8_t delimiter;  /* the hierarchy delimiter, unescaped ("\\" -> '\') */
    struct imw_mailbox mailbox;
    /* RFC 5258 extended data; count 0 when there is none. */
    const struct imw_list_ext *extended;
    size_t extended_count;
};

/* ---- STATUS (RFC 3501, 4466, 7162, 8438, 7889, 8474, 9051) ----------- */

enum imw_status_item_kind {
    IMW_STATUS_ITEM_OTHER = 0,     /* generic: see `generic` */
    IMW_STATUS_ITEM_MESSAGES,      /* number, 32-bit */
    IMW_STATUS_ITEM_RECENT,        /* number, 32-bit */
    IMW_STATUS_ITEM_UIDNEXT,       /* nz-number, 32-bit */
    IMW_STATUS_ITEM_UIDVALIDITY,   /* nz-number, 32-bit */
    IMW_STATUS_ITEM_UNSEEN,        /* number, 32-bit */
    IMW_STATUS_ITEM_HIGHESTMODSEQ, /* 0 .. 2^63-1 (0: no persistent modseqs) */
    IMW_STATUS_ITEM_SIZE,          /* number64: 0 .. 2^63-1 (RFC 8438) */
    IMW_STATUS_ITEM_DELETED,       /* number, 32-bit (RFC 9051) */
    IMW_STATUS_ITEM_APPENDLIMIT,   /* number, 32-bit, or NIL (RFC 7889) */
    IMW_STATUS_ITEM_MAILBOXID,     /* objectid in bytes (RFC 8474) */
    IMW_STATUS_ITEM_DELETED_STORAGE /* number64 (RFC 9208) */
};

struct imw_status_item {
    enum imw_status_item_kind kind;
    imw_bytes name;    /* as sent, e.g. "MESSAGES" */
    uint64_t number;   /* numeric kinds */
    int is_nil;        /* APPENDLIMIT NIL: no limit */
    imw_bytes bytes;   /* MAILBOXID: the objectid without parentheses */
    /* IMW_STATUS_ITEM_OTHER: name, value as IMAP values, raw */
    struct imw_generic generic;
};

struct imw_mailbox_status {
    struct imw_mailbox mailbox;
    const struct imw_status_item *items; /* in the order sent; may be empty */
    size_t count;
    /* The known items again, for direct use; has_X says that X was sent
     * (when an item is sent twice, the last one counts). */
    uint32_t messages;    int has_messages;
    uint32_t recent;      int has_recent;
    uint32_t uidnext;     int has_uidnext;
    uint32_t uidvalidity; int has_uidvalidity;
    uint32_t unseen;      int has_unseen;
    uint64_t highestmodseq; int has_highestmodseq;
    uint64_t size;        int has_size;
    uint32_t deleted;     int has_deleted;
    uint32_t appendlimit; int has_appendlimit; /* 0 for APPENDLIMIT NIL */
    imw_bytes mailboxid;  int has_mailboxid;
    uint64_t deleted_storage; int has_deleted_storage;
};

/* ---- SEARCH and SORT (RFC 3501, 5256, 7162) ---------------------------- */

struct imw_search {
    const uint32_t *numbers; /* message numbers or UIDs, in the order sent */
    size_t count;            /* 0 for "* SEARCH" */
    uint64_t modseq;         /* RFC 7162 "(MODSEQ n)", 1 .. 2^63-1 */
    int has_modseq;
};

/* ---- VANISHED (RFC 7162) --------------------------------------------- */

struct imw_vanished {
    int earlier;             /* "(EARLIER)": an answer to UID FETCH/SELECT */
    struct imw_seq_set uids; /* ranges as sent, never expanded */
};

/* Names for printing ("NOSELECT", "MESSAGES", "CHILDINFO"...). */
IMW_API const char *imw_mailbox_attr_name(enum imw_mailbox_attr_kind kind);
IMW_API const char *imw_status_item_name(enum imw_status_item_kind kind);
IMW_API const char *imw_list_ext_name(enum imw_list_ext_kind kind);
IMW_API const char *imw_mailbox_form_name(enum imw_mailbox_form form);

#ifdef __cplusplus
}
#endif
#endif /* IMAPWIRE_MAILBOX_H */
