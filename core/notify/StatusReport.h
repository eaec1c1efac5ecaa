// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "delivery/MessageBuilder.h"
#include "delivery/Queue.h"
#include "diagnostics/ServerStatus.h"
#include "settings/MailSettings.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace mw {

// What the answer to a remote status request reports: gathered from the files every
// process writes (the status file, the queue), never from a secret.
struct StatusSnapshot
{
    QString host; // this machine's name
    QString version;
    QDateTime now; // UTC
    bool smtpConfigured = false;
    bool pop3Configured = false;
    ServerState smtp;
    ServerState pop3;
    // The last Send Test (status file entry "test"); invalid checkedAt when none recorded.
    ServerState lastTest;
    QueueStats queue;
    QueueHold hold;                   // active only when it applies to the current settings
    QList<QueuedMessage> deadLetters; // newest last, without content
};

// The status answer: its text and the message that carries it.
class StatusReport
{
    Q_DECLARE_TR_FUNCTIONS(mw::StatusReport)

public:
    // Reads the status file of configPath and the queue of settings.
    [[nodiscard]] static StatusSnapshot gather(const MailSettings &settings,
                                               const QString &configPath);
    // Records the outcome of a Send Test that went all the way (not --stop-after) as the
    // status file's entry "test", which the report reads, on the background writer
    // (settings/BackgroundWrites.h): the window's test panel calls it on its GUI thread.
    static void recordSendTest(const QString &configPath, const MailSettings &settings,
                               const Result &result);
    // That entry, for a shell that writes it together with its server's state;
    // `settingsHash`: SettingsFacts::fingerprint of the settings tested.
    [[nodiscard]] static std::pair<QString, ServerState> sendTestEntry(const QString &settingsHash,
                                                                       const Result &result);
    // The subject: "Mailwright status: <host>".
    [[nodiscard]] static QString subject(const StatusSnapshot &s);
    // The plain text of the report (SMTP and POP3 status with reason and last check, the
    // queue, certificate days left, the last Send Test, the version).
    [[nodiscard]] static QString text(const StatusSnapshot &s);
    // The answer to `requester` only (never Reply-To), From mailboxes/from, In-Reply-To and
    // References the request's Message-ID (when it has one), Auto-Submitted (RFC 3834).
    [[nodiscard]] static MessageBuilder::Result build(const MailSettings &settings,
                                                      const StatusSnapshot &s,
                                                      const QString &requester,
                                                      const QString &requestMessageId);
};

} // namespace mw
