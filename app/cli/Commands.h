// SPDX-License-Identifier: GPL-3.0-or-later
// The commands of mailwright-cli, one class per command (or family of sub-commands), each
// over the shared CliContext. CliApp finds them in commandTable() by name.
#pragma once

#include "CliContext.h"
#include "delivery/TestSend.h"
#include "notify/RoundTrip.h"

#include <QElapsedTimer>
#include <QSet>

#include <functional>
#include <memory>

namespace mw {
struct OAuthEndpoints;
struct OAuthToken;
} // namespace mw

namespace mw::cli {

class Command : public QObject
{
    Q_DECLARE_TR_FUNCTIONS(mw::cli::CliApp)

public:
    explicit Command(CliContext &context)
        : QObject(&context)
        , m_ctx(context)
    {}
    // Starts the command: an exit code to use at once, or -1 when the command runs on the
    // event loop and ends by calling CliContext::exitLater.
    virtual int run(const QStringList &args) = 0;

protected:
    // Short forms of the context, so that a command reads like what it does.
    [[nodiscard]] bool json() const { return m_ctx.json(); }
    [[nodiscard]] MailSettings &settings() { return m_ctx.settings(); }
    [[nodiscard]] const QString &configPath() const { return m_ctx.configPath(); }
    void print(const QString &text) { m_ctx.print(text); }
    // Every key of the settings under its [section] header, as "name = value" followed by
    // suffix(key) when given (config show, policy show). ConfigCommands.cpp.
    void printSettings(const std::function<QString(const QString &key)> &suffix = {});
    void printErr(const QString &text) { m_ctx.printErr(text); }
    void exitLater(int code) { m_ctx.exitLater(code); }
    int fail(int code, const QString &message, ErrorClass c = ErrorClass::Config)
    {
        return m_ctx.fail(code, message, c);
    }

    CliContext &m_ctx;
};

// One usage line of a command's help (CommandHelp), e.g. "probe [smtp|pop3]".
struct CommandUsage
{
    int line;          // its place in the --help overview (0 first)
    const char *usage; // after "mailwright-cli [options] "
    const char *what;  // QT_TRANSLATE_NOOP("mw::cli", ...)
};

struct CommandSpec
{
    const char *name;
    // Starts loading OpenSSL while the settings are read (the command opens a TLS session).
    bool preloadTls;
    std::unique_ptr<Command> (*make)(CliContext &);
    QList<CommandUsage> usages; // a command may have several lines (test)
};

// Every command, by the name given on the command line, with its help: the one table of
// commands, read by CliApp (to run one) and by CommandHelp (--help).
[[nodiscard]] const QList<CommandSpec> &commandTable();

// test [--to] [--stop-after], with POP-before-SMTP; --roundtrip and --all-roles hand over.
class TestCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(mw::cli::CliApp)
public:
    using Command::Command;
    int run(const QStringList &args) override;
};

// test --roundtrip: send the test message and fetch it back over POP3.
class RoundTripCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(mw::cli::CliApp)
public:
    using Command::Command;
    int run(const QStringList &args) override;

private:
    // Prints the outcome, records the servers' states and exits.
    void finish(const RoundTrip::Outcome &outcome);
};

// test --all-roles: every role address with RCPT, nothing sent.
class VerifyRolesCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(mw::cli::CliApp)
public:
    using Command::Command;
    int run(const QStringList &args) override;
};

// probe [smtp|pop3]: every security mode of the configured host, ranked.
class ProbeCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(mw::cli::CliApp)
public:
    using Command::Command;
    int run(const QStringList &args) override;
};

// detect ADDRESS: the mail servers of an address.
class DetectCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(mw::cli::CliApp)
public:
    using Command::Command;
    int run(const QStringList &args) override;
};

// status [--check]: the SMTP and POP3 state and the queue.
class StatusCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(mw::cli::CliApp)
public:
    using Command::Command;
    int run(const QStringList &args) override;

private:
    int report(const QString &server, const ServerState &state, int previousCode);
    int reportStored(const QString &server, int previousCode);
    void check();
};

// bounces [--delete-handled]: the delivery status notifications in the POP3 mailbox.
class BouncesCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(mw::cli::CliApp)
public:
    using Command::Command;
    int run(const QStringList &args) override;
};

// status-requests check: one pass over the POP3 mailbox for remote status requests.
class StatusRequestsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(mw::cli::CliApp)
public:
    using Command::Command;
    int run(const QStringList &args) override;
};

// config get|set|validate|show.
class ConfigCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(mw::cli::CliApp)
public:
    using Command::Command;
    int run(const QStringList &args) override;
};

// One line from standard input without echo on a terminal (a password, a secret).
[[nodiscard]] QString readSecretFromStdin();

// secret set smtp|pop3|oauth-client|smtp-client-cert|pop3-client-cert.
class SecretCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(mw::cli::CliApp)
public:
    using Command::Command;
    int run(const QStringList &args) override;
};

// oauth login [--browser [--open]]|status [--check]|logout.
class OAuthCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(mw::cli::CliApp)
public:
    using Command::Command;
    int run(const QStringList &args) override;

private:
    int logout();
    int status(bool check);
    int login(bool browser, bool open);
    void withClient(const std::function<void(const OAuthEndpoints &, const QString &)> &then);
    void loginDone(const OAuthToken &token);
};

// send: queue a notification (or a whole message with -t).
class SendCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(mw::cli::CliApp)
public:
    using Command::Command;
    int run(const QStringList &args) override;
};

// queue list|flush|run [--once]|retry ID|purge ID.
class QueueCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(mw::cli::CliApp)
public:
    using Command::Command;
    int run(const QStringList &args) override;
    // The queue's part of `status`: depth, age of the oldest, held, dead letters.
    static void addStatus(const MailSettings &settings, QJsonObject *json, QString *text);

private:
    int list();
    int change(const QString &sub, const QString &id); // retry, purge, release
    int show(const QString &id);
    int runQueue(bool once, bool force);
    void startRunner(bool once, bool force, const Credentials &credentials);
};

// policy show [--json] | templates DIR: what the administrator's policy sets, and the
// files a fleet administrator starts from (PolicyTemplates).
class PolicyCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(mw::cli::CliApp)
public:
    using Command::Command;
    int run(const QStringList &args) override;

private:
    int show();
};

// admin-lock set|clear|digest: the user's administrator lock of the settings window
// ([admin] lock in the configuration file), or a digest for a policy's admin_lock.
class AdminLockCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(mw::cli::CliApp)
public:
    using Command::Command;
    int run(const QStringList &args) override;
};

// mailwright-cli check: the Nagios plugin convention (MonitoringCommands.cpp).
class CheckCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(mw::cli::CliApp)
public:
    using Command::Command;
    int run(const QStringList &args) override;
};

// mailwright-cli metrics: the Prometheus text format (MonitoringCommands.cpp).
class MetricsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(mw::cli::CliApp)
public:
    using Command::Command;
    int run(const QStringList &args) override;
};

// mailwright-cli history (HistoryCommand.cpp).
class HistoryCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(mw::cli::CliApp)
public:
    using Command::Command;
    int run(const QStringList &args) override;
};

// mailwright-cli alerts test [--json]: one test alert through every second channel
// (webhook, system log), the outcome of each (AlertsCommand.cpp).
class AlertsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(mw::cli::CliApp)
public:
    using Command::Command;
    int run(const QStringList &args) override;
};

// mailwright-cli bundle FILE: the support bundle (BundleCommand.cpp).
class BundleCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(mw::cli::CliApp)
public:
    using Command::Command;
    int run(const QStringList &args) override;
};

// version [--json]: the same lines as the support bundle's versions.txt (SupportBundle).
class VersionCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(mw::cli::CliApp)
public:
    using Command::Command;
    int run(const QStringList &args) override;
};

} // namespace mw::cli
