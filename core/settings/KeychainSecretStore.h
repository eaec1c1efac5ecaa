// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SecretStore.h"

namespace mw {

// The OS keychain through QtKeychain (macOS Keychain, Windows Credential Manager,
// Secret Service / KWallet on Linux). Service "Mailwright"; the key is
// "<account>@<absolute config path>" so two configuration files never share a password.
// No insecure plaintext fallback. QtKeychain itself lives in the keychain module
// (KeychainModule.h), loaded on the first read, write or remove, not at start-up.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    static constexpr QLatin1String serviceName{"Mailwright"};

    explicit KeychainSecretStore(const QString &configPath, QObject *parent = nullptr);
    [[nodiscard]] QString backendName() const override { return QStringLiteral("keychain"); }
    [[nodiscard]] QString keyFor(const QString &account) const;
    // Loads the keychain module if not yet done; false with the reason if it cannot be.
    static bool moduleAvailable(QString *error = nullptr);

protected:
    void doRead(const QString &account, Callback done) override;
    void doWrite(const QString &account, const QString &secret, Callback done) override;
    void doRemove(const QString &account, Callback done) override;

private:
    QString m_configPath;
};

} // namespace mw
