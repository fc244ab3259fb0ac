#!/bin/sh
# Regenerates every file of gen/ into OUTDIR (`make regen` passes gen/,
# `make check-gen` a temporary directory).  Needs ragel, re2c and a built
# abnf2rl.  Output is deterministic: no dates, no #line paths.  Which
# machines exist and which grammar files form them is grammar/MANIFEST's
# business; this script only reads it.
#
#   usage: regen.sh SRCDIR OUTDIR
#          regen.sh --inputs SRCDIR    print the files gen/ is made from
#   environment: ABNF2RL RAGEL RE2C STATE_BUDGET
set -eu

# ---- grammar/MANIFEST -------------------------------------------------------

# Prints the manifest's directives without comments and blank lines.
manifest() {
    sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "$1/grammar/MANIFEST"
}

# Checks every directive once, so that a typo stops the run with its line.
check_manifest() {
    manifest "$1" | while read -r kind a b c extra; do
        case $kind in
        machine) [ -n "$c" ] && [ -z "${extra:-}" ] ||
                     { echo "MANIFEST: machine NAME ROOT GLUE: $kind $a $b $c" >&2; exit 1; } ;;
        bindings|base|update|override|fill|doc)
                 [ -n "$a" ] ||
                     { echo "MANIFEST: $kind needs a file" >&2; exit 1; }
                 [ -f "$1/grammar/$a" ] ||
                     { echo "MANIFEST: no such file grammar/$a" >&2; exit 1; } ;;
        *)       echo "MANIFEST: unknown directive '$kind'" >&2; exit 1 ;;
        esac
    done
}

# abnf2rl arguments for the grammar files and the bindings, in order.
grammar_args() {
    manifest "$1" | while read -r kind file _; do
        case $kind in
        bindings) echo "-b grammar/$file" ;;
        base)     echo "grammar/$file" ;;
        update)   echo "-u grammar/$file" ;;
        override) echo "-O grammar/$file" ;;
        fill)     echo "-f grammar/$file" ;;
        esac
    done
}

if [ "${1:-}" = --inputs ]; then
    srcdir=$2
    check_manifest "$srcdir"
    echo grammar/MANIFEST
    manifest "$srcdir" | while read -r kind a b c; do
        case $kind in
        machine) echo "$c" ;;
        doc)     ;;
        *)       echo "grammar/$a" ;;
        esac
    done
    echo src/common_actions.rl src/keywords.re src/abnf2rl/lexer.re tools/skiptable.awk
    exit 0
fi

srcdir=$1
out=$2
ABNF2RL=${ABNF2RL:-./abnf2rl}
RAGEL=${RAGEL:-ragel}
RE2C=${RE2C:-re2c}
# Most states any one machine may have: gcc compile time of the -G2 output
# grows fast with it (doc/ARCHITECTURE.md, "Machine splits").
STATE_BUDGET=${STATE_BUDGET:-1500}

mkdir -p "$out"
out=$(cd "$out" && pwd)
case $ABNF2RL in /*) ;; *) ABNF2RL=$(pwd)/$ABNF2RL ;; esac
cd "$srcdir"
check_manifest .
re2c_gen() { "$RE2C" -W -i --no-generation-date --no-version -o "$2" "$1"; }

re2c_gen src/abnf2rl/lexer.re "$out/abnf2rl_lexer.c"
re2c_gen src/keywords.re "$out/keywords.c"

# One abnf2rl run per machine; the first also writes the rule ids.
# shellcheck disable=SC2046 # the grammar arguments are words by design
manifest . | grep '^machine' | {
    header="-H $out/imw_rules.h"
    while read -r _ name root glue; do
        "$ABNF2RL" -m "imw_$name" -r "$root" $header \
            -o "$out/${name}_grammar.rl" $(grammar_args .)
        header=
    done
}

status=0
for machine in $(manifest . | awk '$1 == "machine" { print $2 }'); do
    glue=$(manifest . | awk -v m="$machine" '$1 == "machine" && $2 == m { print $4 }')
    # -L still leaves "/* #line N "path" */" comments naming absolute
    # paths; drop them so that the output does not depend on where it is made.
    # The state graph first: the run skips' header that the C includes
    # (tools/skiptable.awk), and the state count.
    "$RAGEL" -x -I "$out" -o "$out/${machine}.xml.tmp" "$glue"
    awk -v machine="$machine" -f tools/skiptable.awk "$out/${machine}.xml.tmp" \
        > "$out/${machine}_skip.h"
    states=$(grep -c '<state id=' "$out/${machine}.xml.tmp")
    rm -f "$out/${machine}.xml.tmp"
    "$RAGEL" -G2 -L -I "$out" -o "$out/${machine}_machine.c.tmp" "$glue"
    sed -e '/^\/\* #line [0-9]* ".*" \*\/$/d' "$out/${machine}_machine.c.tmp" \
        > "$out/${machine}_machine.c"
    rm -f "$out/${machine}_machine.c.tmp"
    skips=$(sed -n 's|^/\* \(.*\) \*/$|\1|p' "$out/${machine}_skip.h" | tail -n 1)
    echo "regen: $machine machine: $states states (budget $STATE_BUDGET); $skips"
    if [ "$states" -gt "$STATE_BUDGET" ]; then
        echo "regen: $machine machine exceeds the state budget" >&2
        status=1
    fi
done
exit $status
