# shellcheck shell=bash
# Sourced by the bash scripts that play a session against a throw-away
# Dovecot: capture-session.sh, capture-full.sh, ../test_dovecot_live.sh.
#
#   dovecot_session_begin NAME
#       checks for python3, makes SRV (the server's directory) and TMP (a
#       scratch directory), arranges for both to be removed and Dovecot to
#       be stopped on exit, and starts start-dovecot.sh in SRV on two free
#       high ports of 127.0.0.1 (3 attempts, in case a port is taken in
#       between). Sets SRV, TMP, IMAP_PORT, IMAPS_PORT. Exits 1 on failure,
#       with NAME in the message.
#
# Sourcing sets DOVECOT_SCRIPTS (this directory: start-dovecot.sh,
# stop-dovecot.sh, the clients) and IMAPWIRE_ROOT (the source tree).

DOVECOT_SCRIPTS=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck disable=SC2034  # used by the scripts that source this
IMAPWIRE_ROOT=$(cd "$DOVECOT_SCRIPTS/../.." && pwd)

dovecot_free_ports() {
  python3 -c '
import socket
ss = [socket.socket() for _ in range(2)]
for s in ss:
    s.bind(("127.0.0.1", 0))
print(*[s.getsockname()[1] for s in ss])'
}

dovecot_session_end() {
  "$DOVECOT_SCRIPTS/stop-dovecot.sh" "$SRV" >/dev/null 2>&1 || true
  rm -rf "$SRV" "$TMP"
}

dovecot_session_begin() {
  local name=$1 attempt
  command -v python3 >/dev/null || { echo "$name: needs python3" >&2; exit 1; }
  SRV=$(mktemp -d "${TMPDIR:-/tmp}/imapwire-dovecot.XXXXXX")
  TMP=$(mktemp -d "${TMPDIR:-/tmp}/imapwire-capture.XXXXXX")
  trap dovecot_session_end EXIT
  for attempt in 1 2 3; do
    read -r IMAP_PORT IMAPS_PORT < <(dovecot_free_ports)
    if "$DOVECOT_SCRIPTS/start-dovecot.sh" "$SRV" "$IMAP_PORT" "$IMAPS_PORT" >/dev/null; then
      return 0
    fi
    echo "$name: attempt $attempt to start dovecot failed" >&2
    "$DOVECOT_SCRIPTS/stop-dovecot.sh" "$SRV" >/dev/null 2>&1 || true
  done
  echo "$name: could not start dovecot" >&2
  exit 1
}
