#!/bin/sh
# Run skips (doc/ARCHITECTURE.md, "Run skips"): tools/skiptable.awk on the
# toy machine tests/data/skip/t.rl, which has each of its cases.
#
# 1. The header it writes for t.xml (that machine's `ragel -x` graph) is
#    t_skip.h, checked by hand: state 4 (A's text loop) skips all but NUL,
#    LF and CR, through imw_t_skip_0 (its three stops for the SSE2
#    scan, the first repeated to make six); state 8 (B's loop) skips a-y but not the 'z' that runs
#    another action (a range: imw_t_skip_1, the SSE2 range scan); state 11 (C's digit loop, entered by a transition
#    that runs an action after run_skip) and states 14-17 (D's R, RE,
#    REA, READ, which loop on nothing) do not skip; state 21 (E's digit
#    loop) skips the digits through imw_skip_digits (eight octets in
#    line, then imw_t_skip_2, the SSE2 range scan); state 25 (F's quoted
#    text) skips all but NUL, LF, CR, '"' and '\\' through
#    imw_skip_first16 (sixteen octets in line, then imw_t_skip_3).
# 2. With Ragel and a C compiler: the toy built with run skips and built
#    without them agree on every one of a few thousand random inputs
#    (final state, where it stopped, what the actions saw).
#
# Environment: TEST_DATA = tests/data; TOP_SRCDIR (src/skip_run.h and
# tools/skiptable.awk); RAGEL and CC for part 2.
set -eu
: "${TEST_DATA:?}" "${TOP_SRCDIR:?}"
LC_ALL=C
export LC_ALL

work=$(mktemp -d "${TMPDIR:-/tmp}/test_skip.XXXXXX")
trap 'rm -rf "$work"' EXIT
trap 'exit 1' INT TERM
toy=$TEST_DATA/skip
awk_gen() { awk -v machine=t -f "$TOP_SRCDIR/tools/skiptable.awk" "$1"; }

awk_gen "$toy/t.xml" > "$work/t_skip.h"
diff -u "$toy/t_skip.h" "$work/t_skip.h"
echo "test_skip: skiptable.awk writes t_skip.h"

if ! command -v "${RAGEL:-ragel}" >/dev/null 2>&1 ||
   ! command -v "${CC:-cc}" >/dev/null 2>&1; then
    echo "test_skip: toy machine comparison NOT run: no Ragel or no C" \
         "compiler (RAGEL=${RAGEL:-ragel} CC=${CC:-cc})" >&2
    exit 0
fi
cp "$toy/t.rl" "$work/"
(
    cd "$work"
    "${RAGEL:-ragel}" -x t.rl -o t.xml
    awk_gen t.xml > t_skip.h
    "${RAGEL:-ragel}" -G2 t.rl -o t.c
    # under AddressSanitizer where the compiler has it: each line is
    # its own allocation, and the SSE2 scans must read none past its end
    if ${CC:-cc} -fsanitize=address -I"$TOP_SRCDIR/src" -I. -o skips t.c \
        2>/dev/null && ./skips < /dev/null; then
        echo "test_skip: the toy with run skips is built with -fsanitize=address"
    else
        echo "test_skip: no -fsanitize=address with ${CC:-cc}: built without"
        ${CC:-cc} -I"$TOP_SRCDIR/src" -I. -o skips t.c
    fi
    ${CC:-cc} -DIMW_NO_SKIPS -o no_skips t.c
)
# Inputs: each case's prefix, then up to 70 octets from an alphabet with
# every octet the loops stop at (NUL, CR, 'z', digits in a letter loop,
# ';' after E's digits, which are most of its octets);
# every other line stops rarely (one octet in 40), so that the SSE2 scan
# of A's and D's text (imw_skip_until) runs whole rounds of sixteen and
# stops at each place in one.
awk 'BEGIN {
    srand(9);
    split("A |D |B |C |D READ|D RE|A READ|E |F \"", pre, "|");
    alpha = "abyzRE AD0193x\r;";
    for (i = 0; i < 4000; i++) {
        e = 1 + int(rand() * 9);
        line = pre[e];
        n = int(rand() * 71);
        if (e == 9) { # F: a quoted text of 0 to 70, its end rarely early
            for (j = 0; j < n; j++) {
                c = substr("ab yz09", 1 + int(rand() * 7), 1);
                if (rand() < 0.02)
                    c = substr("\"\\\r", 1 + int(rand() * 3), 1);
                printf "%s%s", line, c;
                line = "";
            }
            printf "%s\"\n", line;
            continue;
        }
        for (j = 0; j < n; j++) {
            k = int(rand() * (length(alpha) + 1));
            if (i % 2 && rand() < 0.975)
                k = int(rand() * 8);
            if (e == 8 && rand() < 0.95) { # E: runs of digits, 1 to 70
                printf "%s%c", line, 48 + int(rand() * 10);
                line = "";
                continue;
            }
            if (k == length(alpha))
                printf "%s%c", line, 0;
            else
                printf "%s", line substr(alpha, k + 1, 1);
            line = "";
        }
        printf "%s\n", line;
    }
}' > "$work/inputs"
"$work/skips" < "$work/inputs" > "$work/with"
"$work/no_skips" < "$work/inputs" > "$work/without"
lines=$(wc -l < "$work/with")
[ "$lines" -eq 4000 ] || { echo "test_skip: $lines results, not 4000" >&2; exit 1; }
cmp "$work/with" "$work/without"
accepted=$(grep -c '^accept' "$work/with" || true)
[ "$accepted" -gt 100 ] || { echo "test_skip: only $accepted inputs accepted" >&2; exit 1; }
echo "test_skip: with and without run skips: the same on 4000 inputs ($accepted accepted)"
