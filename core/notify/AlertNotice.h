// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AlertState.h"
#include "delivery/Queue.h"
#include "settings/MailSettings.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace mw {

// The message of one notice about failing mail: plain text from the events of one kind
// (what happened, when, the error class and the server's reply, what to do), with the
// header `X-Mailwright-Notice: <kind>`, routed like an error message (mailboxes/notify
// plus copies/all and copies/errors), category "notice" in the spool. Built from the
// events' texts only: no secret and no message body can get into it.
class AlertNotice
{
    Q_DECLARE_TR_FUNCTIONS(mw::AlertNotice)

public:
    static constexpr const char *kHeader = "X-Mailwright-Notice";

    // The spool category of notices: a notice never causes another one.
    [[nodiscard]] static QString category() { return QStringLiteral("notice"); }
    [[nodiscard]] static bool isNotice(const QueuedMessage &m) { return m.category == category(); }

    struct Composed
    {
        QueuedMessage message; // ready for Queue::enqueue; empty recipients when refused
        QString error;         // why no notice can be sent (no mailbox, refused recipients)
        [[nodiscard]] bool ok() const { return error.isEmpty(); }
    };
    // events: all of `kind`, oldest first.
    [[nodiscard]] static Composed compose(const MailSettings &settings, const QString &kind,
                                          const QList<AlertEvent> &events, const QDateTime &now);

    [[nodiscard]] static QString subjectFor(const QString &kind, int count);
    [[nodiscard]] static QString adviceFor(const QString &kind);
};

} // namespace mw
