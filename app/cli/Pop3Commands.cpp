// SPDX-License-Identifier: GPL-3.0-or-later
// mailwright-cli commands around the POP3 account: its status line, the bounced-alerts
// mailbox (`bounces`), the round-trip proof (`test --roundtrip`) and Send Test with
// POP-before-SMTP.
#include "CliApp.h"
#include "ExitCodes.h"
#include "JsonOutput.h"
#include "delivery/TestMessage.h"
#include "delivery/TestSend.h"
#include "diagnostics/BounceCheck.h"
#include "diagnostics/DsnParser.h"
#include "diagnostics/ServerStatus.h"
#include "protocol/Pop3Session.h"
#include "session/SmtpConfigFactory.h"
#include "settings/SettingsFacts.h"
#include "settings/SettingsValidator.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QSet>
#include <QTimer>

#include <memory>

namespace mw::cli {
namespace {

// The round-trip test message is small; anything much larger is not it.
constexpr qint64 kMaxRoundTripSize = 1024 * 1024;

} // namespace

void CliApp::withPop3Password(bool needed, const std::function<void(const QString &)> &then)
{
    withPassword(QStringLiteral("pop3"), needed, then);
}

int CliApp::reportPop3State(const ServerState &state, int previousCode)
{
    if (m_json) {
        QJsonObject o = serverStateJson(QStringLiteral("pop3"), state);
        o.insert(QStringLiteral("check_interval_minutes"), m_settings.pop3.checkInterval);
        print(compactJson(o));
    } else {
        QString line = QStringLiteral("pop3: ") + statusName(state.status);
        if (!state.reason.isEmpty())
            line += QStringLiteral(" — %1 (%2)").arg(state.reason, errorClassId(state.errorClass));
        if (state.checkedAt.isValid())
            line +=
                QStringLiteral(" [%1]").arg(state.checkedAt.toLocalTime().toString(Qt::ISODate));
        print(line);
    }
    const int code =
        state.status == ServerStatus::UnableToConnect ? exitCodeFor(state.errorClass) : int(Ok);
    return previousCode != Ok ? previousCode : code;
}

int CliApp::pop3StatusLine(int previousCode)
{
    ServerState state;
    // "Stop": POP3 is neither checked nor needed for POP-before-SMTP.
    if (!SettingsFacts::pop3Configured(m_settings)) {
        state.status = ServerStatus::Stop;
        return reportPop3State(state, previousCode);
    }
    state = StatusFile(StatusFile::defaultPathFor(m_configPath)).read(QStringLiteral("pop3"));
    if (state.settingsHash != settingsHash()) {
        state = {};
        state.status = ServerStatus::NotConnected;
    }
    return reportPop3State(state, previousCode);
}

int CliApp::checkPop3Status(int previousCode)
{
    if (!SettingsFacts::pop3Configured(m_settings)) {
        exitLater(pop3StatusLine(previousCode));
        return -1;
    }
    // A status check of POP3 is a login and nothing else (seed 001: "reception completed").
    withPop3Password(true, [this, previousCode](const QString &password) {
        auto *session = new Pop3Session(this);
        connect(session, &Pop3Session::finished, this,
                [this, session, previousCode](const Result &r) {
                    const ServerState s = ServerState::fromResult(r, settingsHash());
                    StatusFile(StatusFile::defaultPathFor(m_configPath))
                        .write(QStringLiteral("pop3"), s);
                    session->deleteLater();
                    exitLater(reportPop3State(s, previousCode));
                });
        session->start(pop3ConfigFrom(m_settings, password), Phase::Auth);
    });
    return -1;
}

int CliApp::testPopBeforeSmtp(const TestSend::Options &options)
{
    withPop3Password(true, [this, options](const QString &pop3Password) {
        TestSend::Options opts = options;
        opts.pop3Password = pop3Password;
        auto *t = new TestSend(this);
        connect(t, &TestSend::finished, this, [this, t](const Result &r) {
            QJsonObject extra;
            extra.insert(QStringLiteral("recipient"), t->recipient());
            extra.insert(QStringLiteral("relay_window_minutes"), m_settings.pop3.relayWindow);
            if (!t->messageId().isEmpty())
                extra.insert(QStringLiteral("message_id"), t->messageId());
            const QString head =
                tr("Send Test to %1 via %2 port %3 (POP-before-SMTP via %4, relay window %5 "
                   "minutes)\n")
                    .arg(t->recipient(), m_settings.smtp.host)
                    .arg(m_settings.smtp.port)
                    .arg(m_settings.pop3.host)
                    .arg(m_settings.pop3.relayWindow);
            finishSession(QStringLiteral("smtp"), r, extra, head);
        });
        // POP-before-SMTP sends no SMTP password.
        t->start(m_settings, QString(), opts);
    });
    return -1;
}

int CliApp::cmdBounces(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption deleteOpt(
        QStringLiteral("delete-handled"),
        tr("Delete the delivery status notifications that were listed (others stay)."));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), tr("Print one JSON object."));
    p.addOptions({deleteOpt, jsonOpt});
    if (!p.parse(QStringList{QStringLiteral("bounces")} + args))
        return fail(Usage, p.errorText());
    if (p.isSet(jsonOpt))
        m_json = true;
    if (const int rc = loadSettings(true); rc != Ok)
        return rc;
    if (!SettingsFacts::pop3AccountSet(m_settings))
        return fail(Config, tr("The bounced-alerts mailbox is read over POP3: set pop3/host and "
                               "pop3/username first."));
    const bool deleteHandled = p.isSet(deleteOpt);
    withPop3Password(true, [this, deleteHandled](const QString &password) {
        // Every report in the mailbox is listed (none skipped); the bounce log the window's
        // watch keeps says which ones were not seen before.
        BounceCheck::Options o;
        o.deleteReports = deleteHandled;
        auto *check = new BounceCheck(this);
        connect(check, &BounceCheck::finished, this, [this, check](const Result &r) {
            check->deleteLater();
            BounceLog log(BounceLog::defaultPathFor(m_configPath));
            log.load();
            log.setAccount(QStringLiteral("%1:%2 %3")
                               .arg(m_settings.pop3.host)
                               .arg(m_settings.pop3.port)
                               .arg(m_settings.pop3.username));
            QSet<QString> fresh;
            if (r.ok) {
                for (const BounceRecord &b : log.merge(check->found(), check->readUids()))
                    fresh.insert(b.uid.isEmpty() ? b.messageId : b.uid);
                log.save();
            }
            QJsonArray items;
            QString text =
                tr("Bounced-alerts mailbox %1@%2: %n message(s)", nullptr, check->messageCount())
                    .arg(m_settings.pop3.username, m_settings.pop3.host);
            text += QStringLiteral(", ") +
                    tr("%n delivery status notification(s)", nullptr, int(check->found().size())) +
                    QLatin1Char('\n');
            for (const BounceRecord &b : check->found()) {
                const bool isNew = fresh.contains(b.uid.isEmpty() ? b.messageId : b.uid);
                QJsonObject o = b.toJson();
                o.remove(QStringLiteral("seen_at"));
                o.insert(QStringLiteral("new"), isNew);
                items.append(o);
                text += QStringLiteral("  #%1 %2 %3 %4")
                            .arg(b.number)
                            .arg(b.action, b.recipient, b.status);
                if (!b.diagnostic.isEmpty())
                    text += QStringLiteral(" (%1)").arg(b.diagnostic);
                if (!b.originalMessageId.isEmpty())
                    text += QLatin1Char(' ') + tr("original %1").arg(b.originalMessageId);
                if (isNew)
                    text += QLatin1Char(' ') + tr("[new]");
                if (b.deleted)
                    text += QLatin1Char(' ') + tr("[deleted]");
                text += QLatin1Char('\n');
            }
            if (check->skipped() > 0)
                text += tr("  (%n message(s) larger than %1 octets were not read)", nullptr,
                           check->skipped())
                            .arg(BounceCheck::kMaxBounceSize) +
                        QLatin1Char('\n');
            QJsonObject extra;
            extra.insert(QStringLiteral("messages"), check->messageCount());
            extra.insert(QStringLiteral("bounces"), items);
            finishSession(QStringLiteral("pop3"), r, extra, text);
        });
        check->start(pop3ConfigFrom(m_settings, password), o);
    });
    return -1;
}

int CliApp::cmdRoundTrip(const QStringList &args)
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
    if (const int rc = loadSettings(true); rc != Ok)
        return rc;
    QList<ValidationIssue> issues = SettingsValidator::validate(m_settings);
    issues.removeIf([](const ValidationIssue &i) {
        return !i.key.startsWith(QLatin1String("smtp/")) &&
               !i.key.startsWith(QLatin1String("mailboxes/")) &&
               !i.key.startsWith(QLatin1String("pop3/"));
    });
    if (!issues.isEmpty()) {
        QStringList lines;
        for (const ValidationIssue &i : std::as_const(issues))
            lines << QStringLiteral("%1: %2").arg(i.key, i.message);
        return fail(Config, lines.join(QStringLiteral("; ")));
    }
    if (!SettingsFacts::pop3AccountSet(m_settings))
        return fail(Config, tr("The round trip fetches the test message over POP3 from the "
                               "notification mailbox: set pop3/host and pop3/username of the "
                               "account that receives %1.")
                                .arg(m_settings.mailboxes.notify));

    const bool smtpPassword = SettingsFacts::needsSmtpPassword(m_settings);
    withPassword(
        QStringLiteral("smtp"), smtpPassword,
        [this, waitSeconds, pollSeconds](const QString &smtpPw) {
            withPop3Password(true, [this, smtpPw, waitSeconds, pollSeconds](const QString &popPw) {
                TestSend::Options opts;
                opts.token = TestMessage::newToken();
                opts.pop3Password = popPw;
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
                        finishSession(QStringLiteral("smtp"), sent, extra,
                                      tr("Round trip: sending to %1 failed\n").arg(t->recipient()));
                        return;
                    }
                    StatusFile(StatusFile::defaultPathFor(m_configPath))
                        .write(QStringLiteral("smtp"),
                               ServerState::fromResult(sent, settingsHash()));
                    const qint64 sentMs = clock->elapsed();
                    if (!m_json)
                        print(
                            tr("Sent to %1 in %2 ms (token %3); looking for it over POP3 at %4...")
                                .arg(t->recipient())
                                .arg(sentMs)
                                .arg(opts.token, m_settings.pop3.host));
                    pollRoundTrip(popPw, opts.token, clock, waitSeconds, pollSeconds, extra,
                                  std::make_shared<QSet<QString>>());
                });
                t->start(m_settings, smtpPw, opts);
            });
        });
    return -1;
}

void CliApp::pollRoundTrip(const QString &password, const QString &token,
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
            StatusFile(StatusFile::defaultPathFor(m_configPath))
                .write(QStringLiteral("pop3"), ServerState::fromResult(res, settingsHash()));
            Result r = res;
            r.message =
                tr("The message was sent, but fetching it over POP3 failed: %1").arg(res.message);
            emitResult(r, out, tr("Round trip via POP3 %1\n").arg(m_settings.pop3.host));
            exitLater(exitCodeFor(r.errorClass));
            return;
        }
        if (look->found > 0) {
            StatusFile(StatusFile::defaultPathFor(m_configPath))
                .write(QStringLiteral("pop3"), ServerState::fromResult(res, settingsHash()));
            Result r = res;
            r.message = tr("The test message came back through %1@%2 after %3 ms; it was "
                           "deleted from the mailbox.")
                            .arg(m_settings.pop3.username, m_settings.pop3.host)
                            .arg(look->foundMs);
            out.insert(QStringLiteral("delay_ms"), look->foundMs);
            out.insert(QStringLiteral("deleted"), true);
            emitResult(r, out, tr("Round trip via POP3 %1\n").arg(m_settings.pop3.host));
            exitLater(Ok);
            return;
        }
        if (clock->elapsed() + pollSeconds * 1000LL > waitSeconds * 1000LL) {
            Result r = Result::failure(
                ErrorClass::Timeout, Phase::Transaction,
                tr("The test message was accepted for %1 but did not arrive in the POP3 mailbox "
                   "%2@%3 within %4 s.")
                    .arg(out.value(QStringLiteral("recipient")).toString(),
                         m_settings.pop3.username, m_settings.pop3.host)
                    .arg(waitSeconds));
            r.hint = tr("Check that this POP3 account receives the notification mailbox, and "
                        "look for a bounce in the bounced-alerts mailbox (mailwright-cli "
                        "bounces).");
            emitResult(r, out, tr("Round trip via POP3 %1\n").arg(m_settings.pop3.host));
            exitLater(TempFail);
            return;
        }
        QTimer::singleShot(pollSeconds * 1000, this, [=, this] {
            pollRoundTrip(password, token, clock, waitSeconds, pollSeconds, extra, seen);
        });
    });
    session->start(pop3ConfigFrom(m_settings, password));
}

} // namespace mw::cli
