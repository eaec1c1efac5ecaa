#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes app/gui/startup-order.txt: the functions of `mailwright` that run up to the
window's first paint, which an optimised Linux build places together at the start of the
program's text (app/CMakeLists.txt, LLD's --symbol-ordering-file).

The kernel maps a program's pages 64 KiB at a time around each page touched ("fault-around"),
so a few hundred functions spread over the whole text made most of it resident at the first
paint. The list comes from callgrind (the functions with a cost in the program's own object,
mangled), run to the first paint (MAILWRIGHT_BENCH_STARTUP, ui/StartupProbe.cpp) with the
offscreen platform, once with a configuration like bench/window_bench.py's and once with an
empty one (the keychain store, the first-run view); sorted by name, so that a new list shows
as a small diff. A function missing from the list still works; it only sits elsewhere.

  bench/startup_order.py build-rel/app/mailwright [--out app/gui/startup-order.txt]
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

CONFIGS = {
    "bench": "[general]\nsecret_backend=memory\n[smtp]\nhost=localhost\nport=9\n"
             "security=starttls\nauth=plain\nusername=u\n"
             "[mailboxes]\nfrom=alerts@example.test\nnotify=admin@example.test\n",
    "empty": "",
}


def functions_run(gui, ini, work):
    """Mangled names of the functions of gui's own object that callgrind saw run."""
    out = os.path.join(work, "callgrind.out")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", MAILWRIGHT_BENCH_STARTUP="1",
               XDG_CONFIG_HOME=os.path.join(work, "xdg"))
    subprocess.run(["valgrind", "--tool=callgrind", "--demangle=no", "--callgrind-out-file=" + out,
                    "--dump-after=*memoryLine*", gui, "--config", ini],
                   env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True, timeout=600)
    dump = out + ".1"  # the dump at the probe's report (the first paint)
    names, ob, run = {}, None, set()
    target = os.path.realpath(gui)
    with open(dump) as f:
        for line in f:
            m = re.match(r"^(ob|cob|fn|cfn)=\((\d+)\)(?: (.*))?$", line.rstrip("\n"))
            if not m:
                continue
            kind, ident, name = m.groups()
            table = "ob" if kind.endswith("ob") else "fn"
            if name:
                names[(table, ident)] = name
            if kind == "ob":
                ob = names[("ob", ident)]
            elif kind == "fn" and ob and os.path.realpath(ob) == target:
                run.add(names[("fn", ident)])
    for name in os.listdir(work):
        if name.startswith("callgrind.out"):
            os.remove(os.path.join(work, name))
    # Not symbols: addresses without a name, callgrind's "(below main)".
    return {n for n in run if not n.startswith("0x") and not n.startswith("(")}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gui", help="an optimised build's app/mailwright")
    ap.add_argument("--out", default=os.path.join(ROOT, "app", "gui", "startup-order.txt"))
    args = ap.parse_args()
    run = set()
    with tempfile.TemporaryDirectory(prefix="mw-order-") as work:
        for name, text in CONFIGS.items():
            ini = os.path.join(work, name + ".ini")
            with open(ini, "w") as f:
                f.write(text)
            found = functions_run(args.gui, ini, work)
            print("%s: %d functions" % (name, len(found)), file=sys.stderr)
            run |= found
    with open(args.out, "w") as f:
        f.write("\n".join(sorted(run)) + "\n")
    print("%d functions written to %s" % (len(run), args.out), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
