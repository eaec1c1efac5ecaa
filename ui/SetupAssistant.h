// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostics/AutoDetector.h"
#include "diagnostics/SetupProposal.h"
#include "protocol/Result.h"
#include "settings/MailSettings.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace mw {

// First run from an e-mail address (Thunderbird's account setup is the model): the address
// and its password (or the provider's OAuth2 sign-in) → detection (provider table, https
// autoconfig, SRV and MX, with the trust rules of DetectionReport) → every candidate probed
// and listed with where it came from → the safest working one proposed (SetupProposal; the
// admin may pick another) → "Use these settings" puts it into the window's form → Send Test
// (the window's own test) → Save (the window's own save: the password goes to the secret
// store only). Nothing reaches the form before "Use these settings"; Cancel stops the
// detection at any time. Never modal; nothing blocks the GUI thread.
//
// objectNames: setupAssistant; setupPages (QStackedWidget: setupAddressPage,
// setupDetectPage, setupTestPage); setupAddress, setupPassword, setupUseOAuth,
// setupFindButton, setupManualButton, setupAddressProblem; setupProgress, setupStatus,
// setupCandidates (QTreeWidget: server, port, security, found by, result), setupProposal,
// setupLogin, setupConfirmForeign, setupUseButton, setupCancelButton, setupBackButton;
// setupTestStatus, setupSendTestButton, setupSaveButton, setupChangeButton.
class SetupAssistant : public QDialog
{
    Q_OBJECT
public:
    explicit SetupAssistant(QWidget *parent = nullptr);
    ~SetupAssistant() override;

    // Lookup options (tests: the DNS server, autoconfig URLs and CA file of the fixtures).
    void setDetectorOptions(const AutoDetector::Options &options) { m_options = options; }
    // The form as it is now: the proposal is computed against it.
    void setCurrentSettings(const MailSettings &settings) { m_settings = settings; }

    void start();  // Find settings
    void cancel(); // stops the detection; back to the address
    [[nodiscard]] bool isRunning() const { return m_detector->isRunning(); }
    [[nodiscard]] const DetectionReport &report() const { return m_report; }
    [[nodiscard]] const SetupProposal &proposal() const { return m_proposal; }

public Q_SLOTS:
    // The window's answers: the Send Test result, and the end of Save.
    void testFinished(const mw::Result &result);
    void saveFinished(bool ok);

Q_SIGNALS:
    // "Use these settings": the window puts changes into the form and the password into
    // its password field (empty: OAuth2, no password).
    void applyRequested(const QList<mw::SettingChange> &changes, const QString &password,
                        const mw::ModeReport &mode);
    void sendTestRequested();
    void saveRequested();
    // "Set up manually": the window's tabs; the offer goes away.
    void manualRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void onFinished(const DetectionReport &report);
    void updateProposal();
    void updateOAuthOffer();
    [[nodiscard]] const DetectedCandidate *selected() const;
    [[nodiscard]] QString oauthProvider() const;

    AutoDetector *m_detector = nullptr;
    AutoDetector::Options m_options;
    MailSettings m_settings;
    DetectionReport m_report;
    SetupProposal m_proposal;
    int m_probed = 0;

    QStackedWidget *m_pages = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_useOAuth = nullptr;
    QLabel *m_addressProblem = nullptr;
    QPushButton *m_find = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QTreeWidget *m_candidates = nullptr;
    QLabel *m_why = nullptr;
    QLineEdit *m_login = nullptr;
    QCheckBox *m_confirmForeign = nullptr;
    QPushButton *m_use = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_testStatus = nullptr;
    QPushButton *m_sendTest = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace mw
