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
import os
import re
import subprocess
import sys

import bench_exim
from window_bench import start_xvfb, window_env

HERE = os.path.dirname(os.path.abspath(__file__))


def drive(gui, ini, work, ping, wrapper):
    xvfb, display = start_xvfb()
    try:
        env = dict(window_env(display, work), MAILWRIGHT_BENCH_DRIVE="1",
                   MAILWRIGHT_BENCH_STALLS="trace", MAILWRIGHT_SMTP_PASSWORD=bench_exim.PASSWORD)
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
    with bench_exim.loopback_exim("mw-window-drive-") as (work, info):
        ini = bench_exim.write_ini(work, info)
        for run in range(args.runs):
            print("run %d" % (run + 1))
            report(*drive(os.path.abspath(args.gui), ini, work, args.ping, args.wrapper))


if __name__ == "__main__":
    sys.exit(main())
