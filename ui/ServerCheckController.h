// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostics/AutoDetector.h"
#include "diagnostics/CapabilityProbe.h"
#include "diagnostics/SettingChange.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QComboBox;
class QLabel;
class QPushButton;
class QWidget;

namespace mw {

class DetectDialog;
class ServerCheckDialog;
class SettingsModel;
class SettingsPage;
class StatusIndicator;
class StatusMonitor;
class TestPanel;

// The server-check features of the settings window, kept out of the window itself:
//  - "Check what the server supports…" on the Server and POP3 tabs (ServerCheckDialog) on
//    the host as typed; "Apply recommended settings" changes the form and narrows the
//    Authentication tab's login methods to those the server offers in that mode;
//  - "Get SMTP server address…" (DetectDialog) from the From address;
//  - the Send Test panel's "Trust this certificate" and mode-mismatch fixes;
//  - the status indicators' certificate expiry and pin alarm (click for the details and
//    "Trust this certificate");
//  - the remembered capabilities (downgrade refusal) for the status checks.
// Nothing here is saved: every change goes into the form (SettingsModel), Save keeps it and
// Discard reverts it. objectName "serverCheckController"; the buttons it adds are
// checkServerButton, detectServerButton (Server tab), checkBackupButton (Backup server tab),
// checkPop3Button (POP3 tab) and the
// note smtpAuthOffer (Authentication tab).
class ServerCheckController : public QObject
{
    Q_OBJECT
public:
    ServerCheckController(QWidget *window, SettingsModel *model, const QString &configPath);

    void attach(const QList<SettingsPage *> &pages, TestPanel *testPanel, StatusMonitor *monitor,
                StatusIndicator *smtpStatus, StatusIndicator *pop3Status,
                StatusIndicator *backupStatus = nullptr);
    // The buttons and notes on pages built later (the window builds a tab when it is
    // first shown).
    void attachPages(const QList<SettingsPage *> &pages);

    // Opens (or raises) the dialog and starts a check of the form's current values; backup:
    // of the backup SMTP server (objectName backupServerCheckDialog; what it applies goes
    // to backup_smtp/*).
    ServerCheckDialog *checkServer(ProbeService service, bool backup = false);
    // Builds the SMTP check's dialog now, hidden, so that the first check does not (the
    // window calls it once its first paint is done). One dialog per server for the
    // window's life: each check reuses it.
    void prepareDialog();
    DetectDialog *detect();
    // Puts the changes into the form (not saved).
    void applyChanges(const QList<SettingChange> &changes);

    [[nodiscard]] QString capabilityMemoryPath() const { return m_memoryPath; }
    // The login methods the applied check found for the form's server (empty: not narrowed).
    [[nodiscard]] QStringList offeredMechanisms() const { return m_offered; }
    [[nodiscard]] bool isAuthNarrowed() const { return m_narrowed; }

    // Instead of the standard ports (tests: fixtures listen on free ports).
    void setProbeAttempts(ProbeService service, const QList<CapabilityProbe::Attempt> &attempts)
    {
        m_attempts[int(service)] = attempts;
    }
    void setDetectorOptions(const AutoDetector::Options &options) { m_detectOptions = options; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    void changesApplied(const QList<mw::SettingChange> &changes);

private:
    QPushButton *addButtonRow(SettingsPage *page, const char *afterField,
                              const QList<QPushButton *> &buttons);
    void narrowAuth(const QString &host, quint16 port, const QString &security,
                    const QStringList &mechanisms);
    void clearAuthNarrowing();
    void updateButtons();
    void showCertificate(ProbeService service);
    ServerCheckDialog *dialogFor(ProbeService service, bool backup);

    QWidget *m_window;
    SettingsModel *m_model;
    QString m_memoryPath;
    QString m_lastProbePath; // LastProbeFile: each check's findings, for the support bundle
    QPointer<ServerCheckDialog> m_dialogs[3]; // SMTP, POP3, backup SMTP
    QPointer<DetectDialog> m_detect;
    QHash<int, QList<CapabilityProbe::Attempt>> m_attempts;
    AutoDetector::Options m_detectOptions;
    QPointer<StatusMonitor> m_monitor;
    // SMTP, POP3, backup SMTP (its certificate is shown; a click opens nothing yet).
    QPointer<StatusIndicator> m_indicators[3];

    QPushButton *m_checkSmtp = nullptr;
    QPushButton *m_detectSmtp = nullptr;
    QPushButton *m_checkPop3 = nullptr;
    QPushButton *m_checkBackup = nullptr;
    QComboBox *m_authCombo = nullptr;
    QLabel *m_authOffer = nullptr;
    QStringList m_offered;
    QString m_offerHost;
    quint16 m_offerPort = 0;
    QString m_offerSecurity;
    bool m_narrowed = false;
};

} // namespace mw
