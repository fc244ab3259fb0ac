/* imapwire — builders: typed commands and responses to bytes.
 *
 * The builders take the structs the parsers return (imapwire/command.h,
 * imapwire/types.h and the family headers): a parsed value can be built
 * as it is, and a hand-made one too (zero the struct, set what the
 * header of its type says a builder reads).  Whatever they write parses
 * back to the same value; what cannot be sent is refused with an error,
 * never written half-escaped.  There is no unchecked raw-string path.
 *
 *     uint8_t buf[512];
 *     struct imw_out out;
 *     imw_out_init(&out, buf, sizeof buf);
 *     if (imw_build_command(&out, &cmd, &opts) < 0) report(&out);
 *     else if (out.len > sizeof buf) retry with out.len octets;
 *     else send the segments (see below).
 *
 * Output is snprintf-style: out.len is the length of the whole result
 * even when it did not fit (the bytes that fit are written); or
 * imw_out_init_growing() for a buffer that grows as needed. */
#ifndef IMAPWIRE_BUILDER_H
#define IMAPWIRE_BUILDER_H

#include "imapwire/common.h"
#include "imapwire/types.h"
#include "imapwire/command.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- output ---------------------------------------------------------------- */

/* A command with synchronising literals is sent in segments: after a
 * segment with wait_continuation set, the client must wait for the
 * server's "+" before it sends the next one (RFC 3501 section 7.5).  A
 * result without synchronising literals is one segment. */
struct imw_segment {
    size_t offset;         /* in the output */
    size_t len;
    int wait_continuation; /* ends with a "{n}" CRLF literal header */
};

/* At most 63 synchronising literals in one result (the last segment
 * follows the last one); more: IMW_ERR_INVALID_ARGUMENT. */
#define IMW_OUT_MAX_SEGMENTS 64

struct imw_out {
    uint8_t *buf;
    size_t cap;
    size_t len;            /* octets of the whole result so far */
    struct imw_segment segments[IMW_OUT_MAX_SEGMENTS];
    size_t nsegments;      /* valid after a successful build */
    /* the first error: an imw_error, and why (static English text) */
    int error;
    const char *reason;
    /* growing mode (imw_out_init_growing) */
    imw_allocator alloc;
    int growing;
};

/* Writes into buf[0..cap) (buf may be NULL with cap 0: a size query). */
IMW_API void imw_out_init(struct imw_out *out, void *buf, size_t cap);
/* A buffer that grows (NULL: the C library allocator); free it with
 * imw_out_free().  Out of memory is IMW_ERR_NOMEM. */
IMW_API void imw_out_init_growing(struct imw_out *out,
                                  const imw_allocator *alloc);
IMW_API void imw_out_free(struct imw_out *out);
/* Starts a new result in the same buffer (keeps a grown buffer). */
IMW_API void imw_out_reset(struct imw_out *out);

/* ---- what the peer announced -------------------------------------------------- */

/* Decides how strings are written.  Zero: plain IMAP4rev1. */
struct imw_build_caps {
    int literal_plus;  /* LITERAL+: "{n+}" for every literal */
    int literal_minus; /* LITERAL-: "{n+}" up to 4096 octets */
    int binary;        /* BINARY: "~{n}" where the grammar allows literal8
                          (APPEND data, CATENATE): octets with NUL */
    int utf8_accept;   /* UTF8=ACCEPT enabled: UTF-8 in quoted strings,
                          mailbox names sent as UTF-8 */
    int to_client;     /* building responses: a server's literals are "{n}"
                          and nobody waits for "+" (set by
                          imw_build_response) */
};

struct imw_build_options {
    struct imw_build_caps caps;
    /* A command without a tag gets `tag_prefix` (default "A") followed by
     * *tag_counter (then incremented); NULL counter: an error. */
    const char *tag_prefix;
    uint32_t *tag_counter;
};

/* ---- values (the building blocks of every builder) ----------------------------
 *
 * Each appends to `out` and returns 0, or the first error of `out` (they
 * do nothing once out->error is set, so a sequence of calls can be
 * checked once at the end). */

/* An astring (RFC 3501): atom when every octet is an ATOM-CHAR (or "]")
 * and the string is not empty; quoted when 7-bit (or valid UTF-8 with
 * utf8_accept) without NUL, CR or LF ('"' and '\' escaped); else a
 * literal, synchronising unless LITERAL+ / LITERAL- allow "{n+}".  NUL
 * is refused (IMW_ERR_INVALID_ARGUMENT): only literal8 carries it. */
IMW_API int imw_out_astring(struct imw_out *out, imw_bytes s,
                            const struct imw_build_caps *caps);
/* A string: as astring but never an atom. */
IMW_API int imw_out_string(struct imw_out *out, imw_bytes s,
                           const struct imw_build_caps *caps);
/* An nstring: NIL for { NULL, 0 }, else a string. */
IMW_API int imw_out_nstring(struct imw_out *out, imw_bytes s,
                            const struct imw_build_caps *caps);
/* Message data (APPEND, CATENATE TEXT): a literal; literal8 "~{n}" when
 * `binary` (the data may hold NUL; needs caps->binary on the command
 * side). */
IMW_API int imw_out_literal(struct imw_out *out, imw_bytes data, int binary,
                            const struct imw_build_caps *caps);
/* An atom as given (a keyword, a flag, a capability): refused unless every
 * octet may stand in an atom (ATOM-CHAR, plus what `extra` lists: "\\"
 * for flags, "]" ...). */
IMW_API int imw_out_atom(struct imw_out *out, imw_bytes s, const char *extra);
IMW_API int imw_out_number(struct imw_out *out, uint64_t n);
/* A mailbox name: `name` as struct imw_mailbox holds it (the modified
 * UTF-7 form, unless utf8_accept): refused when it is not canonical
 * modified UTF-7 (without utf8_accept) or not valid UTF-8 (with it).
 * INBOX is written INBOX. */
IMW_API int imw_out_mailbox(struct imw_out *out, imw_bytes name,
                            const struct imw_build_caps *caps);
/* A mailbox name in the form it was sent (m->form: quoted stays quoted
 * when it can, a literal stays a literal), so that a parsed command is
 * written back as it came; checked as imw_out_mailbox(). */
struct imw_mailbox;
IMW_API int imw_out_mailbox_as(struct imw_out *out,
                               const struct imw_mailbox *m,
                               const struct imw_build_caps *caps);
/* A LIST pattern (list-mailbox): as a mailbox name, but the wildcards
 * "%" and "*" stay in an atom. */
IMW_API int imw_out_list_mailbox(struct imw_out *out, imw_bytes pattern,
                                 const struct imw_build_caps *caps);
/* base64 as RFC 3501 defines it (SASL responses): groups of four, "="
 * padding only at the end; may be empty.  Anything else is refused. */
IMW_API int imw_out_base64(struct imw_out *out, imw_bytes s);
/* A sequence set; an empty one is refused. */
IMW_API int imw_out_seq_set(struct imw_out *out, const struct imw_seq_set *s);
/* Human-readable text (resp-text, a code's free text): written as it is
 * (it may be empty); refused when it holds NUL, CR, LF or one of the
 * octets in `forbidden` (e.g. "]" inside a code). */
IMW_API int imw_out_free_text(struct imw_out *out, imw_bytes s,
                              const char *forbidden);
/* Literal text (keywords, spaces, parentheses) chosen by the builder
 * itself; never user data. */
IMW_API int imw_out_text(struct imw_out *out, const char *text);

/* ---- builders -------------------------------------------------------------------- */

/* A whole command, CRLF included.  Returns 0 or the error (out->reason
 * says why).  Reads kind, tag (or opts' counter), uid, name (only for its
 * spelling: used when it is the command's keyword in another case) and
 * the union member of the kind, fields as the family headers name them:
 * mailboxes by `name` (and `form`, kept when it can carry the name);
 * search keys by kind and the field of the kind; fetch attributes by
 * kind, peek, section, partial, lazy (`name` for spelling); FETCH/STORE
 * modifiers from the arrays, else from the typed fields; APPEND dates
 * from `date` (date_raw kept when it is the same value); OTHER kinds from
 * their generic `args` (never `raw`).  SASL lines read u.sasl.base64.
 * Refused besides what the value writers refuse: search programs nested
 * deeper than 63 keys, generic values deeper than 64 lists, more than 63
 * synchronising literals. */
IMW_API int imw_build_command(struct imw_out *out, const struct imw_command *c,
                              const struct imw_build_options *opts);

/* A whole response, CRLF included; the caps are the client's (to_client
 * is forced: a server's literals are "{n}" and never wait).  What each
 * kind reads of struct imw_response (hand-made values: zero, then set):
 *   every kind: kind; tag (STATUS: empty for "*"); name is optional (the
 *     keyword in the peer's case when it matches, else the canonical one)
 *   GREETING, STATUS: u.status (status, text.code, text.text)
 *   CONTINUE: u.cont.is_base64 ? u.cont.base64 : u.cont.text
 *   CAPABILITY, ENABLED: u.capabilities (each item's name)
 *   EXISTS, RECENT, EXPUNGE: u.number;  FLAGS: u.flags (kind, name)
 *   LIST, LSUB: attributes (name), has_delimiter, delimiter, mailbox.name,
 *     extended (kind; CHILDINFO childinfo, OLDNAME oldname.name, OTHER
 *     generic.name and generic.args)
 *   MAILBOX_STATUS: mailbox.name, items (kind, name, number, is_nil,
 *     bytes; OTHER: generic)
 *   SEARCH, SORT: numbers, has_modseq, modseq
 *   ESEARCH: has_tag/tag, uid, has_X/X for MIN MAX COUNT ALL MODSEQ, others
 *   VANISHED: earlier, uids;  THREAD: the node trees
 *   NAMESPACE, ID, QUOTA, QUOTAROOT, ACL, LISTRIGHTS, MYRIGHTS, METADATA:
 *     every member but raw forms (mailbox: name)
 *   FETCH: number and items (see imapwire/fetch.h: every member but raw,
 *     name and the sections' raw)
 *   OTHER: u.generic (name, then args; without args, raw as free text);
 *     this version's grammar types every response it accepts, so an
 *     OTHER response is written but does not parse back here
 * Generic values are written as they are: a value the grammar does not
 * allow in that place (NIL as ESEARCH return data, say) is the caller's
 * to avoid; numbers above 2^63-1 (2^32-1 in body extensions) and values
 * that would leave a response code's brackets are refused.
 * Response codes: kind and the u member of that kind; OTHER: name, then
 * u.text as free text (as parsed: its spacing kept), or generic.args when
 * the text is empty.
 * Refused (IMW_ERR_INVALID_ARGUMENT, out->reason says why): CR, LF or NUL
 * in human-readable text, a name that is not an atom, an empty sequence
 * set, NUL outside a literal8, trees deeper than 64 (body structures 65
 * levels, THREAD chains 1025 messages); doc/LIMITS.md lists them. */
IMW_API int imw_build_response(struct imw_out *out, const struct imw_response *r,
                               const struct imw_build_options *opts);

#ifdef __cplusplus
}
#endif
#endif /* IMAPWIRE_BUILDER_H */
