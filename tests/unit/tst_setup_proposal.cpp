// SPDX-License-Identifier: GPL-3.0-or-later
// SetupProposal: a finished detection as first-run settings. The server is the report's
// choice (never a foreign host without confirmation); the address fills From and, while
// empty, the login name and the notification recipient; the probes' CA file comes along.
#include "diagnostics/SetupProposal.h"

#include <QTest>

using namespace mw;

namespace {

DetectedCandidate working(const QString &host, quint16 port, SecurityMode mode,
                          DetectionSource source, bool authenticated)
{
    DetectedCandidate c;
    c.service = ProbeService::Smtp;
    c.host = host;
    c.port = port;
    c.mode = mode;
    c.source = source;
    c.sources = {SetupProposal::sourceName(source)};
    c.authenticated = authenticated;
    c.probed = true;
    c.probe.service = ProbeService::Smtp;
    c.probe.host = host;
    c.probe.port = port;
    c.probe.mode = mode;
    c.probe.reachable = true;
    c.probe.works = true;
    c.probe.tier = mode == SecurityMode::ImplicitTls ? ModeReport::Tier::TrustedImplicitTls
                                                     : ModeReport::Tier::TrustedStartTls;
    c.probe.verdict = QStringLiteral("works");
    return c;
}

QString valueOf(const QList<SettingChange> &changes, const QString &key)
{
    for (const SettingChange &c : changes) {
        if (c.key == key)
            return c.value;
    }
    return QStringLiteral("<unset>");
}

DetectionReport concluded(const QList<DetectedCandidate> &found)
{
    DetectionReport r;
    r.address = QStringLiteral("ops@example.test");
    r.domain = QStringLiteral("example.test");
    r.conclude(found, {});
    return r;
}

} // namespace

class TestSetupProposal : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void proposesTheRecommendedServerWithTheAddress()
    {
        const DetectionReport r =
            concluded({working(QStringLiteral("mx.example.test"), 587, SecurityMode::StartTls,
                               DetectionSource::Mx, false),
                       working(QStringLiteral("smtp.example.test"), 465, SecurityMode::ImplicitTls,
                               DetectionSource::Srv, false)});
        const SetupProposal p =
            SetupProposal::make(r, MailSettings{}, QStringLiteral(" ops@example.test "), {},
                                QStringLiteral("/etc/ca.pem"));
        QVERIFY(!p.isEmpty());
        QCOMPARE(p.candidate.host, QStringLiteral("smtp.example.test")); // implicit TLS first
        QCOMPARE(valueOf(p.changes, QStringLiteral("smtp/host")),
                 QStringLiteral("smtp.example.test"));
        QCOMPARE(valueOf(p.changes, QStringLiteral("smtp/port")), QStringLiteral("465"));
        QCOMPARE(valueOf(p.changes, QStringLiteral("mailboxes/from")),
                 QStringLiteral("ops@example.test"));
        QCOMPARE(valueOf(p.changes, QStringLiteral("mailboxes/notify")),
                 QStringLiteral("ops@example.test"));
        QCOMPARE(valueOf(p.changes, QStringLiteral("smtp/username")),
                 QStringLiteral("ops@example.test"));
        QCOMPARE(valueOf(p.changes, QStringLiteral("smtp/ca_file")), QStringLiteral("/etc/ca.pem"));
        QVERIFY2(p.why.contains(QLatin1String("DNS SRV record")), qPrintable(p.why));
    }

    void keepsWhatTheSettingsAlreadySay()
    {
        const DetectionReport r =
            concluded({working(QStringLiteral("smtp.example.test"), 465, SecurityMode::ImplicitTls,
                               DetectionSource::Srv, false)});
        MailSettings current;
        current.mailboxes.notify = QStringLiteral("oncall@example.test");
        current.smtp.username = QStringLiteral("svc-alerts");
        const SetupProposal p = SetupProposal::make(r, current, QStringLiteral("ops@example.test"));
        QCOMPARE(valueOf(p.changes, QStringLiteral("mailboxes/notify")), QStringLiteral("<unset>"));
        QCOMPARE(valueOf(p.changes, QStringLiteral("smtp/username")), QStringLiteral("<unset>"));
        // A login name typed in the assistant wins.
        const SetupProposal typed = SetupProposal::make(
            r, current, QStringLiteral("ops@example.test"), QStringLiteral("other"));
        QCOMPARE(valueOf(typed.changes, QStringLiteral("smtp/username")), QStringLiteral("other"));
    }

    void foreignHostOnlyOnceConfirmed()
    {
        // Named only by DNS, outside example.test: shown, never proposed by itself.
        const DetectionReport r =
            concluded({working(QStringLiteral("relay.elsewhere.test"), 465,
                               SecurityMode::ImplicitTls, DetectionSource::Srv, false)});
        QVERIFY(
            SetupProposal::make(r, MailSettings{}, QStringLiteral("ops@example.test")).isEmpty());
        const DetectedCandidate &c = r.candidates.first();
        QVERIFY(c.foreign);
        QVERIFY(SetupProposal::make(r, MailSettings{}, QStringLiteral("ops@example.test"), {}, {},
                                    &c, false)
                    .isEmpty());
        const SetupProposal p = SetupProposal::make(
            r, MailSettings{}, QStringLiteral("ops@example.test"), {}, {}, &c, true);
        QCOMPARE(valueOf(p.changes, QStringLiteral("smtp/host")),
                 QStringLiteral("relay.elsewhere.test"));
        QVERIFY(p.why.contains(c.warning));
    }

    void untrustedCertificateOfDnsHostIsNotProposed()
    {
        DetectedCandidate c = working(QStringLiteral("mail.example.test"), 465,
                                      SecurityMode::ImplicitTls, DetectionSource::Mx, false);
        c.probe.works = false;
        c.probe.tier = ModeReport::Tier::UntrustedImplicitTls;
        const DetectionReport r = concluded({c});
        QVERIFY(SetupProposal::make(r, MailSettings{}, QStringLiteral("ops@example.test"), {}, {},
                                    &r.candidates.first(), true)
                    .isEmpty());
    }

    void oauthForKnownProviders()
    {
        QCOMPARE(SetupProposal::oauthProviderFor(QStringLiteral("gmail.com")),
                 QStringLiteral("google"));
        QCOMPARE(SetupProposal::oauthProviderFor(QStringLiteral("outlook.com")),
                 QStringLiteral("microsoft"));
        QVERIFY(SetupProposal::oauthProviderFor(QStringLiteral("example.test")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSetupProposal)
#include "tst_setup_proposal.moc"
