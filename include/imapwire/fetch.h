/* imapwire — FETCH data: "* n FETCH (...)" (RFC 3501 §7.4.2, RFC 7162).
 * Part of the public API; included by imapwire/imapwire.h.
 *
 * A FETCH response is IMW_RESP_FETCH with u.fetch pointing to a struct
 * imw_fetch: the message number and its items in the order the server
 * sent them.  Each item has a kind and the value of that kind in `u`;
 * items this version has no type for are IMW_FETCH_OTHER with a generic
 * node (name, arguments as IMAP values, raw): nothing is dropped.
 *
 * Strings follow the library's rules (types.h): byte slices, never
 * NUL-terminated, literals may hold NUL; an nstring that was NIL is
 * { NULL, 0 }; an empty string is a non-NULL pointer with length 0.
 *
 * Arrays are pointer + count.  Their element types are part of the ABI:
 * values that may grow in later versions are reached through pointers
 * (envelope, body, section), so that struct imw_fetch_item keeps its
 * size. */
#ifndef IMAPWIRE_FETCH_H
#define IMAPWIRE_FETCH_H

#include "imapwire/types.h"
#include "imapwire/values.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- envelopes (RFC 3501 §7.4.2 ENVELOPE) ------------------------------- */

/* RFC 5322 group syntax is sent as special addresses (RFC 3501 §7.4.2):
 * host NIL and mailbox non-NIL starts a group (the mailbox holds the
 * group's display name), host NIL and mailbox NIL ends it.  The list keeps
 * every address as sent, in order; `kind` says which of the three each
 * is, and the members of a group are the IMW_ADDR_ADDRESS entries between
 * its GROUP_START and GROUP_END. */
enum imw_address_kind {
    IMW_ADDR_ADDRESS,     /* an ordinary address */
    IMW_ADDR_GROUP_START, /* (NIL NIL "name" NIL): mailbox = group name */
    IMW_ADDR_GROUP_END    /* (NIL NIL NIL NIL) */
};

struct imw_address {
    enum imw_address_kind kind;
    imw_bytes name;    /* display name (nstring) */
    imw_bytes adl;     /* source route (nstring, obsolete) */
    imw_bytes mailbox; /* local part, or the group name (nstring) */
    imw_bytes host;    /* domain (nstring) */
};

struct imw_address_list {
    const struct imw_address *items;
    size_t count;
    int is_nil;        /* sent as NIL (count is then 0) */
};

struct imw_envelope {
    imw_bytes date;        /* the Date: header as sent, not parsed (nstring) */
    imw_bytes subject;     /* nstring */
    struct imw_address_list from, sender, reply_to, to, cc, bcc;
    imw_bytes in_reply_to; /* nstring */
    imw_bytes message_id;  /* nstring */
    imw_bytes raw;         /* the whole "(...)" */
};

/* ---- body structures (BODY, BODYSTRUCTURE) --------------------------- */

enum imw_body_kind {
    IMW_BODY_BASIC,     /* body-type-basic: any single part not below */
    IMW_BODY_TEXT,      /* body-type-text: "TEXT" type with a line count */
    IMW_BODY_MESSAGE,   /* body-type-msg: "MESSAGE" "RFC822" with the
                           encapsulated envelope, body and line count */
    IMW_BODY_MULTIPART  /* body-type-mpart: parts and a subtype */
};

struct imw_body_param {
    imw_bytes name;
    imw_bytes value;
};

/* body-fld-param: name/value pairs as sent. */
struct imw_body_params {
    const struct imw_body_param *items;
    size_t count;
    int is_nil;         /* sent as NIL (count is then 0) */
};

/* body-fld-dsp: ("inline" (params)) or NIL. */
struct imw_body_disposition {
    int is_nil;
    imw_bytes type;     /* "inline", "attachment", ... as sent */
    struct imw_body_params params;
};

/* body-fld-lang: NIL, one string, or a list of strings; one string is a
 * list of one with is_list 0. */
struct imw_body_language {
    const imw_bytes *items;
    size_t count;
    int is_nil;
    int is_list;        /* sent as a parenthesised list */
};

/* Extension data: only BODYSTRUCTURE sends it, and each field may be
 * left off together with all those after it; `fields` says how many of
 * md5/params, disposition, language, location were sent (0-4).  Anything
 * after the location is kept as IMAP values (numbers, strings, NIL and
 * nested lists), in order. */
struct imw_body_ext {
    unsigned fields;
    imw_bytes md5;                      /* single parts: body-fld-md5 */
    struct imw_body_params params;      /* multiparts: body-ext-mpart params */
    struct imw_body_disposition disposition;
    struct imw_body_language language;
    imw_bytes location;                 /* nstring */
    const struct imw_value *extensions; /* further body-extension values */
    size_t extension_count;
};

struct imw_body {
    enum imw_body_kind kind;
    /* The media type and subtype as sent (string values, unquoted).  A
     * multipart sends no type: `type` is then empty (ptr NULL, len 0). */
    imw_bytes type;
    imw_bytes subtype;
    imw_bytes raw;                   /* the whole "(...)" */

    /* single parts (body-fields) */
    struct imw_body_params params;
    imw_bytes id;                    /* nstring */
    imw_bytes description;           /* nstring */
    imw_bytes encoding;              /* "7BIT", "BASE64", ... as sent */
    uint32_t octets;
    uint32_t lines;                  /* IMW_BODY_TEXT and IMW_BODY_MESSAGE */
    const struct imw_envelope *envelope; /* IMW_BODY_MESSAGE */
    const struct imw_body *body;     /* IMW_BODY_MESSAGE: the message's body */

    /* IMW_BODY_MULTIPART */
    const struct imw_body *parts;
    size_t part_count;

    struct imw_body_ext ext;
};

/* ---- sections (BODY[section]<origin>) ---------------------------------- */

enum imw_section_text {
    IMW_SECTION_NONE,              /* [] or [1.2]: the whole (part) */
    IMW_SECTION_HEADER,
    IMW_SECTION_HEADER_FIELDS,
    IMW_SECTION_HEADER_FIELDS_NOT,
    IMW_SECTION_TEXT,
    IMW_SECTION_MIME
};

struct imw_section {
    imw_bytes raw;                 /* section-spec: between the brackets */
    const uint32_t *parts;         /* part numbers: [1.2.3] -> 1, 2, 3 */
    size_t part_count;
    enum imw_section_text text;
    struct imw_string_list fields; /* HEADER.FIELDS[.NOT] field names */
};

/* Message data (an nstring that may be large).  `size` is the length of
 * the data; `streamed` is 0 in this version, where data always holds it
 * (literals that are streamed to a callback will set it and leave data
 * empty). */
struct imw_fetch_data {
    imw_bytes data;                /* NIL: ptr NULL */
    uint64_t size;
    int streamed;
};

/* BODY[section]<origin> and BINARY[section-binary]<origin> (RFC 3516,
 * RFC 9051).  A BINARY section holds part numbers only (text is
 * IMW_SECTION_NONE); its data may be a literal8 "~{n}" (decoded content
 * that holds NUL), which `literal8` says. */
struct imw_body_section {
    struct imw_section section;
    uint32_t origin;               /* <origin>, when has_origin */
    int has_origin;
    imw_bytes data;                /* nstring: literal, quoted or NIL */
    uint64_t size;
    int streamed;
    int literal8;                  /* BINARY only: sent as ~{n} */
};

/* BINARY.SIZE[section-binary] number (RFC 3516, RFC 9051): the decoded
 * size of the section. */
struct imw_binary_size {
    struct imw_section section;    /* part numbers only */
    uint32_t size;
};

/* PREVIEW (RFC 8970): nstring, NIL when the server has none (yet).
 * Dovecot 2.3 answers with the draft's SNIPPET (FUZZY "text"), the named
 * leniency "snippet" (refused in strict mode); `snippet` says so. */
struct imw_fetch_preview {
    imw_bytes text;                /* NIL: ptr NULL */
    int snippet;                   /* sent as SNIPPET (FUZZY ...) */
};

/* X-GM-LABELS (Gmail's X-GM-EXT-1): each label an astring, or a system
 * label written like a flag ("\Inbox", "\Sent", "\Important"). */
enum imw_gm_label_kind {
    IMW_GM_LABEL_USER,             /* astring: Important, "Muy Importante" */
    IMW_GM_LABEL_SYSTEM            /* \Inbox: value keeps the backslash */
};

struct imw_gm_label {
    enum imw_gm_label_kind kind;
    imw_bytes raw;                 /* as sent: "\"Muy Importante\"" */
    imw_bytes value;               /* the string's value: Muy Importante */
};

struct imw_gm_labels {
    const struct imw_gm_label *items;
    size_t count;
};

/* ---- items ---------------------------------------------------------------- */

/* New kinds are added at the end; switch statements need a default. */
enum imw_fetch_item_kind {
    IMW_FETCH_OTHER = 0,      /* no type in this version: u.generic */
    IMW_FETCH_FLAGS,          /* u.flags */
    IMW_FETCH_INTERNALDATE,   /* u.date */
    IMW_FETCH_RFC822_SIZE,    /* u.size */
    IMW_FETCH_ENVELOPE,       /* u.envelope */
    IMW_FETCH_BODY,           /* u.body: BODY without extension data */
    IMW_FETCH_BODYSTRUCTURE,  /* u.body */
    IMW_FETCH_BODY_SECTION,   /* u.section: BODY[section]<origin> */
    IMW_FETCH_RFC822,         /* u.data */
    IMW_FETCH_RFC822_HEADER,  /* u.data */
    IMW_FETCH_RFC822_TEXT,    /* u.data */
    IMW_FETCH_UID,            /* u.uid */
    IMW_FETCH_MODSEQ,         /* u.modseq (RFC 7162) */
    IMW_FETCH_BINARY,         /* u.section: BINARY[part]<origin> (RFC 3516) */
    IMW_FETCH_BINARY_SIZE,    /* u.binary_size: BINARY.SIZE[part] */
    IMW_FETCH_EMAILID,        /* u.objectid (RFC 8474) */
    IMW_FETCH_THREADID,       /* u.objectid, NIL: ptr NULL (RFC 8474) */
    IMW_FETCH_SAVEDATE,       /* u.date, NIL: raw.ptr NULL (RFC 8514) */
    IMW_FETCH_PREVIEW,        /* u.preview (RFC 8970; SNIPPET) */
    IMW_FETCH_GM_MSGID,       /* u.gm_id: X-GM-MSGID */
    IMW_FETCH_GM_THRID,       /* u.gm_id: X-GM-THRID */
    IMW_FETCH_GM_LABELS       /* u.gm_labels: X-GM-LABELS */
};

struct imw_fetch_date {
    imw_bytes raw;             /* the date-time as sent, without quotes */
    struct imw_datetime value; /* parsed by imw_datetime_parse() */
};

struct imw_fetch_item {
    enum imw_fetch_item_kind kind;
    imw_bytes name;  /* the item's name as sent: "UID", "BODY[1.MIME]<0>" */
    imw_bytes raw;   /* the whole item, name and value */
    union {
        struct imw_flag_list flags;
        struct imw_fetch_date date;
        /* RFC822.SIZE: RFC 3501 makes it a 32-bit number, RFC 9051 a
         * number64; 0 .. 2^63-1 are accepted. */
        uint64_t size;
        uint32_t uid;            /* 1 .. 2^32-1 */
        uint64_t modseq;         /* 1 .. 2^63-1 */
        const struct imw_envelope *envelope;
        const struct imw_body *body;
        const struct imw_body_section *section;
        struct imw_fetch_data data;
        const struct imw_binary_size *binary_size;
        imw_bytes objectid;      /* the objectid inside "(...)" */
        struct imw_fetch_preview preview;
        uint64_t gm_id;          /* 0 .. 2^64-1 */
        struct imw_gm_labels gm_labels;
        struct imw_generic generic;
    } u;
};

struct imw_fetch {
    uint32_t number;                   /* message sequence number */
    const struct imw_fetch_item *items; /* in the order sent */
    size_t count;
};

/* The first item of `kind`, or NULL.  Linear in the number of items. */
IMW_API const struct imw_fetch_item *
imw_fetch_find(const struct imw_fetch *fetch, enum imw_fetch_item_kind kind);

/* Names of enum values, for printing ("FLAGS", "BODY[]", "GROUP_START"...). */
IMW_API const char *imw_fetch_item_kind_name(enum imw_fetch_item_kind kind);
IMW_API const char *imw_body_kind_name(enum imw_body_kind kind);
IMW_API const char *imw_address_kind_name(enum imw_address_kind kind);
IMW_API const char *imw_section_text_name(enum imw_section_text text);
IMW_API const char *imw_gm_label_kind_name(enum imw_gm_label_kind kind);

#ifdef __cplusplus
}
#endif
#endif /* IMAPWIRE_FETCH_H */
