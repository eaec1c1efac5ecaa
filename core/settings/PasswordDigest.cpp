// SPDX-License-Identifier: GPL-3.0-or-later
#include "PasswordDigest.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QStringList>

namespace mw {

namespace {

constexpr int kSaltBytes = 16;
constexpr int kDigestBytes = 32;
const QLatin1String kScheme("pbkdf2-sha256");

struct Parsed
{
    int iterations = 0;
    QByteArray salt;
    QByteArray digest;
};

bool parse(const QString &text, Parsed *out)
{
    const QStringList parts = text.trimmed().split(QLatin1Char('$'));
    if (parts.size() != 4 || parts.at(0) != kScheme)
        return false;
    bool ok = false;
    const int iterations = parts.at(1).toInt(&ok);
    if (!ok || iterations < PasswordDigest::kMinIterations ||
        iterations > PasswordDigest::kMaxIterations)
        return false;
    const auto salt = QByteArray::fromBase64Encoding(parts.at(2).toLatin1(),
                                                     QByteArray::AbortOnBase64DecodingErrors);
    const auto digest = QByteArray::fromBase64Encoding(parts.at(3).toLatin1(),
                                                       QByteArray::AbortOnBase64DecodingErrors);
    if (!salt || !digest || salt.decoded.size() < 8 || digest.decoded.size() != kDigestBytes)
        return false;
    out->iterations = iterations;
    out->salt = salt.decoded;
    out->digest = digest.decoded;
    return true;
}

QByteArray derive(const QString &password, const QByteArray &salt, int iterations)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password.toUtf8(), salt,
                                              iterations, kDigestBytes);
}

} // namespace

QString PasswordDigest::make(const QString &password, int iterations)
{
    QByteArray salt(kSaltBytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()),
                                          kSaltBytes / int(sizeof(quint32)));
    const QByteArray digest = derive(password, salt, iterations);
    return QStringLiteral("%1$%2$%3$%4")
        .arg(kScheme)
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(digest.toBase64()));
}

bool PasswordDigest::verify(const QString &stored, const QString &password)
{
    Parsed p;
    if (!parse(stored, &p))
        return false;
    if (password.size() > kMaxPasswordLength)
        return false;
    return constantTimeEquals(derive(password, p.salt, p.iterations), p.digest);
}

bool PasswordDigest::isDigest(const QString &text)
{
    Parsed p;
    return parse(text, &p);
}

QString PasswordDigest::checkPassword(const QString &password)
{
    if (password.size() < kMinPasswordLength)
        return QCoreApplication::translate("mw::PasswordDigest",
                                           "The password must have at least %1 characters.")
            .arg(kMinPasswordLength);
    if (password.size() > kMaxPasswordLength)
        return QCoreApplication::translate("mw::PasswordDigest",
                                           "The password must have at most %1 characters.")
            .arg(kMaxPasswordLength);
    for (const QChar c : password) {
        if (c == QLatin1Char('\r') || c == QLatin1Char('\n') || c == QChar(0))
            return QCoreApplication::translate("mw::PasswordDigest",
                                               "The password must be on one line.");
    }
    return {};
}

bool PasswordDigest::constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

} // namespace mw
