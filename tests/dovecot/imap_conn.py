"""A recording IMAP client connection, shared by the capture clients here
(imap-script-client.py, imap-full-client.py). Python 3 standard library.

Conn keeps every byte it sends (tx) and receives (rx), in order, so that a
session can be written out exactly as it went over the wire.
"""
import re
import socket

DEFAULT_TIMEOUT = 15    # seconds to wait for any single server line

# A line that ends by announcing a literal: {n}, {n+} or literal8 ~{n}.
_LITERAL_AT_END = re.compile(rb"\{([0-9]+)\+?\}\r\n\Z")


class Conn:
    def __init__(self, host, port, timeout=DEFAULT_TIMEOUT):
        self.timeout = timeout
        self.sock = socket.create_connection((host, port), timeout=timeout)
        self.buf = b""          # received, not yet returned by readline
        self.rx = bytearray()   # every byte received, in order
        self.tx = bytearray()   # every byte sent, in order

    def send(self, data):
        self.sock.sendall(data)
        self.tx += data

    def fill(self, timeout=None):
        """Receives one chunk; EOFError when the server has closed."""
        self.sock.settimeout(self.timeout if timeout is None else timeout)
        chunk = self.sock.recv(1 << 20)
        if not chunk:
            raise EOFError("server closed the connection")
        self.rx += chunk
        self.buf += chunk

    def readline(self, timeout=None):
        """One whole response: a line, the literals it announces and the
        rest of the line after each literal, CRLF included."""
        line = b""
        while True:
            while b"\r\n" not in self.buf:
                self.fill(timeout)
            i = self.buf.index(b"\r\n") + 2
            part, self.buf = self.buf[:i], self.buf[i:]
            line += part
            m = _LITERAL_AT_END.search(part)
            if not m:
                return line
            n = int(m.group(1))
            while len(self.buf) < n:
                self.fill(timeout)
            line += self.buf[:n]
            self.buf = self.buf[n:]

    def drain_to_eof(self):
        """Records whatever the server still sends until it closes (after
        LOGOUT)."""
        try:
            while True:
                self.fill()
        except EOFError:
            pass


def split_messages(data):
    """Splits a recorded stream (either direction) into its messages by the
    framing rules alone: a line, and after every line that ends in {n},
    {n+} or ~{n}, n octets of literal and the rest of the message.
    Returns [(start, end)] offsets; a last message without CRLF ends at
    len(data)."""
    return [(start, end) for _, start, end in _split(data, None)]


def split_commands(data, continuations):
    """Splits a client's recorded stream into commands. Unlike
    split_messages it knows that a synchronising literal {n} (or ~{n}) is
    sent only after a continuation request: continuations maps each tag
    (bytes) to the number of "+" responses the server sent for it, and a
    synchronising literal beyond that number was refused, so the command
    ends at that line. Lines without a tag (DONE after IDLE, AUTHENTICATE
    responses) are messages of their own. Returns [(tag or None, start,
    end)]."""
    return _split(data, continuations)


def _split(data, continuations):
    """[(first word or None, start, end)]; continuations None: every
    synchronising literal was accepted."""
    out, pos = [], 0
    while pos < len(data):
        start = pos
        line = data[pos:data.find(b"\r\n", pos)]
        first = line.split(b" ", 1)[0] if b" " in line else None
        left = None if continuations is None else continuations.get(first, 0)
        while True:
            eol = data.find(b"\r\n", pos)
            if eol < 0:
                pos = len(data)
                break
            m = _LITERAL_AT_END.search(data, pos, eol + 2)
            pos = eol + 2
            if not m:
                break
            if left is not None and b"+" not in m.group(0):   # synchronising
                if left == 0:          # refused: nothing more was sent
                    break
                left -= 1
            pos += int(m.group(1))
        out.append((first, start, min(pos, len(data))))
    return out
