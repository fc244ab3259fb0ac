/* The public push parser: framer -> generated machine -> handlers. */
#define IMW_RULE_NAMES_DEFINE /* this file holds the rule name table */
#include <stdio.h>
#include <string.h>
#include "imapwire/parser.h"
#include "framer.h"
#include "run.h"
#include "arena.h"
#include "response.h"
#include "decode.h"
#include "mem.h"
#include "imw_rules.h"
#include "command.h"
#include "parser_impl.h"


imw_parser *imw_parser_new(enum imw_side side)
{
    return imw_parser_new_with_allocator(side, NULL);
}

imw_parser *imw_parser_new_with_allocator(enum imw_side side,
                                          const imw_allocator *alloc)
{
    imw_allocator a = { 0 };
    if (alloc)
        a = *alloc;
    imw_parser *p = imw_mem_alloc(&a, sizeof *p);
    if (!p)
        return NULL;
    memset(p, 0, sizeof *p);
    p->alloc = a;
    p->side = side;
    p->expect_greeting = 1;
    imw_limits_default(&p->limits);
    if (imw_framer_init(&p->framer, &p->alloc, &p->limits) < 0) {
        imw_mem_free(&a, p);
        return NULL;
    }
    imw_run_init(&p->run, &p->alloc);
    p->run.nesting_limit = (unsigned)p->limits.nesting;
    imw_arena_init(&p->arena, &p->alloc);
    p->dec = (struct imw_decoder){
        .run = &p->run, .arena = &p->arena, .greeting_due = 1,
    };
    if (side == IMW_SIDE_SERVER)
        imw_parser_server_init(p);
    return p;
}

void imw_parser_free(imw_parser *p)
{
    if (!p)
        return;
    imw_framer_free(&p->framer);
    imw_run_free(&p->run);
    imw_arena_free(&p->arena);
    imw_allocator a = p->alloc;
    imw_mem_free(&a, p);
}

int imw_limits_set(struct imw_limits *l, enum imw_limit limit, uint64_t value)
{
    if (value == 0)
        return IMW_ERR_INVALID_ARGUMENT;
    switch (limit) {
    case IMW_LIMIT_LINE_LENGTH:  l->line_length = value; return 0;
    case IMW_LIMIT_LITERAL_SIZE: l->literal_size = value; return 0;
    case IMW_LIMIT_LITERALS:     l->literals = value; return 0;
    case IMW_LIMIT_MESSAGE_SIZE:
        /* event offsets are 32-bit (src/run.h) */
        if (value > IMW_MAX_MESSAGE_SIZE)
            return IMW_ERR_INVALID_ARGUMENT;
        l->message_size = value;
        return 0;
    case IMW_LIMIT_NESTING:
        if (value > IMW_MAX_NESTING)
            return IMW_ERR_INVALID_ARGUMENT;
        l->nesting = value;
        return 0;
    default:
        return IMW_ERR_INVALID_ARGUMENT;
    }
}

void imw_parser_use_limits(imw_parser *p, const struct imw_limits *l)
{
    p->limits = *l;
    p->framer.limits = *l;
    p->run.nesting_limit = (unsigned)l->nesting;
}

int imw_parser_set_limit(imw_parser *p, enum imw_limit limit, uint64_t value)
{
    if (!p)
        return IMW_ERR_INVALID_ARGUMENT;
    if (limit == IMW_LIMIT_STREAM_THRESHOLD) {
        if (value == 0)
            return IMW_ERR_INVALID_ARGUMENT;
        p->framer.stream_threshold = value;
        return 0;
    }
    if (p->side == IMW_SIDE_SERVER)
        return imw_parser_set_limit_for(p, IMW_STATE_AUTHENTICATED, limit,
                                        value);
    struct imw_limits l = p->limits;
    int rc = imw_limits_set(&l, limit, value);
    if (rc == 0)
        imw_parser_use_limits(p, &l);
    return rc;
}

int imw_parser_set_option(imw_parser *p, enum imw_option option, int value)
{
    if (!p)
        return IMW_ERR_INVALID_ARGUMENT;
    switch (option) {
    case IMW_OPTION_STRICT:
        p->dec.strict = value != 0;
        return 0;
    case IMW_OPTION_EXPECT_GREETING:
        p->expect_greeting = value != 0;
        p->dec.greeting_due = p->expect_greeting && !p->seen_first;
        return 0;
    case IMW_OPTION_UTF8:
        p->dec.utf8 = value != 0;
        return 0;
    case IMW_OPTION_NONSYNC_LITERALS:
        if (value < IMW_NONSYNC_NONE || value > IMW_NONSYNC_PLUS)
            return IMW_ERR_INVALID_ARGUMENT;
        p->framer.nonsync = value;
        return 0;
    case IMW_OPTION_FOLLOW_CLIENT:   p->follow_client = value != 0; return 0;
    default:                         return IMW_ERR_INVALID_ARGUMENT;
    }
}

int imw_parser_set_literal_callback(imw_parser *p, imw_literal_cb cb,
                                    void *ctx)
{
    if (!p)
        return IMW_ERR_INVALID_ARGUMENT;
    /* The framer streams; it reads these at each literal header. */
    p->framer.literal_cb = cb;
    p->framer.literal_ctx = cb ? ctx : NULL;
    return 0;
}

int imw_parser_feed(imw_parser *p, const void *data, size_t len)
{
    if (!p || (!data && len))
        return IMW_ERR_INVALID_ARGUMENT;
    if (p->fatal)
        return p->fatal;
    return imw_framer_feed(&p->framer, data, len);
}

const struct imw_parse_error *imw_parser_error(const imw_parser *p)
{
    return &p->error;
}

/* ---- errors -------------------------------------------------------------- */

int imw_parser_set_error(imw_parser *p, int code, uint64_t msg_offset,
                     uint64_t offset, const char *rule, const char *reason,
                     const uint8_t *near, size_t near_len)
{
    if (imw_error_is_fatal(code))
        p->fatal = code;
    if (near_len > IMW_NEAR_MAX)
        near_len = IMW_NEAR_MAX;
    if (near_len)
        memcpy(p->near, near, near_len);
    snprintf(p->reason, sizeof p->reason, "%s", reason);
    p->error = (struct imw_parse_error){
        .code = code, .offset = offset, .message_offset = msg_offset,
        .rule = rule, .reason = p->reason,
        .near = { p->near, near_len },
    };
    return code;
}

/* The framer knows no grammar, but a failing literal header is the
 * `literal` rule's; line and message limits belong to no single rule. */
int imw_parser_framer_error(imw_parser *p, int code, const struct imw_frame_error *e)
{
    int in_literal = code == IMW_ERR_LITERAL_TOO_LARGE ||
                     code == IMW_ERR_BAD_LITERAL ||
                     code == IMW_ERR_TOO_MANY_LITERALS ||
                     code == IMW_ERR_NUMBER_RANGE ||
                     code == IMW_ERR_LITERAL_REFUSED ||
                     code == IMW_ERR_NONSYNC_LITERAL ||
                     code == IMW_ERR_CALLBACK;
    return imw_parser_set_error(p, code, e->message_offset, e->offset,
                     in_literal ? "literal" : "", e->reason, e->near,
                     e->near_len);
}

/* Says what the machine found where it stopped. */
static void describe_octet(char *out, size_t size, const struct imw_run *run,
                           size_t at)
{
    if (at >= run->len) {
        snprintf(out, size, "message ended early");
        return;
    }
    uint8_t c = run->data[at];
    if (at > 0 && run->data[at - 1] == '\r' && c != '\n')
        snprintf(out, size, "CR not followed by LF");
    else if (c == '\n')
        snprintf(out, size, "unexpected line end%s",
                 at > 0 && run->data[at - 1] == '\r' ? "" : " (bare LF)");
    else if (c == '\r')
        snprintf(out, size, "unexpected CR");
    else if (c >= 0x21 && c < 0x7f)
        snprintf(out, size, "unexpected '%c'", c);
    else if (c == ' ')
        snprintf(out, size, "unexpected space");
    else
        snprintf(out, size, "unexpected octet 0x%02x", c);
}

int imw_parser_machine_error(imw_parser *p, int code, const struct imw_frame *f,
                             const char *top)
{
    const struct imw_run *run = &p->run;
    size_t at = run->error_at;
    uint16_t rule = run->error_rule ? run->error_rule
                                    : imw_run_open_rule(run, at);
    char reason[160];
    if (code == IMW_ERR_NESTING_TOO_DEEP)
        snprintf(reason, sizeof reason, "nesting deeper than %u",
                 run->nesting_limit);
    else if (code == IMW_ERR_NOMEM)
        snprintf(reason, sizeof reason, "out of memory");
    else
        describe_octet(reason, sizeof reason, run, at);
    const char *name = rule ? imw_rule_names[rule] : top;
    size_t near = at < f->len ? f->len - at : 0;
    return imw_parser_set_error(p, code, f->offset, imw_frame_stream_offset(f, at), name,
                     reason, f->data + at, near);
}

int imw_parser_decode_error(imw_parser *p, const struct imw_decoder *d,
                        const struct imw_frame *f)
{
    size_t at = d->error_at < f->len ? d->error_at : f->len;
    return imw_parser_set_error(p, d->error, f->offset, imw_frame_stream_offset(f, at),
                     d->rule, d->reason, f->data + at, f->len - at);
}

/* ---- messages ------------------------------------------------------------ */

/* A message (good or bad) has been taken: no later one is the greeting. */
static void taken_first(imw_parser *p)
{
    p->seen_first = 1;
    p->dec.greeting_due = 0;
}

static int parse_frame(imw_parser *p, const struct imw_frame *f,
                       const struct imw_response **out)
{
    imw_run_start(&p->run, f);
    int rc = imw_response_machine_run(&p->run);
    if (rc < 0) {
        taken_first(p);
        return imw_parser_machine_error(p, rc, f, "response");
    }
    imw_run_link(&p->run);
    rc = imw_response_decode(&p->dec, &p->response);
    taken_first(p);
    if (rc < 0)
        return imw_parser_decode_error(p, &p->dec, f);
    *out = &p->response;
    return 1;
}

int imw_parser_next(imw_parser *p, const struct imw_response **out)
{
    struct imw_frame frame;
    struct imw_frame_error ferr;
    if (!p || !out)
        return IMW_ERR_MISUSE; /* fatal: the documented loop breaks */
    *out = NULL;
    if (p->fatal)
        return 0; /* the fatal error was returned once: the loop ends */
    if (p->side != IMW_SIDE_CLIENT)
        return imw_parser_set_error(p, IMW_ERR_MISUSE, 0, 0, "",
                         "imw_parser_next() on a server parser: "
                         "use imw_parser_next_command()", NULL, 0);
    imw_arena_reset(&p->arena);
    int rc = imw_framer_next(&p->framer, &frame, &ferr);
    if (rc < 0) {
        taken_first(p);
        return imw_parser_framer_error(p, rc, &ferr);
    }
    if (rc == 0)
        return 0;
    return parse_frame(p, &frame, out);
}

int imw_parser_finish(imw_parser *p)
{
    struct imw_frame_error ferr;
    if (!p)
        return IMW_ERR_INVALID_ARGUMENT;
    if (p->fatal)
        return p->fatal;
    imw_arena_reset(&p->arena);
    int rc = imw_framer_finish(&p->framer, &ferr);
    if (rc < 0)
        return imw_parser_framer_error(p, rc, &ferr);
    return 0;
}
