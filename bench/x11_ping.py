#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Measures a window's responsiveness from outside the process, over X11.

  x11_ping.py PID [INTERVAL_MS]

Finds the top-level window whose _NET_WM_PID is PID and sends it _NET_WM_PING (our counter in its fourth word, which the answer
copies back) every
INTERVAL_MS (default 5) until the process goes away. Qt answers a ping on its GUI
thread, in the event loop (QXcbWindow::handleClientMessageEvent), so a round trip lasts
as long as the loop is busy. Prints one line per answer: "<monotonic ms> <round trip ms>",
the time being when the ping was sent. Needs python3-xlib (Debian) and DISPLAY.
"""
import os
import select
import sys
import time

from Xlib import X, display, error, protocol


def find_window(d, pid, timeout=60.0):
    pid_atom = d.intern_atom("_NET_WM_PID")
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        for w in d.screen().root.query_tree().children:
            try:
                prop = w.get_full_property(pid_atom, X.AnyPropertyType)
                attrs = w.get_attributes()
            except error.XError:
                continue
            if prop and prop.value[0] == pid and attrs.map_state == X.IsViewable:
                return w
        time.sleep(0.01)
    return None


def alive(pid):
    try:
        os.kill(pid, 0)
        return True
    except OSError:
        return False


def main():
    pid = int(sys.argv[1])
    interval = float(sys.argv[2]) / 1000.0 if len(sys.argv) > 2 else 0.005
    d = display.Display()
    root = d.screen().root
    # (Qt answers to the root window; without StructureNotify selected too, no answer
    # reached this client in trials with Xvfb.)
    root.change_attributes(event_mask=X.SubstructureNotifyMask | X.StructureNotifyMask)
    d.sync()
    win = find_window(d, pid)
    if win is None:
        return 1
    protocols = d.intern_atom("WM_PROTOCOLS")
    ping = d.intern_atom("_NET_WM_PING")
    stamp = 0
    while alive(pid):
        stamp += 1
        sent = time.monotonic()
        ev = protocol.event.ClientMessage(window=win, client_type=protocols,
                                          data=(32, [ping, X.CurrentTime, win.id, stamp, 0]))
        try:
            win.send_event(ev, event_mask=0)
            d.flush()
        except error.XError:
            break
        answered = False
        while not answered and time.monotonic() - sent < 5.0 and alive(pid):
            while d.pending_events():
                e = d.next_event()
                if e.type == X.ClientMessage and e.data[1][0] == ping and e.data[1][3] == stamp:
                    answered = True
                    break
            if not answered:
                select.select([d.fileno()], [], [], 0.05)
        if answered:
            rtt = (time.monotonic() - sent) * 1000.0
            print("%.1f %.2f" % (sent * 1000.0, rtt), flush=True)
        time.sleep(interval)
    return 0


if __name__ == "__main__":
    sys.exit(main())
