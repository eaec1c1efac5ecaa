// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DeliveryHistory.h"
#include "delivery/Queue.h"
#include "settings/MailSettings.h"

#include <QCoreApplication>
#include <QObject>

#include <array>
#include <memory>

namespace mw {

class QueueRunner;

// Writes what a QueueRunner hands over into the delivery history: each outcome
// (delivered, deferred, dead, unknown-outcome) is collected as the runner reports it
// (QueueRunner::messageHandled) and the pass's outcomes are written in one transaction
// when the pass ends. The database is opened on the first write (and kept open), and
// entries older than history/days are dropped then, once a day. History off
// (history/enabled=false): nothing is written or opened. Runs where the runner runs (the
// CLI's `queue run`), never on a GUI thread: every write waits for the disk.
class HistoryRecorder : public QObject
{
    Q_OBJECT

public:
    HistoryRecorder(QString path, const MailSettings &settings, QObject *parent = nullptr);
    ~HistoryRecorder() override;
    Q_DISABLE_COPY_MOVE(HistoryRecorder)

    void setSettings(const MailSettings &settings) { m_settings = settings; }
    void attach(QueueRunner *runner);

    // One outcome (what messageHandled carries); kept until flush().
    void add(const QueuedMessage &message, const QString &state, const QString &detail,
             const QString &server);
    // Writes the collected outcomes in one transaction. False with the sentence in *error
    // (also sent as problem()); the outcomes are then dropped: a history that cannot be
    // written must not hold the queue or grow without end in memory.
    bool flush(QString *error = nullptr);
    [[nodiscard]] int pendingCount() const { return int(m_pending.size()); }

    // The entry for one outcome: envelope, To and Cc from the content's header, the error
    // class of a failure. The body is the caller's to add (history/keep_bodies).
    [[nodiscard]] static HistoryEntry entryFor(const QueuedMessage &message, const QString &state,
                                               const QString &detail, const QString &server);
    // The values of the message header's first To and first Cc fields (empty when
    // missing): DsnParser::headerValues.
    [[nodiscard]] static std::array<QByteArray, 2> toAndCc(const QByteArray &content);
    // The addresses of a header field's value (To, Cc): split at the commas that separate
    // them, not those inside a quoted display name or a comment.
    [[nodiscard]] static QStringList splitAddressList(const QString &value);

Q_SIGNALS:
    // A sentence for the queue log: the history could not be written, or a damaged file
    // was moved aside.
    void problem(const QString &sentence);

private:
    bool ensureOpen(QString *error);

    QString m_path;
    MailSettings m_settings;
    std::unique_ptr<DeliveryHistory> m_history;
    QDateTime m_lastPrune;
    QString m_lastNotice;
    QString m_lastProblem;
    QList<std::pair<HistoryEntry, QByteArray>> m_pending;
};

} // namespace mw
