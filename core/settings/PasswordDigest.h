// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace mw {

// A password kept only as a salted key-derivation digest: the remote status read-only
// password (secret "remote-status") and the administrator lock. PBKDF2-HMAC-SHA-256
// (RFC 8018 §5.2) through QPasswordDigestor, a 16-byte random salt, stored as text
//   pbkdf2-sha256$<iterations>$<salt, base64>$<digest, base64>
// so that the cost can grow without invalidating stored digests. One place decides the
// format, the cost and the comparison; nothing else hashes a password.
class PasswordDigest
{
public:
    // About 0.1-0.3 s on a small machine with Qt's implementation: verify() off the GUI
    // thread (QtConcurrent) when a window waits for it.
    static constexpr int kIterations = 120000;
    static constexpr int kMinIterations = 10000; // a stored digest below this is refused
    static constexpr int kMaxIterations = 10000000;
    // The seed's 7 characters are a floor, not a ceiling.
    static constexpr int kMinPasswordLength = 7;
    static constexpr int kMaxPasswordLength = 1024;

    // The digest text of password with a fresh salt.
    [[nodiscard]] static QString make(const QString &password, int iterations = kIterations);
    // True when stored is a well-formed digest and password matches it (constant time in
    // the digest's length).
    [[nodiscard]] static bool verify(const QString &stored, const QString &password);
    // True when text has the stored form (and a sane cost), whatever the password.
    [[nodiscard]] static bool isDigest(const QString &text);
    // Empty when the password may be used; else why not (a sentence).
    [[nodiscard]] static QString checkPassword(const QString &password);

    // Compares a and b in time that depends only on their lengths.
    [[nodiscard]] static bool constantTimeEquals(const QByteArray &a, const QByteArray &b);
};

} // namespace mw
