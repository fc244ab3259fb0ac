#!/usr/bin/env python3
"""Give one test account some mail before a real client is captured.

    usage: seed-mail.py HOST PORT USER PASSWORD MESSAGES_DIR

Connects directly (not through the recording relay), logs in, creates the
folder Lists and APPENDs the messages of MESSAGES_DIR: 01..06 to INBOX
(the first two \\Seen, the third \\Flagged), 07..09 to Lists, with fixed
INTERNALDATEs, so that a syncing client has folders, flags and mail to
fetch.  Exits 1 if a command is refused.  Python 3 standard library only.
"""
import os
import re
import sys

sys.dont_write_bytecode = True   # no __pycache__ in the source tree
from imap_conn import Conn  # noqa: E402  (tests/dovecot/imap_conn.py)

FLAGS = [b"(\\Seen)", b"(\\Seen)", b"(\\Flagged)", b"()", b"()", b"()",
         b"()", b"(\\Seen)", b"()"]


class Seeder:
    def __init__(self, host, port):
        self.c = Conn(host, port)
        self.c.readline()           # greeting
        self.n = 0

    def command(self, line, literal=None):
        """Sends one command (with one synchronising literal) and returns
        the tagged reply line."""
        self.n += 1
        tag = b"s%03d" % self.n
        if literal is None:
            self.c.send(tag + b" " + line + b"\r\n")
        else:
            self.c.send(tag + b" " + line + b" {%d}\r\n" % len(literal))
            if not self.c.readline().startswith(b"+"):
                raise SystemExit("seed-mail: no continuation for " + repr(line))
            self.c.send(literal + b"\r\n")
        while True:
            reply = self.c.readline()
            if reply.startswith(tag + b" "):
                if not reply.startswith(tag + b" OK"):
                    raise SystemExit("seed-mail: %r" % reply)
                return reply


def main():
    if len(sys.argv) != 6:
        sys.exit(__doc__.split("\n\n")[1])
    host, port, user, password, folder = sys.argv[1:]
    names = sorted(n for n in os.listdir(folder) if n.endswith(".eml"))[:9]
    s = Seeder(host, int(port))
    s.command(b"LOGIN %s %s" % (user.encode(), password.encode()))
    s.command(b"CREATE Lists")
    for i, name in enumerate(names):
        text = open(os.path.join(folder, name), "rb").read()
        box = b"INBOX" if i < 6 else b"Lists"
        date = b'"%02d-Feb-2024 10:00:00 +0000"' % (i + 1)
        s.command(b"APPEND %s %s %s" % (box, FLAGS[i], date),
                  re.sub(rb"\r?\n", b"\r\n", text))
    s.command(b"LOGOUT")
    return 0


if __name__ == "__main__":
    sys.exit(main())
