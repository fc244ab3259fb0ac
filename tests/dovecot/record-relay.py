#!/usr/bin/env python3
"""A recording TCP relay for capturing what real IMAP clients send.

    record-relay.py [--listen-port P] --server-port S OUT

Listens on 127.0.0.1:P (0, the default: a free port), and forwards every
connection to 127.0.0.1:S (Dovecot's plain IMAP port).  The bytes of the
first connection go to OUT.commands (client to server) and OUT.responses
(server to client), those of the Nth connection (N >= 2) to
OUT.connN.commands / OUT.connN.responses: exact bytes, nothing added or
normalised, CRLF kept.  Connections are numbered in the order they are
accepted.

Prints "PORT=P" on stdout once it listens (so that a script can start it
in the background and read the port).  Runs until SIGTERM or SIGINT, or,
with --connections N, until N connections have been relayed and closed.
Plain TCP only: a client that starts TLS (STARTTLS) would be recorded as
ciphertext, so clients must be configured not to.

Python 3 standard library only.
"""
import argparse
import selectors
import signal
import socket
import sys

CHUNK = 1 << 16


def out_name(prefix, number, direction):
    """OUT.commands for the first connection, OUT.connN.commands after."""
    conn = "" if number == 1 else ".conn%d" % number
    return "%s%s.%s" % (prefix, conn, direction)


class Pipe:
    """One direction of one relayed connection: bytes read from `src` are
    written to the record file, then to `dst`."""

    def __init__(self, src, dst, record):
        self.src, self.dst, self.record = src, dst, record
        self.open = True


class Session:
    """One client connection and its connection to the server."""

    def __init__(self, number, client, server, prefix):
        self.number = number
        self.up = Pipe(client, server,
                       open(out_name(prefix, number, "commands"), "wb"))
        self.down = Pipe(server, client,
                         open(out_name(prefix, number, "responses"), "wb"))

    def pipes(self):
        return (self.up, self.down)

    def finished(self):
        return not self.up.open and not self.down.open

    def close(self):
        for p in self.pipes():
            p.record.close()
        for s in (self.up.src, self.down.src):
            s.close()


class Relay:
    def __init__(self, listen_port, server_port, prefix, max_conns):
        self.server_port = server_port
        self.prefix = prefix
        self.max_conns = max_conns
        self.accepted = 0
        self.done = 0
        self.sessions = []
        self.sel = selectors.DefaultSelector()
        self.listener = socket.socket()
        self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.listener.bind(("127.0.0.1", listen_port))
        self.listener.listen(8)
        self.sel.register(self.listener, selectors.EVENT_READ, None)
        self.stopping = False

    def port(self):
        return self.listener.getsockname()[1]

    def accept(self):
        client, _ = self.listener.accept()
        server = socket.create_connection(("127.0.0.1", self.server_port))
        self.accepted += 1
        session = Session(self.accepted, client, server, self.prefix)
        self.sessions.append(session)
        for pipe in session.pipes():
            self.sel.register(pipe.src, selectors.EVENT_READ, (session, pipe))
        if self.max_conns and self.accepted >= self.max_conns:
            self.sel.unregister(self.listener)
            self.listener.close()

    def forward(self, session, pipe):
        """Moves one chunk; at end of stream passes the half-close on, so
        that a LOGOUT's last server bytes still arrive."""
        try:
            data = pipe.src.recv(CHUNK)
        except ConnectionResetError:
            data = b""
        if data:
            pipe.record.write(data)
            pipe.record.flush()
            try:
                pipe.dst.sendall(data)
            except OSError:
                pass        # the other side is gone; keep recording
            return
        self.sel.unregister(pipe.src)
        pipe.open = False
        try:
            pipe.dst.shutdown(socket.SHUT_WR)
        except OSError:
            pass
        if session.finished():
            session.close()
            self.sessions.remove(session)
            self.done += 1

    def run(self):
        while not self.stopping:
            if self.max_conns and self.done >= self.max_conns:
                break
            for key, _ in self.sel.select(timeout=0.5):
                if key.data is None:
                    self.accept()
                else:
                    self.forward(*key.data)
        for session in list(self.sessions):
            session.close()


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--listen-port", type=int, default=0)
    ap.add_argument("--server-port", type=int, required=True)
    ap.add_argument("--connections", type=int, default=0,
                    help="exit after this many connections (0: never)")
    ap.add_argument("out", help="output prefix (OUT.commands, OUT.responses)")
    args = ap.parse_args()
    relay = Relay(args.listen_port, args.server_port, args.out,
                  args.connections)

    def stop(_signum, _frame):
        relay.stopping = True
    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    print("PORT=%d" % relay.port(), flush=True)
    relay.run()
    return 0


if __name__ == "__main__":
    sys.exit(main())
