// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistoryResend.h"

#include "delivery/MessageBuilder.h"
#include "delivery/MimeEncoding.h"
#include "delivery/Queue.h"

namespace mw {

QByteArray HistoryResend::withResentFields(const QByteArray &content, const QString &resentFrom,
                                           const QByteArray &resentMessageId, const QDateTime &now)
{
    // §3.6.6: each resend prepends its own block, so the newest block is on top; the
    // address is written as the sender setting holds it (mailboxes/from is checked to be
    // a plain address when it is saved).
    QByteArray block;
    block += "Resent-Date: " + mime::formatDate(now) + "\r\n";
    block += "Resent-From: <" + resentFrom.toUtf8() + ">\r\n";
    block += "Resent-Message-ID: " + resentMessageId + "\r\n";
    return block + Queue::normalizeLineEnds(content);
}

HistoryResend::Outcome HistoryResend::resend(DeliveryHistory &history, qint64 id,
                                             const MailSettings &settings, int lockWaitMs,
                                             const QDateTime &now)
{
    Outcome out;
    QString error;
    if (!history.open(&error)) {
        out.error = error;
        return out;
    }
    const std::optional<HistoryEntry> entry = history.entry(id);
    if (!entry) {
        out.kind = Outcome::Kind::NotFound;
        out.error = tr("The delivery history has no entry %1.").arg(id);
        return out;
    }
    Queue queue(Queue::dirFor(settings));
    if (!queue.ensure(&error)) {
        out.error = error;
        return out;
    }
    const QByteArray body = entry->hasBody ? history.body(id) : QByteArray();
    if (!body.isEmpty()) {
        // Who resends: the sender of the settings now (the envelope sender of the entry
        // when none is set).
        const QString from =
            settings.mailboxes.from.isEmpty() ? entry->sender : settings.mailboxes.from;
        if (from.isEmpty()) {
            out.kind = Outcome::Kind::Failed;
            out.error = tr("No sender is set (mailboxes/from) for the Resent-From field.");
            return out;
        }
        const QByteArray resentId = MessageBuilder::newMessageId(from, now);
        QueuedMessage m;
        m.category = entry->category;
        m.sender = entry->sender;
        m.recipients = entry->recipients;
        m.subject = entry->subject;
        // The spool lists and checks duplicates by the id this copy carries now.
        m.messageId = QString::fromLatin1(resentId);
        m.content = withResentFields(body, from, resentId, now);
        const auto queued = queue.enqueue(m, &error);
        if (!queued) {
            out.error = error;
            return out;
        }
        queue.log(QStringLiteral("resend %1 from history %2 as %3")
                      .arg(*queued)
                      .arg(id)
                      .arg(m.messageId));
        out.kind = Outcome::Kind::Queued;
        out.queueId = *queued;
        out.resentMessageId = m.messageId;
        return out;
    }
    const std::optional<QueuedMessage> spooled =
        entry->queueId.isEmpty() ? std::nullopt : queue.load(entry->queueId, false);
    if (!spooled || spooled->state != QueuedMessage::State::Dead) {
        out.kind = Outcome::Kind::NotKept;
        out.error = tr("The text of this message was not kept and it is no longer in the "
                       "queue's dead letters; enable history/keep_bodies to be able to resend "
                       "messages from the history.");
        return out;
    }
    Queue::Lock lock(queue.dir());
    const Queue::Lock::Result locked = lock.acquire(lockWaitMs);
    if (locked != Queue::Lock::Result::Locked) {
        out.error = locked == Queue::Lock::Result::Busy
                        ? tr("The queue is busy (a pass is running); try again.")
                        : lock.errorString();
        return out;
    }
    if (!queue.retry(entry->queueId, &error)) {
        out.error = error;
        return out;
    }
    out.kind = Outcome::Kind::Retried;
    out.queueId = entry->queueId;
    return out;
}

int HistoryResend::linkBounces(DeliveryHistory &history, const QList<BounceRecord> &bounces)
{
    int marked = 0;
    for (const BounceRecord &b : bounces) {
        // A report that the message is only delayed (or was relayed) is not a bounce.
        if (b.originalMessageId.isEmpty() || b.action != QLatin1String("failed"))
            continue;
        QString what = QStringList{b.action, b.recipient, b.status}.join(QLatin1Char(' '));
        if (!b.diagnostic.isEmpty())
            what += QStringLiteral(" (%1)").arg(b.diagnostic);
        const QDateTime at = b.seenAt.isValid() ? b.seenAt : QDateTime::currentDateTimeUtc();
        marked += history.markBounced(b.originalMessageId, at, what.simplified());
    }
    return marked;
}

} // namespace mw
