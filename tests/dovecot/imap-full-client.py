#!/usr/bin/env python3
"""Play imapwire's rich IMAP capture session and record the raw bytes.

    usage: imap-full-client.py HOST PORT MESSAGES_DIR OUT_DIR

Three plain-TCP connections to the server, all as alice/alicepass:

  main   the long session (tags a001...): mailbox management with modified
         UTF-7 names, APPEND of tests/dovecot/messages/*.eml, STATUS, LIST
         variants, FETCH of every item, SEARCH/ESEARCH/SORT/THREAD, STORE,
         COPY/MOVE, EXPUNGE, ENABLE CONDSTORE QRESYNC, SELECT (QRESYNC ...),
         IDLE, QUOTA, METADATA, ACL, failing commands, LOGOUT.
  conn2  a second client (tags b001...) that changes INBOX while main is in
         IDLE, so that main gets unsolicited EXISTS / FETCH / VANISHED.
  big    (tags c001...) after main: APPENDs one ~3 MB message generated here
         deterministically, then FETCHes it whole.

Written to OUT_DIR (only if every command got the expected tagged reply):
  dovecot-full.commands, dovecot-full.responses              main
  dovecot-full.conn2.commands, dovecot-full.conn2.responses  conn2
  dovecot-bigfetch.responses                                 big (the
      commands, which hold the 3 MB literal, are not written)
Each .commands file holds exactly the bytes the client sent, each
.responses file exactly the bytes the server sent; nothing is normalised.

Literals: a synchronising literal {n} is sent only after the server's "+"
continuation request (if the server answers with a tagged reply instead,
the rest of the command is not sent); LITERAL+ literals {n+} and the
literal8 ~{n} of BINARY APPEND are used where noted. Message files are
stored with LF line ends and sent with CRLF.

Python 3 standard library only; talks to the given host (use 127.0.0.1).
"""
import base64
import hashlib
import os
import re
import socket
import sys
import time

sys.dont_write_bytecode = True   # no __pycache__ in the source tree
from imap_conn import Conn  # noqa: E402  (tests/dovecot/imap_conn.py)

TIMEOUT = 20        # seconds to wait for any single server line
IDLE_WAIT = 15      # seconds to wait for the awaited line in IDLE
USER, PASSWORD = "alice", "alicepass"


class Fail(Exception):
    pass


class Literal:
    """A literal argument. mode: "sync" {n}, "plus" {n+} (LITERAL+),
    "binary" ~{n} (literal8, RFC 3516), "binary+" ~{n+}."""

    def __init__(self, data, mode="sync"):
        self.data = data if isinstance(data, bytes) else data.encode()
        self.mode = mode

    def announce(self):
        prefix = b"~" if self.mode.startswith("binary") else b""
        plus = b"+" if self.mode.endswith("+") or self.mode == "plus" else b""
        return prefix + b"{%d%s}\r\n" % (len(self.data), plus)

    def synchronising(self):
        return self.mode in ("sync", "binary")


class Session:
    """Tagged commands on one connection, with expectations."""

    def __init__(self, conn, prefix):
        self.conn = conn
        self.prefix = prefix
        self.count = 0
        self.log = []   # (tag, command text) for error reports

    def next_tag(self):
        self.count += 1
        return b"%s%03d" % (self.prefix.encode(), self.count)

    def _read_reply(self, tag, untagged, want_continuation):
        """Reads until the tagged reply (returns it) or, if
        want_continuation, until a "+" line (returns None)."""
        while True:
            line = self.conn.readline()
            if want_continuation and line.startswith(b"+"):
                return None
            if line.startswith(tag + b" "):
                return line
            untagged.append(line)

    def run(self, *parts, expect="OK", code=None):
        """Sends one command made of str/bytes pieces and Literals. Returns
        (untagged responses, tagged reply). expect: status or tuple of
        statuses; code: the response code atom the tagged reply must have."""
        tag = self.next_tag()
        self.log.append((tag, parts))
        untagged = []
        out = tag + b" "
        tagged = None
        for part in parts:
            if isinstance(part, Literal):
                out += part.announce()
                if part.synchronising():
                    self.conn.send(out)
                    out = b""
                    tagged = self._read_reply(tag, untagged, True)
                    if tagged is not None:      # refused: stop sending
                        break
                out += part.data
            else:
                out += part if isinstance(part, bytes) else part.encode()
        if tagged is None:
            self.conn.send(out + b"\r\n")
            tagged = self._read_reply(tag, untagged, False)
        check_tagged(tag, tagged, expect, code)
        return untagged, tagged

    def idle(self, trigger, until, expect_line=True):
        """IDLE; after "+ idling" calls trigger(), waits for a response
        matching the regex `until` (bytes), then sends DONE."""
        tag = self.next_tag()
        self.log.append((tag, ("IDLE",)))
        untagged = []
        self.conn.send(tag + b" IDLE\r\n")
        if self._read_reply(tag, untagged, True) is not None:
            raise Fail("%s: IDLE refused" % tag.decode())
        trigger()
        deadline = time.monotonic() + IDLE_WAIT
        seen = False
        while not seen:
            left = deadline - time.monotonic()
            if left <= 0:
                break
            try:
                line = self.conn.readline(timeout=left)
            except socket.timeout:
                break
            untagged.append(line)
            seen = re.search(until, line) is not None
        if expect_line and not seen:
            raise Fail("%s: no %r within %d s in IDLE"
                       % (tag.decode(), until, IDLE_WAIT))
        self.conn.send(b"DONE\r\n")
        tagged = self._read_reply(tag, untagged, False)
        check_tagged(tag, tagged, "OK", None)
        return untagged, tagged


def check_tagged(tag, line, expect, code):
    statuses = (expect,) if isinstance(expect, str) else expect
    m = re.match(rb"^\S+ (OK|NO|BAD) (\[([^\] ]+)[^\]]*\] )?", line)
    got_status = m.group(1).decode() if m else None
    got_code = m.group(3).decode() if m and m.group(3) else None
    if got_status not in statuses or (code is not None and got_code != code):
        raise Fail("%s: expected %s [%s], got %r"
                   % (tag.decode(), "/".join(statuses), code, line))


# ---- helpers -----------------------------------------------------------------

def mutf7(name):
    """Mailbox name to modified UTF-7 (RFC 3501 section 5.1.3)."""
    out, pending = [], []

    def flush():
        if pending:
            utf16 = "".join(pending).encode("utf-16-be")
            b64 = base64.b64encode(utf16).decode().rstrip("=")
            out.append("&" + b64.replace("/", ",") + "-")
            pending.clear()

    for ch in name:
        if 0x20 <= ord(ch) <= 0x7e:
            flush()
            out.append("&-" if ch == "&" else ch)
        else:
            pending.append(ch)
    flush()
    return "".join(out)


def quoted(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def number_after(pattern, lines):
    """The first number captured by `pattern` (bytes regex) in lines."""
    for line in lines:
        m = re.search(pattern, line)
        if m:
            return int(m.group(1))
    raise Fail("no %r in %r" % (pattern, lines))


def load_messages(directory):
    msgs = {}
    for name in sorted(os.listdir(directory)):
        if name.endswith(".eml"):
            with open(os.path.join(directory, name), "rb") as f:
                data = f.read()
            msgs[name[:2]] = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return msgs


def big_message(raw_size=2250000):
    """A ~3 MB message: text part plus a base64 attachment of raw_size
    pseudo-random bytes (SHA-256 in counter mode: the same on every run)."""
    blocks = (hashlib.sha256(b"imapwire-big-%d" % i).digest()
              for i in range((raw_size + 31) // 32))
    raw = b"".join(blocks)[:raw_size]
    b64 = base64.encodebytes(raw).replace(b"\n", b"\r\n")
    head = (b"From: Bob Example <bob@example.org>\r\n"
            b"To: Alice Example <alice@example.org>\r\n"
            b"Subject: The big attachment\r\n"
            b"Date: Thu, 11 Jan 2024 11:11:11 +0000\r\n"
            b"Message-ID: <big-1@example.org>\r\n"
            b"MIME-Version: 1.0\r\n"
            b"Content-Type: multipart/mixed; boundary=\"big-boundary\"\r\n"
            b"\r\n"
            b"--big-boundary\r\n"
            b"Content-Type: text/plain; charset=us-ascii\r\n"
            b"\r\n"
            b"A %d-byte attachment follows (SHA-256 %s).\r\n"
            b"\r\n"
            b"--big-boundary\r\n"
            b"Content-Type: application/octet-stream; name=\"big.bin\"\r\n"
            b"Content-Transfer-Encoding: base64\r\n"
            b"Content-Disposition: attachment; filename=\"big.bin\"\r\n"
            b"\r\n") % (raw_size, hashlib.sha256(raw).hexdigest().encode())
    return head + b64 + b"\r\n--big-boundary--\r\n"


def login(session):
    greeting = session.conn.readline()
    if not greeting.startswith(b"* OK "):
        raise Fail("unexpected greeting %r" % greeting)
    session.run("LOGIN %s %s" % (USER, PASSWORD))


# ---- the main session, in parts ----------------------------------------------

FOLDERS = ["Entwürfe", "日本語", "Ärger/Unter", "Projekte/2024/Q1",
           "Projekte/2024/Q2"]
DRAFTS, NIHONGO, UNTER = (mutf7(n) for n in FOLDERS[:3])
ARGER = mutf7("Ärger")


def part_not_authenticated(s):
    greeting = s.conn.readline()
    if not greeting.startswith(b"* OK [CAPABILITY "):
        raise Fail("unexpected greeting %r" % greeting)
    s.run("CAPABILITY")
    s.run('ID ("name" "imapwire-capture" "version" "1.0" "vendor" NIL)')
    s.run("NOOP")
    s.run("LOGIN alice", expect="BAD")            # missing argument
    s.run("AUTHENTICATE X-NOSUCH", expect="NO")
    s.run("SELECT INBOX", expect="BAD")           # not authenticated yet
    # The password as a synchronising literal: "+ OK" before login.
    s.run("LOGIN %s " % USER, Literal(PASSWORD))


def part_mailboxes(s):
    if DRAFTS != "Entw&APw-rfe" or NIHONGO != "&ZeVnLIqe-":
        raise Fail("modified UTF-7 encoder is wrong: %s %s" % (DRAFTS, NIHONGO))
    s.run("CAPABILITY")
    s.run("ID NIL")
    s.run("NAMESPACE")
    s.run('LIST "" ""')                            # hierarchy delimiter only
    s.run('LIST "" *')
    for name in FOLDERS:
        s.run("CREATE " + quoted(mutf7(name)))
    s.run("CREATE " + DRAFTS, expect="NO", code="ALREADYEXISTS")
    s.run("CREATE INBOX", expect="NO", code="ALREADYEXISTS")
    s.run('RENAME "Projekte/2024/Q2" "Projekte/2024/Q3"')
    s.run('DELETE "Projekte/2024/Q3"')
    s.run("DELETE Nope", expect="NO", code="NONEXISTENT")
    s.run('LIST "" %')
    s.run('LIST "" "Projekte/%"')
    s.run('LIST "" ' + quoted(ARGER + "/%"))
    s.run('LIST "" (INBOX %s Sent)' % DRAFTS)     # LIST-EXTENDED patterns
    s.run("SUBSCRIBE " + quoted(UNTER))            # parent not subscribed
    s.run("SUBSCRIBE " + DRAFTS)
    s.run("SUBSCRIBE " + NIHONGO)
    s.run("UNSUBSCRIBE " + NIHONGO)
    s.run('LSUB "" *')
    s.run('LSUB "" %')                             # \Noselect parent
    s.run('LIST (SUBSCRIBED) "" *')
    s.run('LIST (SUBSCRIBED RECURSIVEMATCH) "" %')  # CHILDINFO
    s.run('LIST (SPECIAL-USE) "" *')
    s.run('LIST "" % RETURN (CHILDREN SPECIAL-USE)')


# INBOX's messages in APPEND order (= UID and first sequence number):
# (message file prefix, flag list or None, INTERNALDATE, literal mode).
# Flag list None: no flag list at all; "" : the empty list "()".
INBOX_APPENDS = [
    ("01", "\\Seen", "01-Jan-2024 09:00:05 +0100", "sync"),
    ("04", "\\Seen \\Answered", "01-Jan-2024 11:00:05 +0100", "plus"),
    ("11", "", "01-Jan-2024 12:30:05 +0100", "sync"),
    ("02", "\\Flagged", " 2-Jan-2024 14:30:05 +0100", "sync"),
    ("03", None, "03-Jan-2024 08:15:05 +0900", "plus"),
    ("05", "$Forwarded Projekt-X", "02-Jan-2024 16:45:05 +0100", "sync"),
    ("06", None, "04-Jan-2024 07:00:05 +0000", "sync"),
    ("07", None, "05-Jan-2024 12:00:05 +0100", "sync"),
    ("10", None, "07-Jan-2024 23:59:59 -0800", "sync"),
    ("12", "", "08-Jan-2024 00:00:00 +0000", "sync"),
    ("13", None, "09-Jan-2024 09:09:09 +0000", "sync"),
    ("14", "", "10-Jan-2024 17:20:00 +0100", "sync"),
]


def part_append(s, msgs):
    for key, flags, date, mode in INBOX_APPENDS:
        flag_list = "" if flags is None else "(%s) " % flags
        s.run('APPEND INBOX %s"%s" ' % (flag_list, date),
              Literal(msgs[key], mode), code="APPENDUID")
    # MULTIAPPEND (RFC 3502): two messages in one command.
    s.run("APPEND Archive (\\Seen) \"06-Jan-2024 10:00:05 +0100\" ",
          Literal(msgs["08"]), " () \"06-Jan-2024 10:05:05 +0100\" ",
          Literal(msgs["09"], "plus"), code="APPENDUID")
    s.run("APPEND %s (\\Draft) \"06-Jan-2024 11:00:00 +0100\" " % DRAFTS,
          Literal(msgs["03"]), code="APPENDUID")
    # literal8 (BINARY, RFC 3516): the raw ISO-8859-1 message.
    s.run("APPEND %s () \"10-Jan-2024 17:20:00 +0100\" " % NIHONGO,
          Literal(msgs["14"], "binary"), code="APPENDUID")
    s.run("APPEND Nope ", Literal(msgs["12"]), expect="NO", code="TRYCREATE")
    # (a synchronising literal: with {n+} the server would reject the
    # command line and then read the message text as commands)
    s.run("APPEND INBOX \"01-Foo-2024 00:00:00 +0000\" ",
          Literal(msgs["12"]), expect="BAD")


def part_status(s):
    items = "(MESSAGES RECENT UIDNEXT UIDVALIDITY UNSEEN HIGHESTMODSEQ SIZE)"
    s.run("STATUS INBOX " + items)
    for name in ("Archive", DRAFTS, NIHONGO, quoted(UNTER), "Sent"):
        s.run("STATUS %s %s" % (name, items))
    # the mailbox name as a literal
    s.run("STATUS ", Literal(DRAFTS), " (MESSAGES UNSEEN)")
    s.run("STATUS INBOX (MESSAGES DELETED)", expect="BAD")
    s.run("STATUS Nope (MESSAGES)", expect="NO")
    s.run('LIST "" * RETURN (CHILDREN SPECIAL-USE STATUS '
          '(MESSAGES UIDNEXT SIZE))')
    s.run('LIST (SUBSCRIBED) "" % RETURN (STATUS (MESSAGES UNSEEN '
          'HIGHESTMODSEQ))')


def part_fetch(s):
    s.run("FETCH 1:* (FLAGS INTERNALDATE RFC822.SIZE UID MODSEQ)")
    s.run("FETCH 1:* ENVELOPE")
    s.run("FETCH 1:* BODYSTRUCTURE")
    s.run("FETCH 5:9 BODY")
    s.run("FETCH 1:2 FAST")
    s.run("FETCH 3 ALL")
    s.run("FETCH 4 FULL")
    s.run("FETCH 1 (BODY.PEEK[HEADER] BODY.PEEK[HEADER.FIELDS (FROM SUBJECT)]"
          " BODY.PEEK[HEADER.FIELDS.NOT (TO)] BODY.PEEK[TEXT])")
    s.run("FETCH 3 BODY[]")                        # sets \Seen
    s.run("FETCH 3 BODY[HEADER.FIELDS (Message-ID In-Reply-To References)]")
    s.run("FETCH 7 (BODY.PEEK[1] BODY.PEEK[1.MIME] BODY.PEEK[2] BODY.PEEK[2.1]"
          " BODY.PEEK[2.2.1] BODY.PEEK[2.2.2.MIME] BODY.PEEK[3.MIME])")
    s.run("FETCH 8 (BODY.PEEK[2] BODY.PEEK[2.HEADER] BODY.PEEK[2.TEXT]"
          " BODY.PEEK[2.1] BODY.PEEK[2.2.MIME] BODY.PEEK[2.HEADER.FIELDS (CC)])")
    s.run("FETCH 9 BODY[1]")                       # sets \Seen
    s.run("FETCH 9 (BODY.PEEK[2.MIME] BODY.PEEK[3])")
    s.run("FETCH 1 BODY.PEEK[]<0.100>")
    s.run("FETCH 1 (BODY.PEEK[TEXT]<10.20> BODY.PEEK[]<100000.10>)")
    s.run("FETCH 2 (RFC822.HEADER RFC822.TEXT)")
    s.run("FETCH 4 RFC822")                        # sets \Seen
    s.run("FETCH 4 (BINARY.PEEK[1] BINARY.SIZE[1])")
    s.run("FETCH 6 (BINARY.PEEK[2] BINARY.SIZE[2] BINARY.SIZE[3])")
    s.run("FETCH 6 BINARY.PEEK[3]<0.16>")
    s.run("FETCH 12 (BINARY.PEEK[] BINARY.SIZE[])")
    s.run("FETCH 10:12 (RFC822.SIZE BODY.PEEK[TEXT])")
    s.run("FETCH 1:* (SAVEDATE)")
    s.run("FETCH 1:6 (PREVIEW)")
    s.run("FETCH 7 (PREVIEW (LAZY) SNIPPET (FUZZY))")
    s.run("UID FETCH 1:* (FLAGS)")
    s.run("UID FETCH 2,4:5,100 (RFC822.SIZE)")
    s.run("FETCH 1 (EMAILID THREADID)", expect="BAD")   # no OBJECTID
    s.run("FETCH 99 FLAGS", expect="BAD")               # no such message
    s.run("FETCH 1 (FLAGS", expect="BAD")
    s.run("FETCH 1 BODY[4.1.1]")                        # no such part: NIL


def part_search(s):
    for keys in ("ALL", "SEEN", "UNSEEN", "FLAGGED", "ANSWERED", "DELETED",
                 "DRAFT", "NEW", "OLD", "RECENT", "KEYWORD $Forwarded",
                 "UNKEYWORD Projekt-X", "FROM bob SUBJECT kickoff",
                 "OR FROM carol TO carol", "NOT SEEN LARGER 1000",
                 "SMALLER 500", "SINCE 2-Jan-2024 BEFORE 5-Jan-2024",
                 "ON 1-Jan-2024", "SENTON 1-Jan-2024",
                 "SENTSINCE 6-Jan-2024 SENTBEFORE 9-Jan-2024",
                 'HEADER Message-ID "kickoff"', 'HEADER In-Reply-To ""',
                 "BODY budget", "TEXT room", "UID 2:4,7", "UID 9:*",
                 "1:3 UNSEEN", "CC dave", "BCC nobody",
                 "(OR SEEN FLAGGED) NOT DELETED", "OLDER 1",
                 "YOUNGER 2000000000", "MODSEQ 1",
                 'MODSEQ "/flags/\\\\Seen" all 1'):
        s.run("SEARCH " + keys)
    s.run("SEARCH CHARSET UTF-8 SUBJECT ", Literal("Übersicht"))
    s.run("SEARCH CHARSET UTF-8 BODY ", Literal("日本語", "plus"))
    s.run("SEARCH CHARSET ISO-8859-1 FROM ", Literal("Jörg".encode("latin-1")))
    s.run("UID SEARCH CHARSET UTF-8 TEXT \"Grüße\"")
    s.run("SEARCH CHARSET X-NOSUCH ALL", expect="NO", code="BADCHARSET")
    s.run("SEARCH FROBNICATE", expect="BAD")
    s.run("SEARCH RETURN () ALL")
    s.run("UID SEARCH RETURN (MIN MAX COUNT ALL) ALL")
    s.run("UID SEARCH RETURN (MIN MAX COUNT ALL) FROM nobody")
    s.run("SEARCH RETURN (COUNT) SEEN")
    s.run("SEARCH RETURN (SAVE) FLAGGED")
    s.run("FETCH $ (UID FLAGS)")                   # SEARCHRES
    s.run("SORT (SUBJECT) UTF-8 ALL")
    s.run("SORT (REVERSE DATE) UTF-8 ALL")
    s.run("UID SORT (FROM ARRIVAL) UTF-8 SEEN")
    s.run("SORT (DISPLAYFROM SIZE) UTF-8 ALL")
    s.run("SORT (CC TO) US-ASCII ALL")
    s.run("SORT RETURN (MIN MAX COUNT ALL) (DATE) UTF-8 ALL")   # ESORT
    s.run("SORT (BOGUS) UTF-8 ALL", expect="BAD")
    s.run("THREAD REFERENCES UTF-8 ALL")
    s.run("THREAD ORDEREDSUBJECT UTF-8 ALL")
    s.run("UID THREAD REFS UTF-8 ALL")
    s.run("THREAD BOGUS UTF-8 ALL", expect=("BAD", "NO"))


def part_store_copy(s, modseq_of_5):
    s.run("STORE 1 +FLAGS (\\Flagged)")
    s.run("STORE 2 -FLAGS (\\Answered)")
    s.run("STORE 3 FLAGS (\\Seen $Label1)")
    s.run("STORE 3 FLAGS.SILENT (\\Seen $Label1 $Label2)")
    s.run("UID STORE 4 +FLAGS.SILENT (Projekt-X)")
    s.run("STORE 5 (UNCHANGEDSINCE %d) +FLAGS (\\Answered)" % modseq_of_5)
    s.run("STORE 5,6 (UNCHANGEDSINCE 1) +FLAGS (\\Flagged)", code="MODIFIED")
    s.run("UID STORE 1:2 (UNCHANGEDSINCE 1) -FLAGS.SILENT (\\Seen)",
          code="MODIFIED")
    s.run("STORE 1 +FLAGS (\\Recent)", expect="BAD")
    s.run("STORE 1 +FLAGS (\\Bogus)", expect="BAD")
    s.run("COPY 1:2 Archive", code="COPYUID")
    s.run("UID COPY 3,5 " + DRAFTS, code="COPYUID")
    s.run("COPY 1 Nope", expect="NO", code="TRYCREATE")
    s.run("MOVE 12 Archive")                      # COPYUID untagged, EXPUNGE
    s.run("UID MOVE 11 " + quoted(UNTER))
    s.run("STORE 10 +FLAGS.SILENT (\\Deleted)")
    s.run("EXPUNGE")
    s.run("CHECK")
    s.run("NOOP")


def part_qresync(s, uidvalidity, modseq0):
    s.run("UNSELECT")
    s.run("ENABLE CONDSTORE QRESYNC")
    s.run("ENABLE UTF8=ACCEPT")      # Dovecot 2.3 does not support it
    s.run("SELECT INBOX (QRESYNC (%d %d 1:20))" % (uidvalidity, modseq0))
    s.run("UNSELECT")
    s.run("SELECT INBOX (QRESYNC (%d %d 1:20 (1,3,5 1,3,5)))"
          % (uidvalidity, modseq0))
    s.run("FETCH 1:* (FLAGS) (CHANGEDSINCE %d)" % modseq0)
    s.run("UID FETCH 1:* (FLAGS) (CHANGEDSINCE %d VANISHED)" % modseq0)
    s.run("UID FETCH 1:* (FLAGS) (VANISHED)", expect="BAD")
    s.run("STORE 2 +FLAGS (\\Seen)")
    s.run("UID STORE 1 +FLAGS.SILENT (\\Deleted)")
    s.run("UID EXPUNGE 1")                        # VANISHED 1
    s.run("STORE 1 +FLAGS.SILENT (\\Deleted)")
    s.run("EXPUNGE")
    s.run("UID MOVE 3 Archive")                   # VANISHED 3


def part_idle(s, s2, msgs):
    # 1. another client APPENDs: EXISTS (and RECENT, FETCH) while idling.
    s.idle(lambda: s2.run("APPEND INBOX (\\Seen) \"11-Jan-2024 08:00:00 +0000\" ",
                          Literal(msgs["11"]), code="APPENDUID"),
           rb"^\* [0-9]+ EXISTS\r\n")
    # 2. it changes a flag and expunges: FETCH (FLAGS MODSEQ), VANISHED.
    def change():
        s2.run("SELECT INBOX")
        s2.run("STORE 1 +FLAGS ($FromConn2)")
        s2.run("STORE 2 +FLAGS.SILENT (\\Deleted)")
        s2.run("EXPUNGE")
    s.idle(change, rb"^\* VANISHED ")
    # 3. nothing happens: the keepalive "* OK Still here" (every 5 s).
    s.idle(lambda: None, rb"^\* OK Still here")
    s2.run("LOGOUT")
    s2.conn.drain_to_eof()


def part_other_mailboxes(s):
    s.run("EXAMINE Archive")
    s.run("FETCH 1:* (UID FLAGS ENVELOPE)")
    s.run("STORE 1 +FLAGS (\\Deleted)")   # read-only: "Store ignored"
    s.run("CLOSE")
    s.run("FETCH 1 FLAGS", expect="BAD")                # nothing selected
    s.run("SELECT " + DRAFTS + " (CONDSTORE)")
    s.run("FETCH 1:* (UID FLAGS MODSEQ BODYSTRUCTURE)")
    s.run("STORE 1 +FLAGS.SILENT (\\Deleted)")
    s.run("CLOSE")                                   # expunges silently
    s.run("SELECT " + NIHONGO)
    s.run("FETCH 1 (BODY.PEEK[] BINARY.PEEK[1] ENVELOPE)")
    s.run("SELECT Nope", expect="NO")
    s.run("STATUS INBOX (MESSAGES RECENT UIDNEXT UNSEEN HIGHESTMODSEQ SIZE)")
    s.run('RENAME "Projekte/2024/Q1" ' + quoted("Projekte/2024/" + mutf7("Q1 – fertig")))
    s.run('LIST "" "Projekte/*"')


def part_quota_metadata_acl(s):
    s.run("GETQUOTAROOT INBOX")
    s.run('GETQUOTA "User quota"')
    s.run("GETQUOTAROOT " + NIHONGO)
    s.run("GETQUOTA Nope", expect="NO")
    s.run('SETQUOTA "User quota" (STORAGE 1000)', expect=("NO", "BAD"))
    s.run('SETMETADATA INBOX (/private/comment "Inbox note")')
    s.run('SETMETADATA "" (/private/vendor/imapwire/test ',
          Literal("line one\r\nline two"), ")")
    s.run('SETMETADATA "" (/private/vendor/imapwire/empty "")')
    s.run("GETMETADATA INBOX /private/comment")
    s.run('GETMETADATA "" (/private/vendor/imapwire/test /private/comment)')
    s.run('GETMETADATA (DEPTH infinity) "" /private/vendor')
    s.run('GETMETADATA (MAXSIZE 5) "" /private/vendor/imapwire/test')
    s.run('GETMETADATA "" /shared/comment')
    s.run('SETMETADATA INBOX (/private/comment NIL)')
    s.run('SETMETADATA INBOX (/bogus "x")', expect=("BAD", "NO"))
    s.run("GETACL INBOX")
    s.run("MYRIGHTS INBOX")
    s.run("MYRIGHTS " + DRAFTS)
    s.run("LISTRIGHTS INBOX bob")
    s.run("SETACL INBOX bob lrs")
    s.run("SETACL %s bob +lrw" % quoted(UNTER))
    s.run("GETACL INBOX")
    s.run("GETACL " + quoted(UNTER))
    s.run("DELETEACL INBOX bob")
    s.run("GETACL Nope", expect="NO")


def part_failing_and_logout(s):
    s.run("FROBNICATE now", expect="BAD")
    s.run("SELECT", expect="BAD")
    s.run("LOGIN alice alicepass", expect="BAD")        # already logged in
    s.run("CREATE", expect="BAD")
    s.run("RENAME INBOX INBOX", expect="NO")
    s.run("DELETE INBOX", expect="NO")
    s.run("DELETE Projekte", expect="NO")      # \NonExistent parent
    s.run("UID FETCH 1 FLAGS", expect="BAD")         # nothing selected
    s.run("SELECT INBOX")
    s.run("UID FETCH abc FLAGS", expect="BAD")       # not a sequence set
    s.run("FETCH 1 BODY[HEADER.FIELDS ()]", expect="BAD")
    s.run("LOGOUT")
    s.conn.drain_to_eof()


def play_main(s, s2, msgs):
    login(s2)
    part_not_authenticated(s)
    part_mailboxes(s)
    part_append(s, msgs)
    part_status(s)
    untagged, _ = s.run("SELECT INBOX (CONDSTORE)", code="READ-WRITE")
    uidvalidity = number_after(rb"\[UIDVALIDITY ([0-9]+)\]", untagged)
    modseq0 = number_after(rb"\[HIGHESTMODSEQ ([0-9]+)\]", untagged)
    part_fetch(s)
    untagged, _ = s.run("FETCH 5 (MODSEQ)")
    part_search(s)
    part_store_copy(s, number_after(rb"MODSEQ \(([0-9]+)\)", untagged))
    part_qresync(s, uidvalidity, modseq0)
    part_idle(s, s2, msgs)
    part_other_mailboxes(s)
    part_quota_metadata_acl(s)
    part_failing_and_logout(s)


def play_big(s):
    login(s)
    s.run("CREATE Big")
    s.run('APPEND Big (\\Seen) "11-Jan-2024 11:11:11 +0000" ',
          Literal(big_message(), "plus"), code="APPENDUID")
    s.run("SELECT Big")
    s.run("FETCH 1 (RFC822.SIZE BODYSTRUCTURE BINARY.SIZE[2])")
    s.run("FETCH 1 BODY.PEEK[]")
    s.run("FETCH 1 BINARY.PEEK[2]<0.4096>")
    s.run("LOGOUT")
    s.conn.drain_to_eof()


def write(path, data):
    with open(path, "wb") as f:
        f.write(data)


def dump_and_exit(err, sessions):
    sys.stderr.write("imap-full-client: %s: %s\n" % (type(err).__name__, err))
    for s in sessions:
        if s is None:
            continue
        tail = bytes(s.conn.rx[-4000:]).decode("latin-1")
        sys.stderr.write("--- last bytes received on %s* ---\n%s\n"
                         % (s.prefix, tail))
    sys.exit(1)


def main():
    if len(sys.argv) != 5:
        sys.exit(__doc__.split("\n\n")[1])
    host, port, msg_dir, out = sys.argv[1:]
    port = int(port)
    msgs = load_messages(msg_dir)
    main_s = conn2 = big = None
    try:
        main_s = Session(Conn(host, port, TIMEOUT), "a")
        conn2 = Session(Conn(host, port, TIMEOUT), "b")
        play_main(main_s, conn2, msgs)
        big = Session(Conn(host, port, TIMEOUT), "c")
        play_big(big)
    except (Fail, OSError, EOFError) as e:
        dump_and_exit(e, [main_s, conn2, big])
    write(os.path.join(out, "dovecot-full.commands"), main_s.conn.tx)
    write(os.path.join(out, "dovecot-full.responses"), main_s.conn.rx)
    write(os.path.join(out, "dovecot-full.conn2.commands"), conn2.conn.tx)
    write(os.path.join(out, "dovecot-full.conn2.responses"), conn2.conn.rx)
    write(os.path.join(out, "dovecot-bigfetch.responses"), big.conn.rx)


if __name__ == "__main__":
    main()
