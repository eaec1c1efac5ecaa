// SPDX-License-Identifier: GPL-3.0-or-later
// Remote status requests (issue 19) against real servers: Exim accepts the requests and
// delivers them into the maildir that Dovecot serves over POP3 (shape "pop-before-smtp"
// shares DIR/maildir); StatusRequestCheck reads them, queues the answers, and a QueueRunner
// pass delivers the answer through Exim, where it is read back with parse_message.py.
#include "DovecotFixture.h"
#include "EximFixture.h"
#include "TestPaths.h"
#include "delivery/Queue.h"
#include "delivery/QueueRunner.h"
#include "notify/StatusRequestCheck.h"
#include "notify/StatusRequestLog.h"
#include "notify/StatusRequestService.h"
#include "protocol/Pop3Session.h"
#include "session/SmtpConfigFactory.h"
#include "settings/AtomicFile.h"
#include "settings/MemorySecretStore.h"
#include "settings/PasswordDigest.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace mw;
using mw::test::DovecotFixture;
using mw::test::EximFixture;

namespace {

const QString kPermitted = QStringLiteral("ops@example.test");
const QString kStatusPassword = QStringLiteral("Read-Only-7pw");
const QString kAuthserv = QStringLiteral("mx.example.test");

} // namespace

class TestRemoteStatus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void validRequestAnsweredAndDelivered();
    void wrongPasswordRefused();
    void unknownSenderRefused();
    void replayRefused();
    void sameUidNotProcessedAgain();
    void dmarcFailRefused();
    void secondRequestRateLimited();
    void otherMessagesLeftAlone();
    void serviceSkipsPassWhileLocked();
    void cliCheckJson();
    void cliWrongPop3Password();

private:
    MailSettings settings() const;
    // Sends one request through Exim (MAIL FROM returnPath) to the POP3 mailbox; returns
    // its Message-ID.
    QString sendRequest(const QString &from, const QString &password,
                        const QByteArray &extraHeaders = {}, const QString &returnPath = {},
                        const QString &messageId = {});
    bool smtpSend(const QString &mailFrom, const QByteArray &content);
    struct Pass
    {
        Result result;
        QList<StatusRequestEntry> entries;
    };
    Pass check(const MailSettings &s);
    [[nodiscard]] int mailboxCountWith(const QByteArray &needle) const;
    [[nodiscard]] QList<QueuedMessage> queued(const MailSettings &s) const;

    QTemporaryDir m_dir;
    std::unique_ptr<EximFixture> m_smtp;
    std::unique_ptr<DovecotFixture> m_pop;
    MemorySecretStore m_store;
    QString m_testDir; // per test: queue, log
};

void TestRemoteStatus::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                            QFileDevice::ExeOwner | QFileDevice::ReadGroup |
                                            QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                            QFileDevice::ExeOther);
    m_smtp = std::make_unique<EximFixture>(QStringLiteral("default"), m_dir.path());
    QVERIFY2(m_smtp->start(), qPrintable(m_smtp->errorString()));
    m_pop = std::make_unique<DovecotFixture>(QStringLiteral("pop-before-smtp"), m_dir.path());
    QVERIFY2(m_pop->start(), qPrintable(m_pop->errorString()));
    QSignalSpy written(&m_store, &SecretStore::secretChanged);
    m_store.write(QStringLiteral("remote-status"), PasswordDigest::make(kStatusPassword), this,
                  [](const SecretResult &) {});
    QVERIFY(written.wait(5000));
}

void TestRemoteStatus::init()
{
    m_testDir =
        m_dir.filePath(QStringLiteral("t-") + QString::fromLatin1(QTest::currentTestFunction()));
    QVERIFY(QDir().mkpath(m_testDir));
}

MailSettings TestRemoteStatus::settings() const
{
    MailSettings s;
    s.smtp.host = m_smtp->host();
    s.smtp.port = m_smtp->plainPort();
    s.smtp.security = MailSettings::SmtpSecurity::StartTls;
    s.smtp.auth = MailSettings::SmtpAuth::None;
    s.smtp.caFile = m_smtp->caFile();
    s.smtp.timeout = 10;
    s.pop3.enabled = true;
    s.pop3.host = m_pop->hostName();
    s.pop3.port = m_pop->plainPort();
    s.pop3.security = MailSettings::Pop3Security::Stls;
    s.pop3.username = m_pop->userName();
    s.pop3.caFile = m_pop->caFile();
    s.pop3.timeout = 10;
    s.mailboxes.from = QStringLiteral("alerts@example.test");
    s.mailboxes.notify = QStringLiteral("admin@example.test");
    s.remoteStatus.enabled = true;
    s.remoteStatus.permitted = {kPermitted};
    s.remoteStatus.authservId = kAuthserv;
    s.delivery.queueDir = m_testDir + QStringLiteral("/queue");
    s.diagnostics.debugLog = m_testDir + QStringLiteral("/debug.log");
    return s;
}

bool TestRemoteStatus::smtpSend(const QString &mailFrom, const QByteArray &content)
{
    // The test's own SMTP client (blocking: tests only), in clear on Exim's plain port;
    // example.test is a local domain there, so no login is needed.
    QTcpSocket s;
    s.connectToHost(m_smtp->host(), m_smtp->plainPort());
    if (!s.waitForConnected(10000))
        return false;
    const auto expect = [&s](const char *code) {
        QByteArray line;
        for (;;) {
            while (!s.canReadLine()) {
                if (!s.waitForReadyRead(10000))
                    return false;
            }
            line = s.readLine();
            if (line.size() < 4 || line.at(3) != '-')
                break;
        }
        return line.startsWith(code);
    };
    const auto send = [&s](const QByteArray &l) {
        s.write(l + "\r\n");
        return s.waitForBytesWritten(10000);
    };
    QByteArray data = content;
    data.replace("\r\n", "\n").replace("\n", "\r\n");
    data.replace("\r\n.", "\r\n..");
    return expect("220") && send("EHLO client.example") && expect("250") &&
           send("MAIL FROM:<" + mailFrom.toUtf8() + ">") && expect("250") &&
           send("RCPT TO:<" + m_pop->userName().toUtf8() + "@example.test>") && expect("250") &&
           send("DATA") && expect("354") && send(data + "\r\n.") && expect("250") && send("QUIT");
}

QString TestRemoteStatus::sendRequest(const QString &from, const QString &password,
                                      const QByteArray &extraHeaders, const QString &returnPath,
                                      const QString &messageId)
{
    const QString id = messageId.isEmpty()
                           ? QStringLiteral("<%1@example.test>")
                                 .arg(QUuid::createUuid().toString(QUuid::WithoutBraces))
                           : messageId;
    const QByteArray content =
        extraHeaders + "From: Ops <" + from.toUtf8() +
        ">\nTo: box@example.test\nSubject: Re: status\nMessage-ID: " + id.toUtf8() +
        "\n\nHello,\n\npassword: " + password.toUtf8() + "\n\n> password: old-quoted\n";
    const int before = int(m_smtp->messageFiles().size());
    if (!smtpSend(returnPath.isEmpty() ? from : returnPath, content))
        return {};
    if (!m_smtp->waitForMessages(before + 1))
        return {};
    return id;
}

TestRemoteStatus::Pass TestRemoteStatus::check(const MailSettings &s)
{
    StatusRequestCheck c;
    QSignalSpy done(&c, &StatusRequestCheck::finished);
    StatusRequestCheck::Options o;
    o.configPath = m_testDir + QStringLiteral("/mailwright.ini");
    o.logPath = m_testDir + QStringLiteral("/requests.json");
    o.store = &m_store;
    c.start(s, pop3ConfigFrom(s, m_pop->password()), o);
    if (!done.wait(60000))
        return {Result::failure(ErrorClass::Timeout, Phase::Idle, QStringLiteral("hung")), {}};
    return {c.result(), c.entries()};
}

int TestRemoteStatus::mailboxCountWith(const QByteArray &needle) const
{
    int n = 0;
    for (const QByteArray &m : m_smtp->deliveredMessages())
        n += m.contains(needle) ? 1 : 0;
    return n;
}

QList<QueuedMessage> TestRemoteStatus::queued(const MailSettings &s) const
{
    return Queue(Queue::dirFor(s)).list(true, true);
}

void TestRemoteStatus::validRequestAnsweredAndDelivered()
{
    const MailSettings s = settings();
    const QString id = sendRequest(kPermitted, kStatusPassword);
    QVERIFY(!id.isEmpty());
    const Pass p = check(s);
    QVERIFY2(p.result.ok, qPrintable(p.result.message));
    QCOMPARE(p.entries.size(), 1);
    QVERIFY2(p.entries.first().outcome == StatusRequestEntry::Outcome::Answered,
             qPrintable(p.entries.first().reason));
    QCOMPARE(p.entries.first().sender, kPermitted);
    // Queued to the requester only, category "status"; the request is gone from the mailbox.
    const QList<QueuedMessage> q = queued(s);
    QCOMPARE(q.size(), 1);
    QCOMPARE(q.first().category, QStringLiteral("status"));
    QCOMPARE(q.first().recipients, QStringList{kPermitted});
    QCOMPARE(mailboxCountWith(id.toUtf8()), 0);
    // Logged, without the password; the debug log has the transcript, redacted.
    StatusRequestLog log(m_testDir + QStringLiteral("/requests.json"));
    QVERIFY(log.load());
    QCOMPARE(log.entries().size(), 1);
    QFile logFile(log.path());
    QVERIFY(logFile.open(QIODevice::ReadOnly));
    QVERIFY(!logFile.readAll().contains(kStatusPassword.toUtf8()));
    QFile debug(s.diagnostics.debugLog);
    QVERIFY(debug.open(QIODevice::ReadOnly));
    const QByteArray debugText = debug.readAll();
    QVERIFY2(debugText.contains("status request"), debugText.constData());
    QVERIFY(!debugText.contains(kStatusPassword.toUtf8()));
    QVERIFY(!debugText.contains(m_pop->password().toUtf8()));

    // A queue pass delivers the answer through Exim to the permitted address.
    const int before = int(m_smtp->messageFiles().size());
    QueueRunner runner(Queue::dirFor(s));
    runner.setSettings(s);
    QSignalSpy finished(&runner, &QueueRunner::finished);
    QueueRunner::Options ro;
    ro.once = true;
    runner.start(ro);
    QVERIFY(finished.wait(60000));
    QCOMPARE(runner.lastSummary().delivered, 1);
    QVERIFY(m_smtp->waitForMessages(before + 1));
    QJsonObject answer;
    for (const QString &f : m_smtp->messageFiles()) {
        const QJsonObject o = m_smtp->parseMessage(f);
        if (o.value(QStringLiteral("subject"))
                .toString()
                .startsWith(QLatin1String("Mailwright status")))
            answer = o;
    }
    QVERIFY2(!answer.isEmpty(), "the answer was not delivered");
    const QByteArray json = QJsonDocument(answer).toJson();
    QVERIFY2(json.contains(kPermitted.toUtf8()), json.constData());
    QVERIFY2(json.contains(id.toUtf8()), json.constData()); // In-Reply-To / References
    QVERIFY2(json.contains("Queue: 0 message(s) waiting"), json.constData());
    QVERIFY2(json.contains("SMTP:") && json.contains("POP3:"), json.constData());
    QVERIFY(!json.contains(kStatusPassword.toUtf8()));
    // The answer is automatic: the next pass leaves it alone.
    const Pass again = check(s);
    QVERIFY(again.result.ok);
    QCOMPARE(again.entries.size(), 0);
    QVERIFY(mailboxCountWith("Mailwright status") >= 1);
}

void TestRemoteStatus::wrongPasswordRefused()
{
    const MailSettings s = settings();
    const QString id = sendRequest(kPermitted, QStringLiteral("Wrong-Pass-99"));
    QVERIFY(!id.isEmpty());
    const Pass p = check(s);
    QVERIFY2(p.result.ok, qPrintable(p.result.message));
    QCOMPARE(p.entries.size(), 1);
    QCOMPARE(p.entries.first().outcome, StatusRequestEntry::Outcome::Refused);
    QVERIFY2(p.entries.first().reason.contains(QLatin1String("password")),
             qPrintable(p.entries.first().reason));
    QVERIFY(queued(s).isEmpty());
    QCOMPARE(mailboxCountWith(id.toUtf8()), 0); // refused requests are deleted too
}

void TestRemoteStatus::unknownSenderRefused()
{
    const MailSettings s = settings();
    const QString id = sendRequest(QStringLiteral("stranger@example.test"), kStatusPassword);
    QVERIFY(!id.isEmpty());
    const Pass p = check(s);
    QVERIFY(p.result.ok);
    QCOMPARE(p.entries.size(), 1);
    QCOMPARE(p.entries.first().outcome, StatusRequestEntry::Outcome::Refused);
    QVERIFY2(p.entries.first().reason.contains(QLatin1String("not permitted")),
             qPrintable(p.entries.first().reason));
    QVERIFY(queued(s).isEmpty());
    // A permitted From with another envelope sender is refused as well.
    const QString forged =
        sendRequest(kPermitted, kStatusPassword, {}, QStringLiteral("attacker@evil.example"));
    QVERIFY(!forged.isEmpty());
    const Pass p2 = check(s);
    QCOMPARE(p2.entries.size(), 1);
    QCOMPARE(p2.entries.first().outcome, StatusRequestEntry::Outcome::Refused);
    QVERIFY2(p2.entries.first().reason.contains(QLatin1String("Return-Path")),
             qPrintable(p2.entries.first().reason));
    QVERIFY(queued(s).isEmpty());
}

void TestRemoteStatus::replayRefused()
{
    const MailSettings s = settings();
    const QString id = sendRequest(kPermitted, kStatusPassword);
    QVERIFY(!id.isEmpty());
    QCOMPARE(check(s).entries.value(0).outcome, StatusRequestEntry::Outcome::Answered);
    QCOMPARE(queued(s).size(), 1);
    // The same message again (same Message-ID, a new UID), even after the rate limit would
    // allow it: refused as a replay.
    StatusRequestLog log(m_testDir + QStringLiteral("/requests.json"));
    QVERIFY(log.load());
    log.setLastAnswered(kPermitted, QDateTime::currentDateTimeUtc().addSecs(-3600));
    QVERIFY(log.save());
    QCOMPARE(sendRequest(kPermitted, kStatusPassword, {}, {}, id), id);
    const Pass p = check(s);
    QCOMPARE(p.entries.size(), 1);
    QCOMPARE(p.entries.first().outcome, StatusRequestEntry::Outcome::Refused);
    QVERIFY2(p.entries.first().reason.contains(QLatin1String("replay")),
             qPrintable(p.entries.first().reason));
    QCOMPARE(queued(s).size(), 1);
}

void TestRemoteStatus::sameUidNotProcessedAgain()
{
    // A UID already processed (its deletion failed, say) is neither fetched nor answered.
    const MailSettings s = settings();
    const QString id = sendRequest(kPermitted, kStatusPassword);
    QVERIFY(!id.isEmpty());
    Pop3Session pop;
    QList<Pop3MessageInfo> listing;
    connect(&pop, &Pop3Session::listed, this,
            [&listing](const QList<Pop3MessageInfo> &l) { listing = l; });
    int ready = 0;
    connect(&pop, &Pop3Session::ready, this, [&pop, &ready] {
        if (++ready == 1)
            pop.list();
        else
            pop.quit();
    });
    QSignalSpy done(&pop, &Pop3Session::finished);
    pop.start(pop3ConfigFrom(s, m_pop->password()));
    QVERIFY(done.wait(30000));
    QVERIFY(!listing.isEmpty());
    StatusRequestLog log(m_testDir + QStringLiteral("/requests.json"));
    log.setAccount(
        QStringLiteral("%1:%2 %3").arg(s.pop3.host).arg(s.pop3.port).arg(s.pop3.username));
    for (const Pop3MessageInfo &m : listing)
        log.markProcessed(m.uid);
    QVERIFY(log.save());
    const Pass p = check(s);
    QVERIFY(p.result.ok);
    QCOMPARE(p.entries.size(), 0);
    QVERIFY(queued(s).isEmpty());
    QCOMPARE(mailboxCountWith(id.toUtf8()), 1); // left on the server
    // Cleaned up for the following tests: a fresh log handles (and answers) it.
    QFile::remove(log.path());
    QCOMPARE(check(s).entries.size(), 1);
}

void TestRemoteStatus::dmarcFailRefused()
{
    const MailSettings s = settings();
    // What the MX of authserv-id mx.example.test wrote above its own Received field.
    const QByteArray trace = "Authentication-Results: mx.example.test; spf=pass "
                             "smtp.mailfrom=example.test; dmarc=fail header.from=example.test\n"
                             "Received: from evil.example by mx.example.test with esmtp\n";
    const QString id = sendRequest(kPermitted, kStatusPassword, trace);
    QVERIFY(!id.isEmpty());
    const Pass p = check(s);
    QCOMPARE(p.entries.size(), 1);
    QCOMPARE(p.entries.first().outcome, StatusRequestEntry::Outcome::Refused);
    QVERIFY2(p.entries.first().reason.contains(QLatin1String("dmarc=fail")),
             qPrintable(p.entries.first().reason));
    QVERIFY(queued(s).isEmpty());
    QCOMPARE(mailboxCountWith(id.toUtf8()), 0);
}

void TestRemoteStatus::secondRequestRateLimited()
{
    const MailSettings s = settings();
    QVERIFY(!sendRequest(kPermitted, kStatusPassword).isEmpty());
    QVERIFY(!sendRequest(kPermitted, kStatusPassword).isEmpty());
    const Pass p = check(s);
    QCOMPARE(p.entries.size(), 2);
    QCOMPARE(p.entries.at(0).outcome, StatusRequestEntry::Outcome::Answered);
    QCOMPARE(p.entries.at(1).outcome, StatusRequestEntry::Outcome::Refused);
    QVERIFY2(p.entries.at(1).reason.contains(QLatin1String("rate limit")),
             qPrintable(p.entries.at(1).reason));
    // And in a later pass within the 5 minutes.
    QVERIFY(!sendRequest(kPermitted, kStatusPassword).isEmpty());
    const Pass later = check(s);
    QCOMPARE(later.entries.size(), 1);
    QCOMPARE(later.entries.first().outcome, StatusRequestEntry::Outcome::Refused);
    QCOMPARE(queued(s).size(), 1);
}

void TestRemoteStatus::otherMessagesLeftAlone()
{
    const MailSettings s = settings();
    const QByteArray other = "From: someone@example.test\nTo: box@example.test\n"
                             "Subject: hello\nMessage-ID: <other-1@example.test>\n\n"
                             "password: Read-Only-7pw\n";
    const int before = int(m_smtp->messageFiles().size());
    QVERIFY(smtpSend(QStringLiteral("someone@example.test"), other));
    QVERIFY(m_smtp->waitForMessages(before + 1));
    // A "status" message above the size limit is not looked at either.
    QByteArray big = "From: ops@example.test\nTo: box@example.test\nSubject: status\n"
                     "Message-ID: <big-1@example.test>\n\npassword: Read-Only-7pw\n";
    while (big.size() < 300 * 1024)
        big += QByteArray(69, 'x') + '\n';
    QVERIFY(smtpSend(kPermitted, big));
    QVERIFY(m_smtp->waitForMessages(before + 2));
    // A person's "Re: status of the printer" without a password line is no request: it is
    // neither answered, nor refused, nor deleted.
    const QByteArray chat = "From: ops@example.test\nTo: box@example.test\n"
                            "Subject: Re: status of the printer\n"
                            "Message-ID: <chat-1@example.test>\n\nIt works again.\n";
    QVERIFY(smtpSend(kPermitted, chat));
    QVERIFY(m_smtp->waitForMessages(before + 3));
    const Pass p = check(s);
    QVERIFY2(p.result.ok, qPrintable(p.result.message));
    QCOMPARE(p.entries.size(), 0);
    QCOMPARE(mailboxCountWith("<other-1@example.test>"), 1);
    QCOMPARE(mailboxCountWith("<big-1@example.test>"), 1);
    QCOMPARE(mailboxCountWith("<chat-1@example.test>"), 1);
    // Dovecot offers TOP: only its headers were read (the transcript shows no RETR).
    QFile debug(s.diagnostics.debugLog);
    QVERIFY(debug.open(QIODevice::ReadOnly));
    const QByteArray text = debug.readAll();
    // Only the "status" message without a password was downloaded whole.
    QVERIFY2(text.contains("TOP ") && text.count("RETR ") == 1, text.constData());
}

void TestRemoteStatus::serviceSkipsPassWhileLocked()
{
    // The runner and an open window share the lock: whoever does not get it skips the pass.
    QSignalSpy written(&m_store, &SecretStore::secretChanged);
    m_store.write(QStringLiteral("pop3"), m_pop->password(), this, [](const SecretResult &) {});
    QVERIFY(written.wait(5000));
    const QString config = m_testDir + QStringLiteral("/service.ini");
    StatusRequestService service;
    service.setConfigPath(config);
    service.setSecretStore(&m_store);
    service.setSettings(settings());
    QVERIFY(service.isActive()); // every pop3/check_interval minutes
    const QString id = sendRequest(kPermitted, kStatusPassword);
    QVERIFY(!id.isEmpty());
    QSignalSpy passes(&service, &StatusRequestService::passFinished);
    {
        FileLock other(StatusRequestService::lockPathFor(config));
        QString error;
        QCOMPARE(other.tryLock(&error), FileLock::Attempt::Locked);
        service.checkNow();
        QTRY_COMPARE_WITH_TIMEOUT(passes.size(), 1, 30000);
        const auto pass = passes.takeFirst().at(0).value<StatusRequestService::Pass>();
        QVERIFY(pass.skipped);
        QCOMPARE(mailboxCountWith(id.toUtf8()), 1);
    }
    service.checkNow();
    QTRY_COMPARE_WITH_TIMEOUT(passes.size(), 1, 60000);
    const auto pass = passes.takeFirst().at(0).value<StatusRequestService::Pass>();
    QVERIFY(!pass.skipped);
    QVERIFY2(pass.result.ok, qPrintable(pass.result.message));
    QCOMPARE(pass.entries.size(), 1);
    QCOMPARE(pass.entries.first().outcome, StatusRequestEntry::Outcome::Answered);
    QCOMPARE(mailboxCountWith(id.toUtf8()), 0);
    // Switched off: no timer, no pass.
    MailSettings off = settings();
    off.remoteStatus.enabled = false;
    service.setSettings(off);
    QVERIFY(!service.isActive());
}

void TestRemoteStatus::cliCheckJson()
{
    const QString id = sendRequest(kPermitted, kStatusPassword);
    QVERIFY(!id.isEmpty());
    const QString ini = m_testDir + QStringLiteral("/cli.ini");
    QFile f(ini);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QStringLiteral("[general]\nsecret_backend=memory\n"
                           "[smtp]\nhost=%1\nport=%2\nsecurity=starttls\nauth=none\nca_file=%3\n"
                           "[pop3]\nenabled=true\nhost=localhost\nport=%4\nsecurity=stls\n"
                           "username=%5\nca_file=%6\ntimeout=10\n"
                           "[mailboxes]\nfrom=alerts@example.test\nnotify=admin@example.test\n"
                           "[delivery]\nqueue_dir=%7\n"
                           "[remote_status]\nenabled=true\npermitted=%8\nauthserv_id=%9\n")
                .arg(m_smtp->host())
                .arg(m_smtp->plainPort())
                .arg(m_smtp->caFile())
                .arg(m_pop->plainPort())
                .arg(m_pop->userName(), m_pop->caFile(), m_testDir + QStringLiteral("/queue"),
                     kPermitted, kAuthserv)
                .toUtf8());
    f.close();
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MAILWRIGHT_POP3_PASSWORD"), m_pop->password());
    env.insert(QStringLiteral("MAILWRIGHT_REMOTE_STATUS_PASSWORD"),
               PasswordDigest::make(kStatusPassword));
    cli.setProcessEnvironment(env);
    cli.start(test::cliPath(), {QStringLiteral("--config"), ini, QStringLiteral("status-requests"),
                                QStringLiteral("check"), QStringLiteral("--json")});
    QVERIFY(cli.waitForFinished(90000));
    const QByteArray out = cli.readAllStandardOutput();
    const QByteArray err = cli.readAllStandardError();
    QVERIFY2(cli.exitCode() == 0, QByteArray(out + err).constData());
    QVERIFY(!out.contains(kStatusPassword.toUtf8()) && !err.contains(kStatusPassword.toUtf8()));
    const QJsonObject o = QJsonDocument::fromJson(out.trimmed()).object();
    QVERIFY2(o.value(QStringLiteral("ok")).toBool(), out.constData());
    QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("checked"));
    const QJsonArray requests = o.value(QStringLiteral("requests")).toArray();
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().toObject().value(QStringLiteral("outcome")).toString(),
             QStringLiteral("answered"));
    QCOMPARE(requests.first().toObject().value(QStringLiteral("sender")).toString(), kPermitted);
    QCOMPARE(Queue(m_testDir + QStringLiteral("/queue")).list(false).size(), 1);
}

void TestRemoteStatus::cliWrongPop3Password()
{
    const QString ini = m_testDir + QStringLiteral("/cli.ini");
    QFile f(ini);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QStringLiteral("[general]\nsecret_backend=memory\n"
                           "[pop3]\nenabled=true\nhost=localhost\nport=%1\nsecurity=stls\n"
                           "username=%2\nca_file=%3\ntimeout=10\n"
                           "[mailboxes]\nfrom=alerts@example.test\nnotify=admin@example.test\n"
                           "[remote_status]\nenabled=true\n")
                .arg(m_pop->plainPort())
                .arg(m_pop->userName(), m_pop->caFile())
                .toUtf8());
    f.close();
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MAILWRIGHT_POP3_PASSWORD"), QStringLiteral("Wrong-Pop-Pass-3"));
    env.insert(QStringLiteral("MAILWRIGHT_REMOTE_STATUS_PASSWORD"),
               PasswordDigest::make(kStatusPassword));
    cli.setProcessEnvironment(env);
    cli.start(test::cliPath(), {QStringLiteral("--config"), ini, QStringLiteral("--json"),
                                QStringLiteral("status-requests"), QStringLiteral("check")});
    QVERIFY(cli.waitForFinished(90000));
    const QByteArray out = cli.readAllStandardOutput();
    QCOMPARE(cli.exitCode(), 77); // EX_NOPERM: login refused
    const QJsonObject o = QJsonDocument::fromJson(out.trimmed()).object();
    QCOMPARE(o.value(QStringLiteral("error_class")).toString(), QStringLiteral("auth_failed"));
    QVERIFY(!out.contains("Wrong-Pop-Pass-3"));
}

QTEST_GUILESS_MAIN(TestRemoteStatus)
#include "tst_remote_status.moc"
