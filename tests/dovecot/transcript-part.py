#!/usr/bin/env python3
"""Cut the responses to some commands out of a recorded session.

    usage: transcript-part.py COMMANDS RESPONSES VERB...

COMMANDS and RESPONSES are the two byte streams of one session (as written
by imap-full-client.py or imap-script-client.py), whose client sent each
command only after the tagged reply to the one before. Writes to standard
output, byte for byte: the greeting, then for each command whose verb (the
word after the tag, compared without regard to case) is one of VERB, all
that the server sent from the end of the previous tagged reply up to and
including this command's tagged reply (continuation requests and untagged
responses included). Exits 1 if no command matched.
Python 3 standard library only.
"""
import re
import sys

sys.dont_write_bytecode = True   # no __pycache__ in the source tree
from imap_conn import split_commands, split_messages  # noqa: E402

TAGGED = re.compile(rb"^([^ *+]+) (?:OK|NO|BAD)[ \r]")


def responses_by_tag(responses):
    """(greeting bytes, [(tag, bytes of the responses to that command)])."""
    spans = split_messages(responses)
    if not spans:
        return b"", []
    greeting = responses[spans[0][0]:spans[0][1]]
    groups, group_start = [], spans[0][1]
    for start, end in spans[1:]:
        m = TAGGED.match(responses[start:end])
        if m:
            groups.append((m.group(1), responses[group_start:end]))
            group_start = end
    return greeting, groups


def command_verbs(commands, groups):
    """{tag: VERB} of every command in the client's stream."""
    continuations = {tag: sum(1 for line in data.split(b"\r\n")
                              if line.startswith(b"+"))
                     for tag, data in groups}
    verbs = {}
    for tag, start, end in split_commands(commands, continuations):
        words = commands[start:min(end, start + 200)].split(None, 2)
        if tag is not None and len(words) >= 2:
            verbs[tag] = words[1].upper()
    return verbs


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__.split("\n\n")[1])
    with open(sys.argv[2], "rb") as f:
        greeting, groups = responses_by_tag(f.read())
    with open(sys.argv[1], "rb") as f:
        verbs = command_verbs(f.read(), groups)
    wanted = {v.upper().encode() for v in sys.argv[3:]}
    parts = [data for tag, data in groups if verbs.get(tag) in wanted]
    if not parts:
        sys.exit("transcript-part: no command with verb %s" % " ".join(sys.argv[3:]))
    sys.stdout.buffer.write(greeting + b"".join(parts))


if __name__ == "__main__":
    main()
