#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Queue flush throughput: N queued messages sent by `mailwright-cli queue flush` over one
SMTP session, beside Python's smtplib sending the same bytes over one connection and
msmtp started once per message. Same loopback Exim fixture, STARTTLS with a verified
certificate and AUTH PLAIN for all three.

  bench/queue_flush.py --cli BUILD/app/mailwright-cli [--count 1000] [--rounds 3]
                       [--msmtp-count N]

Mailwright and smtplib take turns for --rounds rounds (the order alternating), the spool
restored to the same N messages before each flush, so that load from other processes on
the machine falls on both alike; the ratio of their rates is reported per round and as
the median. msmtp (one process per message, far slower) runs once, on --msmtp-count
messages (default: 100, at most N).
"""
import argparse
import concurrent.futures
import glob
import json
import os
import shutil
import smtplib
import ssl
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SERVERS = os.path.join(HERE, "..", "tests", "servers", "mailservers.py")
PASSWORD = os.environ.get("MW_TEST_PASSWORD", "Pw-7f3a!q")


def sh(cmd, **kw):
    return subprocess.run(cmd, check=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)


def count_delivered(maildir):
    # Accepted messages: Exim logs one "<=" line per 250 to a final dot. (Exim queues
    # instead of delivering at once after 10 messages on one connection, so the maildir
    # is not the measure of what a client handed over.)
    log = os.path.join(os.path.dirname(maildir), "log", "mainlog")
    with open(log, errors="replace") as f:
        return sum(1 for line in f if " <= " in line) - count_delivered.base
count_delivered.base = 0


def wait_delivered(maildir, n, timeout=120):
    end = time.monotonic() + timeout
    while time.monotonic() < end and count_delivered(maildir) < n:
        time.sleep(0.05)
    return count_delivered(maildir)


def clear(maildir):
    count_delivered.base = 0
    count_delivered.base = count_delivered(maildir)
    for f in glob.glob(os.path.join(maildir, "new", "*")) + glob.glob(os.path.join(maildir, "cur", "*")):
        os.unlink(f)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True)
    ap.add_argument("--count", type=int, default=1000)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--msmtp-count", type=int, default=100)
    args = ap.parse_args()
    n = args.count
    n_msmtp = min(args.msmtp_count, n)
    work = tempfile.mkdtemp(prefix="mw-bench-", dir="/tmp")
    os.chmod(work, 0o755)
    exim_dir = os.path.join(work, "exim")
    env = dict(os.environ, MW_TEST_PASSWORD=PASSWORD, MAILWRIGHT_SMTP_PASSWORD=PASSWORD)
    info = json.loads(sh([sys.executable, SERVERS, "start-exim", "--dir", exim_dir], env=env).stdout)
    try:
        port = info["ports"]["smtp"]
        ca = info["ca_file"]
        maildir = info["maildir"]
        user = info["user"]
        conf = os.path.join(work, "mailwright.ini")
        queue = os.path.join(work, "queue")
        for k, v in [("smtp/host", "localhost"), ("smtp/port", str(port)), ("smtp/security", "starttls"),
                     ("smtp/auth", "plain"), ("smtp/username", user), ("smtp/ca_file", ca),
                     ("mailboxes/from", "alerts@example.test"), ("mailboxes/bounce", "bounces@example.test"),
                     ("delivery/queue_dir", queue)]:
            sh([args.cli, "--config", conf, "config", "set", k, v], env=env)
        body = ("Job %d finished on node-7; 1024 files, 0 errors.\n" * 8)
        # Queued four at a time (enqueuing takes no lock); only the flush is timed.
        def enqueue(i):
            sh([args.cli, "--config", conf, "send", "--to", "user@example.test", "--subject",
                "bench %d" % i], input=(body % ((i,) * 8)).encode(), env=env)
        with concurrent.futures.ThreadPoolExecutor(4) as pool:
            list(pool.map(enqueue, range(n)))
        # The exact bytes Mailwright sends, for the other clients.
        messages = []
        for path in sorted(glob.glob(os.path.join(queue, "*.msg"))):
            with open(path, "rb") as f:
                data = f.read()
            meta, content = data.split(b"\n", 1)
            messages.append(content)
        assert len(messages) == n, len(messages)

        spool_copy = os.path.join(work, "spool-copy")
        shutil.copytree(queue, spool_copy)

        def restore_spool():
            for f in glob.glob(os.path.join(queue, "*")) + glob.glob(os.path.join(queue, ".journal")):
                if os.path.isfile(f):
                    os.unlink(f)
            for f in os.listdir(spool_copy):
                src = os.path.join(spool_copy, f)
                if os.path.isfile(src):
                    shutil.copy2(src, os.path.join(queue, f))

        def run_mailwright():
            restore_spool()
            clear(maildir)
            t0 = time.monotonic()
            sh([args.cli, "--config", conf, "queue", "flush"], env=env)
            secs = time.monotonic() - t0
            left = len(glob.glob(os.path.join(queue, "*.msg")))
            return secs, left == 0 and wait_delivered(maildir, n) >= n

        def run_smtplib():
            clear(maildir)
            ctx = ssl.create_default_context(cafile=ca)
            t0 = time.monotonic()
            s = smtplib.SMTP("localhost", port)
            s.starttls(context=ctx)
            s.login(user, PASSWORD)
            for m in messages:
                s.sendmail("bounces@example.test", ["user@example.test"], m)
            s.quit()
            secs = time.monotonic() - t0
            return secs, wait_delivered(maildir, n) >= n

        rounds = []
        for r in range(args.rounds):
            load0 = os.getloadavg()[0]
            order = [("mw", run_mailwright), ("py", run_smtplib)]
            if r % 2:
                order.reverse()
            got = {}
            for name, fn in order:
                got[name] = fn()
            rounds.append((got["mw"], got["py"], load0, os.getloadavg()[0]))

        clear(maildir)
        mconf = os.path.join(work, "msmtprc")
        with open(mconf, "w") as f:
            f.write("defaults\ntls on\ntls_starttls on\ntls_trust_file %s\n"
                    "account bench\nhost localhost\nport %d\nauth plain\nuser %s\n"
                    "passwordeval echo \"$MAILWRIGHT_SMTP_PASSWORD\"\nfrom bounces@example.test\n"
                    "account default : bench\n" % (ca, port, user))
        os.chmod(mconf, 0o600)
        t0 = time.monotonic()
        for m in messages[:n_msmtp]:
            sh(["msmtp", "-C", mconf, "-f", "bounces@example.test", "user@example.test"], input=m, env=env)
        t_ms = time.monotonic() - t0
        ms_ok = wait_delivered(maildir, n_msmtp) >= n_msmtp

        print("| round | load avg (1 min) | mailwright-cli queue flush: s, msg/s | smtplib: s, msg/s "
              "| ratio (Mailwright / smtplib) | all accepted |")
        print("|---:|---|---:|---:|---:|---|")
        ratios = []
        for i, ((t_mw, ok_mw), (t_py, ok_py), l0, l1) in enumerate(rounds, 1):
            ratio = t_py / t_mw
            ratios.append(ratio)
            print("| %d | %.1f–%.1f | %.2f s, %.0f | %.2f s, %.0f | %.2f | %s |"
                  % (i, l0, l1, t_mw, n / t_mw, t_py, n / t_py, ratio,
                     "yes" if ok_mw and ok_py else "NO"))
        print()
        print("median ratio over %d rounds: %.2f (%d messages each)"
              % (len(ratios), statistics.median(ratios), n))
        print("msmtp, one process per message: %d messages, %.2f s, %.1f messages/s, %s"
              % (n_msmtp, t_ms, n_msmtp / t_ms, "all accepted" if ms_ok else "NOT all accepted"))
    finally:
        subprocess.run([sys.executable, SERVERS, "stop", "--dir", exim_dir], stdout=subprocess.DEVNULL)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
