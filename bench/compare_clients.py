#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Send the same message through the same loopback Exim (STARTTLS + AUTH PLAIN) with
mailwright-cli, msmtp, curl and swaks, many runs each, and print medians and the ratio
to curl. Every client runs as a fresh process, as a system's mailer would.

  bench/compare_clients.py --cli build/app/mailwright-cli [--runs 40] [--markdown]
      [--instructions] [--startup] [--window build/app/mailwright]
      [--also "before=/path/to/older/mailwright-cli"] [--rtt MS]

--startup adds `mailwright-cli --version` and `config get` against `curl --version`;
--window adds the settings window against a bare Qt Widgets window (time to the first
paint, RSS, PSS; bench/window_bench.py) and the window's Send Test, server check and
status refresh against the same Exim, with the longest event-loop stall of each.
--rtt MS puts the server one network round trip of MS milliseconds away (bench/delay_relay.py,
a relay on loopback that holds each direction's bytes for MS/2): the clients' round trips
counted in time, as against a real relay. --also NAME=PATH (repeatable) adds another mailwright-cli build's Send Test to the same
alternation (e.g. the build before a change), as "mailwright-cli test (NAME)".

Besides the wall time, each run's CPU time (user + system, all of the client's threads, from
the kernel's accounting of the reaped child) is reported, with its ratio to curl's: a client
can match another's instructions and still spend more time on the CPU (page faults, the
dynamic linker's symbol lookups over larger libraries, cold caches).

The Exim daemon is the test fixture (tests/servers/mailservers.py): private, on
127.0.0.1, with a generated CA; every client is told to trust that CA and to verify
the certificate, so all do the same work (DNS-free connect, TLS handshake, AUTH PLAIN,
one message, QUIT).
"""
import argparse
import datetime
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import time

import bench_exim
import window_bench
from delay_relay import DelayRelay
from queue_flush import children_cpu

HERE = os.path.dirname(os.path.abspath(__file__))


VALGRIND = []


def run(cmd, env=None, stdin=None):
    """(wall seconds, the completed process, its CPU seconds): subprocess.run reaps only this
    child between the two readings of the children's CPU time."""
    c = children_cpu()
    t = time.perf_counter()
    p = subprocess.run(VALGRIND + cmd, env=env, input=stdin, stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, timeout=300)
    dt = time.perf_counter() - t
    return dt, p, children_cpu() - c


def instructions(fn):
    """Instructions the client executed (all threads), counted by callgrind."""
    VALGRIND[:] = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null"]
    try:
        _, p, _ = fn()
    finally:
        VALGRIND[:] = []
    for line in p.stderr.decode(errors="replace").splitlines():
        if "Collected" in line or "I   refs" in line:
            return int(line.split()[-1].replace(",", ""))
    print("no instruction count (exit %d): %s" % (p.returncode, p.stderr.decode(errors="replace")[-600:]),
          file=sys.stderr)
    return None


def wait_for_exim_idle(daemon, timeout=3.0):
    """Until no Exim process but the daemon is left (its session's, or any named exim*)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        busy = False
        for entry in os.listdir("/proc"):
            if not entry.isdigit() or int(entry) == daemon:
                continue
            try:
                with open("/proc/%s/stat" % entry) as f:
                    comm, rest = f.read().split(" (", 1)[1].rsplit(")", 1)
                fields = rest.split()
            except (OSError, IndexError, ValueError):
                continue
            if int(fields[3]) == daemon or comm.startswith("exim"):  # its session, or Exim
                busy = True
                break
        if not busy:
            return
        time.sleep(0.002)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True)
    ap.add_argument("--runs", type=int, default=40)
    ap.add_argument("--also", action="append", default=[], metavar="NAME=PATH",
                    help="another mailwright-cli build whose Send Test runs in the same turns")
    ap.add_argument("--markdown", action="store_true")
    ap.add_argument("--rtt", type=float, default=0, metavar="MS",
                    help="the server one round trip of MS milliseconds away (a delaying relay)")
    ap.add_argument("--startup", action="store_true",
                    help="also time --version and config get against curl --version")
    ap.add_argument("--window", metavar="GUI",
                    help="also measure the settings window (GUI: build/app/mailwright)")
    ap.add_argument("--instructions", action="store_true",
                    help="also count each client's instructions once under callgrind "
                         "(independent of the machine's load)")
    args = ap.parse_args()

    work = bench_exim.new_work("mw-bench-")
    exim_dir, info = bench_exim.start_exim(work)
    relay = None
    try:
        port = info["ports"]["smtp_starttls"]
        if args.rtt:
            relay = DelayRelay(port, args.rtt).__enter__()
            info = relay.description(info)
            port = relay.port
        ca = info["ca_file"]
        user = info["user"]
        password = bench_exim.PASSWORD
        message = (b"From: Bench <alerts@example.test>\r\nTo: admin@example.test\r\n"
                   b"Subject: benchmark\r\nMessage-ID: <bench@example.test>\r\n\r\nhello\r\n")
        msgfile = os.path.join(work, "message.eml")
        with open(msgfile, "wb") as f:
            f.write(message)

        ini = bench_exim.write_ini(work, info)
        env_mw = dict(os.environ, MAILWRIGHT_SMTP_PASSWORD=password)

        msmtprc = os.path.join(work, "msmtprc")
        with open(msmtprc, "w") as f:
            f.write("defaults\nauth plain\ntls on\ntls_starttls on\ntls_trust_file %s\n"
                    "account bench\nhost localhost\nport %d\nuser %s\npassword %s\n"
                    "from alerts@example.test\naccount default : bench\n" % (ca, port, user, password))
        os.chmod(msmtprc, 0o600)

        clients = {
            "mailwright-cli test": (lambda: run([args.cli, "--config", ini, "test"], env=env_mw)),
            "curl": (lambda: run(["curl", "-s", "--url", "smtp://localhost:%d" % port, "--ssl-reqd",
                                  "--cacert", ca, "--login-options", "AUTH=PLAIN",
                                  "--user", "%s:%s" % (user, password),
                                  "--mail-from", "alerts@example.test", "--mail-rcpt", "admin@example.test",
                                  "--upload-file", msgfile])),
            "msmtp": (lambda: run(["msmtp", "-C", msmtprc, "admin@example.test"], stdin=message)),
            "swaks": (lambda: run(["swaks", "--silent", "2", "--server", "localhost", "--port", str(port),
                                   "--tls", "--tls-verify", "--tls-ca-path", ca, "--auth", "PLAIN",
                                   "--auth-user", user, "--auth-password", password,
                                   "--from", "alerts@example.test", "--to", "admin@example.test",
                                   "--data", msgfile])),
        }
        for also in args.also:
            label, _, path = also.partition("=")
            clients["mailwright-cli test (%s)" % label] = (
                lambda path=path: run([path, "--config", ini, "test"], env=env_mw))
        if args.startup:
            # Start-up alone: no network, the configuration read (config get) or not.
            clients.update({
                "mailwright-cli --version": (lambda: run([args.cli, "--version"])),
                "mailwright-cli config get": (lambda: run([args.cli, "--config", ini, "config", "get",
                                                           "smtp/host"])),
                "curl --version": (lambda: run(["curl", "--version"])),
            })
        results = {}
        cpu = {}
        active = []
        for name, fn in clients.items():
            exe = name.split()[0]
            if exe != "mailwright-cli" and not shutil.which(exe):
                print("skipping %s: not installed" % name, file=sys.stderr)
                continue
            # One warm-up run (page cache), checked for success.
            _, p, _ = fn()
            if p.returncode != 0:
                print("%s failed: %s %s" % (name, p.stdout.decode(errors="replace")[-300:],
                                            p.stderr.decode(errors="replace")[-300:]), file=sys.stderr)
                results[name] = None
                continue
            results[name] = []
            cpu[name] = []
            active.append(name)
        # Round-robin, in an order shuffled each round (seeded: the same orders each time),
        # so that whatever else the machine does falls on every client alike. A rotation
        # kept each client behind the same one: `--version` always came after swaks and
        # was 1.25x curl's time there, 1.05x behind curl's. And Exim delivers a message it
        # accepted after the session ends, so each run starts once Exim is idle again.
        shuffler = random.Random(22)
        for i in range(args.runs):
            order = list(active)
            shuffler.shuffle(order)
            for name in order:
                wait_for_exim_idle(info["pid"])
                dt, p, cpu_s = clients[name]()
                if p.returncode != 0:
                    print("%s failed during the runs" % name, file=sys.stderr)
                    continue
                results[name].append(dt * 1000.0)
                cpu[name].append(cpu_s * 1000.0)
        counts = {}
        if args.instructions and shutil.which("valgrind"):
            for name in active:
                counts[name] = instructions(clients[name])
        window = None
        if args.window:
            window = window_bench.measure(args.window, ini, env_mw, args.runs, work)
    finally:
        if relay:
            relay.__exit__(None, None, None)
        bench_exim.stop_exim(exim_dir)

    counts = locals().get("counts", {})
    def median_of(name):
        return statistics.median(results[name]) if results.get(name) else None

    def cpu_of(name):
        return statistics.median(cpu[name]) if cpu.get(name) else None

    base_send = median_of("curl")
    base_start = median_of("curl --version")
    rows = []
    for name, times in results.items():
        if not times:
            rows.append((name, None, None, None, None, None, None))
            continue
        med = statistics.median(times)
        q = statistics.quantiles(times, n=10)
        startup = name.endswith(("--version", "config get"))
        base = base_start if startup else base_send
        cpu_base = cpu_of("curl --version" if startup else "curl")
        c = cpu_of(name)
        rows.append((name, med, q[0], q[-1], med / base if base else None, c,
                     c / cpu_base if c is not None and cpu_base else None))
    when = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    machine = "%s, %d cores, %s" % (platform.platform(), os.cpu_count(), platform.python_version())
    if args.markdown:
        where = (" The server %g ms away (a round trip through bench/delay_relay.py)." % args.rtt
                 if args.rtt else "")
        print("Measured %s on %s; %d runs each, one process per message.%s\n"
              % (when, machine, args.runs, where))
        print("| client | median ms | p10 ms | p90 ms | ratio to curl | CPU ms | CPU ratio | "
              "instructions |")
        print("|---|---:|---:|---:|---:|---:|---:|---:|")
        for name, med, p10, p90, ratio, c, c_ratio in rows:
            ins = counts.get(name)
            ins_s = "{:,}".format(ins) if ins else "-"
            if med is None:
                print("| %s | failed | | | | | | |" % name)
            else:
                print("| %s | %.1f | %.1f | %.1f | %s | %.1f | %s | %s |" % (
                    name, med, p10, p90, "%.2f" % ratio if ratio else "-", c,
                    "%.2f" % c_ratio if c_ratio else "-", ins_s))
    else:
        print("%-22s %10s %8s %8s %8s %8s %6s %16s" % ("client", "median", "p10", "p90", "ratio", "CPU",
                                                     "ratio", "instructions"))
        for name, med, p10, p90, ratio, c, c_ratio in rows:
            ins = counts.get(name)
            if med is None:
                print("%-22s failed" % name)
            else:
                print("%-22s %8.1fms %6.1fms %6.1fms %8s %6.1fms %6s %16s" % (
                    name, med, p10, p90, "%.2f" % ratio if ratio else "-", c,
                    "%.2f" % c_ratio if c_ratio else "-", "{:,}".format(ins) if ins else "-"))
    if window:
        print()
        window_bench.print_report(window, args.markdown)
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
