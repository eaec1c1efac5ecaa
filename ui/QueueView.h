// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "delivery/QueueOperations.h"
#include "history/DeliveryHistory.h"
#include "settings/MailSettings.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QTimer>

class QFileSystemWatcher;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QThread;

namespace mw {

class QueueModel;

// "Queue…": the waiting, held and dead-lettered messages of the saved settings' queue
// (recipient, subject, category, state, age, attempts, last error), live while a runner
// works: a watch on the spool folders (debounced) and a slow timer (the ages) start a read
// on QThreadPool. Retry now, Delete, Release hold, Move back (from the dead letters) and
// Show message run the core's QueueOperations on QThreadPool too (they take the queue's
// lock, which a running pass holds for a while): the GUI thread never waits for the disk
// or the lock. Below the queue, the messages sent in the last days that bounced (from the
// delivery history, QueueBounces). Never modal.
//
// objectNames: queueView, queueStatus, queueTable, queueRetry, queueDelete, queueRelease,
// queueUndead, queueShow, queueRefresh, queueActionResult, queueMessage, queueBounced,
// queueClose; the confirmation of Delete: queueDeleteConfirm.
class QueueView : public QDialog
{
    Q_OBJECT
public:
    // How long an action waits for a pass of the runner to end (on a worker thread).
    static constexpr int kLockWaitMs = 15000;

    QueueView(const QString &configPath, const MailSettings &settings, QWidget *parent = nullptr);
    ~QueueView() override;

    [[nodiscard]] QueueModel *model() const { return m_model; }
    [[nodiscard]] bool isLoading() const { return m_loading; }
    [[nodiscard]] bool isBusy() const { return m_busy; }
    // Test hook: the thread the last read ran on (never the GUI thread).
    [[nodiscard]] QThread *lastLoadThread() const { return m_lastLoadThread; }
    // After a Save: the queue (and history) of the new settings.
    void setSettings(const MailSettings &settings);
    // Selects the message with that queue id (false when it is not listed).
    bool select(const QString &id);

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void loaded(int rows);
    void actionFinished(bool ok, const QString &text);

private:
    struct Load
    {
        QueueSnapshot snapshot;
        QList<HistoryEntry> bounced;
        QString error;
        QThread *thread = nullptr;
    };
    struct Action
    {
        bool ok = false;
        QString text;
        QString shown; // Show message: the text for the pane
        QString id;    // ... and the message it is
    };
    enum class Op { Retry, Delete, Release, Undead, Show };

    void buildUi();
    void watchSpool();
    void rewatch();
    void startLoad();
    void onLoaded();
    void run(Op op); // asks first for Delete
    void start(Op op, const QString &id);
    void onActionDone();
    void updateButtons();
    [[nodiscard]] const QueuedMessage *selected() const;

    QString m_configPath;
    MailSettings m_settings;
    QueueModel *m_model = nullptr;
    QFutureWatcher<Load> m_loads;
    QFutureWatcher<Action> m_actions;
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer m_fileDelay; // a burst of spool writes by the runner: one read
    QTimer m_ages;      // the ages move on, and a relay or hold may change
    QThread *m_lastLoadThread = nullptr;
    bool m_loading = false;
    bool m_reloadPending = false;
    bool m_busy = false;
    QString m_shownId; // the message whose text the pane shows

    QLabel *m_status = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_release = nullptr;
    QPushButton *m_undead = nullptr;
    QPushButton *m_show = nullptr;
    QPushButton *m_refresh = nullptr;
    QLabel *m_actionResult = nullptr;
    QPlainTextEdit *m_message = nullptr;
    QListWidget *m_bounced = nullptr;
    QLabel *m_bouncedLabel = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace mw
