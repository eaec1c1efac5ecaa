// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileSecretStore.h"

#include "AtomicFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace mw {

FileSecretStore::FileSecretStore(QString path, QObject *parent)
    : SecretStore(parent)
    , m_path(std::move(path))
{}

std::optional<QHash<QString, QString>> FileSecretStore::load(QString *error) const
{
    QHash<QString, QString> secrets;
    const QString shown = QDir::toNativeSeparators(m_path);
    QByteArray bytes;
#ifdef Q_OS_UNIX
    // Check the file we actually read (fstat on the open descriptor), not the name, so a
    // swap between check and read cannot slip a different file in; refuse symlinks.
    const int fd = ::open(QFile::encodeName(m_path).constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0) {
        const int err = errno;
        if (err == ENOENT)
            return secrets;
        if (err == ELOOP) {
            *error = QStringLiteral("The secret file %1 is a symbolic link; refused.").arg(shown);
            return std::nullopt;
        }
        *error = QStringLiteral("Cannot read the secret file %1: %2")
                     .arg(shown, QString::fromLocal8Bit(std::strerror(err)));
        return std::nullopt;
    }
    struct stat st
    {
    };
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        *error = QStringLiteral("The secret file %1 is not a regular file; refused.").arg(shown);
        return std::nullopt;
    }
    if ((st.st_mode & 077) != 0) {
        ::close(fd);
        *error =
            QStringLiteral("The secret file %1 is readable or writable by group or others "
                           "(mode %2); refused. Run: chmod 600 %1")
                .arg(shown)
                .arg(QString::number(st.st_mode & 0777, 8).rightJustified(4, QLatin1Char('0')));
        return std::nullopt;
    }
    if (st.st_uid != ::geteuid()) {
        ::close(fd);
        *error = QStringLiteral("The secret file %1 belongs to another user; refused.").arg(shown);
        return std::nullopt;
    }
    char buf[4096];
    for (;;) {
        const ssize_t n = ::read(fd, buf, sizeof buf);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            const int err = errno;
            ::close(fd);
            *error = QStringLiteral("Cannot read the secret file %1: %2")
                         .arg(shown, QString::fromLocal8Bit(std::strerror(err)));
            return std::nullopt;
        }
        if (n == 0)
            break;
        bytes.append(buf, n);
        if (bytes.size() > 1024 * 1024) {
            ::close(fd);
            *error = QStringLiteral("The secret file %1 is too large.").arg(shown);
            return std::nullopt;
        }
    }
    ::close(fd);
#else
    // Without POSIX modes the folder's ACL is what protects the file.
    QFile f(m_path);
    if (!f.exists())
        return secrets;
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("Cannot read the secret file %1: %2").arg(shown, f.errorString());
        return std::nullopt;
    }
    bytes = f.readAll();
#endif
    const QStringList lines = QString::fromUtf8(bytes).split(QLatin1Char('\n'));
    for (QString line : lines) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.trimmed().isEmpty() || line.trimmed().startsWith(QLatin1Char('#')))
            continue;
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0)
            continue; // not a secret line; never echo it, it may be a password
        // The secret is everything after '=', spaces included.
        secrets.insert(line.left(eq).trimmed(), line.mid(eq + 1));
    }
    return secrets;
}

bool FileSecretStore::store(const QHash<QString, QString> &secrets, QString *error) const
{
    QStringList accounts = secrets.keys();
    std::sort(accounts.begin(), accounts.end());
    QByteArray out("# Mailwright secrets: account=password. Keep this file mode 0600.\n");
    for (const QString &a : accounts)
        out += a.toUtf8() + '=' + secrets.value(a).toUtf8() + '\n';
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        *error = QStringLiteral("Cannot create the folder %1.")
                     .arg(QDir::toNativeSeparators(info.absolutePath()));
        return false;
    }
    return AtomicFile::write(m_path, out, 0600, error);
}

void FileSecretStore::doRead(const QString &account, Callback done)
{
    QString error;
    const auto secrets = load(&error);
    if (!secrets)
        return done(SecretResult::failure(error));
    const auto it = secrets->constFind(account);
    done(it == secrets->constEnd() ? SecretResult::notFound() : SecretResult::success(*it));
}

void FileSecretStore::doWrite(const QString &account, const QString &secret, Callback done)
{
    if (secret.contains(QLatin1Char('\n')) || secret.contains(QLatin1Char('\r')) ||
        secret.contains(QChar(0)))
        return done(SecretResult::failure(
            QStringLiteral("A password in the secret file cannot contain a line break.")));
    QString error;
    auto secrets = load(&error);
    if (!secrets)
        return done(SecretResult::failure(error));
    secrets->insert(account, secret);
    if (!store(*secrets, &error))
        return done(SecretResult::failure(error));
    done(SecretResult::success());
}

void FileSecretStore::doRemove(const QString &account, Callback done)
{
    QString error;
    auto secrets = load(&error);
    if (!secrets)
        return done(SecretResult::failure(error));
    if (secrets->remove(account) == 0)
        return done(SecretResult::success());
    if (!store(*secrets, &error))
        return done(SecretResult::failure(error));
    done(SecretResult::success());
}

} // namespace mw
