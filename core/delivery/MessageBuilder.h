// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace mw {

// Builds one RFC 5322 message with a single MIME text/plain part (RFC 2045/2046), from
// values to bytes. Nothing but the clock (setDateTime) and the random Message-ID touch the
// outside world. Every header value and address is checked: a CR, LF or NUL anywhere makes
// build() refuse, so header injection cannot happen through this class.
class MessageBuilder
{
    Q_DECLARE_TR_FUNCTIONS(mw::MessageBuilder)

public:
    struct Mailbox
    {
        QString address;     // local@domain; the domain may be in Unicode (IDN)
        QString displayName; // may be empty; any Unicode text
    };

    // How the body may be transferred (RFC 6152). SevenBit: 7bit when the body is ASCII
    // with lines within 998 octets, quoted-printable otherwise, so the message never needs
    // 8BITMIME. Allow8Bit: 8bit for UTF-8 bodies whose lines fit (the server must offer
    // 8BITMIME), quoted-printable when they do not.
    enum class BodyEncoding { SevenBit, Allow8Bit };

    struct Result
    {
        QByteArray data;             // the whole message, CRLF line ends; empty when refused
        QByteArray messageId;        // "<...@domain>", as written
        QByteArray transferEncoding; // "7bit", "8bit" or "quoted-printable"
        QByteArray envelopeFrom;     // the From address for MAIL FROM (ACE unless SMTPUTF8)
        QList<QByteArray> envelopeRecipients; // To, Cc and Bcc for RCPT TO, in that order
        bool needsSmtpUtf8 = false;           // an address carries UTF-8 (RFC 6531)
        bool needs8BitMime = false;           // the body is sent as 8bit (RFC 6152)
        QString error;                        // why the message was refused; empty on success

        [[nodiscard]] bool ok() const { return error.isEmpty(); }
    };

    MessageBuilder();

    void setFrom(const Mailbox &from) { m_from = from; }
    void setTo(const QList<Mailbox> &to) { m_to = to; }
    void addTo(const Mailbox &to) { m_to.append(to); }
    void setCc(const QList<Mailbox> &cc) { m_cc = cc; }
    void addCc(const Mailbox &cc) { m_cc.append(cc); }
    // Envelope only: Bcc recipients are never written into the header (RFC 5322 §3.6.3).
    void setBcc(const QList<Mailbox> &bcc) { m_bcc = bcc; }
    void addBcc(const Mailbox &bcc) { m_bcc.append(bcc); }
    void setSubject(const QString &subject) { m_subject = subject; }
    // Any line ends (LF, CRLF, CR) are written as CRLF. A missing final line end is added.
    void setBody(const QString &body) { m_body = body; }
    // The Date header's value; the current local time when not set (or invalid).
    void setDateTime(const QDateTime &dateTime) { m_dateTime = dateTime; }
    // X-Mailer; "Mailwright <version>" by default, none when set to an empty string.
    void setMailer(const QString &mailer) { m_mailer = mailer; }
    // RFC 3834 §5: "Auto-Submitted: auto-generated" marks a notification, so that
    // auto-responders do not answer it.
    void setAutoSubmitted(bool autoSubmitted) { m_autoSubmitted = autoSubmitted; }
    // Adds or replaces an extra header with an unstructured value (RFC 5322 §3.6.8),
    // e.g. "X-Mailwright-Token". Names of headers the builder writes itself are refused
    // at build().
    void setHeader(const QByteArray &name, const QString &value);
    // The server announced SMTPUTF8 (RFC 6531): UTF-8 local parts are allowed, Unicode
    // domains are kept as they are.
    // In-Reply-To and References (RFC 5322 §3.6.4): the Message-ID ("<id@domain>") of the
    // message this one answers; build() refuses anything else.
    void setInReplyTo(const QByteArray &messageId) { m_inReplyTo = messageId.trimmed(); }
    void setSmtpUtf8(bool available) { m_smtpUtf8 = available; }
    void setBodyEncoding(BodyEncoding encoding) { m_bodyEncoding = encoding; }

    [[nodiscard]] const Mailbox &from() const { return m_from; }
    [[nodiscard]] const QList<Mailbox> &to() const { return m_to; }
    [[nodiscard]] const QList<Mailbox> &cc() const { return m_cc; }
    [[nodiscard]] const QString &subject() const { return m_subject; }
    [[nodiscard]] const QString &body() const { return m_body; }

    [[nodiscard]] Result build() const;

    // Mailwright's default X-Mailer value.
    [[nodiscard]] static QString defaultMailer();
    // A new Message-ID (RFC 5322 §3.6.4), "<time.random@domain>": the domain of
    // `fromAddress` in its ASCII (ACE) form, "localhost" when it has none. Always ASCII.
    [[nodiscard]] static QByteArray newMessageId(const QString &fromAddress, const QDateTime &date);

private:
    Mailbox m_from;
    QList<Mailbox> m_to;
    QList<Mailbox> m_cc;
    QList<Mailbox> m_bcc;
    QString m_subject;
    QString m_body;
    QDateTime m_dateTime;
    QString m_mailer;
    bool m_autoSubmitted = false;
    QByteArray m_inReplyTo;
    QList<std::pair<QByteArray, QString>> m_extraHeaders;
    bool m_smtpUtf8 = false;
    BodyEncoding m_bodyEncoding = BodyEncoding::SevenBit;
};

} // namespace mw
