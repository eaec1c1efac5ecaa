// SPDX-License-Identifier: GPL-3.0-or-later
// Over 600 lines: one connection's life (connect, implicit TLS or STARTTLS, trust, client
// certificate, timeouts and their extension, the peer chain kept) reads best in one place.
#include "MailConnection.h"

#include "PeerChains.h"
#include "TlsModule.h"

#include <QCoreApplication>
#include <QLibrary>
#include <QScopeGuard>
#include <QSslCipher>
#include <QTcpSocket>
#include <QThreadPool>

#include <atomic>
#include <limits>
#include <utility>

#if defined(Q_OS_UNIX)
#include <cerrno>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>
#endif
#if defined(Q_OS_LINUX)
#include <linux/sockios.h>
#include <sys/ioctl.h>
#endif

namespace mw {
namespace {

#if defined(MAILWRIGHT_TLS_MODULE)
constexpr bool kTlsModule = true;
#else
constexpr bool kTlsModule = false;
#endif

QString protocolName(QSsl::SslProtocol p)
{
    switch (p) {
    case QSsl::TlsV1_2:
        return QStringLiteral("TLSv1.2");
    case QSsl::TlsV1_3:
        return QStringLiteral("TLSv1.3");
    default:
        return QStringLiteral("TLS");
    }
}

} // namespace

QString bareHost(const QString &host)
{
    // "[::1]" is how an IPv6 literal is written beside a port; the resolver wants "::1".
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        return host.mid(1, host.size() - 2);
    return host;
}

// OpenSSL keeps an error-queue record per thread that it frees from a thread-exit
// handler; a pool thread that ends while the process exits can skip it (LeakSanitizer saw
// those 904 bytes). A pool task frees it where its OpenSSL work ends.
void endOpenSslOnThisThread()
{
#if defined(MAILWRIGHT_TLS_MODULE)
    // The module's OpenSSL, loaded by the task that calls this (no library search).
    if (const auto stop = tlsModuleReady().threadStop)
        stop();
#else
    using ThreadStop = void (*)();
    if (const auto stop = reinterpret_cast<ThreadStop>(
            QLibrary::resolve(QStringLiteral("crypto"), 3, "OPENSSL_thread_stop")))
        stop();
#endif
}

void MailConnection::preloadTls()
{
    static std::atomic_bool started{false};
    if (started.exchange(true))
        return;
#if defined(MAILWRIGHT_TLS_MODULE)
    // The TLS module, libssl and libcrypto load and OpenSSL starts here; a session that
    // needs TLS meanwhile waits for the module's loader (PrivateModule's lock).
    QThreadPool::globalInstance()->start([] {
        (void)tlsModuleReady();
        endOpenSslOnThisThread();
    });
#else
    // QSslSocket's backend initialisation is guarded by Qt's own lock: a socket created
    // on the main thread meanwhile just waits for it to finish.
    QThreadPool::globalInstance()->start([] {
        (void)loadPlatformTlsBackend();
        (void)QSslSocket::supportsSsl();
        // The default configuration makes Qt list the backend's ciphers and curves (an
        // SSL_CTX of its own): here rather than in the first QSslSocket's constructor.
        (void)QSslConfiguration::defaultConfiguration();
        endOpenSslOnThisThread();
    });
#endif
}

void MailConnection::lookAhead(const QStringList &hosts)
{
    for (const QString &name : hosts) {
        const QString host = bareHost(name);
        if (!host.isEmpty() && QHostAddress(host).isNull())
            NameLookup::lookAhead(host);
    }
}

bool MailConnection::tlsAvailable()
{
#if defined(MAILWRIGHT_TLS_MODULE)
    const bool ok = tlsModuleReady().newSession != nullptr;
    endOpenSslOnThisThread();
    return ok;
#else
    return QSslSocket::supportsSsl();
#endif
}

MailConnection::MailConnection(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (peerStillTaking()) {
            m_timer.start();
            return;
        }
        const Phase p = m_timerPhase;
        QString msg;
        switch (p) {
        case Phase::Resolve:
            msg = tr("Looking up the server name took too long.");
            break;
        case Phase::Connect:
            msg = tr("The server did not accept the connection in time (a firewall may drop it).");
            break;
        case Phase::Tls:
            msg = tr("The TLS handshake did not finish in time.");
            break;
        default:
            msg = tr("The server did not answer in time.");
            break;
        }
        if (p == Phase::Connect) {
            m_connectFailures << QStringLiteral("%1: %2").arg(
                m_addresses.value(m_addressIndex).toString(), msg);
            if (m_addressIndex + 1 < m_addresses.size()) {
                m_lastConnectClass = ErrorClass::Timeout;
                m_lastConnectError = msg;
                connectNext();
                return;
            }
            msg = connectFailure(msg);
        }
        fail(ErrorClass::Timeout, p, msg);
    });
}

MailConnection::~MailConnection()
{
    abort();
}

void MailConnection::open(const Options &options, Transcript *transcript)
{
    m_options = options;
    m_transcript = transcript;
    m_done = false;
    m_buffer.clear();
    m_certErrors.clear();
    m_addresses.clear();
    m_addressIndex = -1;
    m_lastConnectError.clear();
    m_connectFailures.clear();
    m_lastConnectClass = ErrorClass::None;
    m_phase = Phase::Resolve;
    m_stageClock.start();
    preloadTls();
#if defined(MAILWRIGHT_TLS_MODULE)
    m_tlsAhead.reset();
    if (!options.plainOnly)
        prepareTlsAhead();
#endif
    if (!kTlsModule && !options.trust.caFile.isEmpty()) {
        // The CA file is decoded while the name is looked up and TCP connects; the
        // trust's apply() in connectNext() takes that decode or waits for it.
        QThreadPool::globalInstance()->start([trust = options.trust] {
            (void)loadPlatformTlsBackend();
            trust.decodeAhead();
            endOpenSslOnThisThread();
        });
    }
    const QString host = bareHost(options.host);
    QHostAddress literal;
    if (!options.addresses.isEmpty() || literal.setAddress(host)) {
        // No lookup for an address literal or given addresses; the stage is instant.
        m_addresses =
            options.addresses.isEmpty() ? QList<QHostAddress>{literal} : options.addresses;
        if (options.addresses.isEmpty() && options.family != QAbstractSocket::AnyIPProtocol &&
            literal.protocol() != options.family) {
            // connectNext() reports this once the lookup stage is over.
            m_addresses.clear();
            m_lastConnectClass = ErrorClass::Config;
            m_lastConnectError =
                tr("The address %1 is not of the family this connection must use.").arg(host);
        }
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (m_done)
                    return;
                Q_EMIT resolved(0);
                connectNext();
            },
            Qt::QueuedConnection);
        return;
    }
    if (m_transcript)
        m_transcript->info(QStringLiteral("looking up %1").arg(host));
    armTimeout(Phase::Resolve);
    // Resolved on NameLookup's threads (or taken from the shell's look-ahead): the event
    // loop never blocks.
    m_lookupId =
        NameLookup::lookUp(host, this, [this](const NameLookup::Answer &a) { onLookedUp(a); });
}

void MailConnection::onLookedUp(const NameLookup::Answer &answer)
{
    m_lookupId = -1;
    if (m_done)
        return;
    disarmTimeout();
    if (answer.addresses.isEmpty()) {
        fail(ErrorClass::Dns, Phase::Resolve,
             tr("The server name %1 could not be found (%2).")
                 .arg(bareHost(m_options.host), answer.error));
        return;
    }
    m_addresses = answer.addresses;
    if (m_options.family != QAbstractSocket::AnyIPProtocol) {
        m_addresses.removeIf(
            [this](const QHostAddress &a) { return a.protocol() != m_options.family; });
        if (m_addresses.isEmpty()) {
            fail(
                ErrorClass::Dns, Phase::Resolve,
                tr("The server name %1 has no address of the family this connection must use "
                   "(%2).")
                    .arg(bareHost(m_options.host), m_options.family == QAbstractSocket::IPv6Protocol
                                                       ? QStringLiteral("IPv6")
                                                       : QStringLiteral("IPv4")));
            return;
        }
    }
    if (m_transcript) {
        QStringList shown;
        for (const QHostAddress &a : std::as_const(m_addresses))
            shown << a.toString();
        m_transcript->info(QStringLiteral("%1 is %2")
                               .arg(bareHost(m_options.host), shown.join(QStringLiteral(", "))));
    }
    Q_EMIT resolved(m_stageClock.elapsed());
    connectNext();
}

void MailConnection::resetSocket()
{
#if defined(MAILWRIGHT_TLS_MODULE)
    m_tls.reset();
#endif
    if (m_plainSocket) {
        m_plainSocket->disconnect(this);
        m_plainSocket->abort();
        m_plainSocket->deleteLater();
    }
    m_plainSocket = nullptr;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    m_socket = nullptr;
    forgetUnsentSample();
    m_cork.clear();
}

void MailConnection::connectNext()
{
    resetSocket();
    ++m_addressIndex;
    if (m_addressIndex >= m_addresses.size()) {
        fail(m_lastConnectClass == ErrorClass::None ? ErrorClass::Network : m_lastConnectClass,
             Phase::Connect, connectFailure(m_lastConnectError));
        return;
    }
    m_phase = Phase::Connect;
    m_stageClock.start();
    m_buffer.clear();
    m_certErrors.clear();
    m_peerCert = {};
    m_pinAccepted = false;
    const QHostAddress addr = m_addresses.at(m_addressIndex);
    if (m_transcript)
        m_transcript->info(
            QStringLiteral("connecting to %1 port %2%3")
                .arg(addr.toString())
                .arg(m_options.port)
                .arg(m_options.implicitTls ? QStringLiteral(" (implicit TLS)") : QString()));
    armTimeout(Phase::Connect);
#if defined(Q_OS_UNIX)
    // With the TLS module, implicit TLS starts on the plain socket too (onConnected); its
    // trust is applied before the connect, as QSslSocket's is.
#if defined(MAILWRIGHT_TLS_MODULE)
    if (m_options.implicitTls && !makeTlsSession(Phase::Connect))
        return;
#endif
    if (!m_options.implicitTls || kTlsModule) {
        // A plain TCP socket carries the session until TLS starts: the connection, the
        // greeting and the commands before STARTTLS/STLS do not wait for the TLS backend
        // (the preload loads it meanwhile). startTls() hands the connection to a
        // QSslSocket (handOverPlainSocket). The connect's signals are queued: a refusal
        // reported inside connectToHost() must not re-enter connectNext().
        auto *plain = new QTcpSocket(this);
        m_plainSocket = plain;
        forgetUnsentSample();
        const QPointer<QTcpSocket> guard(plain);
        connect(
            plain, &QAbstractSocket::connected, this,
            [this, guard] {
                if (guard && guard == m_plainSocket && !m_done)
                    onConnected();
            },
            Qt::QueuedConnection);
        connect(
            plain, &QAbstractSocket::errorOccurred, this,
            [this, guard](QAbstractSocket::SocketError error) {
                if (guard && guard == m_plainSocket && !m_done)
                    onSocketError(error);
            },
            Qt::QueuedConnection);
        // Direct: the hand-over and close() disconnect the plain socket before it goes.
        connect(plain, &QAbstractSocket::readyRead, this, &MailConnection::onReadyRead);
        connect(plain, &QAbstractSocket::bytesWritten, this, &MailConnection::onBytesWritten);
        plain->connectToHost(addr, m_options.port);
        return;
    }
#endif
    if (!createTlsSocket(Phase::Connect, true))
        return;
    if (m_options.implicitTls)
        m_socket->connectToHostEncrypted(addr.toString(), m_options.port, bareHost(m_options.host));
    else
        m_socket->connectToHost(addr, m_options.port);
}

bool MailConnection::createTlsSocket(Phase phase, bool ownConnect)
{
    // Waits for the preload's plugin load if it is under way (see the function).
    (void)loadPlatformTlsBackend();
    auto *socket = new QSslSocket(this);
    m_socket = socket;
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    conf.setPeerVerifyMode(QSslSocket::VerifyPeer);
    conf.setProtocol(QSsl::SecureProtocols); // TLS 1.2 and later
    QString trustError;
    if (!m_options.trust.apply(conf, &trustError)) {
        fail(ErrorClass::Config, phase, trustError);
        return false;
    }
    if (m_options.identity.isSet()) {
        // The configuration is the socket's for its life: startTls() uses it too.
        conf.setLocalCertificateChain(QList<QSslCertificate>{m_options.identity.certificate()} +
                                      m_options.identity.chain());
        conf.setPrivateKey(m_options.identity.privateKey());
    }
    socket->setSslConfiguration(conf);
    socket->setPeerVerifyName(bareHost(m_options.host));

    if (ownConnect)
        connect(socket, &QSslSocket::connected, this, &MailConnection::onConnected);
    connect(socket, &QSslSocket::readyRead, this, &MailConnection::onReadyRead);
    connect(socket, &QSslSocket::sslErrors, this, &MailConnection::onSslErrors);
    connect(socket, &QSslSocket::encrypted, this, &MailConnection::onEncrypted);
    connect(socket, &QAbstractSocket::errorOccurred, this, &MailConnection::onSocketError);
    connect(socket, &QSslSocket::encryptedBytesWritten, this, [this](qint64 n) {
        noteWriteProgress(n);
        if (m_socket && m_socket->bytesToWrite() == 0 && m_socket->encryptedBytesToWrite() == 0)
            Q_EMIT allWritten();
    });
    connect(socket, &QAbstractSocket::bytesWritten, this, &MailConnection::onBytesWritten);
    return true;
}

void MailConnection::onBytesWritten(qint64 n)
{
#if defined(MAILWRIGHT_TLS_MODULE)
    if (m_tls) { // ciphertext on the wire; the plaintext was counted by writeOut()
        noteWriteProgress(n);
        if (pendingWriteBytes() == 0)
            Q_EMIT allWritten();
        return;
    }
#endif
    m_bytesWritten += n;
    // Over TLS this counts plaintext taken in for encryption, which happens at once; what
    // the network took is encryptedBytesWritten.
    if (!io() || isEncrypted())
        return;
    noteWriteProgress(n);
    if (pendingWriteBytes() == 0)
        Q_EMIT allWritten();
}

bool MailConnection::handOverPlainSocket()
{
#if defined(Q_OS_UNIX)
    QAbstractSocket *const plain = m_plainSocket;
    if (!plain)
        return true;
    // What the plain socket still holds for the peer goes out first (the STARTTLS
    // command was answered, so normally nothing).
    uncork();
    if (plain->bytesToWrite() > 0)
        (void)plain->flush();
    const bool unsent = plain->bytesToWrite() > 0;
    // The plain socket reads no further: its descriptor is copied, and it is closed before
    // anything returns to the event loop. Whatever arrives from now on is the QSslSocket's
    // to read as TLS (a close of one of two descriptors sends nothing to the peer).
    const int fd = unsent ? -1 : ::fcntl(int(plain->socketDescriptor()), F_DUPFD_CLOEXEC, 0);
    m_plainSocket = nullptr;
    forgetUnsentSample();
    plain->disconnect(this);
    plain->abort();
    plain->deleteLater();
    if (fd < 0) {
        fail(ErrorClass::Network, Phase::StartTls,
             tr("The connection could not be handed to the TLS layer."));
        return false;
    }
    if (!createTlsSocket(Phase::StartTls, false)) {
        ::close(fd);
        return false;
    }
    if (!m_socket->setSocketDescriptor(fd, QAbstractSocket::ConnectedState)) {
        ::close(fd);
        fail(ErrorClass::Network, Phase::StartTls,
             tr("The connection could not be handed to the TLS layer."));
        return false;
    }
#endif
    return true;
}

QAbstractSocket *MailConnection::io() const
{
    if (m_plainSocket)
        return m_plainSocket.data();
    return m_socket.data();
}

void MailConnection::onConnected()
{
    disarmTimeout();
    QAbstractSocket *const socket = io();
    // Here, not before connecting: Qt drops the options of a socket without a descriptor.
    // The option belongs to the connection: it stays when TLS takes it over.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    if (m_transcript)
        m_transcript->info(QStringLiteral("connected to %1 port %2")
                               .arg(socket->peerAddress().toString())
                               .arg(m_options.port));
    Q_EMIT connected(m_stageClock.elapsed());
    if (m_done)
        return;
    if (m_options.implicitTls) {
        m_phase = Phase::Tls;
        m_stageClock.start();
        armTimeout(Phase::Tls);
#if defined(MAILWRIGHT_TLS_MODULE)
        beginTls();
#endif
    } else {
        m_phase = Phase::Greeting;
        // A greeting the plain socket read before this queued call is not left waiting.
        if (m_plainSocket && m_plainSocket->bytesAvailable() > 0)
            onReadyRead();
    }
}

void MailConnection::startTls()
{
    if (m_done || !io())
        return;
    // RFC 3207 §5: anything the server sent after its go-ahead and before the handshake
    // is plaintext that an attacker may have injected; it must not be acted upon.
    if (!m_buffer.isEmpty() || io()->bytesAvailable() > 0) {
        fail(ErrorClass::Protocol, Phase::StartTls,
             tr("The server sent data after agreeing to start TLS and before the handshake "
                "(a sign of command injection); the connection was dropped."));
        return;
    }
#if defined(MAILWRIGHT_TLS_MODULE)
    if (!makeTlsSession(Phase::StartTls))
        return;
#else
    if (!handOverPlainSocket())
        return;
#endif
    m_tlsPending = true;
    m_phase = Phase::Tls;
    m_stageClock.start();
    armTimeout(Phase::Tls);
#if defined(MAILWRIGHT_TLS_MODULE)
    beginTls();
#else
    m_socket->startClientEncryption();
#endif
}

void MailConnection::onSslErrors(const QList<QSslError> &errors)
{
    if (m_done || !m_socket)
        return;
    const QSslCertificate cert = m_socket->peerCertificate();
    m_peerCert = describeCertificate(cert);
    PeerChains::remember(m_peerCert.sha256, m_socket->peerCertificateChain());
    if (m_options.trust.pinMatches(cert)) {
        // The admin trusted exactly this certificate: its fingerprint was pinned.
        m_pinAccepted = true;
        if (m_transcript)
            m_transcript->info(QStringLiteral("certificate accepted by its pinned fingerprint"));
        m_socket->ignoreSslErrors(errors);
        return;
    }
    for (const QSslError &e : errors) {
        if (!m_certErrors.contains(e.errorString()))
            m_certErrors << e.errorString();
    }
    fail(ErrorClass::TlsCertificate, Phase::Tls,
         untrustedCertificateMessage(m_certErrors, m_peerCert, m_options.trust));
}

void MailConnection::onEncrypted()
{
    if (m_done || !m_socket)
        return;
    disarmTimeout();
    const QSslCertificate cert = m_socket->peerCertificate();
    m_peerCert = describeCertificate(cert);
    PeerChains::remember(m_peerCert.sha256, m_socket->peerCertificateChain());
    if (m_options.trust.hasPin() && !m_options.trust.pinMatches(cert)) {
        fail(ErrorClass::TlsCertificate, Phase::Tls,
             changedCertificateMessage(m_peerCert, m_options.trust));
        return;
    }
    tlsEstablished();
}

void MailConnection::tlsEstablished()
{
    m_tlsPending = false;
    if (m_transcript)
        m_transcript->info(
            QStringLiteral("TLS established: %1, %2").arg(tlsProtocol(), tlsCipher()));
    m_phase = Phase::Greeting;
    Q_EMIT encrypted(m_stageClock.elapsed());
}

QString MailConnection::connectFailure(const QString &last) const
{
    if (m_connectFailures.size() < 2)
        return last;
    return tr("Connecting to %1 port %2 failed at every address: %3")
        .arg(bareHost(m_options.host))
        .arg(m_options.port)
        .arg(m_connectFailures.join(QStringLiteral("; ")));
}

void MailConnection::onConnectError(QAbstractSocket::SocketError error, const QString &text)
{
    const QString address = m_addresses.value(m_addressIndex).toString();
    m_lastConnectError =
        tr("Connecting to %1 port %2 failed: %3").arg(address).arg(m_options.port).arg(text);
    m_connectFailures << QStringLiteral("%1: %2").arg(address, text);
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        m_lastConnectClass = ErrorClass::Refused;
        break;
    case QAbstractSocket::SocketTimeoutError:
        m_lastConnectClass = ErrorClass::Timeout;
        break;
    default:
        m_lastConnectClass = ErrorClass::Network;
        break;
    }
    if (m_transcript)
        m_transcript->info(m_lastConnectError);
    disarmTimeout();
    connectNext();
}

void MailConnection::onSocketError(QAbstractSocket::SocketError error)
{
    if (m_done || !io())
        return;
    const QString text = io()->errorString();
    if (m_phase == Phase::Connect) {
        onConnectError(error, text);
        return;
    }
    if (m_phase == Phase::Tls) {
        if (error == QAbstractSocket::SslHandshakeFailedError && !m_certErrors.isEmpty())
            fail(ErrorClass::TlsCertificate, Phase::Tls, text);
        else
            fail(ErrorClass::TlsHandshake, Phase::Tls,
                 tr("The TLS handshake failed: %1").arg(text));
        return;
    }
    if (error == QAbstractSocket::RemoteHostClosedError) {
        // Whether a close is an error depends on what the protocol was waiting for.
        if (m_transcript)
            m_transcript->info(QStringLiteral("connection closed by the server"));
        m_done = true;
        disarmTimeout();
        Q_EMIT disconnected();
        return;
    }
    fail(ErrorClass::Network, m_phase, tr("The connection failed: %1").arg(text));
}

void MailConnection::onReadyRead()
{
    if (m_done || !io())
        return;
    QPointer<MailConnection> self(this);
    // What the replies read here make the session write goes out in one write when they
    // are handled (a queue flush answers a burst of replies with a message each).
    const bool corking = !m_corked;
    m_corked = true;
    const auto uncorkAtEnd = qScopeGuard([self, corking] {
        if (corking && self)
            self->uncork();
    });
    QByteArray bytes = io()->readAll();
#if defined(MAILWRIGHT_TLS_MODULE)
    if (m_tls) { // feedTls() puts the plaintext into m_buffer
        if (!feedTls(bytes) || !self)
            return;
        bytes.clear();
    }
#endif
    m_buffer += bytes;
    while (!m_done && !m_tlsPending) {
        const int nl = m_buffer.indexOf('\n');
        if (nl < 0) {
            if (m_buffer.size() > m_options.maxLineLength) {
                fail(ErrorClass::Protocol, m_phase,
                     tr("The server sent a line longer than %1 octets.")
                         .arg(m_options.maxLineLength));
            }
            return;
        }
        QByteArray line = m_buffer.left(nl);
        m_buffer.remove(0, nl + 1);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.size() > m_options.maxLineLength) {
            fail(ErrorClass::Protocol, m_phase,
                 tr("The server sent a line longer than %1 octets.").arg(m_options.maxLineLength));
            return;
        }
        Q_EMIT lineReceived(line);
        if (!self)
            return;
    }
}

void MailConnection::sendLine(const QByteArray &line, const QString &shown)
{
    if (m_done || !io())
        return;
    if (m_transcript)
        m_transcript->client(shown.isEmpty() ? QString::fromUtf8(line) : shown);
    writeOut(line + "\r\n");
}

void MailConnection::sendRaw(const QByteArray &bytes)
{
    if (m_done || !io())
        return;
    writeOut(bytes);
}

void MailConnection::writeOut(const QByteArray &bytes)
{
#if defined(MAILWRIGHT_TLS_MODULE)
    if (m_tls) {
        // Counted here: the socket's own count is of ciphertext.
        m_bytesWritten += bytes.size();
        if (!m_tls->write(bytes)) {
            tlsFailed();
            return;
        }
        flushTls();
        return;
    }
#endif
    if (m_plainSocket)
        writePlain(bytes);
    else
        io()->write(bytes);
}

void MailConnection::armTimeout(Phase phase, int ms)
{
    m_timerPhase = phase;
    m_wireProgressAtArm = m_wireProgress;
    // Asked of the system only when the answer could matter: peerStillTaking() stretches
    // the timer for a queue that shrinks by kProgressStep, so one that cannot hold that
    // much now counts as none. Asking costs a system call, which a queue flush paid for
    // every message (docs/PERFORMANCE-QUEUE.md, the tenth round).
    m_unsentAtArm = unsentAtMost() < kProgressStep ? -1 : sampleUnsent();
    m_armClock.start();
    if (phase != Phase::Resolve && phase != Phase::Connect && phase != Phase::Tls)
        m_phase = phase;
    m_timer.start(ms > 0 ? ms : m_options.timeoutMs);
}

qint64 MailConnection::unsentInSystem() const
{
    if (!io())
        return -1;
    const qintptr fd = io()->socketDescriptor();
    if (fd < 0)
        return -1;
#if defined(Q_OS_LINUX)
    int n = 0; // octets the peer has not acknowledged yet
    if (::ioctl(int(fd), SIOCOUTQ, &n) == 0)
        return n;
#elif defined(Q_OS_MACOS)
    int n = 0;
    socklen_t len = sizeof n;
    if (::getsockopt(int(fd), SOL_SOCKET, SO_NWRITE, &n, &len) == 0)
        return n;
#endif
    return -1;
}

qint64 MailConnection::sampleUnsent()
{
    const qint64 unsent = unsentInSystem();
    // The bound starts again from here: what the system holds, and what the plain socket
    // still buffers, which it may hand to the system at any time.
    m_sampledUnsent = unsent >= 0 && m_plainSocket ? unsent + m_plainSocket->bytesToWrite() : -1;
    m_handedAtSample = m_handedToPlain;
    return unsent;
}

qint64 MailConnection::unsentAtMost() const
{
    // Only the plain socket's writes are counted, and only they reach the system as they
    // are (a QSslSocket adds its records' framing): without both, the system is asked.
    if (!m_plainSocket || m_sampledUnsent < 0)
        return std::numeric_limits<qint64>::max();
    return m_sampledUnsent + (m_handedToPlain - m_handedAtSample);
}

void MailConnection::uncork()
{
    m_corked = false;
    const QByteArray kept = std::exchange(m_cork, QByteArray());
    if (!kept.isEmpty() && m_plainSocket)
        writePlain(kept);
}

void MailConnection::writePlain(const QByteArray &bytes)
{
    if (m_corked) {
        m_cork += bytes;
        return;
    }
    m_handedToPlain += bytes.size();
    QAbstractSocket *const plain = m_plainSocket;
#if defined(Q_OS_UNIX) && defined(MSG_NOSIGNAL)
    // Straight to the system when nothing of ours waits before it. Through the socket's
    // buffer every write turned its write notifier on and, once written, off again: two
    // wake-ups of the event loop and a turn of it in between (a queue flush of 1000 made
    // 260; docs/PERFORMANCE-QUEUE.md, the tenth round). What the system does not take now
    // goes to the socket's buffer after it, and so does everything after an error: the
    // socket then meets the error itself and reports it as it always does.
    if (plain->bytesToWrite() == 0 && plain->state() == QAbstractSocket::ConnectedState) {
        const int fd = int(plain->socketDescriptor());
        qsizetype done = 0;
        while (done < bytes.size()) {
            const ssize_t n = ::send(fd, bytes.constData() + done, size_t(bytes.size() - done),
                                     MSG_NOSIGNAL | MSG_DONTWAIT);
            if (n > 0)
                done += n;
            else if (n < 0 && errno == EINTR)
                continue;
            else
                break;
        }
        if (done < bytes.size())
            plain->write(bytes.constData() + done, bytes.size() - done);
        // As the socket's own bytesWritten() would count them, after the rest is queued
        // (so that allWritten() waits for it).
        if (done > 0 && !m_done)
            onBytesWritten(done);
        return;
    }
#endif
    plain->write(bytes);
}

void MailConnection::forgetUnsentSample()
{
    m_sampledUnsent = -1;
}

bool MailConnection::peerStillTaking()
{
    // The program's own buffer may be empty long before the peer has the data: the
    // system's send buffer holds megabytes. A timer that runs out while that queue still
    // shrinks by 8 KiB or more per period is a slow link, not a silent server.
    if (!mayStretch())
        return false;
    const qint64 unsent = sampleUnsent();
    if (unsent <= 0 || m_unsentAtArm < 0 || m_unsentAtArm - unsent < kProgressStep)
        return false;
    m_unsentAtArm = unsent;
    return true;
}

bool MailConnection::mayStretch() const
{
    if (m_timerPhase == Phase::Resolve || m_timerPhase == Phase::Connect ||
        m_timerPhase == Phase::Tls)
        return false;
    return m_armClock.isValid() && m_armClock.elapsed() < qint64(m_timer.interval()) * kMaxStretch;
}

void MailConnection::noteWriteProgress(qint64 bytes)
{
    m_wireProgress += bytes;
    if (!io() || !m_timer.isActive() || !mayStretch())
        return;
    const bool stillSending = io()->bytesToWrite() > 0 ||
                              (m_socket && isEncrypted() && m_socket->encryptedBytesToWrite() > 0);
    if (stillSending && m_wireProgress - m_wireProgressAtArm >= kProgressStep) {
        m_wireProgressAtArm = m_wireProgress;
        m_timer.start();
    }
}

void MailConnection::extendTimeout()
{
    if (m_done || !m_timer.isActive() || !mayStretch())
        return;
    m_timer.start();
}

void MailConnection::disarmTimeout()
{
    m_timer.stop();
}

void MailConnection::fail(ErrorClass c, Phase p, const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    disarmTimeout();
    if (m_lookupId >= 0) {
        NameLookup::abort(m_lookupId);
        m_lookupId = -1;
    }
    if (m_transcript)
        m_transcript->info(message);
    resetSocket();
    Q_EMIT failed(c, p, message);
}

void MailConnection::close()
{
    m_done = true;
    disarmTimeout();
    if (m_plainSocket) { // the session before TLS (or without it)
#if defined(MAILWRIGHT_TLS_MODULE)
        if (m_tls) { // the TLS session's close_notify before the TCP close
            m_tls->shutdown();
            flushTls();
            m_tls.reset();
        }
#endif
        uncork(); // what the session wrote last, then the close
        m_plainSocket->disconnect(this);
        m_plainSocket->disconnectFromHost();
        m_plainSocket->deleteLater();
        m_plainSocket = nullptr;
        forgetUnsentSample();
    }
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->disconnectFromHost();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
}

void MailConnection::abort()
{
    m_done = true;
    disarmTimeout();
    if (m_lookupId >= 0) {
        NameLookup::abort(m_lookupId);
        m_lookupId = -1;
    }
    pushHandedOver();
    resetSocket();
}

void MailConnection::pushHandedOver()
{
    // What the session wrote before it gave up counts as sent: a message whose end it
    // wrote is "outcome unknown". So it goes as far as the system takes it now, without
    // waiting, instead of being dropped with the socket: what was kept back while a burst
    // of lines was handled (the cork), then what the socket's buffer holds.
    uncork();
    QAbstractSocket *const sockets[] = {m_plainSocket.data(), m_socket.data()};
    for (QAbstractSocket *s : sockets) {
        if (s && s->state() == QAbstractSocket::ConnectedState && s->bytesToWrite() > 0)
            (void)s->flush(); // as much as the system takes, never blocks
    }
}

bool MailConnection::isEncrypted() const
{
#if defined(MAILWRIGHT_TLS_MODULE)
    if (m_tls)
        return m_tls->state() == tlsmodule::Session::State::Open;
#endif
    return m_socket && m_socket->isEncrypted();
}

QString MailConnection::tlsProtocol() const
{
#if defined(MAILWRIGHT_TLS_MODULE)
    if (m_tls)
        return m_tls->protocol();
#endif
    return m_socket && m_socket->isEncrypted() ? protocolName(m_socket->sessionProtocol())
                                               : QString();
}

QString MailConnection::tlsCipher() const
{
#if defined(MAILWRIGHT_TLS_MODULE)
    if (m_tls)
        return m_tls->cipher();
#endif
    return m_socket && m_socket->isEncrypted() ? m_socket->sessionCipher().name() : QString();
}

CertificateInfo MailConnection::peerCertificate() const
{
    return m_peerCert;
}

QHostAddress MailConnection::localAddress() const
{
    return io() ? io()->localAddress() : QHostAddress();
}

QHostAddress MailConnection::peerAddress() const
{
    return io() ? io()->peerAddress() : QHostAddress();
}

bool MailConnection::hasPendingInput() const
{
    return !m_buffer.isEmpty() || (io() && io()->bytesAvailable() > 0);
}

qint64 MailConnection::pendingWriteBytes() const
{
    if (m_plainSocket)
        return m_plainSocket->bytesToWrite() + m_cork.size();
    return m_socket ? m_socket->bytesToWrite() + m_socket->encryptedBytesToWrite() : 0;
}

} // namespace mw
