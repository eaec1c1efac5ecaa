// SPDX-License-Identifier: GPL-3.0-or-later
// SettingsWindow, continued: the window under a policy and the administrator lock. The
// banner at the top says who manages the settings; while the lock is locked, or the policy
// locks every key, the window is a read-only status and test console (SettingsModel
// read-only, Save and Discard hidden; Send Test, Check login, Refresh status and the server
// check keep working on the settings shown). FormBinder shows each field's lock.
#include "Icons.h"
#include "SettingsWindow.h"

#include "FormBinder.h"
#include "OAuthSignIn.h"
#include "PasswordField.h"
#include "Tint.h"
#include "UnlockDialog.h"
#include "diagnostics/StatusMonitor.h"
#include "settings/AdminLock.h"

#include <QDir>
#include <QFrame>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace mw {

void SettingsWindow::buildManagedBanner(QVBoxLayout *layout)
{
    m_adminLock = new AdminLock(this);
    connect(m_adminLock, &AdminLock::lockedChanged, this, [this] { updateManaged(); });

    m_banner = new QFrame(this);
    m_banner->setObjectName(QStringLiteral("managedBanner"));
    m_banner->setFrameShape(QFrame::StyledPanel);
    auto *row = new QHBoxLayout(m_banner);
    auto *icon = new QLabel(m_banner);
    icon->setObjectName(QStringLiteral("managedBannerIcon"));
    icon->setPixmap(appIcon(QStringLiteral("lock")).pixmap(20, 20));
    m_bannerText = wrapLabel(QStringLiteral("managedBannerText"), m_banner);
    m_unlock = new QPushButton(tr("&Unlock…"), m_banner);
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_unlock->setAutoDefault(false);
    m_unlock->setToolTip(tr("Enter the administrator password to change the settings"));
    m_lock = new QPushButton(appIcon(QStringLiteral("lock")), tr("&Lock"), m_banner);
    m_lock->setObjectName(QStringLiteral("lockButton"));
    m_lock->setAutoDefault(false);
    row->addWidget(icon, 0, Qt::AlignTop);
    row->addWidget(m_bannerText, 1);
    row->addWidget(m_unlock);
    row->addWidget(m_lock);
    m_banner->setVisible(false);
    layout->addWidget(m_banner);
    connect(m_unlock, &QPushButton::clicked, this, [this] { unlockSettings(); });
    connect(m_lock, &QPushButton::clicked, this, &SettingsWindow::lockSettings);
}

void SettingsWindow::setPolicy(const Policy &policy)
{
    m_model->setPolicy(policy);
    // Read again: the model lays the policy over what the file says.
    loadSettings();
    m_adminLock->configure(policy, m_store.adminLockDigest());
    m_oauth->setSettings(m_model->savedSettings());
    m_monitor->setSettings(m_model->savedSettings());
    updateManaged();
}

UnlockDialog *SettingsWindow::unlockSettings()
{
    if (!m_adminLock->isLocked())
        return nullptr;
    auto *dialog = findChild<UnlockDialog *>();
    if (!dialog) {
        dialog = new UnlockDialog(m_adminLock, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->open();
    return dialog;
}

void SettingsWindow::lockSettings()
{
    if (hasUnsavedChanges() || m_pendingWrites > 0)
        return; // the button is disabled then; a shortcut does nothing
    m_adminLock->lock();
}

void SettingsWindow::updateManaged()
{
    const Policy &policy = m_model->policy();
    const bool locked = m_adminLock->isLocked();
    const bool everything = policy.locksEverything();
    const bool console = locked || everything;
    m_model->setReadOnly(console); // FormBinder follows lockStateChanged

    QStringList lines;
    if (everything)
        lines << tr("Managed by your organisation: these settings are read-only (%1). Sending a "
                    "test and checking the servers still work.")
                     .arg(QDir::toNativeSeparators(policy.origin(QString())));
    else if (!policy.lockedKeys().isEmpty())
        lines << tr("Some settings are managed by your organisation (%1): they are marked with a "
                    "lock.")
                     .arg(QDir::toNativeSeparators(policy.origin(QString())));
    for (const QString &warning : policy.warnings())
        lines << tr("Policy: %1").arg(warning);
    if (locked)
        lines << tr("Locked by an administrator: the settings are read-only until you unlock "
                    "them. Sending a test and checking the servers still work.");
    else if (m_adminLock->isConfigured())
        lines << tr("Unlocked: the settings can be changed. Lock them again when you are done.");
    m_bannerText->setText(lines.join(QLatin1Char('\n')));
    m_banner->setVisible(!lines.isEmpty());
    m_unlock->setVisible(locked);
    m_lock->setVisible(m_adminLock->isConfigured() && !locked);
    m_lock->setToolTip(tr("Make the settings read-only again (save or discard your changes "
                          "first)"));

    for (PasswordField *pw : std::as_const(m_passwords)) {
        const bool byPolicy = policy.isSecretLocked(pw->account());
        pw->setLocked(console || byPolicy,
                      byPolicy  ? FormBinder::lockedText()
                      : console ? tr("Read-only while the settings are locked")
                                : QString(),
                      byPolicy);
    }
    m_save->setVisible(!console);
    m_discard->setVisible(!console);
    // A sign-in changes a credential: not under the administrator lock. (A policy that
    // locks every key leaves the secrets, and so the person's own sign-in, alone.)
    m_oauth->setLocked(locked);
    updateSaveState();
}

} // namespace mw
