// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrayStatus.h"
#include "Icons.h"

#include "StatusIndicator.h"
#include "delivery/Queue.h"
#include "diagnostics/StatusMonitor.h"
#include "settings/SettingsFacts.h"

#include <QAction>
#include <QFutureWatcher>
#include <QMenu>
#include <QPainter>
#include <QPixmap>
#include <QPromise>
#include <QSystemTrayIcon>
#include <QThreadPool>

#include <memory>
#include <utility>

namespace mw {

namespace {

std::optional<bool> g_availableForTesting;
int g_availabilityQueries = 0;

// The queue runner works in another process (the service, mailwright-cli queue run):
// what it held is seen by reading the spool again now and then.
constexpr int kQueueReadMs = 60 * 1000;

// Higher is worse; "Stop" is a server that is not used.
int severity(ServerStatus status)
{
    switch (status) {
    case ServerStatus::Stop:
        return 0;
    case ServerStatus::Operating:
        return 1;
    case ServerStatus::InProgress:
        return 2;
    case ServerStatus::NotConnected:
        return 3;
    case ServerStatus::UnableToConnect:
        return 4;
    }
    return 0;
}

} // namespace

TrayStatus::TrayStatus(StatusMonitor *monitor, QObject *parent)
    : QObject(parent)
    , m_monitor(monitor)
{
    m_menu = new QMenu;
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    m_open = m_menu->addAction(tr("&Open Mailwright"));
    m_open->setObjectName(QStringLiteral("trayOpen"));
    m_sendTest = m_menu->addAction(appIcon(QStringLiteral("send")), tr("Send &Test"));
    m_sendTest->setObjectName(QStringLiteral("traySendTest"));
    m_refresh = m_menu->addAction(appIcon(QStringLiteral("refresh")), tr("&Refresh status"));
    m_refresh->setObjectName(QStringLiteral("trayRefresh"));
    m_menu->addSeparator();
    m_quit = m_menu->addAction(tr("&Quit"));
    m_quit->setObjectName(QStringLiteral("trayQuit"));
    connect(m_open, &QAction::triggered, this, &TrayStatus::openRequested);
    connect(m_sendTest, &QAction::triggered, this, &TrayStatus::sendTestRequested);
    connect(m_refresh, &QAction::triggered, this, &TrayStatus::refreshRequested);
    connect(m_quit, &QAction::triggered, this, &TrayStatus::quitRequested);

    m_icon = new QSystemTrayIcon(this);
    m_icon->setObjectName(QStringLiteral("trayIcon"));
    m_icon->setContextMenu(m_menu);
    connect(m_icon, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                    Q_EMIT openRequested();
            });
    connect(m_icon, &QSystemTrayIcon::messageClicked, this, &TrayStatus::openRequested);

    // What is known already is shown without a notification: only a change is news.
    for (const QString &server : StatusMonitor::allServers()) {
        const ServerState state = monitor->state(server);
        m_states.insert(server, state);
        if (state.status != ServerStatus::InProgress)
            m_settled.insert(server, state.status);
    }
    connect(monitor, &StatusMonitor::stateChanged, this, &TrayStatus::updateServer);
    connect(monitor, &StatusMonitor::checkFinished, this, &TrayStatus::readQueue);

    m_queueWatcher = new QFutureWatcher<QueueState>(this);
    connect(m_queueWatcher, &QFutureWatcherBase::finished, this, [this] {
        const QFuture<QueueState> future = m_queueWatcher->future();
        if (future.resultCount() > 0)
            updateQueue(future.result());
        Q_EMIT queueRead();
        if (std::exchange(m_queueReadAgain, false))
            readQueue();
    });
    m_queueTimer.setInterval(kQueueReadMs);
    connect(&m_queueTimer, &QTimer::timeout, this, &TrayStatus::readQueue);
    m_queueTimer.start();

    render();
    if (isAvailable())
        m_icon->show();
    readQueue();
}

TrayStatus::~TrayStatus()
{
    m_icon->hide();
    delete m_menu; // a context menu has no parent (QSystemTrayIcon does not own it)
}

bool TrayStatus::isAvailable()
{
    ++g_availabilityQueries;
    return g_availableForTesting ? *g_availableForTesting
                                 : QSystemTrayIcon::isSystemTrayAvailable();
}

int TrayStatus::availabilityQueries()
{
    return g_availabilityQueries;
}

void TrayStatus::setAvailableForTesting(std::optional<bool> available)
{
    g_availableForTesting = available;
}

ServerStatus TrayStatus::worstStatus(const QList<ServerStatus> &statuses)
{
    ServerStatus worst = ServerStatus::Stop;
    for (const ServerStatus s : statuses) {
        if (severity(s) > severity(worst))
            worst = s;
    }
    return worst;
}

QIcon TrayStatus::iconFor(ServerStatus status)
{
    // Drawn at a few sizes so that each tray picks a sharp one.
    const QIcon &app = appIcon(QStringLiteral("mailwright"));
    QIcon icon;
    for (const int size : {16, 22, 24, 32, 48, 64}) {
        QPixmap pixmap = app.pixmap(size, size);
        if (pixmap.isNull()) {
            pixmap = QPixmap(size, size);
            pixmap.fill(Qt::transparent);
        }
        if (status != ServerStatus::Stop) {
            QPainter p(&pixmap);
            p.setRenderHint(QPainter::Antialiasing);
            const qreal d = size * 0.55;
            const QRectF dot(size - d, size - d, d, d);
            p.setPen(QPen(Qt::white, qMax(1.0, size / 16.0)));
            p.setBrush(StatusIndicator::colorFor(status));
            p.drawEllipse(dot.adjusted(0.5, 0.5, -0.5, -0.5));
        }
        icon.addPixmap(pixmap);
    }
    return icon;
}

ServerStatus TrayStatus::shownStatus(const QString &server) const
{
    const ServerStatus now = m_states.value(server).status;
    if (now != ServerStatus::InProgress)
        return now;
    const ServerStatus before = m_settled.value(server, ServerStatus::InProgress);
    return before == ServerStatus::Operating || before == ServerStatus::UnableToConnect ? before
                                                                                        : now;
}

ServerStatus TrayStatus::status() const
{
    QList<ServerStatus> statuses;
    for (const QString &server : StatusMonitor::allServers())
        statuses << shownStatus(server);
    return worstStatus(statuses);
}

QString TrayStatus::serverLabel(const QString &server)
{
    if (StatusMonitor::isBackup(server))
        return tr("Backup SMTP");
    return server == QLatin1String("pop3") ? tr("POP3") : tr("SMTP");
}

QString TrayStatus::toolTip() const
{
    QStringList lines{QStringLiteral("Mailwright")};
    for (const QString &server : StatusMonitor::allServers()) {
        const ServerState &state = m_states.value(server);
        // A backup server that is not configured is not worth a line.
        if (StatusMonitor::isBackup(server) && state.status == ServerStatus::Stop)
            continue;
        QString line =
            tr("%1: %2", "server: status")
                .arg(serverLabel(server),
                     state.signInRequired && state.status == ServerStatus::UnableToConnect
                         ? tr("Sign-in required")
                         : statusText(shownStatus(server)));
        if (state.status == ServerStatus::InProgress && shownStatus(server) != state.status)
            line += QLatin1Char(' ') + tr("(checking…)");
        lines << line;
    }
    if (m_queue.held)
        lines << tr("Queue held, %n message(s) waiting", nullptr, m_queue.waiting);
    else if (m_queue.waiting > 0)
        lines << tr("Queue: %n message(s) waiting", nullptr, m_queue.waiting);
    return lines.join(QLatin1Char('\n'));
}

void TrayStatus::updateServer(const QString &server, const ServerState &state)
{
    m_states.insert(server, state);
    if (state.status != ServerStatus::InProgress) {
        const ServerStatus before = m_settled.value(server, ServerStatus::NotConnected);
        m_settled.insert(server, state.status);
        if (state.status == ServerStatus::UnableToConnect &&
            before != ServerStatus::UnableToConnect) {
            QString text = state.signInRequired ? tr("Sign-in required") : state.reason;
            if (text.isEmpty())
                text = tr("Mailwright could not reach the server.");
            notify(tr("%1: %2", "server: status")
                       .arg(serverLabel(server), statusText(ServerStatus::UnableToConnect)),
                   text);
        }
    }
    render();
}

void TrayStatus::updateQueue(const QueueState &queue)
{
    const bool wasHeld = m_queue.held;
    m_queue = queue;
    if (queue.held && !wasHeld)
        notify(tr("The queue is held"),
               queue.why.isEmpty()
                   ? tr("%n message(s) wait until the hold is lifted.", nullptr, queue.waiting)
                   : queue.why);
    render();
}

void TrayStatus::readQueue()
{
    if (!m_monitor)
        return;
    if (m_queueWatcher->isRunning()) {
        m_queueReadAgain = true; // once this one is done
        return;
    }
    const MailSettings settings = m_monitor->settings();
    auto promise = std::make_shared<QPromise<QueueState>>();
    m_queueWatcher->setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start([promise, settings] {
        const Queue queue(Queue::dirFor(settings));
        const QueueHold hold = queue.hold();
        QueueState state;
        state.waiting = queue.waitingCount();
        // A hold of older settings ends at the runner's next pass: not held for them.
        state.held = hold.appliesTo(SettingsFacts::fingerprint(settings));
        state.why = state.held ? hold.message : QString();
        promise->addResult(state);
        promise->finish();
    });
}

void TrayStatus::notify(const QString &title, const QString &text)
{
    if (m_icon->isVisible() && QSystemTrayIcon::supportsMessages())
        m_icon->showMessage(title, text, QSystemTrayIcon::Warning);
    Q_EMIT notified(title, text);
}

void TrayStatus::render()
{
    const ServerStatus worst = status();
    if (m_shown != worst) {
        m_shown = worst;
        m_icon->setIcon(iconFor(worst));
    }
    m_icon->setToolTip(toolTip());
}

} // namespace mw
