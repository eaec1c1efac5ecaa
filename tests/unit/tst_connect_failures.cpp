// SPDX-License-Identifier: GPL-3.0-or-later
// When no address of the server can be reached, the message names the server as the user
// wrote it and what each address answered ("localhost" is 127.0.0.1 and, where the host has
// it, ::1); with one address it is that address's own message, as before.
#include "protocol/MailConnection.h"
#include "protocol/NameLookup.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace mw;

class TestConnectFailures : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyAddressIsNamed();
    void oneAddressKeepsItsMessage();

private:
    // A port nothing listens on: one the system just gave out, closed again.
    static quint16 closedPort()
    {
        QTcpServer server;
        if (!server.listen(QHostAddress::LocalHost))
            return 0;
        return server.serverPort();
    }
    static QString failureOf(const QString &host, quint16 port, ErrorClass *errorClass)
    {
        MailConnection connection;
        QSignalSpy failed(&connection, &MailConnection::failed);
        MailConnection::Options options;
        options.host = host;
        options.port = port;
        connection.open(options, nullptr);
        if (!failed.wait(10000))
            return {};
        *errorClass = failed.at(0).at(0).value<ErrorClass>();
        return failed.at(0).at(2).toString();
    }
};

void TestConnectFailures::everyAddressIsNamed()
{
    const quint16 port = closedPort();
    QVERIFY(port != 0);
    const NameLookup::Answer answer = NameLookup::resolve(QStringLiteral("localhost"));
    QVERIFY(!answer.addresses.isEmpty());
    ErrorClass errorClass = ErrorClass::None;
    const QString message = failureOf(QStringLiteral("localhost"), port, &errorClass);
    QCOMPARE(errorClass, ErrorClass::Refused);
    if (answer.addresses.size() == 1) { // a host without the IPv6 loopback
        QCOMPARE(message, QStringLiteral("Connecting to 127.0.0.1 port %1 failed: Connection "
                                         "refused")
                              .arg(port));
        return;
    }
    QStringList each;
    for (const QHostAddress &a : answer.addresses)
        each << QStringLiteral("%1: Connection refused").arg(a.toString());
    QCOMPARE(message, QStringLiteral("Connecting to localhost port %1 failed at every address: %2")
                          .arg(port)
                          .arg(each.join(QStringLiteral("; "))));
}

void TestConnectFailures::oneAddressKeepsItsMessage()
{
    const quint16 port = closedPort();
    QVERIFY(port != 0);
    ErrorClass errorClass = ErrorClass::None;
    QCOMPARE(
        failureOf(QStringLiteral("127.0.0.1"), port, &errorClass),
        QStringLiteral("Connecting to 127.0.0.1 port %1 failed: Connection refused").arg(port));
    QCOMPARE(errorClass, ErrorClass::Refused);
}

QTEST_GUILESS_MAIN(TestConnectFailures)
#include "tst_connect_failures.moc"
