// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistoryRecorder.h"

#include "delivery/QueueRunner.h"
#include "diagnostics/DsnParser.h"

namespace mw {

HistoryRecorder::HistoryRecorder(QString path, const MailSettings &settings, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_settings(settings)
{}

HistoryRecorder::~HistoryRecorder()
{
    // Outcomes not flushed are dropped (as before a pass ends); a write under way ends.
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
        m_queued.clear();
    }
    m_wake.notify_one();
    if (m_thread.joinable())
        m_thread.join();
}

void HistoryRecorder::attach(QueueRunner *runner)
{
    connect(runner, &QueueRunner::messageHandled, this, &HistoryRecorder::add);
    // passFinished comes before finished: a `queue run --once` has written its history
    // before it reports and exits.
    connect(runner, &QueueRunner::passFinished, this, [this] { flush(); });
    // The session's outcomes are all in: written while the removals finish.
    connect(runner, &QueueRunner::sessionEnded, this, &HistoryRecorder::writeNow);
}

void HistoryRecorder::writeNow()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        if (!m_thread.joinable() || m_queued.empty())
            return;
        m_writeAsked = true;
    }
    m_wake.notify_one();
}

void HistoryRecorder::add(const QueuedMessage &message, const QString &state, const QString &detail,
                          const QString &server)
{
    if (!m_settings.history.enabled)
        return;
    ++m_added;
    Outcome o{message,
              state,
              detail,
              server,
              QDateTime::currentDateTimeUtc(),
              m_settings.history.keepBodies};
    bool wake = false;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_queued.push_back(std::move(o));
        m_days = m_settings.history.days;
        wake = m_queued.size() == 1 || m_queued.size() >= size_t(kChunk);
    }
    if (!m_thread.joinable())
        m_thread = std::thread([this] { run(); });
    else if (wake)
        m_wake.notify_one();
}

void HistoryRecorder::run()
{
    std::unique_ptr<DeliveryHistory> history;
    std::unique_lock<std::mutex> lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this, &history] {
            return m_stop || m_flushAsked || m_queued.size() >= size_t(kChunk) ||
                   (!m_queued.empty() && (!history || m_writeAsked));
        });
        if (m_stop)
            return;
        // The first outcome opens the database (while the session goes on); a full chunk,
        // the rest at the session's end (writeNow) or the end of the pass, is written.
        std::vector<Outcome> batch;
        if (m_flushAsked || m_writeAsked || m_queued.size() >= size_t(kChunk))
            batch.swap(m_queued);
        m_writeAsked = false;
        const bool flushing = m_flushAsked;
        const int days = m_days;
        // A batch another writer kept out (the busy timeout over) is tried again, a few
        // times, before it is given up; the pass's flush() is its last chance.
        const bool lastChance = flushing || m_busyRetries >= kBusyRetries;
        m_busy = true;
        lock.unlock();
        const bool retry = !write(history, batch, days, lastChance);
        lock.lock();
        m_busy = false;
        if (retry) {
            ++m_busyRetries;
            m_queued.insert(m_queued.begin(), std::make_move_iterator(batch.begin()),
                            std::make_move_iterator(batch.end()));
        } else if (!batch.empty()) {
            m_busyRetries = 0;
        }
        if (flushing && m_queued.empty()) {
            m_flushAsked = false;
            m_idle.notify_all();
        }
    }
}

bool HistoryRecorder::write(std::unique_ptr<DeliveryHistory> &history,
                            const std::vector<Outcome> &batch, int days, bool lastChance)
{
    QString why;
    if (!history)
        history = std::make_unique<DeliveryHistory>(m_path);
    bool ok = history->isOpen() || history->open(&why);
    if (ok) {
        // Retention: an indexed delete, at most once a day of a long-running service.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (!m_lastPrune.isValid() || m_lastPrune.secsTo(now) >= 24 * 3600) {
            history->prune(days);
            m_lastPrune = now;
        }
    }
    if (ok && !batch.empty()) {
        QList<std::pair<HistoryEntry, QByteArray>> entries;
        entries.reserve(qsizetype(batch.size()));
        for (const Outcome &o : batch) {
            HistoryEntry e = entryFor(o.message, o.state, o.detail, o.server);
            e.at = o.at;
            entries.append({std::move(e), o.keepBody ? o.message.content : QByteArray()});
        }
        ok = history->recordAll(entries, &why);
    }
    std::lock_guard<std::mutex> lock(m_mutex);
    m_notice = history->damagedNotice();
    if (!ok && !batch.empty() && history->failedBusy() && !lastChance)
        return false;
    // Opening alone (no outcome in it) is tried again with the next write, which says why.
    if (!ok && !batch.empty() && m_failure.isEmpty())
        m_failure = why;
    return true;
}

bool HistoryRecorder::flush(QString *error)
{
    QString failure;
    QString notice;
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        if (m_thread.joinable()) {
            m_flushAsked = true;
            m_wake.notify_one();
            m_idle.wait(lock, [this] { return !m_flushAsked; });
        }
        failure.swap(m_failure);
        notice = m_notice;
    }
    m_added = 0;
    // A damaged file moved aside (at open or while writing) is said once, in the log.
    if (!notice.isEmpty() && notice != m_lastNotice) {
        m_lastNotice = notice;
        Q_EMIT problem(m_lastNotice);
    }
    if (!failure.isEmpty()) {
        const QString why = tr("The delivery history was not written: %1").arg(failure);
        // Said once while it lasts, not after every pass of a long-running service.
        if (why != m_lastProblem)
            Q_EMIT problem(why);
        m_lastProblem = why;
        if (error)
            *error = why;
        return false;
    }
    m_lastProblem.clear();
    return true;
}

std::array<QByteArray, 2> HistoryRecorder::toAndCc(const QByteArray &content)
{
    const QStringList v = DsnParser::headerValues(content, {"To", "Cc"});
    return {v.at(0).toUtf8(), v.at(1).toUtf8()};
}

HistoryEntry HistoryRecorder::entryFor(const QueuedMessage &m, const QString &state,
                                       const QString &detail, const QString &server)
{
    HistoryEntry e;
    e.at = QDateTime::currentDateTimeUtc();
    e.queueId = m.id;
    e.category = m.category;
    e.sender = m.sender;
    e.recipients = m.recipients;
    if (state == QLatin1String("delivered") && !m.delivered.isEmpty()) {
        // A message finished in parts: everyone who has it now.
        for (const QString &r : m.delivered) {
            if (!e.recipients.contains(r))
                e.recipients << r;
        }
    }
    if (!m.content.isEmpty()) {
        for (const QString &value : DsnParser::headerValues(m.content, {"To", "Cc"}))
            e.headerTo << splitAddressList(value);
    }
    e.subject = m.subject;
    e.messageId = m.messageId;
    e.server = server;
    e.result = state;
    if (state != QLatin1String("delivered") && m.lastError != ErrorClass::None)
        e.errorClass = errorClassId(m.lastError);
    e.detail = detail.isEmpty() && state != QLatin1String("delivered") ? m.lastMessage : detail;
    return e;
}

QStringList HistoryRecorder::splitAddressList(const QString &value)
{
    QStringList out;
    QString current;
    bool quoted = false;
    int comment = 0;
    int angle = 0;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (quoted && c == QLatin1Char('\\') && i + 1 < value.size()) {
            current += c;
            current += value.at(++i);
            continue;
        }
        if (c == QLatin1Char('"') && comment == 0)
            quoted = !quoted;
        else if (!quoted && c == QLatin1Char('('))
            ++comment;
        else if (!quoted && c == QLatin1Char(')') && comment > 0)
            --comment;
        else if (!quoted && comment == 0 && c == QLatin1Char('<'))
            ++angle;
        else if (!quoted && comment == 0 && c == QLatin1Char('>') && angle > 0)
            --angle;
        if (c == QLatin1Char(',') && !quoted && comment == 0 && angle == 0) {
            if (!current.trimmed().isEmpty())
                out << current.trimmed();
            current.clear();
            continue;
        }
        current += c;
    }
    if (!current.trimmed().isEmpty())
        out << current.trimmed();
    return out;
}

} // namespace mw
