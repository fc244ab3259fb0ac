/* Test fixture for the layers below the parser: one message through
 * framer, machine and linking, with a decoder over it, so that a test can
 * look at the event tree or call a decoder directly. */
#ifndef IMW_TEST_FIXTURE_H
#define IMW_TEST_FIXTURE_H

#include <check.h>
#include <string.h>
#include "framer.h"
#include "run.h"
#include "response.h"
#include "decode.h"

struct fixture {
    struct imw_limits limits;
    struct imw_framer framer;
    struct imw_run run;
    struct imw_arena arena;
    struct imw_decoder dec;
};

/* The run stays valid until the fixture is freed; it may read `msg` in
 * place. */
static inline void run_message_n(struct fixture *fx, const char *msg, size_t len)
{
    imw_limits_default(&fx->limits);
    ck_assert_int_eq(imw_framer_init(&fx->framer, NULL, &fx->limits), 0);
    imw_run_init(&fx->run, NULL);
    imw_arena_init(&fx->arena, NULL);
    ck_assert_int_eq(imw_framer_feed(&fx->framer, (const uint8_t *)msg, len), 0);
    struct imw_frame frame;
    struct imw_frame_error ferr;
    ck_assert_int_eq(imw_framer_next(&fx->framer, &frame, &ferr), 1);
    imw_run_start(&fx->run, &frame);
    ck_assert_int_eq(imw_response_machine_run(&fx->run), 0);
    imw_run_link(&fx->run);
    fx->dec = (struct imw_decoder){ .run = &fx->run, .arena = &fx->arena };
}

static inline void run_message(struct fixture *fx, const char *msg)
{
    run_message_n(fx, msg, strlen(msg));
}

static inline void free_fixture(struct fixture *fx)
{
    imw_arena_free(&fx->arena);
    imw_run_free(&fx->run);
    imw_framer_free(&fx->framer);
}

#endif
