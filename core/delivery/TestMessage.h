// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MessageBuilder.h"
#include "settings/MailSettings.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace mw {

// The message "Send Test" sends: from the configured From to the notification mailbox, with
// a body that says what sent it, from which host, when, and with which settings (never the
// password), and optionally a token the sender can look for later to prove the round trip.
class TestMessage
{
    Q_DECLARE_TR_FUNCTIONS(mw::TestMessage)

public:
    struct Options
    {
        QString hostName;      // empty: QSysInfo::machineHostName()
        QDateTime now;         // invalid: the current time
        QString token;         // empty: no token; else an X-Mailwright-Token header and body line
        QString recipient;     // empty: settings.mailboxes.notify
        bool smtpUtf8 = false; // the server offered SMTPUTF8
        MessageBuilder::BodyEncoding bodyEncoding = MessageBuilder::BodyEncoding::SevenBit;
    };

    // The name of the header carrying the token.
    static constexpr const char *TokenHeader = "X-Mailwright-Token";

    [[nodiscard]] static QString subject(const QString &hostName);
    [[nodiscard]] static QString body(const MailSettings &settings, const Options &options);
    // The builder with everything set, for callers that want to add to it.
    [[nodiscard]] static MessageBuilder builder(const MailSettings &settings,
                                                const Options &options);
    // The message bytes (Result::data) or why it cannot be built (Result::error).
    [[nodiscard]] static MessageBuilder::Result build(const MailSettings &settings,
                                                      const Options &options);
    [[nodiscard]] static MessageBuilder::Result build(const MailSettings &settings);
    // A fresh random token (32 lower-case hex digits).
    [[nodiscard]] static QString newToken();

    [[nodiscard]] static QString securityName(MailSettings::SmtpSecurity security);
    [[nodiscard]] static QString authName(MailSettings::SmtpAuth auth);
};

} // namespace mw
