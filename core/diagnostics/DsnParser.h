// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace mw {

// One per-recipient block of a delivery status report (RFC 3464 §2.3).
struct DsnRecipient
{
    QString finalRecipient;    // the address, without its "rfc822;" type
    QString originalRecipient; // may be empty
    QString action;            // failed, delayed, delivered, relayed, expanded (lower case)
    QString status;            // "5.1.1" (RFC 3463)
    QString diagnosticCode;    // e.g. "smtp; 550 5.1.1 User unknown"
    QString remoteMta;
};

// A delivery status notification (RFC 3464: multipart/report;
// report-type=delivery-status, RFC 6462) as found in the bounced-alerts mailbox.
struct DeliveryStatusNotification
{
    QString messageId; // of the notification itself
    QString subject;
    QString date;
    QString reportingMta;
    // The Message-ID of the message that bounced, from its returned headers; empty when
    // the report returned no headers.
    QString originalMessageId;
    QString originalSubject;
    QList<DsnRecipient> recipients;

    // The first recipient whose action is "failed" (else the first one), or null.
    [[nodiscard]] const DsnRecipient *failed() const;
    [[nodiscard]] bool isFailure() const;
};

// Recognises and reads delivery status notifications. Pure functions: no I/O, bounded
// work on any input (a hostile message cannot make it loop or recurse deeply).
class DsnParser
{
public:
    // nullopt when the message is not an RFC 3464 report.
    [[nodiscard]] static std::optional<DeliveryStatusNotification> parse(const QByteArray &message);
    // The unfolded value of the first header field `name` of a message (case-insensitive
    // name), or a null string. Used to find the round-trip token in a fetched message.
    [[nodiscard]] static QString headerValue(const QByteArray &message, const QByteArray &name);
    // The values of several fields (first occurrence each, "" when absent), in the order
    // of names, with the header parsed once.
    [[nodiscard]] static QStringList headerValues(const QByteArray &message,
                                                  const QList<QByteArray> &names);
};

} // namespace mw

Q_DECLARE_METATYPE(mw::DeliveryStatusNotification)
