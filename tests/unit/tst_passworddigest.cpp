// SPDX-License-Identifier: GPL-3.0-or-later
// PasswordDigest: the one way a password is kept as a digest (remote status read-only
// password, administrator lock): PBKDF2-HMAC-SHA-256, salted, cost in the stored text.
#include "settings/PasswordDigest.h"

#include <QElapsedTimer>
#include <QPasswordDigestor>
#include <QTest>

using namespace mw;

class TestPasswordDigest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rfcVector();
    void makeAndVerify();
    void saltDiffers();
    void refusesMalformed_data();
    void refusesMalformed();
    void passwordRules();
    void constantTimeEquals();
};

// RFC 7914 §11 (PBKDF2-HMAC-SHA-256 test vector, c = 1, dkLen = 64): the derivation under
// the digest is the standard one.
void TestPasswordDigest::rfcVector()
{
    const QByteArray dk =
        QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, "passwd", "salt", 1, 64);
    QCOMPARE(dk.toHex(), QByteArray("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20"
                                    "dacbc49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112"
                                    "041d3a19783"));
}

void TestPasswordDigest::makeAndVerify()
{
    QElapsedTimer t;
    t.start();
    const QString d = PasswordDigest::make(QStringLiteral("s3cret-Pässword"));
    qInfo("make() with %d iterations: %lld ms", PasswordDigest::kIterations, t.elapsed());
    QVERIFY(d.startsWith(QLatin1String("pbkdf2-sha256$120000$")));
    QVERIFY(!d.contains(QLatin1String("s3cret")));
    QVERIFY(PasswordDigest::isDigest(d));
    QVERIFY(PasswordDigest::verify(d, QStringLiteral("s3cret-Pässword")));
    QVERIFY(!PasswordDigest::verify(d, QStringLiteral("s3cret-Password")));
    QVERIFY(!PasswordDigest::verify(d, QString()));
    // A cheaper digest written by another version still verifies (the cost is stored).
    const QString cheap = PasswordDigest::make(QStringLiteral("abcdefg"), 10000);
    QVERIFY(PasswordDigest::verify(cheap, QStringLiteral("abcdefg")));
}

void TestPasswordDigest::saltDiffers()
{
    const QString a = PasswordDigest::make(QStringLiteral("same-password"), 10000);
    const QString b = PasswordDigest::make(QStringLiteral("same-password"), 10000);
    QVERIFY(a != b);
}

void TestPasswordDigest::refusesMalformed_data()
{
    QTest::addColumn<QString>("stored");
    const QString good = PasswordDigest::make(QStringLiteral("abcdefg"), 10000);
    const QStringList parts = good.split(QLatin1Char('$'));
    QTest::newRow("empty") << QString();
    QTest::newRow("clear-text") << QStringLiteral("abcdefg");
    QTest::newRow("other-scheme")
        << QStringList{QStringLiteral("md5"), parts[1], parts[2], parts[3]}.join(u'$');
    QTest::newRow("too-cheap")
        << QStringList{parts[0], QStringLiteral("1"), parts[2], parts[3]}.join(u'$');
    QTest::newRow("bad-base64")
        << QStringList{parts[0], parts[1], QStringLiteral("!!"), parts[3]}.join(u'$');
    QTest::newRow("short-digest")
        << QStringList{parts[0], parts[1], parts[2], QStringLiteral("AAAA")}.join(u'$');
    QTest::newRow("extra-field") << good + QStringLiteral("$x");
}

void TestPasswordDigest::refusesMalformed()
{
    QFETCH(QString, stored);
    QVERIFY(!PasswordDigest::isDigest(stored));
    QVERIFY(!PasswordDigest::verify(stored, QStringLiteral("abcdefg")));
}

void TestPasswordDigest::passwordRules()
{
    QVERIFY(!PasswordDigest::checkPassword(QStringLiteral("abcdef")).isEmpty());
    QVERIFY(PasswordDigest::checkPassword(QStringLiteral("abcdefg")).isEmpty());
    // The seed's 7 characters are a floor, not a ceiling.
    QVERIFY(PasswordDigest::checkPassword(QString(200, QLatin1Char('x'))).isEmpty());
    QVERIFY(!PasswordDigest::checkPassword(QStringLiteral("abc\ndefg")).isEmpty());
}

void TestPasswordDigest::constantTimeEquals()
{
    QVERIFY(PasswordDigest::constantTimeEquals("abc", "abc"));
    QVERIFY(!PasswordDigest::constantTimeEquals("abc", "abd"));
    QVERIFY(!PasswordDigest::constantTimeEquals("abc", "abcd"));
    QVERIFY(PasswordDigest::constantTimeEquals({}, {}));
}

QTEST_GUILESS_MAIN(TestPasswordDigest)
#include "tst_passworddigest.moc"
