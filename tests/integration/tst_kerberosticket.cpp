// SPDX-License-Identifier: GPL-3.0-or-later
// Kerberos ticket status against a real MIT KDC (tests/servers/kerberos/kdc.py through
// KdcFixture): no ticket gives the sentence; after kinit the principal and the end time
// of the TGT; a ticket of a few seconds becomes expired, with the time in the sentence.
#include "KdcFixture.h"
#include "session/KerberosTicket.h"

#include <QSignalSpy>
#include <QTest>

using namespace mw;
using mw::test::KdcFixture;

class TestKerberosTicketKdc : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void noTicket();
    void ticket();
    void wrongPassword();
    void shortTicketExpires();

private:
    KdcFixture m_kdc;
};

void TestKerberosTicketKdc::initTestCase()
{
    QVERIFY2(m_kdc.start(), qPrintable(m_kdc.errorString()));
    QCOMPARE(m_kdc.realm(), QStringLiteral("MAILWRIGHT.TEST"));
    QCOMPARE(m_kdc.principal(), QStringLiteral("mwtest@MAILWRIGHT.TEST"));
}

void TestKerberosTicketKdc::noTicket()
{
    m_kdc.useInThisProcess(m_kdc.ccache(QStringLiteral("never-filled")));
    const KerberosTicketInfo info = readKerberosTicket();
    QVERIFY(!info.found);
    QCOMPARE(info.problem,
             QStringLiteral("No Kerberos ticket — run kinit or log in to the domain."));
}

void TestKerberosTicketKdc::ticket()
{
    const QString cc = m_kdc.ccache(QStringLiteral("user"));
    m_kdc.useInThisProcess(cc);
    const QDateTime before = QDateTime::currentDateTimeUtc();
    QVERIFY2(m_kdc.kinit(cc), qPrintable(m_kdc.errorString() + m_kdc.kdcLog()));
    const QDateTime after = QDateTime::currentDateTimeUtc();

    // Through the asynchronous reader, as the window uses it.
    KerberosTicketReader reader;
    QSignalSpy spy(&reader, &KerberosTicketReader::finished);
    reader.start();
    QVERIFY(spy.wait(10000));
    const auto info = spy.at(0).at(0).value<KerberosTicketInfo>();
    QVERIFY2(info.found, qPrintable(info.problem));
    QVERIFY(!info.expired);
    QVERIFY2(info.problem.isEmpty(), qPrintable(info.problem));
    QCOMPARE(info.principal, QStringLiteral("mwtest@MAILWRIGHT.TEST"));
    // The realm's ticket_lifetime is 10 hours (tests/servers/kerberos/krb5.conf.in); the
    // KDC counts from its own clock, which is this machine's.
    QVERIFY2(info.expires >= before.addSecs(10 * 3600 - 2) &&
                 info.expires <= after.addSecs(10 * 3600 + 2),
             qPrintable(info.expires.toString(Qt::ISODate)));
}

void TestKerberosTicketKdc::wrongPassword()
{
    const QString cc = m_kdc.ccache(QStringLiteral("refused"));
    QVERIFY(!m_kdc.kinit(cc, QString(), QStringLiteral("not the password")));
    QVERIFY2(m_kdc.errorString().contains(QLatin1String("Password incorrect")),
             qPrintable(m_kdc.errorString()));
    m_kdc.useInThisProcess(cc);
    QVERIFY(!readKerberosTicket().found);
}

void TestKerberosTicketKdc::shortTicketExpires()
{
    const QString cc = m_kdc.ccache(QStringLiteral("short"));
    m_kdc.useInThisProcess(cc);
    QVERIFY2(m_kdc.kinit(cc, QStringLiteral("4s")), qPrintable(m_kdc.errorString()));
    const KerberosTicketInfo fresh = readKerberosTicket();
    QVERIFY2(fresh.found, qPrintable(fresh.problem));
    QVERIFY(!fresh.expired);
    QVERIFY(fresh.expires <= QDateTime::currentDateTimeUtc().addSecs(5));

    // Wait past its end (whole seconds: the KDC's times have no fraction).
    const qint64 wait = QDateTime::currentDateTimeUtc().msecsTo(fresh.expires) + 1100;
    QTest::qWait(int(qMax<qint64>(wait, 0)));
    const KerberosTicketInfo old = readKerberosTicket();
    QVERIFY(old.found);
    QVERIFY(old.expired);
    QCOMPARE(old.expires, fresh.expires);
    QCOMPARE(old.principal, QStringLiteral("mwtest@MAILWRIGHT.TEST"));
    QVERIFY2(old.problem.startsWith(
                 QStringLiteral("The Kerberos ticket of mwtest@MAILWRIGHT.TEST expired at ")),
             qPrintable(old.problem));
    QVERIFY2(old.problem.contains(
                 fresh.expires.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))),
             qPrintable(old.problem));
}

QTEST_GUILESS_MAIN(TestKerberosTicketKdc)
#include "tst_kerberosticket.moc"
