#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A minimal SMTP sink for the queue flush benchmark: it measures what the *clients* cost.

  bench/smtp_sink.py --cert CERT --key KEY [--user mwtest] [--port 0]

Listens on 127.0.0.1 only.  Offers STARTTLS (the fixture's server certificate; AUTH only
after it), AUTH PLAIN (checked against --user and MW_TEST_PASSWORD), PIPELINING (RFC
2920), CHUNKING/BDAT (RFC 3030), 8BITMIME and SIZE.  It writes nothing to disk and answers
at once: every complete command in what one read brought is answered, and the replies of
one read go out in one write (so a pipelining client gets its replies in one flight).
DATA is dot-unstuffed (RFC 5321 §4.5.2), BDAT reads exactly its octets, also after a
refused BDAT (RFC 3030 §4.2).

It prints one JSON line on start ({"port": N, "pid": N}); then it reads control lines on
stdin and answers each with one JSON line on stdout:
  count   {"accepted": messages, "octets": total, "crc": sum of per-message CRC-32 mod 2**32,
           "refused": commands answered 4xx/5xx, "cpu": this process's user+system seconds}
  reset   zeroes the counters (answers like count)
EOF on stdin ends the sink.  The CRC sum lets the benchmark check that each client's
messages arrived byte for byte (after unstuffing), not only how many.
"""
import argparse
import asyncio
import base64
import json
import os
import re
import resource
import ssl
import sys
import zlib

MAX_SIZE = 50 * 1024 * 1024
MAX_LINE = 4096

EHLO_PLAIN = b"250-localhost\r\n250-PIPELINING\r\n250-SIZE %d\r\n250-8BITMIME\r\n250-CHUNKING\r\n250 STARTTLS\r\n" % MAX_SIZE
EHLO_TLS = b"250-localhost\r\n250-PIPELINING\r\n250-SIZE %d\r\n250-8BITMIME\r\n250-CHUNKING\r\n250 AUTH PLAIN\r\n" % MAX_SIZE

PATH = re.compile(rb"^(MAIL FROM|RCPT TO):\s*<([^<>\s]*)>(.*)$", re.IGNORECASE)


class Counters:
    def __init__(self):
        self.reset()

    def reset(self):
        self.accepted = 0
        self.octets = 0
        self.crc = 0
        self.refused = 0

    def report(self):
        ru = resource.getrusage(resource.RUSAGE_SELF)
        return {"accepted": self.accepted, "octets": self.octets, "crc": self.crc,
                "refused": self.refused, "cpu": round(ru.ru_utime + ru.ru_stime, 3)}


class SmtpSink(asyncio.Protocol):
    def __init__(self, server):
        self.server = server
        self.counters = server.counters
        self.transport = None
        self.buf = bytearray()
        self.tls = False
        self.authed = False
        self.greeted = False
        self.mode = "cmd"  # cmd, data, bdat, auth, tls (handshake pending), closed
        self.scan = 0  # data mode: where the search for the end of data goes on
        self.bdat_left = 0
        self.bdat_last = False
        self.bdat_ok = False
        self.parts = []
        self.reset_transaction()

    def reset_transaction(self):
        self.mail = False
        self.rcpts = 0
        self.parts = []
        self.bdat_failed = False

    # asyncio callbacks

    def connection_made(self, transport):
        self.transport = transport
        if not self.tls:
            transport.write(b"220 localhost ESMTP sink\r\n")

    def connection_lost(self, exc):
        self.mode = "closed"

    def data_received(self, data):
        if self.mode in ("tls", "closed"):
            return  # RFC 3207 §4.2: nothing pipelined behind STARTTLS is used
        self.buf += data
        if self.mode == "handshake":
            return  # decrypted already; answered once the TLS transport is known
        out = []
        self.process(out)
        if out:
            self.transport.write(b"".join(out))
        if self.mode == "quit":
            self.mode = "closed"
            self.transport.close()
        elif self.mode == "tls":
            asyncio.get_running_loop().create_task(self.start_tls())

    async def start_tls(self):
        loop = asyncio.get_running_loop()
        self.buf.clear()  # RFC 3207 §4.2: nothing pipelined behind STARTTLS is used
        self.mode = "handshake"
        try:
            tls_transport = await loop.start_tls(self.transport, self, self.server.ssl_ctx,
                                                 server_side=True)
        except (OSError, ssl.SSLError, ConnectionError):
            self.mode = "closed"
            return
        # The client's first command may have come before start_tls() returned the new
        # transport (data_received kept it): it is answered now.
        self.transport = tls_transport
        self.tls = True
        self.greeted = False
        self.authed = False
        self.reset_transaction()
        self.mode = "cmd"
        self.data_received(b"")

    # the SMTP state machine

    def reply(self, out, line):
        if line[0] in b"45":
            self.counters.refused += 1
        out.append(line)

    def process(self, out):
        buf = self.buf
        while buf and self.mode in ("cmd", "data", "bdat", "auth"):
            if self.mode == "bdat":
                take = min(self.bdat_left, len(buf))
                if self.bdat_ok:
                    self.parts.append(bytes(buf[:take]))
                del buf[:take]
                self.bdat_left -= take
                if self.bdat_left:
                    return
                self.end_chunk(out)
                continue
            if self.mode == "data":
                if self.scan == 0 and buf.startswith(b".\r\n"):
                    end, skip = 0, 3  # an empty message
                else:
                    i = buf.find(b"\r\n.\r\n", self.scan)
                    if i < 0:
                        self.scan = max(0, len(buf) - 4)
                        return
                    end, skip = i + 2, i + 5
                body = bytes(buf[:end])
                del buf[:skip]
                self.scan = 0
                self.mode = "cmd"
                if body.startswith(b".."):
                    body = body[1:]
                self.accept(out, body.replace(b"\r\n..", b"\r\n."))
                continue
            i = buf.find(b"\n")
            if i < 0:
                if len(buf) > MAX_LINE:
                    self.reply(out, b"500 5.5.2 Line too long\r\n")
                    self.mode = "quit"
                return
            line = bytes(buf[:i]).rstrip(b"\r")
            del buf[: i + 1]
            if self.mode == "auth":
                self.mode = "cmd"
                self.check_plain(out, line)
            else:
                self.command(out, line)

    def command(self, out, line):
        verb, _, arg = line.partition(b" ")
        verb = verb.upper()
        if verb in (b"EHLO", b"HELO"):
            self.greeted = True
            self.reset_transaction()
            if verb == b"HELO":
                out.append(b"250 localhost\r\n")
            else:
                out.append(EHLO_TLS if self.tls else EHLO_PLAIN)
        elif verb == b"STARTTLS":
            if self.tls:
                self.reply(out, b"503 5.5.1 TLS already active\r\n")
            else:
                out.append(b"220 2.0.0 Ready to start TLS\r\n")
                self.mode = "tls"
        elif verb == b"AUTH":
            mech, _, initial = arg.partition(b" ")
            if not self.tls:
                self.reply(out, b"538 5.7.11 Encryption required\r\n")
            elif self.authed or self.mail:
                self.reply(out, b"503 5.5.1 Already authenticated\r\n")
            elif mech.upper() != b"PLAIN":
                self.reply(out, b"504 5.5.4 Unrecognized authentication type\r\n")
            elif initial and initial != b"=":
                self.check_plain(out, initial)
            else:
                out.append(b"334 \r\n")
                self.mode = "auth"
        elif verb == b"MAIL":
            m = PATH.match(line)
            if not self.authed:
                self.reply(out, b"530 5.7.0 Authentication required\r\n")
            elif self.mail:
                self.reply(out, b"503 5.5.1 Nested MAIL command\r\n")
            elif not m or m.group(1).upper() != b"MAIL FROM":
                self.reply(out, b"501 5.5.4 Syntax: MAIL FROM:<address>\r\n")
            else:
                params = m.group(3).split()
                size = 0
                bad = None
                for p in params:
                    key, _, value = p.partition(b"=")
                    key = key.upper()
                    if key == b"SIZE" and value.isdigit():
                        size = int(value)
                    elif key == b"BODY" and value.upper() in (b"7BIT", b"8BITMIME"):
                        pass
                    else:
                        bad = p
                if bad is not None:
                    self.reply(out, b"555 5.5.4 Unsupported parameter\r\n")
                elif size > MAX_SIZE:
                    self.reply(out, b"552 5.3.4 Message too big\r\n")
                else:
                    self.mail = True
                    out.append(b"250 2.1.0 OK\r\n")
        elif verb == b"RCPT":
            m = PATH.match(line)
            if not self.mail:
                self.reply(out, b"503 5.5.1 MAIL first\r\n")
            elif not m or m.group(1).upper() != b"RCPT TO" or not m.group(2) or m.group(3).strip():
                self.reply(out, b"501 5.5.4 Syntax: RCPT TO:<address>\r\n")
            else:
                self.rcpts += 1
                out.append(b"250 2.1.5 OK\r\n")
        elif verb == b"DATA":
            if not self.mail or not self.rcpts:
                self.reply(out, b"554 5.5.1 No valid recipients\r\n" if self.mail
                           else b"503 5.5.1 MAIL first\r\n")
            else:
                out.append(b"354 End data with <CR><LF>.<CR><LF>\r\n")
                self.mode = "data"
                self.scan = 0
        elif verb == b"BDAT":
            parts = arg.split()
            if not parts or not parts[0].isdigit() or len(parts) > 2 or (
                    len(parts) == 2 and parts[1].upper() != b"LAST"):
                self.reply(out, b"501 5.5.4 Syntax: BDAT size [LAST]\r\n")
                self.mode = "quit"  # the chunk's length is unknown: no way to go on
                return
            self.bdat_left = int(parts[0])
            self.bdat_last = len(parts) == 2
            self.bdat_ok = self.mail and self.rcpts > 0 and not self.bdat_failed
            self.mode = "bdat"
            if self.bdat_left == 0:
                self.end_chunk(out)
        elif verb == b"RSET":
            self.reset_transaction()
            out.append(b"250 2.0.0 OK\r\n")
        elif verb == b"NOOP":
            out.append(b"250 2.0.0 OK\r\n")
        elif verb == b"QUIT":
            out.append(b"221 2.0.0 Bye\r\n")
            self.mode = "quit"
        else:
            self.reply(out, b"500 5.5.2 Command not recognized\r\n")

    def end_chunk(self, out):
        self.mode = "cmd"
        if not self.bdat_ok:
            # RFC 3030 §4.2: the chunk was read and discarded; so are those behind it.
            self.bdat_failed = self.mail
            self.reply(out, b"554 5.5.1 No valid recipients\r\n" if self.mail
                       else b"503 5.5.1 MAIL first\r\n")
            if self.bdat_last:
                self.reset_transaction()
            return
        if self.bdat_last:
            self.accept(out, b"".join(self.parts))
        else:
            out.append(b"250 2.0.0 Chunk received\r\n")

    def accept(self, out, body):
        c = self.counters
        c.accepted += 1
        c.octets += len(body)
        c.crc = (c.crc + zlib.crc32(body)) & 0xFFFFFFFF
        self.reset_transaction()
        out.append(b"250 2.0.0 OK queued\r\n")

    def check_plain(self, out, b64):
        try:
            authz, user, pw = base64.b64decode(b64, validate=True).split(b"\0")
        except ValueError:
            self.reply(out, b"501 5.5.2 Cannot decode response\r\n")
            return
        if user == self.server.user and pw == self.server.password and authz in (b"", user):
            self.authed = True
            out.append(b"235 2.7.0 Authentication successful\r\n")
        else:
            self.reply(out, b"535 5.7.8 Authentication credentials invalid\r\n")


class Server:
    def __init__(self, args):
        self.counters = Counters()
        self.user = args.user.encode()
        self.password = os.environ.get("MW_TEST_PASSWORD", "Pw-7f3a!q").encode()
        self.ssl_ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        self.ssl_ctx.load_cert_chain(args.cert, args.key)


async def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cert", required=True)
    ap.add_argument("--key", required=True)
    ap.add_argument("--user", default="mwtest")
    ap.add_argument("--port", type=int, default=0)
    args = ap.parse_args()
    server = Server(args)
    loop = asyncio.get_running_loop()
    srv = await loop.create_server(lambda: SmtpSink(server), "127.0.0.1", args.port)
    port = srv.sockets[0].getsockname()[1]
    print(json.dumps({"port": port, "pid": os.getpid()}), flush=True)
    done = loop.create_future()

    pending = bytearray()

    def control():
        data = os.read(sys.stdin.fileno(), 4096)
        if not data:
            if not done.done():
                done.set_result(None)
            return
        pending.extend(data)
        while b"\n" in pending:
            line, _, rest = bytes(pending).partition(b"\n")
            pending[:] = rest
            if line.strip() == b"reset":
                server.counters.reset()
            print(json.dumps(server.counters.report()), flush=True)

    loop.add_reader(sys.stdin.fileno(), control)
    await done
    srv.close()


if __name__ == "__main__":
    asyncio.run(main())
