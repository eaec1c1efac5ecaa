// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace mw {

// A whole RFC 5322 message handed in by a program (sendmail -t): the header fields are read
// (unfolded, RFC 5322 §2.2.3), the recipients collected from To, Cc and Bcc, Bcc removed
// (§3.6.3), and Date, Message-ID and From added when missing, as sendmail does, with the
// same Date and Message-ID (ACE domain) as MessageBuilder writes. Line ends become CR LF
// (Queue::normalizeLineEnds: a bare CR never reaches DATA). The body is kept as it is.
class MessageImport
{
    Q_DECLARE_TR_FUNCTIONS(mw::MessageImport)

public:
    struct Result
    {
        QByteArray content;     // the message to queue, CR LF line ends
        QStringList recipients; // To, Cc and Bcc, in that order
        QString subject;        // as written (unfolded)
        QString messageId;      // the message's own, or the one added
        QString error;          // why the input is not a message; empty on success

        [[nodiscard]] bool ok() const { return error.isEmpty(); }
    };

    // `from` is the sender added when the message has no From field and the address whose
    // domain ends the added Message-ID. `now` (local time) dates a message that has no Date.
    [[nodiscard]] static Result import(const QByteArray &raw, const QString &from,
                                       const QDateTime &now = QDateTime::currentDateTime());
};

} // namespace mw
