// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DeliveryHistory.h"
#include "diagnostics/BounceCheck.h"
#include "settings/MailSettings.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace mw {

// Resend of a message from the delivery history: the one rule, for `mailwright-cli history
// resend` and the window's Resend. It queues the message again through the normal queue
// (the runner sends it as any other):
//  - with its text kept (history/keep_bodies): the same message as a new spool entry, with
//    Resent-Date, Resent-From and a new Resent-Message-ID on top (RFC 5322 §3.6.6), to the
//    envelope recipients of that entry;
//  - without it: the message itself, if it is still in the spool's dead letters, goes back
//    to the queue (what `queue retry` does);
//  - else a clear error.
// Blocks on the disk (and up to lockWaitMs for a running pass): never on a GUI thread.
class HistoryResend
{
    Q_DECLARE_TR_FUNCTIONS(mw::HistoryResend)

public:
    struct Outcome
    {
        enum class Kind {
            Queued,   // a new message with Resent-* fields; queueId is its spool id
            Retried,  // the dead letter queueId is waiting again
            NotFound, // no history entry with that id
            NotKept,  // no text kept and no dead letter left
            Failed,   // the spool could not be written or locked: error says why
        };
        Kind kind = Kind::Failed;
        QString queueId;
        QString resentMessageId; // Queued only
        QString error;           // a sentence, for everything but Queued and Retried

        [[nodiscard]] bool ok() const { return kind == Kind::Queued || kind == Kind::Retried; }
    };

    [[nodiscard]] static Outcome resend(DeliveryHistory &history, qint64 id,
                                        const MailSettings &settings, int lockWaitMs = 60000,
                                        const QDateTime &now = QDateTime::currentDateTime());

    // The Resent-* block (RFC 5322 §3.6.6) put on top of content, CR LF line ends.
    [[nodiscard]] static QByteArray withResentFields(const QByteArray &content,
                                                     const QString &resentFrom,
                                                     const QByteArray &resentMessageId,
                                                     const QDateTime &now);

    // The failure reports (action "failed") read from the bounced-alerts mailbox marked on
    // the history entries of the messages that bounced (by their original Message-ID);
    // returns how many entries were marked. For `mailwright-cli bounces` and the window's watch.
    static int linkBounces(DeliveryHistory &history, const QList<BounceRecord> &bounces);
};

} // namespace mw
