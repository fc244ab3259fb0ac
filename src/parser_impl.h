/* Internal: the parser object, shared by the response side (src/parser.c)
 * and the command side (src/server.c). */
#ifndef IMW_PARSER_IMPL_H
#define IMW_PARSER_IMPL_H

#include "imapwire/parser.h"
#include "imapwire/command.h"
#include "framer.h"
#include "run.h"
#include "arena.h"
#include "decode.h"

struct imw_parser {
    imw_allocator alloc;
    enum imw_side side;
    struct imw_limits limits;
    int expect_greeting;
    int seen_first; /* a message (good or bad) has been taken */

    struct imw_framer framer;
    struct imw_run run;
    struct imw_arena arena;
    struct imw_response response;
    struct imw_command command;
    /* the response side's decoder: run, arena and the options set once
     * (imw_parser_new, imw_parser_set_option; strict and utf8 are read
     * from it by the command side too), greeting_due cleared with the
     * first message, so that a message sets no field of it */
    struct imw_decoder dec;

    /* server side (imapwire/command.h) */
    enum imw_state state;
    struct imw_limits state_limits[2]; /* NOT_AUTHENTICATED, AUTHENTICATED */
    int follow_client;

    struct imw_parse_error error;
    int fatal; /* a fatal imw_error once returned: every later call too */
    uint8_t near[IMW_NEAR_MAX];
    char reason[200];
    uint8_t tag[IMW_HEAD_MAX]; /* error.tag's bytes (server side) */
};

/* Error reporting (src/parser.c): each records imw_parser_error() and
 * returns the code. */
int imw_parser_set_error(imw_parser *p, int code, uint64_t msg_offset,
                         uint64_t offset, const char *rule,
                         const char *reason, const uint8_t *near,
                         size_t near_len);
int imw_parser_framer_error(imw_parser *p, int code,
                            const struct imw_frame_error *e);
int imw_parser_machine_error(imw_parser *p, int code,
                             const struct imw_frame *f, const char *top);
int imw_parser_decode_error(imw_parser *p, const struct imw_decoder *d,
                            const struct imw_frame *f);

/* Sets one limit in *l (not the stream threshold); 0 or
 * IMW_ERR_INVALID_ARGUMENT.  imw_parser_use_limits() makes *l the limits
 * of the framer and the run. */
int imw_limits_set(struct imw_limits *l, enum imw_limit limit, uint64_t value);
void imw_parser_use_limits(imw_parser *p, const struct imw_limits *l);

/* Server side setup (src/server.c), called by imw_parser_new(). */
void imw_parser_server_init(imw_parser *p);

#endif /* IMW_PARSER_IMPL_H */
