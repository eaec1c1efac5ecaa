// SPDX-License-Identifier: GPL-3.0-or-later
#include "PeerChains.h"

#include <QMutex>
#include <QMutexLocker>

#include <utility>

namespace mw::PeerChains {
namespace {

struct Store
{
    QMutex mutex;
    QList<std::pair<QString, QByteArray>> chains; // most recent last
};

Store &store()
{
    static Store s;
    return s;
}

} // namespace

void remember(const QString &sha256, const QList<QSslCertificate> &chain)
{
    QList<QByteArray> der;
    for (const QSslCertificate &c : chain)
        der << c.toDer();
    rememberDer(sha256, der);
}

void rememberDer(const QString &sha256, const QList<QByteArray> &chain)
{
    if (sha256.isEmpty() || chain.isEmpty())
        return;
    QByteArray pem;
    for (const QByteArray &der : chain) {
        pem += "-----BEGIN CERTIFICATE-----\n";
        const QByteArray b64 = der.toBase64();
        for (qsizetype i = 0; i < b64.size(); i += 64)
            pem += b64.mid(i, 64) + '\n';
        pem += "-----END CERTIFICATE-----\n";
    }
    Store &s = store();
    const QMutexLocker lock(&s.mutex);
    s.chains.removeIf([&sha256](const auto &e) { return e.first == sha256; });
    s.chains.append({sha256, pem});
    while (s.chains.size() > kMaxChains)
        s.chains.removeFirst();
}

QByteArray pemFor(const QString &sha256)
{
    Store &s = store();
    const QMutexLocker lock(&s.mutex);
    for (const auto &[key, pem] : std::as_const(s.chains)) {
        if (key == sha256)
            return pem;
    }
    return {};
}

} // namespace mw::PeerChains
