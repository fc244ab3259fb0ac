#!/usr/bin/env python3
"""Extract the client commands of the RFCs' examples (their "C:" lines)
into tests/data/rfc-examples.commands.

    usage: extract-commands.py RFC_DIR [OUT]   (OUT default: stdout)
    e.g.   tests/data/extract-commands.py ../shared/rfc tests/data/rfc-examples.commands

Reads every RFC_DIR/rfcNNNN.txt that has "C:" lines, in the order of
RFC_ORDER (then the others by number), and writes one entry per client
command, in the format of rfc-examples.responses (tests/data/README.md):
a comment line "# RFC NNNN SECTION line N [marks]" ending in LF, then the
command's exact bytes, every line ending in CRLF.

How lines become commands:
- page footers and headers are removed first;
- a line after a C: line that is indented further than its "C:" and has
  no "C:"/"S:" prefix is the same line wrapped by the RFC's editor: it is
  joined with one space (with none in the RFCs whose base64 is wrapped);
- the text of a C: line is what follows "C:" and one space;
- a line announcing a literal ({n}, {n+}, ~{n}) takes the following C:
  lines (each plus CRLF) as literal data until n octets are there; if the
  lines do not add up to n, the data is all C: lines up to the last one of
  the example block and the count is fixed ([fixed-size]);
- AUTHENTICATE takes the following C: lines with no space in them (SASL
  responses, "*") up to its tagged S: reply ([sasl]); IDLE takes DONE
  ([idle-done]);
- every other C: line is a command of its own.

Marks in the comment line (words in brackets the tests can read):
  [literal]     the command holds literal data
  [fixed-size]  the RFC's literal count did not match its text; corrected
  [sasl]        lines after the first are SASL responses, not commands
  [idle-done]   the second line is IDLE's DONE, not a command
  [skip: why]   not a valid command as printed: placeholders, elisions,
                other protocols, deliberately invalid, refused literal

Python 3 standard library only.
"""
import os
import re
import sys

# The order of the output: the base specs first, then extensions by number.
RFC_ORDER = ["3501", "9051", "7162"]


# Commands the RFC prints on purpose in a form that is not valid, or that
# belong to another protocol: (rfc, text the first line starts with) ->
# reason.  Found by reading every entry of the output.
KNOWN_SKIPS = {
    ("4616", "a001 STARTTLS"): "ACAP example, not IMAP",
    ("4616", "a002 AUTHENTICATE \"PLAIN\""): "ACAP example, not IMAP",
    ("4616", "{21}"): "ACAP example, not IMAP",
    ("7628", "EHLO "): "SMTP example, not IMAP",
    ("7628", "t1 AUTH OAUTHBEARER"): "SMTP example, not IMAP",
    ("7628", "AQ=="): "SMTP example, not IMAP",
    ("7628", "AUTH OAUTHBEARER"): "SMTP example, not IMAP",
    ("4314", "A035 SETACL INBOX/Drafts John lrQswicda"):
        "deliberately invalid: an uppercase right (the RFC's server says BAD)",
    ("5819", 'A02 LIST (SUBSCRIBED RECURSIVEMATCH)""'):
        "no space before the reference name (a typo in the RFC)",
    ("8474", "5 append inbox"): "elided literal data ([...])",
    ("8474", "11 append inbox"): "elided literal data ([...])",
    ("8474", "17 append inbox"): "elided literal data ([...])",
}

# Examples whose literal data the RFC prints without "C:" (so the
# extraction cannot see it): (rfc, line number) -> the command's lines and
# marks, by hand.  RFC 5464 announces {33} for "My new comment across",
# CRLF, "two lines." -- but its text then has a CRLF before the ")", which
# belongs to the literal: 35 octets.
BY_HAND = {
    ("5464", 606): (["a SETMETADATA INBOX (/private/comment {35}",
                     "My new comment across", "two lines.", ")"],
                    ["literal", "fixed-size"]),
}

FOOTER = re.compile(r"^\S.*\[Page \d+\]\s*$")
HEADER = re.compile(r"^RFC \d+ .*\d{4}\s*$")
SECTION = re.compile(r"^(\d+(?:\.\d+)*|[A-Z]\.\d+(?:\.\d+)*)\.?\s+\S")
PREFIXED = re.compile(r"^(\s*)(?:Example:\s*)?([CS]):( ?)(.*)$")
LITERAL = re.compile(r"~?\{([0-9]+)\+?\}$")
BASE64 = re.compile(r"[A-Za-z0-9+/]+=*")
PLACEHOLDER = re.compile(r"\.\.\.|<[A-Za-z][^<>]*>|\[\.\.\.\]|…")


class Line:
    """One C: or S: line of an RFC, with its wrapped continuations."""

    def __init__(self, who, text, col, number, section, block):
        self.who, self.text, self.col = who, text, col
        self.number, self.section, self.block = number, section, block


def read_lines(path):
    """The RFC's lines without page breaks, numbered as in the file."""
    out = []
    with open(path, encoding="utf-8", errors="replace") as f:
        for number, raw in enumerate(f, 1):
            line = raw.rstrip("\n").replace("\f", "")
            if FOOTER.match(line) or (HEADER.match(line) and "  " in line):
                continue
            out.append((number, line.rstrip()))
    return out


def joined(prev, more):
    """An RFC line wrapped by its editor, put back together: base64 broken
    over lines (SASL data) and a set broken after a comma go on without a
    space, anything else with one."""
    last = prev.rsplit(" ", 1)[-1]
    if BASE64.fullmatch(more) and BASE64.fullmatch(last) and len(last) >= 12:
        return prev + more
    if prev.endswith(","):            # a sequence set broken after a comma
        return prev + more
    return prev.rstrip() + " " + more


def dialogue(path):
    """The C: and S: lines of one RFC.  `block` counts the example blocks:
    a non-blank line left of the last C:/S: prefix ends one; a line right
    of it that is no continuation (a note, or literal data printed without
    "C:") stays in the block."""
    lines, section, block, last, col = [], "", 0, None, 0
    for number, line in read_lines(path):
        m = PREFIXED.match(line)
        if SECTION.match(line):
            section = SECTION.match(line).group(1)
        if m:
            col = line.index(m.group(2) + ":", len(m.group(1)))
            last = Line(m.group(2), m.group(4), col, number, section, block)
            lines.append(last)
            continue
        if not line.strip():
            continue
        indent = len(line) - len(line.lstrip())
        if last is not None and indent > col + 2 and \
                not line.lstrip().startswith("(note"):
            last.text = joined(last.text, line.strip())
            continue
        last = None
        if indent < col:
            block += 1      # prose: the example block is over
    return lines


class Entry:
    def __init__(self, first):
        self.first = first
        # Spaces between "C:" and the tag only align a sample dialogue.
        self.lines = [first.text.lstrip()]
        self.marks = []
        self.announce_at = 0     # index of the line that announces a literal

    def data(self):
        return b"".join(l.encode("utf-8") + b"\r\n" for l in self.lines)


def take_literal(entry, clines, k, n):
    """Appends the data of a literal of n octets from clines[k:] to entry.
    The data may end inside a line (RFC 3501's "FRED FOOBAR {7}": the
    rest of that line is more command).  Returns (index after the lines
    used, the rest of the last line or None)."""
    got, j = 0, k
    while j < len(clines) and got < n and clines[j].block == entry.first.block:
        text = clines[j].text.encode("utf-8")
        j += 1
        if got + len(text) + 2 <= n:
            got += len(text) + 2
            entry.lines.append(clines[j - 1].text)
            continue
        if n - got <= len(text):       # ends in this line
            cut = n - got
            entry.lines.append(text[:cut].decode("utf-8"))
            return j, text[cut:].decode("utf-8")
        break
    if got == n:
        return j, None
    return fix_size(entry, clines, k)


def fix_size(entry, clines, k):
    """The RFC's lines do not add up to the announced count: the data is
    every C: line of the example block but its last (which ends the
    command), and the count is corrected."""
    del entry.lines[entry.announce_at + 1:]
    j = k
    while j + 1 < len(clines) and clines[j + 1].block == entry.first.block:
        j += 1
    j = max(j, min(k + 1, len(clines)))
    size = sum(len(l.text.encode("utf-8")) + 2 for l in clines[k:j])
    entry.lines[-1] = LITERAL.sub(
        lambda m: m.group(0).replace(m.group(1), str(size)), entry.lines[-1])
    entry.lines += [l.text for l in clines[k:j]]
    entry.marks.append("fixed-size")
    return j, None


def commands(lines):
    """Groups the C: lines into commands (Entry objects)."""
    entries = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.who != "C":
            i += 1
            continue
        entry = Entry(line)
        entries.append(entry)
        cl = [l for l in lines[i + 1:] if l.who == "C"]
        k = take_literals(entry, lines, cl)
        verb = verb_of(entry.lines[0])
        if verb == "AUTHENTICATE":
            k = take_sasl(entry, lines, k, cl)
        elif verb == "IDLE" and k < len(cl) and cl[k].text.strip() == "DONE":
            entry.lines.append("DONE")
            entry.marks.append("idle-done")
            k += 1
        i = advance(lines, i + 1, cl, k)
    return entries


def take_literals(entry, lines, cl):
    """Follows every literal the command announces; returns how many of
    the C: lines cl (those after the command's first) it used."""
    k = 0
    after = entry.first.number
    while True:
        m = LITERAL.search(entry.lines[-1])
        if not m:
            return k
        if refused_before_data(lines, after, entry):
            entry.marks.append("skip: literal refused by the server,"
                               " never sent")
            return k
        if "literal" not in entry.marks:
            entry.marks.insert(0, "literal")
        entry.announce_at = len(entry.lines) - 1
        k, rest = take_literal(entry, cl, k, int(m.group(1)))
        after = cl[k - 1].number if k else after
        if rest is not None:
            entry.lines[-1] += rest          # the command goes on
        elif k < len(cl) and cl[k].block == entry.first.block and \
                continues_command(cl[k].text):
            entry.lines.append(cl[k].text)   # rest of the command line
            after = cl[k].number
            k += 1
        else:
            entry.lines.append("")           # the command's CRLF
            return k


def continues_command(text):
    """After a literal the command goes on with a space (more arguments)
    or ends (an empty line); anything else is the next command."""
    return text == "" or text.startswith((" ", ")"))


def take_sasl(entry, lines, k, cl):
    """SASL responses (lines with no space in them, "*" to cancel) after
    AUTHENTICATE, up to its tagged reply."""
    tag = entry.lines[0].split(" ", 1)[0]
    stop = next((l.number for l in lines if l.number > entry.first.number
                 and l.who == "S" and l.text.strip().startswith(tag + " ")),
                None)
    while k < len(cl) and " " not in cl[k].text.strip() and \
            (stop is None or cl[k].number < stop) and \
            cl[k].block == entry.first.block:
        entry.lines.append(cl[k].text.strip())
        k += 1
    if len(entry.lines) > 1:
        entry.marks.append("sasl")
    return k


def refused_before_data(lines, after, entry):
    """A synchronising literal that the server answered with its tagged
    reply, not with "+", after line number `after`: never sent."""
    if "+}" in entry.lines[-1]:
        return False
    tag = entry.lines[0].split(" ", 1)[0]
    for l in lines:
        if l.number <= after:
            continue
        return l.who == "S" and l.text.strip().startswith(tag + " ")
    return False


def advance(lines, i, cl, k):
    """The index in lines after the first k C: lines of cl."""
    if k == 0:
        return i
    target = cl[k - 1].number
    while i < len(lines) and lines[i].number <= target:
        i += 1
    return i


def verb_of(first):
    words = first.split()
    if len(words) >= 3 and words[1].upper() == "UID":
        return words[2].upper()
    return words[1].upper() if len(words) >= 2 else ""


def by_hand(rfc, entry):
    fixed = BY_HAND.get((rfc, entry.first.number))
    if fixed:
        entry.lines, entry.marks = list(fixed[0]), list(fixed[1])


def skip_reason(rfc, entry):
    """Why the entry is not a valid command, or None."""
    for (r, start), reason in KNOWN_SKIPS.items():
        if r == rfc and entry.lines[0].startswith(start):
            return reason
    refused = [m for m in entry.marks if m.startswith("skip: ")]
    if refused:
        return refused[0][len("skip: "):]
    first = entry.lines[0]
    if not first.strip():
        return "empty line"
    if "literal" not in entry.marks and PLACEHOLDER.search(first):
        return "placeholder or elision"
    if "literal" in entry.marks and any(PLACEHOLDER.fullmatch(l.strip())
                                        for l in entry.lines[1:]):
        return "elided literal data"
    if len(first.split()) < 2 and "sasl" not in entry.marks:
        return "not a tagged command (a continuation of one)"
    if first != first.strip() or "  " in first:
        return "extra spaces"
    return None


def framed_once(data):
    """Does data hold exactly one command by the framing rules (a line,
    and n octets after every line that ends in a literal announcement)?"""
    pos = 0
    while True:
        eol = data.find(b"\r\n", pos)
        if eol < 0:
            return False
        m = re.search(rb"\{([0-9]+)\+?\}$", data[pos:eol])
        pos = eol + 2
        if not m:
            return pos == len(data)
        pos += int(m.group(1))


def check(rfc, entry):
    """Every entry that is not skipped must frame as one command, its
    first line at least when SASL lines or DONE follow."""
    if any(m.startswith("skip") for m in entry.marks):
        return
    data = entry.data()
    if "sasl" in entry.marks or "idle-done" in entry.marks:
        data = entry.lines[0].encode("utf-8") + b"\r\n"
    if not framed_once(data):
        sys.exit("extract-commands: RFC %s line %d does not frame as one "
                 "command" % (rfc, entry.first.number))


def rfc_files(folder):
    found = sorted(f[3:-4] for f in os.listdir(folder)
                   if re.fullmatch(r"rfc\d+\.txt", f))
    head = [r for r in RFC_ORDER if r in found]
    return head + [r for r in found if r not in head]


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__.split("\n\n")[1])
    folder = sys.argv[1]
    out = [b"# Client commands from the RFCs' examples (their C: lines), made by\n"
           b"# tests/data/extract-commands.py (tests/data/README.md describes this file).\n"]
    counts = []
    for rfc in rfc_files(folder):
        entries = commands(dialogue(os.path.join(folder, "rfc%s.txt" % rfc)))
        for e in entries:
            by_hand(rfc, e)
            reason = skip_reason(rfc, e)
            if reason:
                e.marks = [m for m in e.marks if not m.startswith("skip")]
                e.marks.append("skip: " + reason)
            check(rfc, e)
            marks = "".join(" [%s]" % m for m in e.marks)
            section = " " + e.first.section if e.first.section else ""
            out.append(b"# RFC %s%s line %d%s\n" % (
                rfc.encode(), section.encode(), e.first.number, marks.encode()))
            out.append(e.data())
        if entries:
            skipped = sum(1 for e in entries
                          if any(m.startswith("skip") for m in e.marks))
            counts.append((rfc, len(entries), skipped))
    text = b"".join(out)
    if len(sys.argv) == 3:
        with open(sys.argv[2], "wb") as f:
            f.write(text)
    else:
        sys.stdout.buffer.write(text)
    for rfc, n, skipped in counts:
        print("RFC %s: %d examples (%d skipped)" % (rfc, n, skipped),
              file=sys.stderr)
    print("total: %d examples (%d skipped)" % (
        sum(c[1] for c in counts), sum(c[2] for c in counts)), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
