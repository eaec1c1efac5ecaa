// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretStoreFactory.h"

#include "EnvSecretOverride.h"
#include "FileSecretStore.h"
#include "KeychainSecretStore.h"
#include "MemorySecretStore.h"
#include "SettingsSchema.h"

#include <QDir>
#include <QFileInfo>

namespace mw {

QString SecretStoreFactory::resolveSecretFile(const QString &secretFile, const QString &configPath)
{
    if (secretFile.isEmpty() || QDir::isAbsolutePath(secretFile))
        return secretFile;
    return QFileInfo(configPath).absoluteDir().absoluteFilePath(secretFile);
}

std::unique_ptr<SecretStore> SecretStoreFactory::create(MailSettings::SecretBackend backend,
                                                        const QString &configPath,
                                                        const QString &secretFile, QString *error)
{
    SecretStore *inner = nullptr;
    switch (backend) {
    case MailSettings::SecretBackend::Keychain:
        inner = new KeychainSecretStore(configPath);
        break;
    case MailSettings::SecretBackend::File:
        if (secretFile.trimmed().isEmpty()) {
            if (error)
                *error = QStringLiteral("general/secret_backend is file but general/secret_file "
                                        "is empty.");
            return nullptr;
        }
        inner = new FileSecretStore(resolveSecretFile(secretFile.trimmed(), configPath));
        break;
    case MailSettings::SecretBackend::Memory:
        inner = new MemorySecretStore;
        break;
    }
    return std::make_unique<EnvSecretOverride>(inner);
}

std::unique_ptr<SecretStore> SecretStoreFactory::create(const MailSettings &settings,
                                                        const QString &configPath, QString *error)
{
    return create(settings.general.secretBackend, configPath, settings.general.secretFile, error);
}

std::unique_ptr<SecretStore> SecretStoreFactory::create(const QString &backend,
                                                        const QString &configPath,
                                                        const QString &secretFile, QString *error)
{
    const auto b = SettingsSchema::fromString<MailSettings::SecretBackend>(backend);
    if (!b) {
        if (error)
            *error = QStringLiteral("Unknown secret backend \"%1\"; use keychain, file or memory.")
                         .arg(backend.left(40));
        return nullptr;
    }
    return create(*b, configPath, secretFile, error);
}

} // namespace mw
