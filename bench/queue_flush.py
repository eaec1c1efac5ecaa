#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Queue flush throughput: N queued messages sent by `mailwright-cli queue flush` over one
SMTP session, beside Python's smtplib sending the same bytes over one connection, an
"ideal" pipelined client, and msmtp started once per message. STARTTLS with a verified
certificate and AUTH PLAIN for every client.

  bench/queue_flush.py --cli BUILD/app/mailwright-cli [--server exim[,exim-tmpfs,sink]]
                       [--count 1000] [--rounds 3] [--msmtp-count N] [--baseline-cli OTHER]

Servers (--server, a comma-separated list, each measured in turn):
  exim        the loopback Exim fixture (tests/servers/mailservers.py), spool on disk:
              it fsyncs each message's files, which bounds every client alike.
  exim-tmpfs  the same Exim with its whole directory under /dev/shm and shape "queue-only"
              (accepts and queues, no delivery processes competing): Exim's own CPU bounds.
  sink        bench/smtp_sink.py: a minimal SMTP server (same certificate, PIPELINING,
              CHUNKING, 8BITMIME, SIZE) that keeps nothing and answers at once. What it
              measures is the clients' own cost.

Clients, each round in a rotated order, the Mailwright spool restored to the same N
messages before each flush (load from other processes falls on all alike):
  mailwright  `mailwright-cli queue flush` (its spool and journal on disk, as in use).
  baseline    with --baseline-cli: another build's `queue flush` (before/after a change,
              in the same rounds).
  smtplib     Python smtplib: sendmail() per message, each waiting for its replies.
  ideal       a raw pipelined client (no spool, no checks): MAIL, RCPT, BDAT LAST for up to
              4 messages per write, replies read behind. It shows the server's ceiling: when
              it is no faster than smtplib, the server, not the client, bounds the ratio.
Per round: seconds, messages/s, the client's CPU milliseconds (user and system apart), the
load average, the ratios to smtplib, and whether the server accepted all N (Exim: its "<="
log lines; the sink: its count and the CRC-32 of every message as received, so the bytes are
checked too). The median ratio over the rounds is the figure; then each client's median time
and CPU. msmtp (one process per message, far slower)
runs once per server on --msmtp-count messages (default 100, at most N; 0: skipped).
"""
import argparse
import concurrent.futures
import glob
import json
import os
import resource
import shutil
import smtplib
import ssl
import statistics
import subprocess
import sys
import tempfile
import time
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
SERVERS = os.path.join(HERE, "..", "tests", "servers", "mailservers.py")
SINK = os.path.join(HERE, "smtp_sink.py")
PASSWORD = os.environ.get("MW_TEST_PASSWORD", "Pw-7f3a!q")
SENDER = "bounces@example.test"
RECIPIENT = "user@example.test"
IDEAL_WINDOW = 4


def sh(cmd, **kw):
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)
    if r.returncode != 0:
        raise SystemExit("%s: exit %d\n%s%s" % (" ".join(cmd[:4]), r.returncode,
                                                  r.stdout.decode(errors="replace"),
                                                  r.stderr.decode(errors="replace")))
    return r


def children_cpu():
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


def children_cpu_split():
    """User and system CPU seconds of the reaped children, apart: a flush's system time
    (its system calls and page faults) is as large as its user time on some machines."""
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime, ru.ru_stime


def children_waits():
    """Voluntary context switches of the reaped children (each a thread that blocked: on a
    lock, a condition, a read), summed over all their threads."""
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_nvcsw


class Exim:
    """The Exim fixture; a message counts when Exim logs its acceptance ("<=", i.e. it
    answered 250 to the end of data). Exim queues rather than delivers after 10 messages
    on one connection, so its maildir is not the measure."""

    def __init__(self, kind, work, env):
        self.kind = kind
        base = tempfile.mkdtemp(prefix="mw-bench-", dir="/dev/shm") if kind == "exim-tmpfs" else work
        os.chmod(base, 0o755)
        self.base = base
        self.dir = os.path.join(base, "exim")
        shape = ["--shape", "queue-only"] if kind == "exim-tmpfs" else []
        self.info = json.loads(sh([sys.executable, SERVERS, "start-exim", "--dir", self.dir] + shape,
                                  env=env).stdout)
        self.port = self.info["ports"]["smtp"]
        self.ca = self.info["ca_file"]
        self.user = self.info["user"]
        self.log = os.path.join(self.info["log_dir"], "mainlog")
        self.base_count = 0

    def _logged(self):
        with open(self.log, errors="replace") as f:
            return sum(1 for line in f if " <= " in line)

    def mark(self):
        self.base_count = self._logged()

    def accepted(self, n, expected_crc):
        # Exim may log the last message a moment after its 250 reached the client.
        end = time.monotonic() + 60
        while True:
            got = self._logged() - self.base_count
            if got >= n or time.monotonic() > end:
                return got, None, "%d logged" % got
            time.sleep(0.05)

    def cpu(self):
        return None

    def stop(self):
        subprocess.run([sys.executable, SERVERS, "stop", "--dir", self.dir], stdout=subprocess.DEVNULL)
        if self.kind == "exim-tmpfs":
            shutil.rmtree(self.base, ignore_errors=True)


class Sink:
    def __init__(self, work, env):
        certs = json.loads(sh([sys.executable, SERVERS, "make-certs", "--dir", os.path.join(work, "sink")]).stdout)
        self.ca = certs["ca_file"]
        self.user = "mwtest"
        self.proc = subprocess.Popen([sys.executable, SINK, "--cert", certs["server"]["cert_file"],
                                      "--key", certs["server"]["key_file"], "--user", self.user],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env)
        self.port = json.loads(self.proc.stdout.readline())["port"]
        self.last = None

    def control(self, word):
        self.proc.stdin.write(word.encode() + b"\n")
        self.proc.stdin.flush()
        return json.loads(self.proc.stdout.readline())

    def mark(self):
        self.last = self.control("reset")

    def accepted(self, n, expected_crc):
        r = self.control("count")
        ok_bytes = r["crc"] == expected_crc
        note = "%d counted, CRC %s" % (r["accepted"], "ok" if ok_bytes else "DIFFERS")
        return r["accepted"], ok_bytes, note

    def cpu(self):
        # The sink's own CPU seconds since mark(): is it the bottleneck?
        return self.control("count")["cpu"] - self.last["cpu"]

    def stop(self):
        self.proc.stdin.close()
        self.proc.wait(timeout=10)


def smtplib_client(server, messages):
    ctx = ssl.create_default_context(cafile=server.ca)
    s = smtplib.SMTP("localhost", server.port)
    s.starttls(context=ctx)
    s.login(server.user, PASSWORD)
    for m in messages:
        s.sendmail(SENDER, [RECIPIENT], m)
    s.quit()


def ideal_client(server, messages):
    ctx = ssl.create_default_context(cafile=server.ca)
    s = smtplib.SMTP("localhost", server.port)
    s.starttls(context=ctx)
    s.login(server.user, PASSWORD)
    if not s.has_extn("chunking") or not s.has_extn("pipelining"):
        raise SystemExit("the ideal client needs PIPELINING and CHUNKING")
    sock = s.sock
    f = sock.makefile("rb")
    n = len(messages)
    sent = got = 0
    head = b"MAIL FROM:<%s>\r\nRCPT TO:<%s>\r\n" % (SENDER.encode(), RECIPIENT.encode())
    while got < n:
        out = []
        while sent < n and sent - got < IDEAL_WINDOW:
            m = messages[sent]
            out += [head, b"BDAT %d LAST\r\n" % len(m), m]
            sent += 1
        if out:
            sock.sendall(b"".join(out))
        for _ in range(3):  # MAIL, RCPT, BDAT of the oldest message in flight
            line = f.readline()
            while line[3:4] == b"-":
                line = f.readline()
            if not line.startswith(b"2"):
                raise SystemExit("ideal client: the server said %r" % line)
        got += 1
    sock.sendall(b"QUIT\r\n")
    f.readline()
    sock.close()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True)
    ap.add_argument("--server", default="exim")
    ap.add_argument("--count", type=int, default=1000)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--msmtp-count", type=int, default=100)
    ap.add_argument("--baseline-cli")
    args = ap.parse_args()
    kinds = args.server.split(",")
    for k in kinds:
        if k not in ("exim", "exim-tmpfs", "sink"):
            raise SystemExit("unknown --server %r (exim, exim-tmpfs, sink)" % k)
    n = args.count
    n_msmtp = min(args.msmtp_count, n)
    work = tempfile.mkdtemp(prefix="mw-bench-", dir="/tmp")
    os.chmod(work, 0o755)
    env = dict(os.environ, MW_TEST_PASSWORD=PASSWORD, MAILWRIGHT_SMTP_PASSWORD=PASSWORD)
    cli_version = sh([args.cli, "--version"], env=env).stdout.decode().strip()
    print("# %s, %d messages, %d rounds, started %s UTC, %s"
          % (args.cli, n, args.rounds, time.strftime("%Y-%m-%d %H:%M", time.gmtime()), cli_version),
          flush=True)
    try:
        conf = os.path.join(work, "mailwright.ini")
        queue = os.path.join(work, "queue")

        def configure(settings):
            for k, v in settings:
                sh([args.cli, "--config", conf, "config", "set", k, v], env=env)

        def configure_server(server):
            configure([("smtp/host", "localhost"), ("smtp/port", str(server.port)),
                       ("smtp/security", "starttls"), ("smtp/auth", "plain"),
                       ("smtp/username", server.user), ("smtp/ca_file", server.ca)])

        # The spool is filled once (`send` only queues; the flush sends), four at a time.
        configure([("mailboxes/from", "alerts@example.test"), ("mailboxes/bounce", SENDER),
                   ("delivery/queue_dir", queue)])
        body = ("Job %d finished on node-7; 1024 files, 0 errors.\n" * 8)

        def enqueue(i):
            sh([args.cli, "--config", conf, "send", "--to", RECIPIENT, "--subject", "bench %d" % i],
               input=(body % ((i,) * 8)).encode(), env=env)
        with concurrent.futures.ThreadPoolExecutor(4) as pool:
            list(pool.map(enqueue, range(n)))
        # The exact bytes Mailwright sends, for the other clients.
        messages = []
        for path in sorted(glob.glob(os.path.join(queue, "*.msg"))):
            with open(path, "rb") as f:
                meta, content = f.read().split(b"\n", 1)
            messages.append(content)
        assert len(messages) == n, len(messages)
        expected_crc = sum(zlib.crc32(m if m.endswith(b"\r\n") else m + b"\r\n") for m in messages) & 0xFFFFFFFF
        spool_copy = os.path.join(work, "spool-copy")
        shutil.copytree(queue, spool_copy)

        spare_dir = os.path.join(queue, "spare")

        def restore_spool():
            for f in glob.glob(os.path.join(queue, "*")) + glob.glob(os.path.join(queue, ".*")):
                if os.path.isfile(f):
                    os.unlink(f)
            # As `send` queues with a build that keeps spares (Queue::enqueue): each message
            # written over a spare (a delivered message's file, in spare/), oldest first,
            # where there is one; else a new file.
            spares = sorted(n for n in os.listdir(spare_dir) if not n.startswith(".")) \
                if os.path.isdir(spare_dir) else []
            for f in sorted(os.listdir(spool_copy)):
                src = os.path.join(spool_copy, f)
                if not os.path.isfile(src):
                    continue
                dst = os.path.join(queue, f)
                if spares and f.endswith(".msg"):
                    tmp = os.path.join(queue, "." + f + ".tmp-bench-spare")
                    os.rename(os.path.join(spare_dir, spares.pop(0)), tmp)
                    with open(src, "rb") as i:
                        data = i.read()
                    fd = os.open(tmp, os.O_WRONLY)
                    try:
                        os.pwrite(fd, data, 0)
                        os.ftruncate(fd, len(data))
                    finally:
                        os.close(fd)
                    os.rename(tmp, dst)
                else:
                    shutil.copy2(src, dst)
            # On disk before the flush starts, as `send` leaves them (it fsyncs each one):
            # else the flush's first fdatasync writes back the copies made here.
            os.sync()

        for kind in kinds:
            server = Exim(kind, work, env) if kind.startswith("exim") else Sink(work, env)
            try:
                configure_server(server)
                measure(args, server, kind, n, n_msmtp, messages, expected_crc, conf, queue, env,
                        restore_spool)
            finally:
                server.stop()
    finally:
        shutil.rmtree(work, ignore_errors=True)


def measure(args, server, kind, n, n_msmtp, messages, expected_crc, conf, queue, env, restore_spool):
    def flush_with(cli):
        def run():
            restore_spool()
            u0, s0 = children_cpu_split()
            t0 = time.monotonic()
            sh([cli, "--config", conf, "queue", "flush"], env=env)
            secs = time.monotonic() - t0
            left = len(glob.glob(os.path.join(queue, "*.msg")))
            u1, s1 = children_cpu_split()
            return secs, (u1 - u0, s1 - s0), left == 0
        return run

    def in_process(fn):
        def run():
            c0 = os.times()
            t0 = time.monotonic()
            fn(server, messages)
            c1 = os.times()
            return time.monotonic() - t0, (c1.user - c0.user, c1.system - c0.system), True
        return run

    clients = [("mailwright", flush_with(args.cli)), ("smtplib", in_process(smtplib_client)),
               ("ideal", in_process(ideal_client))]
    if args.baseline_cli:
        clients.insert(1, ("baseline", flush_with(args.baseline_cli)))
    rounds = []
    for r in range(args.rounds):
        order = clients[r % len(clients):] + clients[:r % len(clients)]
        load0 = os.getloadavg()[0]
        got = {}
        for name, fn in order:
            server.mark()
            secs, cpu, client_ok = fn()
            count, bytes_ok, note = server.accepted(n, expected_crc)
            got[name] = {"secs": secs, "cpu": cpu, "server_cpu": server.cpu(),
                         "ok": client_ok and count == n and bytes_ok is not False, "note": note}
        rounds.append((r + 1, [name for name, _ in order], got, load0, os.getloadavg()[0]))

    print()
    print("## server: %s (%d messages per client per round)" % (kind, n))
    print()
    print("| round (order) | load avg (1 min) | client | s | msg/s | client CPU ms (user + system) | %s"
          "ratio to smtplib | all accepted |" % ("sink CPU s | " if kind == "sink" else ""))
    print("|---|---|---|---:|---:|---:|%s---:|---|" % ("---:|" if kind == "sink" else ""))
    names = [name for name, _ in clients]
    ratios = {name: [] for name in names if name != "smtplib"}
    for num, order, got, l0, l1 in rounds:
        py = got["smtplib"]["secs"]
        for name in names:
            g = got[name]
            ratio = py / g["secs"]
            if name in ratios:
                ratios[name].append(ratio)
            sink = "%.2f | " % g["server_cpu"] if kind == "sink" else ""
            user, system = g["cpu"]
            print("| %d (%s) | %.1f–%.1f | %s | %.3f | %.0f | %.1f + %.1f | %s%.2f | %s |"
                  % (num, ", ".join(order), l0, l1, name, g["secs"], n / g["secs"], user * 1000,
                     system * 1000, sink, ratio, ("yes: " if g["ok"] else "NO: ") + g["note"]))
    print()
    for name, rs in ratios.items():
        print("%s: median ratio to smtplib over %d rounds: **%.2f** (per round: %s)"
              % (name, len(rs), statistics.median(rs), ", ".join("%.2f" % x for x in rs)))
    for name in names:
        cpus = [got[name]["cpu"] for _, _, got, _, _ in rounds]
        print("%s: median %.1f ms, CPU median %.1f ms user + %.1f ms system"
              % (name, statistics.median(got[name]["secs"] for _, _, got, _, _ in rounds) * 1000,
                 statistics.median(u for u, _ in cpus) * 1000,
                 statistics.median(s for _, s in cpus) * 1000))
    if n_msmtp > 0:
        mconf = os.path.join(os.path.dirname(conf), "msmtprc")
        with open(mconf, "w") as f:
            f.write("defaults\ntls on\ntls_starttls on\ntls_trust_file %s\n"
                    "account bench\nhost localhost\nport %d\nauth plain\nuser %s\n"
                    "passwordeval echo \"$MAILWRIGHT_SMTP_PASSWORD\"\nfrom %s\n"
                    "account default : bench\n" % (server.ca, server.port, server.user, SENDER))
        os.chmod(mconf, 0o600)
        server.mark()
        t0 = time.monotonic()
        for m in messages[:n_msmtp]:
            sh(["msmtp", "-C", mconf, "-f", SENDER, RECIPIENT], input=m, env=env)
        t_ms = time.monotonic() - t0
        count, _, note = server.accepted(n_msmtp, None)
        print("msmtp, one process per message: %d messages, %.2f s, %.1f msg/s, %s"
              % (n_msmtp, t_ms, n_msmtp / t_ms, "all accepted" if count == n_msmtp else "NOT all: " + note))
    sys.stdout.flush()


if __name__ == "__main__":
    main()
