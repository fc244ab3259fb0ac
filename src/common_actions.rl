# Ragel actions that every machine binds (grammar/bindings `bind`),
# included by src/response.rl and src/msg_att.rl.
%%{
    machine imw_common_actions;

    # The framer has counted the literal's octets: jump over them.
    action literal_skip { fexec run->data + imw_run_literal_skip(run, IMW_AT()) + 1; }
}%%
