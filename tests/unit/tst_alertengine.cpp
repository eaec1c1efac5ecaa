// SPDX-License-Identifier: GPL-3.0-or-later
// The decisions of the alert engine (notices about failing mail) on passes described by
// QueueRunner::Summary values, over a real spool folder and a clock the test moves.
#include "delivery/Queue.h"
#include "delivery/QueueRunner.h"
#include "notify/AlertEngine.h"
#include "notify/AlertNotice.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace mw;

class TestAlertEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void connectionFailure_data();
    void connectionFailure();
    void deadLetterNoticedOnce();
    void deadLettersBeforeTheEngineAreOldNews();
    void deadNoticeRaisesNothing();
    void rateLimitGathersEvents();
    void heldNoticedOncePerHold();
    void heldOnlyNoticesWaitingRaisesNothing();
    void configHoldRaisesNothing();
    void outageOneNoticeAfterRecovery();
    void shortOutageRaisesNothing();
    void certificateExpiringAndChanged();
    void disabledKindsSendNothing();
    void noRecipientNoNotice();

private:
    QueuedMessage message(const QString &to, const QString &category = QStringLiteral("job"));
    QString deadLetter(const QString &category = QStringLiteral("job"));
    std::unique_ptr<AlertEngine> engine();
    QList<QueuedMessage> notices(const QString &kind = {}) const;
    static QueueRunner::Summary pass(ErrorClass c = ErrorClass::None, Phase phase = Phase::Done);

    std::unique_ptr<QTemporaryDir> m_dir;
    MailSettings m_settings;
    QDateTime m_now;
};

void TestAlertEngine::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestAlertEngine::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = MailSettings();
    m_settings.delivery.queueDir = m_dir->filePath(QStringLiteral("queue"));
    m_settings.smtp.host = QStringLiteral("smtp.example.test");
    m_settings.smtp.port = 587;
    m_settings.mailboxes.from = QStringLiteral("alerts@example.test");
    m_settings.mailboxes.notify = QStringLiteral("ops@example.test");
    m_settings.copies.errors = QStringLiteral("technician@example.test");
    m_now = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
    Queue q(m_settings.delivery.queueDir);
    QString error;
    QVERIFY2(q.ensure(&error), qPrintable(error));
}

QueuedMessage TestAlertEngine::message(const QString &to, const QString &category)
{
    QueuedMessage m;
    m.category = category;
    m.sender = QStringLiteral("bounces@example.test");
    m.recipients = {to};
    m.subject = QStringLiteral("Nightly backup");
    m.messageId = QStringLiteral("<42@example.test>");
    m.content = "Subject: Nightly backup\r\n\r\nBODY-LINE-NEVER-IN-A-NOTICE\r\n";
    return m;
}

QString TestAlertEngine::deadLetter(const QString &category)
{
    Queue q(m_settings.delivery.queueDir);
    QString error;
    const auto id = q.enqueue(message(QStringLiteral("nobody@example.test"), category), &error);
    if (!id)
        return {};
    std::optional<QueuedMessage> m = q.load(*id, true);
    m->lastError = ErrorClass::RecipientRejected;
    m->lastPhase = Phase::Rcpt;
    m->lastMessage = QStringLiteral("The server refused the recipient for good.");
    m->serverReply = QStringLiteral("nobody@example.test: 550 no such user");
    m->lastAttempt = m_now;
    if (!q.moveToDead(*m, &error))
        return {};
    return *id;
}

std::unique_ptr<AlertEngine> TestAlertEngine::engine()
{
    auto e = std::make_unique<AlertEngine>(m_dir->filePath(QStringLiteral("alerts.json")));
    e->setSettings(m_settings);
    e->setClock([this] { return m_now; });
    e->watch(nullptr);
    return e;
}

QList<QueuedMessage> TestAlertEngine::notices(const QString &kind) const
{
    QList<QueuedMessage> out;
    for (const QueuedMessage &m : Queue(m_settings.delivery.queueDir).list(false, true)) {
        if (!AlertNotice::isNotice(m))
            continue;
        if (kind.isEmpty() || m.content.contains(QByteArray(QByteArray("X-Mailwright-Notice: ") +
                                                            kind.toLatin1() + "\r\n")))
            out << m;
    }
    return out;
}

QueueRunner::Summary TestAlertEngine::pass(ErrorClass c, Phase phase)
{
    QueueRunner::Summary s;
    s.sessionRan = true;
    s.result = c == ErrorClass::None ? Result::success(Phase::Done)
                                     : Result::failure(c, phase, QStringLiteral("It failed."),
                                                       QStringLiteral("421 going away"));
    return s;
}

void TestAlertEngine::connectionFailure_data()
{
    QTest::addColumn<int>("errorClass");
    QTest::addColumn<int>("phase");
    QTest::addColumn<bool>("connection");
    const auto row = [](const char *name, ErrorClass c, Phase p, bool conn) {
        QTest::newRow(name) << int(c) << int(p) << conn;
    };
    row("dns", ErrorClass::Dns, Phase::Resolve, true);
    row("refused", ErrorClass::Refused, Phase::Connect, true);
    row("timeout", ErrorClass::Timeout, Phase::Greeting, true);
    row("network", ErrorClass::Network, Phase::Data, true);
    row("tls-handshake", ErrorClass::TlsHandshake, Phase::Tls, true);
    row("421-greeting", ErrorClass::Temporary, Phase::Greeting, true);
    row("451-recipient-is-not-an-outage", ErrorClass::Temporary, Phase::Rcpt, false);
    row("auth-failed", ErrorClass::AuthFailed, Phase::Auth, false);
    row("untrusted-certificate", ErrorClass::TlsCertificate, Phase::Tls, false);
    row("ok", ErrorClass::None, Phase::Done, false);
}

void TestAlertEngine::connectionFailure()
{
    QFETCH(int, errorClass);
    QFETCH(int, phase);
    QFETCH(bool, connection);
    Result r = Result::failure(ErrorClass(errorClass), Phase(phase));
    if (ErrorClass(errorClass) == ErrorClass::None)
        r = Result::success(Phase::Done);
    QCOMPARE(AlertEngine::isConnectionFailure(r), connection);
}

void TestAlertEngine::deadLetterNoticedOnce()
{
    auto e = engine(); // first run: the (empty) dead-letter baseline
    const QString id = deadLetter();
    QVERIFY(!id.isEmpty());
    QueueRunner::Summary s = pass(ErrorClass::RecipientRejected, Phase::Rcpt);
    s.dead = 1;
    e->review(s);
    QList<QueuedMessage> got = notices(QStringLiteral("dead_letter"));
    QCOMPARE(got.size(), 1);
    const QueuedMessage n = got.first();
    QCOMPARE(n.category, QStringLiteral("notice"));
    QCOMPARE(n.recipients, (QStringList{QStringLiteral("ops@example.test"),
                                        QStringLiteral("technician@example.test")}));
    QVERIFY(n.content.contains("Auto-Submitted: auto-generated"));
    QVERIFY(n.content.contains(id.toLatin1()));
    QVERIFY(n.content.contains("recipient_rejected"));
    QVERIFY(n.content.contains("550 no such user"));
    QVERIFY2(!n.content.contains("BODY-LINE-NEVER-IN-A-NOTICE"), n.content.constData());
    // The same pass reviewed again, and a restarted runner (a new engine on the same state
    // file): nothing more.
    e->review(s);
    auto restarted = engine();
    restarted->review(s);
    m_now = m_now.addDays(1);
    restarted->review(s);
    QCOMPARE(notices().size(), 1);
}

void TestAlertEngine::deadLettersBeforeTheEngineAreOldNews()
{
    QVERIFY(!deadLetter().isEmpty());
    QVERIFY(!deadLetter().isEmpty());
    auto e = engine();
    QueueRunner::Summary s = pass();
    s.dead = 1;
    const QString fresh = deadLetter();
    e->review(s);
    const QList<QueuedMessage> got = notices();
    QCOMPARE(got.size(), 1);
    QVERIFY(got.first().content.contains(fresh.toLatin1()));
    QCOMPARE(got.first().subject,
             QStringLiteral("Mailwright: 1 message(s) could not be delivered"));
}

void TestAlertEngine::deadNoticeRaisesNothing()
{
    auto e = engine();
    QVERIFY(!deadLetter(AlertNotice::category()).isEmpty());
    QueueRunner::Summary s = pass();
    s.dead = 1;
    e->review(s);
    QCOMPARE(notices().size(), 0);
    QFile log(m_settings.delivery.queueDir + QStringLiteral("/queue.log"));
    QVERIFY(log.open(QIODevice::ReadOnly));
    QVERIFY(log.readAll().contains("no notice about it"));
}

void TestAlertEngine::rateLimitGathersEvents()
{
    m_settings.alerts.minInterval = 60;
    auto e = engine();
    QueueRunner::Summary s = pass();
    s.dead = 1;
    const QString first = deadLetter();
    e->review(s);
    QCOMPARE(notices().size(), 1);
    // Two more within the hour: they wait, then go together in one notice.
    m_now = m_now.addSecs(10 * 60);
    const QString second = deadLetter();
    e->review(s);
    m_now = m_now.addSecs(10 * 60);
    const QString third = deadLetter();
    e->review(s);
    QCOMPARE(notices().size(), 1);
    QCOMPARE(e->state().pending.size(), 2);
    m_now = m_now.addSecs(41 * 60);
    e->review(pass()); // any later pass sends what is due
    const QList<QueuedMessage> got = notices();
    QCOMPARE(got.size(), 2);
    const QueuedMessage &batch = got.last();
    QVERIFY(batch.content.contains(second.toLatin1()));
    QVERIFY(batch.content.contains(third.toLatin1()));
    QVERIFY(!batch.content.contains(first.toLatin1()));
    QCOMPARE(batch.subject, QStringLiteral("Mailwright: 2 message(s) could not be delivered"));
}

void TestAlertEngine::heldNoticedOncePerHold()
{
    auto e = engine();
    Queue q(m_settings.delivery.queueDir);
    QVERIFY(q.enqueue(message(QStringLiteral("user@example.test")), nullptr));
    QueueHold h;
    h.active = true;
    h.errorClass = ErrorClass::AuthFailed;
    h.message = QStringLiteral("The server rejected the login.");
    h.serverReply = QStringLiteral("535 Incorrect authentication data");
    h.since = m_now;
    QVERIFY(q.setHold(h, nullptr));
    QueueRunner::Summary held = pass(ErrorClass::AuthFailed, Phase::Auth);
    held.held = true;
    for (int i = 0; i < 3; ++i) {
        e->review(held);
        m_now = m_now.addSecs(30);
    }
    QList<QueuedMessage> got = notices(QStringLiteral("held"));
    QCOMPARE(got.size(), 1);
    QVERIFY(got.first().content.contains("auth_failed"));
    QVERIFY(got.first().content.contains("535 Incorrect authentication data"));
    // The hold ends (a pass without it), later a new one begins: a new notice, after the
    // kind's rate limit.
    q.clearHold();
    e->review(pass());
    m_now = m_now.addSecs(2 * 3600);
    h.since = m_now;
    QVERIFY(q.setHold(h, nullptr));
    e->review(held);
    QCOMPARE(notices(QStringLiteral("held")).size(), 2);
}

void TestAlertEngine::heldOnlyNoticesWaitingRaisesNothing()
{
    auto e = engine();
    Queue q(m_settings.delivery.queueDir);
    QVERIFY(
        q.enqueue(message(QStringLiteral("ops@example.test"), AlertNotice::category()), nullptr));
    QueueHold h;
    h.active = true;
    h.errorClass = ErrorClass::AuthFailed;
    h.since = m_now;
    QVERIFY(q.setHold(h, nullptr));
    QueueRunner::Summary held = pass(ErrorClass::AuthFailed, Phase::Auth);
    held.held = true;
    e->review(held);
    QCOMPARE(notices().size(), 1); // only the one that was there
}

void TestAlertEngine::configHoldRaisesNothing()
{
    auto e = engine();
    Queue q(m_settings.delivery.queueDir);
    QVERIFY(q.enqueue(message(QStringLiteral("user@example.test")), nullptr));
    QueueHold h;
    h.active = true;
    h.errorClass = ErrorClass::Config;
    h.message = QStringLiteral("Outgoing mail is switched off (smtp/enabled).");
    QVERIFY(q.setHold(h, nullptr));
    QueueRunner::Summary held;
    held.held = true;
    e->review(held);
    QCOMPARE(notices().size(), 0);
}

void TestAlertEngine::outageOneNoticeAfterRecovery()
{
    m_settings.alerts.outageMinutes = 30;
    auto e = engine();
    const QDateTime start = m_now;
    // 45 minutes of refused connections, a pass every 5 minutes, and a restart between.
    for (int i = 0; i < 9; ++i) {
        e->review(pass(ErrorClass::Refused, Phase::Connect));
        m_now = m_now.addSecs(5 * 60);
        QCOMPARE(notices().size(), 0);
    }
    e = engine();
    e->review(pass(ErrorClass::Timeout, Phase::Greeting));
    // A pass that does not reach a session (backed off) changes nothing.
    m_now = m_now.addSecs(60);
    e->review(QueueRunner::Summary{});
    QCOMPARE(notices().size(), 0);
    m_now = m_now.addSecs(60);
    e->review(pass());
    const QList<QueuedMessage> got = notices(QStringLiteral("outage"));
    QCOMPARE(got.size(), 1);
    const QByteArray body = got.first().content;
    QVERIFY2(body.contains(start.toLocalTime().toString(Qt::ISODate).toLatin1()), body.constData());
    QVERIFY2(body.contains(m_now.toLocalTime().toString(Qt::ISODate).toLatin1()), body.constData());
    QVERIFY2(body.contains("timeout"), body.constData()); // the error seen last
    QVERIFY(!e->state().outageStart.isValid());
    // More good passes: nothing more.
    m_now = m_now.addSecs(3 * 3600);
    e->review(pass());
    QCOMPARE(notices().size(), 1);
}

void TestAlertEngine::shortOutageRaisesNothing()
{
    m_settings.alerts.outageMinutes = 30;
    auto e = engine();
    e->review(pass(ErrorClass::Refused, Phase::Connect));
    m_now = m_now.addSecs(29 * 60);
    e->review(pass(ErrorClass::Refused, Phase::Connect));
    m_now = m_now.addSecs(50);
    e->review(pass());
    QCOMPARE(notices().size(), 0);
    // A rejected recipient is no outage either.
    e->review(pass(ErrorClass::Temporary, Phase::Rcpt));
    m_now = m_now.addSecs(3600);
    e->review(pass());
    QCOMPARE(notices().size(), 0);
}

void TestAlertEngine::certificateExpiringAndChanged()
{
    m_settings.alerts.certificateDays = 14;
    auto e = engine();
    QueueRunner::Summary s = pass();
    s.result.certificate.sha256 = QStringLiteral("aa11");
    s.result.certificate.subject = QStringLiteral("CN=smtp.example.test");
    s.result.certificate.notAfter = m_now.addDays(200);
    e->review(s);
    QCOMPARE(notices().size(), 0);
    // Ten days before it expires: one notice, not one per pass.
    m_now = s.result.certificate.notAfter.addDays(-10);
    e->review(s);
    e->review(s);
    QCOMPARE(notices(QStringLiteral("certificate_expiring")).size(), 1);
    // Renewed: another fingerprint, far from expiry → "changed", once.
    s.result.certificate.sha256 = QStringLiteral("bb22");
    s.result.certificate.notAfter = m_now.addDays(365);
    e->review(s);
    e->review(s);
    const QList<QueuedMessage> changed = notices(QStringLiteral("certificate_changed"));
    QCOMPARE(changed.size(), 1);
    QVERIFY(changed.first().content.contains("aa11"));
    QVERIFY(changed.first().content.contains("bb22"));
    // An untrusted certificate is not remembered as the good one.
    QueueRunner::Summary bad = pass(ErrorClass::TlsCertificate, Phase::Tls);
    bad.result.certificate.sha256 = QStringLiteral("evil");
    e->review(bad);
    QCOMPARE(e->state().certificates.value(QStringLiteral("smtp.example.test:587")),
             QStringLiteral("bb22"));
}

void TestAlertEngine::disabledKindsSendNothing()
{
    m_settings.alerts.deadLetters = false;
    m_settings.alerts.outage = false;
    auto e = engine();
    QVERIFY(!deadLetter().isEmpty());
    QueueRunner::Summary s = pass(ErrorClass::Refused, Phase::Connect);
    s.dead = 1;
    e->review(s);
    m_now = m_now.addSecs(3600);
    e->review(pass());
    QCOMPARE(notices().size(), 0);
    // All off: not even a held notice.
    m_settings.alerts = MailSettings::Alerts();
    m_settings.alerts.enabled = false;
    e->setSettings(m_settings);
    Queue q(m_settings.delivery.queueDir);
    QVERIFY(q.enqueue(message(QStringLiteral("user@example.test")), nullptr));
    QueueHold h;
    h.active = true;
    h.errorClass = ErrorClass::AuthFailed;
    QVERIFY(q.setHold(h, nullptr));
    QueueRunner::Summary held = pass(ErrorClass::AuthFailed, Phase::Auth);
    held.held = true;
    e->review(held);
    QCOMPARE(notices().size(), 0);
}

void TestAlertEngine::noRecipientNoNotice()
{
    m_settings.mailboxes.notify.clear();
    m_settings.copies.errors.clear();
    auto e = engine();
    QVERIFY(!deadLetter().isEmpty());
    QueueRunner::Summary s = pass();
    s.dead = 1;
    e->review(s);
    QCOMPARE(notices().size(), 0);
    QCOMPARE(e->state().pending.size(), 0); // dropped and logged, not kept for ever
}

QTEST_GUILESS_MAIN(TestAlertEngine)
#include "tst_alertengine.moc"
