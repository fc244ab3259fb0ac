#!/usr/bin/env python3
"""Drive Python's own imaplib through a long IMAP session, so that the
recording relay (record-relay.py) captures what imaplib puts on the wire.

    usage: imaplib-client.py HOST PORT MESSAGES_DIR

Three connections, in this order (the relay numbers them 1, 2, 3):
  1  LOGIN alice, then nearly every command imaplib can send (its own
     methods where it has one, _simple_command / xatom for the rest, a
     hand-made literal iterator for MULTIAPPEND and SETMETADATA with a
     literal, _command for IDLE), LOGOUT.
  2  AUTHENTICATE PLAIN cancelled by the client (imaplib sends "*" when the
     authenticator returns None), then AUTHENTICATE PLAIN (the response on
     a continuation line), CAPABILITY, LOGOUT.
  3  AUTHENTICATE LOGIN (two continuation rounds), NOOP, LOGOUT.

The commands' tags are imaplib's own (a random 4-letter prefix and a
counter); the random generator is seeded per connection so that a re-run
sends the same bytes (save UIDVALIDITY in the QRESYNC SELECTs).
Commands the server rejects are fine: what matters is what the client sent.
The exit status is 1 only if a connection broke or a step that later ones
need (login, select) failed.

Python 3 standard library only; talk only to 127.0.0.1.
"""
import imaplib
import os
import random
import re
import sys

USER, PASSWORD = "alice", "alicepass"
SEEDS = (3501, 9051, 7162)       # one per connection: fixed tags
# imaplib 3.11 has no idle() and refuses commands it does not know.
imaplib.Commands.setdefault("IDLE", ("AUTH", "SELECTED"))


class Chunks:
    """imaplib's literal iterator: a bound method (imaplib checks its type)
    that returns the next chunk at each continuation request.  A chunk may
    end with the next literal's announcement ({n}), which is how a
    MULTIAPPEND or a literal in the middle of a command is sent."""

    def __init__(self, chunks):
        self.chunks = list(chunks)

    def next_chunk(self, _continuation):
        return self.chunks.pop(0)


def crlf(text):
    return re.sub(rb"\r?\n", b"\r\n", text)


def load_messages(folder):
    names = sorted(n for n in os.listdir(folder) if n.endswith(".eml"))
    return [crlf(open(os.path.join(folder, n), "rb").read()) for n in names]


class Session:
    """One imaplib connection and a log of what each step got."""

    def __init__(self, host, port, seed):
        random.seed(seed)
        self.m = imaplib.IMAP4(host, port)   # greeting, then CAPABILITY
        self.failed = []

    def step(self, name, fn, *args):
        """Runs one imaplib call; a NO or BAD answer is noted, not fatal."""
        try:
            typ, data = fn(*args)
        except imaplib.IMAP4.abort:
            raise
        except imaplib.IMAP4.error as e:      # imaplib raises on BAD
            typ, data = "BAD", [str(e).encode()]
        if typ != "OK" and not (typ == "BYE" and name == "LOGOUT"):
            self.failed.append(name)
        print("%-28s %s %.70r" % (name, typ, data[-1] if data else None))
        return typ, data

    def raw(self, verb, *args):
        """A command imaplib has no method for, sent as is."""
        imaplib.Commands.setdefault(verb, ("AUTH", "SELECTED"))
        return self.step(verb + " " + " ".join(args)[:20],
                         self.m._simple_command, verb, *args)

    def with_literals(self, name, verb, args, chunks):
        """A command whose arguments hold literals; args end with the first
        {n}, each chunk but the last ends with the next one."""
        def run():
            self.m.literal = Chunks(chunks).next_chunk
            return self.m._simple_command(verb, *args)
        return self.step(name, run)

    def select_with(self, verb, mailbox, params):
        """SELECT / EXAMINE with parameters, which imaplib.select() cannot
        send; sets imaplib's state as select() would."""
        self.m.untagged_responses.clear()
        typ, data = self.raw(verb, mailbox, params)
        if typ == "OK":
            self.m.state = "SELECTED"
            self.m.is_readonly = verb == "EXAMINE"
        return typ, data

    def idle(self):
        """IDLE, then DONE at the continuation (imaplib 3.11 has no idle());
        _command sends the line and returns at once."""
        m = self.m
        tag = m._command("IDLE")
        while m._get_response():          # None at a continuation request
            if m.tagged_commands[tag]:
                break
        else:
            m.send(b"DONE\r\n")
        return self.step("IDLE ... DONE", m._command_complete, "IDLE", tag)


def status_number(data, item):
    m = re.search(rb"\b" + item + rb" ([0-9]+)", data[0] or b"")
    return int(m.group(1)) if m else 1


def mailboxes(s):
    m = s.m
    s.step("NAMESPACE", m.namespace)
    s.step("LIST", m.list)
    s.step("LIST %", m.list, '""', "%")
    s.step("LIST INBOX*", m.list, '""', "INBOX*")
    s.step("CREATE Work", m.create, "Work")
    s.step("CREATE Work/Projects", m.create, "Work/Projects")
    s.step("CREATE quoted", m.create, '"Old Mail"')
    s.step("CREATE UTF-7", m.create, "Entw&APw-rfe")
    s.raw("CREATE", "MyDrafts", "(USE (\\Drafts))")
    s.step("RENAME", m.rename, "Work/Projects", "Work/Done")
    s.step("SUBSCRIBE", m.subscribe, "Work")
    s.step("SUBSCRIBE Done", m.subscribe, "Work/Done")
    s.step("LSUB", m.lsub)
    s.step("LSUB %", m.lsub, '""', "%")
    s.step("UNSUBSCRIBE", m.unsubscribe, "Work/Done")
    s.raw("LIST", "(SUBSCRIBED)", '""', "*")
    s.raw("LIST", "(SUBSCRIBED RECURSIVEMATCH)", '""', "%",
          "RETURN (CHILDREN)")
    s.raw("LIST", "(SPECIAL-USE)", '""', "*")
    s.raw("LIST", '""', "*", "RETURN (SPECIAL-USE STATUS (MESSAGES UNSEEN))")
    s.raw("LIST", '""', '("INBOX" "Work/*")', "RETURN (SUBSCRIBED CHILDREN)")
    s.raw("LIST", "(REMOTE)", '""', "%")
    s.step("DELETE", m.delete, '"Old Mail"')


def appends(s, messages):
    m = s.m
    dates = ['"%02d-Jan-2024 09:%02d:00 +0100"' % (i + 1, i)
             for i in range(len(messages))]
    flags = ["(\\Seen)", "(\\Seen \\Answered)", "()", "(\\Flagged $Label1)",
             None, "(\\Draft)"]
    for i, flag in enumerate(flags):
        s.step("APPEND %d" % i, m.append, "INBOX", flag, dates[i], messages[i])
    s.step("APPEND no date", m.append, "Work", None, None, messages[6])
    # MULTIAPPEND (RFC 3502): the first literal's chunk carries the second
    # message's flags, date and {n}.
    two, three = messages[7], messages[8]
    s.with_literals("MULTIAPPEND", "APPEND",
                    ["Work", "(\\Seen)", dates[7], "{%d}" % len(two)],
                    [two + b" () %s {%d}" % (dates[8].encode(), len(three)),
                     three])
    # No APPEND the server refuses: the client then sends no literal data,
    # which a reader of the client's side alone cannot tell (imapwire-parse
    # --commands reads a synchronising literal as sent).


def status(s):
    m = s.m
    s.step("STATUS many", m.status, "INBOX",
           "(MESSAGES RECENT UIDNEXT UIDVALIDITY UNSEEN HIGHESTMODSEQ SIZE)")
    s.step("STATUS Work", m.status, "Work", "(MESSAGES UIDNEXT)")
    s.step("STATUS DELETED", m.status, "Work", "(DELETED DELETED-STORAGE)")


def search(s):
    m = s.m
    s.step("SEARCH ALL", m.search, None, "ALL")
    s.step("SEARCH complex", m.search, None,
           '(OR (FROM "alice" SUBJECT "report") NOT (SEEN LARGER 1000))',
           'SINCE 1-Jan-2020 HEADER "X-Priority" "1" UID 1:3,5,7:*')
    s.step("SEARCH OR OR NOT", m.search, None,
           "OR OR ANSWERED FLAGGED NOT (DELETED OR KEYWORD $Label1 "
           "UNKEYWORD $Junk)", "BEFORE 1-Jan-2030 SENTSINCE 1-Feb-1990 "
           "SMALLER 100000 NEW NOT OLD")
    s.step("SEARCH CHARSET text", m.search, "UTF-8", "TEXT", '"plain"')
    s.m.literal = "Grüße".encode("utf-8")     # imaplib appends {n} itself
    s.step("SEARCH CHARSET literal", m.search, "UTF-8", "SUBJECT")
    s.step("SEARCH MODSEQ", m.search, None, "MODSEQ", "2")
    s.step("SEARCH MODSEQ entry", m.search, None,
           'MODSEQ "/flags/\\\\Seen" all 1')
    s.raw("SEARCH", "RETURN (MIN MAX COUNT ALL)", "UNDELETED")
    s.raw("SEARCH", "RETURN ()", "ALL")
    s.raw("SEARCH", "RETURN (SAVE)", "SEEN")
    s.step("FETCH $", m.fetch, "$", "(FLAGS)")
    s.step("SEARCH $", m.search, None, "$", "FLAGGED")
    s.step("UID SEARCH", m.uid, "SEARCH", "UID", "1:*", "NOT", "DELETED")
    s.step("UID SEARCH CHARSET", m.uid, "SEARCH", "CHARSET", "UTF-8",
           "ALL")
    s.step("SORT", m.sort, "(REVERSE DATE SUBJECT)", "UTF-8", "ALL")
    s.step("SORT ARRIVAL", m.sort, "(ARRIVAL SIZE FROM)", "US-ASCII",
           "SINCE", "1-Jan-2000")
    s.step("UID SORT", m.uid, "SORT", "(REVERSE ARRIVAL)", "UTF-8", "ALL")
    s.raw("SORT", "RETURN (MIN COUNT)", "(DATE)", "UTF-8", "ALL")
    s.step("THREAD REFERENCES", m.thread, "REFERENCES", "UTF-8", "ALL")
    s.step("THREAD ORDEREDSUBJECT", m.thread, "ORDEREDSUBJECT", "US-ASCII",
           "UNDELETED")
    s.step("UID THREAD", m.uid, "THREAD", "REFS", "UTF-8", "ALL")


FETCHES = [
    ("1:*", "(FLAGS)"),
    ("1", "ALL"),
    ("1:2", "FAST"),
    ("2", "FULL"),
    ("1:*", "(UID RFC822.SIZE INTERNALDATE ENVELOPE BODYSTRUCTURE BODY)"),
    ("1", "(BODY.PEEK[HEADER.FIELDS (FROM TO SUBJECT DATE)]<0.100>)"),
    ("1", "(BODY.PEEK[HEADER.FIELDS.NOT (RECEIVED X-MAILER)])"),
    ("2", "(BODY[1.MIME] BODY.PEEK[2.MIME])"),
    ("2", "(BODY.PEEK[TEXT]<10.20> BODY.PEEK[1])"),
    ("3", "(BODY[])"),
    ("3", "(RFC822 RFC822.HEADER RFC822.TEXT)"),
    ("2", "(BINARY.PEEK[1] BINARY.SIZE[1])"),
    ("2", "(BINARY[1]<0.16>)"),
    ("2:4", "(BODY.PEEK[HEADER] MODSEQ)"),
    ("1:*", "(FLAGS MODSEQ) (CHANGEDSINCE 1)"),
    ("4,1:2", "(UID FLAGS)"),
]


def fetch_store(s):
    m = s.m
    for sset, items in FETCHES:
        s.step("FETCH " + items[:22], m.fetch, sset, items)
    s.step("UID FETCH", m.uid, "FETCH", "1:*", "(UID FLAGS MODSEQ)")
    s.step("STORE +FLAGS.SILENT", m.store, "1", "+FLAGS.SILENT", "(\\Deleted)")
    s.step("STORE -FLAGS", m.store, "1:2", "-FLAGS", "(\\Seen)")
    s.step("STORE FLAGS", m.store, "2", "FLAGS", "(\\Seen $Label2)")
    s.step("STORE UNCHANGEDSINCE", m.store, "1:3",
           "(UNCHANGEDSINCE 5) +FLAGS", "(\\Flagged)")
    s.step("UID STORE", m.uid, "STORE", "2:3", "-FLAGS.SILENT", "(\\Flagged)")
    s.step("COPY", m.copy, "2:3", "Work")
    s.step("UID COPY", m.uid, "COPY", "4", "Work/Done")
    s.raw("MOVE", "3", "Work")
    s.step("UID MOVE", m.uid, "MOVE", "5", "Work/Done")
    s.step("EXPUNGE", m.expunge)
    s.step("UID STORE Deleted", m.uid, "STORE", "6", "+FLAGS", "(\\Deleted)")
    s.step("UID EXPUNGE", m.uid, "EXPUNGE", "6")
    s.step("CHECK", m.check)


def qresync(s):
    m = s.m
    s.step("UNSELECT", m.unselect)
    s.raw("ENABLE", "QRESYNC")
    typ, data = s.step("STATUS for QRESYNC", m.status, "INBOX",
                       "(UIDVALIDITY HIGHESTMODSEQ)")
    validity = status_number(data, rb"UIDVALIDITY")
    s.select_with("SELECT", "INBOX", "(QRESYNC (%d 2 1:20))" % validity)
    s.select_with("SELECT", "INBOX",
                  "(QRESYNC (%d 2 1:20 (1,3 1,3)))" % validity)
    s.step("UID FETCH VANISHED", m.uid, "FETCH", "1:*",
           "(FLAGS) (CHANGEDSINCE 1 VANISHED)")
    s.step("UID STORE QRESYNC", m.uid, "STORE", "1:*", "+FLAGS.SILENT",
           "(\\Seen)")
    s.step("UID STORE Deleted 2", m.uid, "STORE", "2", "+FLAGS", "(\\Deleted)")
    s.step("UID EXPUNGE QRESYNC", m.uid, "EXPUNGE", "2")
    s.idle()
    s.step("CLOSE", m.close)


def server_data(s):
    m = s.m
    s.step("GETQUOTAROOT", m.getquotaroot, "INBOX")
    s.step("GETQUOTA", m.getquota, '"User quota"')
    s.step("SETQUOTA", m.setquota, '"User quota"', "(STORAGE 512)")
    s.step("GETACL", m.getacl, "INBOX")
    s.step("MYRIGHTS", m.myrights, "INBOX")
    s.step("LISTRIGHTS", m.xatom, "LISTRIGHTS", "INBOX", "bob")
    s.step("SETACL", m.setacl, "Work", "bob", "+lr")
    s.step("GETACL Work", m.getacl, "Work")
    s.step("DELETEACL", m.deleteacl, "Work", "bob")
    s.raw("SETMETADATA", "INBOX", '(/private/comment "My own comment")')
    note = b"two lines\r\nof comment"
    s.with_literals("SETMETADATA literal", "SETMETADATA",
                    ["Work", "(/private/comment {%d}" % len(note)],
                    [note + b")"])
    s.raw("SETMETADATA", "Work", "(/private/comment NIL)")
    s.raw("GETMETADATA", "INBOX", "/private/comment")
    s.raw("GETMETADATA", "(MAXSIZE 1024 DEPTH infinity)", '""',
          "(/private/comment /shared/comment)")
    s.raw("GETMETADATA", "(DEPTH 1)", "INBOX", "/private")


def main_session(host, port, messages):
    s = Session(host, port, SEEDS[0])
    m = s.m
    s.step("CAPABILITY", m.capability)
    s.step("LOGIN", m.login, USER, PASSWORD)
    s.step("CAPABILITY after", m.capability)
    m._get_capabilities()             # imaplib keeps the pre-login list
    s.step("ID", m.xatom, "ID", '("name" "imaplib" "version" "%d.%d")'
           % sys.version_info[:2])
    s.raw("ID", "NIL")
    s.step("ENABLE", m.enable, "CONDSTORE")
    mailboxes(s)
    appends(s, messages)
    status(s)
    s.step("EXAMINE", m.select, "INBOX", True)
    s.step("FETCH read-only", m.fetch, "1", "(FLAGS)")
    s.select_with("EXAMINE", "Work", "(CONDSTORE)")
    s.step("SELECT", m.select, "INBOX")
    s.select_with("SELECT", "INBOX", "(CONDSTORE)")
    if m.state != "SELECTED":
        raise SystemExit("imaplib-client: SELECT failed")
    search(s)
    fetch_store(s)
    qresync(s)
    server_data(s)
    s.step("DELETE Work/Done", m.delete, "Work/Done")
    s.step("NOOP", m.noop)
    s.step("LOGOUT", m.logout)
    return s


def plain(user, password):
    return lambda _challenge: "\0%s\0%s" % (user, password)


def auth_session(host, port):
    s = Session(host, port, SEEDS[1])
    m = s.m
    s.step("AUTHENTICATE cancelled", m.authenticate, "PLAIN",
           lambda _challenge: None)             # imaplib sends "*"
    s.step("AUTHENTICATE PLAIN", m.authenticate, "PLAIN",
           plain(USER, PASSWORD))
    if m.state != "AUTH":
        raise SystemExit("imaplib-client: AUTHENTICATE PLAIN failed")
    s.step("CAPABILITY", m.capability)
    s.step("LOGOUT", m.logout)
    return s


def login_mechanism_session(host, port):
    s = Session(host, port, SEEDS[2])
    m = s.m
    answers = [USER, PASSWORD]             # "Username:", then "Password:"
    s.step("AUTHENTICATE LOGIN", m.authenticate, "LOGIN",
           lambda _challenge: answers.pop(0))
    s.step("NOOP", m.noop)
    s.step("LOGOUT", m.logout)
    return s


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__.split("\n\n")[1])
    host, port, folder = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    sessions = [main_session(host, port, load_messages(folder)),
                auth_session(host, port),
                login_mechanism_session(host, port)]
    for number, s in enumerate(sessions, 1):
        print("connection %d: %d steps got NO or BAD: %s"
              % (number, len(s.failed), ", ".join(s.failed)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
