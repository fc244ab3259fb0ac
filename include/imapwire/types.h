/* imapwire — typed IMAP responses.
 *
 * Every value the parser returns lives in a per-message arena owned by the
 * parser and is read-only.  Strings are byte slices (imw_bytes): into the
 * message for atoms, literals and quoted strings without escapes; into the
 * arena for quoted strings with escapes (unescaped).  Anything the grammar
 * accepts but this version has no type for is kept raw, never dropped.
 *
 * Result structs are always allocated by the library, never by callers:
 * callers receive pointers to them and read the members they know.  That
 * lets a later version add members and union alternatives (new kinds) to
 * any of them without breaking the ABI.  Code that switches on a kind must
 * have a default branch: new kinds will appear. */
#ifndef IMAPWIRE_TYPES_H
#define IMAPWIRE_TYPES_H

#include "imapwire/common.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- flags ------------------------------------------------------------ */

enum imw_flag_kind {
    IMW_FLAG_ANSWERED,  /* \Answered */
    IMW_FLAG_FLAGGED,   /* \Flagged */
    IMW_FLAG_DELETED,   /* \Deleted */
    IMW_FLAG_SEEN,      /* \Seen */
    IMW_FLAG_DRAFT,     /* \Draft */
    IMW_FLAG_RECENT,    /* \Recent (FETCH only) */
    IMW_FLAG_WILDCARD,  /* \* in PERMANENTFLAGS: new keywords allowed */
    IMW_FLAG_EXTENSION, /* any other \flag */
    IMW_FLAG_KEYWORD    /* a keyword atom such as $Forwarded */
};

struct imw_flag {
    enum imw_flag_kind kind;
    imw_bytes name; /* as sent, backslash included */
};

struct imw_flag_list {
    const struct imw_flag *items;
    size_t count;
};

/* ---- capabilities ------------------------------------------------------ */

/* Capabilities the library knows by name; anything else is IMW_CAP_OTHER
 * with its name kept. */
enum imw_capability_kind {
    IMW_CAP_OTHER = 0,
    IMW_CAP_IMAP4REV1,
    IMW_CAP_IMAP4REV2,
    IMW_CAP_AUTH,          /* AUTH=mechanism: see `mechanism` */
    IMW_CAP_STARTTLS,
    IMW_CAP_LOGINDISABLED,
    IMW_CAP_SASL_IR,
    IMW_CAP_LITERAL_PLUS,  /* LITERAL+ */
    IMW_CAP_LITERAL_MINUS, /* LITERAL- */
    IMW_CAP_IDLE,
    IMW_CAP_NAMESPACE,
    IMW_CAP_ID,
    IMW_CAP_ENABLE,
    IMW_CAP_UIDPLUS,
    IMW_CAP_MOVE,
    IMW_CAP_UNSELECT,
    IMW_CAP_CHILDREN,
    IMW_CAP_CONDSTORE,
    IMW_CAP_QRESYNC,
    IMW_CAP_ESEARCH,
    IMW_CAP_SEARCHRES,
    IMW_CAP_SORT,
    IMW_CAP_THREAD,        /* THREAD=algorithm: see `mechanism` */
    IMW_CAP_LIST_EXTENDED,
    IMW_CAP_LIST_STATUS,
    IMW_CAP_SPECIAL_USE,
    IMW_CAP_BINARY,
    IMW_CAP_CATENATE,
    IMW_CAP_MULTIAPPEND,
    IMW_CAP_COMPRESS,      /* COMPRESS=algorithm: see `mechanism` */
    IMW_CAP_METADATA,
    IMW_CAP_QUOTA,
    IMW_CAP_ACL,
    IMW_CAP_UTF8_ACCEPT,
    IMW_CAP_UTF8_ONLY,
    IMW_CAP_APPENDLIMIT,
    IMW_CAP_OBJECTID,
    IMW_CAP_STATUS_SIZE,
    IMW_CAP_PREVIEW,
    IMW_CAP_WITHIN,
    IMW_CAP_NOTIFY
};

struct imw_capability {
    enum imw_capability_kind kind;
    imw_bytes name;      /* whole capability as sent, e.g. "AUTH=PLAIN" */
    imw_bytes mechanism; /* the part after '=' for AUTH=, THREAD=, COMPRESS=...,
                            or an empty slice */
};

struct imw_capability_list {
    const struct imw_capability *items;
    size_t count;
};

/* ---- sequence sets ------------------------------------------------------ */

/* "*" (the largest number in use) is IMW_SEQ_STAR: 0 is never a valid
 * message number or UID. */
#define IMW_SEQ_STAR 0u

struct imw_seq_range {
    uint32_t first; /* as sent: first may be greater than last */
    uint32_t last;  /* equal to first for a single number */
};

struct imw_seq_set {
    const struct imw_seq_range *ranges;
    size_t count;
};

/* ---- generic values ------------------------------------------------------ */

/* Anything the grammar accepts that this version has no type for (a
 * response code, FETCH item, STATUS item or response of an extension) is
 * kept as a generic node: its name, its arguments read as IMAP values, and
 * its raw bytes.  Nothing is dropped. */
enum imw_value_kind {
    IMW_VALUE_ATOM,   /* bytes: the atom (may hold [...] as in BODY[1]) */
    IMW_VALUE_NUMBER, /* number, and bytes: the digits */
    IMW_VALUE_STRING, /* bytes: quoted (unescaped) or literal data */
    IMW_VALUE_NIL,
    IMW_VALUE_LIST    /* items, count */
};

struct imw_value {
    enum imw_value_kind kind;
    imw_bytes raw;                 /* as sent */
    imw_bytes bytes;
    uint64_t number;
    const struct imw_value *items; /* IMW_VALUE_LIST */
    size_t count;
};

struct imw_generic {
    imw_bytes name;                /* e.g. the code's atom or item name */
    /* The arguments after the name, or NULL with count 0 when there are
     * none or they do not read as IMAP values (free text): raw keeps them. */
    const struct imw_value *args;
    size_t count;
    imw_bytes raw;                 /* everything after the name and a SP */
};

/* ---- response text and codes -------------------------------------------- */

enum imw_code_kind {
    IMW_CODE_OTHER = 0,      /* any code without a type yet: name + raw text */
    IMW_CODE_ALERT,
    IMW_CODE_BADCHARSET,     /* u.charsets (may be empty) */
    IMW_CODE_CAPABILITY,     /* u.capabilities */
    IMW_CODE_PARSE,
    IMW_CODE_PERMANENTFLAGS, /* u.flags */
    IMW_CODE_READ_ONLY,
    IMW_CODE_READ_WRITE,
    IMW_CODE_TRYCREATE,
    IMW_CODE_UIDNEXT,        /* u.number */
    IMW_CODE_UIDVALIDITY,    /* u.number */
    IMW_CODE_UNSEEN,         /* u.number */
    IMW_CODE_HIGHESTMODSEQ,  /* u.modseq */
    IMW_CODE_NOMODSEQ,
    IMW_CODE_MODIFIED,       /* u.set */
    IMW_CODE_CLOSED,
    /* RFC 5530, RFC 9051 and the extensions: no arguments */
    IMW_CODE_UNAVAILABLE,
    IMW_CODE_AUTHENTICATIONFAILED,
    IMW_CODE_AUTHORIZATIONFAILED,
    IMW_CODE_EXPIRED,
    IMW_CODE_PRIVACYREQUIRED,
    IMW_CODE_CONTACTADMIN,
    IMW_CODE_NOPERM,
    IMW_CODE_INUSE,
    IMW_CODE_EXPUNGEISSUED,
    IMW_CODE_CORRUPTION,
    IMW_CODE_SERVERBUG,
    IMW_CODE_CLIENTBUG,
    IMW_CODE_CANNOT,
    IMW_CODE_LIMIT,
    IMW_CODE_OVERQUOTA,
    IMW_CODE_ALREADYEXISTS,
    IMW_CODE_NONEXISTENT,
    IMW_CODE_HASCHILDREN,
    IMW_CODE_UNKNOWN_CTE,
    IMW_CODE_UIDNOTSTICKY,
    IMW_CODE_NOTSAVED,
    IMW_CODE_USEATTR,
    IMW_CODE_COMPRESSIONACTIVE,
    IMW_CODE_NOTIFICATIONOVERFLOW,
    IMW_CODE_TOOBIG,
    IMW_CODE_BADCOMPARATOR,
    /* with arguments */
    IMW_CODE_APPENDUID, /* u.appenduid (RFC 4315) */
    IMW_CODE_COPYUID, /* u.copyuid (RFC 4315) */
    IMW_CODE_MAILBOXID, /* u.text: the object id (RFC 8474) */
    IMW_CODE_METADATA  /* u.metadata (RFC 5464) */
};

struct imw_code_appenduid;
struct imw_code_copyuid;
struct imw_code_metadata;

struct imw_string_list {
    const imw_bytes *items;
    size_t count;
};

struct imw_resp_code {
    enum imw_code_kind kind;
    imw_bytes name;  /* the code's atom as sent, e.g. "UIDNEXT" */
    imw_bytes raw;   /* everything between '[' and ']' */
    union {
        struct imw_string_list charsets;
        struct imw_capability_list capabilities;
        struct imw_flag_list flags;
        uint32_t number;
        uint64_t modseq;
        struct imw_seq_set set;
        imw_bytes text; /* IMW_CODE_OTHER: text after the atom and a space,
                           empty slice when there is none; MAILBOXID: the
                           object id */
        /* codes of the extensions (imapwire/extensions.h) */
        const struct imw_code_appenduid *appenduid;
        const struct imw_code_copyuid *copyuid;
        const struct imw_code_metadata *metadata;
    } u;
    /* IMW_CODE_OTHER: the same text read as IMAP values when it reads as
     * such (see struct imw_generic); other kinds leave it empty. */
    struct imw_generic generic;
};

struct imw_resp_text {
    const struct imw_resp_code *code; /* NULL when there is no [code] */
    imw_bytes text;                   /* human-readable text, may be empty */
};

/* ---- responses ----------------------------------------------------------- */

enum imw_status {
    IMW_STATUS_OK,
    IMW_STATUS_NO,
    IMW_STATUS_BAD,
    IMW_STATUS_BYE,
    IMW_STATUS_PREAUTH
};

enum imw_response_kind {
    IMW_RESP_GREETING,   /* u.status: OK, PREAUTH or BYE, first response */
    IMW_RESP_STATUS,     /* u.status: tagged or untagged OK/NO/BAD/BYE */
    IMW_RESP_CONTINUE,   /* u.cont */
    IMW_RESP_CAPABILITY, /* u.capabilities */
    IMW_RESP_EXISTS,     /* u.number */
    IMW_RESP_RECENT,     /* u.number */
    IMW_RESP_EXPUNGE,    /* u.number (message sequence number) */
    IMW_RESP_FLAGS,      /* u.flags */
    IMW_RESP_OTHER,      /* valid by the grammar, no type yet: u.generic
                            (name, arguments, raw) */
    IMW_RESP_LIST,       /* u.list */
    IMW_RESP_LSUB,       /* u.list */
    IMW_RESP_MAILBOX_STATUS, /* u.mailbox_status: "* STATUS" */
    IMW_RESP_SEARCH,     /* u.search */
    IMW_RESP_ESEARCH,    /* u.esearch */
    IMW_RESP_FETCH,      /* u.fetch */
    IMW_RESP_VANISHED,   /* u.vanished */
    IMW_RESP_ENABLED,    /* u.capabilities: the extensions enabled */
    IMW_RESP_NAMESPACE,  /* u.namespace */
    IMW_RESP_ID,         /* u.id */
    IMW_RESP_SORT,       /* u.search (numbers, optional modseq) */
    IMW_RESP_THREAD,     /* u.thread */
    IMW_RESP_QUOTA,      /* u.quota */
    IMW_RESP_QUOTAROOT,  /* u.quotaroot */
    IMW_RESP_ACL,        /* u.acl */
    IMW_RESP_LISTRIGHTS, /* u.listrights */
    IMW_RESP_MYRIGHTS,   /* u.myrights */
    IMW_RESP_METADATA    /* u.metadata */
};

/* Response data of the families below; each is defined in its own header
 * (imapwire/mailbox.h, imapwire/fetch.h, imapwire/extensions.h). */
struct imw_list_data;
struct imw_mailbox_status;
struct imw_search;
struct imw_esearch;
struct imw_fetch;
struct imw_vanished;
struct imw_namespace;
struct imw_id;
struct imw_thread;
struct imw_quota;
struct imw_quotaroot;
struct imw_acl;
struct imw_listrights;
struct imw_myrights;
struct imw_metadata;

struct imw_status_response {
    enum imw_status status;
    struct imw_resp_text text;
};

struct imw_continue {
    /* The text after "+ " read as resp-text (code and text).  When that
     * text is also valid base64 (a SASL challenge, possibly empty),
     * is_base64 is set and the caller decides which reading applies. */
    struct imw_resp_text text;
    int is_base64;
    imw_bytes base64;
};

struct imw_response {
    enum imw_response_kind kind;
    imw_bytes tag;  /* tagged responses only; empty slice otherwise */
    imw_bytes name; /* the response keyword as sent ("OK", "EXISTS", ...) */
    imw_bytes raw;  /* the whole message, CRLF included */
    union {
        struct imw_status_response status;
        struct imw_continue cont;
        struct imw_capability_list capabilities;
        struct imw_flag_list flags;
        uint32_t number;
        struct imw_generic generic;
        const struct imw_list_data *list;
        const struct imw_mailbox_status *mailbox_status;
        const struct imw_search *search;
        const struct imw_esearch *esearch;
        const struct imw_fetch *fetch;
        const struct imw_vanished *vanished;
        const struct imw_namespace *namespace_;
        const struct imw_id *id;
        const struct imw_thread *thread;
        const struct imw_quota *quota;
        const struct imw_quotaroot *quotaroot;
        const struct imw_acl *acl;
        const struct imw_listrights *listrights;
        const struct imw_myrights *myrights;
        const struct imw_metadata *metadata;
    } u;
};

/* Names of enum values, for printing ("OK", "UIDNEXT", "EXISTS", ...). */
IMW_API const char *imw_status_name(enum imw_status status);
IMW_API const char *imw_response_kind_name(enum imw_response_kind kind);
IMW_API const char *imw_code_kind_name(enum imw_code_kind kind);
IMW_API const char *imw_flag_kind_name(enum imw_flag_kind kind);
IMW_API const char *imw_capability_kind_name(enum imw_capability_kind kind);

#ifdef __cplusplus
}
#endif
#endif /* IMAPWIRE_TYPES_H */
