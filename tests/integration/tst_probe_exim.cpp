// SPDX-License-Identifier: GPL-3.0-or-later
// The capability probe ("check what the server supports"), its ranking and one-click
// recommendation, mode-mismatch diagnosis, certificate trust and the pin alarm, the
// remembered capabilities that refuse a downgrade, and verifying role addresses without
// sending — all against real Exim daemons on loopback in several shapes.
#include "EximFixture.h"
#include "TestPaths.h"
#include "diagnostics/AddressVerifier.h"
#include "diagnostics/CapabilityProbe.h"
#include "protocol/SmtpSession.h"
#include "protocol/TlsTrust.h"
#include "session/CapabilityMemory.h"
#include "session/SmtpConfigFactory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <memory>

using namespace mw;
using mw::test::EximFixture;

Q_DECLARE_METATYPE(mw::SecurityMode)

namespace {

enum class PortKind { None, Plain, Tls };

// Runs a probe of every mode on every port the fixture has; waits with a timeout.
ProbeReport probeAll(EximFixture &server, const TlsTrust &trust, bool preferLogin = false)
{
    CapabilityProbe probe;
    CapabilityProbe::Options o;
    o.host = server.hostName();
    o.trust = trust;
    o.timeoutSeconds = 3; // a clear client on an implicit-TLS port waits this long
    o.preferLogin = preferLogin;
    for (quint16 port : {server.plainPort(), server.tlsPort()}) {
        if (port == 0)
            continue;
        for (SecurityMode m :
             {SecurityMode::ImplicitTls, SecurityMode::StartTls, SecurityMode::Plain})
            o.attempts << CapabilityProbe::Attempt{m, port};
    }
    QSignalSpy done(&probe, &CapabilityProbe::finished);
    QSignalSpy each(&probe, &CapabilityProbe::modeFinished);
    probe.start(o);
    if (!done.wait(30000))
        return {};
    if (each.count() != o.attempts.size())
        return {};
    return done.first().first().value<ProbeReport>();
}

Result runSession(const SmtpConfig &c, const QList<Envelope> &env = {}, Phase stop = Phase::Ehlo)
{
    SmtpSession s;
    QSignalSpy done(&s, &SmtpSession::finished);
    s.start(c, env, stop);
    if (!done.wait(30000))
        return Result::failure(ErrorClass::Timeout, Phase::Idle, QStringLiteral("test wait"));
    return done.first().first().value<Result>();
}

MailSettings settingsFor(EximFixture &server, quint16 port, MailSettings::SmtpSecurity sec)
{
    MailSettings s;
    s.smtp.host = server.hostName();
    s.smtp.port = port;
    s.smtp.security = sec;
    s.smtp.auth = MailSettings::SmtpAuth::None;
    s.smtp.caFile = server.caFile();
    s.smtp.timeout = 5;
    return s;
}

} // namespace

class TestProbeExim : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void probeShapes_data();
    void probeShapes();
    void mismatchDiagnosis_data();
    void mismatchDiagnosis();
    void pinnedCertificateReplacedIsAnAlarm();
    void rememberedStartTlsRefusesDowngrade();
    void verifyRoleAddressesWithoutSending();
    void cliProbeAndAllRoles();

private:
    EximFixture *fixture(const QString &shape);
    std::map<QString, std::unique_ptr<EximFixture>> m_servers;
    QTemporaryDir m_work;
};

void TestProbeExim::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_work.isValid());
}

EximFixture *TestProbeExim::fixture(const QString &shape)
{
    auto it = m_servers.find(shape);
    if (it != m_servers.end())
        return it->second.get();
    auto f = std::make_unique<EximFixture>(shape);
    if (!f->start()) {
        qWarning("%s: %s", qPrintable(shape), qPrintable(f->errorString()));
        return nullptr;
    }
    return m_servers.emplace(shape, std::move(f)).first->second.get();
}

void TestProbeExim::probeShapes_data()
{
    QTest::addColumn<QString>("shape");
    QTest::addColumn<int>("recommended");   // PortKind of the recommended port
    QTest::addColumn<SecurityMode>("mode"); // its mode
    QTest::addColumn<bool>("needsTrust");
    QTest::addColumn<bool>("startTlsWorks"); // on the clear port
    QTest::addColumn<bool>("plainWorks");
    QTest::addColumn<bool>("authInClear"); // login methods offered without TLS
    QTest::addColumn<QString>("recommendationSays");

    QTest::newRow("implicit-tls-only")
        << "tls-only" << int(PortKind::Tls) << SecurityMode::ImplicitTls << false << false << false
        << false << "implicit TLS";
    QTest::newRow("starttls-only")
        << "starttls-only" << int(PortKind::Plain) << SecurityMode::StartTls << false << true
        << true << true << "STARTTLS";
    QTest::newRow("both-implicit-tls-is-safest")
        << "default" << int(PortKind::Tls) << SecurityMode::ImplicitTls << false << true << true
        << true << "safest";
    QTest::newRow("auth-only-after-tls")
        << "auth-after-tls" << int(PortKind::Tls) << SecurityMode::ImplicitTls << false << true
        << true << false << "implicit TLS";
    QTest::newRow("plain-only-says-it-is-clear")
        << "plain-only" << int(PortKind::Plain) << SecurityMode::Plain << false << false << true
        << true << "offers no encryption";
    QTest::newRow("expired-certificate-nothing-safe")
        << "expired-cert" << int(PortKind::None) << SecurityMode::Plain << false << false << true
        << true << "expired";
    QTest::newRow("certificate-for-another-name-needs-trust")
        << "wrong-host-cert" << int(PortKind::Tls) << SecurityMode::ImplicitTls << true << false
        << true << true << "trusting";
}

void TestProbeExim::probeShapes()
{
    QFETCH(QString, shape);
    QFETCH(int, recommended);
    QFETCH(SecurityMode, mode);
    QFETCH(bool, needsTrust);
    QFETCH(bool, startTlsWorks);
    QFETCH(bool, plainWorks);
    QFETCH(bool, authInClear);
    QFETCH(QString, recommendationSays);

    EximFixture *server = fixture(shape);
    QVERIFY(server);
    const TlsTrust trust{server->caFile(), {}};
    const ProbeReport r = probeAll(*server, trust);
    QVERIFY2(!r.modes.isEmpty(), "the probe did not finish in time");
    QVERIFY2(r.recommendation.contains(recommendationSays), qPrintable(r.recommendation));

    // Every combination has a report with timings of the steps it reached.
    for (const ModeReport &m : r.modes) {
        QVERIFY(!m.verdict.isEmpty());
        QVERIFY2(!m.result.stages.isEmpty(), qPrintable(m.verdict));
        if (m.works) {
            QVERIFY(m.stageMs(Phase::Connect) >= 0);
            QVERIFY(m.stageMs(Phase::Greeting) >= 0);
            QVERIFY(m.result.greeting.startsWith(QLatin1String("localhost")) ||
                    !m.result.greeting.isEmpty());
            QVERIFY(!m.result.capabilities.isEmpty());
        }
    }
    // Ranked: tiers never go down the list.
    for (int i = 1; i < r.modes.size(); ++i)
        QVERIFY(r.modes.at(i - 1).tier <= r.modes.at(i).tier);

    if (server->tlsPort()) {
        const ModeReport *tls = r.find(SecurityMode::ImplicitTls, server->tlsPort());
        QVERIFY(tls);
        QCOMPARE(tls->works, !needsTrust && shape != QLatin1String("expired-cert"));
        QVERIFY(tls->certificate.presented);
        QCOMPARE(tls->certificate.certificate.sha256, server->certSha256());
        QVERIFY(!tls->certificate.certificate.subject.isEmpty());
        QVERIFY(tls->certificate.certificate.notAfter.isValid());
        if (tls->works) {
            QVERIFY(tls->result.tlsProtocol.startsWith(QLatin1String("TLSv1.")));
            QVERIFY(!tls->result.tlsCipher.isEmpty());
            QVERIFY(tls->result.authMechanisms.contains(QStringLiteral("PLAIN")));
            QVERIFY(tls->certificate.daysToExpiry > 0);
        }
        // A clear client on the implicit-TLS port: silence, recognised as a mismatch.
        const ModeReport *clear = r.find(SecurityMode::Plain, server->tlsPort());
        QVERIFY(clear);
        QVERIFY(!clear->works);
        QVERIFY(clear->mismatch);
        QCOMPARE(clear->mismatch->expected, SecurityMode::ImplicitTls);
    }
    if (server->plainPort()) {
        const ModeReport *st = r.find(SecurityMode::StartTls, server->plainPort());
        const ModeReport *pl = r.find(SecurityMode::Plain, server->plainPort());
        const ModeReport *tlsOnClear = r.find(SecurityMode::ImplicitTls, server->plainPort());
        QVERIFY(st && pl && tlsOnClear);
        QCOMPARE(st->works, startTlsWorks);
        QCOMPARE(pl->works, plainWorks);
        QCOMPARE(!pl->result.authMechanisms.isEmpty(), authInClear);
        if (st->works) {
            // Login methods are reported as offered *in that mode*.
            QVERIFY(st->result.authMechanisms.contains(QStringLiteral("CRAM-MD5")));
            QVERIFY(!st->result.tlsProtocol.isEmpty());
        }
        if (shape == QLatin1String("plain-only"))
            QCOMPARE(st->result.errorClass, ErrorClass::StartTlsUnavailable);
        // A TLS client on the clear port: a clear "220" where a handshake was expected.
        QVERIFY(!tlsOnClear->works);
        QVERIFY2(tlsOnClear->mismatch, qPrintable(tlsOnClear->result.message));
        QCOMPARE(tlsOnClear->mismatch->expected, SecurityMode::StartTls);
    }

    const ModeReport *best = r.recommendedMode();
    if (recommended == int(PortKind::None)) {
        QVERIFY(!best);
        QVERIFY(r.recommendedChanges(MailSettings{}).isEmpty());
        const ModeReport *tls = r.find(SecurityMode::ImplicitTls, server->tlsPort());
        QVERIFY(tls && tls->certificate.expired && tls->certificate.daysToExpiry < 0);
        QVERIFY(!tls->certificate.canTrust());
        return;
    }
    QVERIFY(best);
    QCOMPARE(best->mode, mode);
    QCOMPARE(best->port,
             recommended == int(PortKind::Tls) ? server->tlsPort() : server->plainPort());
    QCOMPARE(r.recommendationNeedsTrust, needsTrust);

    // One click: the changes make settings that work (deliberately wrong ones to start).
    MailSettings wrong = settingsFor(*server, 1, MailSettings::SmtpSecurity::StartTls);
    wrong.smtp.auth = MailSettings::SmtpAuth::CramMd5;
    wrong.smtp.username = server->userName();
    const QList<SettingChange> changes = r.recommendedChanges(wrong);
    MailSettings fixed = wrong;
    QCOMPARE(applySettingChanges(fixed, changes), QStringList());
    QCOMPARE(fixed.smtp.port, int(best->port));
    if (needsTrust)
        QCOMPARE(fixed.smtp.pinSha256, server->certSha256());
    if (!authInClear && mode == SecurityMode::Plain)
        QCOMPARE(fixed.smtp.auth, MailSettings::SmtpAuth::None);
    // The auth choices are narrowed to what the server offers in that mode.
    const auto allowed = ProbeReport::allowedAuth(*best);
    QVERIFY(allowed.contains(MailSettings::SmtpAuth::None));
    QCOMPARE(allowed.contains(MailSettings::SmtpAuth::CramMd5),
             best->result.authMechanisms.contains(QStringLiteral("CRAM-MD5")));
    fixed.smtp.auth = MailSettings::SmtpAuth::None;
    const Result check = runSession(smtpConfigFrom(fixed, QString()));
    QVERIFY2(check.ok, qPrintable(check.message));
}

void TestProbeExim::mismatchDiagnosis_data()
{
    QTest::addColumn<int>("port");
    QTest::addColumn<MailSettings::SmtpSecurity>("security");
    QTest::addColumn<SecurityMode>("attempted");
    QTest::addColumn<SecurityMode>("expected");
    QTest::addColumn<QString>("says");
    QTest::newRow("tls-client-on-starttls-port")
        << int(PortKind::Plain) << MailSettings::SmtpSecurity::Tls << SecurityMode::ImplicitTls
        << SecurityMode::StartTls << "expects STARTTLS";
    QTest::newRow("starttls-client-on-implicit-tls-port")
        << int(PortKind::Tls) << MailSettings::SmtpSecurity::StartTls << SecurityMode::StartTls
        << SecurityMode::ImplicitTls << "expects implicit TLS";
    QTest::newRow("clear-client-on-implicit-tls-port")
        << int(PortKind::Tls) << MailSettings::SmtpSecurity::None << SecurityMode::Plain
        << SecurityMode::ImplicitTls << "expects implicit TLS";
}

Q_DECLARE_METATYPE(mw::MailSettings::SmtpSecurity)

void TestProbeExim::mismatchDiagnosis()
{
    QFETCH(int, port);
    QFETCH(MailSettings::SmtpSecurity, security);
    QFETCH(SecurityMode, attempted);
    QFETCH(SecurityMode, expected);
    QFETCH(QString, says);
    EximFixture *server = fixture(QStringLiteral("default"));
    QVERIFY(server);
    MailSettings s = settingsFor(
        *server, port == int(PortKind::Tls) ? server->tlsPort() : server->plainPort(), security);
    s.smtp.timeout = 2;
    const Result r = runSession(smtpConfigFrom(s, QString()));
    QVERIFY(!r.ok);
    const auto m = ModeMismatch::diagnose(r, attempted);
    QVERIFY2(m, qPrintable(r.message));
    QCOMPARE(m->expected, expected);
    QVERIFY2(m->message.contains(says), qPrintable(m->message));
    if (attempted == SecurityMode::ImplicitTls)
        QVERIFY2(r.message.contains(QLatin1String("answered in clear text")),
                 qPrintable(r.message));
    // The one-click fix makes the same port work.
    QCOMPARE(m->fix.size(), 1);
    QCOMPARE(m->fix.first().key, QStringLiteral("smtp/security"));
    QCOMPARE(applySettingChanges(s, m->fix), QStringList());
    const Result fixed = runSession(smtpConfigFrom(s, QString()));
    QVERIFY2(fixed.ok, qPrintable(fixed.message));
    QVERIFY(!fixed.tlsProtocol.isEmpty());
}

void TestProbeExim::pinnedCertificateReplacedIsAnAlarm()
{
    EximFixture *server = fixture(QStringLiteral("default"));
    QVERIFY(server);
    // The pin the admin set earlier, for the certificate the server presents: trusted.
    const ProbeReport good = probeAll(*server, TlsTrust{server->caFile(), server->certSha256()});
    QVERIFY(!good.modes.isEmpty());
    QVERIFY(!good.pinAlarm);
    const ModeReport *tls = good.find(SecurityMode::ImplicitTls, server->tlsPort());
    QVERIFY(tls && tls->works && tls->certificate.pinned);

    // The server now presents another certificate (still CA-signed, or not): alarm.
    const auto other = QSslCertificate::fromPath(server->otherCertFile());
    QCOMPARE(other.size(), 1);
    const QString oldPin = sha256Fingerprint(other.first());
    QVERIFY(oldPin != server->certSha256());
    const ProbeReport r = probeAll(*server, TlsTrust{server->caFile(), oldPin});
    QVERIFY(!r.modes.isEmpty());
    QVERIFY(r.pinAlarm);
    QVERIFY(r.alarm.contains(oldPin));
    QVERIFY(r.alarm.contains(server->certSha256()));
    QVERIFY(!r.recommendedMode()); // never resolved by a recommendation
    const ModeReport *changed = r.find(SecurityMode::ImplicitTls, server->tlsPort());
    QVERIFY(changed && !changed->works && changed->certificate.pinChanged);
    QCOMPARE(changed->result.errorClass, ErrorClass::TlsCertificate);
    QVERIFY(changed->certificate.warning().contains(QLatin1String("changed")));
    // Trusting the new one is an explicit change of exactly that fingerprint.
    const auto trust = changed->certificate.trustChanges(ProbeService::Smtp);
    QCOMPARE(trust.size(), 1);
    QCOMPARE(trust.first().value, server->certSha256());
}

void TestProbeExim::rememberedStartTlsRefusesDowngrade()
{
    EximFixture *good = fixture(QStringLiteral("default"));
    EximFixture *stripped = fixture(QStringLiteral("plain-only"));
    QVERIFY(good && stripped);
    MailSettings s = settingsFor(*good, good->plainPort(), MailSettings::SmtpSecurity::Auto);
    s.smtp.auth = MailSettings::SmtpAuth::Auto;
    s.smtp.username = good->userName();
    const SmtpConfig config = smtpConfigFrom(s, good->password());
    const Result first = runSession(config, {}, Phase::Auth);
    QVERIFY2(first.ok, qPrintable(first.message));
    QVERIFY(!first.tlsProtocol.isEmpty());

    CapabilityMemory memory(m_work.filePath(QStringLiteral("caps.json")));
    RememberedCapabilities remembered = RememberedCapabilities::fromResult(config, first);
    QVERIFY(remembered.encrypted && !remembered.implicitTls);
    QVERIFY(!remembered.authMechanismUsed.isEmpty());
    // The same server name and port now answer without STARTTLS (as a man in the middle
    // stripping it would make them): pretend the memory is about that server.
    remembered.port = stripped->plainPort();
    QVERIFY(memory.write(QStringLiteral("smtp"), remembered));
    const RememberedCapabilities back =
        memory.read(QStringLiteral("smtp"), stripped->hostName(), stripped->plainPort());
    QVERIFY(!back.isNull());
    QCOMPARE(back.authMechanisms, first.authMechanisms);

    SmtpConfig now = config;
    now.port = stripped->plainPort();
    QStringList notes;
    const SmtpConfig hardened = back.harden(now, &notes);
    QCOMPARE(hardened.security, SmtpConfig::Security::StartTls);
    QCOMPARE(notes.size(), 2);
    const Result r = runSession(hardened, {}, Phase::Auth);
    QVERIFY(!r.ok);
    QCOMPARE(r.errorClass, ErrorClass::StartTlsUnavailable);
    const QStringList why = back.downgrades(r);
    QVERIFY2(!why.isEmpty() && why.first().contains(QLatin1String("downgrade")),
             qPrintable(why.join(QLatin1Char('|'))));
    // Without the memory the same session would have continued in clear.
    const Result naive = runSession(now, {}, Phase::Ehlo);
    QVERIFY(naive.ok && naive.endedInClear);
    // And the memory of the good server is not a downgrade of itself.
    QVERIFY(RememberedCapabilities::fromResult(config, first).downgrades(first).isEmpty());
}

void TestProbeExim::verifyRoleAddressesWithoutSending()
{
    EximFixture *server = fixture(QStringLiteral("default"));
    QVERIFY(server);
    server->clearMaildir();
    MailSettings s =
        settingsFor(*server, server->plainPort(), MailSettings::SmtpSecurity::StartTls);
    s.mailboxes.from = QStringLiteral("alerts@example.test");
    s.mailboxes.bounce = QStringLiteral("bounces@example.test");
    s.mailboxes.notify = QStringLiteral("admin@example.test");
    s.copies.all = QStringLiteral("nobody@example.test");      // 550 in the fixture
    s.copies.errors = QStringLiteral("tempfail@example.test"); // 451
    s.copies.console = QString();
    AddressVerifier v;
    QSignalSpy done(&v, &AddressVerifier::finished);
    v.start(s, Credentials{});
    QVERIFY(done.wait(30000));
    const auto checks = done.first().at(1).value<QList<AddressVerifier::AddressCheck>>();
    QCOMPARE(checks.size(), 5);
    using V = AddressVerifier::Verdict;
    QCOMPARE(checks.at(0).role, QStringLiteral("sender"));
    QCOMPARE(checks.at(0).address, QStringLiteral("bounces@example.test"));
    QCOMPARE(checks.at(0).verdict, V::Accepted);
    QCOMPARE(checks.at(1).verdict, V::Accepted);
    QCOMPARE(checks.at(2).verdict, V::Rejected);
    QVERIFY2(checks.at(2).serverReply.startsWith(QLatin1String("550")),
             qPrintable(checks.at(2).serverReply));
    QCOMPARE(checks.at(3).verdict, V::Rejected);
    QVERIFY2(checks.at(3).serverReply.startsWith(QLatin1String("451")),
             qPrintable(checks.at(3).serverReply));
    QCOMPARE(checks.at(4).verdict, V::NotChecked);
    // Nothing was sent.
    QTest::qWait(500);
    QCOMPARE(server->messageFiles().size(), 0);

    // A refused sender: every recipient stays unchecked.
    s.mailboxes.bounce = QStringLiteral("blocked@example.test");
    QSignalSpy done2(&v, &AddressVerifier::finished);
    v.start(s, Credentials{});
    QVERIFY(done2.wait(30000));
    const auto c2 = done2.first().at(1).value<QList<AddressVerifier::AddressCheck>>();
    QCOMPARE(c2.at(0).verdict, V::Rejected);
    QCOMPARE(c2.at(1).verdict, V::NotChecked);
}

void TestProbeExim::cliProbeAndAllRoles()
{
    EximFixture *server = fixture(QStringLiteral("default"));
    QVERIFY(server);
    const QString ini = m_work.filePath(QStringLiteral("cli.ini"));
    auto run = [&](const QStringList &args, int *code) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_work.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_work.filePath(QStringLiteral("config")));
        p.setProcessEnvironment(env);
        QStringList all{QStringLiteral("--config"),
                        ini,
                        QStringLiteral("--json"),
                        QStringLiteral("--set"),
                        QStringLiteral("smtp/host=localhost"),
                        QStringLiteral("--set"),
                        QStringLiteral("smtp/port=%1").arg(server->plainPort()),
                        QStringLiteral("--set"),
                        QStringLiteral("smtp/security=tls"),
                        QStringLiteral("--set"),
                        QStringLiteral("smtp/auth=none"),
                        QStringLiteral("--set"),
                        QStringLiteral("smtp/ca_file=") + server->caFile(),
                        QStringLiteral("--set"),
                        QStringLiteral("mailboxes/from=alerts@example.test"),
                        QStringLiteral("--set"),
                        QStringLiteral("mailboxes/notify=admin@example.test"),
                        QStringLiteral("--set"),
                        QStringLiteral("copies/all=nobody@example.test")};
        p.start(QStringLiteral(MW_CLI_PATH), all + args);
        if (!p.waitForFinished(60000))
            return QJsonObject();
        *code = p.exitCode();
        const QList<QByteArray> lines = p.readAllStandardOutput().trimmed().split('\n');
        return QJsonDocument::fromJson(lines.last()).object();
    };
    int code = -1;
    const QJsonObject probe =
        run({QStringLiteral("probe"), QStringLiteral("--timeout"), QStringLiteral("3"),
             QStringLiteral("--port"), QStringLiteral("%1:tls").arg(server->tlsPort()),
             QStringLiteral("--port"), QStringLiteral("%1:starttls").arg(server->plainPort()),
             QStringLiteral("--port"), QStringLiteral("%1:tls").arg(server->plainPort())},
            &code);
    QCOMPARE(code, 0);
    QCOMPARE(probe.value(QLatin1String("modes")).toArray().size(), 3);
    const QJsonObject rec = probe.value(QLatin1String("recommended")).toObject();
    QCOMPARE(rec.value(QLatin1String("mode")).toString(), QStringLiteral("tls"));
    QCOMPARE(rec.value(QLatin1String("port")).toInt(), int(server->tlsPort()));
    bool portChange = false;
    for (const QJsonValue &c : probe.value(QLatin1String("changes")).toArray())
        portChange =
            portChange || (c[QLatin1String("key")] == QStringLiteral("smtp/port") &&
                           c[QLatin1String("value")] == QString::number(server->tlsPort()));
    QVERIFY(portChange);
    // The configured combination (TLS on the STARTTLS port) is diagnosed as a mismatch.
    bool mismatch = false;
    for (const QJsonValue &m : probe.value(QLatin1String("modes")).toArray())
        mismatch = mismatch || (m[QLatin1String("port")].toInt() == server->plainPort() &&
                                m[QLatin1String("mode")] == QStringLiteral("tls") &&
                                m[QLatin1String("mismatch")][QLatin1String("expected")] ==
                                    QStringLiteral("starttls"));
    QVERIFY(mismatch);

    // Verify the role addresses over STARTTLS (the security comes from the INI file).
    QFile f(ini);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("[smtp]\nsecurity=starttls\n");
    f.close();
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_work.filePath(QStringLiteral("data")));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(MW_CLI_PATH), {QStringLiteral("--config"),
                                          ini,
                                          QStringLiteral("--json"),
                                          QStringLiteral("--set"),
                                          QStringLiteral("smtp/host=localhost"),
                                          QStringLiteral("--set"),
                                          QStringLiteral("smtp/port=%1").arg(server->plainPort()),
                                          QStringLiteral("--set"),
                                          QStringLiteral("smtp/auth=none"),
                                          QStringLiteral("--set"),
                                          QStringLiteral("smtp/ca_file=") + server->caFile(),
                                          QStringLiteral("--set"),
                                          QStringLiteral("mailboxes/from=alerts@example.test"),
                                          QStringLiteral("--set"),
                                          QStringLiteral("mailboxes/notify=admin@example.test"),
                                          QStringLiteral("--set"),
                                          QStringLiteral("copies/all=nobody@example.test"),
                                          QStringLiteral("test"),
                                          QStringLiteral("--stop-after"),
                                          QStringLiteral("rcpt"),
                                          QStringLiteral("--all-roles")});
    QVERIFY(p.waitForFinished(60000));
    const QByteArray out = p.readAllStandardOutput();
    const QJsonObject o = QJsonDocument::fromJson(out.trimmed().split('\n').last()).object();
    QCOMPARE(p.exitCode(), 67); // EX_NOUSER: a role address was refused
    const QJsonArray a = o.value(QLatin1String("addresses")).toArray();
    QCOMPARE(a.size(), 5);
    QCOMPARE(a.at(1)[QLatin1String("verdict")].toString(), QStringLiteral("accepted"));
    QCOMPARE(a.at(2)[QLatin1String("role")].toString(), QStringLiteral("copy_all"));
    QCOMPARE(a.at(2)[QLatin1String("verdict")].toString(), QStringLiteral("rejected"));
}

QTEST_GUILESS_MAIN(TestProbeExim)
#include "tst_probe_exim.moc"
