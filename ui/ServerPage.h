// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SettingsPage.h"

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Ui {
class ServerPage;
}

namespace mw {

class SignInFields;

// The SMTP server's form, for the primary server ([smtp], the "Server" tab) or the backup
// ([backup_smtp], the "Backup server" tab). One Designer form serves both: for the backup
// its keys, objectNames ("smtpHost" -> "backupSmtpHost") and accessible names are
// retargeted, and the rows the primary keeps elsewhere are added: how long the primary
// must fail before the backup is used, and its own login (method, name, password in the
// secret "backup-smtp", realm and client certificate through SignInFields).
class ServerPage : public SettingsPage
{
    Q_OBJECT
public:
    enum class Role { Primary, Backup };

    explicit ServerPage(Role role = Role::Primary, QWidget *parent = nullptr);
    ~ServerPage() override;
    [[nodiscard]] QString title() const override;
    void attach(SettingsModel *model) override;
    [[nodiscard]] Role role() const { return m_role; }

protected:
    void updateEnabled() override;

private:
    [[nodiscard]] QString key(const char *name) const;
    void retargetForBackup();
    void buildBackupRows();

    std::unique_ptr<Ui::ServerPage> m_ui;
    Role m_role;
    QString m_section; // "smtp" or "backup_smtp"
    // The backup's own rows.
    QSpinBox *m_after = nullptr;
    QComboBox *m_auth = nullptr;
    QLineEdit *m_username = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLineEdit *m_password = nullptr;
    SignInFields *m_signIn = nullptr;
};

} // namespace mw
