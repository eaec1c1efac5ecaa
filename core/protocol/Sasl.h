// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace mw::sasl {

// RFC 4616: base64 of authzid NUL authcid NUL passwd (authzid left empty).
[[nodiscard]] QByteArray plainResponse(const QString &user, const QString &password);
// RFC 2195: base64 of "user SP hex(HMAC-MD5(password, challenge))". The challenge is the
// base64 text of the server's 334 line; nullopt when it is not valid base64 or too large.
[[nodiscard]] std::optional<QByteArray>
cramMd5Response(const QByteArray &challengeBase64, const QString &user, const QString &password);
// A challenge larger than this is refused (a hostile server could send megabytes).
inline constexpr int kMaxChallenge = 4096;

// Chooses the mechanism for `requested` ("PLAIN", "LOGIN", "CRAM-MD5" or "AUTO") among
// `offered`. On a clear channel PLAIN and LOGIN are allowed only when `clearAllowed`
// (the admin chose no security explicitly). Returns the mechanism, or nullopt with the
// reason in *why.
[[nodiscard]] std::optional<QString> choose(const QString &requested, const QStringList &offered,
                                            bool channelEncrypted, bool clearAllowed, QString *why);

} // namespace mw::sasl
