#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Where a Send Test's time goes, from outside the process, against curl: the kernel's
tracepoints (perf record, no ptrace, no instrumentation) give when each client was started,
connected, sent its commands and exited. Same loopback Exim as bench/compare_clients.py
(STARTTLS, verified certificate, AUTH PLAIN, one small message); the clients take turns.

  sudo bench/session_timeline.py --cli build-rel/app/mailwright-cli [--runs 30]
      [--also "before=/path/to/older/mailwright-cli"]

Prints, per client, the medians (ms from the exec) of: the TCP connect; the greeting wait
(connect to EHLO); STARTTLS; the TLS set-up left after the server's go-ahead (STARTTLS to the
ClientHello); QUIT; the tail (QUIT to the exit, the status file and the process's end) and
the exit. Needs perf (MAILWRIGHT_WITH_BENCH=1 scripts/install-deps.sh) and the right to
record syscall tracepoints (root, or perf_event_paranoid <= -1).
"""
import argparse
import os
import re
import statistics
import subprocess

import bench_exim

EVENTS = ("sched:sched_process_exec,syscalls:sys_enter_connect,syscalls:sys_enter_write,"
          "syscalls:sys_enter_sendto,syscalls:sys_enter_exit_group")
LINE = re.compile(r"\s*(\S.*?)\s+(\d+)\s+([\d.]+):\s+(\S+):\s*(.*)")


def phases(events):
    """The phase times of one run from its (ms, event, fields) list."""
    # A socket write's size tells the command: 18 "EHLO [127.0.0.1]", 10 "STARTTLS", the
    # ClientHello 250-700 bytes, 28 the QUIT record (TLS); curl writes with sendto.
    conn = [t for t, e, f in events if e == "sys_enter_connect" and "addrlen: 0x00000010" in f]
    writes = []
    for t, e, f in events:
        if e in ("sys_enter_write", "sys_enter_sendto"):
            n = int(re.search(r"(?:count|len): (0x[0-9a-f]+)", f).group(1), 16)
            if n != 8:  # the event loop's eventfd wake-ups
                writes.append((t, n))
    ex = [t for t, e, _ in events if e == "sys_enter_exit_group"]
    if not conn or not writes or not ex:
        return None
    after = [(t, n) for t, n in writes if t > conn[0]]
    if not after:
        return None
    starttls = next((t for t, n in after if n == 10), None)
    hello = next((t for t, n in after if starttls is not None and t > starttls and 250 < n < 700),
                 None)
    quit_ = [t for t, n in writes if n == 28 or n == 6]
    out = {"connect": conn[0], "greeting": after[0][0] - conn[0], "starttls": starttls,
           "tls set-up": (hello - starttls) if hello and starttls else None,
           "quit": quit_[-1] if quit_ else None, "exit": ex[0]}
    out["tail"] = (ex[0] - out["quit"]) if out["quit"] else None
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True)
    ap.add_argument("--runs", type=int, default=30)
    ap.add_argument("--also", action="append", default=[], metavar="NAME=PATH")
    args = ap.parse_args()
    work = bench_exim.new_work("mw-timeline-")
    exim_dir, info = bench_exim.start_exim(work)
    try:
        port, ca, user = info["ports"]["smtp_starttls"], info["ca_file"], info["user"]
        password = bench_exim.PASSWORD
        msg = os.path.join(work, "message.eml")
        with open(msg, "wb") as f:
            f.write(b"From: Bench <alerts@example.test>\r\nTo: admin@example.test\r\n"
                    b"Subject: benchmark\r\n\r\nhello\r\n")
        ini = bench_exim.write_ini(work, info)
        clis = {"mailwright-cli test": os.path.abspath(args.cli)}
        for also in args.also:
            name, _, path = also.partition("=")
            clis["mailwright-cli test (%s)" % name] = os.path.abspath(path)
        curl = ("curl -s --url smtp://localhost:%d --ssl-reqd --cacert %s --login-options "
                "AUTH=PLAIN --user '%s:%s' --mail-from alerts@example.test --mail-rcpt "
                "admin@example.test --upload-file %s" % (port, ca, user, password, msg))
        script = ""
        for _ in range(args.runs):
            for path in clis.values():
                script += "%s --config %s test >/dev/null;\n" % (path, ini)
            script += curl + " >/dev/null;\n"
        data = os.path.join(work, "perf.data")
        env = dict(os.environ, MAILWRIGHT_SMTP_PASSWORD=password)
        subprocess.run(["perf", "record", "-q", "-o", data, "-e", EVENTS, "--", "sh", "-c",
                        script], env=env, check=True, stderr=subprocess.DEVNULL)
        text = subprocess.run(["perf", "script", "-i", data, "-F", "comm,tid,time,event,trace"],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                              check=True).stdout.decode(errors="replace")
    finally:
        bench_exim.stop_exim(exim_dir)
    names = dict((path, name) for name, path in clis.items())
    names[subprocess.check_output(["sh", "-c", "command -v curl"]).decode().strip()] = "curl"
    runs, cur = [], None
    for line in text.splitlines():
        m = LINE.match(line)
        if not m:
            continue
        _, _, t, ev, fields = m.groups()
        t = float(t) * 1000
        if ev == "sched:sched_process_exec":
            who = next((n for p, n in names.items() if "filename=%s " % p in fields), None)
            cur = {"who": who, "t0": t, "events": []} if who else None
            if cur:
                runs.append(cur)
        elif cur:
            cur["events"].append((t - cur["t0"], ev.split(":")[1], fields))
    table = {}
    for r in runs:
        p = phases(r["events"])
        if p:
            for k, v in p.items():
                if v is not None:
                    table.setdefault(r["who"], {}).setdefault(k, []).append(v)
    keys = ["connect", "greeting", "starttls", "tls set-up", "quit", "tail", "exit"]
    print("| client | runs | " + " | ".join(keys) + " |")
    print("|---|---:|" + "---:|" * len(keys))
    for who, d in table.items():
        print("| %s | %d | %s |" % (who, len(d.get("exit", [])), " | ".join(
            "%.2f" % statistics.median(d[k]) if d.get(k) else "–" for k in keys)))


if __name__ == "__main__":
    main()
