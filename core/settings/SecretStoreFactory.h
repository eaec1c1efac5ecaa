// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MailSettings.h"
#include "SecretStore.h"

#include <memory>

namespace mw {

// Builds the secret store a configuration asks for, always wrapped in EnvSecretOverride.
class SecretStoreFactory
{
public:
    // configPath: the INI file (keys the keychain entries, anchors a relative secretFile).
    // Returns nullptr with error when the choice cannot work (file backend without a file).
    [[nodiscard]] static std::unique_ptr<SecretStore> create(MailSettings::SecretBackend backend,
                                                             const QString &configPath,
                                                             const QString &secretFile,
                                                             QString *error = nullptr);
    // From [general] secret_backend / secret_file.
    [[nodiscard]] static std::unique_ptr<SecretStore>
    create(const MailSettings &settings, const QString &configPath, QString *error = nullptr);
    // "keychain", "file" or "memory" (e.g. a --secret-backend argument).
    [[nodiscard]] static std::unique_ptr<SecretStore> create(const QString &backend,
                                                             const QString &configPath,
                                                             const QString &secretFile,
                                                             QString *error = nullptr);
    // secretFile resolved against the configuration file's folder when relative.
    [[nodiscard]] static QString resolveSecretFile(const QString &secretFile,
                                                   const QString &configPath);
};

} // namespace mw
