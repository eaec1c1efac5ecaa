// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QString>

namespace mw {

// The certificate chains servers presented in this process, by the SHA-256 of the server's
// own certificate (CertificateInfo::sha256): what a support bundle hands on in PEM so that
// someone else can inspect the certificates themselves. MailConnection records each chain
// it sees; a Result keeps only the description. Bounded (the most recent chains), and
// safe to use from any thread.
namespace PeerChains {

void remember(const QString &sha256, const QList<QSslCertificate> &chain);
// The same chain as DER certificates.
void rememberDer(const QString &sha256, const QList<QByteArray> &chain);
// The chain (the server's certificate first) in PEM; empty when none was seen.
[[nodiscard]] QByteArray pemFor(const QString &sha256);

inline constexpr int kMaxChains = 32;

} // namespace PeerChains
} // namespace mw
