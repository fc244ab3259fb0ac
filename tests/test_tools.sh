#!/bin/sh
# Tests of imapwire-parse (doc/imapwire-parse.1): JSON lines, error lines,
# exit statuses, byte-string escaping.
#
# Environment: IMAPWIRE_PARSE = path of the built tool; TEST_DATA = the
# tests/data directory (the captured Dovecot transcript).
#
# Only POSIX sh, printf (octal escapes: dash has no \x) and grep are used,
# so that it runs on a minimal Debian.  Kind names ("STATUS", "UIDNEXT"...)
# come from the library's imw_*_name() functions, so exact lines are
# compared without regard to case (grep -i); everything else byte for byte.
set -eu

: "${IMAPWIRE_PARSE:?set IMAPWIRE_PARSE to the imapwire-parse binary}"
LC_ALL=C
export LC_ALL

work=$(mktemp -d "${TMPDIR:-/tmp}/test_tools.XXXXXX")
trap 'rm -rf "$work"' EXIT
trap 'exit 1' INT TERM

failures=0
checks=0

fail() {
    failures=$((failures + 1))
    printf 'FAIL: %s\n' "$*" >&2 # not echo: dash's echo expands backslashes
}

pass() {
    checks=$((checks + 1))
}

# run NAME [ARGS...]: runs the tool with standard input from $work/NAME.in
# (or /dev/null), leaving $work/NAME.out, $work/NAME.err and $status.
run() {
    name=$1
    shift
    input=/dev/null
    if [ -f "$work/$name.in" ]; then
        input=$work/$name.in
    fi
    status=0
    "$IMAPWIRE_PARSE" "$@" <"$input" >"$work/$name.out" 2>"$work/$name.err" ||
        status=$?
}

show() {
    echo "--- stdout of $1:" >&2
    cat "$work/$1.out" >&2
    echo "--- stderr of $1:" >&2
    cat "$work/$1.err" >&2
}

expect_status() { # NAME EXPECTED
    if [ "$status" -eq "$2" ]; then
        pass
    else
        fail "$1: exit status $status, expected $2"
        show "$1"
    fi
}

# expect_line NAME STREAM LINE: STREAM (out/err) has exactly LINE.
expect_line() {
    if grep -qixF -e "$3" "$work/$1.$2"; then
        pass
    else
        fail "$1: no line in std$2 equal to: $3"
        show "$1"
    fi
}

# expect_fixed NAME STREAM TEXT: some line contains TEXT
expect_fixed() {
    if grep -qF -e "$3" "$work/$1.$2"; then
        pass
    else
        fail "$1: no line in std$2 contains: $3"
        show "$1"
    fi
}

# expect_match NAME STREAM REGEX (basic regular expression, case-sensitive)
expect_match() {
    if grep -q -e "$3" "$work/$1.$2"; then
        pass
    else
        fail "$1: nothing in std$2 matches: $3"
        show "$1"
    fi
}

expect_lines() { # NAME STREAM COUNT
    count=$(grep -c '' "$work/$1.$2" || true)
    if [ "$count" -eq "$3" ]; then
        pass
    else
        fail "$1: std$2 has $count lines, expected $3"
        show "$1"
    fi
}

# make_input NAME BYTES: writes the server greeting (12 bytes) followed by BYTES,
# a printf format whose octal escapes (\377) give the bytes, to NAME.in or,
# when NAME ends in .data, to NAME as a file argument.
make_input() {
    case $1 in
    *.data) file=$work/$1 ;;
    *) file=$work/$1.in ;;
    esac
    printf '* OK ready\r\n' >"$file"
    # shellcheck disable=SC2059 # the format's escapes are the point
    printf "$2" >>"$file"
}

greeting_json='{"kind":"GREETING","tag":null,"name":"OK","status":"OK","code":null,"text":"ready"}'

# ---- messages that parse: exit 0, one exact line each -----------------------

make_input ok 'a1 OK [UIDNEXT 5] done\r\n* 23 EXISTS\r\n'
run ok
expect_status ok 0
expect_lines ok out 3
expect_lines ok err 0
expect_line ok out "$greeting_json"
expect_line ok out '{"kind":"STATUS","tag":"a1","name":"OK","status":"OK","code":{"kind":"UIDNEXT","name":"UIDNEXT","number":5},"text":"done"}'
expect_line ok out '{"kind":"EXISTS","tag":null,"name":"EXISTS","number":23}'

# The same stream from a file argument and from "-" gives the same output.
cp "$work/ok.in" "$work/ok-file.data"
run ok-file "$work/ok-file.data"
expect_status ok-file 0
if cmp -s "$work/ok.out" "$work/ok-file.out"; then pass; else
    fail "ok-file: output differs from standard input's"; fi
cp "$work/ok.in" "$work/ok-dash.in"
run ok-dash -
expect_status ok-dash 0
if cmp -s "$work/ok.out" "$work/ok-dash.out"; then pass; else
    fail "ok-dash: output differs from standard input's"; fi

# Typed code arguments: sequence set with "*", 63-bit modseq.
make_input codes 'a2 OK [MODIFIED 7,9:*] done\r\n* OK [HIGHESTMODSEQ 715194045007] ok\r\n'
run codes
expect_status codes 0
expect_line codes out '{"kind":"STATUS","tag":"a2","name":"OK","status":"OK","code":{"kind":"MODIFIED","name":"MODIFIED","set":[[7,7],[9,"*"]]},"text":"done"}'
expect_line codes out '{"kind":"STATUS","tag":null,"name":"OK","status":"OK","code":{"kind":"HIGHESTMODSEQ","name":"HIGHESTMODSEQ","modseq":715194045007},"text":"ok"}'

# Capabilities and flags: names as sent, JSON-escaped backslash.
# shellcheck disable=SC2016 # $Forwarded is a keyword flag, not a variable
make_input lists '* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\n* FLAGS (\\Seen $Forwarded)\r\n'
run lists
expect_status lists 0
expect_match lists out '"capabilities":\[{"name":"IMAP4rev1","kind":"[A-Za-z0-9]*"},{"name":"AUTH=PLAIN","kind":"[A-Za-z]*","mechanism":"PLAIN"}\]}$'
# shellcheck disable=SC2016
expect_match lists out '"flags":\[{"name":"\\\\Seen","kind":"[A-Za-z]*"},{"name":"$Forwarded","kind":"[A-Za-z]*"}\]}$'

# Mailbox data: LIST with modified UTF-7 and NIL delimiter, STATUS,
# SEARCH with MODSEQ, VANISHED.
make_input mailbox '* LIST (\\Noselect) "/" caf&AOk-\r\n* LSUB () NIL &AGE-\r\n* STATUS INBOX (MESSAGES 2 HIGHESTMODSEQ 9)\r\n* SEARCH 2 5 (MODSEQ 7)\r\n* VANISHED (EARLIER) 41,43:116\r\n'
run mailbox
expect_status mailbox 0
expect_lines mailbox out 6
expect_fixed mailbox out "$(printf '"attributes":[{"name":"\\\\Noselect","kind":"NOSELECT"}],"delimiter":"/","mailbox":{"raw":"caf&AOk-","form":"atom","name":"caf&AOk-","inbox":false,"utf8":"caf\303\251","utf8_error":null},"extended":[]}')"
expect_line mailbox out '{"kind":"LSUB","tag":null,"name":"LSUB","attributes":[],"delimiter":null,"mailbox":{"raw":"&AGE-","form":"atom","name":"&AGE-","inbox":false,"utf8":null,"utf8_error":{"reason":"printable US-ASCII encoded in a modified UTF-7 shift","offset":3}},"extended":[]}'
expect_line mailbox out '{"kind":"MAILBOX_STATUS","tag":null,"name":"STATUS","mailbox":{"raw":"INBOX","form":"atom","name":"INBOX","inbox":true,"utf8":"INBOX","utf8_error":null},"items":[{"kind":"MESSAGES","name":"MESSAGES","value":2},{"kind":"HIGHESTMODSEQ","name":"HIGHESTMODSEQ","value":9}]}'
expect_line mailbox out '{"kind":"SEARCH","tag":null,"name":"SEARCH","numbers":[2,5],"modseq":7}'
expect_line mailbox out '{"kind":"VANISHED","tag":null,"name":"VANISHED","earlier":true,"uids":[[41,41],[43,116]]}'

# Each file is its own stream, each starting with a greeting.
make_input a.data '* 1 EXISTS\r\n'
make_input b.data '* 2 EXISTS\r\n'
run two "$work/a.data" "$work/b.data"
expect_status two 0
expect_lines two out 4
expect_match two out '"number":2}$'

# ---- invalid UTF-8 and control bytes in a literal ---------------------------

# Literal bytes: 0xFF (invalid), NUL, e-acute in UTF-8 (0xC3 0xA9), '"'.
make_input bytes '* 1 FETCH (BODY[] {5}\r\n\377\000\303\251")\r\n'
run bytes
expect_status bytes 0
expect_fixed bytes out "$(printf '"size":5,"streamed":false,"data":"\\udcff\\u0000\303\251\\""}]}')"

# ---- --stream-threshold: chunk lines instead of literal data ----------------

# 1500 octets above a threshold of 1000: one chunk (the input is one read).
make_input stream "* 1 FETCH (UID 3 BODY[1]<0> {1500}\r\n$(printf '%1500s' x))\r\na1 OK done\r\n"
run stream --stream-threshold 1000
expect_status stream 0
expect_lines stream out 4
expect_line stream out '{"literal_chunk":{"message_number":1,"item":"BODY[1]<0>","binary":false,"size":1500,"offset":0,"length":1500}}'
expect_fixed stream out '"name":"BODY[1]<0>","section":{"spec":"1","parts":[1],"text":"NONE"},"origin":0,"size":1500,"streamed":true,"data":""}'
run stream-bad --stream-threshold 0
expect_status stream-bad 2
expect_line stream-bad err 'imapwire-parse: --stream-threshold needs a positive number of octets'

# ---- a broken message: error line, next message still printed, exit 1 ------

# "* 12 EXISTX" is no response in any RFC; \377 also tests escaping of "near".
make_input bad '* 12 EXIST\377X\r\n* 3 RECENT\r\n'
run bad
expect_status bad 1
expect_lines bad err 1
expect_match bad err '^imapwire-parse: (standard input): offset [0-9][0-9]*: .*: near ".*\\udcff.*"$'
expect_line bad out '{"kind":"RECENT","tag":null,"name":"RECENT","number":3}'
expect_line bad out "$greeting_json"

# With a file name, the error line names the file.
cp "$work/bad.in" "$work/bad-file.data"
run bad-file "$work/bad-file.data"
expect_status bad-file 1
expect_match bad-file err "^imapwire-parse: $work/bad-file.data: offset [0-9][0-9]*: "

# ---- incomplete message at end of input: exit 1 ------------------------------

# The unfinished message starts right after the 12-byte greeting.
make_input cut '* 5 EXI'
run cut
expect_status cut 1
expect_line cut out "$greeting_json"
expect_match cut err '^imapwire-parse: (standard input): offset 12: .*incomplete'

# A literal shorter than announced.
make_input cutlit '* 1 FETCH (BODY[] {10}\r\nabc'
run cutlit
expect_status cutlit 1
expect_match cutlit err 'offset 12: .*incomplete'

# ---- --commands: what a client sent ------------------------------------------

printf 'a1 NOOP\r\na2 FROB x\r\na3 LOGIN\r\na4 IDLE\r\nDONE\r\n' >"$work/cmds.in"
run cmds --commands
expect_status cmds 1
expect_lines cmds out 4
expect_line cmds out '{"kind":"NOOP","tag":"a1","name":"NOOP","uid":false}'
expect_line cmds out '{"kind":"DONE","tag":null,"name":"DONE","uid":false}'
expect_match cmds err 'offset 28: login: unexpected CR'

# ---- --commands --rebuild: a capture written back through the builder -------

# rebuild_check FILE: the rebuilt bytes parse to the same JSON as FILE.
rebuild_check() {
    base=$(basename "$1")
    if "$IMAPWIRE_PARSE" --commands "$1" >"$work/$base.json" 2>/dev/null &&
        "$IMAPWIRE_PARSE" --commands --rebuild "$1" >"$work/$base.rebuilt" &&
        "$IMAPWIRE_PARSE" --commands "$work/$base.rebuilt" >"$work/$base.again" &&
        [ -s "$work/$base.json" ] &&
        cmp -s "$work/$base.json" "$work/$base.again"; then
        pass
    else
        fail "--rebuild: $base does not round-trip"
    fi
}

if [ -n "${TEST_DATA:-}" ]; then
    rebuild_check "$TEST_DATA/client-imaplib.commands"
else
    fail "TEST_DATA is not set: the --rebuild check cannot run"
fi

# A command the builder refuses is reported and the status is 1: the
# parser keeps a non-canonical modified UTF-7 name, the builder does not
# send it.
printf 'a1 CREATE &Jjo\r\na2 NOOP\r\n' >"$work/refused.in"
run refused --commands --rebuild
expect_status refused 1
expect_match refused err 'cannot rebuild the command tagged .*: mailbox name is not canonical'
expect_fixed refused out 'a2 NOOP'

# ---- usage and I/O errors: exit 2 -------------------------------------------

run unknown --no-such-option
expect_status unknown 2

run missing "$work/does-not-exist"
expect_status missing 2
expect_match missing err "does-not-exist"

# An unreadable file does not stop the others, and 2 wins over 1.
run mixed "$work/a.data" "$work/does-not-exist" "$work/bad-file.data"
expect_status mixed 2
expect_match mixed out '"number":1}$'
expect_line mixed out '{"kind":"RECENT","tag":null,"name":"RECENT","number":3}'

# ---- --help and --version: exit 0 ---------------------------------------------

run version --version
expect_status version 0
expect_match version out '^imapwire-parse [0-9]'

run help --help
expect_status help 0
expect_match help out 'Usage: imapwire-parse'

# ---- the real Dovecot transcript: every message typed, no error -------------

if [ -n "${TEST_DATA:-}" ]; then
    status=0
    "$IMAPWIRE_PARSE" "$TEST_DATA/dovecot-session.responses" \
        >"$work/dovecot.out" 2>"$work/dovecot.err" || status=$?
    expect_status dovecot 0
    lines=$(grep -c . "$TEST_DATA/dovecot-session.responses")
    if [ "$(grep -c '^{"kind":' "$work/dovecot.out")" -eq "$lines" ]; then
        pass
    else
        fail "dovecot: expected $lines JSON objects"
        show dovecot
    fi
    if grep -qi '^{"kind":"other"' "$work/dovecot.out" || [ -s "$work/dovecot.err" ]; then
        fail "dovecot: a message was not typed or failed"
        show dovecot
    else
        pass
    fi
else
    fail "TEST_DATA is not set: the transcript check cannot run"
fi

# ---- --rebuild: responses written back through the builder ------------------
# The rebuilt stream parses to the same JSON; Dovecot's SNIPPET (a named
# leniency) is rebuilt as the strict PREVIEW, so its two markers are folded.

if [ -n "${TEST_DATA:-}" ]; then
    full=$TEST_DATA/dovecot-full.responses
    run rebuild --rebuild "$full"
    "$IMAPWIRE_PARSE" "$full" 2>/dev/null |
        sed -e 's/"name":"SNIPPET"/"name":"PREVIEW"/g' \
            -e 's/"snippet":true/"snippet":false/g' >"$work/rebuild.want"
    "$IMAPWIRE_PARSE" "$work/rebuild.out" >"$work/rebuild.got" 2>&1 || true
    if [ "$status" -ne 0 ] || [ -s "$work/rebuild.err" ]; then
        fail "rebuild: exit status $status or errors"
        show rebuild
    elif ! cmp -s "$work/rebuild.want" "$work/rebuild.got"; then
        fail "rebuild: the rebuilt stream parses differently"
        diff "$work/rebuild.want" "$work/rebuild.got" | head -5 >&2
    elif ! grep -q '"name":"PREVIEW","preview":"Part 1' "$work/rebuild.got"; then
        fail "rebuild: the SNIPPET item is missing"
    else
        pass
    fi
fi

# A response the builder refuses is reported, and the exit status says so.
if [ -n "${TEST_DATA:-}" ]; then
    run rebuild-refused --rebuild "$TEST_DATA/server-quirks.responses"
    if [ "$status" -ne 1 ] ||
        ! grep -q 'cannot rebuild a fetch response: a multipart without parts' \
            "$work/rebuild-refused.err" ||
        [ "$(grep -c 'FETCH' "$work/rebuild-refused.out")" -ne 3 ]; then
        fail "rebuild-refused: status $status"
        show rebuild-refused
    else
        pass
    fi
fi

# A THREAD chain of a million messages (a 6.9 MB line, within the client's
# line limit) is a million levels deep in the typed tree: the JSON writes
# it as one array, without recursing per message (it overflowed the stack).
{
    printf '* OK ready\r\n* THREAD (1 '
    seq 2 1000000 | tr '\n' ' '
    printf '1000001)\r\n'
} >"$work/thread-chain.in"
run thread-chain
if [ "$status" -ne 0 ] || [ -s "$work/thread-chain.err" ] ||
    ! grep -q '^{"kind":"thread".*"numbers":\[1,2,3,.*,999999,1000000,1000001\],"children":\[\]}\]}$' \
        "$work/thread-chain.out"; then
    fail "thread-chain: status $status"
    head -c 300 "$work/thread-chain.err" >&2
else
    pass
fi

# ---- summary ---------------------------------------------------------------

if [ "$failures" -ne 0 ]; then
    echo "test_tools.sh: $failures of $((checks + failures)) checks failed" >&2
    exit 1
fi
echo "test_tools.sh: all $checks checks passed"
