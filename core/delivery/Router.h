// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/MailSettings.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace mw {

// The kinds of notification the system sends (seed 000): job mail, error mail and mail
// about jobs run at the console. They decide which copy addresses are added.
enum class MailCategory { Job, Error, Console };

[[nodiscard]] QString mailCategoryId(MailCategory c); // "job", "error", "console"
[[nodiscard]] std::optional<MailCategory> mailCategoryFromId(const QString &id);

// One recipient the permitted-recipients list refused, and why (a sentence naming it).
struct RefusedRecipient
{
    QString address;
    QString reason;
};

// Where one message goes.
struct Route
{
    QStringList recipients; // every envelope recipient (RCPT TO), duplicates removed
    QStringList copies;     // the part of recipients added as copies (never in headers)
    QList<RefusedRecipient> refused;
    [[nodiscard]] bool hasRecipients() const { return !recipients.isEmpty(); }
};

// Routing of copies and the permitted-recipients check, a pure function of the settings.
//
// Copy-all (seed 000 "Copy ALL E-Mails to") receives every message, copy-errors the error
// category, console the console category. Copies are envelope-only recipients, like Bcc
// (RFC 5322 §3.6.3): the visible header names only the original recipients. When the
// permitted list (seed 001 "Permitted Email Address") is not empty, every recipient,
// copies included, must match an address or an "@domain" entry of it.
class Router
{
    Q_DECLARE_TR_FUNCTIONS(mw::Router)

public:
    [[nodiscard]] static Route route(const MailSettings &settings, MailCategory category,
                                     const QStringList &recipients);
    // Empty when the address may receive mail, else why not.
    [[nodiscard]] static QString refusal(const QStringList &permitted, const QString &address);
    // Address comparison used for duplicates and the permitted list: the domain is
    // case-insensitive (RFC 5321 §2.4); the local part is compared case-insensitively too,
    // as nearly every mail system does, so "Ops@x" and "ops@x" get one copy.
    [[nodiscard]] static QString normalized(const QString &address);
    // The addresses of an address-list header value (RFC 5322 §3.4): "Name <a@b>, c@d,
    // group: e@f;" → a@b, c@d, e@f. Comments and quoted display names are skipped.
    [[nodiscard]] static QStringList parseAddressList(const QString &value);
};

} // namespace mw
