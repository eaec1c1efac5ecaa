// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDnsLookup>
#include <QFile>
#include <QHash>
#include <QHostAddress>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

namespace mw::test {

// The test DNS (tests/servers/dns/dnsmasq.conf.in and spoofed.conf.in: SRV, MX and address
// records of example.test pointing at an Exim fixture) on a random 127.53.x.y, port 53
// (QDnsLookup before Qt 6.6 asks no other port), so that tests running in parallel each have
// their own. It never forwards a question anywhere. (tests/integration/tst_detect_dns.cpp
// starts the same configuration itself.)
class TestDns
{
public:
    ~TestDns() { stop(); }
    bool start(quint16 tlsPort, quint16 plainPort, quint16 foreignTlsPort, QString *error)
    {
        QByteArray tpl;
        for (const char *name : {"dnsmasq.conf.in", "spoofed.conf.in"}) {
            QFile in(QStringLiteral(MW_TEST_SOURCE_DIR "/servers/dns/") + QLatin1String(name));
            if (!in.open(QIODevice::ReadOnly)) {
                *error = in.errorString();
                return false;
            }
            tpl += in.readAll() + '\n';
        }
        for (int attempt = 0; attempt < 5; ++attempt) {
            const quint32 r = QRandomGenerator::global()->bounded(1u, 65000u);
            m_address = QHostAddress((127u << 24) | (53u << 16) | r);
            QByteArray conf = tpl;
            conf.replace("@ADDRESS@", m_address.toString().toLatin1());
            conf.replace("@TLS_PORT@", QByteArray::number(tlsPort));
            conf.replace("@PLAIN_PORT@", QByteArray::number(plainPort));
            conf.replace("@FOREIGN_TLS_PORT@", QByteArray::number(foreignTlsPort));
            const QString path = m_work.filePath(QStringLiteral("dnsmasq-%1.conf").arg(attempt));
            QFile out(path);
            if (!out.open(QIODevice::WriteOnly) || out.write(conf) != conf.size()) {
                *error = out.errorString();
                return false;
            }
            out.close();
            m_process.setProcessChannelMode(QProcess::MergedChannels);
            m_process.start(QStringLiteral("dnsmasq"), {QStringLiteral("--keep-in-foreground"),
                                                        QStringLiteral("--conf-file=") + path});
            if (!m_process.waitForStarted(5000)) {
                *error = QStringLiteral("dnsmasq: %1 (apt-get install dnsmasq-base)")
                             .arg(m_process.errorString());
                return false;
            }
            // Ready when it answers; it exits at once when the address is taken.
            for (int i = 0; i < 50; ++i) {
                if (m_process.state() != QProcess::Running)
                    break;
                QDnsLookup probe(QDnsLookup::A, QStringLiteral("ready.example.test"), m_address);
                QSignalSpy done(&probe, &QDnsLookup::finished);
                probe.lookup();
                if (done.wait(2000) && probe.error() == QDnsLookup::NoError)
                    return true;
                QTest::qWait(100);
            }
            *error = QString::fromLocal8Bit(m_process.readAll());
            m_process.kill();
            m_process.waitForFinished(5000);
        }
        return false;
    }
    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(5000);
    }
    [[nodiscard]] QHostAddress address() const { return m_address; }

private:
    QTemporaryDir m_work;
    QProcess m_process;
    QHostAddress m_address;
};

// A tiny HTTP/1.0 server for autoconfig documents: GET of a known path (query ignored) →
// 200 and the document, anything else → 404. With a certificate and key it speaks https.
class AutoconfigServer : public QObject
{
public:
    bool start(const QString &certFile = {}, const QString &keyFile = {})
    {
        if (!certFile.isEmpty()) {
            auto *tls = new QSslServer(this);
            QSslConfiguration c = QSslConfiguration::defaultConfiguration();
            QFile cert(certFile);
            QFile key(keyFile);
            if (!cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
                return false;
            c.setLocalCertificate(QSslCertificate(cert.readAll()));
            c.setPrivateKey(QSslKey(key.readAll(), QSsl::Ec));
            tls->setSslConfiguration(c);
            m_server = tls;
        } else {
            m_server = new QTcpServer(this);
        }
        connect(m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *s = m_server->nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, s, [this, s] {
                    m_buffer[s] += s->readAll();
                    if (!m_buffer[s].contains("\r\n\r\n"))
                        return;
                    const QByteArray path =
                        m_buffer.take(s).split('\r').value(0).split(' ').value(1);
                    m_requests << QString::fromLatin1(path);
                    const QByteArray plain =
                        path.left(path.indexOf('?') < 0 ? path.size() : path.indexOf('?'));
                    const QByteArray body = m_documents.value(plain);
                    s->write(
                        m_documents.contains(plain)
                            ? "HTTP/1.0 200 OK\r\nContent-Type: text/xml\r\nContent-Length: " +
                                  QByteArray::number(body.size()) + "\r\n\r\n" + body
                            : QByteArray("HTTP/1.0 404 Not Found\r\nContent-Length: 0\r\n\r\n"));
                    s->disconnectFromHost();
                });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
        return m_server->listen(QHostAddress::LocalHost, 0);
    }
    [[nodiscard]] quint16 port() const { return m_server->serverPort(); }
    void serve(const QByteArray &path, const QByteArray &body) { m_documents.insert(path, body); }
    [[nodiscard]] QStringList requests() const { return m_requests; }

private:
    QTcpServer *m_server = nullptr;
    QHash<QByteArray, QByteArray> m_documents;
    QHash<QTcpSocket *, QByteArray> m_buffer;
    QStringList m_requests;
};

} // namespace mw::test
