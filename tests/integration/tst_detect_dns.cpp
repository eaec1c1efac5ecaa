// SPDX-License-Identifier: GPL-3.0-or-later
// "Get SMTP server address" against a real DNS server on loopback (dnsmasq serving SRV,
// MX and address records for example.test), an autoconfig document from a local HTTP
// server, and a real Exim: every candidate is probed, its source is shown, and the
// recommendation applied in one click works. Forged SRV answers (tests/servers/dns/
// spoofed.conf.in) point provider domains at a foreign host with a self-signed certificate:
// it is shown with a warning, never recommended without an explicit acceptance, and its
// certificate is never pinned. Nothing leaves the loopback interface.
// Over 600 lines on purpose: every test shares one dnsmasq, two Exim fixtures and the
// autoconfig server, which take most of a run to start; a split would start them twice.
#include "EximFixture.h"
#include "TestPaths.h"
#include "diagnostics/AutoDetector.h"
#include "protocol/SmtpSession.h"
#include "session/SmtpConfigFactory.h"

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
#include <QSslKey>
#include <QSslServer>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <memory>

using namespace mw;
using mw::test::EximFixture;

namespace {

// A tiny HTTP/1.0 server for the autoconfig document: GET of a known path → 200 and
// the body, anything else → 404. It records the paths asked for. With a certificate and
// key it speaks https.
class AutoconfigHttp : public QObject
{
public:
    bool start(const QString &certFile = {}, const QString &keyFile = {})
    {
        if (!certFile.isEmpty()) {
            auto *tls = new QSslServer(this);
            QSslConfiguration c = QSslConfiguration::defaultConfiguration();
            QFile cert(certFile);
            QFile key(keyFile);
            if (!cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
                return false;
            c.setLocalCertificate(QSslCertificate(cert.readAll()));
            c.setPrivateKey(QSslKey(key.readAll(), QSsl::Ec));
            tls->setSslConfiguration(c);
            m_server = tls;
        } else {
            m_server = new QTcpServer(this);
        }
        connect(m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *s = m_server->nextPendingConnection()) {
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
        return m_server->listen(QHostAddress::LocalHost, 0);
    }
    [[nodiscard]] quint16 port() const { return m_server->serverPort(); }
    void serve(const QByteArray &path, const QByteArray &body) { m_documents.insert(path, body); }
    [[nodiscard]] QStringList requests() const { return m_requests; }

private:
    QTcpServer *m_server = nullptr;
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
    void spoofedSrvForProviderDomain_data();
    void spoofedSrvForProviderDomain();
    void httpsAutoconfigIsAuthenticated();
    void cliDetect_data();
    void cliDetect();

private:
    AutoDetector::Options options() const;
    bool startDns(QString *error);
    DetectionReport detect(const QString &address, const AutoDetector::Options &o);

    std::unique_ptr<EximFixture> m_smtp;
    std::unique_ptr<EximFixture> m_foreign; // self-signed certificate, "the attacker's"
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
    QFile spoofed(QStringLiteral(MW_TEST_SOURCE_DIR "/servers/dns/spoofed.conf.in"));
    if (!spoofed.open(QIODevice::ReadOnly)) {
        *error = spoofed.errorString();
        return false;
    }
    const QByteArray tpl = in.readAll() + '\n' + spoofed.readAll();
    // A random 127.53.x.y: tests running in parallel each get their own port 53.
    for (int attempt = 0; attempt < 5; ++attempt) {
        const quint32 r = QRandomGenerator::global()->bounded(1u, 65000u);
        m_dnsAddress = QHostAddress((127u << 24) | (53u << 16) | r);
        QByteArray conf = tpl;
        conf.replace("@ADDRESS@", m_dnsAddress.toString().toLatin1());
        conf.replace("@TLS_PORT@", QByteArray::number(m_smtp->tlsPort()));
        conf.replace("@PLAIN_PORT@", QByteArray::number(m_smtp->plainPort()));
        conf.replace("@FOREIGN_TLS_PORT@", QByteArray::number(m_foreign->tlsPort()));
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
    m_foreign = std::make_unique<EximFixture>(QStringLiteral("self-signed-cert"));
    QVERIFY2(m_foreign->start(), qPrintable(m_foreign->errorString()));
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

DetectionReport TestDetectDns::detect(const QString &address, const AutoDetector::Options &o)
{
    AutoDetector d;
    QSignalSpy done(&d, &AutoDetector::finished);
    d.start(address, o);
    if (!done.wait(60000))
        return {};
    return done.first().first().value<DetectionReport>();
}

namespace {

bool proposesPin(const QList<SettingChange> &changes)
{
    return std::any_of(changes.cbegin(), changes.cend(), [](const SettingChange &c) {
        return c.key.endsWith(QLatin1String("/pin_sha256"));
    });
}

const DetectedCandidate *findCandidate(const DetectionReport &r, ProbeService s,
                                       const QString &host, quint16 port, SecurityMode m)
{
    for (const DetectedCandidate &c : r.candidates) {
        if (c.service == s && c.host == host && c.port == port && c.mode == m)
            return &c;
    }
    return nullptr;
}

} // namespace

void TestDetectDns::detectFindsProbesAndRecommends()
{
    // The SRV records of example.test name "localhost": a host outside the domain, found
    // only by DNS (and an http autoconfig document, no better). It works, and is shown
    // with its warning, but it is not recommended until foreign hosts are accepted.
    const DetectionReport refused = detect(QStringLiteral("admin@example.test"), options());
    QVERIFY2(refused.error.isEmpty(), qPrintable(refused.error));
    QCOMPARE(refused.domain, QStringLiteral("example.test"));
    QVERIFY2(!refused.recommended(ProbeService::Smtp), qPrintable(refused.smtp.recommendation));
    QVERIFY(refused.recommendedChanges(MailSettings{}, ProbeService::Smtp).isEmpty());
    const DetectedCandidate *foreign =
        findCandidate(refused, ProbeService::Smtp, QStringLiteral("localhost"), m_smtp->tlsPort(),
                      SecurityMode::ImplicitTls);
    QVERIFY(foreign && foreign->offered() && foreign->probe.works);
    QVERIFY(foreign->foreign);
    QVERIFY(!foreign->authenticated);
    QVERIFY2(foreign->warning.contains(QLatin1String("outside example.test")),
             qPrintable(foreign->warning));
    QVERIFY2(refused.smtp.recommendation.contains(QLatin1String("localhost answers but is outside "
                                                                "example.test")),
             qPrintable(refused.smtp.recommendation));
    QVERIFY(!refused.refusedForeign.isEmpty());
    QCOMPARE(refused.refusedForeign.first().host, QStringLiteral("localhost"));

    AutoDetector::Options accepting = options();
    accepting.acceptForeignHosts = true;
    AutoDetector d;
    QSignalSpy done(&d, &AutoDetector::finished);
    QSignalSpy probed(&d, &AutoDetector::candidateProbed);
    d.start(QStringLiteral("admin@example.test"), accepting);
    QVERIFY(done.wait(60000));
    const DetectionReport r = done.first().first().value<DetectionReport>();
    const QString log = r.log.join(QLatin1Char('\n'));
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QVERIFY(probed.count() > 0);
    QVERIFY(r.refusedForeign.isEmpty());

    // The recommendation: implicit TLS on the port the SRV record names, from SRV and
    // autoconfig both.
    const DetectedCandidate *smtp = r.recommended(ProbeService::Smtp);
    QVERIFY2(smtp, qPrintable(r.smtp.recommendation + QLatin1Char('\n') + log));
    QCOMPARE(smtp->host, QStringLiteral("localhost"));
    QCOMPARE(smtp->port, m_smtp->tlsPort());
    QCOMPARE(smtp->mode, SecurityMode::ImplicitTls);
    QCOMPARE(smtp->source, DetectionSource::Srv);
    QVERIFY(smtp->foreign);
    QVERIFY(smtp->probe.works);
    QVERIFY(smtp->sources.contains(QStringLiteral("SRV _submissions._tcp.example.test")));
    bool fromAutoconfig = false;
    for (const QString &s : smtp->sources)
        fromAutoconfig =
            fromAutoconfig || s.startsWith(QLatin1String("autoconfig http://127.0.0.1"));
    QVERIFY2(fromAutoconfig, qPrintable(smtp->sources.join(QLatin1Char('|'))));
    QCOMPARE(smtp->userName, QStringLiteral("admin@example.test"));

    auto find = [&r](ProbeService s, const QString &host, quint16 port, SecurityMode m) {
        return findCandidate(r, s, host, port, m);
    };
    // The STARTTLS record is offered too.
    const DetectedCandidate *sub = find(ProbeService::Smtp, QStringLiteral("localhost"),
                                        m_smtp->plainPort(), SecurityMode::StartTls);
    QVERIFY(sub && sub->offered());
    QCOMPARE(sub->source, DetectionSource::Srv);
    // The MX host and the smtp. guess answer, but their certificate is for "localhost":
    // probed, shown with the reason, never recommended, and (found by DNS) never offered
    // with a pin, though they are inside the domain.
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
        QVERIFY(!c->foreign);
        QVERIFY2(c->warning.contains(QLatin1String("not trusted automatically")),
                 qPrintable(c->warning));
        QVERIFY(!proposesPin(DetectionReport::changesFor(*c, MailSettings{})));
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
    o.acceptForeignHosts = true; // the SRV records name "localhost"
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

void TestDetectDns::spoofedSrvForProviderDomain_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("testTable"); // a provider table whose server is the fixture
    QTest::addColumn<bool>("acceptForeign");
    QTest::addColumn<QString>("recommended"); // "" : nothing
    // The provider's own server answers: it is recommended, the forged one is only listed.
    QTest::newRow("provider-server-answers")
        << "alerts@mailhost.test" << true << false << "localhost";
    // The issue's case: smtp.gmail.com cannot be reached, the forged SRV host can. It was
    // recommended, with its self-signed certificate pinned; now nothing is.
    QTest::newRow("gmail-server-unreachable") << "alerts@gmail.com" << false << false << "";
    // Accepting foreign hosts does not pin the forged host's certificate either.
    QTest::newRow("gmail-accepting-foreign-hosts") << "alerts@gmail.com" << false << true << "";
}

void TestDetectDns::spoofedSrvForProviderDomain()
{
    QFETCH(QString, address);
    QFETCH(bool, testTable);
    QFETCH(bool, acceptForeign);
    QFETCH(QString, recommended);
    AutoDetector::Options o = options();
    o.useAutoconfig = false;
    o.useGuesses = false;
    o.pop3 = false;
    o.acceptForeignHosts = acceptForeign;
    if (testTable) {
        Provider p;
        p.id = QStringLiteral("mailhost");
        p.name = QStringLiteral("Mailhost (test)");
        p.domains = {QStringLiteral("mailhost.test")};
        p.servers = {{ProbeService::Smtp, QStringLiteral("localhost"), m_smtp->tlsPort(),
                      SecurityMode::ImplicitTls}};
        p.authNotes = QStringLiteral("test provider");
        o.providers = {p};
    }
    const DetectionReport r = detect(address, o);
    const QString log = r.log.join(QLatin1Char('\n'));
    QVERIFY2(log.contains(QStringLiteral("evil.attacker.test:%1").arg(m_foreign->tlsPort())),
             qPrintable(log));

    // The forged host: probed, works once its certificate is trusted, marked foreign.
    const DetectedCandidate *evil =
        findCandidate(r, ProbeService::Smtp, QStringLiteral("evil.attacker.test"),
                      m_foreign->tlsPort(), SecurityMode::ImplicitTls);
    QVERIFY2(evil, qPrintable(log));
    QVERIFY(evil->probed);
    QVERIFY(evil->probe.needsTrust());
    QCOMPARE(evil->source, DetectionSource::Srv);
    QVERIFY(!evil->authenticated);
    QVERIFY(evil->foreign);
    QVERIFY2(evil->warning.contains(QLatin1String("evil.attacker.test is outside")),
             qPrintable(evil->warning));
    // Its certificate is never pinned: not by the recommendation, not by applying it.
    QVERIFY(!proposesPin(DetectionReport::changesFor(*evil, MailSettings{})));
    QVERIFY(!proposesPin(r.recommendedChanges(MailSettings{}, ProbeService::Smtp)));
    QVERIFY(!r.smtp.recommendationNeedsTrust);

    const DetectedCandidate *best = r.recommended(ProbeService::Smtp);
    if (recommended.isEmpty()) {
        QVERIFY2(!best, qPrintable(best ? best->host : QString()));
        QVERIFY2(r.smtp.recommendation.contains(QLatin1String("evil.attacker.test")),
                 qPrintable(r.smtp.recommendation));
        QCOMPARE(r.refusedForeign.isEmpty(), acceptForeign);
        // The table's server was listed, and could not be probed here.
        const DetectedCandidate *table =
            findCandidate(r, ProbeService::Smtp, QStringLiteral("smtp.gmail.com"), 465,
                          SecurityMode::ImplicitTls);
        QVERIFY(table && !table->probed && table->authenticated && !table->foreign);
        return;
    }
    QVERIFY2(best, qPrintable(r.smtp.recommendation + QLatin1Char('\n') + log));
    QCOMPARE(best->host, recommended);
    QCOMPARE(best->source, DetectionSource::ProviderTable);
    QVERIFY(best->authenticated);
    QVERIFY(!best->foreign);
    QVERIFY(best->probe.works);
    // Ranked first: an authenticated source before DNS.
    QCOMPARE(r.candidates.first().host, recommended);
}

void TestDetectDns::httpsAutoconfigIsAuthenticated()
{
    // autoconfig over https with a verified certificate speaks for the domain: the host it
    // names may be outside the domain ("localhost" for example.test) and is recommended
    // without a confirmation. The same document over http (the other tests) is not.
    AutoconfigHttp https;
    QString key = m_smtp->certFile();
    key.replace(QLatin1String(".pem"), QLatin1String(".key"));
    QVERIFY(https.start(m_smtp->certFile(), key));
    https.serve("/example.test/mail/config-v1.1.xml",
                QByteArrayLiteral("<clientConfig><emailProvider id='example.test'>"
                                  "<outgoingServer type='smtp'><hostname>localhost</hostname>"
                                  "<port>") +
                    QByteArray::number(m_smtp->plainPort()) +
                    QByteArrayLiteral("</port><socketType>STARTTLS</socketType>"
                                      "</outgoingServer></emailProvider></clientConfig>"));
    AutoDetector::Options o = options();
    o.useSrv = false;
    o.useGuesses = false;
    o.pop3 = false;
    o.autoconfigUrls = {QStringLiteral("https://localhost:%1/%2/mail/config-v1.1.xml")
                            .arg(https.port())
                            .arg(QStringLiteral("%1"))};
    const DetectionReport r = detect(QStringLiteral("admin@example.test"), o);
    const QString log = r.log.join(QLatin1Char('\n'));
    const DetectedCandidate *best = r.recommended(ProbeService::Smtp);
    QVERIFY2(best, qPrintable(r.smtp.recommendation + QLatin1Char('\n') + log));
    QCOMPARE(best->host, QStringLiteral("localhost"));
    QCOMPARE(best->port, m_smtp->plainPort());
    QCOMPARE(best->source, DetectionSource::Autoconfig);
    QVERIFY(best->authenticated);
    QVERIFY(!best->foreign);
    QVERIFY(best->warning.isEmpty());
    QVERIFY(https.requests().contains(QStringLiteral("/example.test/mail/config-v1.1.xml")));
}

void TestDetectDns::cliDetect_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("acceptForeign");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("recommended"); // "" : nothing
    // The issue's reproduction: a forged SRV for gmail.com names a foreign host with a
    // self-signed certificate. It was recommended with smtp/pin_sha256 (exit 0).
    QTest::newRow("forged-gmail-srv") << "alerts@gmail.com" << false << 77 << "";
    // Accepted, it is still not pinned, so still nothing to recommend.
    QTest::newRow("forged-gmail-srv-accepted") << "alerts@gmail.com" << true << 69 << "";
    // example.test's SRV records name "localhost" (a working, trusted server).
    QTest::newRow("foreign-srv-refused") << "admin@example.test" << false << 77 << "";
    QTest::newRow("foreign-srv-accepted") << "admin@example.test" << true << 0 << "localhost";
}

void TestDetectDns::cliDetect()
{
    QFETCH(QString, address);
    QFETCH(bool, acceptForeign);
    QFETCH(int, exitCode);
    QFETCH(QString, recommended);
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_work.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_work.filePath(QStringLiteral("data")));
    p.setProcessEnvironment(env);
    QStringList args{QStringLiteral("--config"),
                     m_work.filePath(QStringLiteral("none.ini")),
                     QStringLiteral("--json"),
                     QStringLiteral("detect"),
                     address,
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
                     QStringLiteral("3")};
    if (acceptForeign)
        args << QStringLiteral("--accept-foreign-host");
    p.start(QStringLiteral(MW_CLI_PATH), args);
    QVERIFY(p.waitForFinished(60000));
    const QByteArray out = p.readAllStandardOutput();
    const QJsonObject o = QJsonDocument::fromJson(out.trimmed().split('\n').last()).object();
    // Whatever happens, no certificate pin is proposed for a host DNS named.
    QVERIFY2(!out.contains("pin_sha256"), out.constData());
    QCOMPARE(p.exitCode(), exitCode);
    QCOMPARE(o.value(QLatin1String("ok")).toBool(), !recommended.isEmpty());
    const QString foreignHost = address.endsWith(QLatin1String("gmail.com"))
                                    ? QStringLiteral("evil.attacker.test")
                                    : QStringLiteral("localhost");
    bool listed = false;
    for (const QJsonValue &v : o.value(QLatin1String("candidates")).toArray()) {
        const QJsonObject c = v.toObject();
        if (c.value(QLatin1String("host")).toString() != foreignHost)
            continue;
        listed = true;
        QVERIFY(c.value(QLatin1String("foreign")).toBool());
        QVERIFY(!c.value(QLatin1String("authenticated")).toBool());
        QVERIFY(c.value(QLatin1String("warning")).toString().contains(QLatin1String("outside")));
    }
    QVERIFY2(listed, out.constData());
    if (exitCode == 77) {
        // Says why: the JSON field, the refused host and the way out.
        QVERIFY2(o.value(QLatin1String("foreign_host_refused")).toBool(), out.constData());
        QCOMPARE(o.value(QLatin1String("refused_foreign_hosts"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("host"))
                     .toString(),
                 foreignHost);
        QVERIFY(o.value(QLatin1String("message")).toString().contains(foreignHost));
        QVERIFY(o.value(QLatin1String("hint"))
                    .toString()
                    .contains(QLatin1String("--accept-foreign-host")));
    } else {
        QVERIFY(!o.value(QLatin1String("foreign_host_refused")).toBool());
    }
    if (recommended.isEmpty()) {
        QVERIFY(!o.contains(QLatin1String("recommended_smtp")));
        return;
    }
    const QJsonObject rec = o.value(QLatin1String("recommended_smtp")).toObject();
    QCOMPARE(rec.value(QLatin1String("host")).toString(), recommended);
    QCOMPARE(rec.value(QLatin1String("port")).toInt(), int(m_smtp->tlsPort()));
    QCOMPARE(rec.value(QLatin1String("mode")).toString(), QStringLiteral("tls"));
    QVERIFY(rec.value(QLatin1String("foreign")).toBool());
    QVERIFY(rec.value(QLatin1String("sources"))
                .toArray()
                .contains(QStringLiteral("SRV _submissions._tcp.example.test")));
    QVERIFY(!rec.value(QLatin1String("changes")).toArray().isEmpty());
}

QTEST_GUILESS_MAIN(TestDetectDns)
#include "tst_detect_dns.moc"
