/* imapwire — typed session and mailbox commands (server side): what the
 * pointers of struct imw_command's union point to for LOGIN, AUTHENTICATE,
 * SELECT/EXAMINE, CREATE, DELETE..., RENAME, LIST/LSUB, STATUS, ID, the
 * QUOTA, ACL and METADATA commands and NOTIFY.  ENABLE (u.capabilities)
 * and COMPRESS (u.compress) need no struct of their own.
 *
 * As on the response side the structs are allocated by the library in the
 * per-message arena and stay valid until the next imw_parser_* call;
 * callers read them and never allocate them.  Strings are decoded values
 * (quotes and escapes removed, literal data) unless a field says "raw";
 * an absent optional list has count 0 and items NULL.  Parameters the
 * library has no type for keep name and value as IMAP values (struct
 * imw_generic: name, args, raw). */
#ifndef IMAPWIRE_COMMAND_MAILBOX_H
#define IMAPWIRE_COMMAND_MAILBOX_H

#include "imapwire/common.h"
#include "imapwire/types.h"
#include "imapwire/mailbox.h"
#include "imapwire/command.h"

#ifdef __cplusplus
extern "C" {
#endif

/* LOGIN userid password (RFC 3501 6.2.3): astrings, decoded. */
struct imw_cmd_login {
    imw_bytes userid;
    imw_bytes password;
};

/* AUTHENTICATE mechanism [initial-response] (RFC 3501 6.2.2, SASL-IR
 * RFC 4959). */
enum imw_sasl_ir {
    IMW_SASL_IR_ABSENT = 0, /* no initial response: the server sends "+" */
    IMW_SASL_IR_EMPTY,      /* "=": an empty initial response */
    IMW_SASL_IR_DATA        /* base64 octets in initial_response */
};
struct imw_cmd_authenticate {
    imw_bytes mechanism;        /* as sent, e.g. "PLAIN" */
    enum imw_sasl_ir ir;
    imw_bytes initial_response; /* IMW_SASL_IR_DATA: the base64 as sent
                                   (not decoded); empty otherwise */
};

/* DELETE, SUBSCRIBE, UNSUBSCRIBE, GETQUOTAROOT, GETACL, MYRIGHTS. */
struct imw_cmd_mailbox {
    struct imw_mailbox mailbox;
};

/* SELECT / EXAMINE mailbox [(params)] (RFC 3501, RFC 4466, RFC 7162). */
struct imw_cmd_select {
    struct imw_mailbox mailbox;
    int condstore;               /* the CONDSTORE parameter was sent */
    int qresync;                 /* QRESYNC (...) was sent: fields below */
    uint32_t uidvalidity;        /* QRESYNC: last known UIDVALIDITY */
    uint64_t modseq;             /* QRESYNC: last known mod-sequence */
    int has_known_uids;          /* QRESYNC: the optional known UIDs */
    struct imw_seq_set known_uids;
    int has_seq_match;           /* QRESYNC: (known-seqs known-uids) */
    struct imw_seq_set match_seqs;
    struct imw_seq_set match_uids;
    /* other parameters, in the order sent (count 0 when none) */
    const struct imw_generic *params;
    size_t param_count;
};

/* CREATE mailbox [(params)] (RFC 4466, USE of RFC 6154). */
struct imw_cmd_create {
    struct imw_mailbox mailbox;
    int has_use;                             /* USE (...) was sent */
    struct imw_mailbox_attr_list use;        /* its attributes (may be empty) */
    const struct imw_generic *params;        /* other parameters */
    size_t param_count;
};

/* RENAME from to [(params)]. */
struct imw_cmd_rename {
    struct imw_mailbox from;
    struct imw_mailbox to;
    const struct imw_generic *params;
    size_t param_count;
};

/* STATUS items (STATUS command, LIST ... RETURN (STATUS (...))): the
 * response side's item kinds; IMW_STATUS_ITEM_OTHER does not occur (the
 * grammar knows every item name it accepts). */
struct imw_cmd_status_att {
    enum imw_status_item_kind kind;
    imw_bytes name; /* as sent */
};

struct imw_cmd_status {
    struct imw_mailbox mailbox;
    const struct imw_cmd_status_att *items; /* at least one */
    size_t count;
};

/* LIST selection options (RFC 5258, RFC 6154). */
enum imw_list_select {
    IMW_LIST_SELECT_OTHER = 0,  /* see generic */
    IMW_LIST_SELECT_SUBSCRIBED,
    IMW_LIST_SELECT_REMOTE,
    IMW_LIST_SELECT_RECURSIVEMATCH,
    IMW_LIST_SELECT_SPECIAL_USE
};
/* LIST return options (RFC 5258, RFC 5819, RFC 6154). */
enum imw_list_return {
    IMW_LIST_RETURN_OTHER = 0,  /* see generic */
    IMW_LIST_RETURN_SUBSCRIBED,
    IMW_LIST_RETURN_CHILDREN,
    IMW_LIST_RETURN_SPECIAL_USE,
    IMW_LIST_RETURN_STATUS      /* status_items */
};
struct imw_list_option {
    int kind;                    /* enum imw_list_select or imw_list_return */
    imw_bytes name;              /* as sent */
    struct imw_generic generic;  /* name and any value (OTHER kinds) */
    /* IMW_LIST_RETURN_STATUS: the items */
    const struct imw_cmd_status_att *status_items;
    size_t status_count;
};

/* LIST [(select)] reference pattern(s) [RETURN (...)] and LSUB reference
 * pattern.  Patterns may hold the wildcards % and *; they are mailbox
 * names in form (imw_mailbox: raw, name, modified UTF-7 decoded). */
struct imw_cmd_list {
    int has_select;                          /* "(...)" was sent (may be empty) */
    const struct imw_list_option *select;
    size_t select_count;
    struct imw_mailbox reference;
    int pattern_list;                        /* patterns came as "(p1 p2)" */
    const struct imw_mailbox *patterns;      /* at least one */
    size_t pattern_count;
    int has_return;                          /* RETURN (...) was sent */
    const struct imw_list_option *ret;
    size_t return_count;
};

/* ID (RFC 2971): NIL, or field/value pairs. */
struct imw_cmd_id_param {
    imw_bytes field;
    imw_bytes value;  /* { NULL, 0 } for NIL */
};
struct imw_cmd_id {
    int is_nil;                             /* "ID NIL" */
    const struct imw_cmd_id_param *params;  /* "()" gives count 0 */
    size_t count;
};

/* GETQUOTA root / SETQUOTA root (resource limit ...) (RFC 9208). */
struct imw_cmd_quota_resource {
    imw_bytes name;   /* as sent: STORAGE, MESSAGE, MAILBOX, ... */
    uint64_t limit;
};
struct imw_cmd_quota {
    imw_bytes root;                                 /* may be empty ("") */
    const struct imw_cmd_quota_resource *resources; /* SETQUOTA only */
    size_t count;
};

/* SETACL mailbox identifier rights, DELETEACL mailbox identifier,
 * LISTRIGHTS mailbox identifier (RFC 4314). */
enum imw_acl_mode {
    IMW_ACL_REPLACE = 0, /* "rights": replace (also DELETEACL/LISTRIGHTS) */
    IMW_ACL_ADD,         /* "+rights" */
    IMW_ACL_REMOVE       /* "-rights" */
};
struct imw_cmd_acl {
    struct imw_mailbox mailbox;
    imw_bytes identifier;
    enum imw_acl_mode mode;  /* SETACL */
    imw_bytes rights;        /* SETACL: the letters without +/- */
};

/* GETMETADATA [(options)] mailbox entries / SETMETADATA mailbox
 * (entry value ...) (RFC 5464). */
enum imw_metadata_depth {
    IMW_METADATA_DEPTH_0 = 0,     /* also when DEPTH was not sent */
    IMW_METADATA_DEPTH_1,
    IMW_METADATA_DEPTH_INFINITY
};
struct imw_cmd_metadata_entry {
    imw_bytes name;   /* the entry, e.g. "/private/comment" */
    imw_bytes value;  /* SETMETADATA: the value; { NULL, 0 } for NIL and
                         for GETMETADATA */
    int is_nil;       /* SETMETADATA: NIL (remove the entry) */
};
struct imw_cmd_metadata {
    int has_maxsize;
    uint32_t maxsize;
    int has_depth;
    enum imw_metadata_depth depth;
    const struct imw_generic *options;  /* other GETMETADATA options */
    size_t option_count;
    struct imw_mailbox mailbox;         /* "" is the server's metadata */
    const struct imw_cmd_metadata_entry *entries;
    size_t count;
};

/* NOTIFY NONE / NOTIFY SET [STATUS] (filter events) ... (RFC 5465). */
enum imw_notify_filter {
    IMW_NOTIFY_SELECTED,
    IMW_NOTIFY_SELECTED_DELAYED,
    IMW_NOTIFY_INBOXES,
    IMW_NOTIFY_PERSONAL,
    IMW_NOTIFY_SUBSCRIBED,
    IMW_NOTIFY_SUBTREE,     /* mailboxes */
    IMW_NOTIFY_MAILBOXES    /* mailboxes */
};
enum imw_notify_event_kind {
    IMW_NOTIFY_EVENT_OTHER = 0,  /* an event-ext atom: see name */
    IMW_NOTIFY_EVENT_MESSAGE_NEW,
    IMW_NOTIFY_EVENT_MESSAGE_EXPUNGE,
    IMW_NOTIFY_EVENT_FLAG_CHANGE,
    IMW_NOTIFY_EVENT_ANNOTATION_CHANGE,
    IMW_NOTIFY_EVENT_MAILBOX_NAME,
    IMW_NOTIFY_EVENT_SUBSCRIPTION_CHANGE,
    IMW_NOTIFY_EVENT_MAILBOX_METADATA_CHANGE,
    IMW_NOTIFY_EVENT_SERVER_METADATA_CHANGE
};
struct imw_notify_event {
    enum imw_notify_event_kind kind;
    imw_bytes name;            /* as sent */
    /* MessageNew (fetch-att ...): the list as an IMAP value (kind
     * IMW_VALUE_LIST, raw with its parentheses); kind IMW_VALUE_NIL with
     * empty raw when no list was sent */
    struct imw_value fetch_atts;
};
struct imw_notify_group {
    enum imw_notify_filter filter;
    imw_bytes filter_name;                /* as sent */
    const struct imw_mailbox *mailboxes;  /* SUBTREE, MAILBOXES */
    size_t mailbox_count;
    int events_none;                      /* events were NONE */
    const struct imw_notify_event *events;
    size_t event_count;
};
struct imw_cmd_notify {
    int none;                             /* NOTIFY NONE */
    int status;                           /* SET STATUS */
    const struct imw_notify_group *groups;
    size_t count;
};

IMW_API const char *imw_notify_filter_name(enum imw_notify_filter filter);
IMW_API const char *imw_notify_event_name(enum imw_notify_event_kind kind);

#ifdef __cplusplus
}
#endif
#endif /* IMAPWIRE_COMMAND_MAILBOX_H */
