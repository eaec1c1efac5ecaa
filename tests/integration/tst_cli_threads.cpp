// SPDX-License-Identifier: GPL-3.0-or-later
// The threads of `mailwright-cli test` (a Send Test over STARTTLS to a real Exim), followed
// by strace: at most one pool thread at work at any time (app/cli/main.cpp: the TLS preload
// and the TLS set-up ahead run one after the other). With a pool of one thread per core the
// two ran at once on two threads.
#include "EximFixture.h"
#include "Sanitizers.h"
#include "TestPaths.h"
#include "settings/MailSettings.h"
#include "settings/SettingsStore.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace mw;
using mw::test::EximFixture;

namespace {

struct Threads
{
    int started = 0;
    int mostAtOnce = 0;
};

// Reads `strace -f -q -e trace=clone,clone3,openat,read` output: a thread starts where a
// clone with CLONE_THREAD returns its id (possibly on a "resumed" line of the same caller),
// and its work ends with its last `openat` or `read` (the tasks load modules and read files).
// Threads count as at work at once when one was started while another still had work to do
// after that moment. A thread whose task is over may still be leaving (its stack given back,
// its exit) when the pool starts the next one: Qt lets the next task go once the last one
// has finished, and on a loaded machine the kernel sees the old thread exit a moment later.
// That is not two tasks at once.
Threads followThreads(const QByteArray &trace)
{
    static const QRegularExpression call(QStringLiteral("^(\\d+)\\s+(.*)$"));
    static const QRegularExpression returned(QStringLiteral("\\) = (\\d+)$"));
    struct Event
    {
        QString tid;
        QString started; // the thread this line's clone returned, if any
        bool work = false;
    };
    QList<Event> events;
    QSet<QString> pendingThreadClone; // callers whose thread clone is unfinished
    for (const QByteArray &raw : trace.split('\n')) {
        const auto m = call.match(QString::fromUtf8(raw).trimmed());
        if (!m.hasMatch())
            continue;
        const QString tid = m.captured(1);
        const QString rest = m.captured(2);
        if (rest.startsWith(QLatin1String("openat")) || rest.startsWith(QLatin1String("read(")) ||
            rest.startsWith(QLatin1String("<... openat")) ||
            rest.startsWith(QLatin1String("<... read"))) {
            events.append({tid, {}, true});
            continue;
        }
        const bool threadClone =
            rest.startsWith(QLatin1String("clone")) && rest.contains(QLatin1String("CLONE_THREAD"));
        const bool resumed = rest.startsWith(QLatin1String("<... clone"));
        if (threadClone && rest.contains(QLatin1String("<unfinished"))) {
            pendingThreadClone.insert(tid);
            continue;
        }
        if (!threadClone && !(resumed && pendingThreadClone.remove(tid)))
            continue;
        const auto r = returned.match(rest);
        if (r.hasMatch())
            events.append({tid, r.captured(1), false});
    }
    // The index of each thread's last work (or of its start, when it did none).
    QHash<QString, qsizetype> lastWork;
    for (qsizetype i = 0; i < events.size(); ++i) {
        if (!events[i].started.isEmpty())
            lastWork.insert(events[i].started, i);
        else if (events[i].work && lastWork.contains(events[i].tid))
            lastWork[events[i].tid] = i;
    }
    Threads t;
    QList<QString> threads; // started so far
    for (qsizetype i = 0; i < events.size(); ++i) {
        if (events[i].started.isEmpty())
            continue;
        ++t.started;
        int atWork = 1; // the new one
        for (const QString &other : std::as_const(threads)) {
            if (lastWork.value(other) > i)
                ++atWork;
        }
        t.mostAtOnce = std::max(t.mostAtOnce, atWork);
        threads << events[i].started;
    }
    return t;
}

} // namespace

class TestCliThreads : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void readsStraceOutput();
    void sendTestRunsOnePoolThreadAtATime();

private:
    std::unique_ptr<EximFixture> m_exim;
    QTemporaryDir m_dir;
};

void TestCliThreads::initTestCase()
{
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("strace")).isEmpty(),
             "strace is missing: scripts/install-deps.sh installs it with the tests' packages");
    QVERIFY(m_dir.isValid());
    m_exim = std::make_unique<EximFixture>();
    QVERIFY2(m_exim->start(), qPrintable(m_exim->errorString()));
}

void TestCliThreads::readsStraceOutput()
{
    // A thread that works after the next one started (one of them through an interrupted
    // clone): two at work at once.
    const QByteArray twoAtOnce =
        "100 clone3({flags=CLONE_VM|CLONE_THREAD|CLONE_SETTLS, stack=0x1} => {parent_tid=[101]}, "
        "88) = 101\n"
        "100 clone3({flags=CLONE_VM|CLONE_THREAD, stack=0x2} <unfinished ...>\n"
        "101 openat(AT_FDCWD, \"/lib/libssl.so.3\", O_RDONLY|O_CLOEXEC <unfinished ...>\n"
        "100 <... clone3 resumed> => {parent_tid=[102]}, 88) = 102\n"
        "101 <... openat resumed>) = 5\n"
        "102 read(5, \"...\", 832) = 832\n"
        "100 clone(child_stack=NULL, flags=SIGCHLD) = 200\n"
        "101 +++ exited with 0 +++\n"
        "102 +++ exited with 0 +++\n";
    Threads t = followThreads(twoAtOnce);
    QCOMPARE(t.started, 2);
    QCOMPARE(t.mostAtOnce, 2);
    // One after the other, the first still leaving (no work after the next one's start), and
    // a third after both ended: one at a time.
    const QByteArray oneAtATime =
        "100 clone3({flags=CLONE_VM|CLONE_THREAD, stack=0x1} => {parent_tid=[101]}, 88) = 101\n"
        "101 openat(AT_FDCWD, \"/lib/libssl.so.3\", O_RDONLY|O_CLOEXEC) = 5\n"
        "101 read(5, \"...\", 832) = 832\n"
        "100 clone3({flags=CLONE_VM|CLONE_THREAD, stack=0x2} => {parent_tid=[102]}, 88) = 102\n"
        "102 openat(AT_FDCWD, \"/etc/ca.pem\", O_RDONLY|O_CLOEXEC) = 6\n"
        "101 +++ exited with 0 +++\n"
        "102 +++ exited with 0 +++\n"
        "100 clone3({flags=CLONE_THREAD} => {parent_tid=[103]}, 88) = 103\n"
        "103 read(7, \"...\", 4096) = 100\n"
        "103 +++ exited with 0 +++\n";
    t = followThreads(oneAtATime);
    QCOMPARE(t.started, 3);
    QCOMPARE(t.mostAtOnce, 1);
}

void TestCliThreads::sendTestRunsOnePoolThreadAtATime()
{
    MailSettings s = mw::test::smtpThroughExim(*m_exim);
    s.mailboxes.from = QStringLiteral("alerts@example.test");
    s.mailboxes.notify = QStringLiteral("admin@example.test");
    s.delivery.queueDir = m_dir.filePath(QStringLiteral("queue"));
    s.alerts.enabled = false;
    const QString config = m_dir.filePath(QStringLiteral("mailwright.ini"));
    QString error;
    QVERIFY2(SettingsStore(config).save(s, &error), qPrintable(error));

    for (int run = 1; run <= 3; ++run) {
        const QString trace = m_dir.filePath(QStringLiteral("clone-%1.trace").arg(run));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("MAILWRIGHT_SMTP_PASSWORD"), m_exim->password());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_STATE_HOME"), m_dir.filePath(QStringLiteral("state")));
        mw::test::withoutLeakCheckUnderTracer(env);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral("strace"),
                {QStringLiteral("-f"), QStringLiteral("-q"), QStringLiteral("-e"),
                 QStringLiteral("trace=clone,clone3,openat,read"), QStringLiteral("-o"), trace,
                 test::cliPath(), QStringLiteral("--config"), config, QStringLiteral("--lang"),
                 QStringLiteral("en"), QStringLiteral("test")});
        QVERIFY(p.waitForFinished(60000));
        const QByteArray out = p.readAllStandardOutput() + p.readAllStandardError();
        QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, out.constData());
        QVERIFY2(out.contains("Completed successfully"), out.constData());
        QVERIFY(m_exim->waitForMessages(run));

        QFile f(trace);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray calls = f.readAll();
        const Threads t = followThreads(calls);
        // The TLS work ran on a pool thread, and never on two at once.
        QVERIFY2(t.started >= 1, calls.constData());
        QVERIFY2(t.mostAtOnce == 1, qPrintable(QStringLiteral("run %1: %2 threads at once:\n%3")
                                                   .arg(run)
                                                   .arg(t.mostAtOnce)
                                                   .arg(QString::fromUtf8(calls))));
    }
}

QTEST_GUILESS_MAIN(TestCliThreads)
#include "tst_cli_threads.moc"
