// SPDX-License-Identifier: GPL-3.0-or-later
// mailwright-cli test: the Send Test (or a check that stops after a phase), with
// POP-before-SMTP when the settings ask for it.
#include "Commands.h"
#include "ExitCodes.h"
#include "diagnostics/CapabilityMemory.h"
#include "oauth/AccessTokenSource.h"
#include "settings/SettingsFacts.h"
#include "settings/SettingsValidator.h"

#include <QCommandLineParser>

namespace mw::cli {
namespace {

std::optional<Phase> parseStopAfter(const QString &s)
{
    static const QList<std::pair<const char *, Phase>> table{
        {"connect", Phase::Connect}, {"tls", Phase::Tls},   {"ehlo", Phase::Ehlo},
        {"auth", Phase::Auth},       {"mail", Phase::Mail}, {"rcpt", Phase::Rcpt},
    };
    for (const auto &[name, phase] : table) {
        if (s == QLatin1String(name))
            return phase;
    }
    return std::nullopt;
}

} // namespace

int TestCommand::run(const QStringList &args)
{
    // The round trip and the check of every role address are commands of their own.
    if (args.contains(QLatin1String("--roundtrip")))
        return (new RoundTripCommand(m_ctx))->run(args);
    if (args.contains(QLatin1String("--all-roles")))
        return (new VerifyRolesCommand(m_ctx))->run(args);
    QCommandLineParser p;
    const QCommandLineOption toOpt(QStringLiteral("to"),
                                   tr("Send to ADDR instead of the notification mailbox."),
                                   QStringLiteral("ADDR"));
    const QCommandLineOption stopOpt(
        QStringLiteral("stop-after"),
        tr("Stop after PHASE (connect, tls, ehlo, auth, mail, rcpt) without sending."),
        QStringLiteral("PHASE"));
    p.addOptions({toOpt, stopOpt});
    if (!p.parse(QStringList{QStringLiteral("test")} + args))
        return fail(Usage, p.errorText());
    TestSend::Options opts;
    opts.to = p.value(toOpt);
    if (p.isSet(stopOpt)) {
        const auto phase = parseStopAfter(p.value(stopOpt));
        if (!phase)
            return fail(Usage, tr("--stop-after takes connect, tls, ehlo, auth, mail or rcpt."));
        opts.stopAfter = *phase;
    }
    if (const int rc = m_ctx.loadSettings(true); rc != Ok)
        return rc;
    QList<ValidationIssue> issues = SettingsValidator::validate(settings());
    if (!opts.to.isEmpty()) {
        if (const QString why = SettingsValidator::checkAddress(opts.to); !why.isEmpty())
            return fail(Usage, tr("--to: %1").arg(why));
        issues.removeIf(
            [](const ValidationIssue &i) { return i.key == QLatin1String("mailboxes/notify"); });
    }
    // A check that stops before MAIL needs only the server settings.
    const bool sends = opts.stopAfter == Phase::Done || opts.stopAfter == Phase::Mail ||
                       opts.stopAfter == Phase::Rcpt;
    issues.removeIf([sends](const ValidationIssue &i) {
        return !i.key.startsWith(QLatin1String("smtp/")) &&
               !(sends && i.key.startsWith(QLatin1String("mailboxes/")));
    });
    if (!issues.isEmpty()) {
        QStringList lines;
        for (const ValidationIssue &i : std::as_const(issues))
            lines << QStringLiteral("%1: %2").arg(i.key, i.message);
        return fail(Config, lines.join(QStringLiteral("; ")));
    }
    if (settings().smtp.auth == MailSettings::SmtpAuth::PopBeforeSmtp)
        return testPopBeforeSmtp(opts);
    const bool needsPassword = SettingsFacts::needsSmtpPassword(settings());
    const bool oauth = SettingsFacts::usesOAuth(settings());
    // With OAuth2 the secret fetched is a fresh access token (core/oauth).
    const auto withSecret = [this, oauth,
                             needsPassword](const std::function<void(const QString &)> &then) {
        if (oauth)
            m_ctx.withAccessToken(then);
        else
            m_ctx.withPassword(QStringLiteral("smtp"), needsPassword, then);
    };
    withSecret([this, opts, oauth](const QString &secret) {
        // An OAuth2 access token travels in its own field: a stored SMTP password is
        // never sent as a bearer token.
        TestSend::Options o = opts;
        o.capabilityMemory = CapabilityMemory::defaultPathFor(configPath());
        QString password = secret;
        if (oauth) {
            o.accessToken = secret;
            o.tokens = m_ctx.existingOAuthSource();
            password.clear();
        }
        auto *t = new TestSend(this);
        connect(t, &TestSend::finished, this, [this, t](const Result &r) {
            QJsonObject extra;
            extra.insert(QStringLiteral("recipient"), t->recipient());
            if (!t->messageId().isEmpty())
                extra.insert(QStringLiteral("message_id"), t->messageId());
            const QString head = tr("Send Test to %1 via %2 port %3\n")
                                     .arg(t->recipient(), settings().smtp.host)
                                     .arg(settings().smtp.port);
            m_ctx.finishSession(QStringLiteral("smtp"), r, extra, head);
        });
        t->start(settings(), password, o);
    });
    return -1;
}

int TestCommand::testPopBeforeSmtp(const TestSend::Options &options)
{
    m_ctx.withPassword(QStringLiteral("pop3"), true, [this, options](const QString &pop3Password) {
        TestSend::Options opts = options;
        opts.pop3Password = pop3Password;
        auto *t = new TestSend(this);
        connect(t, &TestSend::finished, this, [this, t](const Result &r) {
            QJsonObject extra;
            extra.insert(QStringLiteral("recipient"), t->recipient());
            extra.insert(QStringLiteral("relay_window_minutes"), settings().pop3.relayWindow);
            if (!t->messageId().isEmpty())
                extra.insert(QStringLiteral("message_id"), t->messageId());
            const QString head =
                tr("Send Test to %1 via %2 port %3 (POP-before-SMTP via %4, relay window %5 "
                   "minutes)\n")
                    .arg(t->recipient(), settings().smtp.host)
                    .arg(settings().smtp.port)
                    .arg(settings().pop3.host)
                    .arg(settings().pop3.relayWindow);
            m_ctx.finishSession(QStringLiteral("smtp"), r, extra, head);
        });
        // POP-before-SMTP sends no SMTP password.
        t->start(settings(), QString(), opts);
    });
    return -1;
}

} // namespace mw::cli
