// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScriptedServer.h"

#include <QFile>
#include <QHostAddress>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>

namespace mw::test {

// QTcpServer hands out plain QTcpSockets; overriding incomingConnection lets every
// connection be a QSslSocket that can start TLS later (STARTTLS) or at once.
class ScriptedServer::Listener : public QTcpServer
{
public:
    explicit Listener(ScriptedServer *owner)
        : m_owner(owner)
    {}

protected:
    void incomingConnection(qintptr socketDescriptor) override
    {
        m_owner->onConnection(socketDescriptor);
    }

private:
    ScriptedServer *m_owner;
};

struct ScriptedServer::Connection
{
    std::unique_ptr<QSslSocket> socket;
    qsizetype step = 0;
    QByteArray buffer;    // client bytes not consumed by a step yet
    bool waiting = false; // a timer or a TLS handshake is pending
    bool done = false;
};

ScriptedServer::Step ScriptedServer::expect(const QByteArray &prefix, const QByteArray &reply)
{
    Step step;
    step.kind = Step::Kind::Expect;
    step.prefix = prefix;
    step.bytes = reply;
    return step;
}

ScriptedServer::Step ScriptedServer::expectRegex(const QString &pattern, const QByteArray &reply)
{
    Step step;
    step.kind = Step::Kind::Expect;
    step.regex = QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption);
    step.bytes = reply;
    return step;
}

ScriptedServer::Step ScriptedServer::expectBdat(const QByteArray &reply)
{
    Step step;
    step.kind = Step::Kind::ExpectBdat;
    step.bytes = reply;
    return step;
}

ScriptedServer::Step ScriptedServer::expectData(const QByteArray &reply)
{
    Step step;
    step.kind = Step::Kind::ExpectData;
    step.bytes = reply;
    return step;
}

ScriptedServer::Step ScriptedServer::send(const QByteArray &bytes)
{
    Step step;
    step.kind = Step::Kind::Send;
    step.bytes = bytes;
    return step;
}

ScriptedServer::Step ScriptedServer::sendAfter(int delayMs, const QByteArray &bytes)
{
    Step step;
    step.kind = Step::Kind::SendAfter;
    step.bytes = bytes;
    step.delayMs = delayMs;
    return step;
}

ScriptedServer::Step ScriptedServer::close()
{
    Step step;
    step.kind = Step::Kind::Close;
    return step;
}

ScriptedServer::Step ScriptedServer::abort()
{
    Step step;
    step.kind = Step::Kind::Abort;
    return step;
}

ScriptedServer::Step ScriptedServer::stall()
{
    Step step;
    step.kind = Step::Kind::Stall;
    return step;
}

ScriptedServer::Step ScriptedServer::startTls()
{
    Step step;
    step.kind = Step::Kind::StartTls;
    return step;
}

ScriptedServer::ScriptedServer(QList<Step> steps, QObject *parent)
    : QObject(parent)
    , m_steps(std::move(steps))
    , m_listener(std::make_unique<Listener>(this))
{}

ScriptedServer::~ScriptedServer()
{
    m_listener->close();
    for (auto &connection : m_connections) {
        // No signal may reach this half-destroyed object.
        connection->socket->disconnect(this);
        connection->socket->abort();
    }
}

bool ScriptedServer::setTlsCredentials(const QString &certFile, const QString &keyFile)
{
    const QList<QSslCertificate> certs = QSslCertificate::fromPath(certFile);
    QFile file(keyFile);
    if (certs.isEmpty() || !file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray pem = file.readAll();
    // The fixtures make EC keys; accept RSA keys too.
    for (QSsl::KeyAlgorithm algorithm : {QSsl::Ec, QSsl::Rsa}) {
        QSslKey key(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull()) {
            m_certificate = certs.first();
            m_key = key;
            return true;
        }
    }
    return false;
}

bool ScriptedServer::listen()
{
    return m_listener->listen(QHostAddress::LocalHost, 0);
}

quint16 ScriptedServer::port() const
{
    return m_listener->serverPort();
}

void ScriptedServer::onConnection(qintptr socketDescriptor)
{
    auto connection = std::make_unique<Connection>();
    connection->socket = std::make_unique<QSslSocket>();
    if (!connection->socket->setSocketDescriptor(socketDescriptor))
        return;
    ++m_connectionCount;
    Connection *c = connection.get();
    QSslSocket *socket = c->socket.get();
    connect(socket, &QSslSocket::readyRead, this, [this, c] {
        const QByteArray bytes = c->socket->readAll();
        m_received += bytes;
        c->buffer += bytes;
        advance(c);
    });
    connect(socket, &QSslSocket::disconnected, this, [this] { m_clientDisconnected = true; });
    connect(socket, &QSslSocket::encrypted, this, [this, c] {
        c->waiting = false;
        advance(c);
    });
    connect(socket, &QSslSocket::sslErrors, this, [this, c](const QList<QSslError> &errors) {
        if (!errors.isEmpty())
            fail(c, QStringLiteral("TLS: ") + errors.first().errorString());
    });
    m_connections.push_back(std::move(connection));
    if (m_implicitTls)
        beginTls(c);
    else
        advance(c);
}

void ScriptedServer::beginTls(Connection *connection)
{
    // Whatever the client sent in clear before the handshake is not part of the
    // TLS session (RFC 3207 §4.2); it stays in received() only.
    connection->buffer.clear();
    if (m_certificate.isNull()) {
        fail(connection, QStringLiteral("StartTls step without setTlsCredentials()"));
        return;
    }
    QSslSocket *socket = connection->socket.get();
    QSslConfiguration config = socket->sslConfiguration();
    config.setLocalCertificate(m_certificate);
    config.setPrivateKey(m_key);
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    socket->setSslConfiguration(config);
    connection->waiting = true;
    socket->startServerEncryption();
}

void ScriptedServer::fail(Connection *connection, const QString &what)
{
    const QString message = QStringLiteral("step %1: %2").arg(connection->step + 1).arg(what);
    if (m_failure.isEmpty())
        m_failure = message;
    connection->done = true;
    connection->socket->abort();
    Q_EMIT mismatch(message);
}

static QByteArray takeLine(QByteArray &buffer, bool *complete)
{
    const qsizetype lf = buffer.indexOf('\n');
    *complete = lf >= 0;
    if (lf < 0)
        return {};
    QByteArray line = buffer.left(lf);
    buffer.remove(0, lf + 1);
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

void ScriptedServer::advance(Connection *c)
{
    QSslSocket *socket = c->socket.get();
    while (!c->done && !c->waiting && c->step < m_steps.size()) {
        const Step &step = m_steps.at(c->step);
        switch (step.kind) {
        case Step::Kind::Expect: {
            bool complete = false;
            const QByteArray line = takeLine(c->buffer, &complete);
            if (!complete)
                return;
            m_lines << line;
            const bool matches = step.regex.pattern().isEmpty()
                                     ? line.toUpper().startsWith(step.prefix.toUpper())
                                     : step.regex.match(QString::fromLatin1(line)).hasMatch();
            if (!matches) {
                const QString wanted = step.regex.pattern().isEmpty()
                                           ? QString::fromLatin1(step.prefix)
                                           : step.regex.pattern();
                fail(c, QStringLiteral("expected '%1' got '%2'")
                            .arg(wanted, QString::fromLatin1(line)));
                return;
            }
            if (!step.bytes.isEmpty()) {
                socket->write(step.bytes);
                socket->flush();
            }
            break;
        }
        case Step::Kind::ExpectData: {
            // RFC 5321 §4.1.1.4: the data ends with a line holding a single dot.
            qsizetype pos = 0;
            for (;;) {
                const qsizetype lf = c->buffer.indexOf('\n', pos);
                if (lf < 0)
                    return; // wait for the rest
                QByteArray line = c->buffer.mid(pos, lf - pos);
                if (line.endsWith('\r'))
                    line.chop(1);
                if (line == ".") {
                    m_data << c->buffer.left(pos);
                    c->buffer.remove(0, lf + 1);
                    break;
                }
                pos = lf + 1;
            }
            if (!step.bytes.isEmpty()) {
                socket->write(step.bytes);
                socket->flush();
            }
            break;
        }
        case Step::Kind::ExpectBdat: {
            // RFC 3030 §2: "BDAT <size> [LAST]" and exactly that many octets after it.
            const qsizetype lf = c->buffer.indexOf('\n');
            if (lf < 0)
                return;
            QByteArray line = c->buffer.left(lf);
            if (line.endsWith('\r'))
                line.chop(1);
            const QList<QByteArray> words = line.split(' ');
            bool numeric = false;
            const qsizetype size = words.value(1).toLongLong(&numeric);
            if (words.size() < 2 || words.size() > 3 || words.constFirst().toUpper() != "BDAT" ||
                !numeric) {
                c->buffer.remove(0, lf + 1);
                m_lines << line;
                fail(c, QStringLiteral("expected 'BDAT <size>' got '%1'")
                            .arg(QString::fromLatin1(line)));
                return;
            }
            if (c->buffer.size() < lf + 1 + size)
                return; // wait for the rest of the chunk
            m_lines << line;
            m_data << c->buffer.mid(lf + 1, size);
            c->buffer.remove(0, lf + 1 + size);
            if (!step.bytes.isEmpty()) {
                socket->write(step.bytes);
                socket->flush();
            }
            break;
        }
        case Step::Kind::Send:
            socket->write(step.bytes);
            socket->flush();
            break;
        case Step::Kind::SendAfter: {
            c->waiting = true;
            const QByteArray bytes = step.bytes;
            // The socket is the context: if the connection goes, so does the timer.
            QTimer::singleShot(step.delayMs, socket, [this, c, bytes] {
                c->socket->write(bytes);
                c->socket->flush();
                c->waiting = false;
                ++c->step;
                advance(c);
            });
            return;
        }
        case Step::Kind::Close:
            socket->flush();
            socket->disconnectFromHost();
            c->done = true;
            break;
        case Step::Kind::Abort:
            socket->abort();
            c->done = true;
            break;
        case Step::Kind::Stall:
            c->step = m_steps.size();
            continue;
        case Step::Kind::StartTls:
            ++c->step;
            beginTls(c);
            continue;
        }
        ++c->step;
    }
    if (c->step >= m_steps.size() && !m_finished && m_failure.isEmpty()) {
        m_finished = true;
        Q_EMIT scriptFinished();
    }
}

} // namespace mw::test
