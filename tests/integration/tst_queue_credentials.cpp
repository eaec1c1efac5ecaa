// SPDX-License-Identifier: GPL-3.0-or-later
// The queue runner reads its passwords through the CredentialResolver (the secrets
// Preflight names for Purpose::QueueRun), against a real Exim with a login: delivered with
// the stored password; with none stored, the pass ends with the shared sentence, nothing is
// sent, and the next pass reads the store again; a refused password is read again after
// another process lifted the hold; a refused login with a password kept from an earlier pass
// reads the store before it holds the queue.
#include "DebugLog.h"
#include "EximFixture.h"
#include "delivery/MessageBuilder.h"
#include "delivery/Queue.h"
#include "delivery/QueueRunner.h"
#include "session/CredentialResolver.h"
#include "settings/MemorySecretStore.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace mw;
using mw::test::EximFixture;

class TestQueueCredentials : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_work.isValid());
    }
    void runnerReadsThePasswordThroughTheResolver();
    void holdLiftedElsewhereReadsThePasswordAgain();
    void refusedKeptPasswordReadsTheStoreFirst();

private:
    QTemporaryDir m_work;
};

namespace {

// STARTTLS with the fixture's CA, AUTH PLAIN as the fixture's user, 5 s a step.
MailSettings settingsFor(const EximFixture &exim)
{
    MailSettings s = mw::test::smtpThroughExim(exim);
    s.smtp.timeout = 5;
    s.mailboxes.from = QStringLiteral("alerts@example.test");
    s.mailboxes.notify = QStringLiteral("admin@example.test");
    return s;
}

bool enqueue(const QString &dir, const MailSettings &s)
{
    MessageBuilder b;
    b.setFrom({s.mailboxes.from, {}});
    b.addTo({s.mailboxes.notify, {}});
    b.setSubject(QStringLiteral("resolver"));
    b.setBody(QStringLiteral("Sent with the stored password.\n"));
    const auto built = b.build();
    QueuedMessage m;
    m.sender = s.mailboxes.from;
    m.recipients = {s.mailboxes.notify};
    m.messageId = QString::fromLatin1(built.messageId);
    m.content = built.data;
    QString error;
    return built.ok() && Queue(dir).enqueue(m, &error);
}

// A queue service's parts: the secret store, the resolver reading it, the runner.
struct Service
{
    Service(const QString &dir, const MailSettings &settings)
        : runner(dir)
    {
        resolver.setSecretStore(&store);
        resolver.setHintStyle(CredentialResolver::HintStyle::Service);
        runner.setSettings(settings);
        runner.setCredentialResolver(&resolver);
    }
    // As another process (the window's Save, `secret set`) stores it.
    bool storePassword(const QString &password)
    {
        // Shared: an answer after the wait gave up must not write to a finished frame.
        const auto written = std::make_shared<bool>(false);
        store.write(QStringLiteral("smtp"), password, &runner,
                    [written](const SecretResult &r) { *written = r.ok(); });
        return QTest::qWaitFor([written] { return *written; });
    }
    MemorySecretStore store;
    CredentialResolver resolver;
    QueueRunner runner;
};

QueueRunner::Summary runOnce(QueueRunner &runner)
{
    QSignalSpy finished(&runner, &QueueRunner::finished);
    QueueRunner::Options o;
    o.once = true;
    runner.start(o);
    if (!finished.wait(30000))
        return {};
    return finished.first().first().value<QueueRunner::Summary>();
}

} // namespace

void TestQueueCredentials::runnerReadsThePasswordThroughTheResolver()
{
    EximFixture exim;
    QVERIFY2(exim.start(), qPrintable(exim.errorString()));
    const MailSettings s = settingsFor(exim);
    const QString dir = m_work.filePath(QStringLiteral("queue"));
    QVERIFY(enqueue(dir, s));

    Service service(dir, s);
    QueueRunner &runner = service.runner;

    // Nothing stored: no session, the shared sentence, the message stays.
    QueueRunner::Summary summary = runOnce(runner);
    QVERIFY(!summary.sessionRan);
    QCOMPARE(
        summary.error,
        QStringLiteral("No SMTP password is stored. Enter it in the settings window and save."));
    QCOMPARE(summary.delivered, 0);
    QCOMPARE(Queue(dir).list(false).size(), 1);

    // Stored now (another process, the window's Save): the next pass reads it and delivers.
    QVERIFY(service.storePassword(exim.password()));
    summary = runOnce(runner);
    QVERIFY2(summary.sessionRan && summary.delivered == 1,
             qPrintable(summary.result.message + summary.error));
    QVERIFY(exim.waitForMessages(1));
    QVERIFY(Queue(dir).list(false).isEmpty());
}

// `secret set` in another process stores the new password and lifts the refused login's
// hold; a running service may start its next pass (its retry timer) before its watch on the
// secret store tells it (credentialsChanged). That pass must not log in with the password
// that was refused: it would be refused again and hold the queue once more.
void TestQueueCredentials::holdLiftedElsewhereReadsThePasswordAgain()
{
    EximFixture exim;
    QVERIFY2(exim.start(), qPrintable(exim.errorString()));
    MailSettings s = settingsFor(exim);
    s.alerts.enabled = false;
    const QString dir = m_work.filePath(QStringLiteral("queue-held"));
    QVERIFY(enqueue(dir, s));

    Service service(dir, s);
    QueueRunner &runner = service.runner;
    QVERIFY(service.storePassword(QStringLiteral("Wrong-Pw-3v!")));

    QueueRunner::Summary summary = runOnce(runner);
    QVERIFY(summary.sessionRan);
    QVERIFY(summary.held);
    QVERIFY(Queue(dir).hold().active);

    // Another process: the right password stored, the hold lifted; this runner is not told.
    QVERIFY(service.storePassword(exim.password()));
    QVERIFY(Queue(dir).releaseLoginHold());
    summary = runOnce(runner);
    QVERIFY2(summary.sessionRan && summary.delivered == 1 && !summary.held,
             qPrintable(summary.result.message + summary.error));
    QVERIFY(exim.waitForMessages(1));
    QVERIFY(Queue(dir).list(false).isEmpty());
}

void TestQueueCredentials::refusedKeptPasswordReadsTheStoreFirst()
{
    // Two runners share a queue (the window's and the service). The service was refused and
    // held the queue; `secret set` stored the new password and lifted the hold before this
    // runner saw the hold: this runner still keeps the old password from its last pass.
    EximFixture exim;
    QVERIFY2(exim.start(), qPrintable(exim.errorString()));
    MailSettings s = settingsFor(exim);
    s.alerts.enabled = false;
    s.diagnostics.debugLog = m_work.filePath(QStringLiteral("kept-debug.log"));
    const QString dir = m_work.filePath(QStringLiteral("queue-kept"));

    Service window(dir, s);
    QVERIFY(window.storePassword(QStringLiteral("Old-Pw-8k!")));
    // A pass with nothing to send: the runner reads (and keeps) the password it will log in
    // with, and logs in with nothing.
    QueueRunner::Summary summary = runOnce(window.runner);
    QVERIFY(!summary.sessionRan);
    QVERIFY(!summary.held);

    // The new password is stored elsewhere; this runner is not told. A message comes.
    QVERIFY(window.storePassword(exim.password()));
    QVERIFY(enqueue(dir, s));
    summary = runOnce(window.runner);
    QVERIFY2(summary.sessionRan && summary.delivered == 1 && !summary.held,
             qPrintable(summary.result.message + summary.error));
    QVERIFY(!Queue(dir).hold().active);
    QVERIFY(exim.waitForMessages(1));
    QVERIFY(Queue(dir).list(false).isEmpty());
    // Both sessions are in the debug log: the refused login (Exim's 535), then the delivery.
    const QByteArray logged = mw::test::readDebugLog(s.diagnostics.debugLog);
    QVERIFY2(mw::test::refusedThenAccepted(logged), logged.constData());

    // The store holds the refused password itself: the queue is held after one login (the
    // secrets read again are the same: no second try with them).
    const QString heldDir = m_work.filePath(QStringLiteral("queue-kept-held"));
    Service service(heldDir, s);
    QVERIFY(service.storePassword(QStringLiteral("Old-Pw-8k!")));
    summary = runOnce(service.runner); // reads and keeps it: nothing to send
    QVERIFY(!summary.sessionRan);
    QVERIFY(enqueue(heldDir, s));
    const auto refusals = [&exim] {
        return exim.serverLog().count(QLatin1String("authenticator failed"));
    };
    const qsizetype refusalsBefore = refusals();
    summary = runOnce(service.runner);
    QVERIFY(summary.sessionRan);
    QVERIFY(summary.held);
    QVERIFY(Queue(heldDir).hold().active);
    QCOMPARE(refusals() - refusalsBefore, 1);
}

QTEST_GUILESS_MAIN(TestQueueCredentials)
#include "tst_queue_credentials.moc"
