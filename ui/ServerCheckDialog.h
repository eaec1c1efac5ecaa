// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostics/CapabilityProbe.h"
#include "diagnostics/ProbeMemory.h"
#include "diagnostics/ProbeReport.h"
#include "settings/MailSettings.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTimer;
class QTreeWidget;

namespace mw {

// "Check what the server supports": probes the host as typed in the form (not the saved
// one) in every security mode on the likely ports, in parallel, on the event loop. Rows
// fill in as each mode finishes; at the end they are ranked safest first, with the
// recommendation and "Apply recommended settings" (which changes the form only: Save keeps
// it, Discard reverts it). Never modal; Cancel stops every session.
//
// objectNames: serverCheckTitle, serverCheckProgress, serverCheckModes (QTreeWidget:
// rank, mode, port, ✓/!/✗, verdict), serverCheckDetails, serverCheckAlarm,
// serverCheckRecommendation, serverCheckChanges, applyRecommendedButton,
// acceptCapabilitiesButton, serverCheckCancelButton, serverCheckCloseButton.
class ServerCheckDialog : public QDialog
{
    Q_OBJECT
public:
    ServerCheckDialog(ProbeService service, QWidget *parent = nullptr);
    ~ServerCheckDialog() override;

    // Probes the host of `settings`. attempts: instead of the standard ports (tests).
    void start(const MailSettings &settings, const QList<CapabilityProbe::Attempt> &attempts = {});
    void cancel();
    // The remembered-capabilities file (SMTP): what the configured mode shows now is
    // compared with it; a check that finds less offers to accept it deliberately.
    void setCapabilityMemory(const QString &path) { m_memoryPath = path; }

    // From start() until the probe is done and its result compared with the remembered
    // capabilities (the sessions themselves begin once the dialog has been painted: start()).
    [[nodiscard]] bool isRunning() const
    {
        return m_startPending || m_probe->isRunning() || m_reviewing;
    }
    [[nodiscard]] const ProbeReport &report() const { return m_report; }
    [[nodiscard]] ProbeService service() const { return m_service; }
    [[nodiscard]] QList<SettingChange> recommendedChanges() const { return m_changes; }

Q_SIGNALS:
    void applyRequested(const QList<mw::SettingChange> &changes, const mw::ModeReport &mode);
    void finished(const mw::ProbeReport &report);

protected:
    void closeEvent(QCloseEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void onMode(const ModeReport &mode);
    void onFinished(const ProbeReport &report);
    void fillRows();
    void showDetails();
    void reviewMemory(bool acceptDowngrades);
    void showReview(const ProbeMemoryReview &review, bool acceptedNow);
    void setRunning(bool running);
    void startProbe();

    ProbeService m_service;
    CapabilityProbe *m_probe = nullptr;
    MailSettings m_settings;
    ProbeReport m_report;
    QList<ModeReport> m_live; // finished so far, in order of completion
    QList<SettingChange> m_changes;
    QString m_memoryPath;
    bool m_acceptable = false; // the configured mode works with less: Accept is offered
    bool m_reviewing = false;  // the memory is being read or written on the writer
    int m_generation = 0;      // which start() a review belongs to
    int m_total = 0;
    CapabilityProbe::Options m_options; // of the start() that waits for the first paint
    bool m_startPending = false;
    bool m_painted = false;            // since it was last shown
    QTimer *m_startFallback = nullptr; // a window that is never exposed still starts

    QLabel *m_title = nullptr;
    QProgressBar *m_progress = nullptr;
    QTreeWidget *m_modes = nullptr;
    QPlainTextEdit *m_details = nullptr;
    QLabel *m_alarm = nullptr;
    QLabel *m_recommendation = nullptr;
    QLabel *m_changesLabel = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_accept = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace mw
