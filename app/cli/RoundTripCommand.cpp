// SPDX-License-Identifier: GPL-3.0-or-later
// mailwright-cli test --roundtrip: the Send Test, then the message fetched back over POP3
// from the notification mailbox (and deleted there).
#include "Commands.h"
#include "ExitCodes.h"
#include "delivery/TestMessage.h"
#include "diagnostics/DsnParser.h"
#include "protocol/Pop3Session.h"
#include "session/SmtpConfigFactory.h"
#include "settings/SettingsFacts.h"

#include <QCommandLineParser>
#include <QTimer>

namespace mw::cli {
namespace {

// The round-trip test message is small; anything much larger is not it.
constexpr qint64 kMaxRoundTripSize = 1024 * 1024;

} // namespace

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
            TestSend::Options opts;
            opts.token = TestMessage::newToken();
            opts.tokens = m_ctx.existingOAuthSource();
            auto clock = std::make_shared<QElapsedTimer>();
            clock->start();
            auto *t = new TestSend(this);
            connect(t, &TestSend::finished, this, [=, this](const Result &sent) {
                t->deleteLater();
                QJsonObject extra;
                extra.insert(QStringLiteral("recipient"), t->recipient());
                extra.insert(QStringLiteral("token"), opts.token);
                if (!t->messageId().isEmpty())
                    extra.insert(QStringLiteral("message_id"), t->messageId());
                if (!sent.ok) {
                    m_ctx.finishSession(
                        QStringLiteral("smtp"), sent, extra,
                        tr("Round trip: sending to %1 failed\n").arg(t->recipient()));
                    return;
                }
                m_ctx.writeState(QStringLiteral("smtp"), sent);
                const qint64 sentMs = clock->elapsed();
                if (!json())
                    print(tr("Sent to %1 in %2 ms (token %3); looking for it over POP3 at %4...")
                              .arg(t->recipient())
                              .arg(sentMs)
                              .arg(opts.token, settings().pop3.host));
                poll(c.pop3Password, opts.token, clock, waitSeconds, pollSeconds, extra,
                     std::make_shared<QSet<QString>>());
            });
            t->start(settings(), c, opts);
        });
}

void RoundTripCommand::poll(const QString &password, const QString &token,
                            const std::shared_ptr<QElapsedTimer> &clock, int waitSeconds,
                            int pollSeconds, const QJsonObject &extra,
                            const std::shared_ptr<QSet<QString>> &seen)
{
    // Each look is a new session: RFC 1939 §8 shows a maildrop as it was at login, so
    // mail that arrives during a session only shows up in the next one.
    struct Look
    {
        QList<Pop3MessageInfo> candidates;
        int found = 0;
        qint64 foundMs = -1;
        int readyCount = 0;
    };
    auto look = std::make_shared<Look>();
    auto *session = new Pop3Session(this);
    connect(session, &Pop3Session::ready, this, [session, look] {
        if (++look->readyCount == 1)
            session->list();
        else
            session->quit();
    });
    connect(session, &Pop3Session::listed, this,
            [session, look, seen](const QList<Pop3MessageInfo> &list) {
                // Newest first: the test message is most likely the last one.
                for (auto it = list.crbegin(); it != list.crend(); ++it) {
                    if (it->size > kMaxRoundTripSize)
                        continue;
                    if (!it->uid.isEmpty() && seen->contains(it->uid))
                        continue;
                    session->retrieve(it->number);
                }
            });
    connect(session, &Pop3Session::retrieved, this,
            [session, look, seen, token, clock](int number, const QByteArray &content) {
                const QString value =
                    DsnParser::headerValue(content, TestMessage::TokenHeader).trimmed();
                if (value == token && look->found == 0) {
                    look->found = number;
                    look->foundMs = clock->elapsed();
                    // Only the message that carries this run's token is deleted.
                    session->remove(number);
                }
            });
    connect(session, &Pop3Session::listed, this,
            [look](const QList<Pop3MessageInfo> &list) { look->candidates = list; });
    connect(session, &Pop3Session::finished, this, [=, this](const Result &res) {
        session->deleteLater();
        for (const Pop3MessageInfo &m : std::as_const(look->candidates)) {
            if (!m.uid.isEmpty() && m.number != look->found)
                seen->insert(m.uid);
        }
        QJsonObject out = extra;
        if (!res.ok) {
            m_ctx.writeState(QStringLiteral("pop3"), res);
            Result r = res;
            r.message =
                tr("The message was sent, but fetching it over POP3 failed: %1").arg(res.message);
            m_ctx.emitResult(r, out, tr("Round trip via POP3 %1\n").arg(settings().pop3.host));
            exitLater(exitCodeFor(r.errorClass));
            return;
        }
        if (look->found > 0) {
            m_ctx.writeState(QStringLiteral("pop3"), res);
            Result r = res;
            r.message = tr("The test message came back through %1@%2 after %3 ms; it was "
                           "deleted from the mailbox.")
                            .arg(settings().pop3.username, settings().pop3.host)
                            .arg(look->foundMs);
            out.insert(QStringLiteral("delay_ms"), look->foundMs);
            out.insert(QStringLiteral("deleted"), true);
            m_ctx.emitResult(r, out, tr("Round trip via POP3 %1\n").arg(settings().pop3.host));
            exitLater(Ok);
            return;
        }
        if (clock->elapsed() + pollSeconds * 1000LL > waitSeconds * 1000LL) {
            Result r = Result::failure(
                ErrorClass::Timeout, Phase::Transaction,
                tr("The test message was accepted for %1 but did not arrive in the POP3 mailbox "
                   "%2@%3 within %4 s.")
                    .arg(out.value(QStringLiteral("recipient")).toString(),
                         settings().pop3.username, settings().pop3.host)
                    .arg(waitSeconds));
            r.hint = tr("Check that this POP3 account receives the notification mailbox, and "
                        "look for a bounce in the bounced-alerts mailbox (mailwright-cli "
                        "bounces).");
            m_ctx.emitResult(r, out, tr("Round trip via POP3 %1\n").arg(settings().pop3.host));
            exitLater(TempFail);
            return;
        }
        QTimer::singleShot(pollSeconds * 1000, this, [=, this] {
            poll(password, token, clock, waitSeconds, pollSeconds, extra, seen);
        });
    });
    session->start(pop3ConfigFrom(settings(), password));
}

} // namespace mw::cli
