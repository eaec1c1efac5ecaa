// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistoryView.h"
#include "Icons.h"

#include "FormBinder.h"
#include "HistoryModel.h"
#include "OffThread.h"
#include "Tint.h"
#include "history/HistoryResend.h"
#include "protocol/Result.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
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

HistoryView::HistoryView(const QString &configPath, const MailSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_path(DeliveryHistory::defaultPathFor(configPath))
{
    setObjectName(QStringLiteral("historyView"));
    setWindowTitle(tr("Delivery history"));
    setSizeGripEnabled(true);
    m_model = new HistoryModel(this);
    buildUi();
    setUpShortcuts();

    m_filterDelay.setSingleShot(true);
    m_filterDelay.setInterval(250);
    connect(&m_filterDelay, &QTimer::timeout, this, &HistoryView::reload);
    m_fileDelay.setSingleShot(true);
    m_fileDelay.setInterval(400);
    connect(&m_fileDelay, &QTimer::timeout, this, [this] {
        if (isLoading())
            m_reloadPending = true;
        else
            startLoad(true);
    });
    connect(&m_loads, &QFutureWatcher<Load>::finished, this, &HistoryView::onLoaded);
    connect(&m_bodies, &QFutureWatcher<Details>::finished, this, &HistoryView::onBodyLoaded);
    connect(&m_resends, &QFutureWatcher<Resend>::finished, this, &HistoryView::onResent);
    watchDatabase();
    resize(980, 620);
    reload();
}

HistoryView::~HistoryView() = default;

void HistoryView::buildUi()
{
    auto *layout = new QVBoxLayout(this);

    auto *filters = new QHBoxLayout;
    auto *filterLabel = new QLabel(tr("&Find:"), this);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("historyFilter"));
    m_filter->setPlaceholderText(tr("Recipient, subject or Message-ID"));
    m_filter->setAccessibleName(tr("Find a recipient, subject or Message-ID"));
    m_filter->setClearButtonEnabled(true);
    filterLabel->setBuddy(m_filter);
    m_failedOnly = new QCheckBox(tr("F&ailed only"), this);
    m_failedOnly->setObjectName(QStringLiteral("historyFailedOnly"));
    m_failedOnly->setAccessibleName(tr("Show failed messages only"));
    m_failedOnly->setToolTip(tr("Refused, not yet delivered, outcome unknown or bounced"));
    auto *sinceLabel = new QLabel(tr("&Since:"), this);
    m_since = new QComboBox(this);
    m_since->setObjectName(QStringLiteral("historySince"));
    m_since->setAccessibleName(tr("Time range"));
    m_since->addItem(tr("Last hour"), 3600);
    m_since->addItem(tr("Last day"), 24 * 3600);
    m_since->addItem(tr("Last week"), 7 * 24 * 3600);
    m_since->addItem(tr("All"), 0);
    m_since->setCurrentIndex(2);
    sinceLabel->setBuddy(m_since);
    auto *categoryLabel = new QLabel(tr("&Category:"), this);
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("historyCategory"));
    m_category->setAccessibleName(tr("Category"));
    m_category->addItem(tr("Any"), QString());
    for (const char *id : {"job", "error", "console", "notice"})
        m_category->addItem(HistoryModel::categoryText(QString::fromLatin1(id)),
                            QString::fromLatin1(id));
    categoryLabel->setBuddy(m_category);
    auto *serverLabel = new QLabel(tr("Ser&ver:"), this);
    m_server = new QComboBox(this);
    m_server->setObjectName(QStringLiteral("historyServer"));
    m_server->setAccessibleName(tr("Server"));
    m_server->addItem(tr("Any"), QString());
    for (const char *id : {"smtp", "backup-smtp", "pickup"})
        m_server->addItem(HistoryModel::serverText(QString::fromLatin1(id)),
                          QString::fromLatin1(id));
    serverLabel->setBuddy(m_server);
    m_refresh = plainButton(tr("&Refresh"), "historyRefresh", this);
    m_refresh->setIcon(appIcon(QStringLiteral("refresh")));
    m_refresh->setToolTip(tr("Read the history again (F5)"));
    filters->addWidget(filterLabel);
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_failedOnly);
    filters->addWidget(sinceLabel);
    filters->addWidget(m_since);
    filters->addWidget(categoryLabel);
    filters->addWidget(m_category);
    filters->addWidget(serverLabel);
    filters->addWidget(m_server);
    filters->addWidget(m_refresh);
    layout->addLayout(filters);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("historyStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto *split = new QSplitter(Qt::Vertical, this);
    m_table = new QTableView(split);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setAccessibleName(tr("Messages handed over, newest first"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // Tab leaves the table for the details
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_model->setErrorColor(FormBinder::errorColor(m_table));
    m_details = new QPlainTextEdit(split);
    m_details->setObjectName(QStringLiteral("historyDetails"));
    m_details->setAccessibleName(tr("Details of the selected message"));
    m_details->setReadOnly(true);
    m_details->setTabChangesFocus(true);
    m_details->setPlaceholderText(tr("Select a message to see its details."));
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    auto *bottom = new QHBoxLayout;
    m_resend = plainButton(tr("R&esend"), "historyResend", this);
    m_resend->setToolTip(tr("Queue the selected message again (its text must have been kept, or "
                            "it must still be among the dead letters)"));
    m_resendResult = wrapLabel(QStringLiteral("historyResendResult"), this);
    m_close = plainButton(tr("Close"), "historyClose", this);
    bottom->addWidget(m_resend);
    bottom->addWidget(m_resendResult, 1);
    bottom->addWidget(m_close);
    layout->addLayout(bottom);

    // Keyboard order: the filters left to right, the table, the details, the buttons.
    const QList<QWidget *> chain = {m_filter,  m_failedOnly, m_since,   m_category, m_server,
                                    m_refresh, m_table,      m_details, m_resend,   m_close};
    for (qsizetype i = 0; i + 1 < chain.size(); ++i)
        QWidget::setTabOrder(chain.at(i), chain.at(i + 1));

    connect(m_filter, &QLineEdit::textChanged, this, [this] { m_filterDelay.start(); });
    connect(m_filter, &QLineEdit::returnPressed, this, &HistoryView::reload);
    connect(m_failedOnly, &QCheckBox::toggled, this, &HistoryView::reload);
    for (QComboBox *box : {m_since, m_category, m_server})
        connect(box, &QComboBox::currentIndexChanged, this, &HistoryView::reload);
    connect(m_refresh, &QPushButton::clicked, this, &HistoryView::reload);
    // The selection, not the current index: it changes after the current one does.
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HistoryView::showDetails);
    // Enter (or a double click) on a row: its details, read from the top.
    connect(m_table, &QTableView::activated, this, [this] {
        showDetails();
        m_details->moveCursor(QTextCursor::Start);
        m_details->setFocus(Qt::OtherFocusReason);
    });
    connect(m_resend, &QPushButton::clicked, this, &HistoryView::resend);
    connect(m_close, &QPushButton::clicked, this, &QWidget::close);
    updateResend();
}

void HistoryView::setUpShortcuts()
{
    connect(new QShortcut(QKeySequence::Find, this), &QShortcut::activated, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    connect(new QShortcut(QKeySequence::Refresh, this), &QShortcut::activated, this,
            &HistoryView::reload);
}

void HistoryView::watchDatabase()
{
    // The runner (in the CLI) records while the window is open: a commit changes the WAL
    // file, a checkpoint the database. The folder is watched too, for the files' creation
    // and for a WAL file SQLite deleted and made again (the watch on it ends then).
    m_watcher = new QFileSystemWatcher(this);
    const auto changed = [this] {
        rewatch();
        m_fileDelay.start();
    };
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, changed);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, changed);
    rewatch();
}

void HistoryView::rewatch()
{
    // Only what exists can be watched (a few stat calls: no wait worth a thread).
    const QStringList watched = m_watcher->files() + m_watcher->directories();
    QStringList missing;
    const QStringList paths = {QFileInfo(m_path).absolutePath(), m_path,
                               m_path + QStringLiteral("-wal")};
    for (const QString &p : paths)
        if (!watched.contains(p) && QFileInfo::exists(p))
            missing << p;
    if (!missing.isEmpty())
        m_watcher->addPaths(missing);
}

void HistoryView::setSettings(const MailSettings &settings)
{
    m_settings = settings;
}

HistoryQuery HistoryView::query() const
{
    HistoryQuery q;
    q.text = m_filter->text().trimmed();
    q.failedOnly = m_failedOnly->isChecked();
    const int seconds = m_since->currentData().toInt();
    if (seconds > 0)
        q.since = QDateTime::currentDateTimeUtc().addSecs(-seconds);
    q.category = m_category->currentData().toString();
    q.server = m_server->currentData().toString();
    return q;
}

void HistoryView::reload()
{
    startLoad(false);
}

void HistoryView::startLoad(bool onlyIfChanged)
{
    m_reloadPending = false;
    if (!onlyIfChanged) {
        // A file event's load may find nothing changed and read nothing: the typing's
        // own load must still come.
        m_filterDelay.stop();
        m_status->setText(tr("Loading…"));
    }
    const QString path = m_path;
    const HistoryQuery q = query();
    const QString known = onlyIfChanged ? m_stamp : QString();
    m_loading = true;
    ++m_loadsStarted;
    runOffThread(m_loads, [path, q, known] {
        Load load;
        load.thread = QThread::currentThread();
        // Opening the database makes SQLite create (and, when the last connection closes,
        // delete) its WAL file, which the watch sees: without this check every load would
        // cause the next one. A commit or a checkpoint by someone else changes the stamp.
        const auto stampOf = [](const QString &file) {
            const QFileInfo info(file);
            if (!info.exists() || info.size() == 0)
                return QStringLiteral("0");
            return QStringLiteral("%1@%2")
                .arg(info.size())
                .arg(info.lastModified().toMSecsSinceEpoch());
        };
        load.stamp = stampOf(path) + QLatin1Char('/') + stampOf(path + QStringLiteral("-wal"));
        if (!known.isEmpty() && load.stamp == known) {
            load.unchanged = true;
            return load;
        }
        if (!QFileInfo::exists(path))
            return load; // nothing handed over yet: not an error
        DeliveryHistory history(path);
        if (history.open(&load.error))
            load.entries = history.find(q, &load.error);
        return load;
    });
}

void HistoryView::onLoaded()
{
    m_loading = false;
    if (m_loads.future().resultCount() == 0)
        return;
    const Load load = m_loads.result();
    m_lastLoadThread = load.thread;
    if (load.unchanged) {
        if (m_reloadPending)
            startLoad(true);
        return;
    }
    m_stamp = load.stamp;
    rewatch(); // the first record may have created the folder and the files since
    // Keep the selected message selected across a reload (the runner adds rows on top).
    const qint64 selected = selectedId();
    m_model->setEntries(load.entries);
    if (!load.error.isEmpty())
        m_status->setText(tr("The history could not be read: %1").arg(load.error));
    else if (!m_settings.history.enabled)
        m_status->setText(tr("The history is turned off (history/enabled): nothing new is "
                             "recorded. %n message(s) shown.",
                             nullptr, int(load.entries.size())));
    else if (load.entries.isEmpty())
        m_status->setText(tr("No message matches."));
    else
        m_status->setText(tr("%n message(s), newest first.", nullptr, int(load.entries.size())));
    for (int row = 0; selected && row < m_model->rowCount(); ++row) {
        if (m_model->entryAt(row)->id == selected) {
            m_table->selectRow(row);
            break;
        }
    }
    if (m_table->selectionModel()->selectedRows().isEmpty())
        showDetails();
    updateResend();
    Q_EMIT loaded(m_model->rowCount());
    if (m_reloadPending)
        startLoad(true);
}

qint64 HistoryView::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const HistoryEntry *e = rows.isEmpty() ? nullptr : m_model->entryAt(rows.first().row());
    return e ? e->id : 0;
}

void HistoryView::showDetails()
{
    updateResend();
    const qint64 id = selectedId();
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const HistoryEntry *e = rows.isEmpty() ? nullptr : m_model->entryAt(rows.first().row());
    if (!e) {
        m_details->clear();
        m_bodies.setFuture(QFuture<Details>());
        return;
    }
    const QLocale locale;
    const auto line = [](const QString &label, const QString &value) -> QString {
        return label + QStringLiteral(": ") + value + QLatin1Char('\n');
    };
    QString text;
    text += line(tr("Time"), locale.toString(e->at.toLocalTime(), QLocale::LongFormat));
    text += line(tr("Category"), HistoryModel::categoryText(e->category));
    text += line(tr("Envelope sender"), e->sender.isEmpty() ? QStringLiteral("<>") : e->sender);
    text += line(tr("Envelope recipients"), e->recipients.join(QStringLiteral(", ")));
    if (!e->headerTo.isEmpty())
        text += line(tr("To and Cc"), e->headerTo.join(QStringLiteral(", ")));
    text += line(tr("Subject"), e->subject);
    text += line(tr("Message-ID"), e->messageId);
    text += line(tr("Queue id"), e->queueId);
    text += line(tr("Server"), HistoryModel::serverText(e->server));
    text += line(tr("Result"), HistoryModel::outcomeText(*e));
    bool known = false;
    const ErrorClass c = errorClassFromId(e->errorClass, &known);
    if (known && c != ErrorClass::None)
        text += line(tr("What it means"), defaultMessage(c));
    if (!e->detail.isEmpty())
        text += line(tr("Server reply"), e->detail);
    if (e->bouncedAt.isValid())
        text +=
            line(tr("Bounced"), locale.toString(e->bouncedAt.toLocalTime(), QLocale::ShortFormat) +
                                    QStringLiteral(" — ") + e->bounce);
    if (!e->hasBody) {
        text += QLatin1Char('\n') + tr("The text of this message was not kept "
                                       "(history/keep_bodies is off when it was sent).");
        m_bodies.setFuture(QFuture<Details>());
    } else {
        text += QLatin1Char('\n') + tr("Message text: loading…");
        const QString path = m_path;
        runOffThread(m_bodies, [path, id] {
            Details d;
            d.id = id;
            DeliveryHistory history(path);
            if (history.open())
                d.body = history.body(id);
            return d;
        });
    }
    m_details->setPlainText(text);
}

void HistoryView::onBodyLoaded()
{
    if (m_bodies.future().resultCount() == 0)
        return;
    const Details d = m_bodies.result();
    if (d.id != selectedId())
        return;
    QString text = m_details->toPlainText();
    const QString loading = tr("Message text: loading…");
    const qsizetype at = text.lastIndexOf(loading);
    if (at >= 0)
        text.truncate(at);
    text += d.body.isEmpty() ? tr("The text of this message could not be read.")
                             : tr("Message text:") + QLatin1Char('\n') + QString::fromUtf8(d.body);
    m_details->setPlainText(text);
}

void HistoryView::updateResend()
{
    m_resend->setEnabled(selectedId() != 0 && !isResending());
}

void HistoryView::resend()
{
    const qint64 id = selectedId();
    if (!id || isResending())
        return;
    m_resendResult->setText(tr("Resending…"));
    m_resending = true;
    const MailSettings settings = m_settings;
    const QString path = m_path;
    runOffThread(m_resends, [settings, path, id] {
        Resend r;
        DeliveryHistory history(path);
        QString error;
        if (!history.open(&error)) {
            r.text = error;
            return r;
        }
        // The one resend rule, shared with `mailwright-cli history resend`. A queue pass
        // holding the spool's lock is waited for, but not as long as the CLI waits.
        const HistoryResend::Outcome o = HistoryResend::resend(history, id, settings, 15000);
        r.ok = o.ok();
        switch (o.kind) {
        case HistoryResend::Outcome::Kind::Queued:
            r.text =
                tr("Queued again as %1 (Resent-Message-ID %2).").arg(o.queueId, o.resentMessageId);
            break;
        case HistoryResend::Outcome::Kind::Retried:
            r.text = tr("The dead letter %1 is queued again.").arg(o.queueId);
            break;
        default:
            r.text = o.error;
            break;
        }
        return r;
    });
    updateResend();
}

void HistoryView::onResent()
{
    m_resending = false;
    if (m_resends.future().resultCount() == 0) {
        updateResend();
        return;
    }
    const Resend r = m_resends.result();
    m_resendResult->setText(r.text);
    updateResend();
    Q_EMIT resendFinished(r.ok, r.text);
}

} // namespace mw
