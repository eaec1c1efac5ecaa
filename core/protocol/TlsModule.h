// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

// The boundary between MailConnection (in mw_protocol, in every program) and the TLS
// module (protocol/tls/, OpenSSL 3 directly, loaded through protocol/PrivateModule the
// first time a mail session may need TLS, on a worker thread). Where the module is built
// (Linux: MAILWRIGHT_TLS_MODULE), a mail session's TLS runs over its own TCP socket through
// OpenSSL's memory buffers: no Qt TLS plugin, no cipher and curve listing by Qt, one
// SSL_CTX, each certificate decoded once (docs/PERFORMANCE-CLI.md). Elsewhere (Windows,
// macOS) QSslSocket carries it, with the same trust rules (MailConnection.cpp).
//
// What the session checks, decided here once for the module: TLS 1.2 or later; the peer's
// chain against the trusted CAs (the CA file's certificates instead of the system store when
// one is set, as TlsTrust says), and its name against the host (DNS name, or address
// literal); a pinned certificate (SHA-256 of its DER) is accepted whatever signed it, and a
// different one is refused even when a public CA signed it. A refused certificate ends the
// handshake before the client says anything more (its own certificate included).
//
// Both sides are built from the same tree by the same compiler against the same Qt, so the
// types may be Qt's and C++'s; the entry points' names carry the version of this structure.
namespace mw::tlsmodule {

struct ClientSetup
{
    QString peerName;          // the host the certificate must name; also the SNI name
    QByteArray caPem;          // trusted CA certificates in PEM; empty: the system store
    QString pinSha256;         // lower-case hex without separators; empty: no pin
    QByteArray certificatePem; // client certificate, then its chain; empty: none
    QByteArray privateKeyPem;  // its key, unencrypted PEM
};

enum class SetupError {
    None,
    NoCaCertificate, // caPem holds no certificate
    Identity,        // the client certificate or key is unusable (detail: the library's words)
    Library,         // OpenSSL could not make a context (detail says why)
};

struct Failure
{
    enum class Kind {
        None,
        Certificate, // the chain or the name did not verify (and no pin accepted it)
        PinChanged,  // a valid certificate, but not the pinned one
        Handshake,   // anything else: an alert, a protocol error, no common version
    };
    Kind kind = Kind::None;
    QString text; // OpenSSL's words (Handshake)
    // QSslError::SslError values of what did not verify, in order, each once.
    QList<int> certificateErrors;
};

// One client TLS session over a byte stream that the caller carries (a QTcpSocket):
// ciphertext from the peer goes in through feed(), ciphertext for the peer comes out of
// takeOutgoing() after every call. Not thread-safe; used on one thread.
class Session
{
public:
    enum class State { Handshaking, Open, Failed, Closed };

    virtual ~Session() = default;
    // Starts the handshake (the ClientHello is then in takeOutgoing()).
    virtual State start() = 0;
    // Ciphertext from the peer; application data decrypted from it is appended to *plain.
    // The state tells whether the handshake finished (Open) or failed (Failed, failure()),
    // or the peer closed the TLS session (Closed).
    virtual State feed(const QByteArray &wire, QByteArray *plain) = 0;
    // Encrypts application data (Open only); false when the session failed.
    virtual bool write(const QByteArray &plain) = 0;
    // Ciphertext waiting for the peer.
    virtual QByteArray takeOutgoing() = 0;
    // A close_notify for the peer (then in takeOutgoing()).
    virtual void shutdown() = 0;
    [[nodiscard]] virtual State state() const = 0;
    [[nodiscard]] virtual Failure failure() const = 0;
    // The certificate did not verify, but it is the pinned one.
    [[nodiscard]] virtual bool pinAccepted() const = 0;
    [[nodiscard]] virtual QString protocol() const = 0; // "TLSv1.3"
    [[nodiscard]] virtual QString cipher() const = 0;   // "TLS_AES_256_GCM_SHA384"
    // The certificates the peer presented (DER), its own first; empty before it did.
    [[nodiscard]] virtual QList<QByteArray> peerChain() const = 0;
    // The fields of the peer's certificate as they stand in it (control characters are
    // the caller's to neutralise); false before the peer presented one.
    virtual bool describePeer(CertificateInfo *info) const = 0;
};

// Makes a session, or returns null with *error (and *detail for Identity and Library).
using NewSessionFunction = Session *(*)(const ClientSetup &setup, SetupError *error,
                                        QString *detail);
// Starts OpenSSL (its configuration, algorithms): the preload calls it on a worker thread.
using InitFunction = bool (*)();

// Frees OpenSSL's state of the calling thread (OPENSSL_thread_stop).
using ThreadStopFunction = void (*)();

inline constexpr char newSessionEntryPoint[] = "mailwright_tls_new_session_v1";
inline constexpr char initEntryPoint[] = "mailwright_tls_init_v1";
inline constexpr char threadStopEntryPoint[] = "mailwright_tls_thread_stop_v1";
inline constexpr char moduleName[] = "mailwright-tls";

} // namespace mw::tlsmodule

namespace mw {

// The core's side of the boundary (MailConnectionTls.cpp): the module's entry points, the
// module loaded and OpenSSL started on the first call (MailConnection::preloadTls makes it
// on a worker thread; a session's thread then finds it ready, or waits for it). A failed
// load is kept, with the loader's words in `error`. Thread-safe.
struct TlsModuleEntries
{
    tlsmodule::NewSessionFunction newSession = nullptr;
    tlsmodule::ThreadStopFunction threadStop = nullptr;
    QString error;
};
const TlsModuleEntries &tlsModuleReady();
// Frees OpenSSL's state of this thread (a pool thread's, at the end of its TLS work).
void endOpenSslOnThisThread();

} // namespace mw
