// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/Result.h"
#include "settings/MailSettings.h"
#include "settings/SettingsValidator.h"

#include <QList>
#include <QStringList>

namespace mw {

// What an operation does, as far as its preflight is concerned.
enum class Purpose {
    SendTest,    // Send Test, or a check that stops after a chosen phase (CLI --stop-after)
    LoginCheck,  // the window's "Check login": up to AUTH when a login is set, else EHLO
    Verify,      // "Verify addresses" / test --all-roles: RCPT of every role address
    RoundTrip,   // test --roundtrip: send, then fetch the message back over POP3
    StatusCheck, // status --check and the window's indicators: probe the servers
    QueueRun,    // the queue runner's session (SMTP or the pickup folder)
};

// What the caller chose beyond the purpose.
struct PreflightOptions
{
    // SendTest only: the phase to stop after (Done: send the message).
    Phase stopAfter = Phase::Done;
    // SendTest only: the recipient was given (CLI --to), so mailboxes/notify need not be set.
    bool explicitRecipient = false;
};

// What an operation needs before it may start: the secrets to resolve and the phase the
// session stops after.
struct PreflightNeeds
{
    bool smtpPassword = false;
    bool pop3Password = false;
    bool accessToken = false;
    // The TLS client certificate of smtp/client_cert, pop3/client_cert (its key's passphrase
    // is the secret smtp-client-cert, pop3-client-cert; none stored: an unencrypted key).
    bool smtpIdentity = false;
    bool pop3Identity = false;
    // The SMTP or POP3 login is GSSAPI: the user's Kerberos ticket must be there and valid
    // before connecting (no secret of ours: not in anySecret()).
    bool kerberosTicket = false;
    Phase stopAfter = Phase::Done;
    [[nodiscard]] bool anySecret() const
    {
        return smtpPassword || pop3Password || accessToken || smtpIdentity || pop3Identity;
    }
    // Something for CredentialResolver to fetch or check before the operation starts.
    [[nodiscard]] bool anyToResolve() const { return anySecret() || kerberosTicket; }
    bool operator==(const PreflightNeeds &) const = default;
};

// The one place that decides, per purpose, which settings must be valid, which secrets are
// needed and where the session stops. The window, the CLI, the status monitor and the
// queue runner ask here instead of keeping their own lists. Facts come from SettingsFacts,
// sentences from SettingsValidator.
namespace Preflight {

// The settings sections ("smtp", "mailboxes", ...) that must validate for this purpose.
[[nodiscard]] QStringList sectionsFor(const MailSettings &s, Purpose purpose,
                                      const PreflightOptions &options = {});
// The validation issues that block this operation, in SettingsValidator's order; empty:
// it may start. Includes the purpose's own requirements (the round trip's POP3 account).
[[nodiscard]] QList<ValidationIssue> issuesFor(const MailSettings &s, Purpose purpose,
                                               const PreflightOptions &options = {});
// The same, from issues found elsewhere (the window's form also knows text that did not
// parse): those of them that block this operation, in their order.
[[nodiscard]] QList<ValidationIssue> blocking(const QList<ValidationIssue> &issues,
                                              const MailSettings &s, Purpose purpose,
                                              const PreflightOptions &options = {});
// The secrets this operation needs and the phase it stops after.
[[nodiscard]] PreflightNeeds needs(const MailSettings &s, Purpose purpose,
                                   const PreflightOptions &options = {});
// One server's check alone ("smtp" or "pop3": the status monitor's probes; "pop3" with
// login also for mailwright-cli bounces): its client certificate always, and with `login`
// what its login method needs (a password, the access token, the Kerberos ticket). Stops
// after AUTH.
[[nodiscard]] PreflightNeeds serverNeeds(const MailSettings &s, const QString &server, bool login);
// The names of the servers this operation opens sessions with, the POP3 server first (for
// POP-before-SMTP its login comes first), each once: what MailConnection::lookAhead looks
// up while the secrets are read. The SMTP server is s.smtp's (a shell that sends through
// the backup server passes SettingsFacts::forServer's copy).
[[nodiscard]] QStringList hostsFor(const MailSettings &s, Purpose purpose);

} // namespace Preflight
} // namespace mw
