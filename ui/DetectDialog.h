// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostics/AutoDetector.h"
#include "settings/MailSettings.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace mw {

// "Get SMTP server address": from the From address (or any address or domain typed) finds
// candidate servers (SRV, autoconfig, MX, the bundled provider table, name guesses),
// probes every one before offering it, and lists each with where it was found. "Use the
// selected server" puts it into the form (not saved until Save). Never modal; every
// lookup and probe has a timeout and Cancel stops them.
//
// objectNames: detectAddress, detectStartButton, detectCancelButton, detectProgress,
// detectStatus, detectLog, detectCandidates (QTreeWidget: service, server, port, security,
// found by, result), detectRecommendation, detectForeignWarning, detectConfirmForeign,
// detectApplyButton, detectCloseButton.
//
// A foreign candidate (found only through DNS or http, outside the address's domain: see
// isForeignHost) is marked ⚠ and never recommended; selecting it shows its warning and
// the detectConfirmForeign box, and "Use the selected server" stays disabled until the
// admin ticks it. A DNS-derived certificate is never pinned by this dialog.
class DetectDialog : public QDialog
{
    Q_OBJECT
public:
    explicit DetectDialog(QWidget *parent = nullptr);
    ~DetectDialog() override;

    void setAddress(const QString &address);
    // Lookup options (tests: a DNS server and autoconfig URL on loopback).
    void setOptions(const AutoDetector::Options &options) { m_options = options; }
    // The form as it is now: what "Use the selected server" changes is computed against it.
    void setCurrentSettings(const MailSettings &settings) { m_settings = settings; }
    void start();
    void cancel();

    [[nodiscard]] bool isRunning() const { return m_detector->isRunning(); }
    [[nodiscard]] const DetectionReport &report() const { return m_report; }
    // The changes that would apply the selected candidate (empty: none selectable).
    [[nodiscard]] QList<SettingChange> selectedChanges() const;

Q_SIGNALS:
    void applyRequested(const QList<mw::SettingChange> &changes, const mw::ModeReport &mode);
    void finished(const mw::DetectionReport &report);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void onFinished(const DetectionReport &report);
    void selectionChanged();
    void updateSelection();
    [[nodiscard]] const DetectedCandidate *selected() const;

    AutoDetector *m_detector = nullptr;
    AutoDetector::Options m_options;
    MailSettings m_settings;
    DetectionReport m_report;
    int m_probed = 0;

    QLineEdit *m_address = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QPlainTextEdit *m_log = nullptr;
    QTreeWidget *m_candidates = nullptr;
    QLabel *m_recommendation = nullptr;
    QLabel *m_foreignWarning = nullptr;
    QCheckBox *m_confirmForeign = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace mw
