// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>

#include <functional>

namespace mw {

class SettingsWindow;

// MAILWRIGHT_BENCH_DRIVE=1 (bench/compare_clients.py --window): once the window is up,
// runs what a person would and times it, with the stall watch of StartupProbe.h on:
//   1. Send Test (its button, as clicked): from the click to TestPanel::finished;
//   2. the SMTP server check (as the Server tab's button): until its dialog finishes;
//   3. a status refresh (the header's button): until the monitor reports the check.
// Each prints "mw-probe <step>-ms N longest-stall-ms N longest-stall-cpu-ms N ok=0|1
// begin=T end=T" on stdout (T: monotonic clock, ms); then it quits. The time is the step's;
// the stalls are those from its start until 50 ms after its end, so that the work of the
// event that finished it (showing the result) is counted.
class BenchDriver : public QObject
{
public:
    explicit BenchDriver(SettingsWindow *window);
    static bool requested();
    void start();

private:
    void sendTest();
    void serverCheck();
    void statusRefresh();
    void report(const char *step, bool ok, std::function<void()> next);

    SettingsWindow *m_window;
    QElapsedTimer m_clock;
};

} // namespace mw
