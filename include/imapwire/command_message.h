/* imapwire — typed client commands of the message family: SEARCH, FETCH,
 * STORE, COPY, MOVE, APPEND, SORT, THREAD (and their UID forms).
 *
 * The structs are reached through struct imw_command's union
 * (imapwire/command.h) and follow the allocation rules of the response
 * side (imapwire/types.h): allocated by the library in the message's
 * arena, valid until the next imw_parser_* call; strings are slices into
 * the message (atoms, literal data, quoted strings without escapes) or
 * into the arena (unescaped quoted strings).  An absent optional string
 * is { NULL, 0 }.  Whatever this version has no type for is kept as a
 * generic node (struct imw_generic) with its raw bytes. */
#ifndef IMAPWIRE_COMMAND_MESSAGE_H
#define IMAPWIRE_COMMAND_MESSAGE_H

#include "imapwire/common.h"
#include "imapwire/types.h"
#include "imapwire/values.h"
#include "imapwire/mailbox.h"
#include "imapwire/fetch.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- the search program (SEARCH, SORT, THREAD) ---------------------------- */

enum imw_search_key_kind {
    IMW_SKEY_OTHER = 0,      /* not typed: see `generic` */
    /* RFC 3501 / RFC 9051, no argument */
    IMW_SKEY_ALL, IMW_SKEY_ANSWERED, IMW_SKEY_DELETED, IMW_SKEY_FLAGGED,
    IMW_SKEY_NEW, IMW_SKEY_OLD, IMW_SKEY_RECENT, IMW_SKEY_SEEN,
    IMW_SKEY_UNANSWERED, IMW_SKEY_UNDELETED, IMW_SKEY_UNFLAGGED,
    IMW_SKEY_UNSEEN, IMW_SKEY_DRAFT, IMW_SKEY_UNDRAFT,
    /* a string: `string` */
    IMW_SKEY_BCC, IMW_SKEY_BODY, IMW_SKEY_CC, IMW_SKEY_FROM,
    IMW_SKEY_SUBJECT, IMW_SKEY_TEXT, IMW_SKEY_TO,
    IMW_SKEY_HEADER,         /* `field` and `string` */
    /* a date: `date` */
    IMW_SKEY_BEFORE, IMW_SKEY_ON, IMW_SKEY_SINCE, IMW_SKEY_SENTBEFORE,
    IMW_SKEY_SENTON, IMW_SKEY_SENTSINCE,
    IMW_SKEY_SAVEDBEFORE, IMW_SKEY_SAVEDON, IMW_SKEY_SAVEDSINCE, /* RFC 8514 */
    IMW_SKEY_SAVEDATESUPPORTED,                                 /* RFC 8514 */
    /* a flag keyword: `flag` */
    IMW_SKEY_KEYWORD, IMW_SKEY_UNKEYWORD,
    /* a number: `number` */
    IMW_SKEY_LARGER, IMW_SKEY_SMALLER,  /* number64 */
    IMW_SKEY_OLDER, IMW_SKEY_YOUNGER,   /* RFC 5032, seconds */
    IMW_SKEY_MODSEQ,         /* RFC 7162: `number` (0 allowed), and the
                                optional `entry_name` / `entry_type` */
    /* an objectid (RFC 8474): `string` */
    IMW_SKEY_EMAILID, IMW_SKEY_THREADID,
    /* sets: `set`, or `saved_result` for "$" (RFC 5182 SEARCHRES) */
    IMW_SKEY_SEQUENCE_SET,   /* message numbers */
    IMW_SKEY_UID,            /* "UID" SP set */
    /* nesting: `children` */
    IMW_SKEY_NOT,            /* one child */
    IMW_SKEY_OR,             /* two children */
    IMW_SKEY_LIST            /* "(" key *(SP key) ")": children, ANDed */
};

struct imw_search_key {
    enum imw_search_key_kind kind;
    imw_bytes name;          /* the key's word as sent ("since"); for a
                                bare set or a list: empty */
    imw_bytes raw;           /* the whole key as sent */
    imw_bytes string;        /* BCC BODY CC FROM SUBJECT TEXT TO HEADER
                                (value) EMAILID THREADID: astring value */
    imw_bytes field;         /* HEADER: the field name (astring value) */
    struct imw_datetime date;/* date keys: time and zone 0 */
    struct imw_flag flag;    /* KEYWORD / UNKEYWORD */
    uint64_t number;         /* LARGER SMALLER OLDER YOUNGER MODSEQ */
    imw_bytes entry_name;    /* MODSEQ "/flags/\\draft": the unquoted,
                                unescaped entry name, or { NULL, 0 } */
    imw_bytes entry_type;    /* MODSEQ: "priv" / "shared" / "all" */
    struct imw_seq_set set;  /* SEQUENCE_SET / UID (empty for "$") */
    int saved_result;        /* 1 when the set is "$" */
    const struct imw_search_key *children; /* NOT OR LIST */
    size_t count;
    struct imw_generic generic; /* OTHER: name and arguments */
};

enum imw_search_return_kind {
    IMW_SRET_OTHER = 0,      /* see `generic` */
    IMW_SRET_MIN, IMW_SRET_MAX, IMW_SRET_ALL, IMW_SRET_COUNT, /* RFC 4731 */
    IMW_SRET_SAVE                                             /* RFC 5182 */
};

struct imw_search_return_opt {
    enum imw_search_return_kind kind;
    imw_bytes name;          /* as sent */
    struct imw_generic generic; /* every kind: name, parameters, raw */
};

/* "RETURN (...)" of SEARCH (RFC 4466/4731) and SORT (RFC 5267). */
struct imw_search_return {
    int present;             /* 1 when RETURN was sent, even "RETURN ()" */
    const struct imw_search_return_opt *items;
    size_t count;
};

/* The search keys after any CHARSET; the top-level keys are ANDed. */
struct imw_search_program {
    imw_bytes charset;       /* astring value; { NULL, 0 } when absent
                                (always set for SORT and THREAD) */
    const struct imw_search_key *keys;
    size_t count;            /* at least 1 */
};

struct imw_cmd_search {
    struct imw_search_return ret;
    struct imw_search_program program;
};

/* ---- FETCH ------------------------------------------------------------------ */

enum imw_fetch_macro {
    IMW_FETCH_MACRO_NONE = 0,  /* attributes in `atts` */
    IMW_FETCH_MACRO_ALL, IMW_FETCH_MACRO_FAST, IMW_FETCH_MACRO_FULL
};

enum imw_fetch_att_kind {
    IMW_FATT_OTHER = 0,      /* see `generic` */
    IMW_FATT_ENVELOPE, IMW_FATT_FLAGS, IMW_FATT_INTERNALDATE,
    IMW_FATT_RFC822, IMW_FATT_RFC822_HEADER, IMW_FATT_RFC822_SIZE,
    IMW_FATT_RFC822_TEXT,
    IMW_FATT_BODY,           /* BODY without section: the structure */
    IMW_FATT_BODYSTRUCTURE, IMW_FATT_UID,
    IMW_FATT_BODY_SECTION,   /* BODY[section]<partial> / BODY.PEEK[...] */
    IMW_FATT_BINARY,         /* BINARY[.PEEK][part]<partial> (RFC 3516) */
    IMW_FATT_BINARY_SIZE,    /* BINARY.SIZE[part] */
    IMW_FATT_MODSEQ,         /* RFC 7162 */
    IMW_FATT_EMAILID, IMW_FATT_THREADID,  /* RFC 8474 */
    IMW_FATT_SAVEDATE,       /* RFC 8514 */
    IMW_FATT_PREVIEW         /* RFC 8970: `lazy` */
};

struct imw_fetch_att {
    enum imw_fetch_att_kind kind;
    imw_bytes name;          /* the item as sent, section and partial
                                included ("BODY.PEEK[HEADER]<0.100>") */
    int peek;                /* BODY.PEEK / BINARY.PEEK */
    /* BODY_SECTION, BINARY, BINARY_SIZE: the section (for BINARY parts
     * only); raw is what is between the brackets */
    struct imw_section section;
    int has_partial;         /* <origin.length> was sent */
    uint64_t origin;
    uint64_t length;
    int lazy;                /* PREVIEW (LAZY) */
    struct imw_generic generic; /* OTHER: name and arguments */
};

enum imw_fetch_modifier_kind {
    IMW_FMOD_OTHER = 0,      /* see `generic` */
    IMW_FMOD_CHANGEDSINCE,   /* RFC 7162: `modseq` */
    IMW_FMOD_VANISHED        /* RFC 7162 (QRESYNC) */
};

struct imw_fetch_modifier {
    enum imw_fetch_modifier_kind kind;
    imw_bytes name;
    uint64_t modseq;
    struct imw_generic generic; /* every kind: name, arguments, raw */
};

struct imw_cmd_fetch {
    struct imw_seq_set set;  /* "$" (SEARCHRES): saved_result, empty set */
    int saved_result;
    enum imw_fetch_macro macro; /* kept as sent, not expanded */
    const struct imw_fetch_att *atts; /* NONE: one or more, in order */
    size_t count;
    const struct imw_fetch_modifier *modifiers;
    size_t modifier_count;
    /* the known modifiers again */
    uint64_t changedsince;   int has_changedsince;
    int vanished;
};

/* ---- STORE ------------------------------------------------------------------ */

enum imw_store_mode {
    IMW_STORE_SET,           /* FLAGS */
    IMW_STORE_ADD,           /* +FLAGS */
    IMW_STORE_REMOVE         /* -FLAGS */
};

struct imw_cmd_store {
    struct imw_seq_set set;
    int saved_result;        /* the set is "$" */
    enum imw_store_mode mode;
    int silent;              /* .SILENT */
    struct imw_flag_list flags; /* list or bare flags; may be empty */
    int flags_parenthesised;
    uint64_t unchangedsince; int has_unchangedsince; /* RFC 7162, 0 ok */
    /* every store modifier, UNCHANGEDSINCE included, as generic nodes */
    const struct imw_generic *modifiers;
    size_t modifier_count;
};

/* ---- COPY, MOVE ------------------------------------------------------------- */

struct imw_cmd_copy {
    struct imw_seq_set set;
    int saved_result;        /* the set is "$" */
    struct imw_mailbox mailbox;
};

/* ---- APPEND (RFC 3501, 3502 MULTIAPPEND, 3516, 4466, 4469, 6855) --------- */

enum imw_append_data_kind {
    IMW_APPEND_LITERAL,      /* literal or literal8 (is_binary) */
    IMW_APPEND_UTF8,         /* UTF8 (literal8) of RFC 6855 */
    IMW_APPEND_CATENATE,     /* CATENATE (parts) of RFC 4469 */
    IMW_APPEND_OTHER         /* append-data-ext: see `generic` */
};

enum imw_catenate_part_kind {
    IMW_CAT_TEXT,            /* TEXT literal: `data` */
    IMW_CAT_URL,             /* URL astring: `data` is the URL */
    IMW_CAT_UTF8             /* UTF8 (literal8) of RFC 6855: `data` */
};

struct imw_catenate_part {
    enum imw_catenate_part_kind kind;
    imw_bytes data;
    int is_binary;           /* TEXT ~{n} */
};

struct imw_append_message {
    struct imw_flag_list flags; int has_flags;
    struct imw_datetime date; int has_date;
    imw_bytes date_raw;      /* date-time as sent, quotes included */
    /* append-ext items (RFC 4466), as generic nodes */
    const struct imw_generic *extensions;
    size_t extension_count;
    enum imw_append_data_kind data_kind;
    /* LITERAL, UTF8: the message octets, a slice of the message (no copy) */
    imw_bytes data;
    int is_binary;           /* the literal was ~{n} */
    const struct imw_catenate_part *parts; /* CATENATE */
    size_t part_count;
    struct imw_generic generic; /* OTHER */
};

struct imw_cmd_append {
    struct imw_mailbox mailbox;
    const struct imw_append_message *messages; /* one or more */
    size_t count;
};

/* ---- SORT and THREAD (RFC 5256, 5267, 5957) -------------------------------- */

enum imw_sort_key {
    IMW_SORT_OTHER = 0,      /* see `name` */
    IMW_SORT_ARRIVAL, IMW_SORT_CC, IMW_SORT_DATE, IMW_SORT_FROM,
    IMW_SORT_SIZE, IMW_SORT_SUBJECT, IMW_SORT_TO,
    IMW_SORT_DISPLAYFROM, IMW_SORT_DISPLAYTO   /* RFC 5957 */
};

struct imw_sort_criterion {
    int reverse;
    enum imw_sort_key key;
    imw_bytes name;          /* the key as sent */
};

struct imw_cmd_sort {
    struct imw_search_return ret;
    const struct imw_sort_criterion *criteria;
    size_t criteria_count;
    struct imw_search_program program; /* charset always set */
};

enum imw_thread_algorithm {
    IMW_THREAD_OTHER = 0,    /* see `name` */
    IMW_THREAD_ORDEREDSUBJECT, IMW_THREAD_REFERENCES,
    IMW_THREAD_REFS          /* REFS (draft-ietf-morg-inthread, Dovecot) */
};

struct imw_cmd_thread {
    enum imw_thread_algorithm algorithm;
    imw_bytes name;          /* the algorithm as sent */
    struct imw_search_program program; /* charset always set */
};

#ifdef __cplusplus
}
#endif
#endif /* IMAPWIRE_COMMAND_MESSAGE_H */
