// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

// Measurement hooks for bench/ (docs/PERFORMANCE.md), off unless their environment variable
// is set. No widget of the application is needed: bench/bare_window.cpp compiles this file
// too, so that the settings window and a bare Qt window are measured by the same code.
//
//   MAILWRIGHT_BENCH_STARTUP=1  when the window has been exposed and painted once, print
//                               "mw-probe exposed rss_kib=N pss_kib=N" and quit (exit 0).
//   MAILWRIGHT_BENCH_SMAPS=FILE with it: copy /proc/self/smaps to FILE at that moment.
//   MAILWRIGHT_BENCH_STALLS=1   watch the event loop with a 1 ms timer; the longest gap
//                               between two of its ticks is the longest stall (see below).
//                               "trace" also prints every gap over 5 ms (monotonic ms).
namespace mw::probe {

// Starts the probes their variables ask for; call once the window is shown. Returns true
// when the startup probe is on (the caller then starts nothing else that would run after).
bool install(QWidget *window);

// The stall watch: the longest time the event loop went without serving its 1 ms timer
// since the last reset, in milliseconds (minus the timer's own millisecond). Starts the
// watch if it is not running.
void startStallWatch();
void resetStalls();
[[nodiscard]] double longestStallMs();
// The most CPU time the GUI thread used between two ticks (Unix; 0 elsewhere): the stall
// without the time the machine gave to other processes.
[[nodiscard]] double longestStallCpuMs();

// Resident and proportional memory of this process in KiB (Linux /proc; 0 elsewhere).
[[nodiscard]] QString memoryLine();

} // namespace mw::probe
