// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatusReport.h"

#include "settings/BackgroundWrites.h"
#include "settings/SettingsFacts.h"

#include <QSysInfo>

namespace mw {
namespace {

// At most this many dead letters are listed (the newest); the count says how many exist.
constexpr int kMaxDeadListed = 10;

QString when(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : StatusReport::tr("never");
}

QString serverLine(const QString &name, bool configured, const ServerState &s)
{
    if (!configured)
        return StatusReport::tr("%1: %2 (not configured)")
            .arg(name, statusName(ServerStatus::Stop));
    QString line = StatusReport::tr("%1: %2, last check %3")
                       .arg(name, statusName(s.status), when(s.checkedAt));
    if (!s.reason.isEmpty())
        line += QStringLiteral("\n  ") +
                StatusReport::tr("reason: %1 (%2)").arg(s.reason, errorClassId(s.errorClass));
    return line;
}

QString certificateLine(const QString &name, const ServerState &s, const QDateTime &now)
{
    if (!s.certNotAfter.isValid())
        return StatusReport::tr("%1 certificate: unknown (no TLS session recorded)").arg(name);
    const qint64 secs = now.secsTo(s.certNotAfter);
    const qint64 days = secs >= 0 ? secs / 86400 : -((-secs + 86399) / 86400);
    return StatusReport::tr("%1 certificate: %2 day(s) left (until %3)")
        .arg(name)
        .arg(days)
        .arg(s.certNotAfter.toUTC().date().toString(Qt::ISODate));
}

} // namespace

StatusSnapshot StatusReport::gather(const MailSettings &settings, const QString &configPath)
{
    StatusSnapshot s;
    s.host = QSysInfo::machineHostName();
    s.version = QStringLiteral(MAILWRIGHT_VERSION);
    s.now = QDateTime::currentDateTimeUtc();
    s.smtpConfigured = SettingsFacts::smtpConfigured(settings);
    s.pop3Configured = SettingsFacts::pop3Configured(settings);
    const QString hash = SettingsFacts::fingerprint(settings);
    const StatusFile file(StatusFile::defaultPathFor(configPath));
    s.smtp = file.read(QStringLiteral("smtp"));
    s.pop3 = file.read(QStringLiteral("pop3"));
    s.lastTest = file.read(QStringLiteral("test"));
    // A state recorded with other settings says nothing about these.
    for (ServerState *st : {&s.smtp, &s.pop3}) {
        if (st->settingsHash != hash) {
            *st = {};
            st->status = ServerStatus::NotConnected;
        }
    }
    const Queue queue(Queue::dirFor(settings));
    s.queue = queue.stats(hash);
    s.hold = queue.hold();
    s.hold.active = s.hold.appliesTo(hash);
    for (const QueuedMessage &m : queue.list(true)) {
        if (m.state == QueuedMessage::State::Dead)
            s.deadLetters << m;
    }
    return s;
}

std::pair<QString, ServerState> StatusReport::sendTestEntry(const QString &settingsHash,
                                                            const Result &result)
{
    return {QStringLiteral("test"), ServerState::fromResult(result, settingsHash)};
}

void StatusReport::recordSendTest(const QString &configPath, const MailSettings &settings,
                                  const Result &result)
{
    // On the writer thread: the window calls this on its GUI thread, and the write ends
    // with an fdatasync. StatusFile's readers wait for it.
    BackgroundWrites::post([path = StatusFile::defaultPathFor(configPath),
                            entry = sendTestEntry(SettingsFacts::fingerprint(settings), result)] {
        StatusFile(path).write(StatusFile::Entries{entry});
    });
}

QString StatusReport::subject(const StatusSnapshot &s)
{
    return tr("Mailwright status: %1").arg(s.host.isEmpty() ? QStringLiteral("localhost") : s.host);
}

QString StatusReport::text(const StatusSnapshot &s)
{
    QStringList out;
    out << tr("Mailwright %1 on %2, %3 (UTC)").arg(s.version, s.host, when(s.now)) << QString();
    out << serverLine(QStringLiteral("SMTP"), s.smtpConfigured, s.smtp);
    out << serverLine(QStringLiteral("POP3"), s.pop3Configured, s.pop3) << QString();

    const qint64 age = s.queue.oldest.isValid() ? s.queue.oldest.secsTo(s.now) : qint64(-1);
    out << tr("Queue: %1 message(s) waiting").arg(s.queue.waiting) +
               (age >= 0 ? tr(", oldest %1 s").arg(age) : QString());
    if (s.hold.active)
        out << tr("Queue HELD since %1: %2 (%3)")
                   .arg(when(s.hold.since), s.hold.message,
                        s.hold.storage ? QStringLiteral("spool storage")
                                       : errorClassId(s.hold.errorClass));
    else
        out << tr("Queue not held");
    out << tr("Dead letters: %1").arg(s.deadLetters.size());
    const qsizetype first = qMax<qsizetype>(0, s.deadLetters.size() - kMaxDeadListed);
    for (qsizetype i = first; i < s.deadLetters.size(); ++i) {
        const QueuedMessage &m = s.deadLetters.at(i);
        out << QStringLiteral("  %1 \"%2\": %3 (%4)")
                   .arg(m.id, m.subject, m.lastMessage, errorClassId(m.lastError));
    }
    out << QString();
    out << certificateLine(QStringLiteral("SMTP"), s.smtp, s.now);
    out << certificateLine(QStringLiteral("POP3"), s.pop3, s.now) << QString();
    if (s.lastTest.checkedAt.isValid()) {
        QString line =
            tr("Last Send Test: %1, %2")
                .arg(when(s.lastTest.checkedAt),
                     s.lastTest.status == ServerStatus::Operating ? tr("succeeded") : tr("failed"));
        if (!s.lastTest.reason.isEmpty())
            line += QStringLiteral(": ") + s.lastTest.reason;
        out << line;
    } else {
        out << tr("Last Send Test: unknown (none recorded)");
    }
    out << QString() << tr("This is an automatic answer to a status request.");
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

MessageBuilder::Result StatusReport::build(const MailSettings &settings, const StatusSnapshot &s,
                                           const QString &requester,
                                           const QString &requestMessageId)
{
    MessageBuilder b;
    b.setFrom({settings.mailboxes.from, settings.mailboxes.fromName});
    b.addTo({requester, {}});
    b.setSubject(subject(s));
    b.setBody(text(s));
    b.setAutoSubmitted(true); // RFC 3834 §5: never answered by an auto-responder, nor by us
    b.setHeader("X-Mailwright-Category", QStringLiteral("status"));
    if (!requestMessageId.isEmpty())
        b.setInReplyTo(requestMessageId.toLatin1());
    return b.build();
}

} // namespace mw
