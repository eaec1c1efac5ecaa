// SPDX-License-Identifier: GPL-3.0-or-later
#include "QueueView.h"
#include "Icons.h"

#include "FormBinder.h"
#include "OffThread.h"
#include "QueueModel.h"
#include "Tint.h"
#include "history/QueueBounces.h"

#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPromise>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QThread>
#include <QThreadPool>
#include <QVBoxLayout>

#include <memory>

namespace mw {

QueueView::QueueView(const QString &configPath, const MailSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_configPath(configPath)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("queueView"));
    setWindowTitle(tr("Queue"));
    setSizeGripEnabled(true);
    m_model = new QueueModel(this);
    buildUi();
    m_fileDelay.setSingleShot(true);
    m_fileDelay.setInterval(300);
    connect(&m_fileDelay, &QTimer::timeout, this, &QueueView::reload);
    m_ages.setInterval(30000);
    connect(&m_ages, &QTimer::timeout, this, &QueueView::reload);
    m_ages.start();
    connect(&m_loads, &QFutureWatcher<Load>::finished, this, &QueueView::onLoaded);
    connect(&m_actions, &QFutureWatcher<Action>::finished, this, &QueueView::onActionDone);
    watchSpool();
    resize(940, 600);
    reload();
}

QueueView::~QueueView() = default;

void QueueView::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    m_status = wrapLabel(QStringLiteral("queueStatus"), this);
    layout->addWidget(m_status);

    auto *split = new QSplitter(Qt::Vertical, this);
    m_table = new QTableView(split);
    m_table->setObjectName(QStringLiteral("queueTable"));
    m_table->setAccessibleName(tr("Queued messages, oldest first"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_model->setErrorColor(FormBinder::errorColor(m_table));
    m_message = new QPlainTextEdit(split);
    m_message->setObjectName(QStringLiteral("queueMessage"));
    m_message->setAccessibleName(tr("The selected message: headers and body"));
    m_message->setReadOnly(true);
    m_message->setTabChangesFocus(true);
    m_message->setPlaceholderText(tr("Select a message and choose Show message."));
    auto *bouncedBox = new QWidget(split);
    auto *bouncedLayout = new QVBoxLayout(bouncedBox);
    bouncedLayout->setContentsMargins(0, 0, 0, 0);
    m_bouncedLabel = new QLabel(bouncedBox);
    m_bouncedLabel->setTextFormat(Qt::PlainText);
    m_bouncedLabel->setWordWrap(true);
    m_bounced = new QListWidget(bouncedBox);
    m_bounced->setObjectName(QStringLiteral("queueBounced"));
    m_bounced->setAccessibleName(tr("Sent recently, then bounced"));
    m_bouncedLabel->setBuddy(m_bounced);
    bouncedLayout->addWidget(m_bouncedLabel);
    bouncedLayout->addWidget(m_bounced);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setStretchFactor(2, 1);
    layout->addWidget(split, 1);

    auto *actions = new QHBoxLayout;
    m_retry = plainButton(tr("&Retry now"), "queueRetry", this);
    m_retry->setToolTip(tr("Send the selected message on the next pass"));
    m_undead = plainButton(tr("&Move back"), "queueUndead", this);
    m_undead->setToolTip(tr("Move the selected dead letter back to the queue"));
    m_delete = plainButton(tr("&Delete"), "queueDelete", this);
    m_delete->setToolTip(tr("Remove the selected message from the queue"));
    m_release = plainButton(tr("Re&lease hold"), "queueRelease", this);
    m_release->setToolTip(tr("Let the next pass try again (it holds the queue again if the "
                             "trouble is still there)"));
    m_show = plainButton(tr("&Show message"), "queueShow", this);
    m_refresh = plainButton(tr("Re&fresh"), "queueRefresh", this);
    m_refresh->setIcon(appIcon(QStringLiteral("refresh")));
    for (QPushButton *b : {m_retry, m_undead, m_delete, m_release, m_show, m_refresh})
        actions->addWidget(b);
    actions->addStretch();
    layout->addLayout(actions);

    auto *bottom = new QHBoxLayout;
    m_actionResult = wrapLabel(QStringLiteral("queueActionResult"), this);
    m_close = plainButton(tr("Close"), "queueClose", this);
    bottom->addWidget(m_actionResult, 1);
    bottom->addWidget(m_close);
    layout->addLayout(bottom);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        // A read of the spool selects the same message again: its text stays shown.
        const QueuedMessage *m = selected();
        if (!m || m->id != m_shownId) {
            m_message->clear();
            m_shownId.clear();
        }
        updateButtons();
    });
    connect(m_table, &QTableView::activated, this, [this] { run(Op::Show); });
    connect(m_retry, &QPushButton::clicked, this, [this] { run(Op::Retry); });
    connect(m_undead, &QPushButton::clicked, this, [this] { run(Op::Undead); });
    connect(m_delete, &QPushButton::clicked, this, [this] { run(Op::Delete); });
    connect(m_release, &QPushButton::clicked, this, [this] { run(Op::Release); });
    connect(m_show, &QPushButton::clicked, this, [this] { run(Op::Show); });
    connect(m_refresh, &QPushButton::clicked, this, &QueueView::reload);
    connect(m_close, &QPushButton::clicked, this, &QWidget::close);
    connect(new QShortcut(QKeySequence::Refresh, this), &QShortcut::activated, this,
            &QueueView::reload);
    connect(new QShortcut(QKeySequence::Delete, m_table), &QShortcut::activated, this,
            [this] { run(Op::Delete); });
    updateButtons();
}

void QueueView::watchSpool()
{
    // The runner (this window's or the CLI's) renames, writes and removes files in the
    // spool and its dead/ folder: each is a directory change. Debounced: one read a burst.
    m_watcher = new QFileSystemWatcher(this);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] {
        rewatch();
        m_fileDelay.start();
    });
    rewatch();
}

void QueueView::rewatch()
{
    // Only folders that exist can be watched (two stat calls: no wait worth a thread).
    const QString dir = Queue::dirFor(m_settings);
    QStringList wanted{dir, dir + QStringLiteral("/dead")};
    const QStringList watched = m_watcher->directories();
    QStringList stale;
    for (const QString &d : watched)
        if (!wanted.contains(d))
            stale << d;
    if (!stale.isEmpty())
        m_watcher->removePaths(stale);
    QStringList missing;
    for (const QString &d : std::as_const(wanted))
        if (!watched.contains(d) && QFileInfo(d).isDir())
            missing << d;
    if (!missing.isEmpty())
        m_watcher->addPaths(missing);
}

void QueueView::setSettings(const MailSettings &settings)
{
    m_settings = settings;
    rewatch();
    reload();
}

void QueueView::reload()
{
    if (m_loading) {
        m_reloadPending = true;
        return;
    }
    startLoad();
}

void QueueView::startLoad()
{
    m_reloadPending = false;
    m_loading = true;
    if (m_model->rowCount() == 0)
        m_status->setText(tr("Loading…"));
    const MailSettings settings = m_settings;
    const QString historyPath = DeliveryHistory::defaultPathFor(m_configPath);
    runOffThread(m_loads, [settings, historyPath] {
        Load load;
        load.thread = QThread::currentThread();
        load.snapshot = QueueOperations::snapshot(settings);
        if (settings.history.enabled)
            load.bounced =
                QueueBounces::read(historyPath, QDateTime::currentDateTimeUtc(), &load.error);
        return load;
    });
}

void QueueView::onLoaded()
{
    m_loading = false;
    if (m_loads.future().resultCount() > 0) {
        const Load load = m_loads.result();
        m_lastLoadThread = load.thread;
        rewatch(); // the first message may have created the folders
        // Keep the selected message selected across a read (others come and go).
        const QueuedMessage *before = selected();
        const QString keep = before ? before->id : QString();
        m_model->setSnapshot(load.snapshot, QDateTime::currentDateTimeUtc());
        if (!keep.isEmpty())
            select(keep);
        const QueueSnapshot &s = load.snapshot;
        int held = 0;
        for (const QueuedMessage &m : s.messages)
            held += s.stateId(m) == QLatin1String("held") ? 1 : 0;
        QString text;
        if (s.messages.isEmpty()) {
            text = tr("The queue is empty.");
        } else {
            text = tr("%n waiting", nullptr, s.stats.waiting - held);
            if (held > 0)
                text += QStringLiteral(", ") + tr("%n held", nullptr, held);
            if (s.stats.dead > 0)
                text += QStringLiteral(", ") + tr("%n dead letter(s)", nullptr, s.stats.dead);
            text += QLatin1Char('.');
        }
        if (s.held)
            text += QLatin1Char(' ') +
                    tr("The queue is held since %1: %2")
                        .arg(QLocale().toString(s.hold.since.toLocalTime(), QLocale::ShortFormat),
                             s.hold.message);
        else if (s.backoff.failures > 0)
            text += QLatin1Char(' ') +
                    tr("The server could not be reached: %1 Next try at %2.")
                        .arg(s.backoff.message,
                             QLocale().toString(s.backoff.nextPass.toLocalTime().time(),
                                                QLocale::ShortFormat));
        m_status->setText(text);
        m_bounced->clear();
        for (const HistoryEntry &e : load.bounced)
            m_bounced->addItem(QueueBounces::describe(e));
        m_bouncedLabel->setText(
            !load.error.isEmpty() ? tr("The delivery history could not be read: %1").arg(load.error)
            : !m_settings.history.enabled
                ? tr("Bounces are linked through the delivery history, which is turned off "
                     "(history/enabled).")
            : load.bounced.isEmpty()
                ? tr("No message sent in the last %n day(s) bounced.", nullptr, QueueBounces::kDays)
                : tr("Sent in the last %n day(s), then bounced:", nullptr, QueueBounces::kDays));
        updateButtons();
        Q_EMIT loaded(m_model->rowCount());
    }
    if (m_reloadPending)
        startLoad();
}

const QueuedMessage *QueueView::selected() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->messageAt(rows.first().row());
}

bool QueueView::select(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    m_table->selectRow(row);
    return true;
}

void QueueView::updateButtons()
{
    const QueuedMessage *m = selected();
    const bool dead = m && m->state == QueuedMessage::State::Dead;
    m_retry->setEnabled(!m_busy && m && !dead);
    m_undead->setEnabled(!m_busy && dead);
    m_delete->setEnabled(!m_busy && m);
    m_show->setEnabled(!m_busy && m);
    m_release->setEnabled(!m_busy && m_model->snapshot().hold.active);
}

void QueueView::run(Op op)
{
    const QueuedMessage *m = selected();
    if (m_busy || (op != Op::Release && !m))
        return;
    const QString id = m ? m->id : QString();
    if (op != Op::Delete) {
        start(op, id);
        return;
    }
    // Window-modal, without a nested event loop: the view stays live behind it.
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete message"),
                                tr("Remove \"%1\" to %2 from the queue? It will not be sent.")
                                    .arg(m->subject, m->recipients.join(QStringLiteral(", "))),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("queueDeleteConfirm"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, id] {
        if (box->standardButton(box->clickedButton()) == QMessageBox::Yes)
            start(Op::Delete, id);
    });
    box->open();
}

void QueueView::start(Op op, const QString &id)
{
    if (m_busy)
        return;
    m_busy = true;
    updateButtons();
    m_actionResult->setText(tr("Working…"));
    const MailSettings settings = m_settings;
    runOffThread(m_actions, [op, id, settings] {
        Action a;
        if (op == Op::Show) {
            QString error;
            const auto full = QueueOperations::show(settings, id, &error);
            a.ok = full.has_value();
            a.shown = full ? QueueOperations::showText(*full) : QString();
            a.id = id;
            a.text = full ? QString() : error;
            return a;
        }
        const QueueOperations::Outcome out =
            op == Op::Delete ? QueueOperations::remove(settings, id, kLockWaitMs)
            : op == Op::Release
                ? QueueOperations::releaseHold(settings, kLockWaitMs)
                : QueueOperations::retry(settings, id, kLockWaitMs); // Retry and Move back
        a.ok = out.ok();
        if (!a.ok)
            a.text = out.error;
        else if (op == Op::Delete)
            a.text = tr("%1 removed.").arg(out.id);
        else if (op == Op::Release)
            a.text = tr("The hold is lifted: the next pass tries again.");
        else if (op == Op::Undead)
            a.text = tr("%1 is back in the queue.").arg(out.id);
        else
            a.text = tr("%1 will be sent on the next pass.").arg(out.id);
        return a;
    });
}

void QueueView::onActionDone()
{
    m_busy = false;
    if (m_actions.future().resultCount() > 0) {
        const Action a = m_actions.result();
        if (!a.shown.isEmpty()) {
            m_message->setPlainText(a.shown);
            m_shownId = a.id;
            m_actionResult->clear();
        } else {
            m_actionResult->setText(a.text);
        }
        Q_EMIT actionFinished(a.ok, a.text);
    }
    updateButtons();
    reload(); // the watch would see the change too, but only after its delay
}

} // namespace mw
