# Ragel actions that every machine binds (grammar/bindings `bind`),
# included by src/response.rl and src/msg_att.rl.
%%{
    machine imw_common_actions;

    # The framer has counted the literal's octets: jump over them.
    action literal_skip { fexec run->data + imw_run_literal_skip(run, IMW_AT()) + 1; }

    # Where the transition's target state loops on a run of octets doing
    # nothing else, jump to the run's end (gen/NAME_skip.h, written by
    # tools/skiptable.awk from this machine's state graph, says where and
    # over which octets; elsewhere IMW_SKIP_TO is p + 1: no jump).
    action run_skip { fexec IMW_SKIP_TO(ftargs); }
}%%
