// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliApp.h"

#include "CommandHelp.h"
#include "ExitCodes.h"
#include "JsonOutput.h"
#include "delivery/Queue.h"
#include "delivery/TestSend.h"
#include "diagnostics/CertificateReport.h"
#include "diagnostics/ServerStatus.h"
#include "i18n/Localization.h"
#include "oauth/AccessTokenSource.h"
#include "protocol/MailConnection.h"
#include "protocol/SmtpSession.h"
#include "session/CapabilityMemory.h"
#include "session/DowngradeGuard.h"
#include "session/SmtpConfigFactory.h"
#include "settings/SecretStoreFactory.h"
#include "settings/SettingsFacts.h"
#include "settings/SettingsSchema.h"
#include "settings/SettingsStore.h"
#include "settings/SettingsValidator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <memory>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace mw::cli {
namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

// What an EHLO keyword means, for a person reading `probe`.
QString extensionMeaning(const QString &keyword)
{
    const QString k = keyword.section(QLatin1Char(' '), 0, 0);
    static const QList<std::pair<const char *, const char *>> table{
        {"PIPELINING", QT_TRANSLATE_NOOP("mw::cli", "commands can be sent in batches (RFC 2920)")},
        {"SIZE",
         QT_TRANSLATE_NOOP("mw::cli", "announces the largest message it accepts (RFC 1870)")},
        {"STARTTLS", QT_TRANSLATE_NOOP("mw::cli", "the connection can be encrypted (RFC 3207)")},
        {"AUTH", QT_TRANSLATE_NOOP("mw::cli", "login methods on this connection (RFC 4954)")},
        {"8BITMIME", QT_TRANSLATE_NOOP("mw::cli", "accepts 8-bit message bodies (RFC 6152)")},
        {"SMTPUTF8", QT_TRANSLATE_NOOP("mw::cli", "accepts international addresses (RFC 6531)")},
        {"ENHANCEDSTATUSCODES",
         QT_TRANSLATE_NOOP("mw::cli", "replies carry detailed status codes (RFC 2034)")},
        {"DSN",
         QT_TRANSLATE_NOOP("mw::cli", "delivery status notifications on request (RFC 3461)")},
        {"CHUNKING", QT_TRANSLATE_NOOP("mw::cli", "messages can be sent in chunks (RFC 3030)")},
        {"BINARYMIME", QT_TRANSLATE_NOOP("mw::cli", "accepts binary message bodies (RFC 3030)")},
        {"HELP", QT_TRANSLATE_NOOP("mw::cli", "answers HELP")},
        {"VRFY", QT_TRANSLATE_NOOP("mw::cli", "can verify addresses")},
        {"ETRN", QT_TRANSLATE_NOOP("mw::cli", "remote queue start (RFC 1985)")},
        {"REQUIRETLS",
         QT_TRANSLATE_NOOP("mw::cli", "can require TLS for onward delivery (RFC 8689)")},
        {"DELIVERBY", QT_TRANSLATE_NOOP("mw::cli", "delivery deadlines (RFC 2852)")},
    };
    for (const auto &[key, meaning] : table) {
        if (k == QLatin1String(key))
            return QCoreApplication::translate("mw::cli", meaning);
    }
    return {};
}

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

QString readSecretFromStdin()
{
#ifdef Q_OS_UNIX
    const bool tty = isatty(STDIN_FILENO);
    termios old{};
    if (tty) {
        err() << QCoreApplication::translate("mw::cli", "Password: ") << Qt::flush;
        tcgetattr(STDIN_FILENO, &old);
        termios quiet = old;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
#endif
    QTextStream in(stdin);
    QString line = in.readLine();
#ifdef Q_OS_UNIX
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSANOW, &old);
        err() << Qt::endl;
    }
#endif
    return line;
}

} // namespace

CliApp::CliApp(QObject *parent)
    : QObject(parent)
{}

void CliApp::print(const QString &text)
{
    out() << text << Qt::endl;
}

void CliApp::printErr(const QString &text)
{
    err() << text << Qt::endl;
}

void CliApp::exitLater(int code)
{
    QTimer::singleShot(0, qApp, [code] { QCoreApplication::exit(code); });
}

int CliApp::fail(int code, const QString &message, ErrorClass c)
{
    if (m_json) {
        print(compactJson(failureJson(c, message)));
    } else {
        printErr(QStringLiteral("mailwright-cli: ") + message);
    }
    return code;
}

int CliApp::start(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(CommandHelp::overview());
    p.addHelpOption();
    p.addVersionOption();
    const QCommandLineOption configOpt(
        QStringLiteral("config"), tr("Use the configuration FILE instead of the per-user one."),
        QStringLiteral("FILE"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"),
                                     tr("Print one JSON object per result."));
    const QCommandLineOption setOpt(QStringLiteral("set"),
                                    tr("Override a setting for this run only (repeatable), e.g. "
                                       "--set smtp/port=2525."),
                                    QStringLiteral("KEY=VALUE"));
    // Read by main() before this parser runs (mw::Localization); listed here for --help.
    const QCommandLineOption langOpt(QStringLiteral("lang"), Localization::optionDescription(),
                                     QStringLiteral("LANG"));
    p.addOptions({configOpt, jsonOpt, setOpt, langOpt});
    p.addPositionalArgument(QStringLiteral("command"), tr("What to do (see above)."));
    p.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    if (!p.parse(arguments))
        return fail(Usage, p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        print(p.helpText());
        return Ok;
    }
    if (p.isSet(QStringLiteral("version"))) {
        print(QStringLiteral("mailwright-cli %1 (Qt %2, %3)")
                  .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion()),
                       QSslSocket::sslLibraryVersionString()));
        return Ok;
    }
    m_json = p.isSet(jsonOpt);
    m_configPath = p.isSet(configOpt) ? p.value(configOpt) : SettingsStore::defaultPath();
    m_overrides = p.values(setOpt);
    const QStringList pos = p.positionalArguments();
    if (pos.isEmpty()) {
        printErr(p.helpText());
        return Usage;
    }
    const QString cmd = pos.first();
    const QStringList rest = pos.mid(1);
    // `COMMAND --help`: before anything reads the configuration, which may be missing or
    // broken (that may be why help is asked for).
    if (const QString usage = CommandHelp::forCommand(cmd);
        !usage.isEmpty() && CommandHelp::isHelpRequest(rest)) {
        p.setApplicationDescription(usage);
        print(p.helpText());
        return Ok;
    }
    if (cmd == QLatin1String("test") || cmd == QLatin1String("probe") ||
        cmd == QLatin1String("detect") || cmd == QLatin1String("status"))
        MailConnection::preloadTls(); // overlaps loading OpenSSL with reading the settings
    if (cmd == QLatin1String("test"))
        return cmdTest(rest);
    if (cmd == QLatin1String("probe"))
        return cmdProbeAll(rest);
    if (cmd == QLatin1String("detect"))
        return cmdDetect(rest);
    if (cmd == QLatin1String("status"))
        return cmdStatus(rest);
    if (cmd == QLatin1String("bounces"))
        return cmdBounces(rest);
    if (cmd == QLatin1String("config"))
        return cmdConfig(rest);
    if (cmd == QLatin1String("secret"))
        return cmdSecret(rest);
    if (cmd == QLatin1String("oauth"))
        return cmdOAuth(rest);
    if (cmd == QLatin1String("send"))
        return cmdSend(rest);
    if (cmd == QLatin1String("queue"))
        return cmdQueue(rest);
    return fail(Usage, tr("Unknown command \"%1\"; see --help.").arg(cmd));
}

int CliApp::loadSettings(bool mustExist)
{
    SettingsStore store(m_configPath);
    const SettingsLoadResult loaded = store.load();
    switch (loaded.status) {
    case SettingsLoadResult::Status::Ok:
        m_settings = loaded.settings;
        break;
    case SettingsLoadResult::Status::NotFound:
        if (mustExist && m_overrides.isEmpty())
            return fail(NoInput,
                        tr("There is no configuration file at %1. Create it with "
                           "\"mailwright-cli config set smtp/host HOST\" or give --config.")
                            .arg(m_configPath));
        m_settings = MailSettings{};
        break;
    case SettingsLoadResult::Status::Unreadable:
        return fail(NoInput, loaded.error);
    case SettingsLoadResult::Status::Malformed:
    case SettingsLoadResult::Status::NewerSchema:
        return fail(Config, loaded.error);
    }
    for (const QString &w : loaded.warnings)
        printErr(tr("warning: %1").arg(w));
    for (const QString &o : std::as_const(m_overrides)) {
        const qsizetype eq = o.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return fail(Usage, tr("--set expects KEY=VALUE, got \"%1\".").arg(o));
        const QString key = o.left(eq);
        const QString error = SettingsSchema::setValue(m_settings, key, o.mid(eq + 1));
        if (!error.isEmpty())
            return fail(Config, QStringLiteral("%1: %2").arg(key, error));
    }
    return Ok;
}

QString CliApp::settingsHash() const
{
    return SettingsFacts::fingerprint(m_settings);
}

void CliApp::withPassword(const QString &account, bool needed,
                          const std::function<void(const QString &)> &then)
{
    if (!needed) {
        then(QString());
        return;
    }
    QString error;
    m_secrets = SecretStoreFactory::create(m_settings, m_configPath, &error);
    if (!m_secrets) {
        exitLater(fail(Config, error));
        return;
    }
    m_secrets->read(account, this, [this, account, then](const SecretResult &r) {
        if (r.ok()) {
            then(r.secret);
            return;
        }
        const QString env = account == QLatin1String("smtp")
                                ? QStringLiteral("MAILWRIGHT_SMTP_PASSWORD")
                                : QStringLiteral("MAILWRIGHT_POP3_PASSWORD");
        const QString why =
            r.status == SecretResult::Status::NotFound
                ? tr("No %1 password is stored.").arg(account.toUpper())
                : tr("The %1 password could not be read: %2").arg(account.toUpper(), r.error);
        exitLater(fail(
            Config,
            why + QLatin1Char(' ') +
                tr("Store it with \"mailwright-cli secret set %1\" or set %2.").arg(account, env)));
    });
}

void CliApp::emitResult(const Result &r, QJsonObject o, const QString &text)
{
    if (m_json) {
        print(compactJson(resultJson(r, std::move(o))));
        return;
    }
    QString s = text;
    for (const StageTiming &st : r.stages)
        s += QStringLiteral("  %1 %2 %3 ms\n")
                 .arg(st.ok ? QStringLiteral("✓") : QStringLiteral("✗"),
                      phaseId(st.phase).leftJustified(9))
                 .arg(st.ms, 5);
    if (r.ok) {
        s += QStringLiteral("✓ ") + r.message;
        if (!r.serverReply.isEmpty())
            s += QStringLiteral("\n  ") + tr("Server said: %1").arg(r.serverReply);
    } else {
        s += QStringLiteral("✗ %1 (%2, phase %3)\n")
                 .arg(r.message, errorClassId(r.errorClass), phaseId(r.phase));
        if (!r.hint.isEmpty())
            s += QStringLiteral("  ") + tr("Hint: %1").arg(r.hint) + QLatin1Char('\n');
        if (!r.serverReply.isEmpty())
            s += QStringLiteral("  ") + tr("Server said: %1").arg(r.serverReply);
    }
    if (r.endedInClear)
        s += QStringLiteral("\n  ") +
             tr("Note: the session was not encrypted (the server offers no STARTTLS), so it "
                "went on without a login.");
    print(s.trimmed());
}

void CliApp::finishSession(const QString &server, const Result &r, QJsonObject extra,
                           const QString &text)
{
    StatusFile(StatusFile::defaultPathFor(m_configPath))
        .write(server, ServerState::fromResult(r, settingsHash()));
    emitResult(r, std::move(extra), text);
    exitLater(exitCodeFor(r.errorClass));
}

int CliApp::cmdTest(const QStringList &args)
{
    if (args.contains(QLatin1String("--roundtrip")))
        return cmdRoundTrip(args);
    if (args.contains(QLatin1String("--all-roles")))
        return cmdVerifyRoles(args);
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
    if (const int rc = loadSettings(true); rc != Ok)
        return rc;
    QList<ValidationIssue> issues = SettingsValidator::validate(m_settings);
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
    if (m_settings.smtp.auth == MailSettings::SmtpAuth::PopBeforeSmtp)
        return testPopBeforeSmtp(opts);
    const bool needsPassword = SettingsFacts::needsSmtpPassword(m_settings);
    const bool oauth = SettingsFacts::usesOAuth(m_settings);
    // With OAuth2 the secret fetched is a fresh access token (core/oauth).
    const auto withSecret = [this, oauth,
                             needsPassword](const std::function<void(const QString &)> &then) {
        if (oauth)
            withAccessToken(then);
        else
            withPassword(QStringLiteral("smtp"), needsPassword, then);
    };
    withSecret([this, opts, oauth](const QString &secret) {
        // An OAuth2 access token travels in its own field: a stored SMTP password is
        // never sent as a bearer token.
        TestSend::Options o = opts;
        o.capabilityMemory = CapabilityMemory::defaultPathFor(m_configPath);
        QString password = secret;
        if (oauth) {
            o.accessToken = secret;
            o.tokens = m_oauthSource;
            password.clear();
        }
        auto *t = new TestSend(this);
        connect(t, &TestSend::finished, this, [this, t](const Result &r) {
            QJsonObject extra;
            extra.insert(QStringLiteral("recipient"), t->recipient());
            if (!t->messageId().isEmpty())
                extra.insert(QStringLiteral("message_id"), t->messageId());
            const QString head = tr("Send Test to %1 via %2 port %3\n")
                                     .arg(t->recipient(), m_settings.smtp.host)
                                     .arg(m_settings.smtp.port);
            finishSession(QStringLiteral("smtp"), r, extra, head);
        });
        t->start(m_settings, password, o);
    });
    return -1;
}

int CliApp::cmdProbe(const QStringList &args)
{
    if (!args.isEmpty() && args.first() != QLatin1String("smtp"))
        return fail(Usage, tr("probe takes no argument or \"smtp\"."));
    if (const int rc = loadSettings(true); rc != Ok)
        return rc;
    if (SettingsFacts::smtpHost(m_settings).isEmpty())
        return fail(Config, tr("smtp/host is not set."));
    auto *session = new SmtpSession(this);
    connect(session, &SmtpSession::finished, this, [this, session](const Result &r) {
        QJsonObject extra;
        extra.insert(QStringLiteral("greeting"), r.greeting);
        extra.insert(QStringLiteral("capabilities"), QJsonArray::fromStringList(r.capabilities));
        extra.insert(QStringLiteral("auth_mechanisms"),
                     QJsonArray::fromStringList(r.authMechanisms));
        extra.insert(QStringLiteral("size"), r.sizeLimit);
        QString text =
            tr("SMTP server %1 port %2\n").arg(m_settings.smtp.host).arg(m_settings.smtp.port);
        if (!r.greeting.isEmpty())
            text += tr("  Greeting: %1\n").arg(r.greeting);
        if (!r.tlsProtocol.isEmpty())
            text += tr("  TLS: %1, %2\n").arg(r.tlsProtocol, r.tlsCipher);
        else if (r.ok)
            text += tr("  TLS: none (the connection is not encrypted)\n");
        if (!r.certificate.isNull())
            text += tr("  Certificate: %1\n").arg(r.certificate.summary());
        if (!r.capabilities.isEmpty()) {
            text += tr("  Extensions:\n");
            for (const QString &c : r.capabilities) {
                const QString meaning = extensionMeaning(c);
                text +=
                    QStringLiteral("    %1%2\n")
                        .arg(c, meaning.isEmpty() ? QString() : QStringLiteral(" — ") + meaning);
            }
        }
        if (r.ok)
            text +=
                tr("  Login methods on this connection: %1\n")
                    .arg(r.authMechanisms.isEmpty() ? tr("none")
                                                    : r.authMechanisms.join(QStringLiteral(", ")));
        if (r.sizeLimit > 0)
            text += tr("  Largest message: %1 octets\n").arg(r.sizeLimit);
        if (m_json || !r.ok) {
            finishSession(QStringLiteral("smtp"), r, extra, text);
        } else {
            print(text.trimmed());
            exitLater(Ok);
        }
        session->deleteLater();
    });
    session->start(smtpConfigFrom(m_settings, QString()), {}, Phase::Ehlo);
    return -1;
}

namespace {

// Whole days until the certificate of the last TLS session expires (negative once expired).
int certDaysLeft(const ServerState &state)
{
    const qint64 secs = QDateTime::currentDateTimeUtc().secsTo(state.certNotAfter);
    return static_cast<int>(secs >= 0 ? secs / 86400 : -((-secs + 86399) / 86400));
}

} // namespace

int CliApp::cmdStatus(const QStringList &args)
{
    const bool check = args.contains(QLatin1String("--check"));
    if (const int rc = loadSettings(true); rc != Ok)
        return rc;
    auto report = [this](const ServerState &state) {
        if (m_json) {
            QJsonObject o = serverStateJson(QStringLiteral("smtp"), state);
            if (state.certNotAfter.isValid()) {
                o.insert(QStringLiteral("cert_not_after"),
                         state.certNotAfter.toString(Qt::ISODate));
                o.insert(QStringLiteral("cert_days_left"), certDaysLeft(state));
                o.insert(QStringLiteral("cert_sha256"), state.certSha256);
            }
            addQueueStatus(&o, nullptr);
            print(compactJson(o));
        } else {
            QString line = QStringLiteral("smtp: ") + statusName(state.status);
            if (!state.reason.isEmpty())
                line +=
                    QStringLiteral(" — %1 (%2)").arg(state.reason, errorClassId(state.errorClass));
            if (state.checkedAt.isValid())
                line += QStringLiteral(" [%1]").arg(
                    state.checkedAt.toLocalTime().toString(Qt::ISODate));
            if (state.certNotAfter.isValid()) {
                // The window's indicator warns from the same number of days on.
                const int days = certDaysLeft(state);
                if (days < 0)
                    line += QStringLiteral("; ") +
                            tr("WARNING: the certificate expired on %1")
                                .arg(state.certNotAfter.date().toString(Qt::ISODate));
                else if (days < CertificateReport::kDefaultWarnDays)
                    line += QStringLiteral("; ") +
                            tr("WARNING: the certificate expires in %n day(s) (%1)", nullptr, days)
                                .arg(state.certNotAfter.date().toString(Qt::ISODate));
                else
                    line += QStringLiteral("; ") +
                            tr("certificate valid until %1")
                                .arg(state.certNotAfter.date().toString(Qt::ISODate));
            }
            addQueueStatus(nullptr, &line);
            print(line);
        }
        return state.status == ServerStatus::UnableToConnect ? exitCodeFor(state.errorClass)
                                                             : int(Ok);
    };
    ServerState state;
    if (!SettingsFacts::smtpConfigured(m_settings)) {
        state.status = ServerStatus::Stop;
        return check ? checkPop3Status(report(state)) : pop3StatusLine(report(state));
    }
    if (!check) {
        state = StatusFile(StatusFile::defaultPathFor(m_configPath)).read(QStringLiteral("smtp"));
        if (state.settingsHash != settingsHash()) {
            // Nothing was tried with these settings yet.
            state = {};
            state.status = ServerStatus::NotConnected;
        }
        return pop3StatusLine(report(state));
    }
    const auto checkWith = [this, report](const QString &password, const QString &token) {
        auto *session = new SmtpSession(this);
        // The remembered capabilities harden this check like every other session: a server
        // that stopped offering STARTTLS or the login method is refused, not used with less.
        auto guard = std::make_shared<DowngradeGuard>(
            CapabilityMemory::defaultPathFor(m_configPath), QStringLiteral("smtp"));
        const SmtpConfig config = guard->prepare(smtpConfigFrom(m_settings, password, token));
        connect(session, &SmtpSession::finished, this,
                [this, session, report, guard](const Result &r) {
                    const ServerState s = ServerState::fromResult(guard->review(r), settingsHash());
                    StatusFile(StatusFile::defaultPathFor(m_configPath))
                        .write(QStringLiteral("smtp"), s);
                    session->deleteLater();
                    checkPop3Status(report(s));
                });
        session->start(config, {}, Phase::Auth);
    };
    if (SettingsFacts::usesOAuth(m_settings)) {
        // OAuth2: a token from the saved sign-in; none after a refused one (no new try).
        oauthSource()->request(this, [this, report, checkWith](const QString &token,
                                                               const OAuthFailure &failure) {
            if (!token.isEmpty())
                return checkWith(QString(), token);
            Result r = Result::failure(failure.kind == OAuthFailure::Kind::Network
                                           ? ErrorClass::Network
                                           : ErrorClass::AuthFailed,
                                       Phase::Auth, failure.message);
            ServerState s = ServerState::fromResult(r, settingsHash());
            s.signInRequired = m_oauthSource->isSignInRequired();
            StatusFile(StatusFile::defaultPathFor(m_configPath)).write(QStringLiteral("smtp"), s);
            checkPop3Status(report(s));
        });
        return -1;
    }
    const bool needsPassword = SettingsFacts::needsSmtpPassword(m_settings);
    withPassword(QStringLiteral("smtp"), needsPassword,
                 [checkWith](const QString &password) { checkWith(password, QString()); });
    return -1;
}

int CliApp::cmdConfig(const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("get")) {
        if (args.size() != 2)
            return fail(Usage, tr("usage: config get SECTION/KEY"));
        if (const int rc = loadSettings(false); rc != Ok)
            return rc;
        const auto v = SettingsSchema::value(m_settings, args.at(1));
        if (!v)
            return fail(Usage, tr("Unknown key \"%1\".").arg(args.at(1)));
        print(*v);
        return Ok;
    }
    if (sub == QLatin1String("set")) {
        if (args.size() != 3)
            return fail(Usage, tr("usage: config set SECTION/KEY VALUE"));
        if (!m_overrides.isEmpty())
            return fail(Usage, tr("--set cannot be combined with config set."));
        if (const int rc = loadSettings(false); rc != Ok)
            return rc;
        QString key = args.at(1);
        QString value = args.at(2);
        if (!SettingsSchema::contains(key))
            return fail(Usage, tr("Unknown key \"%1\".").arg(key));
        if (SettingsSchema::isSecretKeyName(key.section(QLatin1Char('/'), 1)))
            return fail(
                Usage, tr("Passwords are not kept in the configuration file; use \"secret set\"."));
        // "host,port" and "host:port" (as some devices write it) set both fields.
        if (key == QLatin1String("smtp/host") || key == QLatin1String("pop3/host")) {
            QString why;
            const auto hp = SettingsValidator::normalizeHostPort(value, &why);
            if (!hp)
                return fail(DataErr, QStringLiteral("%1: %2").arg(key, why), ErrorClass::Config);
            value = hp->host;
            if (hp->port) {
                const QString portKey =
                    key.section(QLatin1Char('/'), 0, 0) + QStringLiteral("/port");
                const QString e =
                    SettingsSchema::setValue(m_settings, portKey, QString::number(*hp->port));
                if (!e.isEmpty())
                    return fail(DataErr, QStringLiteral("%1: %2").arg(portKey, e),
                                ErrorClass::Config);
            }
        }
        if (const QString why = SettingsValidator::validateField(key, value); !why.isEmpty())
            return fail(DataErr, QStringLiteral("%1: %2").arg(key, why), ErrorClass::Config);
        if (const QString e = SettingsSchema::setValue(m_settings, key, value); !e.isEmpty())
            return fail(DataErr, QStringLiteral("%1: %2").arg(key, e), ErrorClass::Config);
        QString error;
        SettingsStore store(m_configPath);
        (void)store.load(); // keeps unknown keys of the existing file
        if (!store.save(m_settings, &error))
            return fail(CantCreat, error);
        return Ok;
    }
    if (sub == QLatin1String("validate")) {
        if (const int rc = loadSettings(true); rc != Ok)
            return rc;
        const auto issues = SettingsValidator::validate(m_settings);
        if (m_json) {
            QJsonObject o;
            o.insert(QStringLiteral("ok"), issues.isEmpty());
            o.insert(QStringLiteral("error_class"),
                     issues.isEmpty() ? QString() : errorClassId(ErrorClass::Config));
            QJsonArray arr;
            for (const ValidationIssue &i : issues)
                arr.append(QJsonObject{{QStringLiteral("key"), i.key},
                                       {QStringLiteral("message"), i.message}});
            o.insert(QStringLiteral("issues"), arr);
            o.insert(QStringLiteral("message"),
                     issues.isEmpty() ? tr("The configuration is valid.")
                                      : tr("%n problem(s) found.", nullptr, int(issues.size())));
            print(compactJson(o));
        } else if (issues.isEmpty()) {
            print(tr("%1: the configuration is valid.").arg(m_configPath));
        } else {
            for (const ValidationIssue &i : issues)
                printErr(QStringLiteral("%1: %2").arg(i.key, i.message));
        }
        return issues.isEmpty() ? int(Ok) : int(Config);
    }
    if (sub == QLatin1String("show")) {
        if (const int rc = loadSettings(false); rc != Ok)
            return rc;
        if (m_json) {
            QJsonObject o;
            for (const QString &key : SettingsSchema::keys())
                o.insert(key, SettingsSchema::value(m_settings, key).value_or(QString()));
            o.insert(QStringLiteral("smtp/password"), QStringLiteral("***"));
            o.insert(QStringLiteral("pop3/password"), QStringLiteral("***"));
            print(compactJson(o));
            return Ok;
        }
        QString section;
        for (const QString &key : SettingsSchema::keys()) {
            const QString sec = key.section(QLatin1Char('/'), 0, 0);
            if (sec != section) {
                print(QStringLiteral("[%1]").arg(sec));
                section = sec;
            }
            print(QStringLiteral("%1 = %2").arg(
                key.section(QLatin1Char('/'), 1),
                SettingsSchema::value(m_settings, key).value_or(QString())));
        }
        print(tr("; passwords: *** (kept in the secret store, never in this file)"));
        return Ok;
    }
    return fail(Usage, tr("usage: config get KEY | set KEY VALUE | validate | show"));
}

int CliApp::cmdSecret(const QStringList &args)
{
    if (args.size() != 2 || args.at(0) != QLatin1String("set") ||
        (args.at(1) != QLatin1String("smtp") && args.at(1) != QLatin1String("pop3") &&
         args.at(1) != QLatin1String("oauth-client")))
        return fail(Usage, tr("usage: secret set smtp|pop3|oauth-client (the password or "
                              "client secret is read from standard input)"));
    if (const int rc = loadSettings(false); rc != Ok)
        return rc;
    const QString secret = readSecretFromStdin();
    if (secret.isEmpty())
        return fail(DataErr, tr("No password was given on standard input."));
    QString error;
    m_secrets = SecretStoreFactory::create(m_settings, m_configPath, &error);
    if (!m_secrets)
        return fail(Config, error);
    const QString account = args.at(1);
    m_secrets->write(account, secret, this, [this, account](const SecretResult &r) {
        if (!r.ok()) {
            exitLater(fail(CantCreat, tr("The password could not be stored (%1): %2")
                                          .arg(m_secrets->backendName(), r.error)));
            return;
        }
        if (!m_json)
            printErr(tr("The %1 password is stored in the %2 backend.")
                         .arg(account, m_secrets->backendName()));
        // A queue held because the old password was refused is tried again.
        if (account != QLatin1String("oauth-client") &&
            Queue(Queue::dirFor(m_settings)).releaseLoginHold() && !m_json)
            printErr(tr("The queue held for the refused login will be tried again."));
        exitLater(Ok);
    });
    return -1;
}

} // namespace mw::cli
