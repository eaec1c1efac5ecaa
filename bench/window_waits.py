#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Where the window's main thread spends its time up to the first paint, against the bare Qt
Widgets window's, from outside the process: the kernel's scheduler tracepoints (perf record
-a, no ptrace, no instrumentation), the two windows started in turns under one Xvfb as
bench/window_bench.py starts them (MAILWRIGHT_BENCH_STARTUP=1, ui/StartupProbe.cpp).

  sudo bench/window_waits.py build-rel/app/mailwright [--runs 10] [--session-bus]

For each window, the medians (ms) of: the span from the exec to the probe's line (written
once the window is exposed and painted: its `write` to stdout); the main thread's time on a
CPU in it; its time asleep (blocked on a lock, a reply, the X server) and its time runnable
but waiting for a CPU; the sleep by the task that woke it (the session bus's `dbus-launch`,
a pool thread, the X server...); and, where the session bus is started by `dbus-launch`
(no session bus, as in the bench's Xvfb), that program's life from its fork to its exit.
The machine-wide recording makes every figure larger than bench/window_bench.py's; the
comparison is between the two windows of the same run. Needs perf (MAILWRIGHT_WITH_BENCH=1
scripts/install-deps.sh) and the right to record tracepoints system-wide (root, or
perf_event_paranoid <= -1).
"""
import argparse
import collections
import os
import re
import statistics
import subprocess
import sys
import tempfile

from startup_order import CONFIGS
from window_bench import build_bare_window, start_session_bus, start_xvfb

EVENTS = ("sched:sched_switch,sched:sched_wakeup,sched:sched_process_exec,"
          "sched:sched_process_fork,sched:sched_process_exit,syscalls:sys_enter_write")
# perf script -F comm,pid,tid,time,event,trace: "comm pid/tid time: event: fields"
LINE = re.compile(r"\s*(\S.*?)\s+(\d+)/(\d+)\s+([\d.]+):\s+(\S+):\s*(.*)")
SWITCH = re.compile(r"prev_comm=(.*?) prev_pid=(\d+) .*prev_state=(\S+) ==> next_comm=.* next_pid=(\d+)")


def read_events(data):
    out = subprocess.run(["perf", "script", "-i", data, "-F", "comm,pid,tid,time,event,trace"],
                         capture_output=True, text=True, check=True).stdout
    events = []
    for line in out.splitlines():
        m = LINE.match(line)
        if m:
            comm, pid, tid, t, event, fields = m.groups()
            events.append((float(t) * 1000.0, event.split(":")[-1], pid, tid, comm.strip(), fields))
    return events


def thread_times(events, tid, start, end):
    """(run, sleep, runnable, sleep by waker) of thread tid between start and end (ms)."""
    on, t_on, t_off, state, t_wake, waker = True, start, None, "", None, None
    run = sleep = runnable = 0.0
    by_waker = collections.Counter()
    for t, event, _pid, _tid, comm, fields in events:
        if t < start or t > end:
            continue
        if event == "sched_switch":
            m = SWITCH.search(fields)
            if not m:
                continue
            prev, prev_state, nxt = m.group(2), m.group(3), m.group(4)
            if prev == tid and on:
                run += t - t_on
                on, t_off, state, t_wake = False, t, prev_state, None
            elif nxt == tid and not on:
                if state.startswith("R"):  # preempted: waited for a CPU all along
                    runnable += t - t_off
                else:
                    woke = t_wake if t_wake is not None else t
                    sleep += woke - t_off
                    by_waker[waker or "?"] += woke - t_off
                    runnable += t - woke
                on, t_on = True, t
        elif event == "sched_wakeup" and not on and t_wake is None:
            m = re.search(r" pid=(\d+)", fields)
            if m and m.group(1) == tid:
                # A wake-up queued to an idle CPU is recorded by its idle task ("swapper").
                t_wake, waker = t, re.sub(r"[-/:]\d+$", "", comm)
    if on:
        run += end - t_on
    return run, sleep, runnable, by_waker


def analyse(events, programs):
    """{window: [per run dict]} for the processes that exec'd one of programs {path: name}."""
    runs = collections.defaultdict(list)
    starts = {}
    for t, event, pid, tid, comm, fields in events:
        if event == "sched_process_exec":
            m = re.search(r"filename=(\S+)", fields)
            if m and m.group(1) in programs:
                starts[pid] = (programs[m.group(1)], t)
    for pid, (name, t0) in starts.items():
        painted = next((t for t, e, p, tid, c, f in events
                        if e == "sys_enter_write" and tid == pid and t >= t0 and "fd: 0x00000001" in f), None)
        if painted is None:
            continue
        run, sleep, runnable, by_waker = thread_times(events, pid, t0, painted)
        # dbus-launch: forked by one of this process's threads, then exec'd
        launch = None
        children = [(t, re.search(r"child_pid=(\d+)", f).group(1)) for t, e, p, tid, c, f in events
                    if e == "sched_process_fork" and p == pid and t0 <= t <= painted]
        for forked, child in children:
            launched = any(e == "sched_process_exec" and tid == child and "dbus-launch" in f
                           for t, e, p, tid, c, f in events)
            exits = [t for t, e, p, tid, c, f in events if e == "sched_process_exit" and tid == child]
            if launched and exits:
                launch = exits[0] - forked
        runs[name].append(dict(span=painted - t0, run=run, sleep=sleep, runnable=runnable,
                               wakers=by_waker, launch=launch))
    return runs


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gui", help="an optimised build's app/mailwright")
    ap.add_argument("--runs", type=int, default=10)
    ap.add_argument("--session-bus", action="store_true",
                    help="give both windows a session bus of their own (no dbus-launch)")
    args = ap.parse_args()
    gui = os.path.abspath(args.gui)
    bare = os.path.abspath(build_bare_window(gui))
    work = tempfile.mkdtemp(prefix="mw-waits-", dir="/tmp")
    ini = os.path.join(work, "mailwright.ini")
    with open(ini, "w") as f:
        f.write(CONFIGS["bench"])  # the start-up order's configuration: a server, no Exim
    xvfb, display = start_xvfb()
    bus = None
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", MAILWRIGHT_BENCH_STARTUP="1",
               XDG_CONFIG_HOME=os.path.join(work, "xdg-config"))
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    if args.session_bus:
        bus, env["DBUS_SESSION_BUS_ADDRESS"] = start_session_bus()
    script = os.path.join(work, "turns.sh")
    with open(script, "w") as f:
        # a warm-up start of each first (page cache, fontconfig's cache), then the turns
        f.write("%s --config %s >/dev/null 2>&1; %s >/dev/null 2>&1\n" % (gui, ini, bare))
        f.write("for i in $(seq %d); do\n" % args.runs)
        f.write("  %s --config %s >/dev/null 2>&1\n  %s >/dev/null 2>&1\ndone\n" % (gui, ini, bare))
    data = os.path.join(work, "perf.data")
    try:
        subprocess.run(["perf", "record", "-a", "-q", "-o", data, "-e", EVENTS, "--", "sh", script],
                       env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    finally:
        xvfb.terminate()
        xvfb.wait()
        if bus:
            bus.terminate()
            bus.wait()
    runs = analyse(read_events(data), {gui: "mailwright (window)", bare: "bare Qt Widgets window"})
    print("Session bus: %s; %d runs each, medians in ms (perf record -a makes every figure larger).\n"
          % ("its own (dbus-daemon --session)" if bus else "none (dbus-launch)", args.runs))
    print("| window | exec to first paint | main thread on a CPU | asleep | runnable, no CPU "
          "| asleep by its waker | dbus-launch's life |")
    print("|---|---:|---:|---:|---:|---|---:|")
    for name in ("mailwright (window)", "bare Qt Widgets window"):
        rows = runs.get(name, [])[1:]  # the warm-up start left out
        if not rows:
            continue
        med = {k: statistics.median(r[k] for r in rows) for k in ("span", "run", "sleep", "runnable")}
        wakers = collections.Counter()
        for r in rows:
            wakers.update(r["wakers"])
        top = ", ".join("%s %.1f" % (w, v / len(rows)) for w, v in wakers.most_common(3))
        launches = [r["launch"] for r in rows if r["launch"] is not None]
        launch = "%.1f" % statistics.median(launches) if launches else "-"
        print("| %s | %.1f | %.1f | %.1f | %.1f | %s (means) | %s |"
              % (name, med["span"], med["run"], med["sleep"], med["runnable"], top, launch))
    return 0


if __name__ == "__main__":
    sys.exit(main())
