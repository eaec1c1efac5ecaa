// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QString>

namespace mw {

// Help → About: what this program is, and the versions an administrator is asked for when
// something fails: Mailwright, Qt (run time and build), the TLS backend with its library,
// the keychain library with the platform service it talks to, and the secret store this
// configuration uses. "Copy" puts the same facts on the clipboard as plain text.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    // secretBackend: SecretStore::backendName() of the window's store (may be empty).
    explicit AboutDialog(const QString &secretBackend, QWidget *parent = nullptr);

    // "name: value" lines (translated names), also used by the Copy button.
    [[nodiscard]] static QList<std::pair<QString, QString>>
    versionRows(const QString &secretBackend);
    // The platform service QtKeychain uses on this system, e.g. "Secret Service (libsecret)".
    [[nodiscard]] static QString keychainService();
    // "OpenSSL 3.0.x (Qt backend: openssl)" or a sentence saying TLS is unavailable.
    [[nodiscard]] static QString tlsDescription();
};

} // namespace mw
