/* The command side of the parser (imapwire/command.h): connection state,
 * limits per state, continuation requests, and one client command out of
 * the framer -> command machine -> decoder pipeline. */
#include <string.h>
#include "parser_impl.h"
#include "command.h"
#include "imw_rules.h"
#include "value_error.h"

/* Before authentication a server owes an unknown peer very little. */
static void preauth_defaults(struct imw_limits *l)
{
    l->line_length = 8u << 10;
    l->literal_size = 8u << 10;
    l->literals = 16;
    l->message_size = 64u << 10;
    l->nesting = 2;
}

static void auth_defaults(struct imw_limits *l)
{
    l->line_length = 64u << 10;
    l->literal_size = 64u << 20;
    l->literals = 1000;
    l->message_size = 80u << 20;
    l->nesting = 64;
}

/* AUTHENTICATE and IDLE lines come before or between commands of the
 * state they interrupt; their lines are short either way. */
static const struct imw_limits *limits_of(const imw_parser *p,
                                          enum imw_state s)
{
    return &p->state_limits[s == IMW_STATE_AUTHENTICATED ? 1 : 0];
}

void imw_parser_server_init(imw_parser *p)
{
    preauth_defaults(&p->state_limits[0]);
    auth_defaults(&p->state_limits[1]);
    p->state = IMW_STATE_NOT_AUTHENTICATED;
    p->framer.server = 1;
    p->framer.nonsync = IMW_NONSYNC_PLUS;
    imw_parser_use_limits(p, limits_of(p, p->state));
}

static int is_server(const imw_parser *p)
{
    return p && p->side == IMW_SIDE_SERVER;
}

int imw_parser_set_state(imw_parser *p, enum imw_state state)
{
    if (!is_server(p) || (unsigned)state >= IMW_STATE_COUNT)
        return IMW_ERR_INVALID_ARGUMENT;
    p->state = state;
    imw_parser_use_limits(p, limits_of(p, state));
    return 0;
}

enum imw_state imw_parser_state(const imw_parser *p)
{
    return is_server(p) ? p->state : IMW_STATE_NOT_AUTHENTICATED;
}

int imw_parser_set_limit_for(imw_parser *p, enum imw_state state,
                             enum imw_limit limit, uint64_t value)
{
    if (!is_server(p) || (unsigned)state >= IMW_STATE_COUNT)
        return IMW_ERR_INVALID_ARGUMENT;
    if (limit == IMW_LIMIT_STREAM_THRESHOLD)
        return imw_parser_set_limit(p, limit, value);
    struct imw_limits *l = &p->state_limits[state == IMW_STATE_AUTHENTICATED];
    int rc = imw_limits_set(l, limit, value);
    if (rc == 0)
        imw_parser_use_limits(p, limits_of(p, p->state));
    return rc;
}

int imw_parser_set_continuation_callback(imw_parser *p, imw_continuation_cb cb,
                                         void *ctx)
{
    if (!is_server(p))
        return IMW_ERR_INVALID_ARGUMENT;
    p->framer.cont_cb = cb;
    p->framer.cont_ctx = cb ? ctx : NULL;
    return 0;
}

/* ---- lines that are not commands ------------------------------------------ */

static size_t line_len(const struct imw_frame *f)
{
    size_t n = f->len;
    if (n && f->data[n - 1] == '\n')
        n--;
    if (n && f->data[n - 1] == '\r')
        n--;
    return n;
}

/* A SASL client line (RFC 3501 section 6.2.2: base64 or "*"), or -1. */
static int sasl_kind(const struct imw_frame *f)
{
    size_t n = line_len(f);
    if (f->nliterals)
        return -1;
    if (n == 1 && f->data[0] == '*')
        return IMW_CMD_SASL_CANCEL;
    return imw_is_base64(f->data, n) ? IMW_CMD_SASL_RESPONSE : -1;
}

static int is_done(const struct imw_frame *f)
{
    return f->nliterals == 0 && line_len(f) == 4 &&
           imw_dec_word_is((imw_bytes){ f->data, 4 }, "DONE");
}

static int line_error(imw_parser *p, const struct imw_frame *f,
                      const char *rule, const char *reason)
{
    return imw_parser_set_error(p, IMW_ERR_SYNTAX, f->offset, f->offset, rule,
                                reason, f->data, f->len);
}

static int take_line(imw_parser *p, const struct imw_frame *f, int kind,
                     const struct imw_command **out)
{
    struct imw_command *c = &p->command;
    memset(c, 0, sizeof *c);
    c->kind = (enum imw_command_kind)kind;
    c->raw = (imw_bytes){ f->data, f->len };
    if (kind == IMW_CMD_SASL_RESPONSE)
        c->u.sasl.base64 = (imw_bytes){ f->data, line_len(f) };
    if (kind == IMW_CMD_DONE)
        c->name = (imw_bytes){ f->data, line_len(f) };
    *out = c;
    return 1;
}

/* ---- following the client (IMW_OPTION_FOLLOW_CLIENT) ----------------------- */

static void follow(imw_parser *p, const struct imw_command *c)
{
    switch (c->kind) {
    case IMW_CMD_AUTHENTICATE:
        imw_parser_set_state(p, IMW_STATE_AUTHENTICATE);
        break;
    case IMW_CMD_LOGIN:
        imw_parser_set_state(p, IMW_STATE_AUTHENTICATED);
        break;
    case IMW_CMD_IDLE:
        imw_parser_set_state(p, IMW_STATE_IDLE);
        break;
    case IMW_CMD_DONE:
        imw_parser_set_state(p, IMW_STATE_AUTHENTICATED);
        break;
    case IMW_CMD_SASL_CANCEL:
        imw_parser_set_state(p, IMW_STATE_NOT_AUTHENTICATED);
        break;
    default:
        break;
    }
}

/* ---- commands ---------------------------------------------------------------- */

/* The tag of the message that failed, copied so that it outlives it. */
static void keep_tag(imw_parser *p, const uint8_t *s, size_t len)
{
    struct imw_command_words w;
    p->error.tag = (imw_bytes){ NULL, 0 };
    if (!imw_command_words(s, len, &w) || w.tag_end > sizeof p->tag)
        return;
    memcpy(p->tag, s, w.tag_end);
    p->error.tag = (imw_bytes){ p->tag, w.tag_end };
}

/* Whether the command machine stopped inside the command's name: then
 * the name is none it knows, and the generic machine may read it. */
static int stopped_in_name(const struct imw_run *run)
{
    struct imw_command_words w;
    if (!imw_command_words(run->data, run->len, &w))
        return 0;
    if (run->error != IMW_ERR_SYNTAX || w.uid || run->error_at < w.name_start)
        return 0;
    if (run->error_at < w.name_end)
        return 1;
    /* at the end of a name: "FETC" is unknown, "LOGIN" lacks arguments */
    imw_bytes name = { run->data + w.name_start, w.name_end - w.name_start };
    return run->error_at == w.name_end &&
           imw_command_kind_of(name, 0) == IMW_CMD_OTHER;
}

static int run_machines(imw_parser *p, const struct imw_frame *f, int *generic)
{
    *generic = 0;
    imw_run_start(&p->run, f);
    int rc = imw_command_machine_run(&p->run);
    if (rc == 0 || !stopped_in_name(&p->run))
        return rc;
    struct imw_run failed = p->run;
    imw_run_start(&p->run, f);
    rc = imw_generic_command_machine_run(&p->run);
    if (rc == 0) {
        *generic = 1;
        return 0;
    }
    if (rc == IMW_ERR_NOMEM)
        return rc; /* not a syntax error: the generic reading needed memory */
    /* neither: report the machine that read further.  The command machine
     * stopped in the name; when the generic one got past it, the fault is
     * in an unknown command's arguments (a NUL, a bare CR...), not in the
     * name. */
    if (p->run.error_at > failed.error_at)
        return p->run.error;
    p->run.error = failed.error;
    p->run.error_at = failed.error_at;
    p->run.error_rule = failed.error_rule;
    return failed.error;
}

static int parse_command(imw_parser *p, const struct imw_frame *f,
                         const struct imw_command **out)
{
    int generic;
    int rc = run_machines(p, f, &generic);
    if (rc < 0)
        return imw_parser_machine_error(p, rc, f, "command");
    imw_run_link(&p->run);
    struct imw_decoder d = {
        .run = &p->run, .arena = &p->arena, .strict = p->dec.strict,
        .utf8 = p->dec.utf8,
    };
    if (imw_command_decode(&d, generic, &p->command) < 0)
        return imw_parser_decode_error(p, &d, f);
    *out = &p->command;
    return 1;
}

/* One framed message, by connection state. */
static int parse_message(imw_parser *p, const struct imw_frame *f,
                         const struct imw_command **out)
{
    int kind;
    switch (p->state) {
    case IMW_STATE_AUTHENTICATE:
        kind = sasl_kind(f);
        if (kind >= 0)
            return take_line(p, f, kind, out);
        if (!p->follow_client)
            return line_error(p, f, "base64",
                              "an AUTHENTICATE line must be base64 or \"*\"");
        /* a capture: the exchange is over, this is a command */
        imw_parser_set_state(p, IMW_STATE_AUTHENTICATED);
        break;
    case IMW_STATE_IDLE:
        if (is_done(f))
            return take_line(p, f, IMW_CMD_DONE, out);
        if (!p->follow_client)
            return line_error(p, f, "idle", "IDLE ends with \"DONE\"");
        imw_parser_set_state(p, IMW_STATE_AUTHENTICATED);
        break;
    default:
        break;
    }
    return parse_command(p, f, out);
}

int imw_parser_next_command(imw_parser *p, const struct imw_command **out)
{
    struct imw_frame frame;
    struct imw_frame_error ferr;
    if (!p || !out)
        return IMW_ERR_MISUSE; /* fatal: the documented loop breaks */
    *out = NULL;
    if (p->fatal)
        return 0; /* the fatal error was returned once: the loop ends */
    if (p->side != IMW_SIDE_SERVER)
        return imw_parser_set_error(p, IMW_ERR_MISUSE, 0, 0, "",
                                    "imw_parser_next_command() on a client "
                                    "parser: use imw_parser_next()",
                                    NULL, 0);
    imw_arena_reset(&p->arena);
    int rc = imw_framer_next(&p->framer, &frame, &ferr);
    if (rc < 0) {
        imw_parser_framer_error(p, rc, &ferr);
        keep_tag(p, ferr.head, ferr.head_len);
        return rc;
    }
    if (rc == 0)
        return 0;
    rc = parse_message(p, &frame, out);
    if (rc < 0 && p->state != IMW_STATE_AUTHENTICATE &&
        p->state != IMW_STATE_IDLE)
        keep_tag(p, frame.data, frame.len); /* lines have no tag */
    else if (rc > 0 && p->follow_client)
        follow(p, *out);
    return rc;
}
