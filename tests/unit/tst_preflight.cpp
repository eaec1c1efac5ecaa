// SPDX-License-Identifier: GPL-3.0-or-later
// The purpose-based preflight (core/session/Preflight): per purpose, which settings
// sections must validate, which secrets are needed and where the session stops. One table,
// so that the window, the CLI, the status monitor and the queue runner cannot drift apart.
#include "session/Preflight.h"
#include "settings/SettingsFacts.h"

#include <QTest>

using namespace mw;

using A = MailSettings::SmtpAuth;

Q_DECLARE_METATYPE(mw::Purpose)
Q_DECLARE_METATYPE(mw::Phase)
Q_DECLARE_METATYPE(mw::MailSettings::SmtpAuth)
Q_DECLARE_METATYPE(mw::MailSettings::Pop3Auth)

namespace {

MailSettings valid(A auth)
{
    MailSettings s;
    s.smtp.host = QStringLiteral("mail.example.org");
    s.smtp.auth = auth;
    s.smtp.username = QStringLiteral("alerts");
    s.mailboxes.from = QStringLiteral("alerts@example.org");
    s.mailboxes.notify = QStringLiteral("admin@example.org");
    s.pop3.host = QStringLiteral("pop.example.org");
    s.pop3.username = QStringLiteral("alerts");
    s.oauth.clientId = QStringLiteral("client");
    return s;
}

QStringList keysOf(const QList<ValidationIssue> &issues)
{
    QStringList keys;
    for (const ValidationIssue &i : issues)
        keys << i.key;
    return keys;
}

} // namespace

class TestPreflight : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void needsAndSections_data();
    void needsAndSections();
    void issuesBlockOnlyTheirPurpose_data();
    void issuesBlockOnlyTheirPurpose();
    void explicitRecipientDropsNotify();
    void roundTripNeedsPop3Account();
    void queueRunToPickupNeedsNoSecret();
    void signInMethods_data();
    void signInMethods();
    void serverNeeds_data();
    void serverNeeds();
    void hostsToLookUp_data();
    void hostsToLookUp();
};

void TestPreflight::needsAndSections_data()
{
    QTest::addColumn<A>("auth");
    QTest::addColumn<Purpose>("purpose");
    QTest::addColumn<Phase>("stopAfter"); // SendTest's choice
    QTest::addColumn<QString>("secrets"); // s = SMTP password, p = POP3, t = access token
    QTest::addColumn<Phase>("stop");
    QTest::addColumn<QStringList>("sections");

    const auto l = [](const char *csv) { return QString::fromLatin1(csv).split(QLatin1Char(',')); };
    using P = Purpose;
    // Send Test: mailboxes only once MAIL is reached; general only when a secret is read.
    QTest::newRow("send plain") << A::Plain << P::SendTest << Phase::Done << "s" << Phase::Done
                                << l("smtp,mailboxes,general,diagnostics");
    QTest::newRow("send none") << A::None << P::SendTest << Phase::Done << "" << Phase::Done
                               << l("smtp,mailboxes,diagnostics");
    QTest::newRow("stop ehlo") << A::Plain << P::SendTest << Phase::Ehlo << "s" << Phase::Ehlo
                               << l("smtp,general,diagnostics");
    QTest::newRow("stop mail") << A::Plain << P::SendTest << Phase::Mail << "s" << Phase::Mail
                               << l("smtp,mailboxes,general,diagnostics");
    QTest::newRow("send popbefore") << A::PopBeforeSmtp << P::SendTest << Phase::Done << "p"
                                    << Phase::Done << l("smtp,pop3,mailboxes,general,diagnostics");
    QTest::newRow("send oauth") << A::XOAuth2 << P::SendTest << Phase::Done << "t" << Phase::Done
                                << l("smtp,oauth,mailboxes,general,diagnostics");
    // The window's "Check login": AUTH when there is a login of any kind, else EHLO.
    QTest::newRow("login plain") << A::Auto << P::LoginCheck << Phase::Done << "s" << Phase::Auth
                                 << l("smtp,general,diagnostics");
    QTest::newRow("login none") << A::None << P::LoginCheck << Phase::Done << "" << Phase::Ehlo
                                << l("smtp,diagnostics");
    QTest::newRow("login popbefore") << A::PopBeforeSmtp << P::LoginCheck << Phase::Done << "p"
                                     << Phase::Auth << l("smtp,pop3,general,diagnostics");
    QTest::newRow("login oauth") << A::OAuthBearer << P::LoginCheck << Phase::Done << "t"
                                 << Phase::Auth << l("smtp,oauth,general,diagnostics");
    // Verify addresses: RCPT of every role address.
    QTest::newRow("verify plain") << A::Plain << P::Verify << Phase::Done << "s" << Phase::Rcpt
                                  << l("smtp,mailboxes,copies,general,diagnostics");
    QTest::newRow("verify none") << A::None << P::Verify << Phase::Done << "" << Phase::Rcpt
                                 << l("smtp,mailboxes,copies,diagnostics");
    // Round trip: the message comes back over POP3, so its password is always needed.
    QTest::newRow("roundtrip plain") << A::Plain << P::RoundTrip << Phase::Done << "sp"
                                     << Phase::Done << l("smtp,pop3,mailboxes,general,diagnostics");
    QTest::newRow("roundtrip none") << A::None << P::RoundTrip << Phase::Done << "p" << Phase::Done
                                    << l("smtp,pop3,mailboxes,general,diagnostics");
    // Status check: probes up to AUTH.
    QTest::newRow("status plain") << A::Login << P::StatusCheck << Phase::Done << "s" << Phase::Auth
                                  << l("smtp,general,diagnostics");
    QTest::newRow("status oauth") << A::XOAuth2 << P::StatusCheck << Phase::Done << "t"
                                  << Phase::Auth << l("smtp,oauth,general,diagnostics");
    // The queue: the envelope was fixed when the message was queued.
    QTest::newRow("queue plain") << A::CramMd5 << P::QueueRun << Phase::Done << "s" << Phase::Done
                                 << l("delivery,smtp,general,diagnostics");
    QTest::newRow("queue popbefore") << A::PopBeforeSmtp << P::QueueRun << Phase::Done << "p"
                                     << Phase::Done << l("delivery,smtp,pop3,general,diagnostics");
}

void TestPreflight::needsAndSections()
{
    QFETCH(A, auth);
    QFETCH(Purpose, purpose);
    QFETCH(Phase, stopAfter);
    QFETCH(QString, secrets);
    QFETCH(Phase, stop);
    QFETCH(QStringList, sections);
    const MailSettings s = valid(auth);
    PreflightOptions o;
    o.stopAfter = stopAfter;
    const PreflightNeeds n = Preflight::needs(s, purpose, o);
    QCOMPARE(n.smtpPassword, secrets.contains(QLatin1Char('s')));
    QCOMPARE(n.pop3Password, secrets.contains(QLatin1Char('p')));
    QCOMPARE(n.accessToken, secrets.contains(QLatin1Char('t')));
    QCOMPARE(n.stopAfter, stop);
    QCOMPARE(Preflight::sectionsFor(s, purpose, o), sections);
    QVERIFY(Preflight::issuesFor(s, purpose, o).isEmpty());
}

void TestPreflight::issuesBlockOnlyTheirPurpose_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<A>("auth");
    QTest::addColumn<QString>("blocked"); // letters of the purposes blocked, see below

    // S send, E stop after EHLO, L check login, V verify, R round trip, C status, Q queue
    QTest::newRow("smtp host") << "smtp/host"
                               << "" << A::Plain << "SELVRQ"; // status: SMTP is off
    QTest::newRow("from") << "mailboxes/from"
                          << "" << A::Plain << "SVR";
    QTest::newRow("copy") << "copies/all"
                          << "not an address" << A::Plain << "V";
    // POP3 only blocks what logs in to POP3 (POP-before-SMTP or the round trip).
    QTest::newRow("pop3 plain") << "pop3/host"
                                << "bad host!" << A::Plain << "R";
    QTest::newRow("pop3 popbefore") << "pop3/host"
                                    << "bad host!" << A::PopBeforeSmtp << "SELVRCQ";
    // The [oauth] section blocks every SMTP operation that signs in with OAuth2 (the
    // window's and the CLI's lists had left it out, so the sign-in failed later instead).
    QTest::newRow("oauth client") << "oauth/client_id"
                                  << "" << A::XOAuth2 << "SELVRCQ";
    // Where the secrets are kept: only when one is read.
    QTest::newRow("secret file") << "general/secret_backend"
                                 << "file" << A::Plain << "SELVRCQ";
    QTest::newRow("secret file none") << "general/secret_backend"
                                      << "file" << A::None << "R";
}

void TestPreflight::issuesBlockOnlyTheirPurpose()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(A, auth);
    QFETCH(QString, blocked);
    MailSettings s = valid(auth);
    if (key == QLatin1String("general/secret_backend"))
        s.general.secretBackend = MailSettings::SecretBackend::File; // no secret_file
    else if (key == QLatin1String("smtp/host"))
        s.smtp.host.clear();
    else if (key == QLatin1String("mailboxes/from"))
        s.mailboxes.from.clear();
    else if (key == QLatin1String("copies/all"))
        s.copies.all = value;
    else if (key == QLatin1String("pop3/host"))
        s.pop3.host = value;
    else if (key == QLatin1String("oauth/client_id"))
        s.oauth.clientId.clear();
    QVERIFY2(!SettingsValidator::validate(s).isEmpty(), "the row must make the settings invalid");

    struct Case
    {
        char letter;
        Purpose purpose;
        Phase stop;
    };
    const Case cases[] = {
        {'S', Purpose::SendTest, Phase::Done},   {'E', Purpose::SendTest, Phase::Ehlo},
        {'L', Purpose::LoginCheck, Phase::Done}, {'V', Purpose::Verify, Phase::Done},
        {'R', Purpose::RoundTrip, Phase::Done},  {'C', Purpose::StatusCheck, Phase::Done},
        {'Q', Purpose::QueueRun, Phase::Done}};
    for (const Case &c : cases) {
        PreflightOptions o;
        o.stopAfter = c.stop;
        const QList<ValidationIssue> issues = Preflight::issuesFor(s, c.purpose, o);
        const QString what = QStringLiteral("purpose %1: %2")
                                 .arg(QLatin1Char(c.letter))
                                 .arg(keysOf(issues).join(QLatin1Char(',')));
        QVERIFY2(issues.isEmpty() != blocked.contains(QLatin1Char(c.letter)), qPrintable(what));
        if (!issues.isEmpty())
            QVERIFY2(!issues.first().message.isEmpty(), qPrintable(what));
    }
}

void TestPreflight::explicitRecipientDropsNotify()
{
    MailSettings s = valid(A::None);
    s.mailboxes.notify = QStringLiteral("not an address");
    PreflightOptions o;
    QCOMPARE(keysOf(Preflight::issuesFor(s, Purpose::SendTest, o)),
             QStringList{QStringLiteral("mailboxes/notify")});
    o.explicitRecipient = true;
    QVERIFY(Preflight::issuesFor(s, Purpose::SendTest, o).isEmpty());
    // Verify checks the notification mailbox itself.
    QVERIFY(!Preflight::issuesFor(s, Purpose::Verify, o).isEmpty());
}

void TestPreflight::roundTripNeedsPop3Account()
{
    MailSettings s = valid(A::None);
    s.pop3.username.clear();
    const QList<ValidationIssue> issues = Preflight::issuesFor(s, Purpose::RoundTrip);
    QCOMPARE(keysOf(issues), QStringList{QStringLiteral("pop3/username")});
    QVERIFY(issues.first().message.contains(s.mailboxes.notify));
    QVERIFY(Preflight::issuesFor(s, Purpose::SendTest).isEmpty());
}

void TestPreflight::queueRunToPickupNeedsNoSecret()
{
    MailSettings s = valid(A::Plain);
    s.delivery.method = MailSettings::DeliveryMethod::Pickup;
    s.delivery.pickupDir = QStringLiteral("/tmp");
    const PreflightNeeds n = Preflight::needs(s, Purpose::QueueRun);
    QVERIFY(!n.anySecret());
    QCOMPARE(Preflight::sectionsFor(s, Purpose::QueueRun), QStringList{QStringLiteral("delivery")});
    s.smtp.host.clear(); // not used when delivering to the pickup folder
    QVERIFY(Preflight::issuesFor(s, Purpose::QueueRun).isEmpty());
}

void TestPreflight::signInMethods_data()
{
    // The methods of issue 18: which of them need a password, and when the client
    // certificates (smtp/client_cert, pop3/client_cert) are loaded.
    QTest::addColumn<A>("auth");
    QTest::addColumn<MailSettings::Pop3Auth>("pop3Auth");
    QTest::addColumn<QString>("certs"); // S = smtp/client_cert set, P = pop3/client_cert set
    QTest::addColumn<Purpose>("purpose");
    // s, p, t as above; S = the SMTP client certificate, P = the POP3 one; k = the Kerberos
    // ticket is checked before connecting (a GSSAPI login)
    QTest::addColumn<QString>("secrets");
    QTest::addColumn<Phase>("stop");
    using P3 = MailSettings::Pop3Auth;
    using P = Purpose;
    QTest::newRow("scram-256") << A::ScramSha256 << P3::Auto << "" << P::SendTest << "s"
                               << Phase::Done;
    QTest::newRow("scram-1") << A::ScramSha1 << P3::Auto << "" << P::SendTest << "s" << Phase::Done;
    QTest::newRow("ntlm") << A::Ntlm << P3::Auto << "" << P::SendTest << "s" << Phase::Done;
    // GSSAPI: the Kerberos ticket, no secret of Mailwright's.
    QTest::newRow("gssapi") << A::Gssapi << P3::Auto << "" << P::SendTest << "k" << Phase::Done;
    QTest::newRow("gssapi login check")
        << A::Gssapi << P3::Auto << "" << P::LoginCheck << "k" << Phase::Auth;
    // EXTERNAL: the certificate, no password.
    QTest::newRow("external") << A::External << P3::Auto << "S" << P::SendTest << "S"
                              << Phase::Done;
    QTest::newRow("external login check")
        << A::External << P3::Auto << "S" << P::LoginCheck << "S" << Phase::Auth;
    // A certificate is presented whatever the method (a server may require one).
    QTest::newRow("plain with certificate")
        << A::Plain << P3::Auto << "S" << P::QueueRun << "sS" << Phase::Done;
    QTest::newRow("pop3 certificate unused by smtp")
        << A::Plain << P3::Auto << "P" << P::SendTest << "s" << Phase::Done;
    // POP-before-SMTP and the round trip log in to POP3 with its own method.
    QTest::newRow("popbefore gssapi")
        << A::PopBeforeSmtp << P3::Gssapi << "" << P::SendTest << "k" << Phase::Done;
    QTest::newRow("popbefore external")
        << A::PopBeforeSmtp << P3::External << "P" << P::SendTest << "P" << Phase::Done;
    QTest::newRow("popbefore scram")
        << A::PopBeforeSmtp << P3::ScramSha256 << "" << P::SendTest << "p" << Phase::Done;
    QTest::newRow("roundtrip pop3 external")
        << A::Gssapi << P3::External << "P" << P::RoundTrip << "Pk" << Phase::Done;
    QTest::newRow("roundtrip pop3 user")
        << A::External << P3::User << "SP" << P::RoundTrip << "pSP" << Phase::Done;
    QTest::newRow("status pop3 gssapi")
        << A::None << P3::Gssapi << "" << P::StatusCheck << "k" << Phase::Auth;
    QTest::newRow("status pop3 apop with certificate")
        << A::None << P3::Apop << "P" << P::StatusCheck << "pP" << Phase::Auth;
}

void TestPreflight::signInMethods()
{
    QFETCH(A, auth);
    QFETCH(MailSettings::Pop3Auth, pop3Auth);
    QFETCH(QString, certs);
    QFETCH(Purpose, purpose);
    QFETCH(QString, secrets);
    QFETCH(Phase, stop);
    MailSettings s = valid(auth);
    s.pop3.auth = pop3Auth;
    s.pop3.enabled = purpose == Purpose::StatusCheck;
    if (certs.contains(QLatin1Char('S')))
        s.smtp.clientCert = QStringLiteral("/etc/mailwright/smtp.p12");
    if (certs.contains(QLatin1Char('P')))
        s.pop3.clientCert = QStringLiteral("/etc/mailwright/pop3.pem");
    const PreflightNeeds n = Preflight::needs(s, purpose);
    QCOMPARE(n.smtpPassword, secrets.contains(QLatin1Char('s')));
    QCOMPARE(n.pop3Password, secrets.contains(QLatin1Char('p')));
    QCOMPARE(n.accessToken, false);
    QCOMPARE(n.smtpIdentity, secrets.contains(QLatin1Char('S')));
    QCOMPARE(n.pop3Identity, secrets.contains(QLatin1Char('P')));
    QCOMPARE(n.kerberosTicket, secrets.contains(QLatin1Char('k')));
    QCOMPARE(n.stopAfter, stop);
    // The passphrases live in the secret store: its settings must be valid then.
    QCOMPARE(Preflight::sectionsFor(s, purpose).contains(QStringLiteral("general")), n.anySecret());
    const QList<ValidationIssue> issues = Preflight::issuesFor(s, purpose);
    QVERIFY2(issues.isEmpty(), issues.isEmpty() ? "" : qPrintable(issues.first().key));
}

void TestPreflight::serverNeeds_data()
{
    // One server's status check (and mailwright-cli bounces): what its probe logs in with.
    QTest::addColumn<QString>("server");
    QTest::addColumn<A>("auth");
    QTest::addColumn<MailSettings::Pop3Auth>("pop3Auth");
    QTest::addColumn<bool>("login");
    QTest::addColumn<QString>("secrets"); // as signInMethods
    using P3 = MailSettings::Pop3Auth;
    QTest::newRow("smtp external") << "smtp" << A::External << P3::Auto << true << "S";
    QTest::newRow("smtp gssapi") << "smtp" << A::Gssapi << P3::Auto << true << "Sk";
    QTest::newRow("smtp plain") << "smtp" << A::Plain << P3::Auto << true << "sS";
    QTest::newRow("smtp no login") << "smtp" << A::Plain << P3::Auto << false << "S";
    QTest::newRow("pop3 external") << "pop3" << A::Plain << P3::External << true << "P";
    QTest::newRow("pop3 gssapi") << "pop3" << A::Plain << P3::Gssapi << true << "Pk";
    QTest::newRow("pop3 user") << "pop3" << A::Gssapi << P3::User << true << "pP";
    QTest::newRow("pop3 no login") << "pop3" << A::Plain << P3::Gssapi << false << "P";
}

void TestPreflight::serverNeeds()
{
    QFETCH(QString, server);
    QFETCH(A, auth);
    QFETCH(MailSettings::Pop3Auth, pop3Auth);
    QFETCH(bool, login);
    QFETCH(QString, secrets);
    MailSettings s = valid(auth);
    s.pop3.auth = pop3Auth;
    s.smtp.clientCert = QStringLiteral("/etc/mailwright/smtp.p12");
    s.pop3.clientCert = QStringLiteral("/etc/mailwright/pop3.pem");
    const PreflightNeeds n = Preflight::serverNeeds(s, server, login);
    QCOMPARE(n.smtpPassword, secrets.contains(QLatin1Char('s')));
    QCOMPARE(n.pop3Password, secrets.contains(QLatin1Char('p')));
    QCOMPARE(n.accessToken, false);
    QCOMPARE(n.smtpIdentity, secrets.contains(QLatin1Char('S')));
    QCOMPARE(n.pop3Identity, secrets.contains(QLatin1Char('P')));
    QCOMPARE(n.kerberosTicket, secrets.contains(QLatin1Char('k')));
    QCOMPARE(n.stopAfter, Phase::Auth);
}

// The names a shell has looked up while it reads the secrets (MailConnection::lookAhead):
// the servers the operation opens sessions with, the POP3 server first.
void TestPreflight::hostsToLookUp_data()
{
    QTest::addColumn<Purpose>("purpose");
    QTest::addColumn<A>("auth");
    QTest::addColumn<bool>("pop3Checks");
    QTest::addColumn<bool>("pickup");
    QTest::addColumn<QStringList>("hosts");
    const QString smtp = QStringLiteral("mail.example.org");
    const QString pop3 = QStringLiteral("pop.example.org");
    QTest::newRow("send test") << Purpose::SendTest << A::Plain << false << false
                               << QStringList{smtp};
    QTest::newRow("send test, POP-before-SMTP")
        << Purpose::SendTest << A::PopBeforeSmtp << false << false << QStringList{pop3, smtp};
    QTest::newRow("login check") << Purpose::LoginCheck << A::Plain << false << false
                                 << QStringList{smtp};
    QTest::newRow("round trip") << Purpose::RoundTrip << A::Plain << false << false
                                << QStringList{pop3, smtp};
    QTest::newRow("status, POP3 checks off")
        << Purpose::StatusCheck << A::Plain << false << false << QStringList{smtp};
    QTest::newRow("status, POP3 checks on")
        << Purpose::StatusCheck << A::Plain << true << false << QStringList{pop3, smtp};
    QTest::newRow("queue over SMTP")
        << Purpose::QueueRun << A::Plain << false << false << QStringList{smtp};
    QTest::newRow("queue to the pickup folder")
        << Purpose::QueueRun << A::Plain << false << true << QStringList{};
}

void TestPreflight::hostsToLookUp()
{
    QFETCH(Purpose, purpose);
    QFETCH(A, auth);
    QFETCH(bool, pop3Checks);
    QFETCH(bool, pickup);
    QFETCH(QStringList, hosts);
    MailSettings s = valid(auth);
    s.smtp.host = QStringLiteral(" mail.example.org "); // as typed: trimmed
    s.pop3.enabled = pop3Checks;
    if (pickup)
        s.delivery.method = MailSettings::DeliveryMethod::Pickup;
    QCOMPARE(Preflight::hostsFor(s, purpose), hosts);
    // The same server for both: looked up once.
    s.pop3.host = QStringLiteral("mail.example.org");
    hosts.removeDuplicates();
    hosts.replaceInStrings(QStringLiteral("pop.example.org"), QStringLiteral("mail.example.org"));
    hosts.removeDuplicates();
    QCOMPARE(Preflight::hostsFor(s, purpose), hosts);
}

QTEST_GUILESS_MAIN(TestPreflight)
#include "tst_preflight.moc"
