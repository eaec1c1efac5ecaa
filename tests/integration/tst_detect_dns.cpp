// SPDX-License-Identifier: GPL-3.0-or-later
// "Get SMTP server address" against a real DNS server on loopback (dnsmasq serving SRV,
// MX and address records for example.test), an autoconfig document from a local HTTP
// server, and a real Exim: every candidate is probed, its source is shown, and the
// recommendation applied in one click works. Nothing leaves the loopback interface.
#include "EximFixture.h"
#include "TestPaths.h"
#include "delivery/SmtpConfigFactory.h"
#include "diagnostics/AutoDetector.h"
#include "protocol/SmtpSession.h"

#include <QDnsLookup>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace mw;
using mw::test::EximFixture;

namespace {

// A tiny HTTP/1.0 server for the autoconfig document: GET of a known path → 200 and
// the body, anything else → 404. It records the paths asked for.
class AutoconfigHttp : public QObject
{
public:
    bool start()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, s, [this, s] {
                    m_buffer[s] += s->readAll();
                    if (!m_buffer[s].contains("\r\n\r\n"))
                        return;
                    const QList<QByteArray> first =
                        m_buffer[s].left(m_buffer[s].indexOf("\r\n")).split(' ');
                    const QByteArray path = first.value(1);
                    m_requests << QString::fromLatin1(path);
                    const QByteArray plainPath =
                        path.left(path.indexOf('?') < 0 ? path.size() : path.indexOf('?'));
                    QByteArray reply;
                    if (m_documents.contains(plainPath)) {
                        const QByteArray body = m_documents.value(plainPath);
                        reply = "HTTP/1.0 200 OK\r\nContent-Type: text/xml\r\nContent-Length: " +
                                QByteArray::number(body.size()) + "\r\n\r\n" + body;
                    } else {
                        reply = "HTTP/1.0 404 Not Found\r\nContent-Length: 0\r\n\r\n";
                    }
                    s->write(reply);
                    s->disconnectFromHost();
                });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
        return m_server.listen(QHostAddress::LocalHost, 0);
    }
    [[nodiscard]] quint16 port() const { return m_server.serverPort(); }
    void serve(const QByteArray &path, const QByteArray &body) { m_documents.insert(path, body); }
    [[nodiscard]] QStringList requests() const { return m_requests; }

private:
    QTcpServer m_server;
    QHash<QByteArray, QByteArray> m_documents;
    QHash<QTcpSocket *, QByteArray> m_buffer;
    QStringList m_requests;
};

} // namespace

class TestDetectDns : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void detectFindsProbesAndRecommends();
    void providerTableIsOfferedWithNotesWithoutProbing_data();
    void providerTableIsOfferedWithNotesWithoutProbing();
    void inputWithoutDomainIsRefused();
    void autoconfigThatDripsOrFloods();
    void cliDetect();

private:
    AutoDetector::Options options() const;
    bool startDns(QString *error);

    std::unique_ptr<EximFixture> m_smtp;
    AutoconfigHttp m_http;
    QTemporaryDir m_work;
    QProcess m_dns;
    QHostAddress m_dnsAddress;
};

bool TestDetectDns::startDns(QString *error)
{
    QFile in(QStringLiteral(MW_TEST_SOURCE_DIR "/servers/dns/dnsmasq.conf.in"));
    if (!in.open(QIODevice::ReadOnly)) {
        *error = in.errorString();
        return false;
    }
    const QByteArray tpl = in.readAll();
    // A random 127.53.x.y: tests running in parallel each get their own port 53.
    for (int attempt = 0; attempt < 5; ++attempt) {
        const quint32 r = QRandomGenerator::global()->bounded(1u, 65000u);
        m_dnsAddress = QHostAddress((127u << 24) | (53u << 16) | r);
        QByteArray conf = tpl;
        conf.replace("@ADDRESS@", m_dnsAddress.toString().toLatin1());
        conf.replace("@TLS_PORT@", QByteArray::number(m_smtp->tlsPort()));
        conf.replace("@PLAIN_PORT@", QByteArray::number(m_smtp->plainPort()));
        const QString path = m_work.filePath(QStringLiteral("dnsmasq-%1.conf").arg(attempt));
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(conf) != conf.size()) {
            *error = out.errorString();
            return false;
        }
        out.close();
        m_dns.setProcessChannelMode(QProcess::MergedChannels);
        m_dns.start(QStringLiteral("dnsmasq"), {QStringLiteral("--keep-in-foreground"),
                                                QStringLiteral("--conf-file=") + path});
        if (!m_dns.waitForStarted(5000)) {
            *error = QStringLiteral("dnsmasq: %1 (apt-get install dnsmasq-base)")
                         .arg(m_dns.errorString());
            return false;
        }
        // Ready when it answers; it exits at once when the address is taken.
        for (int i = 0; i < 50; ++i) {
            if (m_dns.state() != QProcess::Running)
                break;
            QDnsLookup probe(QDnsLookup::A, QStringLiteral("ready.example.test"), m_dnsAddress);
            QSignalSpy done(&probe, &QDnsLookup::finished);
            probe.lookup();
            if (done.wait(2000) && probe.error() == QDnsLookup::NoError)
                return true;
            QTest::qWait(100);
        }
        *error = QString::fromLocal8Bit(m_dns.readAll());
        m_dns.kill();
        m_dns.waitForFinished(5000);
    }
    return false;
}

void TestDetectDns::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_work.isValid());
    m_smtp = std::make_unique<EximFixture>();
    QVERIFY2(m_smtp->start(), qPrintable(m_smtp->errorString()));
    QString error;
    QVERIFY2(startDns(&error), qPrintable(error));
    QVERIFY(m_http.start());
    m_http.serve("/example.test/mail/config-v1.1.xml", QByteArrayLiteral(R"(<?xml version="1.0"?>
<clientConfig version="1.1">
  <emailProvider id="example.test">
    <domain>example.test</domain>
    <incomingServer type="imap">
      <hostname>imap.example.test</hostname><port>993</port><socketType>SSL</socketType>
    </incomingServer>
    <incomingServer type="pop3">
      <hostname>localhost</hostname><port>1</port><socketType>SSL</socketType>
      <username>%EMAILLOCALPART%</username>
    </incomingServer>
    <outgoingServer type="smtp">
      <hostname>localhost</hostname><port>)") + QByteArray::number(m_smtp->tlsPort()) +
                                                           QByteArrayLiteral(R"(</port>
      <socketType>SSL</socketType>
      <username>%EMAILADDRESS%</username>
      <authentication>password-cleartext</authentication>
    </outgoingServer>
  </emailProvider>
</clientConfig>
)"));
}

void TestDetectDns::cleanupTestCase()
{
    if (m_dns.state() == QProcess::Running) {
        m_dns.terminate();
        if (!m_dns.waitForFinished(5000))
            m_dns.kill();
    }
}

AutoDetector::Options TestDetectDns::options() const
{
    AutoDetector::Options o;
    o.nameserver = m_dnsAddress;
    o.autoconfigUrls = {QStringLiteral("http://127.0.0.1:%1/%2/mail/config-v1.1.xml")
                            .arg(m_http.port())
                            .arg(QStringLiteral("%1")),
                        QStringLiteral("http://127.0.0.1:%1/.well-known/%2/none.xml")
                            .arg(m_http.port())
                            .arg(QStringLiteral("%1"))};
    // Hosts of unknown port (MX, guesses) are tried on the fixture's ports.
    o.smtpAttempts = {{SecurityMode::ImplicitTls, m_smtp->tlsPort()},
                      {SecurityMode::StartTls, m_smtp->plainPort()}};
    o.pop3Attempts = {{SecurityMode::ImplicitTls, 1}};
    o.trust.caFile = m_smtp->caFile();
    o.loopbackOnly = true;
    o.probeTimeoutSeconds = 3;
    o.lookupTimeoutMs = 5000;
    return o;
}

void TestDetectDns::detectFindsProbesAndRecommends()
{
    AutoDetector d;
    QSignalSpy done(&d, &AutoDetector::finished);
    QSignalSpy probed(&d, &AutoDetector::candidateProbed);
    d.start(QStringLiteral("admin@example.test"), options());
    QVERIFY(done.wait(60000));
    const DetectionReport r = done.first().first().value<DetectionReport>();
    const QString log = r.log.join(QLatin1Char('\n'));
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.domain, QStringLiteral("example.test"));
    QVERIFY(probed.count() > 0);

    // The recommendation: implicit TLS on the port the SRV record names, from SRV and
    // autoconfig both.
    const DetectedCandidate *smtp = r.recommended(ProbeService::Smtp);
    QVERIFY2(smtp, qPrintable(r.smtp.recommendation + QLatin1Char('\n') + log));
    QCOMPARE(smtp->host, QStringLiteral("localhost"));
    QCOMPARE(smtp->port, m_smtp->tlsPort());
    QCOMPARE(smtp->mode, SecurityMode::ImplicitTls);
    QCOMPARE(smtp->source, DetectionSource::Srv);
    QVERIFY(smtp->probe.works);
    QVERIFY(smtp->sources.contains(QStringLiteral("SRV _submissions._tcp.example.test")));
    bool fromAutoconfig = false;
    for (const QString &s : smtp->sources)
        fromAutoconfig =
            fromAutoconfig || s.startsWith(QLatin1String("autoconfig http://127.0.0.1"));
    QVERIFY2(fromAutoconfig, qPrintable(smtp->sources.join(QLatin1Char('|'))));
    QCOMPARE(smtp->userName, QStringLiteral("admin@example.test"));

    auto find = [&r](ProbeService s, const QString &host, quint16 port,
                     SecurityMode m) -> const DetectedCandidate * {
        for (const DetectedCandidate &c : r.candidates) {
            if (c.service == s && c.host == host && c.port == port && c.mode == m)
                return &c;
        }
        return nullptr;
    };
    // The STARTTLS record is offered too.
    const DetectedCandidate *sub = find(ProbeService::Smtp, QStringLiteral("localhost"),
                                        m_smtp->plainPort(), SecurityMode::StartTls);
    QVERIFY(sub && sub->offered());
    QCOMPARE(sub->source, DetectionSource::Srv);
    // The MX host and the smtp. guess answer, but their certificate is for "localhost":
    // probed, shown with the reason, never recommended.
    for (const QString &host :
         {QStringLiteral("mx.example.test"), QStringLiteral("smtp.example.test")}) {
        const DetectedCandidate *c =
            find(ProbeService::Smtp, host, m_smtp->tlsPort(), SecurityMode::ImplicitTls);
        QVERIFY2(c, qPrintable(host));
        QVERIFY(c->probed);
        QVERIFY(!c->probe.works);
        QCOMPARE(c->probe.result.errorClass, ErrorClass::TlsCertificate);
        QVERIFY(c->probe.needsTrust());
        QCOMPARE(c->source, host.startsWith(QLatin1String("mx")) ? DetectionSource::Mx
                                                                 : DetectionSource::Guess);
        QCOMPARE(c->addresses, QList<QHostAddress>{QHostAddress::LocalHost});
    }
    // A guess that does not resolve is listed, not probed.
    const DetectedCandidate *mail = find(ProbeService::Smtp, QStringLiteral("mail.example.test"),
                                         m_smtp->tlsPort(), SecurityMode::ImplicitTls);
    QVERIFY(mail && !mail->probed && mail->skipped.contains(QLatin1String("does not resolve")));
    // POP3: "." SRV is reported; the autoconfig POP3 server is probed and refused.
    QVERIFY2(log.contains(QLatin1String("_pop3s._tcp.example.test")) &&
                 log.contains(QLatin1String("not offered")),
             qPrintable(log));
    const DetectedCandidate *pop =
        find(ProbeService::Pop3, QStringLiteral("localhost"), 1, SecurityMode::ImplicitTls);
    QVERIFY(pop && pop->probed && !pop->offered());
    QCOMPARE(pop->userName, QStringLiteral("admin"));
    QVERIFY(!r.recommended(ProbeService::Pop3));
    // The IMAP server of the document is not a candidate.
    QVERIFY(!find(ProbeService::Pop3, QStringLiteral("imap.example.test"), 993,
                  SecurityMode::ImplicitTls));
    QVERIFY(m_http.requests().contains(QStringLiteral("/example.test/mail/config-v1.1.xml")));

    // One click: the changes turn empty settings into ones that work.
    MailSettings s;
    s.smtp.caFile = m_smtp->caFile();
    s.smtp.auth = MailSettings::SmtpAuth::None;
    const QList<SettingChange> changes = r.recommendedChanges(s, ProbeService::Smtp);
    QCOMPARE(applySettingChanges(s, changes), QStringList());
    QCOMPARE(s.smtp.host, QStringLiteral("localhost"));
    QCOMPARE(s.smtp.port, int(m_smtp->tlsPort()));
    QCOMPARE(s.smtp.security, MailSettings::SmtpSecurity::Tls);
    QCOMPARE(s.smtp.username, QStringLiteral("admin@example.test"));
    SmtpSession session;
    QSignalSpy sdone(&session, &SmtpSession::finished);
    session.start(smtpConfigFrom(s, QString()), {}, Phase::Ehlo);
    QVERIFY(sdone.wait(30000));
    QVERIFY(sdone.first().first().value<Result>().ok);
}

void TestDetectDns::providerTableIsOfferedWithNotesWithoutProbing_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("source");
    QTest::newRow("gmail-address-domain") << "someone@gmail.com"
                                          << "smtp.gmail.com"
                                          << "address domain";
    QTest::newRow("custom-domain-hosted-by-google-mx") << "ops@custom.test"
                                                       << "smtp.gmail.com"
                                                       << "MX aspmx.l.google.com";
    QTest::newRow("outlook-com") << "a@outlook.com"
                                 << "smtp-mail.outlook.com"
                                 << "address domain";
}

void TestDetectDns::providerTableIsOfferedWithNotesWithoutProbing()
{
    QFETCH(QString, address);
    QFETCH(QString, host);
    QFETCH(QString, source);
    AutoDetector::Options o = options();
    o.probe = false; // the table is data: tests never contact a real provider
    o.useGuesses = false;
    AutoDetector d;
    QSignalSpy done(&d, &AutoDetector::finished);
    d.start(address, o);
    QVERIFY(done.wait(30000));
    const DetectionReport r = done.first().first().value<DetectionReport>();
    bool found = false;
    for (const DetectedCandidate &c : r.candidates) {
        QVERIFY(!c.probed);
        if (c.host == host && c.service == ProbeService::Smtp) {
            found = true;
            QCOMPARE(c.source, DetectionSource::ProviderTable);
            QVERIFY2(c.sources.first().contains(source), qPrintable(c.sources.first()));
            QVERIFY(c.notes.contains(QLatin1String("app password")));
        }
    }
    QVERIFY2(found, qPrintable(r.log.join(QLatin1Char('\n'))));
    QVERIFY(!r.recommended(ProbeService::Smtp)); // nothing unprobed is recommended
}

void TestDetectDns::autoconfigThatDripsOrFloods()
{
    // Two autoconfig servers posing as the domain's: one announces 100,000 octets and
    // sends one every 200 ms (never silent for the timeout), one sends 8 MB at once.
    QTcpServer hostile;
    QVERIFY(hostile.listen(QHostAddress::LocalHost, 0));
    QList<QPointer<QTcpSocket>> drips;
    QTimer drip;
    connect(&hostile, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *s = hostile.nextPendingConnection()) {
            connect(s, &QTcpSocket::readyRead, s, [&, s] {
                const QByteArray request = s->readAll();
                if (request.startsWith("GET /drip/")) {
                    s->write("HTTP/1.0 200 OK\r\nContent-Type: text/xml\r\n"
                             "Content-Length: 100000\r\n\r\n<");
                    drips << s;
                    drip.start(200);
                } else {
                    const QByteArray body(8 << 20, ' ');
                    s->write("HTTP/1.0 200 OK\r\nContent-Type: text/xml\r\nContent-Length: " +
                             QByteArray::number(body.size()) + "\r\n\r\n" + body);
                }
            });
        }
    });
    connect(&drip, &QTimer::timeout, this, [&] {
        for (const QPointer<QTcpSocket> &s : std::as_const(drips))
            if (s)
                s->write(" ");
    });
    AutoDetector::Options o = options();
    o.autoconfigUrls = {QStringLiteral("http://127.0.0.1:%1/drip/%2/config.xml")
                            .arg(hostile.serverPort())
                            .arg(QStringLiteral("%1")),
                        QStringLiteral("http://127.0.0.1:%1/flood/%2/config.xml")
                            .arg(hostile.serverPort())
                            .arg(QStringLiteral("%1"))};
    o.lookupTimeoutMs = 2000;
    AutoDetector d;
    QSignalSpy done(&d, &AutoDetector::finished);
    QElapsedTimer clock;
    clock.start();
    d.start(QStringLiteral("admin@example.test"), o);
    QVERIFY2(done.wait(45000), "the detection waited for the dripping server");
    const DetectionReport r = done.first().first().value<DetectionReport>();
    const QString log = r.log.join(QLatin1Char('\n'));
    QVERIFY2(log.contains(QStringLiteral("/drip/example.test/config.xml: ")), qPrintable(log));
    QVERIFY2(log.contains(QStringLiteral("/flood/example.test/config.xml: the autoconfig "
                                         "document is too large")),
             qPrintable(log));
    // The DNS-found servers are still probed and recommended.
    QVERIFY2(r.recommended(ProbeService::Smtp), qPrintable(log));
    qInfo("detection with a dripping and a flooding autoconfig server: %lld ms",
          qint64(clock.elapsed()));
}

void TestDetectDns::inputWithoutDomainIsRefused()
{
    AutoDetector d;
    QSignalSpy done(&d, &AutoDetector::finished);
    d.start(QStringLiteral("nobody"), options());
    QVERIFY(done.wait(5000));
    const DetectionReport r = done.first().first().value<DetectionReport>();
    QVERIFY(!r.error.isEmpty());
    QVERIFY(r.candidates.isEmpty());
}

void TestDetectDns::cliDetect()
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_work.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_work.filePath(QStringLiteral("data")));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(MW_CLI_PATH),
            {QStringLiteral("--config"),
             m_work.filePath(QStringLiteral("none.ini")),
             QStringLiteral("--json"),
             QStringLiteral("detect"),
             QStringLiteral("admin@example.test"),
             QStringLiteral("--nameserver"),
             m_dnsAddress.toString(),
             QStringLiteral("--autoconfig-url"),
             QStringLiteral("http://127.0.0.1:%1/%2/mail/config-v1.1.xml")
                 .arg(m_http.port())
                 .arg(QStringLiteral("%1")),
             QStringLiteral("--smtp-port"),
             QStringLiteral("%1:tls").arg(m_smtp->tlsPort()),
             QStringLiteral("--smtp-port"),
             QStringLiteral("%1:starttls").arg(m_smtp->plainPort()),
             QStringLiteral("--pop3-port"),
             QStringLiteral("1:tls"),
             QStringLiteral("--ca-file"),
             m_smtp->caFile(),
             QStringLiteral("--loopback-only"),
             QStringLiteral("--timeout"),
             QStringLiteral("3")});
    QVERIFY(p.waitForFinished(60000));
    const QByteArray out = p.readAllStandardOutput();
    QCOMPARE(p.exitCode(), 0);
    const QJsonObject o = QJsonDocument::fromJson(out.trimmed().split('\n').last()).object();
    QVERIFY2(o.value(QLatin1String("ok")).toBool(), out.constData());
    const QJsonObject rec = o.value(QLatin1String("recommended_smtp")).toObject();
    QCOMPARE(rec.value(QLatin1String("host")).toString(), QStringLiteral("localhost"));
    QCOMPARE(rec.value(QLatin1String("port")).toInt(), int(m_smtp->tlsPort()));
    QCOMPARE(rec.value(QLatin1String("mode")).toString(), QStringLiteral("tls"));
    QVERIFY(rec.value(QLatin1String("sources"))
                .toArray()
                .contains(QStringLiteral("SRV _submissions._tcp.example.test")));
    QVERIFY(!rec.value(QLatin1String("changes")).toArray().isEmpty());
}

QTEST_GUILESS_MAIN(TestDetectDns)
#include "tst_detect_dns.moc"
