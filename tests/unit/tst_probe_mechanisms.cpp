// SPDX-License-Identifier: GPL-3.0-or-later
// The capability probe and sign-in mechanisms (issue 18): which offered mechanisms
// Mailwright can use (sasl::supportedMechanisms()), and the one-click proposal that replaces
// a method the server does not offer with the strongest it does, in auto's order.
#include "diagnostics/ProbeReport.h"
#include "settings/SettingsSchema.h"

#include <QTest>

using namespace mw;

namespace {

ModeReport mode(quint16 port, const QStringList &auth)
{
    ModeReport r;
    r.mode = SecurityMode::ImplicitTls;
    r.port = port;
    r.host = QStringLiteral("mail.example.test");
    r.result.ok = true;
    r.result.phase = Phase::Done;
    r.result.capabilities = {QStringLiteral("AUTH")};
    r.result.authMechanisms = auth;
    r.result.stages = {{Phase::Connect, true, 1}};
    r.result.tlsProtocol = QStringLiteral("TLSv1.3");
    r.result.certificate.sha256 = QStringLiteral("ab").repeated(32);
    r.result.certificate.notAfter = QDateTime::currentDateTimeUtc().addDays(100);
    r.result.certificate.notBefore = QDateTime::currentDateTimeUtc().addDays(-1);
    r.classify({});
    return r;
}

} // namespace

class TestProbeMechanisms : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mechanisms_data();
    void mechanisms();
    void proposedSignIn_data();
    void proposedSignIn();
};

namespace {
QStringList mechs(const char *spaceSeparated)
{
    return QString::fromLatin1(spaceSeparated).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}
} // namespace

// Every mechanism the server offers is listed, split into what Mailwright can use and what
// it cannot (sasl::supportedMechanisms()).
void TestProbeMechanisms::mechanisms_data()
{
    QTest::addColumn<QStringList>("offered");
    QTest::addColumn<QStringList>("usable");
    QTest::addColumn<QString>("summary");
    QTest::newRow("dovecot-everything")
        << mechs("PLAIN LOGIN CRAM-MD5 SCRAM-SHA-1 SCRAM-SHA-256 NTLM GSSAPI EXTERNAL")
        << mechs("PLAIN LOGIN CRAM-MD5 SCRAM-SHA-1 SCRAM-SHA-256 NTLM GSSAPI EXTERNAL")
        << QStringLiteral("can use: PLAIN, LOGIN, CRAM-MD5, SCRAM-SHA-1, SCRAM-SHA-256, NTLM, "
                          "GSSAPI, EXTERNAL");
    QTest::newRow("exchange-spnego-and-plus")
        << mechs("GSS-SPNEGO SCRAM-SHA-256-PLUS SCRAM-SHA-256 PLAIN")
        << mechs("SCRAM-SHA-256 PLAIN")
        << QStringLiteral("can use: SCRAM-SHA-256, PLAIN; not supported: GSS-SPNEGO, "
                          "SCRAM-SHA-256-PLUS");
    QTest::newRow("nothing-usable") << mechs("GSS-SPNEGO DIGEST-MD5") << QStringList()
                                    << QStringLiteral("can use: none; not supported: "
                                                      "GSS-SPNEGO, DIGEST-MD5");
    QTest::newRow("none-offered") << QStringList() << QStringList()
                                  << QStringLiteral("none offered");
}

void TestProbeMechanisms::mechanisms()
{
    QFETCH(QStringList, offered);
    QFETCH(QStringList, usable);
    QFETCH(QString, summary);
    const ModeReport m = mode(465, offered);
    QCOMPARE(m.usableMechanisms(), usable);
    QCOMPARE(m.usableMechanisms().size() + m.unsupportedMechanisms().size(), offered.size());
    QCOMPARE(m.mechanismSummary(), summary);
}

// The proposal replaces a method the server does not offer with the strongest it does, in
// auto's order (EXTERNAL with a certificate > SCRAM-SHA-256 > SCRAM-SHA-1 > GSSAPI without
// a password > CRAM-MD5 > PLAIN > LOGIN; NTLM only when nothing else is left).
void TestProbeMechanisms::proposedSignIn_data()
{
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("clientCert");
    QTest::addColumn<QStringList>("offered");
    QTest::addColumn<QString>("change"); // empty: no sign-in change proposed
    QTest::addColumn<QString>("mechanism");
    const QStringList all = mechs("PLAIN LOGIN CRAM-MD5 SCRAM-SHA-1 SCRAM-SHA-256 GSSAPI");
    QTest::newRow("smtp-cram-gone-scram-256-best")
        << QStringLiteral("smtp") << QStringLiteral("cram-md5") << QStringLiteral("")
        << mechs("PLAIN SCRAM-SHA-1 SCRAM-SHA-256") << QStringLiteral("scram-sha-256")
        << QStringLiteral("SCRAM-SHA-256");
    QTest::newRow("smtp-auto-stays-auto")
        << QStringLiteral("smtp") << QStringLiteral("auto") << QStringLiteral("") << all
        << QStringLiteral("") << QStringLiteral("SCRAM-SHA-256");
    QTest::newRow("smtp-external-with-certificate")
        << QStringLiteral("smtp") << QStringLiteral("login")
        << QStringLiteral("/etc/mailwright/client.pem") << mechs("PLAIN EXTERNAL SCRAM-SHA-256")
        << QStringLiteral("external") << QStringLiteral("EXTERNAL");
    QTest::newRow("smtp-external-needs-certificate")
        << QStringLiteral("smtp") << QStringLiteral("login") << QStringLiteral("")
        << mechs("PLAIN EXTERNAL SCRAM-SHA-256") << QStringLiteral("scram-sha-256")
        << QStringLiteral("SCRAM-SHA-256");
    QTest::newRow("smtp-gssapi-kept-when-offered")
        << QStringLiteral("smtp") << QStringLiteral("gssapi") << QStringLiteral("") << all
        << QStringLiteral("") << QStringLiteral("GSSAPI");
    QTest::newRow("smtp-only-ntlm-explicit")
        << QStringLiteral("smtp") << QStringLiteral("plain") << QStringLiteral("")
        << mechs("NTLM GSS-SPNEGO") << QStringLiteral("ntlm") << QStringLiteral("NTLM");
    QTest::newRow("smtp-nothing-usable")
        << QStringLiteral("smtp") << QStringLiteral("plain") << QStringLiteral("")
        << mechs("GSS-SPNEGO") << QStringLiteral("none") << QStringLiteral("");
    QTest::newRow("pop3-apop-without-timestamp-scram")
        << QStringLiteral("pop3") << QStringLiteral("apop") << QStringLiteral("")
        << mechs("PLAIN SCRAM-SHA-256") << QStringLiteral("scram-sha-256")
        << QStringLiteral("SCRAM-SHA-256");
    QTest::newRow("pop3-scram-not-offered-auto")
        << QStringLiteral("pop3") << QStringLiteral("scram-sha-1") << QStringLiteral("")
        << QStringList() << QStringLiteral("auto") << QStringLiteral("USER");
    QTest::newRow("pop3-user-always")
        << QStringLiteral("pop3") << QStringLiteral("user") << QStringLiteral("") << QStringList()
        << QStringLiteral("") << QStringLiteral("USER");
    QTest::newRow("pop3-auto-picks-strongest")
        << QStringLiteral("pop3") << QStringLiteral("auto") << QStringLiteral("")
        << mechs("PLAIN SCRAM-SHA-1") << QStringLiteral("") << QStringLiteral("SCRAM-SHA-1");
}

void TestProbeMechanisms::proposedSignIn()
{
    QFETCH(QString, service);
    QFETCH(QString, method);
    QFETCH(QString, clientCert);
    QFETCH(QStringList, offered);
    QFETCH(QString, change);
    QFETCH(QString, mechanism);
    const bool smtp = service == QLatin1String("smtp");
    ProbeReport r;
    r.service = smtp ? ProbeService::Smtp : ProbeService::Pop3;
    r.host = QStringLiteral("mail.example.test");
    ModeReport m = mode(smtp ? 465 : 995, offered);
    m.service = r.service;
    r.modes = {m};
    r.rank(true);
    QVERIFY(r.recommendedMode());
    MailSettings s;
    const QString key = service + QStringLiteral("/auth");
    QVERIFY(SettingsSchema::setValue(s, key, method).isEmpty());
    QVERIFY(SettingsSchema::setValue(s, service + QStringLiteral("/client_cert"), clientCert)
                .isEmpty());
    QString proposed;
    for (const SettingChange &c : r.recommendedChanges(s)) {
        if (c.key == key)
            proposed = c.value;
    }
    QCOMPARE(proposed, change);
    QCOMPARE(r.recommendedMechanism(s), mechanism);
}

QTEST_GUILESS_MAIN(TestProbeMechanisms)
#include "tst_probe_mechanisms.moc"
