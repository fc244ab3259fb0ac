#!/bin/bash
# Capture what real IMAP clients send (see tests/data/README.md):
#   client-imaplib.*     Python's imaplib (imaplib-client.py), 3 connections
#   client-mbsync.*      isync's mbsync, two syncs of a local Maildir
#   client-fetchmail.*   fetchmail, one poll (keep, fetchall)
# Each client talks to a throw-away Dovecot through record-relay.py, which
# writes the exact bytes of each direction of each connection.
#
#   usage: tests/dovecot/capture-clients.sh [OUTDIR]   (default: tests/data)
#
# Developer tool, not run by CI. Needs dovecot-imapd, openssl, python3,
# isync (mbsync) and fetchmail (Debian: apt-get install isync fetchmail).
# Plain IMAP on 127.0.0.1 only: every client is told not to use TLS.
# imaplib runs as alice, mbsync as bob, fetchmail as carol (the last two
# get mail from seed-mail.py first, directly, not through the relay).
# Takes ~5 s. The files are replaced only if every client succeeded.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=capture-lib.sh
. "$(dirname "$0")/capture-lib.sh"     # sets DOVECOT_SCRIPTS, IMAPWIRE_ROOT
OUT=${1:-$IMAPWIRE_ROOT/tests/data}
# Debian's python3 by default: its imaplib is the one the files describe.
PYTHON=${PYTHON:-$(command -v /usr/bin/python3 || command -v python3)}
for tool in mbsync fetchmail; do
  command -v "$tool" >/dev/null ||
    { echo "capture-clients: needs $tool (apt-get install isync fetchmail)" >&2; exit 1; }
done
mkdir -p "$OUT"
# The test config without the zlib plugins: mbsync 1.4 always turns on
# COMPRESS=DEFLATE when the server offers it (it has no option against
# it), and the relay records wire bytes, which would then be deflated.
DOVECOT_TEMPLATE=$(mktemp "${TMPDIR:-/tmp}/imapwire-conf.XXXXXX")
export DOVECOT_TEMPLATE
sed -e 's/ imap_zlib\b//' -e 's/ zlib\b//' "$DOVECOT_SCRIPTS/dovecot-test.conf" > "$DOVECOT_TEMPLATE"
dovecot_session_begin capture-clients   # sets SRV, TMP, IMAP_PORT; cleans up on exit
rm -f "$DOVECOT_TEMPLATE"               # start-dovecot.sh has read it
MESSAGES=$DOVECOT_SCRIPTS/messages
RELAY_PID=

fail() {
  echo "capture-clients: $*; last lines of the Dovecot log:" >&2
  tail -20 "$SRV/log/dovecot.log" >&2 || true
  [ -z "$RELAY_PID" ] || kill "$RELAY_PID" 2>/dev/null || true
  exit 1
}

# relay_start NAME CONNECTIONS: a relay recording into $TMP/NAME.*, which
# exits by itself after CONNECTIONS connections; sets RELAY_PORT, RELAY_PID.
relay_start() {
  "$PYTHON" "$DOVECOT_SCRIPTS/record-relay.py" --server-port "$IMAP_PORT" \
      --connections "$2" "$TMP/$1" > "$TMP/relay.out" &
  RELAY_PID=$!
  local i=0
  until grep -q '^PORT=' "$TMP/relay.out" 2>/dev/null; do
    i=$((i+1)); [ $i -lt 50 ] || fail "relay for $1 did not start"
    sleep 0.1
  done
  RELAY_PORT=$(sed -n 's/^PORT=//p' "$TMP/relay.out")
}

# relay_wait NAME: the relay has seen all its connections close.
relay_wait() {
  wait "$RELAY_PID" || fail "relay for $1 failed"
  RELAY_PID=
}

# --- a. Python's imaplib ------------------------------------------------------
relay_start client-imaplib 3
"$PYTHON" "$DOVECOT_SCRIPTS/imaplib-client.py" 127.0.0.1 "$RELAY_PORT" \
    "$MESSAGES" > "$TMP/imaplib.log" || { cat "$TMP/imaplib.log" >&2; fail "imaplib session failed"; }
relay_wait client-imaplib
tail -3 "$TMP/imaplib.log"

# --- b. mbsync: two syncs of bob's account with a local Maildir -------------
"$PYTHON" "$DOVECOT_SCRIPTS/seed-mail.py" 127.0.0.1 "$IMAP_PORT" bob bobpass "$MESSAGES" ||
  fail "seeding bob's mail failed"
mkdir -p "$TMP/mbsync/mail" "$TMP/mbsync/state"
# mbsync.rc: plain IMAP (SSLType None), LOGIN; PipelineDepth left at its
# default so that the capture shows mbsync's pipelining.
write_mbsyncrc() {
  cat > "$TMP/mbsync/mbsyncrc" <<EOF
IMAPAccount test
Host 127.0.0.1
Port $1
User bob
Pass bobpass
SSLType None
AuthMechs LOGIN

IMAPStore remote
Account test

MaildirStore local
Path $TMP/mbsync/mail/
Inbox $TMP/mbsync/mail/INBOX
SubFolders Verbatim

Channel sync
Far :remote:
Near :local:
Patterns *
Create Both
Expunge Both
SyncState $TMP/mbsync/state/
EOF
}
relay_start client-mbsync 2
write_mbsyncrc "$RELAY_PORT"
mbsync -c "$TMP/mbsync/mbsyncrc" -a > "$TMP/mbsync.log" 2>&1 ||
  { cat "$TMP/mbsync.log" >&2; fail "first mbsync run failed"; }
# Local changes for the second run (maildir flags are the letters after
# ":2,"): the \Flagged message (UID 3) becomes answered and unflagged, an
# unseen one (4) seen and flagged, a seen one (1) trashed (Expunge Both:
# \Deleted upstream, then CLOSE); a new message in INBOX and one in a new
# folder (Create Both: CREATE upstream).
inbox=$TMP/mbsync/mail/INBOX
uid_file() {   # uid_file N: the message file of UID N (mbsync: ",U=N:2,")
  find "$inbox" -type f -name "*,U=$1:2,*"
}
mark() {       # mark UID FLAGS: give that message exactly these maildir flags
  local file base
  file=$(uid_file "$1")
  [ -n "$file" ] || { find "$inbox" -type f >&2; fail "first mbsync run: no message with UID $1"; }
  base=${file%%:2,*}
  mv "$file" "$inbox/cur/$(basename "$base"):2,$2"
}
mark 3 R      # seeded \Flagged
mark 4 FS     # seeded unseen
mark 1 ST     # seeded \Seen
mkdir -p "$TMP/mbsync/mail/Notes/cur" "$TMP/mbsync/mail/Notes/new" "$TMP/mbsync/mail/Notes/tmp"
cp "$MESSAGES/12-minimal.eml" "$inbox/new/1700000000.local1.test"
cp "$MESSAGES/13-flowed-long.eml" "$TMP/mbsync/mail/Notes/new/1700000001.local2.test"
mbsync -c "$TMP/mbsync/mbsyncrc" -a >> "$TMP/mbsync.log" 2>&1 ||
  { cat "$TMP/mbsync.log" >&2; fail "second mbsync run failed"; }
relay_wait client-mbsync

# --- b2. fetchmail: one poll of carol's INBOX ---------------------------------
"$PYTHON" "$DOVECOT_SCRIPTS/seed-mail.py" 127.0.0.1 "$IMAP_PORT" carol carolpass "$MESSAGES" ||
  fail "seeding carol's mail failed"
mkdir -p "$TMP/fetchmail"
relay_start client-fetchmail 1
# sslproto '': no STARTTLS; keep + fetchall: fetch all, delete nothing.
cat > "$TMP/fetchmail/rc" <<EOF
set no syslog
poll 127.0.0.1 service $RELAY_PORT protocol IMAP auth password
  user carol password carolpass is carol here
  sslproto '' keep fetchall
  mda "cat >> $TMP/fetchmail/mbox"
EOF
chmod 600 "$TMP/fetchmail/rc"
FETCHMAILHOME=$TMP/fetchmail fetchmail -f "$TMP/fetchmail/rc" \
    --pidfile "$TMP/fetchmail/pid" > "$TMP/fetchmail.log" 2>&1 ||
  { cat "$TMP/fetchmail.log" >&2; fail "fetchmail failed"; }
relay_wait client-fetchmail

mv "$TMP"/client-imaplib.* "$TMP"/client-mbsync.* "$TMP"/client-fetchmail.* "$OUT/"
echo "captured from Dovecot $(${DOVECOT:-/usr/sbin/dovecot} --version | head -1);" \
     "$("$PYTHON" --version), $(mbsync --version), fetchmail $(fetchmail --version 2>/dev/null | sed -n 's/^This is fetchmail release \([^+ ]*\).*/\1/p')"
wc -c "$OUT"/client-*
