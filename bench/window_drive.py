#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""One driven run of the window, with every stall of its event loop: Send Test, the server
check and a status refresh against a loopback Exim, under an Xvfb of its own, as
bench/window_bench.py drives them (MAILWRIGHT_BENCH_DRIVE=1, ui/BenchDriver.cpp), with
MAILWRIGHT_BENCH_STALLS=trace so that the window also prints each gap of its GUI thread
over 5 ms on the monotonic clock ("mw-probe gap BEGIN-END ms cpu MS").

  bench/window_drive.py build-rel/app/mailwright [--runs 3] [--ping] [-- WRAPPER...]

--ping runs bench/x11_ping.py against the window as the bench does. A wrapper runs the
window under another program, e.g. `-- perf record -k CLOCK_MONOTONIC -e sched:sched_switch
-o perf.data --` (the gaps' times are perf's with -k CLOCK_MONOTONIC) or `-- valgrind
--tool=callgrind --separate-threads=yes --dump-before=mw::BenchDriver::serverCheck()`.
Prints, per run, the steps' lines and the gaps of each step, relative to the step's start.
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SERVERS = os.path.join(ROOT, "tests", "servers", "mailservers.py")


def start_xvfb():
    r, w = os.pipe()
    proc = subprocess.Popen(["Xvfb", "-displayfd", str(w), "-screen", "0", "1280x1024x24",
                             "-nolisten", "tcp"], pass_fds=(w,), stderr=subprocess.DEVNULL)
    os.close(w)
    display = ":" + os.read(r, 64).decode().strip()
    os.close(r)
    return proc, display


def drive(gui, ini, work, ping, wrapper):
    xvfb, display = start_xvfb()
    try:
        env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb",
                   XDG_CONFIG_HOME=os.path.join(work, "xdg-config"),
                   XDG_DATA_HOME=os.path.join(work, "xdg-data"),
                   XDG_CACHE_HOME=os.path.join(work, "xdg-cache"),
                   MAILWRIGHT_BENCH_DRIVE="1", MAILWRIGHT_BENCH_STALLS="trace",
                   MAILWRIGHT_SMTP_PASSWORD=os.environ.get("MW_TEST_PASSWORD", "Pw-7f3a!q"))
        proc = subprocess.Popen(wrapper + [gui, "--config", ini], env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        pinger = None
        if ping:
            pinger = subprocess.Popen(["/usr/bin/python3", os.path.join(HERE, "x11_ping.py"),
                                       str(proc.pid), "5"], env=env,
                                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        out, err = proc.communicate(timeout=600)
        if pinger:
            pinger.terminate()
            pinger.wait()
        return out.decode(errors="replace"), err.decode(errors="replace")
    finally:
        xvfb.terminate()
        xvfb.wait()


def report(out, err):
    steps = []
    for line in out.splitlines():
        m = re.match(r"mw-probe (\w+)-ms .* begin=(\d+) end=(\d+)", line)
        if m:
            print(line)
            steps.append((m.group(1), int(m.group(2)), int(m.group(3))))
    gaps = [(float(a), float(b), float(c)) for a, b, c in
            re.findall(r"mw-probe gap ([\d.]+)-([\d.]+) ms cpu ([\d.]+) ms", err)]
    for name, begin, end in steps:
        # A step's stalls are counted until 50 ms after its end (BenchDriver's settling).
        inside = [g for g in gaps if begin - 5 <= g[0] <= end + 50]
        print("  %s gaps (start ms after the step's start: length ms (CPU ms)): %s" % (
            name, " ".join("+%.0f: %.1f (%.1f)" % (a - begin, b - a, c) for a, b, c in inside)
            or "none"))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gui", help="build-rel/app/mailwright")
    ap.add_argument("--runs", type=int, default=1)
    ap.add_argument("--ping", action="store_true", help="answer X11 pings as in the bench")
    ap.add_argument("wrapper", nargs="*", help="after --: a program to run the window under")
    args = ap.parse_args()
    work = tempfile.mkdtemp(prefix="mw-window-drive-", dir="/tmp")
    os.chmod(work, 0o755)
    exim_dir = os.path.join(work, "exim")
    os.mkdir(exim_dir)
    info = json.loads(subprocess.check_output([sys.executable, SERVERS, "start-exim", "--dir",
                                               exim_dir]))
    try:
        ini = os.path.join(work, "mailwright.ini")
        with open(ini, "w") as f:  # as bench/window_bench.py writes it
            f.write("[general]\nsecret_backend=memory\n[smtp]\nhost=localhost\nport=%d\n"
                    "security=starttls\nauth=plain\nusername=%s\nca_file=%s\n"
                    "[mailboxes]\nfrom=alerts@example.test\nnotify=admin@example.test\n"
                    % (info["ports"]["smtp_starttls"], info["user"], info["ca_file"]))
        for run in range(args.runs):
            print("run %d" % (run + 1))
            report(*drive(os.path.abspath(args.gui), ini, work, args.ping, args.wrapper))
    finally:
        subprocess.run([sys.executable, SERVERS, "stop", "--dir", exim_dir],
                       stdout=subprocess.DEVNULL)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
