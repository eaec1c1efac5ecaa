// SPDX-License-Identifier: GPL-3.0-or-later
// The support bundle's second look for credentials (SupportBundle::redactTranscript,
// redactSettings) and its archive writer (BundleArchive): a ZIP Python's zipfile reads
// back member for member, and a cancelled write that leaves neither a new file nor a
// changed old one.
#include "ZipMembers.h"
#include "support/BundleArchive.h"
#include "support/SupportBundle.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace mw;

class TestSupportRedact : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void transcript_data();
    void transcript();
    void settings();
    void archiveRoundTrip();
    void cancelKeepsOldFile();
};

void TestSupportRedact::transcript_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    const auto row = [](const char *name, const char *in, const char *out) {
        QTest::newRow(name) << QString::fromUtf8(in) << QString::fromUtf8(out);
    };
    row("auth-plain-initial", "C: AUTH PLAIN AG13dGVzdABzZWNyZXQ=", "C: AUTH PLAIN ***");
    row("auth-already-redacted", "C: AUTH PLAIN ***", "C: AUTH PLAIN ***");
    row("auth-without-response", "C: AUTH LOGIN", "C: AUTH LOGIN");
    row("smtp-challenge-answers",
        "S: 334 VXNlcm5hbWU6\nC: bXd0ZXN0\nS: 334 UGFzc3dvcmQ6\nC: c2VjcmV0\nS: 235 ok",
        "S: 334 VXNlcm5hbWU6\nC: ***\nS: 334 UGFzc3dvcmQ6\nC: ***\nS: 235 ok");
    row("pop3-continuation", "S: + \nC: c2VjcmV0\nS: +OK", "S: + \nC: ***\nS: +OK");
    row("pop3-pass", "C: USER mwtest\nC: PASS secret", "C: USER mwtest\nC: PASS ***");
    row("apop", "C: APOP mwtest c4c9334bac560ecc979e58001b3e22fb", "C: APOP mwtest ***");
    row("bearer", "*  Authorization: Bearer eyJhbGciOi.abc-def", "*  Authorization: Bearer ***");
    row("token-json", R"(S: {"access_token": "ya29.secret", "expires_in": 3599})",
        R"(S: {"access_token": "***", "expires_in": 3599})");
    row("url-userinfo", "*  proxy http://alice:hunter2@proxy.example:3128/",
        "*  proxy http://alice:***@proxy.example:3128/");
    row("ordinary-lines-stay",
        "C: EHLO host.example\nS: 250-AUTH PLAIN LOGIN\nC: MAIL FROM:<a@example.test>\n"
        "*  wrong password: the server said no",
        "C: EHLO host.example\nS: 250-AUTH PLAIN LOGIN\nC: MAIL FROM:<a@example.test>\n"
        "*  wrong password: the server said no");
}

void TestSupportRedact::transcript()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(SupportBundle::redactTranscript(in), out);
}

void TestSupportRedact::settings()
{
    const QString ini = QStringLiteral("[smtp]\nhost = mail.example\npassword = hunter2\n"
                                       "[alerts]\nwebhook_url = https://hooks.example/T0/B0/x\n"
                                       "[general]\nsecret_backend = file\n");
    QCOMPARE(SupportBundle::redactSettings(ini),
             QStringLiteral("[smtp]\nhost = mail.example\npassword = ***\n"
                            "[alerts]\nwebhook_url = ***\n"
                            "[general]\nsecret_backend = file\n"));
}

void TestSupportRedact::archiveRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("b.zip"));
    QByteArray big;
    for (int i = 0; i < 20000; ++i)
        big += "line " + QByteArray::number(i) + '\n';
    const QList<BundleMember> members{{QStringLiteral("README.txt"), "hello\n"},
                                      {QStringLiteral("empty.txt"), {}},
                                      {QStringLiteral("certificates/a.pem"), big}};
    QList<int> seen;
    QString error;
    QVERIFY2(BundleArchive::write(path, members, &error,
                                  [&seen](int written, int total) {
                                      seen << written;
                                      return total == 3;
                                  }),
             qPrintable(error));
    QCOMPARE(seen, (QList<int>{1, 2, 3}));
    const mw::test::ZipMembers z = mw::test::ZipMembers::read(path);
    QVERIFY2(z.error.isEmpty(), qPrintable(z.error));
    QCOMPARE(z.members.size(), 3);
    for (const BundleMember &m : members)
        QCOMPARE(z.members.value(m.name), m.data);
    // Deflated: the repetitive member takes far less room than its text.
    QVERIFY(QFileInfo(path).size() < big.size() / 3);
}

void TestSupportRedact::cancelKeepsOldFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("b.zip"));
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("the previous bundle");
    old.close();
    QString error;
    QVERIFY(!BundleArchive::write(path,
                                  {{QStringLiteral("a.txt"), "a"}, {QStringLiteral("b.txt"), "b"}},
                                  &error, [](int written, int) { return written < 1; }));
    QVERIFY(error.contains(QStringLiteral("cancelled")));
    QFile again(path);
    QVERIFY(again.open(QIODevice::ReadOnly));
    QCOMPARE(again.readAll(), QByteArray("the previous bundle"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("b.zip")});
}

QTEST_GUILESS_MAIN(TestSupportRedact)
#include "tst_support_redact.moc"
