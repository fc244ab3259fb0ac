/* Shared by the command builder's tests (test_build_cmd*.c). */
#ifndef IMW_TEST_BUILD_CMD_H
#define IMW_TEST_BUILD_CMD_H

#include <check.h>
#include "imapwire/imapwire.h"

/* A command's JSON without the members about spelling ("raw", "form"). */
char *imw_test_value_json(const char *json);
char *imw_test_command_json(const struct imw_command *c);
/* Builds with synchronising literals and BINARY; NULL with *why. */
char *imw_test_build(const struct imw_command *c, size_t *len,
                     const char **why);
/* Parses built bytes: one command of value `want`, a fixed point. */
void imw_test_reparse(const char *bytes, size_t len,
                      enum imw_command_kind kind, const char *want,
                      const char *context);

void imw_build_cmd_random_tests(TCase *tc);
void imw_build_cmd_hostile_tests(TCase *tc);

#endif
