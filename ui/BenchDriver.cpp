// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchDriver.h"

#include "ServerCheckController.h"
#include "ServerCheckDialog.h"
#include "SettingsWindow.h"
#include "StartupProbe.h"
#include "TestPanel.h"
#include "diagnostics/StatusMonitor.h"

#include <QApplication>
#include <QPushButton>
#include <QTimer>

#include <cstdio>

namespace mw {

namespace {
// Every step ends within this, or the run reports it as failed and goes on.
constexpr int stepTimeoutMs = 60000;
// After a step's end, how long its stalls are still counted (the finishing event's own
// work, the repaint it asked for).
constexpr int kSettleMs = 50;
} // namespace

BenchDriver::BenchDriver(SettingsWindow *window)
    : QObject(window)
    , m_window(window)
{}

bool BenchDriver::requested()
{
    return qEnvironmentVariableIsSet("MAILWRIGHT_BENCH_DRIVE");
}

void BenchDriver::start()
{
    probe::startStallWatch();
    // Past the start-up work (first paint, deferred loads), as a person's first click is.
    QTimer::singleShot(1000, this, &BenchDriver::sendTest);
}

void BenchDriver::report(const char *step, bool ok, std::function<void()> next)
{
    // The step's time ends now; its stalls include the rest of the event that finished it
    // (the result shown, laid out and painted) and what that queued: they are read once
    // the loop has settled. begin/end on the monotonic clock (QElapsedTimer's reference on
    // Linux), so that the outside pinger (bench/x11_ping.py) can tell which of its answers
    // fell in this step.
    const double ms = static_cast<double>(m_clock.nsecsElapsed()) / 1e6;
    const qint64 begin = m_clock.msecsSinceReference();
    QTimer::singleShot(kSettleMs, this, [this, step, ok, ms, begin, next = std::move(next)] {
        std::printf("mw-probe %s-ms %.1f longest-stall-ms %.1f longest-stall-cpu-ms %.1f ok=%d "
                    "begin=%lld end=%lld\n",
                    step, ms, probe::longestStallMs(), probe::longestStallCpuMs(), ok ? 1 : 0,
                    static_cast<long long>(begin),
                    static_cast<long long>(begin + m_clock.elapsed()));
        std::fflush(stdout);
        next();
    });
}

void BenchDriver::sendTest()
{
    TestPanel *panel = m_window->testPanel();
    auto *button = panel->findChild<QPushButton *>(QStringLiteral("sendTestButton"));
    auto *timeout = new QTimer(this);
    timeout->setSingleShot(true);
    auto done = std::make_shared<bool>(false);
    auto finish = [this, timeout, done](bool ok) {
        if (*done)
            return;
        *done = true;
        timeout->deleteLater();
        report("sendtest", ok,
               [this] { QTimer::singleShot(200, this, &BenchDriver::serverCheck); });
    };
    connect(panel, &TestPanel::finished, this,
            [finish](const Result &result) { finish(result.ok); });
    connect(timeout, &QTimer::timeout, this, [finish] { finish(false); });
    timeout->start(stepTimeoutMs);
    probe::resetStalls();
    m_clock.start();
    button->click();
}

void BenchDriver::serverCheck()
{
    auto *controller = m_window->findChild<ServerCheckController *>();
    probe::resetStalls();
    m_clock.start();
    ServerCheckDialog *dialog = controller->checkServer(ProbeService::Smtp);
    connect(dialog, &ServerCheckDialog::finished, this, [this, dialog] {
        report("servercheck", true, [this, dialog] {
            dialog->close();
            QTimer::singleShot(200, this, &BenchDriver::statusRefresh);
        });
    });
}

void BenchDriver::statusRefresh()
{
    auto *timeout = new QTimer(this);
    timeout->setSingleShot(true);
    auto done = std::make_shared<bool>(false);
    auto finish = [this, done](bool ok) {
        if (*done)
            return;
        *done = true;
        report("statusrefresh", ok, [] { QTimer::singleShot(0, qApp, &QApplication::quit); });
    };
    connect(m_window->monitor(), &StatusMonitor::checkFinished, this,
            [finish](const QString &, const Result &result) { finish(result.ok); });
    connect(timeout, &QTimer::timeout, this, [finish] { finish(false); });
    timeout->start(stepTimeoutMs);
    probe::resetStalls();
    m_clock.start();
    m_window->refreshStatus();
}

} // namespace mw
