// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/DeliveryHistory.h"
#include "settings/MailSettings.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QTimer>

class QCheckBox;
class QComboBox;
class QFileSystemWatcher;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QThread;

namespace mw {

class HistoryModel;

// "History…": what the queue handed over (DeliveryHistory), newest first, with filters, a
// details pane and Resend. Never modal. Every database read and the resend run on
// QThreadPool, each with its own DeliveryHistory (an SQLite connection belongs to the
// thread that opened it); the window shows "Loading…" meanwhile and only the answer to
// the latest question is shown. The view reloads when the database changes (the CLI's
// queue runner records while the window is open) or on Refresh (F5).
//
// objectNames: historyView, historyFilter, historyFailedOnly, historySince,
// historyCategory, historyServer, historyRefresh, historyStatus, historyTable,
// historyDetails, historyResend, historyResendResult, historyClose.
class HistoryView : public QDialog
{
    Q_OBJECT
public:
    // settings: the saved settings (where the history and the queue are).
    HistoryView(const QString &configPath, const MailSettings &settings, QWidget *parent = nullptr);
    ~HistoryView() override;

    [[nodiscard]] QString databasePath() const { return m_path; }
    [[nodiscard]] bool isLoading() const { return m_loading; }
    [[nodiscard]] bool isResending() const { return m_resending; }
    [[nodiscard]] HistoryModel *model() const { return m_model; }
    // Test hook: the thread the last load ran on (never the GUI thread).
    [[nodiscard]] QThread *lastLoadThread() const { return m_lastLoadThread; }
    // Test hook: loads started so far (a view left alone must not start any).
    [[nodiscard]] int loadsStarted() const { return m_loadsStarted; }
    // After a Save: where Resend queues, and whether the history is on.
    void setSettings(const MailSettings &settings);
    // The filters as they stand.
    [[nodiscard]] HistoryQuery query() const;

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void loaded(int rows);
    void resendFinished(bool ok, const QString &text);

private:
    struct Load
    {
        QList<HistoryEntry> entries;
        QString error;
        QThread *thread = nullptr;
        QString stamp;          // sizes and times of the files when the load began
        bool unchanged = false; // a file event, but the files are as loaded: nothing read
    };
    struct Details
    {
        qint64 id = 0;
        QByteArray body;
    };
    struct Resend
    {
        bool ok = false;
        QString text;
    };

    void buildUi();
    void setUpShortcuts();
    void watchDatabase();
    void rewatch();
    // onlyIfChanged: a file event; nothing is read when the files are as last loaded.
    void startLoad(bool onlyIfChanged);
    void onLoaded();
    void showDetails();
    void onBodyLoaded();
    void resend();
    void onResent();
    void updateResend();
    [[nodiscard]] qint64 selectedId() const;

    MailSettings m_settings;
    QString m_path;
    HistoryModel *m_model = nullptr;
    QFutureWatcher<Load> m_loads;
    QFutureWatcher<Details> m_bodies;
    QFutureWatcher<Resend> m_resends;
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer m_filterDelay; // typing in the filter: one load when the typing pauses
    QTimer m_fileDelay;   // a burst of writes by the runner: one load
    QThread *m_lastLoadThread = nullptr;
    bool m_reloadPending = false; // a change arrived while a load ran
    QString m_stamp;              // Load::stamp of the rows shown
    // Set when a job starts, cleared when the latest one's answer arrives (a future that
    // finished but was not handed over yet still counts).
    bool m_loading = false;
    bool m_resending = false;
    int m_loadsStarted = 0;

    QLineEdit *m_filter = nullptr;
    QCheckBox *m_failedOnly = nullptr;
    QComboBox *m_since = nullptr;
    QComboBox *m_category = nullptr;
    QComboBox *m_server = nullptr;
    QPushButton *m_refresh = nullptr;
    QLabel *m_status = nullptr;
    QTableView *m_table = nullptr;
    QPlainTextEdit *m_details = nullptr;
    QPushButton *m_resend = nullptr;
    QLabel *m_resendResult = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace mw
