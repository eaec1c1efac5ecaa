// SPDX-License-Identifier: GPL-3.0-or-later
#include "QueueSummary.h"

#include "QueueModel.h"

#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPromise>
#include <QPushButton>
#include <QThreadPool>

#include <memory>

namespace mw {

QueueSummary::QueueSummary(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_button = new QPushButton(this);
    m_button->setObjectName(QStringLiteral("queueSummary"));
    m_button->setFlat(true);
    m_button->setAutoDefault(false);
    m_button->setToolTip(tr("Open the queue: waiting, held and dead-lettered messages"));
    m_relay = new QLabel(this);
    m_relay->setObjectName(QStringLiteral("relayWindow"));
    m_relay->setTextFormat(Qt::PlainText);
    m_relay->setToolTip(tr("POP-before-SMTP: the SMTP server lets this computer relay for "
                           "pop3/relay_window minutes after the runner's POP3 login"));
    m_relay->setVisible(false);
    layout->addWidget(m_button);
    layout->addWidget(m_relay);
    connect(m_button, &QPushButton::clicked, this, &QueueSummary::clicked);

    m_watcher = new QFileSystemWatcher(this);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] {
        rewatch();
        m_fileDelay.start();
    });
    m_fileDelay.setSingleShot(true);
    m_fileDelay.setInterval(500);
    connect(&m_fileDelay, &QTimer::timeout, this, &QueueSummary::refresh);
    m_tick.setInterval(30000);
    connect(&m_tick, &QTimer::timeout, this, &QueueSummary::refresh);
    m_relayEnd.setSingleShot(true);
    connect(&m_relayEnd, &QTimer::timeout, this, &QueueSummary::refresh);
    connect(&m_reads, &QFutureWatcher<Read>::finished, this, &QueueSummary::onRead);
    m_button->setText(tr("Queue…"));
}

QueueSummary::~QueueSummary() = default;

void QueueSummary::setSettings(const MailSettings &settings)
{
    m_settings = settings;
    m_haveSettings = true;
    if (!m_watcher->directories().isEmpty())
        m_watcher->removePaths(m_watcher->directories());
    rewatch();
    m_tick.start();
    refresh();
}

void QueueSummary::rewatch()
{
    const QString dir = Queue::dirFor(m_settings);
    const QStringList watched = m_watcher->directories();
    QStringList missing;
    for (const QString &d : QStringList{dir, dir + QStringLiteral("/dead")})
        if (!watched.contains(d) && QFileInfo(d).isDir())
            missing << d;
    if (!missing.isEmpty())
        m_watcher->addPaths(missing);
}

QString QueueSummary::summaryText(const QueueStats &stats, int held, const QDateTime &now)
{
    QStringList parts;
    if (stats.waiting == 0 && stats.dead == 0)
        return tr("Queue: empty");
    if (stats.waiting - held > 0)
        parts << tr("%n waiting", nullptr, stats.waiting - held);
    if (held > 0)
        parts << tr("%n held", nullptr, held);
    if (stats.oldest.isValid() && stats.waiting > 0)
        parts << tr("oldest %1").arg(QueueModel::ageText(stats.oldest.secsTo(now)));
    if (stats.dead > 0)
        parts << tr("%n dead letter(s)", nullptr, stats.dead);
    return tr("Queue: %1").arg(parts.join(QStringLiteral(", ")));
}

void QueueSummary::refresh()
{
    if (!m_haveSettings)
        return;
    if (m_loading) {
        m_again = true;
        return;
    }
    m_loading = true;
    m_again = false;
    const MailSettings settings = m_settings;
    auto promise = std::make_shared<QPromise<Read>>();
    m_reads.setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start([promise, settings] {
        Read r;
        const QueueSnapshot s = QueueOperations::snapshot(settings);
        r.stats = s.stats;
        for (const QueuedMessage &m : s.messages)
            r.held += s.stateId(m) == QLatin1String("held") ? 1 : 0;
        r.relayUntil =
            QueueOperations::relayAuthorisedUntil(settings, QDateTime::currentDateTimeUtc());
        promise->addResult(r);
        promise->finish();
    });
}

void QueueSummary::onRead()
{
    m_loading = false;
    if (m_reads.future().resultCount() > 0) {
        const Read r = m_reads.result();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        m_button->setText(summaryText(r.stats, r.held, now));
        m_button->setAccessibleName(m_button->text());
        m_relay->setVisible(r.relayUntil.isValid());
        if (r.relayUntil.isValid()) {
            m_relay->setText(tr("relay authorised until %1")
                                 .arg(QLocale().toString(r.relayUntil.toLocalTime().time(),
                                                         QLocale::ShortFormat)));
            // Hidden when the window ends, not up to a tick later.
            m_relayEnd.start(
                int(qBound(qint64(0), now.msecsTo(r.relayUntil) + 500, qint64(86400000))));
        }
        rewatch(); // the first message may have created the folders
        Q_EMIT refreshed();
    }
    if (m_again)
        refresh();
}

} // namespace mw
