// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SecretStore.h"

#include <QDeadlineTimer>
#include <QHash>

#include <functional>

#include <optional>

namespace mw {

// Secrets in a plain file for headless hosts: one "account=secret" line each ('#' starts
// a comment). The file is refused unless it is a regular file owned by this user with no
// group or other permission bits (like ssh does with private keys); it is written
// atomically with mode 0600. Secrets cannot contain line breaks. On Windows the same
// rule reads: owned by this user and no other account in its access list
// (WindowsFileSecurity.h), and a new file gets an access list for this user alone.
//
// Every change (write, remove) is a read-modify-write of the whole file under an
// exclusive lock on ".<name>.lock" beside it (FileLock: flock on Unix, LockFileEx on
// Windows), so that changes of several processes to different accounts never lose one
// another. A change that finds the lock taken retries from a timer (up to 10 s) instead
// of blocking the thread; reads take no lock, since every write replaces the file in one
// rename.
class FileSecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit FileSecretStore(QString path, QObject *parent = nullptr);
    [[nodiscard]] QString backendName() const override { return QStringLiteral("file"); }
    [[nodiscard]] QString path() const { return m_path; }

protected:
    void doRead(const QString &account, Callback done) override;
    void doWrite(const QString &account, const QString &secret, Callback done) override;
    void doRemove(const QString &account, Callback done) override;

private:
    // nullopt with error on a refused or unreadable file; an empty map when it is missing.
    [[nodiscard]] std::optional<QHash<QString, QString>> load(QString *error) const;
    [[nodiscard]] bool store(const QHash<QString, QString> &secrets, QString *error) const;

    // Changes the map; false when nothing changed (then nothing is written).
    using Change = std::function<bool(QHash<QString, QString> &)>;
    // load, change, store under the lock; retried later while another process holds it.
    void update(const Change &change, Callback done, QDeadlineTimer deadline);

    QString m_path;
};

} // namespace mw
