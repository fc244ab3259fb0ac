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

    # The machines are written with `write exec noend`: no state tests
    # for the end of the data, which every message of the framer ends
    # with an LF (doc/ARCHITECTURE.md, "Machines without end tests").
    # Every machine is intersected with imw_lf_guard, which stops it on
    # the LF that is the last octet (after the LF's own actions: a
    # machine meets its end nowhere else).  No run skip's class holds LF
    # (tools/skiptable.awk refuses one), so a skip stops before it; a
    # framed literal's octets are followed by the rest of its message.
    action imw_lf_stop { if (p + 1 == pe) fbreak; }
    imw_lf_guard = ((any - 0x0a) | 0x0a @imw_lf_stop)*;
}%%
