#!/bin/bash
# Stop a Dovecot started by start-dovecot.sh.
#   usage: stop-dovecot.sh DIR
# Sends SIGTERM to the master (pid in DIR/run/master.pid) and waits until it
# is gone (max ~5 s); if it is still there then, sends SIGKILL and exits 1.
# Exits 0 if nothing is running. Does not delete DIR.
set -u
DIR=${1:?usage: stop-dovecot.sh DIR}
PIDFILE=$DIR/run/master.pid
[ -s "$PIDFILE" ] || exit 0
PID=$(cat "$PIDFILE")

# alive PID: running and not a zombie (in containers PID 1 may not reap).
alive() {
  kill -0 "$1" 2>/dev/null || return 1
  if [ -r "/proc/$1/stat" ]; then
    local stat
    stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 1
    stat=${stat##*) }                # field 3 (state) follows "(comm) "
    [ "${stat%% *}" != Z ] || return 1
  fi
  return 0
}

alive "$PID" || { rm -f "$PIDFILE"; exit 0; }
kill -TERM "$PID" 2>/dev/null
i=0
while alive "$PID"; do
  i=$((i+1))
  if [ $i -ge 50 ]; then
    echo "stop-dovecot: pid $PID still running after 5 s; sending SIGKILL" >&2
    kill -KILL "$PID" 2>/dev/null
    exit 1
  fi
  sleep 0.1
done
rm -f "$PIDFILE"
exit 0
