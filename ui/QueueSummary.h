// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "delivery/QueueOperations.h"
#include "settings/MailSettings.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QTimer>
#include <QWidget>

class QFileSystemWatcher;
class QLabel;
class QPushButton;

namespace mw {

// Beside the SMTP indicator: "Queue: 3 waiting, oldest 12 min" (held, dead letters), a
// button that opens the Queue view, and "relay authorised until 14:32" while a
// POP-before-SMTP login of the runner holds the SMTP server's relay window open. Read off
// the GUI thread when the spool changes (a watch on its folders, debounced), on a timer
// (the age moves on, the relay window ends) and on refresh() (the status monitor's checks).
//
// objectNames: queueSummary (the button), relayWindow (the label).
class QueueSummary : public QWidget
{
    Q_OBJECT
public:
    explicit QueueSummary(QWidget *parent = nullptr);
    ~QueueSummary() override;

    // The saved settings: where the queue is, and the POP3 account of the relay window.
    void setSettings(const MailSettings &settings);
    [[nodiscard]] QPushButton *button() const { return m_button; }
    [[nodiscard]] QLabel *relayLabel() const { return m_relay; }
    [[nodiscard]] bool isLoading() const { return m_loading; }

    // "Queue: 3 waiting, 1 held, oldest 12 min, 2 dead letters" (shared with tests).
    [[nodiscard]] static QString summaryText(const QueueStats &stats, int held,
                                             const QDateTime &now);

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void clicked();
    void refreshed();

private:
    struct Read
    {
        QueueStats stats;
        int held = 0;
        QDateTime relayUntil;
    };
    void rewatch();
    void onRead();

    MailSettings m_settings;
    bool m_haveSettings = false;
    QPushButton *m_button = nullptr;
    QLabel *m_relay = nullptr;
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer m_fileDelay;
    QTimer m_tick;
    QTimer m_relayEnd;
    QFutureWatcher<Read> m_reads;
    bool m_loading = false;
    bool m_again = false;
};

} // namespace mw
