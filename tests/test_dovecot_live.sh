#!/bin/bash
# Live test of imapwire-parse against a real Dovecot (`make check-live`;
# not part of `make check`, since CI does not install Dovecot yet).
#
# Starts a throw-away Dovecot (tests/dovecot/start-dovecot.sh via
# capture-lib.sh) on free loopback ports, plays both capture clients against
# it into a temporary directory, and feeds what the server sent to
# $IMAPWIRE_PARSE:
#   1. the whole session of imap-script-client.py (it holds only response
#      kinds the parser types): exit status 0;
#   2. from the session of imap-full-client.py, the greeting and the
#      responses to every CAPABILITY, LOGIN and SELECT command
#      (tests/dovecot/transcript-part.py): exit status 0, a greeting first,
#      CAPABILITY responses and SELECT's [READ-WRITE];
#   3. the whole full session: only reported (how many responses the
#      parser rejects today), not checked.
# Then stops Dovecot and removes every temporary file.
#
# Environment: IMAPWIRE_PARSE = the built imapwire-parse. Needs bash,
# python3, dovecot-imapd (DOVECOT= overrides /usr/sbin/dovecot), openssl.
# Missing tools are an error, never a silent skip.
set -euo pipefail
: "${IMAPWIRE_PARSE:?set IMAPWIRE_PARSE to the imapwire-parse binary}"
[ -x "${DOVECOT:-/usr/sbin/dovecot}" ] || {
  echo "test_dovecot_live: no ${DOVECOT:-/usr/sbin/dovecot} (apt-get install dovecot-imapd)" >&2
  exit 1
}
# shellcheck source-path=SCRIPTDIR source=dovecot/capture-lib.sh
. "$(dirname "$0")/dovecot/capture-lib.sh"   # sets DOVECOT_SCRIPTS
dovecot_session_begin test_dovecot_live      # SRV, TMP, IMAP_PORT; cleanup on exit

failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
pass() { echo "PASS: $*"; }

# parses NAME FILE: runs the inspector, leaves FILE.json and FILE.err.
parses() {
  local status=0
  "$IMAPWIRE_PARSE" "$2" >"$2.json" 2>"$2.err" || status=$?
  if [ "$status" -eq 0 ]; then
    pass "$1: imapwire-parse exits 0 ($(wc -l <"$2.json") messages)"
  else
    fail "$1: imapwire-parse exits $status"
    head -20 "$2.err" >&2
  fi
  return "$status"
}

# has NAME FILE.json REGEX: at least one JSON line matches (case-blind).
has() {
  if grep -qiE "$3" "$2"; then pass "$1"; else fail "$1: no line matches $3"; fi
}

# 1. the fixed session: every response is of a typed kind. As carol: the
#    full session below needs a fresh alice.
IMAP_USER=carol python3 "$DOVECOT_SCRIPTS/imap-script-client.py" 127.0.0.1 "$IMAP_PORT" \
  "$TMP/session.commands" "$TMP/session.responses"
parses "session (imap-script-client.py)" "$TMP/session.responses" || true

# 2. the greeting, CAPABILITY, LOGIN and SELECT part of the full session.
python3 "$DOVECOT_SCRIPTS/imap-full-client.py" 127.0.0.1 "$IMAP_PORT" \
  "$DOVECOT_SCRIPTS/messages" "$TMP"
part=$TMP/part.responses
python3 "$DOVECOT_SCRIPTS/transcript-part.py" "$TMP/dovecot-full.commands" \
  "$TMP/dovecot-full.responses" CAPABILITY LOGIN SELECT >"$part"
if parses "full session: greeting+CAPABILITY+LOGIN+SELECT" "$part"; then
  if head -1 "$part.json" | grep -qi '^{"kind":"greeting"'; then
    pass "part: starts with the greeting"
  else
    fail "part: first message is not the greeting"
  fi
  has "part: CAPABILITY responses" "$part.json" '^\{"kind":"capability"'
  has "part: SELECT's tagged OK [READ-WRITE]" "$part.json" '"code":\{"kind":"READ-WRITE"'
  has "part: SELECT's EXISTS" "$part.json" '^\{"kind":"exists"'
fi

# 3. report only: what the parser does not handle yet.
status=0
"$IMAPWIRE_PARSE" "$TMP/dovecot-full.responses" >/dev/null 2>"$TMP/full.err" ||
  status=$?
echo "info: whole full session: imapwire-parse exits $status," \
  "$(wc -l <"$TMP/full.err") error lines (details: tests/dovecot/parse-report.py)"

if [ "$failures" -ne 0 ]; then
  echo "test_dovecot_live: $failures check(s) failed" >&2
  exit 1
fi
echo "test_dovecot_live: all checks passed"
