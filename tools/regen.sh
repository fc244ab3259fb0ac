#!/bin/sh
# Regenerates every file of gen/ into OUTDIR (`make regen` passes gen/,
# `make check-gen` a temporary directory).  Needs ragel, re2c and a built
# abnf2rl.  Output is deterministic: no dates, no #line paths.
#
#   usage: regen.sh SRCDIR OUTDIR
#   environment: ABNF2RL RAGEL RE2C STATE_BUDGET
set -eu
srcdir=$1
out=$2
ABNF2RL=${ABNF2RL:-./abnf2rl}
RAGEL=${RAGEL:-ragel}
RE2C=${RE2C:-re2c}
# Most states any one machine may have: gcc compile time of the -G2 output
# grows fast with it (doc/ARCHITECTURE.md, "State budget").
STATE_BUDGET=${STATE_BUDGET:-1500}

mkdir -p "$out"
out=$(cd "$out" && pwd)
case $ABNF2RL in /*) ;; *) ABNF2RL=$(pwd)/$ABNF2RL ;; esac
cd "$srcdir"
re2c_gen() { "$RE2C" -W -i --no-generation-date --no-version -o "$2" "$1"; }

re2c_gen src/abnf2rl/lexer.re "$out/abnf2rl_lexer.c"
re2c_gen src/keywords.re "$out/keywords.c"

"$ABNF2RL" -m imw_response -r imw-response -b grammar/bindings \
    -H "$out/imw_rules.h" -o "$out/response_grammar.rl" \
    grammar/rfc3501.abnf -u grammar/rfc4466.abnf grammar/rfc7162.abnf \
    -u grammar/overrides.abnf
# msg-att (FETCH data) is a machine of its own: `extern msg-att` in
# grammar/bindings makes the response machine call it.
"$ABNF2RL" -m imw_msg_att -r msg-att -b grammar/bindings \
    -o "$out/msg_att_grammar.rl" \
    grammar/rfc3501.abnf -u grammar/rfc4466.abnf grammar/rfc7162.abnf \
    -u grammar/overrides.abnf

status=0
for machine in response msg_att; do
    # -L still leaves "/* #line N "path" */" comments naming absolute
    # paths; drop them so that the output does not depend on where it is made.
    "$RAGEL" -G2 -L -I "$out" -o "$out/${machine}_machine.c.tmp" "src/$machine.rl"
    sed -e '/^\/\* #line [0-9]* ".*" \*\/$/d' "$out/${machine}_machine.c.tmp" \
        > "$out/${machine}_machine.c"
    rm -f "$out/${machine}_machine.c.tmp"
    states=$("$RAGEL" -x -I "$out" "src/$machine.rl" | grep -c '<state id=')
    echo "regen: $machine machine: $states states (budget $STATE_BUDGET)"
    if [ "$states" -gt "$STATE_BUDGET" ]; then
        echo "regen: $machine machine exceeds the state budget" >&2
        status=1
    fi
done
exit $status
