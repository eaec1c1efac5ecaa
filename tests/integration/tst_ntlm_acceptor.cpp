// SPDX-License-Identifier: GPL-3.0-or-later
// NTLMv2 of core/protocol/Ntlm.cpp against an independent server: gss-ntlmssp as a GSSAPI
// acceptor (tests/servers/ntlm/acceptor.py; Debian's Dovecot has no NTLM of its own). The
// whole exchange: our NEGOTIATE_MESSAGE, its CHALLENGE_MESSAGE, our AUTHENTICATE_MESSAGE,
// its verdict. A right password (also upper-cased user, a password beyond the BMP) signs
// in; a wrong password or domain does not.
#include "MailServerFixture.h"
#include "TestPaths.h"
#include "protocol/Ntlm.h"

#include <QProcess>
#include <QTest>

using namespace mw;

namespace {

const QString kDomain = QStringLiteral("MAILWRIGHT");
const QString kUser = QStringLiteral("mwtest");

// Runs one exchange; returns the acceptor's last line ("OK DOMAIN\user" or "FAIL ...").
QString exchange(const QString &serverPassword, const QString &user, const QString &password,
                 const QString &domain, QString *error)
{
    QProcess acceptor;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MW_TEST_PASSWORD"), serverPassword);
    acceptor.setProcessEnvironment(env);
    acceptor.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    acceptor.start(test::python(),
                   {test::MailServerFixture::serversDir() + QStringLiteral("/ntlm/acceptor.py"),
                    QStringLiteral("--domain"), kDomain, QStringLiteral("--user"), kUser});
    if (!acceptor.waitForStarted(10000)) {
        *error = acceptor.errorString();
        return {};
    }
    const auto readLine = [&acceptor]() {
        while (!acceptor.canReadLine() && acceptor.waitForReadyRead(15000)) {
        }
        return acceptor.readLine().trimmed();
    };
    acceptor.write(ntlm::negotiateMessage(domain, QStringLiteral("WS1")).toBase64() + '\n');
    const QByteArray challenge = readLine();
    if (challenge.isEmpty() || challenge.startsWith("FAIL")) {
        *error = QStringLiteral("no challenge: ") + QString::fromUtf8(challenge);
        acceptor.kill();
        acceptor.waitForFinished(5000);
        return {};
    }
    QString why;
    const auto answer = ntlm::authenticateMessage(QByteArray::fromBase64(challenge), user, password,
                                                  domain, QStringLiteral("WS1"), &why);
    if (!answer) {
        *error = QStringLiteral("the client refused the challenge: ") + why;
        acceptor.kill();
        acceptor.waitForFinished(5000);
        return {};
    }
    acceptor.write(answer->toBase64() + '\n');
    acceptor.closeWriteChannel();
    const QByteArray verdict = readLine();
    acceptor.waitForFinished(15000);
    return QString::fromUtf8(verdict);
}

} // namespace

class TestNtlmAcceptor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void exchange_data();
    void exchange();
};

void TestNtlmAcceptor::exchange_data()
{
    QTest::addColumn<QString>("serverPassword");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<bool>("accepted");
    const QString pw = test::MailServerFixture::testPassword();
    const QString wide = QStringLiteral("Pässwörd€\U0001F600");
    QTest::newRow("right password") << pw << kUser << pw << kDomain << true;
    // A short NEGOTIATE_MESSAGE (no domain): its Version bytes must still be there.
    QTest::newRow("no domain") << pw << kUser << pw << QString() << true;
    QTest::newRow("user name in capitals")
        << pw << QStringLiteral("MWTEST") << pw << kDomain << true;
    QTest::newRow("password beyond the BMP") << wide << kUser << wide << kDomain << true;
    QTest::newRow("wrong password") << pw << kUser << QStringLiteral("not it") << kDomain << false;
    QTest::newRow("one accent off")
        << wide << kUser << QStringLiteral("Passwörd€\U0001F600") << kDomain << false;
}

void TestNtlmAcceptor::exchange()
{
    QFETCH(QString, serverPassword);
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QString, domain);
    QFETCH(bool, accepted);
    QString error;
    const QString verdict = ::exchange(serverPassword, user, password, domain, &error);
    QVERIFY2(!verdict.isEmpty(), qPrintable(error));
    if (accepted) {
        const QString who = domain.isEmpty() ? user : domain + QLatin1Char('\\') + user;
        QCOMPARE(verdict, QStringLiteral("OK ") + who);
    } else {
        QVERIFY2(verdict.startsWith(QLatin1String("FAIL")), qPrintable(verdict));
    }
}

QTEST_GUILESS_MAIN(TestNtlmAcceptor)
#include "tst_ntlm_acceptor.moc"
