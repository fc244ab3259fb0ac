#!/usr/bin/env python3
"""Play imapwire's fixed IMAP test session and record the raw bytes.

    usage: imap-script-client.py HOST PORT COMMANDS_OUT RESPONSES_OUT

Connects over plain TCP, sends the commands of SESSION (below) one at a time
and reads until the tagged reply of each one. Synchronising literals and
AUTHENTICATE wait for the server's continuation request ("+ ..."); IDLE
waits for "+ idling", then for one "* OK Still here" keepalive (at most
IDLE_WAIT seconds), then sends DONE.

COMMANDS_OUT gets exactly the bytes the client sent, RESPONSES_OUT exactly
the bytes the server sent (nothing is normalised). They are written only if
every step got the expected result and every server line is one of the
response kinds the transcript is meant to contain (see ALLOWED); otherwise
the script exits 1 and dumps what it got to stderr.

Run by tests/dovecot/capture-session.sh against a throw-away Dovecot whose
users come from tests/dovecot/start-dovecot.sh (alice/alicepass; another of
them with IMAP_USER=bob or carol, whose password is the name + "pass").
"""
import base64
import os
import re
import socket
import sys
import time

sys.dont_write_bytecode = True   # no __pycache__ in the source tree
import imap_conn  # noqa: E402  (tests/dovecot/imap_conn.py)

TIMEOUT = 15        # seconds to wait for any single server line
IDLE_WAIT = 12      # seconds to wait for "* OK Still here" in IDLE (interval: 5 s)

USER = os.environ.get("IMAP_USER", "alice").encode()
PASSWORD = USER + b"pass"

MSG1 = (b"From: Bob <bob@example.org>\r\n"
        b"To: Alice <alice@example.org>\r\n"
        b"Subject: first\r\n"
        b"Date: Mon, 1 Jan 2024 10:00:00 +0000\r\n"
        b"Message-ID: <m1@example.org>\r\n"
        b"\r\n"
        b"Hello Alice.\r\n")
MSG2 = (b"From: Carol <carol@example.org>\r\n"
        b"To: Alice <alice@example.org>\r\n"
        b"Subject: second, already seen\r\n"
        b"Date: Mon, 1 Jan 2024 11:00:00 +0000\r\n"
        b"Message-ID: <m2@example.org>\r\n"
        b"\r\n"
        b"Short.\r\n")
MSG3 = (b"From: Bob <bob@example.org>\r\n"
        b"To: Alice <alice@example.org>\r\n"
        b"Subject: third, several lines\r\n"
        b"Date: Mon, 1 Jan 2024 12:00:00 +0000\r\n"
        b"Message-ID: <m3@example.org>\r\n"
        b"MIME-Version: 1.0\r\n"
        b"Content-Type: text/plain; charset=us-ascii\r\n"
        b"\r\n"
        b"Line one.\r\n"
        b"Line two, then an empty line.\r\n"
        b"\r\n"
        b"* 99 EXISTS (not a response: message text)\r\n"
        b"a999 OK (not a response either)\r\n"
        b"+ not a continuation\r\n"
        b"Last line.\r\n")
MSG_NOPE = b"Subject: never stored\r\n\r\nx\r\n"

# Steps: (kind, text, expect) with kind
#   "cmd"     text is the command line without tag and CRLF
#   "literal" text is (before, literal_bytes, after): sends
#             "TAG before{N}\r\n", waits for "+", sends literal + after + CRLF.
#             If the server answers with the tagged reply instead of "+",
#             the literal is not sent.
#   "auth"    text is (command, client_response): waits for "+ ", sends the
#             base64 of client_response + CRLF
#   "idle"    IDLE ... DONE
# expect: (status, response code or None) of the tagged reply.
SESSION = [
    ("cmd", "CAPABILITY", ("OK", None)),
    ("cmd", "LOGIN %s wrongpass" % USER.decode(), ("NO", "AUTHENTICATIONFAILED")),
    # (Dovecot sends post-login capabilities as "* CAPABILITY" here rather
    # than as a response code, since the client did not rely on the greeting)
    ("auth", ("AUTHENTICATE PLAIN", b"\0" + USER + b"\0" + PASSWORD),
     ("OK", None)),
    ("cmd", "FROBNICATE now", ("BAD", None)),
    ("cmd", "SELECT Nope", ("NO", None)),     # Dovecot 2.3: no code here
    ("cmd", "DELETE Nope", ("NO", "NONEXISTENT")),
    ("cmd", "SELECT INBOX", ("OK", "READ-WRITE")),
    ("literal", ("APPEND INBOX ", MSG1, ""), ("OK", "APPENDUID")),
    ("literal", ("APPEND INBOX (\\Seen \\Flagged) ", MSG2, ""),
     ("OK", "APPENDUID")),
    ("literal", ('APPEND INBOX () "01-Jan-2024 12:00:00 +0000" ', MSG3, ""),
     ("OK", "APPENDUID")),
    ("literal", ("APPEND Nope ", MSG_NOPE, ""), ("NO", "TRYCREATE")),
    ("cmd", "NOOP", ("OK", None)),
    ("cmd", "STORE 1:2 +FLAGS.SILENT (\\Deleted)", ("OK", None)),
    ("cmd", "EXPUNGE", ("OK", None)),
    ("cmd", "COPY 1 Nope", ("NO", "TRYCREATE")),
    ("cmd", "CREATE INBOX", ("NO", "ALREADYEXISTS")),
    # CONDSTORE only now: it makes Dovecot send "* 1 FETCH (MODSEQ (n))" even
    # for STORE .SILENT. Selecting it via EXAMINE avoids ENABLE ("* ENABLED")
    # and adds [HIGHESTMODSEQ]; switching mailboxes adds [CLOSED].
    ("cmd", "EXAMINE INBOX (CONDSTORE)", ("OK", "READ-ONLY")),
    ("idle", None, ("OK", None)),
    ("cmd", "CHECK", ("OK", None)),
    ("cmd", "CLOSE", ("OK", None)),
    ("cmd", "LOGOUT", ("OK", None)),
]

# The only server lines the transcript may contain (the parser's first
# typed set). Anything else (FETCH, LIST, STATUS, SEARCH, ENABLED, ...) fails.
ALLOWED = [re.compile(p) for p in (
    rb"^\* (OK|NO|BAD|BYE)( .*)?\r\n\Z",
    rb"^\* CAPABILITY [^\r\n]*\r\n\Z",
    rb"^\* FLAGS \([^\r\n]*\)\r\n\Z",
    rb"^\* [0-9]+ (EXISTS|RECENT|EXPUNGE)\r\n\Z",
    rb"^\+( [^\r\n]*)?\r\n\Z",
    rb"^a[0-9]{3} (OK|NO|BAD)( [^\r\n]*)?\r\n\Z",
)]


class Fail(Exception):
    pass


class Conn(imap_conn.Conn):
    def read_until_tagged(self, tag):
        while True:
            line = self.readline()
            if line.startswith(tag + b" "):
                return line

    def read_until_continuation(self, tag):
        """Returns ("+", line) or ("tagged", line)."""
        while True:
            line = self.readline()
            if line.startswith(b"+"):
                return "+", line
            if line.startswith(tag + b" "):
                return "tagged", line


def check_tagged(tag, line, expect):
    status, code = expect
    m = re.match(rb"^\S+ (OK|NO|BAD) (\[([^\] ]+)[^\]]*\] )?", line)
    got_status = m.group(1).decode() if m else None
    got_code = m.group(3).decode() if m and m.group(3) else None
    if got_status != status or (code is not None and got_code != code):
        raise Fail("%s: expected %s [%s], got %r"
                   % (tag.decode(), status, code, line))


def play(conn):
    greeting = conn.readline()
    if not greeting.startswith(b"* OK [CAPABILITY "):
        raise Fail("unexpected greeting %r" % greeting)
    for n, (kind, text, expect) in enumerate(SESSION, 1):
        tag = b"a%03d" % n
        if kind == "cmd":
            conn.send(tag + b" " + text.encode() + b"\r\n")
            line = conn.read_until_tagged(tag)
        elif kind == "literal":
            before, literal, after = text
            conn.send(tag + b" " + before.encode()
                      + b"{%d}\r\n" % len(literal))
            what, line = conn.read_until_continuation(tag)
            if what == "+":
                conn.send(literal + after.encode() + b"\r\n")
                line = conn.read_until_tagged(tag)
        elif kind == "auth":
            command, response = text
            conn.send(tag + b" " + command.encode() + b"\r\n")
            what, line = conn.read_until_continuation(tag)
            if what != "+":
                raise Fail("%s: no continuation request: %r" % (tag, line))
            conn.send(base64.b64encode(response) + b"\r\n")
            line = conn.read_until_tagged(tag)
        elif kind == "idle":
            conn.send(tag + b" IDLE\r\n")
            what, line = conn.read_until_continuation(tag)
            if what != "+":
                raise Fail("%s: IDLE refused: %r" % (tag, line))
            deadline = time.monotonic() + IDLE_WAIT
            while True:
                left = deadline - time.monotonic()
                if left <= 0:
                    break
                try:
                    got = conn.readline(timeout=left)
                except socket.timeout:
                    break
                if got.startswith(b"* OK Still here"):
                    break
            conn.send(b"DONE\r\n")
            line = conn.read_until_tagged(tag)
        else:
            raise Fail("bad step kind %r" % kind)
        check_tagged(tag, line, expect)
    # after LOGOUT: read to EOF (the server closes the connection)
    conn.drain_to_eof()


def validate(rx):
    bad = []
    lines = rx.split(b"\r\n")
    if lines[-1] != b"":
        bad.append(b"(no CRLF at end) " + lines[-1])
    for line in lines[:-1]:
        line += b"\r\n"
        if not any(p.match(line) for p in ALLOWED):
            bad.append(line)
    if bad:
        raise Fail("server lines outside the allowed set:\n"
                   + "".join("  %r\n" % l for l in bad))


def main():
    if len(sys.argv) != 5:
        sys.exit(__doc__.split("\n\n")[1])
    host, port, cmd_out, resp_out = sys.argv[1:]
    conn = None
    try:
        conn = Conn(host, int(port), TIMEOUT)
        play(conn)
        validate(bytes(conn.rx))
    except (Fail, OSError, EOFError) as e:
        sys.stderr.write("imap-script-client: %s: %s\n"
                         % (type(e).__name__, e))
        if conn is not None:
            sys.stderr.write("--- sent ---\n%s\n--- received ---\n%s\n"
                             % (bytes(conn.tx).decode("latin-1"),
                                bytes(conn.rx).decode("latin-1")))
        sys.exit(1)
    with open(cmd_out, "wb") as f:
        f.write(conn.tx)
    with open(resp_out, "wb") as f:
        f.write(conn.rx)


if __name__ == "__main__":
    main()
