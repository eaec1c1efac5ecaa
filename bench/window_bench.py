#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The settings window's share of bench/compare_clients.py --window.

Start-up: `mailwright` and a bare Qt Widgets window (bench/bare_window.cpp, compiled here
with the same Qt and the same probe, ui/StartupProbe.cpp) are started in turns under one
Xvfb with MAILWRIGHT_BENCH_STARTUP=1; the time is from the fork to the probe's line, which
each prints once its window is exposed and painted, with the process's RSS and PSS then;
the CPU time is the whole process's (all threads, user + system), which quits right after;
"waits" its voluntary context switches (a thread that blocked: on a lock, a condition, a
read), which the wall time's noise does not blur.

Actions: `mailwright` with MAILWRIGHT_BENCH_DRIVE=1 and MAILWRIGHT_BENCH_STALLS=1
(ui/BenchDriver.cpp) clicks Send Test, runs the SMTP server check and a status refresh
against the same Exim, and prints each one's time and the longest event-loop stall.

Alone, for a before/after in one run (the Exim fixture and the INI made here):

  bench/window_bench.py build/app/mailwright [--also NAME=GUI ...] [--runs 15] [--markdown]
      [--session-bus] [--rtt MS]

--rtt MS puts the Exim's STARTTLS port, the one the Send Test uses, a round trip of MS away
(bench/delay_relay.py; the server check's other ports stay on loopback). --also adds another
build of the window (an earlier commit's) to the same alternation, and to the actions, so
that both are measured under the same load.
"""
import os
import re
import statistics
import subprocess
import sys
import time

import bench_exim
from delay_relay import DelayRelay
# the CPU and the voluntary context switches of reaped children, as the queue's bench reads them
from queue_flush import children_cpu, children_waits

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
STEPS = ("sendtest", "servercheck", "statusrefresh")


def build_bare_window(gui):
    """bench/bare_window.cpp beside the GUI binary, rebuilt when a source is newer."""
    out = os.path.join(os.path.dirname(os.path.abspath(gui)), "bench-bare-window")
    sources = [os.path.join(HERE, "bare_window.cpp"), os.path.join(ROOT, "ui", "StartupProbe.cpp"),
               os.path.join(ROOT, "ui", "StartupProbe.h")]
    if os.path.exists(out) and all(os.path.getmtime(out) >= os.path.getmtime(s) for s in sources):
        return out
    flags = subprocess.check_output(["pkg-config", "--cflags", "--libs", "Qt6Widgets"]).decode().split()
    subprocess.check_call(["c++", "-O2", "-std=c++20", "-fPIC", "-I", os.path.join(ROOT, "ui"),
                           sources[0], sources[1], "-o", out] + flags)
    return out


def start_xvfb():
    r, w = os.pipe()
    proc = subprocess.Popen(["Xvfb", "-displayfd", str(w), "-screen", "0", "1280x1024x24",
                             "-nolisten", "tcp"], pass_fds=(w,), stderr=subprocess.DEVNULL)
    os.close(w)
    with os.fdopen(r) as f:
        display = f.readline().strip()
    return proc, ":" + display


def window_env(display, work):
    """The environment a window is started in: the Xvfb's display, XDG folders under work."""
    return dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb",
                XDG_CONFIG_HOME=os.path.join(work, "xdg-config"),
                XDG_DATA_HOME=os.path.join(work, "xdg-data"),
                XDG_CACHE_HOME=os.path.join(work, "xdg-cache"))


def start_session_bus():
    """A session bus of its own, as a desktop has: (the dbus-daemon, its address)."""
    bus = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                           stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    return bus, bus.stdout.readline().decode().strip()


def first_line(cmd, env, pattern, timeout=30.0):
    """Runs cmd, returns (seconds to the first stdout line matching pattern, the line, the
    CPU seconds and the voluntary context switches of the whole process: the probe quits
    right after that line)."""
    cpu = children_cpu()
    waits = children_waits()
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    found = None
    try:
        for raw in proc.stdout:
            line = raw.decode(errors="replace")
            if pattern in line:
                found = (time.perf_counter() - t, line)
                break
    finally:
        try:
            proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    return found + (children_cpu() - cpu, children_waits() - waits) if found else None


def kib(line, key):
    m = re.search(key + r"=(\d+)", line)
    return int(m.group(1)) if m else 0


def measure(gui, ini, env_mw, runs, work, also=None):
    """also: {name: path} of further window builds, measured in the same turns as gui."""
    also = also or {}
    bare = build_bare_window(gui)
    xvfb, display = start_xvfb()
    try:
        base = window_env(display, work)
        starts = {"mailwright (window)": [gui, "--config", ini], "bare Qt Widgets window": [bare]}
        for name, path in also.items():
            starts[name] = [path, "--config", ini]
        env_start = dict(base, MAILWRIGHT_BENCH_STARTUP="1")
        samples = {name: [] for name in starts}
        names = list(starts)
        for name in names:  # warm-up (page cache, fontconfig cache)
            first_line(starts[name], env_start, "mw-probe exposed")
        for i in range(runs):
            order = names[i % 2:] + names[:i % 2]
            for name in order:
                got = first_line(starts[name], env_start, "mw-probe exposed")
                if got:
                    samples[name].append((got[0] * 1000.0, kib(got[1], "rss_kib"), kib(got[1], "pss_kib"),
                                          got[2] * 1000.0, got[3]))
                else:
                    print("%s: no exposed line" % name, file=sys.stderr)
        drives = {"": gui}
        drives.update({" (%s)" % name: path for name, path in also.items()})
        actions = {step + label: [] for label in drives for step in STEPS}
        env_drive = dict(base, MAILWRIGHT_BENCH_DRIVE="1", MAILWRIGHT_BENCH_STALLS="1",
                         MAILWRIGHT_SMTP_PASSWORD=env_mw["MAILWRIGHT_SMTP_PASSWORD"])
        for _ in range(max(3, runs // 4)):
            for label, path in drives.items():
                proc = subprocess.Popen([path, "--config", ini], env=env_drive, stdout=subprocess.PIPE,
                                        stderr=subprocess.DEVNULL)
                pings = start_pinger(proc.pid, base)
                out, _ = proc.communicate(timeout=240)
                answers = stop_pinger(pings)
                for line in out.decode(errors="replace").splitlines():
                    m = re.match(r"mw-probe (\w+)-ms ([\d.]+) longest-stall-ms ([\d.]+) "
                                 r"longest-stall-cpu-ms ([\d.]+) ok=(\d) begin=(\d+) end=(\d+)", line)
                    if m and m.group(1) + label in actions:
                        begin, end = float(m.group(6)), float(m.group(7))
                        inside = [rtt for t, rtt in answers if begin <= t <= end]
                        actions[m.group(1) + label].append(
                            (float(m.group(2)), float(m.group(3)), m.group(5) == "1",
                             max(inside) if inside else float("nan"), len(inside), float(m.group(4))))
        # The floor of the outside measure on this machine: the same pings to the bare window.
        idle = subprocess.Popen([bare], env=base, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        pings = start_pinger(idle.pid, base)
        time.sleep(5)
        idle.terminate()
        idle.wait()
        floor = [rtt for _, rtt in stop_pinger(pings)]
    finally:
        xvfb.terminate()
        xvfb.wait()
    return {"start": samples, "actions": actions, "runs": runs, "floor": floor}


def start_pinger(pid, env):
    """bench/x11_ping.py on the window of pid (Debian's python3 for python3-xlib)."""
    return subprocess.Popen(["/usr/bin/python3", os.path.join(HERE, "x11_ping.py"), str(pid), "5"],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)


def stop_pinger(proc):
    """(monotonic ms when sent, round trip ms) of every answered ping."""
    try:
        out, _ = proc.communicate(timeout=15)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, _ = proc.communicate()
    answers = []
    for line in out.decode().splitlines():
        t, rtt = line.split()
        answers.append((float(t), float(rtt)))
    return answers


def print_report(result, markdown):
    start = result["start"]
    bare = start.get("bare Qt Widgets window") or []
    med = lambda xs: statistics.median(xs) if xs else float("nan")
    b_ms, b_rss, b_pss, b_cpu, _ = (med([s[i] for s in bare]) for i in range(5))
    if markdown:
        print("| window | median ms to first paint | ratio | CPU ms | ratio | waits | RSS MiB | ratio "
              "| PSS MiB | ratio |")
        print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for name, xs in start.items():
        ms, rss, pss, cpu, waits = (med([s[i] for s in xs]) for i in range(5))
        cells = (name, ms, ms / b_ms, cpu, cpu / b_cpu, waits, rss / 1024, rss / b_rss, pss / 1024,
                 pss / b_pss)
        if markdown:
            print("| %s | %.1f | %.2f | %.1f | %.2f | %d | %.1f | %.2f | %.1f | %.2f |" % cells)
        else:
            print("%-24s %8.1fms x%.2f  CPU %6.1fms x%.2f  waits %4d  RSS %6.1f MiB x%.2f  "
                  "PSS %6.1f MiB x%.2f" % cells)
    print()
    if markdown:
        print("| in the window | runs | median ms | longest stall inside, ms (its CPU ms) | "
              "longest X11 ping, ms (pings) | all ok |")
        print("|---|---:|---:|---:|---:|---|")
    for step, xs in result["actions"].items():
        if not xs:
            print("| %s | 0 | failed | | | |" % step if markdown else "%-14s failed" % step)
            continue
        cells = (step, len(xs), med([x[0] for x in xs]), max(x[1] for x in xs), max(x[5] for x in xs),
                 max(x[3] for x in xs), sum(x[4] for x in xs), "yes" if all(x[2] for x in xs) else "no")
        if markdown:
            print("| %s | %d | %.1f | %.1f (%.1f) | %.1f (%d) | %s |" % cells)
        else:
            print("%-14s %3d runs %8.1fms  stall %6.1fms (cpu %5.1f)  ping %6.1fms (%d)  ok: %s" % cells)
    floor = sorted(result["floor"])
    if floor:
        print("\nX11 pings to the idle bare window (the machine's floor): %d, median %.1f ms, "
              "longest %.1f ms" % (len(floor), statistics.median(floor), floor[-1]))


def main():
    import argparse
    ap = argparse.ArgumentParser(description="the settings window against a bare Qt window")
    ap.add_argument("gui", help="build/app/mailwright")
    ap.add_argument("--also", action="append", default=[], metavar="NAME=GUI",
                    help="another build of the window, measured in the same turns")
    ap.add_argument("--runs", type=int, default=15)
    ap.add_argument("--markdown", action="store_true")
    ap.add_argument("--rtt", type=float, default=0, metavar="MS",
                    help="the Exim's STARTTLS port one round trip of MS milliseconds away "
                         "(bench/delay_relay.py): the window's Send Test as against a real relay")
    ap.add_argument("--session-bus", action="store_true",
                    help="give both windows a session bus of their own, as a desktop does (Qt's "
                         "accessibility bridge and the tray's question talk to it); without it they "
                         "use the caller's bus, or with none Qt starts one through dbus-launch")
    args = ap.parse_args()
    also = dict(a.split("=", 1) for a in args.also)
    bus = None
    if args.session_bus:
        bus, os.environ["DBUS_SESSION_BUS_ADDRESS"] = start_session_bus()
    if bus:
        bus_kind = "its own (dbus-daemon --session)"
    elif os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        bus_kind = "the caller's"
    else:
        bus_kind = "none (Qt's accessibility bridge starts one with dbus-launch)"
    try:
        result = measure_with_exim(args, also)
    finally:
        if bus:
            bus.terminate()
            bus.wait()
    print("Session bus: %s.\n" % bus_kind)
    print_report(result, args.markdown)
    return 0


def measure_with_exim(args, also):
    """measure() against a loopback Exim of its own, with the INI compare_clients.py writes."""
    with bench_exim.loopback_exim("mw-window-bench-") as (work, info):
        env_mw = dict(os.environ, MAILWRIGHT_SMTP_PASSWORD=bench_exim.PASSWORD)
        if not args.rtt:
            return measure(args.gui, bench_exim.write_ini(work, info), env_mw, args.runs, work,
                           also)
        with DelayRelay(info["ports"]["smtp_starttls"], args.rtt) as relay:
            return measure(args.gui, bench_exim.write_ini(work, relay.description(info)), env_mw,
                           args.runs, work, also)


if __name__ == "__main__":
    sys.exit(main())
