// SPDX-License-Identifier: GPL-3.0-or-later
#include "StartupProbe.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>
#include <QWindow>

#include <algorithm>
#include <cstdio>
#ifdef Q_OS_UNIX
#include <time.h>
#endif

namespace mw::probe {

namespace {

// The first kB figure of the line starting with key in a /proc file ("VmRSS:", "Pss:").
qint64 procKib(const char *file, const char *key)
{
    QFile f(QString::fromLatin1(file));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray prefix(key);
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

// MAILWRIGHT_BENCH_SMAPS=FILE: a copy of /proc/self/smaps at the report, to see which
// mappings the resident memory is in (bench/window_bench.py --smaps).
void copySmaps()
{
    const QString target = qEnvironmentVariable("MAILWRIGHT_BENCH_SMAPS");
    if (target.isEmpty())
        return;
    QFile in(QStringLiteral("/proc/self/smaps"));
    QFile out(target);
    if (in.open(QIODevice::ReadOnly) && out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        out.write(in.readAll());
}

// Quits after the first expose has been handled: the event filter runs before the window
// paints, so the report is queued behind the paint.
class ExposeWatcher : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        auto *window = qobject_cast<QWindow *>(watched);
        if (event->type() == QEvent::Expose && window && window->isExposed() && !m_done) {
            m_done = true;
            QTimer::singleShot(0, qApp, [] {
                std::printf("mw-probe exposed %s\n", qPrintable(memoryLine()));
                copySmaps();
                std::fflush(stdout);
                QCoreApplication::exit(0);
            });
        }
        return false;
    }

private:
    bool m_done = false;
};

// The GUI thread's CPU time: a gap on a loaded machine is partly the scheduler's (other
// processes ran); the CPU the thread itself used in the gap is the application's part.
qint64 threadCpuNs()
{
#ifdef Q_OS_UNIX
    timespec ts{};
    if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts) == 0)
        return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
#endif
    return 0;
}

struct StallWatch
{
    QTimer *timer = nullptr;
    QElapsedTimer clock;
    qint64 lastNs = 0;
    qint64 longestNs = 0;
    qint64 lastCpuNs = 0;
    qint64 longestCpuNs = 0;
    bool trace = false;
};

StallWatch &stalls()
{
    static StallWatch watch;
    return watch;
}

} // namespace

QString memoryLine()
{
    return QStringLiteral("rss_kib=%1 pss_kib=%2")
        .arg(procKib("/proc/self/status", "VmRSS:"))
        .arg(procKib("/proc/self/smaps_rollup", "Pss:"));
}

void startStallWatch()
{
    StallWatch &w = stalls();
    if (w.timer)
        return;
    w.timer = new QTimer(qApp);
    w.timer->setTimerType(Qt::PreciseTimer);
    w.timer->setInterval(1);
    w.clock.start();
    w.trace = qEnvironmentVariable("MAILWRIGHT_BENCH_STALLS") == QLatin1String("trace");
    w.lastNs = 0;
    w.lastCpuNs = threadCpuNs();
    QObject::connect(w.timer, &QTimer::timeout, qApp, [] {
        StallWatch &s = stalls();
        const qint64 now = s.clock.nsecsElapsed();
        const qint64 cpu = threadCpuNs();
        s.longestNs = std::max(s.longestNs, now - s.lastNs);
        s.longestCpuNs = std::max(s.longestCpuNs, cpu - s.lastCpuNs);
        // MAILWRIGHT_BENCH_STALLS=trace: every gap over 5 ms, on the monotonic clock (as
        // `perf record -k CLOCK_MONOTONIC` stamps its samples), to find what ran in it.
        if (s.trace && now - s.lastNs > 5000000) {
            const double end =
                static_cast<double>(s.clock.msecsSinceReference()) + static_cast<double>(now) / 1e6;
            std::fprintf(stderr, "mw-probe gap %.3f-%.3f ms cpu %.1f ms\n",
                         end - static_cast<double>(now - s.lastNs) / 1e6, end,
                         static_cast<double>(cpu - s.lastCpuNs) / 1e6);
        }
        s.lastNs = now;
        s.lastCpuNs = cpu;
    });
    w.timer->start();
}

void resetStalls()
{
    StallWatch &w = stalls();
    w.lastNs = w.clock.isValid() ? w.clock.nsecsElapsed() : 0;
    w.longestNs = 0;
    w.lastCpuNs = threadCpuNs();
    w.longestCpuNs = 0;
}

double longestStallMs()
{
    // The timer's own interval is no stall.
    return std::max(0.0, static_cast<double>(stalls().longestNs) / 1e6 - 1.0);
}

double longestStallCpuMs()
{
    return static_cast<double>(stalls().longestCpuNs) / 1e6;
}

bool install(QWidget *window)
{
    if (qEnvironmentVariableIsSet("MAILWRIGHT_BENCH_STALLS")) {
        startStallWatch();
        QObject::connect(qApp, &QCoreApplication::aboutToQuit, qApp, [] {
            std::fprintf(stderr, "mw-probe longest-stall-ms %.1f longest-stall-cpu-ms %.1f\n",
                         longestStallMs(), longestStallCpuMs());
        });
    }
    if (!qEnvironmentVariableIsSet("MAILWRIGHT_BENCH_STARTUP"))
        return false;
    window->winId(); // creates the native window, so that its QWindow exists
    window->windowHandle()->installEventFilter(new ExposeWatcher(window));
    return true;
}

} // namespace mw::probe
