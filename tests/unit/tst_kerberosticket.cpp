// SPDX-License-Identifier: GPL-3.0-or-later
// Kerberos ticket status without a KDC: the sentences for no ticket and an expired one,
// an empty credential cache through the real krb5 library, and the asynchronous reader
// (result on the caller's thread; destroying it cancels). With a real KDC:
// tests/integration/tst_kerberosticket.cpp.
#include "session/KerberosTicket.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QThreadPool>

using namespace mw;

namespace {

const QString kNoTicket = QStringLiteral("No Kerberos ticket — run kinit or log in to the domain.");

} // namespace

class TestKerberosTicket : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void sentences();
    void noCache();
    void reader();
    void readerDestroyed();

private:
    QTemporaryDir m_dir;
};

void TestKerberosTicket::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // An empty profile: nothing of the machine's /etc/krb5.conf, and a cache that is not there.
    QFile profile(m_dir.filePath(QStringLiteral("krb5.conf")));
    QVERIFY(profile.open(QIODevice::WriteOnly));
    profile.close();
    qputenv("KRB5_CONFIG", QFile::encodeName(profile.fileName()));
    qputenv("KRB5CCNAME", QFile::encodeName(QStringLiteral("FILE:") +
                                            m_dir.filePath(QStringLiteral("no-such-cache"))));
}

void TestKerberosTicket::sentences()
{
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1800000000, Qt::UTC);
    const QString who = QStringLiteral("mwtest@MAILWRIGHT.TEST");

    KerberosTicketInfo none = kerberosTicketInfo(false, QString(), QDateTime(), now);
    QVERIFY(!none.found);
    QVERIFY(!none.expired);
    QCOMPARE(none.problem, kNoTicket);
    none = kerberosTicketInfo(false, QString(), QDateTime(), now, QStringLiteral("KCM down"));
    QCOMPARE(none.problem, kNoTicket + QStringLiteral(" (KCM down)"));

    const KerberosTicketInfo valid = kerberosTicketInfo(true, who, now.addSecs(60), now);
    QVERIFY(valid.found);
    QVERIFY(!valid.expired);
    QCOMPARE(valid.principal, who);
    QCOMPARE(valid.expires, now.addSecs(60));
    QVERIFY(valid.problem.isEmpty());

    const QDateTime end = now.addSecs(-1);
    const KerberosTicketInfo expired = kerberosTicketInfo(true, who, end, now);
    QVERIFY(expired.found);
    QVERIFY(expired.expired);
    QCOMPARE(expired.problem,
             QStringLiteral("The Kerberos ticket of %1 expired at %2 — run kinit or log in to the "
                            "domain again.")
                 .arg(who, end.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss t"))));
    // Ending exactly now is expired.
    QVERIFY(kerberosTicketInfo(true, who, now, now).expired);
}

void TestKerberosTicket::noCache()
{
    const KerberosTicketInfo info = readKerberosTicket();
    QVERIFY(!info.found);
    QVERIFY(info.principal.isEmpty());
    QVERIFY(!info.expires.isValid());
    QCOMPARE(info.problem, kNoTicket);
}

void TestKerberosTicket::reader()
{
    KerberosTicketReader reader;
    QThread *emittedOn = nullptr;
    connect(&reader, &KerberosTicketReader::finished, this,
            [&emittedOn] { emittedOn = QThread::currentThread(); });
    QSignalSpy spy(&reader, &KerberosTicketReader::finished);
    reader.start();
    QVERIFY(reader.isRunning() || spy.size() == 0);
    QVERIFY(spy.wait(10000));
    QCOMPARE(spy.size(), 1);
    const auto info = spy.at(0).at(0).value<KerberosTicketInfo>();
    QCOMPARE(info.problem, kNoTicket);
    QCOMPARE(emittedOn, QThread::currentThread());
    QVERIFY(!reader.isRunning());
}

void TestKerberosTicket::readerDestroyed()
{
    int results = 0;
    auto *reader = new KerberosTicketReader;
    connect(reader, &KerberosTicketReader::finished, this, [&results] { ++results; });
    reader->start();
    delete reader;
    QVERIFY(QThreadPool::globalInstance()->waitForDone(10000));
    QTest::qWait(50);
    QCOMPARE(results, 0);
}

QTEST_GUILESS_MAIN(TestKerberosTicket)
#include "tst_kerberosticket.moc"
