// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SecretStore.h"

namespace mw {

// Wraps a backend: on read, a non-empty MAILWRIGHT_<ACCOUNT>_PASSWORD environment variable
// (MAILWRIGHT_SMTP_PASSWORD, MAILWRIGHT_POP3_PASSWORD) wins over the backend, for
// automation. Writes and removals go to the backend (the variable still wins on read).
class EnvSecretOverride : public SecretStore
{
    Q_OBJECT
public:
    // Takes ownership of backend (it becomes a child of this object).
    explicit EnvSecretOverride(SecretStore *backend, QObject *parent = nullptr);
    [[nodiscard]] QString backendName() const override { return m_backend->backendName(); }
    [[nodiscard]] SecretStore *backend() const { return m_backend; }

    [[nodiscard]] static QString variableName(const QString &account);
    // True when the environment supplies this account's secret (the UI can say so).
    [[nodiscard]] static bool isOverridden(const QString &account);

protected:
    void doRead(const QString &account, Callback done) override;
    void doWrite(const QString &account, const QString &secret, Callback done) override;
    void doRemove(const QString &account, Callback done) override;

private:
    SecretStore *m_backend;
};

} // namespace mw
