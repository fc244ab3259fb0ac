#!/bin/bash
# Capture the rich real-server IMAP transcripts (see tests/data/README.md):
#   tests/data/dovecot-full.commands / .responses          the main session
#   tests/data/dovecot-full.conn2.commands / .responses    the second client
#                                                          active during IDLE
#   tests/data/dovecot-bigfetch.responses                  a ~3 MB FETCH
#
#   usage: tests/dovecot/capture-full.sh [OUTDIR]   (default: tests/data)
#
# Starts a throw-away Dovecot (start-dovecot.sh) in a temporary directory on
# 127.0.0.1 with free high ports, plays imap-full-client.py (python3) with
# the messages in tests/dovecot/messages/, stops Dovecot and removes the
# temporary directories. The output files are replaced only if every
# command got its expected reply.
# Developer tool: needs dovecot-imapd, openssl and python3; CI does not run
# it. Takes ~6 s (three IDLEs; the last waits for a keepalive).
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=capture-lib.sh
. "$(dirname "$0")/capture-lib.sh"     # sets DOVECOT_SCRIPTS, IMAPWIRE_ROOT
OUT=${1:-$IMAPWIRE_ROOT/tests/data}
mkdir -p "$OUT"
dovecot_session_begin capture-full   # sets SRV, TMP, IMAP_PORT; cleans up on exit

if ! python3 "$DOVECOT_SCRIPTS/imap-full-client.py" 127.0.0.1 "$IMAP_PORT" \
      "$DOVECOT_SCRIPTS/messages" "$TMP"; then
  echo "capture-full: session failed; last lines of the Dovecot log:" >&2
  tail -20 "$SRV/log/dovecot.log" >&2 || true
  exit 1
fi

mv "$TMP"/dovecot-full.* "$TMP"/dovecot-bigfetch.* "$OUT/"
echo "captured from Dovecot $(${DOVECOT:-/usr/sbin/dovecot} --version | head -1) on port $IMAP_PORT:"
wc -c "$OUT"/dovecot-full.* "$OUT"/dovecot-bigfetch.*
