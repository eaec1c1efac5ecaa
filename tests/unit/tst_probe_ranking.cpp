// SPDX-License-Identifier: GPL-3.0-or-later
// The pure parts of the diagnostics: mode-mismatch recognition, certificate expiry and
// pin verdicts, ranking and recommendation, the autoconfig parser and the provider table;
// which detected hosts are foreign, and how a detection ranks and recommends its candidates.
#include "diagnostics/AutoconfigParser.h"
#include "diagnostics/CertificateReport.h"
#include "diagnostics/DetectionReport.h"
#include "diagnostics/ModeMismatch.h"
#include "diagnostics/ProbeReport.h"
#include "diagnostics/ProviderTable.h"

#include <QTest>

using namespace mw;

Q_DECLARE_METATYPE(mw::SecurityMode)
Q_DECLARE_METATYPE(mw::ErrorClass)
Q_DECLARE_METATYPE(mw::Phase)

namespace {

ModeReport mode(SecurityMode m, quint16 port, bool ok, ErrorClass c = ErrorClass::None,
                const QStringList &caps = {}, const QStringList &auth = {})
{
    ModeReport r;
    r.mode = m;
    r.port = port;
    r.host = QStringLiteral("mail.example.test");
    r.result.ok = ok;
    r.result.errorClass = c;
    r.result.phase = ok ? Phase::Done : Phase::Tls;
    r.result.capabilities = caps;
    r.result.authMechanisms = auth;
    r.result.stages = {{Phase::Connect, true, 1}};
    if (ok && m != SecurityMode::Plain)
        r.result.tlsProtocol = QStringLiteral("TLSv1.3");
    if (m != SecurityMode::Plain && (ok || c == ErrorClass::TlsCertificate)) {
        r.result.certificate.sha256 = QStringLiteral("ab").repeated(32);
        r.result.certificate.notAfter = QDateTime::currentDateTimeUtc().addDays(100);
        r.result.certificate.notBefore = QDateTime::currentDateTimeUtc().addDays(-1);
        if (!ok)
            r.result.certificateErrors = {QStringLiteral("The host name did not match")};
    }
    r.classify({});
    return r;
}

DetectedCandidate candidate(const QString &host, DetectionSource source, bool authenticated,
                            SecurityMode m, bool ok, ErrorClass c = ErrorClass::None)
{
    DetectedCandidate d;
    d.host = host;
    d.mode = m;
    d.port = m == SecurityMode::ImplicitTls ? 465 : 587;
    d.source = source;
    d.authenticated = authenticated;
    d.sources = {detectionSourceId(source)};
    d.probed = true;
    d.probe = mode(m, d.port, ok, c, {}, {QStringLiteral("PLAIN")});
    d.probe.host = host;
    return d;
}

} // namespace

class TestProbeRanking : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mismatch_data();
    void mismatch();
    void certificate_data();
    void certificate();
    void ranking_data();
    void ranking();
    void autoconfig_data();
    void autoconfig();
    void providers();
    void foreignHost_data();
    void foreignHost();
    void detectionRanking_data();
    void detectionRanking();
    void pop3ApopProposal();
};

void TestProbeRanking::mismatch_data()
{
    QTest::addColumn<SecurityMode>("attempted");
    QTest::addColumn<ErrorClass>("errorClass");
    QTest::addColumn<Phase>("phase");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("expected"); // -1: no mismatch
    QTest::newRow("tls-hello-answered-by-220")
        << SecurityMode::ImplicitTls << ErrorClass::TlsHandshake << Phase::Tls
        << "error:0A00010B:SSL routines::wrong version number" << int(SecurityMode::StartTls);
    QTest::newRow("tls-hello-answered-by-http")
        << SecurityMode::ImplicitTls << ErrorClass::TlsHandshake << Phase::Tls
        << "ssl3_get_record:http request" << int(SecurityMode::StartTls);
    QTest::newRow("silent-port-expects-tls")
        << SecurityMode::StartTls << ErrorClass::Timeout << Phase::Greeting
        << "The server did not answer in time." << int(SecurityMode::ImplicitTls);
    QTest::newRow("clear-client-silent-port")
        << SecurityMode::Plain << ErrorClass::Timeout << Phase::Greeting
        << "The server did not answer in time." << int(SecurityMode::ImplicitTls);
    QTest::newRow("handshake-alert-is-not-a-mismatch")
        << SecurityMode::ImplicitTls << ErrorClass::TlsHandshake << Phase::Tls
        << "tlsv1 alert protocol version" << -1;
    QTest::newRow("certificate-error-is-not-a-mismatch")
        << SecurityMode::ImplicitTls << ErrorClass::TlsCertificate << Phase::Tls
        << "wrong version number" << -1;
    QTest::newRow("refused-is-not-a-mismatch") << SecurityMode::Plain << ErrorClass::Refused
                                               << Phase::Connect << "Connection refused" << -1;
    QTest::newRow("timeout-after-ehlo-is-not-a-mismatch")
        << SecurityMode::Plain << ErrorClass::Timeout << Phase::Ehlo
        << "The server did not answer in time." << -1;
}

void TestProbeRanking::mismatch()
{
    QFETCH(SecurityMode, attempted);
    QFETCH(ErrorClass, errorClass);
    QFETCH(Phase, phase);
    QFETCH(QString, message);
    QFETCH(int, expected);
    Result r = Result::failure(errorClass, phase, message);
    const auto m = ModeMismatch::diagnose(r, attempted);
    QCOMPARE(m.has_value(), expected >= 0);
    if (!m)
        return;
    QCOMPARE(int(m->expected), expected);
    QCOMPARE(m->fix.size(), 1);
    QCOMPARE(m->fix.first().value, securitySettingValue(m->expected, ProbeService::Smtp));
    // POP3 spells STARTTLS "stls".
    const auto pop = ModeMismatch::diagnose(r, attempted, ProbeService::Pop3);
    QVERIFY(pop);
    QCOMPARE(pop->fix.first().key, QStringLiteral("pop3/security"));
}

void TestProbeRanking::certificate_data()
{
    QTest::addColumn<int>("daysLeft");
    QTest::addColumn<bool>("handshakeOk");
    QTest::addColumn<QString>("pin"); // "same", "other" or empty
    QTest::addColumn<bool>("expired");
    QTest::addColumn<bool>("expiresSoon");
    QTest::addColumn<bool>("canTrust");
    QTest::addColumn<QString>("warning");
    QTest::newRow("valid-long") << 300 << true << "" << false << false << false << "";
    QTest::newRow("expires-in-ten-days-warns")
        << 10 << true << "" << false << true << false << "expires in 10 days";
    QTest::newRow("expired-cannot-be-trusted")
        << -3 << false << "" << true << false << false << "expired 3 days ago";
    QTest::newRow("untrusted-can-be-pinned") << 90 << false << "" << false << false << true << "";
    QTest::newRow("pinned-same") << 90 << true << "same" << false << false << false << "";
    QTest::newRow("pinned-changed-alarm")
        << 90 << false << "other" << false << false << true << "changed";
}

void TestProbeRanking::certificate()
{
    QFETCH(int, daysLeft);
    QFETCH(bool, handshakeOk);
    QFETCH(QString, pin);
    QFETCH(bool, expired);
    QFETCH(bool, expiresSoon);
    QFETCH(bool, canTrust);
    QFETCH(QString, warning);
    const QDateTime now = QDateTime(QDate(2030, 1, 10), QTime(12, 0), Qt::UTC);
    CertificateInfo c;
    c.subject = QStringLiteral("CN=mail.example.test");
    c.sha256 = QStringLiteral("0123456789abcdef").repeated(4);
    c.notBefore = now.addDays(-30);
    c.notAfter = now.addDays(daysLeft).addSecs(60);
    TlsTrust t;
    if (pin == QLatin1String("same"))
        t.pinSha256 = c.sha256.toUpper();
    else if (pin == QLatin1String("other"))
        t.pinSha256 = QStringLiteral("ff").repeated(32);
    const CertificateReport r = CertificateReport::evaluate(c, {}, handshakeOk, t, now);
    QCOMPARE(r.expired, expired);
    QCOMPARE(r.expiresSoon, expiresSoon);
    QCOMPARE(r.canTrust(), canTrust);
    QCOMPARE(r.pinned, pin == QLatin1String("same"));
    QCOMPARE(r.pinChanged, pin == QLatin1String("other"));
    if (warning.isEmpty())
        QVERIFY2(r.warning().isEmpty(), qPrintable(r.warning()));
    else
        QVERIFY2(r.warning().contains(warning), qPrintable(r.warning()));
    QVERIFY(r.detailLines().join(QLatin1Char('\n')).contains(c.sha256));
}

void TestProbeRanking::ranking_data()
{
    QTest::addColumn<QList<ModeReport>>("modes");
    QTest::addColumn<int>("recommendedPort"); // 0: none
    QTest::addColumn<bool>("needsTrust");
    const QStringList auth{QStringLiteral("PLAIN"), QStringLiteral("LOGIN")};
    const QStringList caps{QStringLiteral("STARTTLS"), QStringLiteral("AUTH PLAIN")};
    QTest::newRow("implicit-tls-beats-starttls")
        << QList<ModeReport>{mode(SecurityMode::StartTls, 587, true, {}, {}, auth),
                             mode(SecurityMode::Plain, 587, true, {}, caps, auth),
                             mode(SecurityMode::ImplicitTls, 465, true, {}, {}, auth)}
        << 465 << false;
    QTest::newRow("starttls-587-beats-25")
        << QList<ModeReport>{mode(SecurityMode::StartTls, 25, true, {}, {}, auth),
                             mode(SecurityMode::StartTls, 587, true, {}, {}, auth),
                             mode(SecurityMode::ImplicitTls, 465, false, ErrorClass::Refused)}
        << 587 << false;
    QTest::newRow("untrusted-tls-beats-clear-but-needs-trust")
        << QList<ModeReport>{mode(SecurityMode::Plain, 25, true, {}, caps, auth),
                             mode(SecurityMode::ImplicitTls, 465, false,
                                  ErrorClass::TlsCertificate)}
        << 465 << true;
    QTest::newRow("clear-works-but-starttls-was-offered-no-recommendation")
        << QList<ModeReport>{mode(SecurityMode::Plain, 25, true, {}, caps, auth),
                             mode(SecurityMode::StartTls, 25, false, ErrorClass::TlsHandshake)}
        << 0 << false;
    QTest::newRow("clear-only-server")
        << QList<ModeReport>{mode(SecurityMode::Plain, 25, true, {}, {QStringLiteral("PIPELINING")},
                                  {}),
                             mode(SecurityMode::StartTls, 25, false,
                                  ErrorClass::StartTlsUnavailable),
                             mode(SecurityMode::ImplicitTls, 465, false, ErrorClass::Refused)}
        << 25 << false;
    QTest::newRow("nothing-answers")
        << QList<ModeReport>{mode(SecurityMode::ImplicitTls, 465, false, ErrorClass::Refused)} << 0
        << false;
}

void TestProbeRanking::ranking()
{
    QFETCH(QList<ModeReport>, modes);
    QFETCH(int, recommendedPort);
    QFETCH(bool, needsTrust);
    ProbeReport r;
    r.host = QStringLiteral("mail.example.test");
    r.modes = modes;
    r.rank(true);
    QVERIFY(!r.recommendation.isEmpty());
    const ModeReport *best = r.recommendedMode();
    QCOMPARE(best ? int(best->port) : 0, recommendedPort);
    QCOMPARE(r.recommendationNeedsTrust, needsTrust);
    for (int i = 1; i < r.modes.size(); ++i)
        QVERIFY(r.modes.at(i - 1).tier <= r.modes.at(i).tier);
    if (!best) {
        QVERIFY(r.recommendedChanges(MailSettings{}).isEmpty());
        return;
    }
    MailSettings s;
    s.smtp.auth = MailSettings::SmtpAuth::CramMd5; // not offered by any row
    const auto changes = r.recommendedChanges(s);
    QCOMPARE(applySettingChanges(s, changes), QStringList());
    QCOMPARE(s.smtp.port, recommendedPort);
    QCOMPARE(s.smtp.host, QStringLiteral("mail.example.test"));
    QVERIFY(s.smtp.auth != MailSettings::SmtpAuth::CramMd5);
    QCOMPARE(s.smtp.pinSha256.isEmpty(), !needsTrust);
    // Applying again changes nothing.
    QVERIFY(r.recommendedChanges(s).isEmpty());
}

void TestProbeRanking::autoconfig_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("first"); // "service host port mode user"
    QTest::addColumn<bool>("error");
    QTest::newRow("smtp-and-pop3-with-placeholders")
        << QByteArray(
               "<clientConfig><emailProvider id='x'>"
               "<incomingServer "
               "type='imap'><hostname>imap.x</hostname><port>993</port></incomingServer>"
               "<outgoingServer type='smtp'><hostname>smtp.%EMAILDOMAIN%</hostname><port>465</port>"
               "<socketType>SSL</socketType><username>%EMAILLOCALPART%</username></outgoingServer>"
               "<incomingServer "
               "type='pop3'><hostname>pop.x</hostname><socketType>STARTTLS</socketType></"
               "incomingServer>"
               "</emailProvider></clientConfig>")
        << 2 << "smtp smtp.example.test 465 tls ann" << false;
    QTest::newRow("missing-port-gets-the-standard-one")
        << QByteArray(
               "<clientConfig><emailProvider><outgoingServer type='smtp'><hostname>m.x</hostname>"
               "<socketType>STARTTLS</socketType></outgoingServer></emailProvider></clientConfig>")
        << 1 << "smtp m.x 587 starttls " << false;
    QTest::newRow("plain-socket-type")
        << QByteArray(
               "<clientConfig><outgoingServer type='smtp'><hostname>m.x</hostname>"
               "<port>25</port><socketType>plain</socketType></outgoingServer></clientConfig>")
        << 1 << "smtp m.x 25 plain " << false;
    QTest::newRow("not-xml") << QByteArray("<clientConfig><outgoingServer type='smtp'>") << 0 << ""
                             << true;
    QTest::newRow("oversized") << QByteArray(300 * 1024, ' ') << 0 << "" << true;
    QTest::newRow("no-hostname-skipped")
        << QByteArray("<clientConfig><outgoingServer type='smtp'><port>1</port>"
                      "</outgoingServer></clientConfig>")
        << 0 << "" << false;
}

void TestProbeRanking::autoconfig()
{
    QFETCH(QByteArray, xml);
    QFETCH(int, count);
    QFETCH(QString, first);
    QFETCH(bool, error);
    QString why;
    const auto servers = AutoconfigParser::parse(xml, QStringLiteral("ann@example.test"), &why);
    QCOMPARE(servers.size(), count);
    QCOMPARE(!why.isEmpty(), error);
    if (count == 0)
        return;
    const AutoconfigServer &s = servers.first();
    QCOMPARE(QStringLiteral("%1 %2 %3 %4 %5")
                 .arg(serviceId(s.service), s.host)
                 .arg(s.port)
                 .arg(securityModeId(s.mode), s.userName),
             first);
}

void TestProbeRanking::providers()
{
    const Provider *g = ProviderTable::forDomain(QStringLiteral(" GMail.com "));
    QVERIFY(g);
    QCOMPARE(g->id, QStringLiteral("gmail"));
    QVERIFY(!g->authNotes.isEmpty());
    QCOMPARE(ProviderTable::forMxHost(QStringLiteral("alt1.aspmx.l.google.com."))->id,
             QStringLiteral("gmail"));
    QCOMPARE(
        ProviderTable::forMxHost(QStringLiteral("contoso-com.mail.protection.outlook.com"))->id,
        QStringLiteral("microsoft365"));
    QVERIFY(!ProviderTable::forMxHost(QStringLiteral("notgoogle.com")));
    QVERIFY(!ProviderTable::forDomain(QStringLiteral("example.test")));
    // Every entry has a submission server and notes, and the safest server first.
    for (const Provider &p : ProviderTable::providers()) {
        QVERIFY2(!p.servers.isEmpty() && p.servers.first().service == ProbeService::Smtp,
                 qPrintable(p.id));
        QVERIFY2(!p.authNotes.isEmpty(), qPrintable(p.id));
    }
}

void TestProbeRanking::foreignHost_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<bool>("foreign");
    QTest::newRow("subdomain") << "smtp.example.com"
                               << "example.com" << false;
    QTest::newRow("the-domain-itself") << "example.com"
                                       << "example.com" << false;
    QTest::newRow("case-and-trailing-dot") << "MAIL.Example.COM."
                                           << "example.com" << false;
    QTest::newRow("deep-subdomain") << "a.b.mail.example.com"
                                    << "example.com" << false;
    QTest::newRow("same-suffix-other-domain") << "notexample.com"
                                              << "example.com" << true;
    QTest::newRow("domain-as-a-label-elsewhere") << "example.com.evil.test"
                                                 << "example.com" << true;
    QTest::newRow("parent-domain") << "example.com"
                                   << "mail.example.com" << true;
    QTest::newRow("localhost") << "localhost"
                               << "example.com" << true;
    QTest::newRow("provider-server") << "smtp.gmail.com"
                                     << "gmail.com" << false;
    QTest::newRow("provider-other-domain") << "smtp.googlemail.com"
                                           << "gmail.com" << false;
    QTest::newRow("provider-mx-domain") << "alt1.aspmx.l.google.com"
                                        << "gmail.com" << false;
    QTest::newRow("provider-domain-foreign-host") << "evil.attacker.test"
                                                  << "gmail.com" << true;
    // A provider reached only through the MX (custom domain) is itself a DNS answer.
    QTest::newRow("provider-by-mx-only") << "smtp.office365.com"
                                         << "contoso.test" << true;
    QTest::newRow("other-provider") << "smtp.mail.yahoo.com"
                                    << "gmail.com" << true;
}

void TestProbeRanking::foreignHost()
{
    QFETCH(QString, host);
    QFETCH(QString, domain);
    QFETCH(bool, foreign);
    QCOMPARE(isForeignHost(host, domain), foreign);
}

void TestProbeRanking::detectionRanking_data()
{
    using S = DetectionSource;
    using M = SecurityMode;
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QList<DetectedCandidate>>("found");
    QTest::addColumn<bool>("acceptForeign");
    QTest::addColumn<QString>("recommended"); // "" : nothing
    QTest::addColumn<bool>("pin");
    QTest::addColumn<QString>("first"); // the host ranked first
    const auto evilTrusted =
        candidate(QStringLiteral("evil.attacker.test"), S::Srv, false, M::ImplicitTls, true);
    const auto evilSelfSigned = candidate(QStringLiteral("evil.attacker.test"), S::Srv, false,
                                          M::ImplicitTls, false, ErrorClass::TlsCertificate);
    const auto gmail =
        candidate(QStringLiteral("smtp.gmail.com"), S::ProviderTable, true, M::StartTls, true);
    // The table's STARTTLS server before a forged SRV host with implicit TLS (a safer tier).
    QTest::newRow("provider-table-before-safer-srv")
        << "gmail.com" << QList<DetectedCandidate>{evilTrusted, gmail} << false << "smtp.gmail.com"
        << false << "smtp.gmail.com";
    QTest::newRow("provider-table-before-srv-even-accepted")
        << "gmail.com" << QList<DetectedCandidate>{evilTrusted, gmail} << true << "smtp.gmail.com"
        << false << "smtp.gmail.com";
    QTest::newRow("foreign-srv-alone-refused")
        << "gmail.com" << QList<DetectedCandidate>{evilTrusted} << false << "" << false
        << "evil.attacker.test";
    QTest::newRow("foreign-srv-alone-accepted")
        << "gmail.com" << QList<DetectedCandidate>{evilTrusted} << true << "evil.attacker.test"
        << false << "evil.attacker.test";
    QTest::newRow("foreign-self-signed-never-pinned")
        << "gmail.com" << QList<DetectedCandidate>{evilSelfSigned} << true << "" << false
        << "evil.attacker.test";
    QTest::newRow("srv-inside-the-domain")
        << "example.com"
        << QList<DetectedCandidate>{candidate(QStringLiteral("submit.example.com"), S::Srv, false,
                                              M::ImplicitTls, true)}
        << false << "submit.example.com" << false << "submit.example.com";
    QTest::newRow("mx-inside-the-domain-untrusted-not-pinned")
        << "example.com"
        << QList<DetectedCandidate>{candidate(QStringLiteral("mail.example.com"), S::Mx, false,
                                              M::ImplicitTls, false, ErrorClass::TlsCertificate)}
        << false << "" << false << "mail.example.com";
    QTest::newRow("https-autoconfig-host-outside-the-domain")
        << "example.com"
        << QList<DetectedCandidate>{evilTrusted, candidate(QStringLiteral("smtp.hoster.test"),
                                                           S::Autoconfig, true, M::StartTls, true)}
        << false << "smtp.hoster.test" << false << "smtp.hoster.test";
    QTest::newRow("http-autoconfig-is-not-authenticated")
        << "example.com"
        << QList<DetectedCandidate>{candidate(QStringLiteral("smtp.hoster.test"), S::Autoconfig,
                                              false, M::StartTls, true)}
        << false << "" << false << "smtp.hoster.test";
    // A provider's server always has a publicly trusted certificate: an untrusted one means
    // its name (A record) or the path is forged, so it is never pinned.
    QTest::newRow("table-server-untrusted-never-pinned")
        << "gmail.com"
        << QList<DetectedCandidate>{candidate(QStringLiteral("smtp.gmail.com"), S::ProviderTable,
                                              true, M::ImplicitTls, false,
                                              ErrorClass::TlsCertificate)}
        << false << "" << false << "smtp.gmail.com";
    QTest::newRow("https-autoconfig-self-signed-may-be-pinned")
        << "example.com"
        << QList<DetectedCandidate>{candidate(QStringLiteral("mail.example.com"), S::Autoconfig,
                                              true, M::ImplicitTls, false,
                                              ErrorClass::TlsCertificate)}
        << false << "mail.example.com" << true << "mail.example.com";
}

void TestProbeRanking::detectionRanking()
{
    QFETCH(QString, domain);
    QFETCH(QList<DetectedCandidate>, found);
    QFETCH(bool, acceptForeign);
    QFETCH(QString, recommended);
    QFETCH(bool, pin);
    QFETCH(QString, first);
    DetectionReport r;
    r.domain = domain;
    r.acceptForeignHosts = acceptForeign;
    r.conclude(found);
    QCOMPARE(r.candidates.first().host, first);
    const DetectedCandidate *best = r.recommended(ProbeService::Smtp);
    QCOMPARE(best ? best->host : QString(), recommended);
    MailSettings s;
    const QList<SettingChange> changes = r.recommendedChanges(s, ProbeService::Smtp);
    const bool pinned = std::any_of(changes.cbegin(), changes.cend(), [](const SettingChange &c) {
        return c.key == QLatin1String("smtp/pin_sha256");
    });
    QCOMPARE(pinned, pin);
    // Every foreign candidate carries its warning; none of them ever gets a pin.
    for (const DetectedCandidate &c : r.candidates) {
        QCOMPARE(c.foreign, !c.authenticated && isForeignHost(c.host, domain));
        if (c.foreign)
            QVERIFY2(c.warning.contains(QLatin1String("outside ") + domain), qPrintable(c.warning));
        if (!c.authenticated) {
            const auto own = DetectionReport::changesFor(c, s);
            QVERIFY(std::none_of(own.cbegin(), own.cend(), [](const SettingChange &x) {
                return x.key.endsWith(QLatin1String("/pin_sha256"));
            }));
        }
    }
    if (!best) {
        QVERIFY(changes.isEmpty());
        QVERIFY2(r.smtp.recommendation.startsWith(QLatin1String("Nothing is recommended")),
                 qPrintable(r.smtp.recommendation));
        bool refusedForeign = false;
        for (const DetectedCandidate &c : found)
            refusedForeign = refusedForeign || (!acceptForeign && !c.authenticated &&
                                                isForeignHost(c.host, domain) && c.probe.works);
        QCOMPARE(!r.refusedForeign.isEmpty(), refusedForeign);
    } else {
        QVERIFY(r.refusedForeign.isEmpty());
    }
}

void TestProbeRanking::pop3ApopProposal()
{
    // pop3/auth = apop against a server whose greeting has no APOP timestamp: the check
    // proposes USER/PASS (pop3/auth = user), the login those settings would otherwise fail.
    for (const bool offered : {false, true}) {
        ProbeReport r;
        r.service = ProbeService::Pop3;
        r.host = QStringLiteral("mail.example.test");
        ModeReport m = mode(SecurityMode::ImplicitTls, 995, true);
        m.apop = offered;
        r.modes = {m};
        r.rank(true);
        QVERIFY(r.recommendedMode());
        MailSettings s;
        s.pop3.auth = MailSettings::Pop3Auth::Apop;
        const auto changes = r.recommendedChanges(s);
        QCOMPARE(applySettingChanges(s, changes), QStringList());
        QCOMPARE(s.pop3.auth,
                 offered ? MailSettings::Pop3Auth::Apop : MailSettings::Pop3Auth::User);
        bool proposed = false;
        for (const SettingChange &c : changes)
            proposed = proposed || c.key == QLatin1String("pop3/auth");
        QCOMPARE(proposed, !offered);
        // USER/PASS, always part of POP3, is left alone (a SASL mechanism the server does not
        // offer is replaced: tst_probe_mechanisms).
        s.pop3.auth = MailSettings::Pop3Auth::User;
        QCOMPARE(applySettingChanges(s, r.recommendedChanges(s)), QStringList());
        QCOMPARE(s.pop3.auth, MailSettings::Pop3Auth::User);
    }
}

QTEST_GUILESS_MAIN(TestProbeRanking)
#include "tst_probe_ranking.moc"
