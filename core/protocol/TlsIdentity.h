// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSslCertificate>
#include <QSslKey>

#include <memory>

namespace mw {

// The certificate and private key this client presents in the TLS handshake (a TLS client
// certificate, for SASL EXTERNAL or a server that requires one). Loaded from a PEM or
// PKCS#12 file by the session layer (the key's passphrase comes from the secret store);
// the key is a secret: it lives in memory only and is never logged.
//
// An empty identity holds no QSslCertificate or QSslKey at all: constructing either (even
// a null one) loads and initialises the TLS backend, and every Credentials value holds two
// identities (the window builds several before its first paint). The parts exist only once
// a certificate has been set; copies share them (they are never changed after that).
class TlsIdentity
{
public:
    TlsIdentity() = default;
    TlsIdentity(const QSslCertificate &certificate, const QSslKey &privateKey,
                const QList<QSslCertificate> &chain = {})
        : m_parts(std::make_shared<const Parts>(Parts{certificate, privateKey, chain}))
    {}

    // Both a certificate and its key.
    [[nodiscard]] bool isSet() const
    {
        return m_parts && !m_parts->certificate.isNull() && !m_parts->privateKey.isNull();
    }
    // Nothing was ever set (no TLS object exists).
    [[nodiscard]] bool isEmpty() const { return !m_parts; }

    // Null values when empty (constructing those loads the TLS backend: ask isSet() first).
    [[nodiscard]] QSslCertificate certificate() const
    {
        return m_parts ? m_parts->certificate : QSslCertificate();
    }
    [[nodiscard]] QSslKey privateKey() const { return m_parts ? m_parts->privateKey : QSslKey(); }
    // Intermediates sent after the certificate, may be empty.
    [[nodiscard]] QList<QSslCertificate> chain() const
    {
        return m_parts ? m_parts->chain : QList<QSslCertificate>();
    }

    // The same certificate (two empty identities, or an empty one and one holding a null
    // certificate, are the same; no TLS object is made for an empty one).
    [[nodiscard]] bool sameCertificate(const TlsIdentity &o) const
    {
        if (!m_parts || !o.m_parts)
            return (m_parts ? m_parts->certificate.isNull() : true) &&
                   (o.m_parts ? o.m_parts->certificate.isNull() : true);
        return m_parts->certificate == o.m_parts->certificate;
    }

private:
    struct Parts
    {
        QSslCertificate certificate;
        QSslKey privateKey;
        QList<QSslCertificate> chain;
    };
    std::shared_ptr<const Parts> m_parts;
};

} // namespace mw
