// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DeliveryHistory.h"
#include "delivery/Queue.h"
#include "settings/MailSettings.h"

#include <QCoreApplication>
#include <QObject>

#include <array>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace mw {

class QueueRunner;

// Writes what a QueueRunner hands over into the delivery history: each outcome
// (delivered, deferred, dead, unknown-outcome) is collected as the runner reports it
// (QueueRunner::messageHandled) and written on a worker thread of the recorder while the
// session goes on: the entries are made (To and Cc read from the header) and inserted
// there, kChunk outcomes per transaction, the rest of a pass in one more transaction when
// the session ends (writeNow()) or the pass ends (flush(), which waits for them). The database is
// opened by that thread on the first outcome (and kept open), and entries older than history/days
// are dropped then, once a day. History off (history/enabled=false): nothing is written or opened.
// Runs where the runner runs (the CLI's `queue run`), never on a GUI thread: flush()
// waits for the disk.
class HistoryRecorder : public QObject
{
    Q_OBJECT

public:
    HistoryRecorder(QString path, const MailSettings &settings, QObject *parent = nullptr);
    ~HistoryRecorder() override;
    Q_DISABLE_COPY_MOVE(HistoryRecorder)

    void setSettings(const MailSettings &settings) { m_settings = settings; }
    void attach(QueueRunner *runner);

    // Outcomes written per transaction while a pass goes on (the rest when it ends).
    static constexpr int kChunk = 256;

    // One outcome (what messageHandled carries), handed to the writer thread; written
    // with the next kChunk, or by flush().
    void add(const QueuedMessage &message, const QString &state, const QString &detail,
             const QString &server);
    // Writes the outcomes not written yet (one transaction) and waits until every outcome
    // added is written. False with the sentence in *error (also sent as problem()) when
    // some of them could not be: those are dropped, since a history that cannot be
    // written must not hold the queue or grow without end in memory.
    bool flush(QString *error = nullptr);
    // Starts writing the outcomes not written yet (one transaction) without waiting: the
    // session is over (QueueRunner::sessionEnded), so the rest of the pass's outcomes are
    // written while the spool's removals finish, and flush() at the pass's end finds them
    // written. Outcomes added later go with the next write as before.
    void writeNow();
    // Outcomes added since the last flush().
    [[nodiscard]] int pendingCount() const { return m_added; }

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
    struct Outcome
    {
        QueuedMessage message;
        QString state;
        QString detail;
        QString server;
        QDateTime at;
        bool keepBody = false;
    };
    // The writer thread's loop: it owns the database connection (a connection is used in
    // the thread that opened it).
    void run();
    // On the writer thread: one transaction for `batch`. False when another writer kept
    // the file past the busy timeout and it is not the batch's last chance: then nothing
    // was written and the batch is to be tried again.
    bool write(std::unique_ptr<DeliveryHistory> &history, const std::vector<Outcome> &batch,
               int days, bool lastChance);

    QString m_path;
    MailSettings m_settings;
    QString m_lastNotice;
    QString m_lastProblem;
    int m_added = 0;
    // Shared with the writer thread (under m_mutex).
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_idle;
    std::vector<Outcome> m_queued;
    int m_days = 0;
    bool m_flushAsked = false;
    bool m_writeAsked = false; // writeNow()
    bool m_busy = false;
    bool m_stop = false;
    // Consecutive writes another writer kept out; at kBusyRetries the next is the last.
    int m_busyRetries = 0;
    static constexpr int kBusyRetries = 3;
    QString m_failure; // the first failure since the last flush()
    QString m_notice;  // a damaged file moved aside, said by the database
    QDateTime m_lastPrune;
    std::thread m_thread; // started by the first add()
};

} // namespace mw
