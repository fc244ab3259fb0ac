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
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
OUT=${1:-$ROOT/tests/data}
command -v python3 >/dev/null || { echo "capture-session: needs python3" >&2; exit 1; }
mkdir -p "$OUT"

SRV=$(mktemp -d "${TMPDIR:-/tmp}/imapwire-dovecot.XXXXXX")
TMP=$(mktemp -d "${TMPDIR:-/tmp}/imapwire-capture.XXXXXX")
cleanup() {
  "$HERE/stop-dovecot.sh" "$SRV" >/dev/null 2>&1 || true
  rm -rf "$SRV" "$TMP"
}
trap cleanup EXIT

# Two free high ports on 127.0.0.1 (IMAP, IMAPS); retried if taken meanwhile.
free_ports() {
  python3 -c '
import socket
ss = [socket.socket() for _ in range(2)]
for s in ss:
    s.bind(("127.0.0.1", 0))
print(*[s.getsockname()[1] for s in ss])'
}
started=
for _ in 1 2 3; do
  read -r IMAP_PORT IMAPS_PORT < <(free_ports)
  if "$HERE/start-dovecot.sh" "$SRV" "$IMAP_PORT" "$IMAPS_PORT" >/dev/null; then
    started=1; break
  fi
  "$HERE/stop-dovecot.sh" "$SRV" >/dev/null 2>&1 || true
done
[ -n "$started" ] || { echo "capture-session: could not start dovecot" >&2; exit 1; }

python3 "$HERE/imap-script-client.py" 127.0.0.1 "$IMAP_PORT" \
  "$TMP/dovecot-session.commands" "$TMP/dovecot-session.responses"

mv "$TMP/dovecot-session.commands" "$TMP/dovecot-session.responses" "$OUT/"
echo "captured from $(/usr/sbin/dovecot --version | head -1) on port $IMAP_PORT:"
wc -c "$OUT/dovecot-session.commands" "$OUT/dovecot-session.responses"
