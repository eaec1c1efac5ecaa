// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SecretStore.h"

#include <QHash>

#include <optional>

namespace mw {

// Secrets in a plain file for headless hosts: one "account=secret" line each ('#' starts
// a comment). The file is refused unless it is a regular file owned by this user with no
// group or other permission bits (like ssh does with private keys); it is written
// atomically with mode 0600. Secrets cannot contain line breaks.
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

    QString m_path;
};

} // namespace mw
