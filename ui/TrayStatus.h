// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostics/ServerStatus.h"

#include <QHash>
#include <QIcon>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <optional>

class QAction;
class QMenu;
class QSystemTrayIcon;
template<typename T> class QFutureWatcher;

namespace mw {

class StatusMonitor;

// The status in the tray (optional, off by default; the settings window owns it while
// "Show status in the tray" is on): an icon with the worst status of the servers, a
// tooltip with each server's status and the queue, a menu (Open, Send Test, Refresh status,
// Quit) and a desktop notification when a server turns to "Unable to connect" or the queue
// becomes held; once per transition, not at every check that finds it still so.
//
// It only shows: the menu's actions are signals that the window carries out. The queue of
// the monitor's (saved) settings is read off the GUI thread after each check and every
// minute, since the queue runner is another process.
class TrayStatus : public QObject
{
    Q_OBJECT
public:
    struct QueueState
    {
        int waiting = 0;
        bool held = false;
        QString why; // the hold's sentence
    };

    explicit TrayStatus(StatusMonitor *monitor, QObject *parent = nullptr);
    ~TrayStatus() override;

    // Whether this desktop has a tray (QSystemTrayIcon::isSystemTrayAvailable()), unless a
    // test decided (nullopt: ask the desktop again).
    // A blocking question to the desktop (a D-Bus call, or the X server's tray selection):
    // the window asks it after its first paint (docs/PERFORMANCE-WINDOW.md).
    [[nodiscard]] static bool isAvailable();
    static void setAvailableForTesting(std::optional<bool> available);
    // How many times isAvailable() has been asked (tests/ui/tst_window_startup).
    [[nodiscard]] static int availabilityQueries();

    // The status the icon shows for these: "Unable to connect" before "Not connected"
    // before "Connection in progress" before "Operating"; "Stop" (a server that is not
    // used) only when every one is.
    [[nodiscard]] static ServerStatus worstStatus(const QList<ServerStatus> &statuses);
    // The application icon with a dot of the status's colour (StatusIndicator's).
    [[nodiscard]] static QIcon iconFor(ServerStatus status);

    // The worst of the servers' statuses now (as the icon shows it).
    [[nodiscard]] ServerStatus status() const;
    // What the tray shows for one server: its status, or while a check of a known server
    // runs, the status the check started from (the icon does not blink at every check).
    [[nodiscard]] ServerStatus shownStatus(const QString &server) const;
    [[nodiscard]] QString toolTip() const;
    [[nodiscard]] const QueueState &queue() const { return m_queue; }
    [[nodiscard]] QSystemTrayIcon *trayIcon() const { return m_icon; }
    [[nodiscard]] QMenu *menu() const { return m_menu; }
    [[nodiscard]] QAction *openAction() const { return m_open; }
    [[nodiscard]] QAction *sendTestAction() const { return m_sendTest; }
    [[nodiscard]] QAction *refreshAction() const { return m_refresh; }
    [[nodiscard]] QAction *quitAction() const { return m_quit; }
    // The queue as read (readQueue() gives it; public for tests).
    void updateQueue(const QueueState &queue);

public Q_SLOTS:
    // A server's new state (the monitor's stateChanged is connected to it).
    void updateServer(const QString &server, const mw::ServerState &state);
    // Reads the queue of the monitor's settings again, off the GUI thread.
    void readQueue();

Q_SIGNALS:
    void openRequested();
    void sendTestRequested();
    void refreshRequested();
    void quitRequested();
    // After each read of the queue (queue() is what was read).
    void queueRead();
    // A desktop notification (shown by the tray icon when the desktop has one).
    void notified(const QString &title, const QString &text);

private:
    void notify(const QString &title, const QString &text);
    void render();
    [[nodiscard]] static QString serverLabel(const QString &server);

    QPointer<StatusMonitor> m_monitor;
    QSystemTrayIcon *m_icon = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_open = nullptr;
    QAction *m_sendTest = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_quit = nullptr;
    QHash<QString, ServerState> m_states;
    // Each server's last status that was not "Connection in progress": what a transition
    // is measured from.
    QHash<QString, ServerStatus> m_settled;
    QueueState m_queue;
    QFutureWatcher<QueueState> *m_queueWatcher = nullptr;
    QTimer m_queueTimer;
    bool m_queueReadAgain = false;       // asked while a read ran: it may have missed a change
    std::optional<ServerStatus> m_shown; // the icon's status (drawn again only on a change)
};

} // namespace mw
