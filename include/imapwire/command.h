/* imapwire — typed client commands: what a server or proxy reads.
 *
 *     imw_parser *p = imw_parser_new(IMW_SIDE_SERVER);
 *     imw_parser_set_continuation_callback(p, send_plus_or_refuse, conn);
 *     imw_parser_feed(p, bytes, n);           // any chunking
 *     const struct imw_command *c;
 *     int rc;
 *     while ((rc = imw_parser_next_command(p, &c)) != 0) {
 *         if (rc < 0) {
 *             if (imw_error_is_fatal(rc)) break;
 *             answer_bad(imw_parser_error(p)); // ->tag, ->offset, ->rule
 *             continue;
 *         }
 *         handle(c);   // may call imw_parser_set_state() (AUTHENTICATE,
 *     }                // IDLE, after LOGIN) before the next call
 *
 * Lifetimes, errors and chunking are those of the response side
 * (imapwire/parser.h): a command and every slice in it stay valid until the
 * next imw_parser_* call on the parser.  The structs are allocated by the
 * library (see the top of imapwire/types.h).  The family headers
 * imapwire/command_mailbox.h and imapwire/command_message.h define what
 * the union's pointers point to. */
#ifndef IMAPWIRE_COMMAND_H
#define IMAPWIRE_COMMAND_H

#include "imapwire/common.h"
#include "imapwire/types.h"
#include "imapwire/parser.h"

#ifdef __cplusplus
extern "C" {
#endif

enum imw_command_kind {
    IMW_CMD_OTHER = 0,   /* a command without a type: u.generic */
    /* any state */
    IMW_CMD_CAPABILITY, IMW_CMD_NOOP, IMW_CMD_LOGOUT, IMW_CMD_ID,
    IMW_CMD_ENABLE,
    /* not authenticated */
    IMW_CMD_STARTTLS, IMW_CMD_LOGIN, IMW_CMD_AUTHENTICATE,
    /* authenticated */
    IMW_CMD_SELECT, IMW_CMD_EXAMINE, IMW_CMD_CREATE, IMW_CMD_DELETE,
    IMW_CMD_RENAME, IMW_CMD_SUBSCRIBE, IMW_CMD_UNSUBSCRIBE, IMW_CMD_LIST,
    IMW_CMD_LSUB, IMW_CMD_NAMESPACE, IMW_CMD_STATUS, IMW_CMD_APPEND,
    IMW_CMD_IDLE, IMW_CMD_GETQUOTA, IMW_CMD_GETQUOTAROOT, IMW_CMD_SETQUOTA,
    IMW_CMD_GETACL, IMW_CMD_SETACL, IMW_CMD_DELETEACL, IMW_CMD_LISTRIGHTS,
    IMW_CMD_MYRIGHTS, IMW_CMD_GETMETADATA, IMW_CMD_SETMETADATA,
    IMW_CMD_COMPRESS, IMW_CMD_NOTIFY,
    /* selected (the UID forms have `uid` set) */
    IMW_CMD_CHECK, IMW_CMD_CLOSE, IMW_CMD_UNSELECT, IMW_CMD_EXPUNGE,
    IMW_CMD_SEARCH, IMW_CMD_FETCH, IMW_CMD_STORE, IMW_CMD_COPY,
    IMW_CMD_MOVE, IMW_CMD_SORT, IMW_CMD_THREAD,
    /* lines that are not commands: the parser frames them by connection
     * state (imw_parser_set_state()) */
    IMW_CMD_SASL_RESPONSE, /* u.sasl: a client line inside AUTHENTICATE */
    IMW_CMD_SASL_CANCEL,   /* "*" inside AUTHENTICATE */
    IMW_CMD_DONE,          /* "DONE", which ends IDLE */
    IMW_CMD_KIND_COUNT
};

/* Defined by imapwire/command_mailbox.h and imapwire/command_message.h. */
struct imw_cmd_login;
struct imw_cmd_authenticate;
struct imw_cmd_select;
struct imw_cmd_mailbox;
struct imw_cmd_create;
struct imw_cmd_rename;
struct imw_cmd_list;
struct imw_cmd_status;
struct imw_cmd_id;
struct imw_cmd_quota;
struct imw_cmd_acl;
struct imw_cmd_metadata;
struct imw_cmd_notify;
struct imw_cmd_search;
struct imw_cmd_fetch;
struct imw_cmd_store;
struct imw_cmd_copy;
struct imw_cmd_append;
struct imw_cmd_sort;
struct imw_cmd_thread;

/* A client line inside an AUTHENTICATE exchange (RFC 3501 section 6.2.2):
 * base64, possibly empty. */
struct imw_cmd_sasl {
    imw_bytes base64;  /* the line without CRLF, as sent */
};

struct imw_command {
    enum imw_command_kind kind;
    imw_bytes tag;     /* empty for SASL lines and DONE */
    imw_bytes name;    /* the command name as sent ("fetch"); for UID
                          forms the word after "UID" */
    int uid;           /* 1 for UID COPY/MOVE/FETCH/SEARCH/STORE/EXPUNGE
                          and UID SORT/THREAD */
    imw_bytes raw;     /* the whole message, CRLF included */
    union {
        /* CAPABILITY, NOOP, LOGOUT, STARTTLS, NAMESPACE, IDLE, CHECK,
         * CLOSE, UNSELECT, EXPUNGE (not UID EXPUNGE), DONE and
         * SASL_CANCEL have no arguments. */
        struct imw_generic generic;               /* IMW_CMD_OTHER */
        struct imw_cmd_sasl sasl;                 /* SASL_RESPONSE */
        struct imw_capability_list capabilities;  /* ENABLE */
        imw_bytes compress;                       /* COMPRESS algorithm */
        const struct imw_cmd_login *login;
        const struct imw_cmd_authenticate *authenticate;
        const struct imw_cmd_select *select;      /* SELECT, EXAMINE */
        /* DELETE, SUBSCRIBE, UNSUBSCRIBE, GETQUOTAROOT, MYRIGHTS, GETACL */
        const struct imw_cmd_mailbox *mailbox;
        const struct imw_cmd_create *create;
        const struct imw_cmd_rename *rename;
        const struct imw_cmd_list *list;          /* LIST, LSUB */
        const struct imw_cmd_status *status;
        const struct imw_cmd_id *id;
        const struct imw_cmd_quota *quota;        /* GETQUOTA, SETQUOTA */
        const struct imw_cmd_acl *acl;            /* SETACL, DELETEACL,
                                                     LISTRIGHTS */
        const struct imw_cmd_metadata *metadata;  /* GET/SETMETADATA */
        const struct imw_cmd_notify *notify;
        const struct imw_cmd_search *search;
        const struct imw_cmd_fetch *fetch;
        const struct imw_cmd_store *store;
        const struct imw_cmd_copy *copy;          /* COPY, MOVE */
        const struct imw_cmd_append *append;
        const struct imw_cmd_sort *sort;
        const struct imw_cmd_thread *thread;
        struct imw_seq_set uid_set;               /* UID EXPUNGE */
    } u;
};

IMW_API const char *imw_command_kind_name(enum imw_command_kind kind);

/* ---- connection state ------------------------------------------------------
 *
 * The server tells the parser where the connection is; it decides the
 * limits (imw_parser_set_limit_for()) and how the next line is framed.  A
 * new server parser is in IMW_STATE_NOT_AUTHENTICATED. */
enum imw_state {
    IMW_STATE_NOT_AUTHENTICATED,
    IMW_STATE_AUTHENTICATED,   /* also Selected: the same limits */
    /* Inside AUTHENTICATE: each line is a SASL response (base64) or "*"
     * (IMW_CMD_SASL_RESPONSE / IMW_CMD_SASL_CANCEL).  The server sets the
     * state after the AUTHENTICATE command and back when the exchange
     * ends; its lines have the not-authenticated limits. */
    IMW_STATE_AUTHENTICATE,
    IMW_STATE_IDLE,            /* after IDLE: the next line must be DONE */
    IMW_STATE_COUNT
};

/* Returns 0, or IMW_ERR_INVALID_ARGUMENT (a client parser, an unknown
 * state).  Takes effect from the next message (a message being read keeps
 * its framing). */
IMW_API int imw_parser_set_state(imw_parser *parser, enum imw_state state);
IMW_API enum imw_state imw_parser_state(const imw_parser *parser);

/* Limits per state (server side): IMW_STATE_NOT_AUTHENTICATED has the
 * tight defaults of a server before login (line 8 KiB, literal 8 KiB,
 * nesting 2, 16 literals, message 64 KiB); IMW_STATE_AUTHENTICATED the
 * others (line 64 KiB, literal 64 MiB -- set it to APPENDLIMIT --, nesting
 * 64, 1000 literals, message 80 MiB).  AUTHENTICATE and IDLE lines use
 * the not-authenticated limits, and setting a limit for either state sets
 * those.  imw_parser_set_limit() on a server parser sets the
 * authenticated ones; the stream threshold is one for all states.  Same
 * ranges as imw_parser_set_limit(); doc/LIMITS.md has the details. */
IMW_API int imw_parser_set_limit_for(imw_parser *parser, enum imw_state state,
                                     enum imw_limit limit, uint64_t value);

/* ---- synchronising literals ------------------------------------------------
 *
 * When a command's line ends with a synchronising literal header ("{n}"
 * CRLF), the client waits for the server's "+" before it sends the data.
 * The parser calls the continuation callback as soon as it has read the
 * header, before any of the literal's data is needed, with what the
 * server needs to decide. */
struct imw_literal_request {
    imw_bytes tag;        /* the command's tag ({NULL, 0} if not read) */
    imw_bytes command;    /* the command name as sent (after "UID ") */
    uint32_t index;       /* 0 for the command's first literal, 1 ... */
    uint64_t size;        /* declared size */
    int is_binary;        /* ~{n} */
    uint64_t offset;      /* stream offset of the literal's first data octet */
};

enum imw_continuation {
    IMW_CONTINUE = 0, /* the server sends "+" and the client the data */
    IMW_REFUSE = 1    /* the server answers `tag NO` or `tag BAD`: the client
                         sends no data, the command ends at this header and
                         imw_parser_next_command() returns
                         IMW_ERR_LITERAL_REFUSED for it */
};

/* Returns enum imw_continuation.  Runs inside imw_parser_next_command();
 * it must not call imw_parser_* functions on the same parser.  `req`
 * stays valid during the callback only. */
typedef int (*imw_continuation_cb)(const struct imw_literal_request *req,
                                   void *ctx);

/* Without a callback every literal that fits the limits is accepted (as an
 * inspector reading a capture needs).  A literal above
 * IMW_LIMIT_LITERAL_SIZE is refused without a call: the command fails with
 * IMW_ERR_LITERAL_TOO_LARGE at its header, the client sends no data, and
 * the next command parses.  Returns 0 or IMW_ERR_INVALID_ARGUMENT. */
IMW_API int imw_parser_set_continuation_callback(imw_parser *parser,
                                                 imw_continuation_cb cb,
                                                 void *ctx);

/* Non-synchronising literals ("{n+}"): IMW_OPTION_NONSYNC_LITERALS (see
 * parser.h) says what the server announced. */

/* Returns 1 with *out set to the next command; 0 when more input is
 * needed; or a negative imw_error: imw_parser_error() describes it (with
 * the tag when one was read), the command is skipped and the next call
 * continues with the next one.  As imw_parser_next(), a fatal error is
 * returned once and then 0.  On a client parser it returns the fatal
 * IMW_ERR_MISUSE once. */
IMW_API int imw_parser_next_command(imw_parser *parser,
                                    const struct imw_command **out);

#ifdef __cplusplus
}
#endif
#endif /* IMAPWIRE_COMMAND_H */
