/* imapwire — typed responses of the IMAP extensions: NAMESPACE (RFC 2342),
 * ID (RFC 2971), QUOTA and QUOTAROOT (RFC 2087, RFC 9208), ACL,
 * LISTRIGHTS and MYRIGHTS (RFC 4314), THREAD (RFC 5256), ESEARCH
 * (RFC 4731, RFC 9051), METADATA (RFC 5464), and the response codes with
 * arguments APPENDUID and COPYUID (RFC 4315) and METADATA (RFC 5464).
 *
 * Same rules as types.h: library-allocated, read-only, valid until the next
 * call of the parser; strings are slices, an nstring's NIL is { NULL, 0 }.
 * Mailbox names are struct imw_mailbox (mailbox.h). */
#ifndef IMAPWIRE_EXTENSIONS_H
#define IMAPWIRE_EXTENSIONS_H

#include "imapwire/types.h"
#include "imapwire/mailbox.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- NAMESPACE ---------------------------------------------------------- */

/* Namespace-Response-Extension: a name and its values ("TRANSLATION"
 * ("Shared")). */
struct imw_namespace_extension {
    imw_bytes name;
    struct imw_string_list values;
};

struct imw_namespace_descr {
    imw_bytes prefix;       /* "" for the root, "#shared/" ... */
    int has_delimiter;      /* 0 for NIL */
    uint8_t delimiter;
    const struct imw_namespace_extension *extensions;
    size_t nextensions;
};

struct imw_namespace_list {
    int is_nil;             /* NIL: no namespace of this class */
    const struct imw_namespace_descr *items;
    size_t count;
};

struct imw_namespace {
    struct imw_namespace_list personal;
    struct imw_namespace_list other_users;
    struct imw_namespace_list shared;
};

/* ---- ID ---------------------------------------------------------------- */

struct imw_id_param {
    imw_bytes name;         /* "name", "version", "vendor"... */
    imw_bytes value;        /* NIL: { NULL, 0 } */
};

struct imw_id {
    int is_nil;             /* "* ID NIL" */
    const struct imw_id_param *params;
    size_t count;
};

/* ---- QUOTA, QUOTAROOT ----------------------------------------------------- */

enum imw_quota_resource_kind {
    IMW_QUOTA_OTHER = 0,           /* see name */
    IMW_QUOTA_STORAGE,             /* in units of 1024 octets */
    IMW_QUOTA_MESSAGE,
    IMW_QUOTA_MAILBOX,
    IMW_QUOTA_ANNOTATION_STORAGE
};

struct imw_quota_resource {
    enum imw_quota_resource_kind kind;
    imw_bytes name;                /* as sent */
    uint64_t usage;                /* 63-bit (RFC 9208 number64) */
    uint64_t limit;
};

struct imw_quota {
    imw_bytes root;                /* quota root name ("" is common) */
    const struct imw_quota_resource *resources;
    size_t count;
};

struct imw_quotaroot {
    struct imw_mailbox mailbox;
    struct imw_string_list roots;  /* may be empty */
};

/* ---- ACL, LISTRIGHTS, MYRIGHTS ---------------------------------------------- */

struct imw_acl_entry {
    imw_bytes identifier;          /* "fred", "-fred", "anyone" */
    imw_bytes rights;              /* "rwipslda" */
};

struct imw_acl {
    struct imw_mailbox mailbox;
    const struct imw_acl_entry *entries;
    size_t count;
};

struct imw_listrights {
    struct imw_mailbox mailbox;
    imw_bytes identifier;
    imw_bytes required;            /* rights always granted */
    struct imw_string_list optional; /* groups of rights that may be granted */
};

struct imw_myrights {
    struct imw_mailbox mailbox;
    imw_bytes rights;
};

/* ---- THREAD ------------------------------------------------------------------ */

/* A thread tree.  A node with number 0 stands for a parent that is not in
 * the result: its children are siblings (RFC 5256 "((3)(5))").  A chain
 * "(1 2 3)" is nested: 2 is the only child of 1, 3 of 2. */
struct imw_thread_node {
    uint32_t number;               /* message number or UID; 0: no message */
    const struct imw_thread_node *children;
    size_t count;
};

struct imw_thread {
    const struct imw_thread_node *threads; /* the roots, one per thread */
    size_t count;
};

/* ---- ESEARCH ------------------------------------------------------------------- */

struct imw_esearch {
    imw_bytes tag;                 /* search-correlator; empty when absent */
    int has_tag;
    int uid;                       /* results are UIDs */
    uint32_t min, max, count;
    int has_min, has_max, has_count;
    struct imw_seq_set all;        /* ALL, kept as ranges */
    int has_all;
    uint64_t modseq;               /* RFC 7162 MODSEQ */
    int has_modseq;
    /* return data this version has no type for (PARTIAL, RELEVANCY...):
     * name and value as a generic node */
    const struct imw_generic *others;
    size_t nothers;
};

/* ---- METADATA ------------------------------------------------------------------ */

struct imw_metadata_entry {
    imw_bytes name;                /* "/private/comment" */
    imw_bytes value;               /* NIL: { NULL, 0 }; none in a list form */
};

struct imw_metadata {
    struct imw_mailbox mailbox;    /* "" for server annotations */
    /* 1: entries with values (GETMETADATA's answer); 0: entry names only
     * (an unsolicited change notice), values are { NULL, 0 } */
    int has_values;
    const struct imw_metadata_entry *entries;
    size_t count;
};

/* ---- response codes with arguments ---------------------------------------------- */

/* [APPENDUID uidvalidity uid-set]: the set has more than one UID after a
 * MULTIAPPEND. */
struct imw_code_appenduid {
    uint32_t uidvalidity;
    struct imw_seq_set uids;
};

/* [COPYUID uidvalidity source-set dest-set] */
struct imw_code_copyuid {
    uint32_t uidvalidity;
    struct imw_seq_set source;
    struct imw_seq_set dest;
};

enum imw_metadata_code_kind {
    IMW_METADATA_CODE_OTHER = 0,
    IMW_METADATA_CODE_LONGENTRIES, /* number: the longest entry not sent */
    IMW_METADATA_CODE_MAXSIZE,     /* number: the largest value allowed */
    IMW_METADATA_CODE_TOOMANY,
    IMW_METADATA_CODE_NOPRIVATE
};

struct imw_code_metadata {
    enum imw_metadata_code_kind kind;
    uint32_t number;
};

/* Names for printing: "STORAGE", ... */
IMW_API const char *imw_quota_resource_kind_name(enum imw_quota_resource_kind kind);
IMW_API const char *imw_metadata_code_kind_name(enum imw_metadata_code_kind kind);

#ifdef __cplusplus
}
#endif
#endif /* IMAPWIRE_EXTENSIONS_H */
