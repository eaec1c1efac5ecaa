// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DeliveryHistory.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace mw {

// Bounces linked to the queue: the messages the queue sent recently whose Message-ID a
// failure report matched (HistoryResend::linkBounces marks them in the delivery history
// when `bounces` or the window's bounce watch reads the report). The one source for the
// "Bounced" lines of `mailwright-cli queue list` and the Queue view's Bounced section.
class QueueBounces
{
    Q_DECLARE_TR_FUNCTIONS(mw::QueueBounces)

public:
    // How far back a sent message counts as "recent".
    static constexpr int kDays = 7;
    static constexpr int kLimit = 100;

    // The bounced entries of the history at historyPath sent within kDays before now,
    // newest first. Empty (no error) when there is no history file yet: nothing is created.
    // Blocks on the disk: never on a GUI thread.
    [[nodiscard]] static QList<HistoryEntry> read(const QString &historyPath, const QDateTime &now,
                                                  QString *error);
    // One entry for `queue list --json` (bounced_messages).
    [[nodiscard]] static QJsonObject toJson(const HistoryEntry &e);
    // One line for `queue list` and the view: "bounced <time>: <report> — to <recipients>
    // "<subject>" <Message-ID>".
    [[nodiscard]] static QString describe(const HistoryEntry &e);
};

} // namespace mw
