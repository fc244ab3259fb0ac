#!/usr/bin/env python3
"""Report how imapwire-parse copes with a captured responses file.

    usage: parse-report.py IMAPWIRE_PARSE RESPONSES

Runs IMAPWIRE_PARSE on RESPONSES and prints two Markdown tables:
  1. the response kinds it printed (kind, response name, count);
  2. the responses it rejected, grouped by cause: the rule and character of
     the error, the response name, and for each rejected response its line
     in RESPONSES (1-based, as `sed -n Np` counts), the tag of the command
     it answers (the next tagged reply) and its first bytes.
Exit status: that of IMAPWIRE_PARSE (0: nothing rejected).

The file is split into responses here, independently of the parser, by
the framing rules alone (a line, plus {n} / ~{n} literals and what
follows them), so that an error offset can be tied to one response.
Python 3 standard library only. A developer tool; not run by make check.
"""
import collections
import json
import re
import subprocess
import sys

sys.dont_write_bytecode = True   # no __pycache__ in the source tree
from imap_conn import split_messages  # noqa: E402

ERROR = re.compile(r"^[^:]+: .*?: offset ([0-9]+): ([^:]+): (.*?)(?:: near .*)?$")


def response_name(text):
    """'FETCH' for '* 3 FETCH (...', 'ID' for '* ID (...'."""
    words = text.split(b" ", 3)
    if len(words) > 2 and words[1].isdigit():
        return words[2].rstrip(b"\r\n").decode("latin-1")
    return words[1].rstrip(b"\r\n").decode("latin-1") if len(words) > 1 else "?"


def command_tag(data, end):
    """The tag of the first tagged reply at or after offset end."""
    m = re.compile(rb"(?:^|\r\n)([A-Za-z][0-9]+) (?:OK|NO|BAD) ").search(data, max(end - 2, 0))
    return m.group(1).decode() if m else "-"


def print_kinds(stdout):
    counts = collections.Counter()
    for line in stdout.splitlines():
        obj = json.loads(line)
        counts[(obj["kind"], obj["name"] if obj["kind"].lower() == "other" else "")] += 1
    print("| kind | name (for other) | count |")
    print("|------|------------------|------:|")
    for (kind, name), n in sorted(counts.items()):
        print("| %s | %s | %d |" % (kind, name, n))


def print_errors(data, stderr):
    spans = split_messages(data)
    groups = collections.OrderedDict()
    for line in stderr.splitlines():
        m = ERROR.match(line)
        if not m:
            print("unrecognised error line: %s" % line)
            continue
        offset, rule, what = int(m.group(1)), m.group(2), m.group(3)
        start, end = next(s for s in spans if s[0] <= offset < s[1])
        name = response_name(data[start:end])
        first = data[start:min(end, start + 60)].split(b"\r\n")[0]
        groups.setdefault((name, rule, what), []).append(
            (data.count(b"\n", 0, start) + 1, command_tag(data, end), first))
    print("| response | parser error | count | lines (command tag) | first example |")
    print("|----------|--------------|------:|---------------------|---------------|")
    for (name, rule, what), items in groups.items():
        where = ", ".join("%d (%s)" % (ln, tag) for ln, tag, _ in items)
        example = items[0][2].decode("utf-8", "replace").replace("|", "\\|")
        print("| %s | %s: %s | %d | %s | `%s` |"
              % (name, rule, what, len(items), where, example))


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__.split("\n\n")[1])
    tool, path = sys.argv[1:]
    with open(path, "rb") as f:
        data = f.read()
    run = subprocess.run([tool, path], capture_output=True, text=True,
                         errors="replace")
    print_kinds(run.stdout)
    print()
    if run.stderr:
        print_errors(data, run.stderr)
    else:
        print("(no response rejected)")
    sys.exit(run.returncode)


if __name__ == "__main__":
    main()
