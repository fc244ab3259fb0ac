/* The Check suites of imapwire; tests/check_main.c runs them all. */
#ifndef IMW_TEST_SUITES_H
#define IMW_TEST_SUITES_H

#include <check.h>

Suite *imw_framer_suite(void);
Suite *imw_abnf2rl_suite(void);
Suite *imw_response_suite(void);
Suite *imw_transcript_suite(void);
Suite *imw_events_suite(void);
Suite *imw_values_suite(void);
Suite *imw_seqset_suite(void);
Suite *imw_mailbox_name_suite(void);
Suite *imw_corpus_suite(void);
Suite *imw_stream_suite(void);
Suite *imw_mailbox_suite(void);
Suite *imw_ext_suite(void);
Suite *imw_grammar_ext_suite(void);
Suite *imw_fetch_suite(void);
Suite *imw_body_suite(void);
Suite *imw_envelope_suite(void);
Suite *imw_server_suite(void);
Suite *imw_build_suite(void);
Suite *imw_build_cmd_suite(void);
Suite *imw_build_resp_suite(void);
Suite *imw_cmd_mailbox_suite(void);
Suite *imw_cmd_message_suite(void);
Suite *imw_fuzz_findings_suite(void);
Suite *imw_alloc_fail_suite(void);
Suite *imw_hostile_suite(void);
Suite *imw_limits_suite(void);
Suite *imw_memory_bound_suite(void);
Suite *imw_keywords_suite(void);
Suite *imw_runs_suite(void);
Suite *imw_status_decode_suite(void);

#endif
