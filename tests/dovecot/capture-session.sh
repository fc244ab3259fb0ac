#!/bin/bash
# Re-capture the real-server IMAP transcript used by the test suite:
#   tests/data/dovecot-session.commands   exact bytes the client sent
#   tests/data/dovecot-session.responses  exact bytes Dovecot sent
#
#   usage: tests/dovecot/capture-session.sh [OUTDIR]   (default: tests/data)
#
# Starts a throw-away Dovecot (start-dovecot.sh) in a temporary directory on
# 127.0.0.1 with free high ports, plays the fixed session of
# imap-script-client.py (python3) against it, stops Dovecot and removes the
# temporary directory. The output files are replaced only if the capture
# succeeded and the server sent only the allowed response kinds.
# Developer tool: needs dovecot-imapd, openssl and python3; CI does not run it.
# Takes ~10 s (a failed LOGIN is delayed ~2 s, IDLE waits for a keepalive).
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=capture-lib.sh
. "$(dirname "$0")/capture-lib.sh"     # sets DOVECOT_SCRIPTS, IMAPWIRE_ROOT
OUT=${1:-$IMAPWIRE_ROOT/tests/data}
mkdir -p "$OUT"
dovecot_session_begin capture-session   # sets SRV, TMP, IMAP_PORT; cleans up on exit

python3 "$DOVECOT_SCRIPTS/imap-script-client.py" 127.0.0.1 "$IMAP_PORT" \
  "$TMP/dovecot-session.commands" "$TMP/dovecot-session.responses"

mv "$TMP/dovecot-session.commands" "$TMP/dovecot-session.responses" "$OUT/"
echo "captured from $(/usr/sbin/dovecot --version | head -1) on port $IMAP_PORT:"
wc -c "$OUT/dovecot-session.commands" "$OUT/dovecot-session.responses"
