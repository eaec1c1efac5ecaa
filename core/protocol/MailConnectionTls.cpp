// SPDX-License-Identifier: GPL-3.0-or-later
// A mail session's TLS through the TLS module (protocol/TlsModule.h), where it is built:
// the plain socket carries the connection, the module's session encrypts and verifies.
#include "MailConnection.h"

#if defined(MAILWRIGHT_TLS_MODULE)

#include "PeerChains.h"
#include "PrivateModule.h"
#include "TlsModule.h"

#include <QSslError>
#include <QThreadPool>

#include <condition_variable>
#include <mutex>
#include <utility>

namespace mw {

const TlsModuleEntries &tlsModuleReady()
{
    static TlsModuleEntries entries;
    static std::once_flag once;
    std::call_once(once, [] {
        const QString name = QLatin1String(tlsmodule::moduleName);
        const PrivateModule::Entry init = PrivateModule::resolve(name, tlsmodule::initEntryPoint);
        const PrivateModule::Entry make =
            PrivateModule::resolve(name, tlsmodule::newSessionEntryPoint);
        const PrivateModule::Entry stop =
            PrivateModule::resolve(name, tlsmodule::threadStopEntryPoint);
        if (!init.function || !make.function || !stop.function) {
            entries.error = !init.error.isEmpty()   ? init.error
                            : !make.error.isEmpty() ? make.error
                                                    : stop.error;
            return;
        }
        entries.threadStop = reinterpret_cast<tlsmodule::ThreadStopFunction>(stop.function);
        if (!reinterpret_cast<tlsmodule::InitFunction>(init.function)()) {
            entries.error = QStringLiteral("OpenSSL did not start");
            return;
        }
        entries.newSession = reinterpret_cast<tlsmodule::NewSessionFunction>(make.function);
    });
    return entries;
}

namespace {

CertificateInfo describePeer(const tlsmodule::Session &tls)
{
    CertificateInfo info;
    if (!tls.describePeer(&info))
        return {};
    neutralizeCertificateText(&info);
    return info;
}

// A session made for these options, or why not (Config).
struct PreparedTls
{
    std::unique_ptr<tlsmodule::Session> session;
    QString error;
};

PreparedTls prepareTls(const MailConnection::Options &options)
{
    PreparedTls out;
    const TlsModuleEntries &module = tlsModuleReady();
    if (!module.newSession) {
        out.error = MailConnection::tr("The TLS module could not be loaded (%1); reinstall "
                                       "Mailwright.")
                        .arg(module.error);
        return out;
    }
    tlsmodule::ClientSetup setup;
    setup.peerName = bareHost(options.host);
    if (!options.trust.caFile.isEmpty() && !options.trust.readCaFile(&setup.caPem, &out.error))
        return out;
    setup.pinSha256 = options.trust.normalizedPin();
    if (options.identity.isSet()) {
        setup.certificatePem = options.identity.certificate().toPem();
        for (const QSslCertificate &c : options.identity.chain())
            setup.certificatePem += c.toPem();
        setup.privateKeyPem = options.identity.privateKey().toPem();
    }
    tlsmodule::SetupError setupError = tlsmodule::SetupError::None;
    QString detail;
    out.session.reset(module.newSession(setup, &setupError, &detail));
    setup.privateKeyPem.fill('\0'); // the key is the SSL's now; this copy goes
    switch (setupError) {
    case tlsmodule::SetupError::None:
        break;
    case tlsmodule::SetupError::NoCaCertificate:
        out.error = options.trust.noCertificateMessage();
        break;
    case tlsmodule::SetupError::Identity:
        out.error = MailConnection::tr("The TLS client certificate cannot be used: %1").arg(detail);
        break;
    default:
        out.error = MailConnection::tr("TLS could not be set up: %1").arg(detail);
        break;
    }
    return out;
}

} // namespace

struct MailConnection::TlsAhead
{
    std::mutex mutex;
    std::condition_variable ready;
    bool done = false;
    PreparedTls prepared;
};

void MailConnection::prepareTlsAhead()
{
    auto ahead = std::make_shared<TlsAhead>();
    m_tlsAhead = ahead;
    QThreadPool::globalInstance()->start([ahead, options = m_options] {
        PreparedTls prepared = prepareTls(options);
        endOpenSslOnThisThread();
        const std::lock_guard lock(ahead->mutex);
        ahead->prepared = std::move(prepared);
        ahead->done = true;
        ahead->ready.notify_all();
    });
}

bool MailConnection::makeTlsSession(Phase phase)
{
    PreparedTls prepared;
    if (const std::shared_ptr<TlsAhead> ahead = std::exchange(m_tlsAhead, nullptr)) {
        std::unique_lock lock(ahead->mutex);
        ahead->ready.wait(lock, [&ahead] { return ahead->done; });
        prepared = std::move(ahead->prepared);
    } else {
        prepared = prepareTls(m_options);
    }
    m_tls = std::move(prepared.session);
    if (m_tls)
        return true;
    fail(ErrorClass::Config, phase, prepared.error);
    return false;
}

void MailConnection::beginTls()
{
    if (m_tls->start() == tlsmodule::Session::State::Failed) {
        tlsFailed();
        return;
    }
    flushTls();
}

void MailConnection::flushTls()
{
    const QByteArray out = m_tls ? m_tls->takeOutgoing() : QByteArray();
    if (!out.isEmpty() && m_plainSocket)
        writePlain(out);
}

bool MailConnection::feedTls(const QByteArray &wire)
{
    using State = tlsmodule::Session::State;
    const bool wasHandshaking = m_tls->state() == State::Handshaking;
    QByteArray plain;
    const State state = m_tls->feed(wire, &plain);
    flushTls(); // handshake replies, key updates
    if (state == State::Failed) {
        tlsFailed();
        return false;
    }
    if (wasHandshaking && state != State::Handshaking) {
        disarmTimeout();
        m_peerCert = describePeer(*m_tls);
        PeerChains::rememberDer(m_peerCert.sha256, m_tls->peerChain());
        if (m_tls->pinAccepted()) {
            m_pinAccepted = true;
            if (m_transcript)
                m_transcript->info(
                    QStringLiteral("certificate accepted by its pinned fingerprint"));
        }
        QPointer<MailConnection> self(this);
        tlsEstablished();
        if (!self || m_done)
            return false;
    }
    m_buffer += plain;
    return true;
}

void MailConnection::tlsFailed()
{
    const tlsmodule::Failure f = m_tls->failure();
    m_peerCert = describePeer(*m_tls);
    PeerChains::rememberDer(m_peerCert.sha256, m_tls->peerChain());
    switch (f.kind) {
    case tlsmodule::Failure::Kind::Certificate:
        for (const int e : f.certificateErrors) {
            const QString text = QSslError(QSslError::SslError(e)).errorString();
            if (!m_certErrors.contains(text))
                m_certErrors << text;
        }
        fail(ErrorClass::TlsCertificate, Phase::Tls,
             untrustedCertificateMessage(m_certErrors, m_peerCert, m_options.trust));
        return;
    case tlsmodule::Failure::Kind::PinChanged:
        fail(ErrorClass::TlsCertificate, Phase::Tls,
             changedCertificateMessage(m_peerCert, m_options.trust));
        return;
    default:
        break;
    }
    if (m_phase == Phase::Tls)
        fail(ErrorClass::TlsHandshake, Phase::Tls, tr("The TLS handshake failed: %1").arg(f.text));
    else
        fail(ErrorClass::Network, m_phase, tr("The connection failed: %1").arg(f.text));
}

} // namespace mw

#endif
