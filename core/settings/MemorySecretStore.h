// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SecretStore.h"

#include <QHash>

namespace mw {

// Keeps secrets in this object only (tests, and `secret_backend=memory`).
class MemorySecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit MemorySecretStore(QObject *parent = nullptr);
    [[nodiscard]] QString backendName() const override { return QStringLiteral("memory"); }
    // Makes every following operation fail with this error (empty: succeed again).
    void setFailure(const QString &error) { m_failure = error; }

protected:
    void doRead(const QString &account, Callback done) override;
    void doWrite(const QString &account, const QString &secret, Callback done) override;
    void doRemove(const QString &account, Callback done) override;

private:
    QHash<QString, QString> m_secrets;
    QString m_failure;
};

} // namespace mw
