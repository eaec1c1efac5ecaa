// SPDX-License-Identifier: GPL-3.0-or-later
// mailwright-cli test --roundtrip: the Send Test, then the message fetched back over POP3
// from the notification mailbox (and deleted there).
#include "Commands.h"
#include "ExitCodes.h"
#include "notify/RoundTrip.h"

#include <QCommandLineParser>

namespace mw::cli {

int RoundTripCommand::run(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption rtOpt(QStringLiteral("roundtrip"),
                                   tr("Fetch the test message back over POP3."));
    const QCommandLineOption waitOpt(QStringLiteral("wait"),
                                     tr("Give up after SECONDS (default 120)."),
                                     QStringLiteral("SECONDS"));
    const QCommandLineOption pollOpt(QStringLiteral("poll"),
                                     tr("Look into the mailbox every SECONDS (default 2)."),
                                     QStringLiteral("SECONDS"));
    p.addOptions({rtOpt, waitOpt, pollOpt});
    if (!p.parse(QStringList{QStringLiteral("test")} + args))
        return fail(Usage, p.errorText());
    bool ok = true;
    const int waitSeconds = p.isSet(waitOpt) ? p.value(waitOpt).toInt(&ok) : 120;
    if (!ok || waitSeconds < 1)
        return fail(Usage, tr("--wait takes a number of seconds."));
    const int pollSeconds = p.isSet(pollOpt) ? p.value(pollOpt).toInt(&ok) : 2;
    if (!ok || pollSeconds < 1)
        return fail(Usage, tr("--poll takes a number of seconds."));
    if (const int rc = m_ctx.loadSettings(true); rc != Ok)
        return rc;
    // The POP3 account that receives the notification mailbox is part of the preflight.
    return m_ctx.prepare(
        Purpose::RoundTrip, {}, [this, waitSeconds, pollSeconds](const Credentials &c) {
            // The round trip itself is RoundTrip's (the window runs the same); this prints it.
            auto *trip = new RoundTrip(this);
            connect(trip, &RoundTrip::sent, this, [this, trip] {
                if (json())
                    return;
                const RoundTrip::Outcome &o = trip->outcome();
                print(tr("Sent to %1 in %2 ms (token %3); looking for it over POP3 at %4...")
                          .arg(o.recipient)
                          .arg(o.sendMs)
                          .arg(o.token, settings().pop3.host));
            });
            connect(trip, &RoundTrip::finished, this, [this, trip](const RoundTrip::Outcome &o) {
                trip->deleteLater();
                finish(o);
            });
            RoundTrip::Options opts;
            opts.waitSeconds = waitSeconds;
            opts.pollSeconds = pollSeconds;
            opts.tokens = m_ctx.existingOAuthSource();
            trip->start(settings(), c, opts);
        });
}

void RoundTripCommand::finish(const RoundTrip::Outcome &o)
{
    QJsonObject extra;
    extra.insert(QStringLiteral("recipient"), o.recipient);
    extra.insert(QStringLiteral("token"), o.token);
    if (!o.messageId.isEmpty())
        extra.insert(QStringLiteral("message_id"), o.messageId);
    if (!o.sent) {
        m_ctx.finishSession(QStringLiteral("smtp"), o.smtp, extra,
                            tr("Round trip: sending to %1 failed\n").arg(o.recipient));
        return;
    }
    m_ctx.writeState(QStringLiteral("smtp"), o.smtp);
    const QString heading = tr("Round trip via POP3 %1\n").arg(settings().pop3.host);
    // A message that did not arrive in time says nothing new about the POP3 server: its
    // last look went well.
    if (o.looks > 0 && (o.found || !o.pop3.ok))
        m_ctx.writeState(QStringLiteral("pop3"), o.pop3);
    if (o.result.ok) {
        extra.insert(QStringLiteral("delay_ms"), o.delayMs);
        extra.insert(QStringLiteral("deleted"), o.deleted);
    }
    m_ctx.emitResult(o.result, extra, heading);
    exitLater(exitCodeFor(o.result.errorClass));
}

} // namespace mw::cli
