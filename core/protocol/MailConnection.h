// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "NameLookup.h"
#include "Result.h"
#include "TlsIdentity.h"
#include "TlsTrust.h"
#include "Transcript.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslSocket>
#include <QStringList>
#include <QTimer>

#include <memory>

namespace mw {
namespace tlsmodule {
class Session;
}

// The host as the resolver and the certificate name it: "[::1]" (an IPv6 literal written
// beside a port) is "::1".
[[nodiscard]] QString bareHost(const QString &host);

// The transport under a line-based mail protocol (SMTP, POP3): asynchronous name
// lookup, connect (each address in turn), implicit TLS or a later STARTTLS/STLS,
// certificate checks with the extra-trust file and the pin, line framing, a timeout
// per phase and cancel. It reports each failure once, classified; it never blocks.
class MailConnection : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString host;
        quint16 port = 0;
        bool implicitTls = false;
        // The session never starts TLS (no encryption chosen): nothing is prepared for it.
        bool plainOnly = false;
        TlsTrust trust;
        // The TLS client certificate presented in the handshake (implicit TLS and
        // STARTTLS/STLS alike) when the server asks for one; empty: none.
        TlsIdentity identity;
        int timeoutMs = 30000;
        int maxLineLength = 8192; // longer lines are a protocol error
        // Only addresses of this family are tried (POP-before-SMTP: both sessions must
        // come from the same source address family).
        QAbstractSocket::NetworkLayerProtocol family = QAbstractSocket::AnyIPProtocol;
        // Addresses already resolved by the caller (autodetection with its own DNS
        // server): no lookup is made, and `host` is still the name the certificate
        // must carry. Empty: `host` is looked up.
        QList<QHostAddress> addresses;
    };

    explicit MailConnection(QObject *parent = nullptr);
    // Loads the TLS library on a worker thread, so that the first connection does not
    // pay for it on the caller's thread (and the CLI overlaps it with reading its
    // settings). Safe to call any number of times.
    static void preloadTls();
    // Starts looking these server names up (NameLookup::lookAhead; address literals and
    // empty names are skipped), so that a session opened soon after takes that answer
    // instead of making its own lookup: the window calls it with Preflight::hostsFor before
    // it reads the secrets (from the keychain, over D-Bus). The CLI does not: its secrets
    // come at once, and a look-ahead there was measured slower (CliContext::prepare).
    static void lookAhead(const QStringList &hosts);
    // Loads what mail sessions use for TLS (the TLS module where it is built, else Qt's
    // backend) and says whether it works. Blocks: for a worker thread.
    [[nodiscard]] static bool tlsAvailable();
    // Instantiates the TLS backend Qt would choose for QSslSocket (openssl where its
    // plugin is present, else schannel on Windows, securetransport on macOS) from its
    // plugin file directly, so that Qt's first use of TLS does not load and instantiate
    // every plugin of its "tls" folder (the certificate-only one too). Returns false, and
    // leaves Qt to its own scan, when no such plugin file loads (static Qt, other
    // layout). Idempotent; call before anything else uses TLS. MailConnectionBackend.cpp.
    static bool loadPlatformTlsBackend();
    ~MailConnection() override;
    Q_DISABLE_COPY_MOVE(MailConnection)

    void open(const Options &options, Transcript *transcript);
    // Upgrades the channel (after the server's go-ahead for STARTTLS/STLS). Fails with
    // Protocol if the server already sent more bytes (RFC 3207 §5 response injection).
    void startTls();
    // Sends one line (CR LF appended). `shown` is what the transcript records instead,
    // for lines that carry credentials.
    void sendLine(const QByteArray &line, const QString &shown = {});
    // Sends raw bytes without logging them line by line (message content).
    void sendRaw(const QByteArray &bytes);
    // Starts (or restarts) the timer of the phase now waiting for the server. While bytes
    // are still on their way to the peer (a message upload, in this program's buffer or
    // the system's), every 8 KiB that the peer takes restarts it, up to kMaxStretch
    // timeouts in all: a slow link is not a silent server, and a peer that reads a few
    // octets now and then still times out.
    void armTimeout(Phase phase, int ms = -1);
    void disarmTimeout();
    // Closes politely if connected; no further signals.
    void close();
    // Drops the connection at once; no further signals.
    void abort();

    // Keeps the timer of the phase now running going for one more timeout, because the
    // peer made progress (a POP3 answer that moves); at most kMaxStretch timeouts after
    // armTimeout() in all, like an upload: a peer that drips just enough still ends.
    void extendTimeout();

    [[nodiscard]] bool isEncrypted() const;
    [[nodiscard]] QString tlsProtocol() const;
    [[nodiscard]] QString tlsCipher() const;
    [[nodiscard]] CertificateInfo peerCertificate() const;
    [[nodiscard]] QStringList certificateErrors() const { return m_certErrors; }
    [[nodiscard]] QHostAddress localAddress() const;
    [[nodiscard]] QHostAddress peerAddress() const;
    [[nodiscard]] qint64 bytesWritten() const { return m_bytesWritten; }
    [[nodiscard]] qint64 pendingWriteBytes() const;
    // Bytes received but not yet delivered as lines (or not yet read from the socket).
    [[nodiscard]] bool hasPendingInput() const;

Q_SIGNALS:
    void resolved(qint64 ms);
    void connected(qint64 ms); // TCP is up (for implicit TLS, before the handshake)
    void encrypted(qint64 ms); // TLS is up
    void lineReceived(const QByteArray &line);
    // Everything handed over has reached the system; may come from within the write that
    // completed it (a write the system takes at once, Unix).
    void allWritten();
    // Emitted once; the connection is unusable afterwards.
    void failed(mw::ErrorClass errorClass, mw::Phase phase, const QString &message);
    void disconnected(); // the peer closed the connection without an error

private:
    void onLookedUp(const NameLookup::Answer &answer);
    void connectNext();
    // The message when no address of the server could be reached: the last one's, or
    // with several addresses, the name as configured and each address's failure.
    QString connectFailure(const QString &last) const;
    void onReadyRead();
    void onSslErrors(const QList<QSslError> &errors);
    void onSocketError(QAbstractSocket::SocketError error);
    // Bytes the socket carrying the session (io()) handed to the system; over TLS only
    // counted (encryptedBytesWritten tracks the wire).
    void onBytesWritten(qint64 n);
    // TCP is up (the socket's own signal, or the plain socket's).
    void onConnected();
    // The connection to the current address failed; the next one is tried.
    void onConnectError(QAbstractSocket::SocketError error, const QString &text);
    // Creates m_socket with its TLS configuration (trust, client certificate, peer name)
    // and connects its signals; waits for the TLS backend if the preload is still loading
    // it. False (and the failure reported) when the trust cannot be applied.
    bool createTlsSocket(Phase phase, bool ownConnect);
    // Hands the plain socket's connection (a copy of its descriptor) to a new m_socket
    // (Unix; startTls() once the server agreed to start TLS). False when it failed.
    bool handOverPlainSocket();
    // The socket that carries the bytes now: the plain one until startTls(), else m_socket.
    [[nodiscard]] QAbstractSocket *io() const;
    void onEncrypted();
    // The handshake succeeded and the certificate was accepted: the session goes on.
    void tlsEstablished();
    // Bytes for the peer, through TLS once it is up.
    void writeOut(const QByteArray &bytes);
#if defined(MAILWRIGHT_TLS_MODULE)
    // The session's TLS through the TLS module (MailConnectionTls.cpp): the plain socket
    // carries the connection from its start to its end, and m_tls encrypts.
    // Makes m_tls with the trust, identity and peer name (or takes the one open() had a
    // worker make); false (and the failure reported, Config) when they cannot be applied
    // or the module does not load.
    bool makeTlsSession(Phase phase);
    // Has a worker make the session's TLS context ahead (open()): the CA file read and
    // decoded, OpenSSL's first context (its algorithms fetched) off this thread while the
    // name is looked up, TCP connects and the server greets.
    void prepareTlsAhead();
    struct TlsAhead;
    std::shared_ptr<TlsAhead> m_tlsAhead;
    // Starts the handshake on m_tls (its phase and timer already set).
    void beginTls();
    // Ciphertext read from the peer: decrypted into m_buffer; false when the connection
    // failed (reported).
    bool feedTls(const QByteArray &wire);
    // What m_tls has for the peer goes to the socket.
    void flushTls();
    void tlsFailed();
    std::unique_ptr<tlsmodule::Session> m_tls;
#endif
    void fail(ErrorClass c, Phase p, const QString &message);
    void resetSocket();
    void noteWriteProgress(qint64 bytes);
    // Octets the operating system still holds for the peer, or -1 where it does not say
    // (SIOCOUTQ on Linux, SO_NWRITE on macOS).
    [[nodiscard]] qint64 unsentInSystem() const;
    // unsentInSystem(), remembered as the start of unsentAtMost()'s bound.
    qint64 sampleUnsent();
    // What the system's send queue may hold at most: the last sample, with what the plain
    // socket buffered then, plus every octet handed to the plain socket since; the largest
    // qint64 when that is not known (no sample since the socket changed, a QSslSocket).
    [[nodiscard]] qint64 unsentAtMost() const;
    void forgetUnsentSample();
    // Every write to the plain socket, counted for unsentAtMost(); on Unix straight to the
    // system while the socket's own buffer is empty. Kept back while corked (m_corked).
    void writePlain(const QByteArray &bytes);
    // Ends the cork: what was kept back goes out in one write.
    void uncork();
    // At abort(): what was written goes to the system as far as it takes it at once.
    void pushHandedOver();
    bool peerStillTaking();

    [[nodiscard]] bool mayStretch() const;

    static constexpr qint64 kProgressStep = 8 * 1024;
    // Progress stretches one phase to at most this many timeouts (30 s: 10 minutes, the
    // time RFC 5321 §4.5.3.2.6 gives the final reply): a peer that takes just enough,
    // just often enough, still ends.
    static constexpr int kMaxStretch = 20;

    Options m_options;
    Transcript *m_transcript = nullptr;
    QPointer<QSslSocket> m_socket;
    // The connection of a STARTTLS/STLS or plain session until startTls() (Unix): the
    // connect, the greeting and the commands before TLS do not wait for the TLS backend
    // to load; m_socket is created only when TLS starts, on a copy of its descriptor.
    QPointer<QAbstractSocket> m_plainSocket;
    QList<QHostAddress> m_addresses;
    int m_addressIndex = -1;
    int m_lookupId = -1;
    QByteArray m_buffer;
    QTimer m_timer;
    Phase m_phase = Phase::Idle;
    Phase m_timerPhase = Phase::Idle;
    QElapsedTimer m_stageClock;
    QElapsedTimer m_armClock; // since the timer was last armed by armTimeout()
    QStringList m_certErrors;
    CertificateInfo m_peerCert; // kept after the socket is gone, for the report
    QString m_lastConnectError;
    // Each address's failure ("127.0.0.1: Connection refused"), for the message when a
    // name's every address failed (connectFailure).
    QStringList m_connectFailures;
    ErrorClass m_lastConnectClass = ErrorClass::None;
    qint64 m_bytesWritten = 0;
    qint64 m_wireProgress = 0;      // octets the socket handed to the network
    qint64 m_wireProgressAtArm = 0; // m_wireProgress when the timer last started
    qint64 m_unsentAtArm = -1;      // unsentInSystem() then; -1 when less than kProgressStep
    qint64 m_handedToPlain = 0;     // octets written to the plain socket, ever
    qint64 m_handedAtSample = 0;    // m_handedToPlain at the last sampleUnsent()
    qint64 m_sampledUnsent = -1;    // what it found, with the socket's buffer; -1: none
    // While onReadyRead() hands lines to the session, the plain socket's writes are kept in
    // m_cork, and written together once the lines are handled (or at close() and abort()).
    bool m_corked = false;
    QByteArray m_cork;
    bool m_done = false;
    bool m_tlsPending = false;
    bool m_pinAccepted = false;
};

} // namespace mw
