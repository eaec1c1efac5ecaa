// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageBuilder.h"

#include "MimeEncoding.h"

#include <QRandomGenerator>
#include <QRegularExpression>

#include <algorithm>

namespace mw {

namespace {

// Headers the builder writes itself, or whose structured syntax an unstructured value would
// break: an extra header must not duplicate or contradict them (RFC 5322 §3.6 gives most of
// them "at most once").
bool isReservedHeader(const QByteArray &name)
{
    static const char *const reserved[] = {
        "date",     "from",           "sender",      "reply-to",    "to",         "cc",
        "bcc",      "subject",        "message-id",  "in-reply-to", "references", "mime-version",
        "x-mailer", "auto-submitted", "return-path", "received",
    };
    const QByteArray lower = name.toLower();
    if (lower.startsWith("content-") || lower.startsWith("resent-"))
        return true;
    return std::any_of(std::begin(reserved), std::end(reserved),
                       [&lower](const char *r) { return lower == r; });
}

// RFC 5322 §3.6.8: field-name = 1*ftext, printable ASCII except ":". At most 50 characters
// so that the first encoded-word of the value still fits on the header's first line.
bool isValidHeaderName(const QByteArray &name)
{
    if (name.isEmpty() || name.size() > 50)
        return false;
    return std::all_of(name.cbegin(), name.cend(),
                       [](char c) { return c >= 33 && c <= 126 && c != ':'; });
}

QByteArray randomId()
{
    // 128 random bits make a collision between two messages practically impossible even
    // if two hosts share a clock (RFC 5322 §3.6.4 asks for global uniqueness).
    QByteArray bytes(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), 4);
    // base64url characters are all atext, so the result is a valid id-left (§3.6.4).
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

MessageBuilder::MessageBuilder()
    : m_mailer(defaultMailer())
{}

QByteArray MessageBuilder::newMessageId(const QString &fromAddress, const QDateTime &date)
{
    const std::optional<QByteArray> idDomain = mime::aceDomainOf(fromAddress);
    return '<' + QByteArray::number(date.toMSecsSinceEpoch(), 36) + '.' + randomId() + '@' +
           idDomain.value_or(QByteArrayLiteral("localhost")) + '>';
}

QString MessageBuilder::defaultMailer()
{
    return QStringLiteral("Mailwright ") + QStringLiteral(MAILWRIGHT_VERSION);
}

void MessageBuilder::setHeader(const QByteArray &name, const QString &value)
{
    for (auto &header : m_extraHeaders) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            header.second = value;
            return;
        }
    }
    m_extraHeaders.append({name, value});
}

MessageBuilder::Result MessageBuilder::build() const
{
    Result result;
    auto refuse = [&result](const QString &why) {
        result = Result{};
        result.error = why;
        return result;
    };

    // Addresses: each is checked and encoded once, then used for the header and envelope.
    struct Encoded
    {
        QByteArray address;
        QList<QByteArray> phrase;
    };
    auto encodeMailbox = [this, &result](const Mailbox &mailbox, const QString &field,
                                         QString *error) -> std::optional<Encoded> {
        QString why;
        const std::optional<QByteArray> address =
            mime::encodeAddress(mailbox.address, m_smtpUtf8, &why);
        if (!address) {
            *error = tr("%1: %2").arg(field, why);
            return std::nullopt;
        }
        if (const auto problem = mime::headerTextProblem(mailbox.displayName)) {
            *error = tr("%1: the display name %2.").arg(field, *problem);
            return std::nullopt;
        }
        if (std::any_of(address->cbegin(), address->cend(),
                        [](char c) { return static_cast<unsigned char>(c) >= 0x80; }))
            result.needsSmtpUtf8 = true;
        return Encoded{*address, mime::phraseTokens(mailbox.displayName)};
    };
    auto encodeList = [&encodeMailbox](const QList<Mailbox> &list, const QString &field,
                                       QString *error) -> std::optional<QList<Encoded>> {
        QList<Encoded> out;
        for (const Mailbox &mailbox : list) {
            const auto encoded = encodeMailbox(mailbox, field, error);
            if (!encoded)
                return std::nullopt;
            out.append(*encoded);
        }
        return out;
    };
    // RFC 5322 §3.4 mailbox-list: "phrase <addr>" or a bare addr-spec, comma separated.
    auto addressTokens = [](const QList<Encoded> &list) {
        QList<QByteArray> tokens;
        for (qsizetype i = 0; i < list.size(); ++i) {
            const Encoded &e = list.at(i);
            tokens += e.phrase;
            tokens.append(e.phrase.isEmpty() ? e.address : '<' + e.address + '>');
            if (i + 1 < list.size())
                tokens.last() += ',';
        }
        return tokens;
    };

    QString error;
    if (m_from.address.isEmpty())
        return refuse(tr("There is no sender (From) address."));
    const auto from = encodeMailbox(m_from, tr("From"), &error);
    if (!from)
        return refuse(error);
    if (m_to.isEmpty())
        return refuse(tr("There is no recipient (To) address."));
    const auto to = encodeList(m_to, tr("To"), &error);
    if (!to)
        return refuse(error);
    const auto cc = encodeList(m_cc, tr("Cc"), &error);
    if (!cc)
        return refuse(error);
    const auto bcc = encodeList(m_bcc, tr("Bcc"), &error);
    if (!bcc)
        return refuse(error);
    if (const auto problem = mime::headerTextProblem(m_subject))
        return refuse(tr("The subject %1.").arg(*problem));
    if (const auto problem = mime::headerTextProblem(m_mailer))
        return refuse(tr("The X-Mailer value %1.").arg(*problem));
    for (const auto &[name, value] : m_extraHeaders) {
        if (!isValidHeaderName(name))
            return refuse(tr("\"%1\" is not a valid header name.").arg(QString::fromLatin1(name)));
        if (isReservedHeader(name))
            return refuse(tr("The header %1 is written by the message builder itself and cannot "
                             "be set as an extra header.")
                              .arg(QString::fromLatin1(name)));
        if (const auto problem = mime::headerTextProblem(value))
            return refuse(
                tr("The value of header %1 %2.").arg(QString::fromLatin1(name), *problem));
    }
    if (!m_inReplyTo.isEmpty()) {
        // msg-id = "<" id-left "@" id-right ">", printable ASCII without blanks.
        static const QRegularExpression msgId(QStringLiteral("^<[!-;=?-~]+@[!-;=?-~]+>$"));
        if (!msgId.match(QString::fromLatin1(m_inReplyTo)).hasMatch())
            return refuse(tr("The In-Reply-To value is not a message identifier."));
    }
    if (!m_body.isValidUtf16())
        return refuse(tr("The message text contains invalid Unicode."));

    // Body: canonical form is CRLF line ends (RFC 2046 §4.1.1).
    QString text = m_body;
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    QList<QByteArray> lines = text.toUtf8().split('\n');
    if (lines.last().isEmpty())
        lines.removeLast();
    bool ascii = true;
    bool controls = false;
    bool nul = false;
    qsizetype longest = 0;
    for (const QByteArray &line : std::as_const(lines)) {
        longest = std::max(longest, line.size());
        for (char ch : line) {
            const auto c = static_cast<unsigned char>(ch);
            if (c >= 0x80)
                ascii = false;
            else if (c == 0)
                nul = true;
            else if ((c < 0x20 && c != '\t') || c == 0x7F)
                controls = true;
        }
    }
    // RFC 2045 §2.7/§2.8: 7bit and 8bit data have lines of at most 998 octets and no NUL.
    const bool fits = longest <= mime::MaxLineLength && !nul && !controls;
    QByteArray bodyBytes;
    if (fits && ascii) {
        result.transferEncoding = "7bit";
    } else if (fits && m_bodyEncoding == BodyEncoding::Allow8Bit) {
        result.transferEncoding = "8bit";
        result.needs8BitMime = true;
    } else {
        result.transferEncoding = "quoted-printable";
    }
    if (result.transferEncoding == "quoted-printable") {
        bodyBytes = mime::encodeQuotedPrintable(lines);
    } else {
        for (const QByteArray &line : std::as_const(lines))
            bodyBytes += line + "\r\n";
    }

    // Message-ID (RFC 5322 §3.6.4): time and randomness on the left, the sender's domain on
    // the right; always ASCII so that it survives any relay.
    const QDateTime date = m_dateTime.isValid() ? m_dateTime : QDateTime::currentDateTime();
    result.messageId = newMessageId(m_from.address, date);

    QByteArray &out = result.data;
    out += mime::foldHeader("Date", {mime::formatDate(date)});
    out += mime::foldHeader("From", addressTokens({*from}));
    out += mime::foldHeader("To", addressTokens(*to));
    if (!cc->isEmpty())
        out += mime::foldHeader("Cc", addressTokens(*cc));
    out += mime::foldHeader("Subject", mime::unstructuredTokens("Subject", m_subject));
    out += mime::foldHeader("Message-ID", {result.messageId});
    if (!m_inReplyTo.isEmpty()) {
        // RFC 5322 §3.6.4: the parent's msg-id in both fields (a reply to one message).
        out += mime::foldHeader("In-Reply-To", {m_inReplyTo});
        out += mime::foldHeader("References", {m_inReplyTo});
    }
    if (m_autoSubmitted)
        out += mime::foldHeader("Auto-Submitted", {"auto-generated"});
    if (!m_mailer.isEmpty())
        out += mime::foldHeader("X-Mailer", mime::unstructuredTokens("X-Mailer", m_mailer));
    for (const auto &[name, value] : m_extraHeaders)
        out += mime::foldHeader(name, mime::unstructuredTokens(name, value));
    // RFC 2045 §4, §5, §6
    out += "MIME-Version: 1.0\r\n";
    out += "Content-Type: text/plain; charset=utf-8\r\n";
    out += "Content-Transfer-Encoding: " + result.transferEncoding + "\r\n";
    out += "\r\n";
    out += bodyBytes;

    result.envelopeFrom = from->address;
    for (const auto *list : {&*to, &*cc, &*bcc})
        for (const Encoded &e : *list)
            result.envelopeRecipients.append(e.address);
    return result;
}

} // namespace mw
