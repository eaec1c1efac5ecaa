// SPDX-License-Identifier: GPL-3.0-or-later
// How a connection's writes reach the system (MailConnection::writePlain): on Unix straight
// to the socket while nothing of its own waits before them, instead of through the socket's
// buffer and a turn of the event loop (two wake-ups of it per write: issue 22, the tenth
// round of docs/PERFORMANCE-QUEUE.md); what the session writes while it handles a burst of
// lines goes out together once they are handled; everything arrives, in order; and what
// was written before an abort still leaves.
#include "protocol/MailConnection.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using mw::MailConnection;

class TestConnectionWrites : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void writesStraightToTheSystem();
    void answersABurstOnceItIsHandled();
    void abortSendsWhatWasWritten();

private:
    // Opens m_connection to m_server (no TLS) and waits for the server's side of it.
    bool openConnection();
    // What the server's side has received so far, once `size` octets came (or 10 s).
    QByteArray received(qsizetype size);

    std::unique_ptr<QTcpServer> m_server;
    std::unique_ptr<MailConnection> m_connection;
    QTcpSocket *m_peer = nullptr; // the server's side, owned by m_server
    QByteArray m_got;
};

void TestConnectionWrites::init()
{
    m_server = std::make_unique<QTcpServer>();
    QVERIFY(m_server->listen(QHostAddress::LocalHost));
    m_connection = std::make_unique<MailConnection>();
    m_peer = nullptr;
    m_got.clear();
}

void TestConnectionWrites::cleanup()
{
    m_connection.reset();
    m_server.reset();
}

bool TestConnectionWrites::openConnection()
{
    bool connected = false;
    connect(m_connection.get(), &MailConnection::connected, this,
            [&connected] { connected = true; });
    MailConnection::Options options;
    options.host = QStringLiteral("127.0.0.1");
    options.port = m_server->serverPort();
    options.plainOnly = true;
    m_connection->open(options, nullptr);
    if (!QTest::qWaitFor([&] { return connected && m_server->hasPendingConnections(); }, 10000))
        return false;
    m_peer = m_server->nextPendingConnection();
    connect(m_peer, &QTcpSocket::readyRead, this, [this] { m_got += m_peer->readAll(); });
    return m_peer != nullptr;
}

QByteArray TestConnectionWrites::received(qsizetype size)
{
    (void)QTest::qWaitFor([this, size] { return m_got.size() >= size; }, 10000);
    return m_got;
}

void TestConnectionWrites::writesStraightToTheSystem()
{
    QVERIFY(openConnection());
    m_connection->sendLine("EHLO client.example.test");
    m_connection->sendRaw(QByteArray(4000, 'x'));
#if defined(Q_OS_LINUX)
    // In the system already when the call returns, nothing left in the program: before, both
    // waited in the socket's buffer for the event loop's next turn.
    QCOMPARE(m_connection->pendingWriteBytes(), qint64(0));
#endif
    QCOMPARE(received(26 + 4000), "EHLO client.example.test\r\n" + QByteArray(4000, 'x'));
}

void TestConnectionWrites::answersABurstOnceItIsHandled()
{
    QVERIFY(openConnection());
    // Each line the server sends is answered with one; the three come in one write.
    QList<qint64> heldBack;
    connect(m_connection.get(), &MailConnection::lineReceived, this,
            [this, &heldBack](const QByteArray &line) {
                m_connection->sendLine("re: " + line);
                heldBack << m_connection->pendingWriteBytes();
            });
    m_peer->write("one\r\ntwo\r\nthree\r\n");
    const QByteArray answers = "re: one\r\nre: two\r\nre: three\r\n";
    QCOMPARE(received(answers.size()), answers);
    // While the burst was handled, its answers waited in the program, each after the last.
    QCOMPARE(heldBack, (QList<qint64>{9, 18, 29}));
    QCOMPARE(m_connection->pendingWriteBytes(), qint64(0));
}

void TestConnectionWrites::abortSendsWhatWasWritten()
{
    // A burst whose first line makes the session write and whose second makes it give up
    // (a queue flush: a reply lets the next message's end go, then the journal refuses the
    // one after): what it wrote before it gave up leaves, since it counts as sent. Held
    // back until the burst was handled, it was dropped with the socket.
    QVERIFY(openConnection());
    connect(m_connection.get(), &MailConnection::lineReceived, this,
            [this](const QByteArray &line) {
                if (line == "one")
                    m_connection->sendLine("written before the abort");
                else
                    m_connection->abort();
            });
    m_peer->write("one\r\ntwo\r\n");
    QCOMPARE(received(26), "written before the abort\r\n");
}

QTEST_GUILESS_MAIN(TestConnectionWrites)
#include "tst_connection_writes.moc"
