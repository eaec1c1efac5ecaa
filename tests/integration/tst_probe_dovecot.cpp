// SPDX-License-Identifier: GPL-3.0-or-later
// "Check what the server supports" for POP3 against a real Dovecot on loopback: implicit
// TLS (995-style), STLS and clear text on the 110-style port, the APOP timestamp in the
// greeting, certificate details, the ranking and the one-click recommendation; a
// self-signed Dovecot is recommended only after trusting its certificate.
#include "DovecotFixture.h"
#include "diagnostics/CapabilityProbe.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace mw;
using mw::test::DovecotFixture;

namespace {

ProbeReport probeAll(const DovecotFixture &server, const TlsTrust &trust)
{
    CapabilityProbe probe;
    CapabilityProbe::Options o;
    o.service = ProbeService::Pop3;
    o.host = server.hostName();
    o.trust = trust;
    o.timeoutSeconds = 3;
    o.preferLogin = true;
    o.attempts = {{SecurityMode::ImplicitTls, server.tlsPort()},
                  {SecurityMode::StartTls, server.plainPort()},
                  {SecurityMode::Plain, server.plainPort()},
                  {SecurityMode::StartTls, server.tlsPort()}};
    QSignalSpy done(&probe, &CapabilityProbe::finished);
    QSignalSpy each(&probe, &CapabilityProbe::modeFinished);
    probe.start(o);
    if (!done.wait(30000) || each.count() != o.attempts.size())
        return {};
    return done.first().first().value<ProbeReport>();
}

} // namespace

class TestProbeDovecot : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everyModeRankedWithApop()
    {
        DovecotFixture dovecot;
        QVERIFY2(dovecot.start(), qPrintable(dovecot.errorString()));
        QVERIFY(dovecot.tlsPort() && dovecot.starttlsPort());
        const ProbeReport r = probeAll(dovecot, TlsTrust{dovecot.caFile(), {}});
        QCOMPARE(r.modes.size(), 4);
        QCOMPARE(r.service, ProbeService::Pop3);

        const ModeReport *tls = r.find(SecurityMode::ImplicitTls, dovecot.tlsPort());
        const ModeReport *stls = r.find(SecurityMode::StartTls, dovecot.plainPort());
        const ModeReport *clear = r.find(SecurityMode::Plain, dovecot.plainPort());
        const ModeReport *wrong = r.find(SecurityMode::StartTls, dovecot.tlsPort());
        QVERIFY(tls && stls && clear && wrong);
        QVERIFY2(tls->works, qPrintable(tls->verdict));
        QCOMPARE(tls->tier, ModeReport::Tier::TrustedImplicitTls);
        QVERIFY(!tls->result.tlsProtocol.isEmpty());
        QVERIFY(!tls->result.tlsCipher.isEmpty());
        QVERIFY(tls->certificate.presented && tls->certificate.trusted);
        QCOMPARE(tls->certificate.certificate.sha256, dovecot.certSha256());
        QVERIFY(tls->certificate.daysToExpiry > 0);
        QVERIFY2(stls->works, qPrintable(stls->verdict));
        QCOMPARE(stls->tier, ModeReport::Tier::TrustedStartTls);
        QVERIFY(!stls->result.tlsProtocol.isEmpty());
        QVERIFY(clear->works);
        // STLS is announced in clear (RFC 2595 §4), not again once TLS is up.
        QVERIFY(clear->result.capabilities.contains(QStringLiteral("STLS"), Qt::CaseInsensitive));
        QCOMPARE(clear->tier, ModeReport::Tier::Clear);
        // RFC 1939 §7: the greeting carries <timestamp> when APOP is offered.
        QVERIFY2(tls->apop, qPrintable(tls->result.greeting));
        QVERIFY(tls->result.greeting.contains(QLatin1Char('<')));
        QVERIFY(clear->apop);
        // STLS on the implicit-TLS port: silence, then "this port expects implicit TLS".
        QVERIFY(!wrong->works);
        QVERIFY(wrong->mismatch.has_value());
        QCOMPARE(wrong->mismatch->expected, SecurityMode::ImplicitTls);

        // Ranking: implicit TLS, STLS, clear, unusable; implicit TLS recommended.
        QCOMPARE(r.modes.first().mode, SecurityMode::ImplicitTls);
        QCOMPARE(r.modes.at(1).mode, SecurityMode::StartTls);
        QCOMPARE(r.modes.at(2).mode, SecurityMode::Plain);
        QVERIFY(r.recommendedMode());
        QCOMPARE(r.recommendedMode()->port, dovecot.tlsPort());
        QVERIFY(!r.recommendationNeedsTrust);

        // One click: from clear text on the 110-style port to implicit TLS; APOP kept.
        MailSettings s;
        s.pop3.host = dovecot.hostName();
        s.pop3.port = dovecot.plainPort();
        s.pop3.security = MailSettings::Pop3Security::None;
        s.pop3.auth = MailSettings::Pop3Auth::Apop;
        const QList<SettingChange> changes = r.recommendedChanges(s);
        QVERIFY(applySettingChanges(s, changes).isEmpty());
        QCOMPARE(s.pop3.port, int(dovecot.tlsPort()));
        QCOMPARE(s.pop3.security, MailSettings::Pop3Security::Tls);
        QCOMPARE(s.pop3.auth, MailSettings::Pop3Auth::Apop);
    }

    void selfSignedNeedsTrust()
    {
        DovecotFixture dovecot(QStringLiteral("self-signed-cert"));
        QVERIFY2(dovecot.start(), qPrintable(dovecot.errorString()));
        const ProbeReport r = probeAll(dovecot, TlsTrust{dovecot.caFile(), {}});
        const ModeReport *tls = r.find(SecurityMode::ImplicitTls, dovecot.tlsPort());
        QVERIFY(tls);
        QVERIFY(!tls->works);
        QCOMPARE(tls->result.errorClass, ErrorClass::TlsCertificate);
        QVERIFY(tls->needsTrust() && tls->certificate.canTrust());
        QVERIFY(r.recommendedMode());
        QVERIFY(r.recommendationNeedsTrust);
        MailSettings s;
        s.pop3.host = dovecot.hostName();
        s.pop3.port = dovecot.plainPort();
        const QList<SettingChange> changes = r.recommendedChanges(s);
        QVERIFY(applySettingChanges(s, changes).isEmpty());
        QCOMPARE(s.pop3.pinSha256.toLower().remove(QLatin1Char(':')), dovecot.certSha256());
    }
};

QTEST_GUILESS_MAIN(TestProbeDovecot)
#include "tst_probe_dovecot.moc"
