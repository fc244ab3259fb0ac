/* One runner for every Check suite.  CK_RUN_SUITE / CK_RUN_CASE select a
 * part, as usual with Check. */
#include <stdlib.h>
#include "suites.h"

int main(void)
{
    SRunner *runner = srunner_create(imw_framer_suite());
    srunner_add_suite(runner, imw_abnf2rl_suite());
    srunner_add_suite(runner, imw_response_suite());
    srunner_add_suite(runner, imw_transcript_suite());
    srunner_add_suite(runner, imw_events_suite());
    srunner_add_suite(runner, imw_values_suite());
    srunner_add_suite(runner, imw_seqset_suite());
    srunner_add_suite(runner, imw_mailbox_name_suite());
    srunner_add_suite(runner, imw_corpus_suite());
    srunner_add_suite(runner, imw_stream_suite());
    srunner_add_suite(runner, imw_mailbox_suite());
    srunner_add_suite(runner, imw_ext_suite());
    srunner_add_suite(runner, imw_grammar_ext_suite());
    srunner_add_suite(runner, imw_fetch_suite());
    srunner_add_suite(runner, imw_body_suite());
    srunner_add_suite(runner, imw_envelope_suite());
    srunner_add_suite(runner, imw_server_suite());
    srunner_add_suite(runner, imw_build_suite());
    srunner_add_suite(runner, imw_build_cmd_suite());
    srunner_add_suite(runner, imw_build_resp_suite());
    srunner_add_suite(runner, imw_cmd_mailbox_suite());
    srunner_add_suite(runner, imw_cmd_message_suite());
    srunner_add_suite(runner, imw_fuzz_findings_suite());
    srunner_add_suite(runner, imw_alloc_fail_suite());
    srunner_add_suite(runner, imw_hostile_suite());
    srunner_add_suite(runner, imw_limits_suite());
    srunner_add_suite(runner, imw_memory_bound_suite());
    srunner_add_suite(runner, imw_keywords_suite());
    srunner_add_suite(runner, imw_runs_suite());
    srunner_add_suite(runner, imw_status_decode_suite());
    srunner_run_all(runner, CK_NORMAL);
    int failed = srunner_ntests_failed(runner);
    srunner_free(runner);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
