// SPDX-License-Identifier: GPL-3.0-or-later
// The remembered capabilities in the sessions that matter (Send Test, the queue runner, the
// status checks): after a good session the same server name and port offer less — STARTTLS
// gone (as a man in the middle stripping it would make it), or a login method gone — and
// the session refuses, with the reason, until the change is accepted deliberately. Real
// Exim on loopback, restarted in another shape on the same ports.
#include "EximFixture.h"
#include "TestPaths.h"
#include "delivery/MessageBuilder.h"
#include "delivery/Queue.h"
#include "delivery/QueueRunner.h"
#include "delivery/TestSend.h"
#include "diagnostics/SmtpProbe.h"
#include "diagnostics/StatusMonitor.h"
#include "session/CapabilityMemory.h"
#include "session/DowngradeGuard.h"
#include "session/SmtpConfigFactory.h"
#include "settings/BackgroundWrites.h"
#include "settings/SettingsStore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace mw;
using mw::test::EximFixture;

namespace {

MailSettings settingsFor(const EximFixture &exim)
{
    MailSettings s;
    s.smtp.host = exim.hostName();
    s.smtp.port = exim.plainPort();
    s.smtp.security = MailSettings::SmtpSecurity::Auto; // Automatic: never clear text
    s.smtp.auth = MailSettings::SmtpAuth::Auto;
    s.smtp.username = exim.userName();
    s.smtp.caFile = exim.caFile();
    s.smtp.timeout = 5;
    s.mailboxes.from = QStringLiteral("alerts@example.test");
    s.mailboxes.notify = QStringLiteral("admin@example.test");
    return s;
}

Result sendTest(const MailSettings &s, const QString &password, const QString &memory,
                Phase stopAfter = Phase::Auth)
{
    TestSend t;
    QSignalSpy done(&t, &TestSend::finished);
    TestSend::Options o;
    o.stopAfter = stopAfter;
    o.capabilityMemory = memory;
    t.start(s, Credentials{password, {}, {}, {}, {}}, o);
    if (!done.wait(30000))
        return Result::failure(ErrorClass::Timeout, Phase::Idle, QStringLiteral("test wait"));
    return done.first().first().value<Result>();
}

} // namespace

class TestDowngradeGuard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_work.isValid());
    }
    void startTlsStrippedIsRefusedEverywhere();
    void loginMethodGoneIsRefused();
    void sameCapabilitiesRewrittenHourly();

private:
    QTemporaryDir m_work;
};

void TestDowngradeGuard::startTlsStrippedIsRefusedEverywhere()
{
    EximFixture exim;
    QVERIFY2(exim.start(), qPrintable(exim.errorString()));
    const MailSettings s = settingsFor(exim);
    const QString memory = m_work.filePath(QStringLiteral("caps-starttls.json"));

    // 1. A good Send Test (login check) is remembered: STARTTLS and the method used.
    const Result first = sendTest(s, exim.password(), memory);
    QVERIFY2(first.ok, qPrintable(first.message));
    QVERIFY(!first.tlsProtocol.isEmpty());
    const RememberedCapabilities remembered =
        CapabilityMemory(memory).read(QStringLiteral("smtp"), exim.hostName(), exim.plainPort());
    QVERIFY(!remembered.isNull());
    QVERIFY(remembered.encrypted);
    QCOMPARE(remembered.authMechanismUsed, first.authMechanismUsed);

    // 2. The same name and port now answer without STARTTLS.
    QVERIFY2(exim.restartAs(QStringLiteral("plain-only")), qPrintable(exim.errorString()));
    QCOMPARE(exim.plainPort(), quint16(s.smtp.port));

    // Send Test refuses, says why, and sent no credential.
    const Result test = sendTest(s, exim.password(), memory);
    QVERIFY(!test.ok);
    QCOMPARE(test.errorClass, ErrorClass::StartTlsUnavailable);
    QVERIFY2(test.message.contains(QLatin1String("downgrade")), qPrintable(test.message));
    QVERIFY2(test.hint.contains(QLatin1String("accept")), qPrintable(test.hint));
    QVERIFY(test.authMechanismUsed.isEmpty());

    // The status check (SmtpProbe through the StatusMonitor) refuses too.
    {
        StatusMonitor monitor;
        monitor.setPeriodic(false);
        auto *probe = new SmtpProbe;
        probe->setCapabilityMemory(memory);
        monitor.setProbe(probe);
        MailSettings noLogin = s;
        noLogin.smtp.auth = MailSettings::SmtpAuth::None; // no secret store needed
        monitor.setSettings(noLogin);
        QSignalSpy checked(&monitor, &StatusMonitor::checkFinished);
        monitor.refreshServer(QStringLiteral("smtp"));
        QVERIFY(checked.wait(30000));
        const ServerState st = monitor.state(QStringLiteral("smtp"));
        QCOMPARE(st.status, ServerStatus::UnableToConnect);
        QVERIFY2(st.reason.contains(QLatin1String("downgrade")), qPrintable(st.reason));
    }

    // mailwright-cli status --check uses the memory beside its configuration file and
    // refuses too (exit code of the class, the reason in the JSON).
    {
        const QString config = m_work.filePath(QStringLiteral("cli/mailwright.ini"));
        MailSettings noLogin = s;
        noLogin.smtp.auth = MailSettings::SmtpAuth::None;
        QString error;
        QVERIFY2(SettingsStore(config).save(noLogin, &error), qPrintable(error));
        // The CLI keeps it in its own data directory (XDG_DATA_HOME/Mailwright/mailwright).
        const QString dataHome = m_work.filePath(QStringLiteral("cli-data"));
        const QString cliMemory = dataHome + QStringLiteral("/Mailwright/mailwright/") +
                                  QFileInfo(CapabilityMemory::defaultPathFor(config)).fileName();
        QVERIFY(QDir().mkpath(QFileInfo(cliMemory).absolutePath()));
        QFile::remove(cliMemory);
        QVERIFY(QFile::copy(memory, cliMemory));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
        p.setProcessEnvironment(env);
        p.start(mw::test::cliPath(), {QStringLiteral("--config"), config, QStringLiteral("--json"),
                                      QStringLiteral("status"), QStringLiteral("--check")});
        QVERIFY(p.waitForFinished(30000));
        const QByteArray out = p.readAllStandardOutput();
        QVERIFY2(p.exitCode() != 0, out.constData());
        QVERIFY2(out.contains("\"status\":\"Unable to connect\""), out.constData());
        QVERIFY2(out.contains("downgrade"), out.constData());
        QVERIFY2(out.contains("\"error_class\":\"starttls_unavailable\""), out.constData());
    }

    // The queue runner refuses the session and holds the queue with the reason.
    {
        const QString queueDir = m_work.filePath(QStringLiteral("queue"));
        Queue queue(queueDir);
        MessageBuilder b;
        b.setFrom({s.mailboxes.from, {}});
        b.addTo({s.mailboxes.notify, {}});
        b.setSubject(QStringLiteral("downgrade"));
        b.setBody(QStringLiteral("Must not leave in clear.\n"));
        const auto built = b.build();
        QVERIFY(built.ok());
        QueuedMessage m;
        m.sender = s.mailboxes.from;
        m.recipients = {s.mailboxes.notify};
        m.messageId = QString::fromLatin1(built.messageId);
        m.content = built.data;
        QString error;
        QVERIFY2(queue.enqueue(m, &error), qPrintable(error));
        QueueRunner runner(queueDir);
        runner.setCredentials(Credentials{exim.password(), {}, {}, {}, {}});
        runner.setSettings(s);
        runner.setCapabilityMemory(memory);
        QSignalSpy finished(&runner, &QueueRunner::finished);
        QueueRunner::Options o;
        o.once = true;
        runner.start(o);
        QVERIFY(finished.wait(30000));
        const auto summary = finished.first().first().value<QueueRunner::Summary>();
        QVERIFY(summary.sessionRan);
        QCOMPARE(summary.delivered, 0);
        QVERIFY(summary.held);
        QVERIFY2(summary.result.message.contains(QLatin1String("downgrade")),
                 qPrintable(summary.result.message));
        QVERIFY(queue.hold().active);
        QVERIFY(queue.hold().message.contains(QLatin1String("downgrade")));
        QVERIFY(queue.hold().downgrade);
        QTest::qWait(300);
        QVERIFY(exim.messageFiles().isEmpty());
    }

    // Without the memory the same Automatic session goes on in clear (it only notes it):
    // the memory is what turns the stripped STARTTLS into a refusal.
    MailSettings noLogin = s;
    noLogin.smtp.auth = MailSettings::SmtpAuth::None;
    const Result naive = sendTest(noLogin, QString(), QString(), Phase::Ehlo);
    QVERIFY2(naive.ok, qPrintable(naive.message));
    QVERIFY(naive.endedInClear);
    // mailwright-cli status (text, as with --json and in the window) warns about it: green
    // but not encrypted. Its own data directory holds no memory, as for `naive`.
    {
        const QString config = m_work.filePath(QStringLiteral("clear-cli/mailwright.ini"));
        QString error;
        QVERIFY2(SettingsStore(config).save(noLogin, &error), qPrintable(error));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_work.filePath(QStringLiteral("clear-data")));
        p.setProcessEnvironment(env);
        for (const bool check : {true, false}) {
            QStringList args{QStringLiteral("--config"), config, QStringLiteral("status")};
            if (check)
                args << QStringLiteral("--check");
            p.start(mw::test::cliPath(), args);
            QVERIFY(p.waitForFinished(30000));
            const QByteArray out = p.readAllStandardOutput();
            QVERIFY2(p.exitCode() == 0, out.constData());
            QVERIFY2(out.contains("smtp: Operating"), out.constData());
            QVERIFY2(out.contains("not encrypted"), out.constData());
        }
    }
    const Result guarded = sendTest(noLogin, QString(), memory, Phase::Ehlo);
    QVERIFY(!guarded.ok);
    QCOMPARE(guarded.errorClass, ErrorClass::StartTlsUnavailable);

    // 3. The admin checks the server and accepts what it offers now (the window's "Accept
    //    what the server offers now" button calls the same): later sessions compare with it.
    MailSettings clear = s;
    clear.smtp.security = MailSettings::SmtpSecurity::None;
    clear.smtp.auth = MailSettings::SmtpAuth::None;
    const Result plainCheck = sendTest(clear, QString(), QString(), Phase::Ehlo);
    QVERIFY2(plainCheck.ok, qPrintable(plainCheck.message));
    QVERIFY(DowngradeGuard::accept(memory, QStringLiteral("smtp"), smtpConfigFrom(clear, QString()),
                                   plainCheck));
    const RememberedCapabilities accepted =
        CapabilityMemory(memory).read(QStringLiteral("smtp"), exim.hostName(), exim.plainPort());
    QVERIFY(!accepted.encrypted);
    QVERIFY(sendTest(clear, QString(), memory, Phase::Ehlo).ok);

    // The same acceptance through mailwright-cli probe --accept-changes (its memory still the
    // old one) lifts the queue's downgrade hold; without --accept-changes it stays.
    {
        const QString queueDir = m_work.filePath(QStringLiteral("queue"));
        QVERIFY(Queue(queueDir).hold().active);
        const QString config = m_work.filePath(QStringLiteral("cli-accept/mailwright.ini"));
        MailSettings cliSettings = clear;
        cliSettings.delivery.queueDir = queueDir;
        QString error;
        QVERIFY2(SettingsStore(config).save(cliSettings, &error), qPrintable(error));
        const QString dataHome = m_work.filePath(QStringLiteral("cli-accept-data"));
        const QString cliMemory = dataHome + QStringLiteral("/Mailwright/mailwright/") +
                                  QFileInfo(CapabilityMemory::defaultPathFor(config)).fileName();
        QVERIFY(QDir().mkpath(QFileInfo(cliMemory).absolutePath()));
        QVERIFY(CapabilityMemory(cliMemory).write(QStringLiteral("smtp"), remembered));
        const auto probe = [&](bool acceptChanges) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
            p.setProcessEnvironment(env);
            QStringList args{QStringLiteral("--config"), config, QStringLiteral("probe")};
            if (acceptChanges)
                args << QStringLiteral("--accept-changes");
            p.start(mw::test::cliPath(), args);
            p.waitForFinished(60000);
            return QByteArray(p.readAllStandardOutput() + p.readAllStandardError());
        };
        const QByteArray refused = probe(false);
        QVERIFY2(Queue(queueDir).hold().active, refused.constData());
        const QByteArray acceptedOut = probe(true);
        QVERIFY2(!Queue(queueDir).hold().active, acceptedOut.constData());
        QVERIFY2(acceptedOut.contains("tried again"), acceptedOut.constData());
    }
}

void TestDowngradeGuard::loginMethodGoneIsRefused()
{
    EximFixture exim;
    QVERIFY2(exim.start(), qPrintable(exim.errorString()));
    MailSettings s = settingsFor(exim);
    const QString memory = m_work.filePath(QStringLiteral("caps-auth.json"));
    const Result first = sendTest(s, exim.password(), memory);
    QVERIFY2(first.ok, qPrintable(first.message));
    // Automatic picks the strongest method offered: CRAM-MD5 (the password never crosses).
    QCOMPARE(first.authMechanismUsed, QStringLiteral("CRAM-MD5"));

    // A status check that does not log in keeps the method that did (DowngradeGuard::merge).
    {
        MailSettings noLogin = s;
        noLogin.smtp.auth = MailSettings::SmtpAuth::None;
        QVERIFY(sendTest(noLogin, QString(), memory, Phase::Ehlo).ok);
        QCOMPARE(CapabilityMemory(memory)
                     .read(QStringLiteral("smtp"), exim.hostName(), exim.plainPort())
                     .authMechanismUsed,
                 QStringLiteral("CRAM-MD5"));
    }

    QVERIFY2(exim.restartAs(QStringLiteral("no-cram-md5")), qPrintable(exim.errorString()));
    const Result r = sendTest(s, exim.password(), memory);
    QVERIFY(!r.ok);
    QCOMPARE(r.errorClass, ErrorClass::AuthUnsupported);
    QVERIFY2(r.message.contains(QLatin1String("CRAM-MD5")), qPrintable(r.message));
    QVERIFY(r.authMechanismUsed.isEmpty());
    // Without the memory Automatic would have settled for PLAIN.
    const Result naive = sendTest(s, exim.password(), QString());
    QVERIFY2(naive.ok, qPrintable(naive.message));
    QCOMPARE(naive.authMechanismUsed, QStringLiteral("PLAIN"));
    // A check that does not log in sees CRAM-MD5 gone as well and refuses.
    MailSettings noLogin = s;
    noLogin.smtp.auth = MailSettings::SmtpAuth::None;
    const Result check = sendTest(noLogin, QString(), memory, Phase::Ehlo);
    QVERIFY(!check.ok);
    QCOMPARE(check.errorClass, ErrorClass::AuthUnsupported);
}

// A good session that finds what the memory holds leaves the file alone (no rewrite, no
// fsync) while the memory is less than an hour old; an older memory, or anything changed,
// is written again.
void TestDowngradeGuard::sameCapabilitiesRewrittenHourly()
{
    EximFixture exim;
    QVERIFY2(exim.start(), qPrintable(exim.errorString()));
    MailSettings s = settingsFor(exim);
    const QString memory = m_work.filePath(QStringLiteral("caps-hourly.json"));
    const auto readFile = [&memory] {
        BackgroundWrites::wait(); // the session's write is on the background writer
        QFile f(memory);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    const auto remembered = [&] {
        return CapabilityMemory(memory).read(QStringLiteral("smtp"), exim.hostName(),
                                             exim.plainPort());
    };
    QVERIFY(sendTest(s, exim.password(), memory).ok);
    const QByteArray first = readFile();
    QVERIFY(!first.isEmpty());
    const QFileInfo before(memory);

    // The same again: the file is not replaced (same bytes, same inode).
    QVERIFY(sendTest(s, exim.password(), memory).ok);
    QCOMPARE(readFile(), first);
    QFileInfo after(memory);
    after.refresh();
    QCOMPARE(after.fileTime(QFileDevice::FileModificationTime),
             before.fileTime(QFileDevice::FileModificationTime));

    // A memory checked two hours ago is confirmed again: checked_at moves to now.
    RememberedCapabilities old = remembered();
    old.checkedAt = QDateTime::currentDateTimeUtc().addSecs(-2 * 3600);
    QVERIFY(CapabilityMemory(memory).write(QStringLiteral("smtp"), old));
    QVERIFY(sendTest(s, exim.password(), memory).ok);
    QVERIFY2(remembered().checkedAt.secsTo(QDateTime::currentDateTimeUtc()) < 600,
             qPrintable(remembered().checkedAt.toString(Qt::ISODate)));

    // Something changed (another method logged in) is written at once, within the hour.
    const QString usedBefore = remembered().authMechanismUsed;
    s.smtp.auth = MailSettings::SmtpAuth::Plain;
    QVERIFY(usedBefore != QLatin1String("PLAIN"));
    QVERIFY(sendTest(s, exim.password(), memory).ok);
    QCOMPARE(remembered().authMechanismUsed, QStringLiteral("PLAIN"));
}

QTEST_GUILESS_MAIN(TestDowngradeGuard)
#include "tst_downgrade_guard.moc"
