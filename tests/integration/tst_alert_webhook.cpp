// SPDX-License-Identifier: GPL-3.0-or-later
// The second channel of alerts (issue 23) with real parts: an HTTPS receiver inside the
// test (QSslServer, a certificate made by openssl, trusted through alerts/webhook_ca_file)
// gets the alert engine's webhook POSTs; a Unix datagram socket named by
// MAILWRIGHT_SYSLOG_SOCKET gets the system log entries. The engine's clock moves (an outage
// lasts an hour in no time); the retries are driven by flushChannels() on that clock.
#include "TestPaths.h"
#include "delivery/Queue.h"
#include "delivery/QueueRunner.h"
#include "notify/AlertChannels.h"
#include "notify/AlertEngine.h"
#include "settings/MemorySecretStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace mw;

namespace {

const QString kSmtpPassword = QStringLiteral("Smtp-Pa55-never-in-an-alert");
const QString kToken = QStringLiteral("T0KEN-abc123-secret-path");

// A minimal HTTPS endpoint: one request per connection, answered with `status`.
class HttpsReceiver : public QObject
{
public:
    int status = 200;
    QList<QByteArray> bodies;
    QList<QByteArray> paths;

    bool listen(const QString &certFile, const QString &keyFile)
    {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        QFile cert(certFile);
        QFile key(keyFile);
        if (!cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
            return false;
        tls.setLocalCertificate(QSslCertificate(cert.readAll(), QSsl::Pem));
        tls.setPrivateKey(QSslKey(key.readAll(), QSsl::Ec, QSsl::Pem));
        m_server.setSslConfiguration(tls);
        connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection())
                serve(s);
        });
        return m_server.listen(QHostAddress::LocalHost);
    }
    quint16 port() const { return m_server.serverPort(); }

private:
    void serve(QTcpSocket *socket)
    {
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            *buffer += socket->readAll();
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            qsizetype length = 0;
            for (const QByteArray &line : buffer->left(end).split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (buffer->size() < end + 4 + length)
                return;
            paths << buffer->left(buffer->indexOf('\r'));
            bodies << buffer->mid(end + 4, length);
            socket->write(QByteArray("HTTP/1.1 " + QByteArray::number(status) +
                                     " X\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"));
            socket->disconnectFromHost();
        });
    }

    QSslServer m_server;
};

} // namespace

class TestAlertWebhook : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void presetBodies_data();
    void presetBodies();
    void failingReceiverRetriedNoAlert();
    void notListeningRetried();
    void httpUrlRefused();
    void systemLogDatagrams();
    void untrustedCertificateRefused();
    void cliAlertsTest();

private:
    std::unique_ptr<AlertEngine> engine();
    void setUrl(const QString &url);
    // Refused connections for an hour, then a good pass: one outage event.
    void outage(AlertEngine &e);
    QList<QueuedMessage> queued() const;
    QByteArray queueLog() const;
    // A Unix datagram socket standing in for /dev/log; -1 when it cannot be bound.
    int bindSyslog(const QByteArray &path);

    QTemporaryDir m_certs;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HttpsReceiver> m_receiver;
    std::unique_ptr<MemorySecretStore> m_secrets;
    MailSettings m_settings;
    QDateTime m_now;
};

void TestAlertWebhook::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_certs.isValid());
    QProcess openssl;
    openssl.setWorkingDirectory(m_certs.path());
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                   QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                   QStringLiteral("-keyout"), QStringLiteral("key.pem"), QStringLiteral("-out"),
                   QStringLiteral("cert.pem"), QStringLiteral("-days"), QStringLiteral("2"),
                   QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                   QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost")});
    QVERIFY(openssl.waitForFinished(30000));
    QVERIFY2(openssl.exitCode() == 0, openssl.readAllStandardError().constData());
}

void TestAlertWebhook::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_receiver = std::make_unique<HttpsReceiver>();
    QVERIFY(m_receiver->listen(m_certs.filePath(QStringLiteral("cert.pem")),
                               m_certs.filePath(QStringLiteral("key.pem"))));
    m_secrets = std::make_unique<MemorySecretStore>();
    QSignalSpy written(m_secrets.get(), &SecretStore::secretChanged);
    m_secrets->write(QStringLiteral("smtp"), kSmtpPassword, this, [](const SecretResult &) {});
    QVERIFY(written.wait(5000));
    setUrl(QStringLiteral("https://127.0.0.1:%1/hooks/%2").arg(m_receiver->port()).arg(kToken));
    m_settings = MailSettings();
    m_settings.delivery.queueDir = m_dir->filePath(QStringLiteral("queue"));
    m_settings.smtp.host = QStringLiteral("smtp.example.test");
    m_settings.smtp.port = 587;
    m_settings.mailboxes.from = QStringLiteral("alerts@example.test");
    m_settings.mailboxes.notify = QStringLiteral("ops@example.test");
    m_settings.alerts.webhook = MailSettings::WebhookFormat::Generic;
    m_settings.alerts.webhookCaFile = m_certs.filePath(QStringLiteral("cert.pem"));
    m_now = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
    QString error;
    QVERIFY2(Queue(m_settings.delivery.queueDir).ensure(&error), qPrintable(error));
}

void TestAlertWebhook::setUrl(const QString &url)
{
    QSignalSpy written(m_secrets.get(), &SecretStore::secretChanged);
    m_secrets->write(AlertChannels::webhookAccount(), url, this, [](const SecretResult &) {});
    QVERIFY(written.wait(5000));
}

std::unique_ptr<AlertEngine> TestAlertWebhook::engine()
{
    auto e = std::make_unique<AlertEngine>(m_dir->filePath(QStringLiteral("alerts.json")));
    e->setSettings(m_settings);
    e->setClock([this] { return m_now; });
    e->setSecretStore(m_secrets.get());
    e->watch(nullptr);
    return e;
}

void TestAlertWebhook::outage(AlertEngine &e)
{
    QueueRunner::Summary down;
    down.sessionRan = true;
    down.result = Result::failure(ErrorClass::Refused, Phase::Connect,
                                  QStringLiteral("Connection refused."), QString());
    e.review(down);
    m_now = m_now.addSecs(3600);
    QueueRunner::Summary up;
    up.sessionRan = true;
    up.result = Result::success(Phase::Done);
    e.review(up);
}

QList<QueuedMessage> TestAlertWebhook::queued() const
{
    return Queue(m_settings.delivery.queueDir).list(true);
}

QByteArray TestAlertWebhook::queueLog() const
{
    QFile f(Queue(m_settings.delivery.queueDir).logPath());
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void TestAlertWebhook::presetBodies_data()
{
    QTest::addColumn<int>("format");
    QTest::newRow("generic") << int(MailSettings::WebhookFormat::Generic);
    QTest::newRow("teams") << int(MailSettings::WebhookFormat::Teams);
    QTest::newRow("slack") << int(MailSettings::WebhookFormat::Slack);
    QTest::newRow("discord") << int(MailSettings::WebhookFormat::Discord);
}

void TestAlertWebhook::presetBodies()
{
    QFETCH(int, format);
    m_settings.alerts.webhook = MailSettings::WebhookFormat(format);
    auto e = engine();
    QSignalSpy finished(e.get(), &AlertEngine::webhookFinished);
    outage(*e);
    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.first().at(0).toString(), QStringLiteral("outage"));
    QCOMPARE(finished.first().at(1).toBool(), true);
    QCOMPARE(m_receiver->bodies.size(), 1);
    QVERIFY(m_receiver->paths.first().startsWith(
        QByteArray(QByteArray("POST /hooks/") + kToken.toLatin1())));
    const QByteArray body = m_receiver->bodies.first();
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    QString text;
    switch (MailSettings::WebhookFormat(format)) {
    case MailSettings::WebhookFormat::Generic:
        QCOMPARE(o.value(QStringLiteral("source")).toString(), QStringLiteral("mailwright"));
        QCOMPARE(o.value(QStringLiteral("kind")).toString(), QStringLiteral("outage"));
        QCOMPARE(o.value(QStringLiteral("host")).toString(), AlertChannels::machineHost());
        QCOMPARE(QDateTime::fromString(o.value(QStringLiteral("at")).toString(), Qt::ISODate),
                 m_now);
        text = o.value(QStringLiteral("text")).toString();
        break;
    case MailSettings::WebhookFormat::Teams: {
        QCOMPARE(o.value(QStringLiteral("type")).toString(), QStringLiteral("message"));
        const QJsonObject a = o.value(QStringLiteral("attachments")).toArray().first().toObject();
        QCOMPARE(a.value(QStringLiteral("contentType")).toString(),
                 QStringLiteral("application/vnd.microsoft.card.adaptive"));
        const QJsonObject card = a.value(QStringLiteral("content")).toObject();
        QCOMPARE(card.value(QStringLiteral("type")).toString(), QStringLiteral("AdaptiveCard"));
        for (const QJsonValue &b : card.value(QStringLiteral("body")).toArray())
            text += b.toObject().value(QStringLiteral("text")).toString() + QLatin1Char('\n');
        break;
    }
    case MailSettings::WebhookFormat::Slack:
        text = o.value(QStringLiteral("text")).toString();
        break;
    case MailSettings::WebhookFormat::Discord:
        text = o.value(QStringLiteral("content")).toString();
        QVERIFY(text.size() <= 2000);
        break;
    case MailSettings::WebhookFormat::None:
        QFAIL("no preset");
    }
    QVERIFY2(text.contains(QStringLiteral("could not be reached")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("smtp.example.test:587")));
    // No secret: neither the SMTP password nor the webhook's token.
    QVERIFY(!body.contains(kSmtpPassword.toUtf8()));
    QVERIFY(!body.contains(kToken.toUtf8()));
    // The mail notice went through the queue as before; nothing else did.
    QCOMPARE(queued().size(), 1);
    // The same event again, and a retry run: no second POST.
    e->review(QueueRunner::Summary{});
    e->flushChannels();
    QTest::qWait(300);
    QCOMPARE(m_receiver->bodies.size(), 1);
    QVERIFY(e->state().webhookOutbox.isEmpty());
    QVERIFY(!queueLog().contains(kToken.toUtf8()));
}

void TestAlertWebhook::failingReceiverRetriedNoAlert()
{
    m_receiver->status = 500;
    auto e = engine();
    QSignalSpy finished(e.get(), &AlertEngine::webhookFinished);
    outage(*e);
    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.first().at(1).toBool(), false);
    QCOMPARE(m_receiver->bodies.size(), 1);
    QCOMPARE(e->state().webhookOutbox.size(), 1);
    QCOMPARE(e->state().webhookOutbox.first().attempts, 1);
    // Not due yet: nothing is sent.
    e->flushChannels();
    QTest::qWait(300);
    QCOMPARE(m_receiver->bodies.size(), 1);
    // No notice about the failing webhook: only the outage's own notice is queued.
    QCOMPARE(queued().size(), 1);
    const QByteArray log = queueLog();
    QVERIFY2(log.contains("not taken by the webhook"), log.constData());
    QVERIFY(log.contains("HTTP 500"));
    QVERIFY(!log.contains(kToken.toUtf8()));

    // A restarted runner keeps the retry (state file), sends it when due, and once.
    e.reset();
    m_receiver->status = 200;
    m_now = m_now.addSecs(AlertEngine::webhookRetryDelay(1));
    e = engine();
    QSignalSpy again(e.get(), &AlertEngine::webhookFinished);
    e->flushChannels();
    QVERIFY(again.wait(15000));
    QCOMPARE(again.first().at(1).toBool(), true);
    QCOMPARE(m_receiver->bodies.size(), 2);
    QCOMPARE(m_receiver->bodies.at(0), m_receiver->bodies.at(1));
    QVERIFY(e->state().webhookOutbox.isEmpty());
    m_now = m_now.addSecs(3600);
    e->flushChannels();
    QTest::qWait(300);
    QCOMPARE(m_receiver->bodies.size(), 2);
    QCOMPARE(queued().size(), 1);
}

void TestAlertWebhook::notListeningRetried()
{
    // A port nobody listens on (the receiver's, closed).
    const quint16 port = m_receiver->port();
    m_receiver.reset();
    setUrl(QStringLiteral("https://127.0.0.1:%1/hooks/%2").arg(port).arg(kToken));
    auto e = engine();
    QSignalSpy finished(e.get(), &AlertEngine::webhookFinished);
    outage(*e);
    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.first().at(1).toBool(), false);
    QCOMPARE(e->state().webhookOutbox.size(), 1);
    QCOMPARE(e->state().webhookOutbox.first().next, m_now.addSecs(60));
    QCOMPARE(queued().size(), 1);
    // Given up a day after the first attempt, with a line in the log and no alert.
    m_now = m_now.addSecs(AlertEngine::kWebhookGiveUpSeconds);
    QSignalSpy last(e.get(), &AlertEngine::webhookFinished);
    e->flushChannels();
    QVERIFY(last.wait(15000));
    QVERIFY(e->state().webhookOutbox.isEmpty());
    QVERIFY(queueLog().contains("given up after 2 attempt(s)"));
    QCOMPARE(queued().size(), 1);
}

void TestAlertWebhook::httpUrlRefused()
{
    setUrl(QStringLiteral("http://127.0.0.1:%1/hooks/%2").arg(m_receiver->port()).arg(kToken));
    AlertChannels channels;
    channels.setSecretStore(m_secrets.get());
    QList<AlertChannels::Outcome> got;
    bool done = false;
    channels.sendTest(m_settings, [&](const QList<AlertChannels::Outcome> &o) {
        got = o;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QCOMPARE(got.size(), 1);
    QCOMPARE(got.first().channel, QStringLiteral("webhook"));
    QVERIFY(!got.first().ok);
    QVERIFY2(got.first().detail.contains(QStringLiteral("https://")),
             qPrintable(got.first().detail));
    QVERIFY(!got.first().detail.contains(kToken));
    QTest::qWait(300);
    QCOMPARE(m_receiver->bodies.size(), 0);
}

void TestAlertWebhook::systemLogDatagrams()
{
    const QByteArray path = m_dir->filePath(QStringLiteral("log.sock")).toLocal8Bit();
    const int fd = bindSyslog(path);
    QVERIFY(fd >= 0);
    const auto closeFd = qScopeGuard([fd] { ::close(fd); });
    qputenv("MAILWRIGHT_SYSLOG_SOCKET", path);
    const auto unset = qScopeGuard([] { qunsetenv("MAILWRIGHT_SYSLOG_SOCKET"); });
    const auto receive = [fd] {
        char buffer[8192];
        const ssize_t n = ::recv(fd, buffer, sizeof(buffer), MSG_DONTWAIT);
        return n < 0 ? QByteArray() : QByteArray(buffer, qsizetype(n));
    };

    m_settings.alerts.webhook = MailSettings::WebhookFormat::None;
    m_settings.alerts.systemLog = true;
    auto e = engine();
    outage(*e);
    const QByteArray prefix =
        "<19>mailwright[" + QByteArray::number(QCoreApplication::applicationPid()) + "]: ";
    const QByteArray entry = receive();
    QVERIFY2(entry.startsWith(prefix), entry.constData()); // mail.err
    QVERIFY(entry.contains("could not be reached"));
    QVERIFY(!entry.contains('\n'));
    QVERIFY(receive().isEmpty()); // one entry per event
    QCOMPARE(queued().size(), 1);

    AlertChannels channels;
    QList<AlertChannels::Outcome> got;
    channels.sendTest(m_settings, [&](const QList<AlertChannels::Outcome> &o) { got = o; });
    QTRY_COMPARE_WITH_TIMEOUT(got.size(), 1, 5000);
    QCOMPARE(got.first().channel, QStringLiteral("system_log"));
    QVERIFY(got.first().ok);
    QVERIFY(receive().startsWith("<20>mailwright[")); // mail.warning

    // Nobody listening: the outcome says so.
    QFile::remove(QString::fromLocal8Bit(path));
    got.clear();
    channels.sendTest(m_settings, [&](const QList<AlertChannels::Outcome> &o) { got = o; });
    QTRY_COMPARE_WITH_TIMEOUT(got.size(), 1, 5000);
    QVERIFY(!got.first().ok);
}

int TestAlertWebhook::bindSyslog(const QByteArray &path)
{
    const int fd = ::socket(AF_UNIX, SOCK_DGRAM, 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    qstrncpy(address.sun_path, path.constData(), sizeof(address.sun_path));
    if (fd >= 0 && ::bind(fd, reinterpret_cast<const sockaddr *>(&address), sizeof(address)) == 0)
        return fd;
    if (fd >= 0)
        ::close(fd);
    return -1;
}

void TestAlertWebhook::untrustedCertificateRefused()
{
    // Without alerts/webhook_ca_file the system store decides: the test's own certificate
    // is not in it, so nothing is sent (the request never gets past the handshake).
    m_settings.alerts.webhookCaFile.clear();
    AlertChannels channels;
    channels.setSecretStore(m_secrets.get());
    QList<AlertChannels::Outcome> got;
    channels.sendTest(m_settings, [&](const QList<AlertChannels::Outcome> &o) { got = o; });
    QTRY_COMPARE_WITH_TIMEOUT(got.size(), 1, 15000);
    QVERIFY(!got.first().ok);
    QVERIFY2(got.first().detail.contains(QStringLiteral("127.0.0.1")),
             qPrintable(got.first().detail));
    QVERIFY(!got.first().detail.contains(kToken));
    QCOMPARE(m_receiver->bodies.size(), 0);
}

void TestAlertWebhook::cliAlertsTest()
{
    // mailwright-cli alerts test: both channels, the URL from the secret file.
    const QString config = m_dir->filePath(QStringLiteral("mailwright.ini"));
    QFile ini(config);
    QVERIFY(ini.open(QIODevice::WriteOnly));
    ini.write(QStringLiteral("[general]\nsecret_backend = file\nsecret_file = secrets\n"
                             "[smtp]\nhost = smtp.example.test\n"
                             "[mailboxes]\nfrom = alerts@example.test\n"
                             "[alerts]\nwebhook = slack\nwebhook_ca_file = %1\nsystem_log = true\n")
                  .arg(m_certs.filePath(QStringLiteral("cert.pem")))
                  .toUtf8());
    ini.close();
    const QByteArray socketPath = m_dir->filePath(QStringLiteral("cli.sock")).toLocal8Bit();
    const int fd = bindSyslog(socketPath);
    QVERIFY(fd >= 0);
    const auto closeFd = qScopeGuard([fd] { ::close(fd); });
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("MAILWRIGHT_SYSLOG_SOCKET"), QString::fromLocal8Bit(socketPath));
    const QString url =
        QStringLiteral("https://127.0.0.1:%1/hooks/%2").arg(m_receiver->port()).arg(kToken);
    // The receiver answers from this event loop: the CLI is waited for with a spy.
    const auto run = [&](const QStringList &args, const QByteArray &input) {
        QProcess p;
        p.setProcessEnvironment(env);
        QSignalSpy finished(&p, &QProcess::finished);
        p.start(mw::test::cliPath(), QStringList{QStringLiteral("--config"), config,
                                                 QStringLiteral("--lang"), QStringLiteral("en")} +
                                         args);
        p.write(input);
        p.closeWriteChannel();
        if (!finished.wait(20000))
            p.kill();
        return std::tuple{p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    };
    const auto [setCode, setOut, setErr] =
        run({QStringLiteral("secret"), QStringLiteral("set"), AlertChannels::webhookAccount()},
            url.toUtf8() + '\n');
    QVERIFY2(setCode == 0, setErr.constData());
    const auto [code, out, err] =
        run({QStringLiteral("alerts"), QStringLiteral("test"), QStringLiteral("--json")}, {});
    QVERIFY2(code == 0, QByteArray(out + err).constData());
    const QJsonObject o = QJsonDocument::fromJson(out).object();
    QCOMPARE(o.value(QStringLiteral("ok")).toBool(), true);
    const QJsonArray channels = o.value(QStringLiteral("channels")).toArray();
    QCOMPARE(channels.size(), 2);
    QCOMPARE(channels.at(0).toObject().value(QStringLiteral("channel")).toString(),
             QStringLiteral("system_log"));
    QCOMPARE(channels.at(1).toObject().value(QStringLiteral("channel")).toString(),
             QStringLiteral("webhook"));
    QCOMPARE(channels.at(1).toObject().value(QStringLiteral("detail")).toString(),
             QStringLiteral("127.0.0.1"));
    QVERIFY(!out.contains(kToken.toUtf8()) && !err.contains(kToken.toUtf8()));
    QCOMPARE(m_receiver->bodies.size(), 1);
    const QString text = QJsonDocument::fromJson(m_receiver->bodies.first())
                             .object()
                             .value(QStringLiteral("text"))
                             .toString();
    QVERIFY2(text.contains(QStringLiteral("test alert")), qPrintable(text));
    char buffer[8192];
    const ssize_t n = ::recv(fd, buffer, sizeof(buffer), MSG_DONTWAIT);
    QVERIFY(n > 0);
    QVERIFY(QByteArray(buffer, qsizetype(n)).startsWith("<20>mailwright["));

    // Nothing on: exit 78 (EX_CONFIG).
    QVERIFY(ini.open(QIODevice::WriteOnly | QIODevice::Truncate));
    ini.write("[smtp]\nhost = smtp.example.test\n[mailboxes]\nfrom = alerts@example.test\n");
    ini.close();
    const auto [offCode, offOut, offErr] =
        run({QStringLiteral("alerts"), QStringLiteral("test")}, {});
    QVERIFY2(offCode == 78, offErr.constData());
}

QTEST_GUILESS_MAIN(TestAlertWebhook)
#include "tst_alert_webhook.moc"
