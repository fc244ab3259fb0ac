#!/bin/bash
# Start a throw-away Dovecot IMAP server rooted in DIR (created if missing).
#   usage: start-dovecot.sh DIR [IMAP_PORT=10143] [IMAPS_PORT=10993]
# Works as root (CI containers) and as an ordinary user. Needs the Debian
# package dovecot-imapd (binary /usr/sbin/dovecot), openssl, bash and
# coreutils (timeout). No python.
# Prints:  IMAP_PORT=... IMAPS_PORT=... PID=... DIR=... and the stop command.
# Users: alice/alicepass, bob/bobpass, carol/carolpass (plain passwords).
# Stop with: tests/dovecot/stop-dovecot.sh DIR
# As root, DIR's parent directories must be traversable by the 'dovecot'
# user (e.g. use DIR=$(mktemp -d) itself, not a subdirectory of it).
set -eu
DIR=${1:?usage: start-dovecot.sh DIR [IMAP_PORT] [IMAPS_PORT]}
IMAP_PORT=${2:-10143}
IMAPS_PORT=${3:-10993}
HERE=$(cd "$(dirname "$0")" && pwd)
TEMPLATE=${DOVECOT_TEMPLATE:-$HERE/dovecot-test.conf}
DOVECOT=${DOVECOT:-/usr/sbin/dovecot}

mkdir -p "$DIR"
DIR=$(cd "$DIR" && pwd)
mkdir -p "$DIR/run" "$DIR/state" "$DIR/log" "$DIR/tls" "$DIR/mail"

if [ "$(id -u)" = 0 ]; then
  # root: Dovecot's own processes drop to the Debian package's users, mail
  # is stored as the unprivileged 'dovecot' user (mail as uid 0 is refused).
  INTERNAL_USER=dovecot; INTERNAL_GROUP=dovecot; LOGIN_USER=dovenull
  MAIL_UID=$(id -u dovecot); MAIL_GID=$(id -g dovecot)
  chmod 755 "$DIR"
else
  # non-root: every process runs as the invoking user.
  INTERNAL_USER=$(id -un); INTERNAL_GROUP=$(id -gn); LOGIN_USER=$INTERNAL_USER
  MAIL_UID=$(id -u); MAIL_GID=$(id -g)
fi

# Self-signed certificate (EC P-256: generated in a few ms).
if [ ! -s "$DIR/tls/cert.pem" ]; then
  openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes \
    -days 3650 -subj /CN=localhost \
    -addext subjectAltName=DNS:localhost,IP:127.0.0.1 \
    -keyout "$DIR/tls/key.pem" -out "$DIR/tls/cert.pem" 2>/dev/null
  chmod 600 "$DIR/tls/key.pem"
fi

# passwd-file: user:password:uid:gid:gecos:home:shell:extra (scheme=PLAIN)
if [ ! -s "$DIR/users" ]; then
  cat > "$DIR/users" <<USERS
alice:alicepass::::::
bob:bobpass::::::
carol:carolpass::::::
USERS
fi

sed -e "s|@DIR@|$DIR|g" -e "s|@IMAP_PORT@|$IMAP_PORT|g" \
    -e "s|@IMAPS_PORT@|$IMAPS_PORT|g" \
    -e "s|@INTERNAL_USER@|$INTERNAL_USER|g" -e "s|@INTERNAL_GROUP@|$INTERNAL_GROUP|g" \
    -e "s|@LOGIN_USER@|$LOGIN_USER|g" -e "s|@MAIL_UID@|$MAIL_UID|g" \
    -e "s|@MAIL_GID@|$MAIL_GID|g" -e "s|@LOGIN_CHROOT@||g" \
    "$TEMPLATE" > "$DIR/dovecot.conf"
if [ "$(id -u)" = 0 ]; then chown -R "$MAIL_UID:$MAIL_GID" "$DIR/mail"; fi

"$DOVECOT" -c "$DIR/dovecot.conf"      # daemonizes; pid in $DIR/run/master.pid

# greeting_ok PORT: true if 127.0.0.1:PORT answers with "* OK" within ~1 s.
# Uses bash's /dev/tcp (no python, no nc); 'timeout' guards against a hang.
greeting_ok() {
  local got
  # shellcheck disable=SC2016  # \$1 is expanded by the inner bash
  got=$(timeout 1 bash -c 'exec 3<>"/dev/tcp/127.0.0.1/$1" && head -c 4 <&3' \
          _ "$1" 2>/dev/null) || true
  [ "$got" = "* OK" ]
}

# Wait (max 10 s) until the IMAP port answers with a greeting.
i=0
until greeting_ok "$IMAP_PORT"; do
  i=$((i+1))
  if [ $i -ge 100 ]; then
    echo "dovecot did not start; see $DIR/log/dovecot.log" >&2
    tail -20 "$DIR/log/dovecot.log" >&2 || true
    exit 1
  fi
  sleep 0.1
done
PID=$(cat "$DIR/run/master.pid")
echo "IMAP_PORT=$IMAP_PORT IMAPS_PORT=$IMAPS_PORT PID=$PID DIR=$DIR"
echo "stop: $HERE/stop-dovecot.sh $DIR   # or: kill $PID"
