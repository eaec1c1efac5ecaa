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

HistoryRecorder::~HistoryRecorder() = default;

void HistoryRecorder::attach(QueueRunner *runner)
{
    connect(runner, &QueueRunner::messageHandled, this, &HistoryRecorder::add);
    // passFinished comes before finished: a `queue run --once` has written its history
    // before it reports and exits.
    connect(runner, &QueueRunner::passFinished, this, [this] { flush(); });
}

void HistoryRecorder::add(const QueuedMessage &message, const QString &state, const QString &detail,
                          const QString &server)
{
    if (!m_settings.history.enabled)
        return;
    m_pending.append({entryFor(message, state, detail, server),
                      m_settings.history.keepBodies ? message.content : QByteArray()});
}

bool HistoryRecorder::ensureOpen(QString *error)
{
    if (!m_history || m_history->path() != m_path)
        m_history = std::make_unique<DeliveryHistory>(m_path);
    if (!m_history->isOpen() && !m_history->open(error))
        return false;
    // Retention: an indexed delete, at most once a day of a long-running service.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!m_lastPrune.isValid() || m_lastPrune.secsTo(now) >= 24 * 3600) {
        m_history->prune(m_settings.history.days);
        m_lastPrune = now;
    }
    return true;
}

bool HistoryRecorder::flush(QString *error)
{
    if (m_pending.isEmpty() || !m_settings.history.enabled) {
        m_pending.clear();
        return true;
    }
    QString why;
    const bool ok = ensureOpen(&why) && m_history->recordAll(m_pending, &why);
    // A damaged file moved aside (at open or while writing) is said once, in the log.
    if (m_history && !m_history->damagedNotice().isEmpty() &&
        m_history->damagedNotice() != m_lastNotice) {
        m_lastNotice = m_history->damagedNotice();
        Q_EMIT problem(m_lastNotice);
    }
    m_pending.clear();
    if (!ok) {
        why = tr("The delivery history was not written: %1").arg(why);
        // Said once while it lasts, not after every pass of a long-running service.
        if (why != m_lastProblem)
            Q_EMIT problem(why);
        m_lastProblem = why;
        if (error)
            *error = why;
    } else {
        m_lastProblem.clear();
    }
    return ok;
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
