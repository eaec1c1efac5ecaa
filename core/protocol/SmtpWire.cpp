// SPDX-License-Identifier: GPL-3.0-or-later
#include "SmtpWire.h"

#include <QCoreApplication>
#include <QHash>
#include <QHostInfo>
#include <QThreadPool>
#include <QUrl>

#if defined(__GLIBC__)
#include <netinet/in.h>
#include <resolv.h>
#endif

#include <algorithm>
#include <chrono>
#include <cstring>
#include <future>
#include <memory>

namespace mw::smtp {
namespace {

// The sentences keep the translation context (lupdate needs it literal) of the session
// they were written for.

PreparedMessage refused(ErrorClass c, Phase p, const QString &error)
{
    PreparedMessage m;
    m.errorClass = c;
    m.phase = p;
    m.error = error;
    return m;
}

} // namespace

bool hasHighBytes(const QByteArray &data)
{
    // Eight bytes at a time (a queue flush checks every message it sends).
    const char *p = data.constData();
    const qsizetype n = data.size();
    qsizetype i = 0;
    for (; i + 8 <= n; i += 8) {
        quint64 w;
        std::memcpy(&w, p + i, sizeof w);
        if (w & 0x8080808080808080ULL)
            return true;
    }
    for (; i < n; ++i) {
        if (static_cast<unsigned char>(p[i]) >= 0x80)
            return true;
    }
    return false;
}

namespace {

// Whether `content` is already what encodeLines gives without dot-stuffing: every line
// ends with CR LF (the last one too) and none is longer than SMTP allows. One memchr per
// line; the spool's messages are CR LF throughout (Queue::normalizeLineEnds).
bool isWireReady(const QByteArray &content)
{
    const char *line = content.constData();
    const char *const end = line + content.size();
    if (content.size() < 2 || end[-2] != '\r' || end[-1] != '\n')
        return false;
    while (line < end) {
        const auto *nl = static_cast<const char *>(std::memchr(line, '\n', size_t(end - line)));
        if (nl == line || nl[-1] != '\r' || nl - 1 - line > kMaxDataLine)
            return false;
        line = nl + 1;
    }
    return true;
}

std::optional<QByteArray> encodeLines(const QByteArray &content, QString *error, bool dotStuff)
{
    // BDAT data that needs no change is the content itself, shared rather than copied.
    if (!dotStuff && isWireReady(content))
        return content;
    QByteArray out;
    out.reserve(content.size() + content.size() / 40 + 8);
    qsizetype pos = 0;
    int lineNo = 0;
    while (pos < content.size()) {
        qsizetype nl = content.indexOf('\n', pos);
        const bool last = nl < 0;
        if (last)
            nl = content.size();
        qsizetype end = nl;
        if (end > pos && content.at(end - 1) == '\r')
            --end;
        ++lineNo;
        const qsizetype len = end - pos;
        if (len > kMaxDataLine) {
            if (error)
                *error = QCoreApplication::translate(
                             "mw::SmtpSession",
                             "Line %1 of the message is %2 octets long; SMTP allows at most %3.")
                             .arg(lineNo)
                             .arg(len)
                             .arg(kMaxDataLine);
            return std::nullopt;
        }
        // RFC 5321 §4.5.2: a line that starts with a dot gets one more.
        if (dotStuff && len > 0 && content.at(pos) == '.')
            out += '.';
        out.append(content.constData() + pos, len);
        out += "\r\n";
        pos = nl + 1;
    }
    return out;
}

} // namespace

std::optional<QByteArray> encodeData(const QByteArray &content, QString *error)
{
    std::optional<QByteArray> out = encodeLines(content, error, true);
    if (out)
        *out += ".\r\n";
    return out;
}

std::optional<QByteArray> encodeChunkData(const QByteArray &content, QString *error)
{
    return encodeLines(content, error, false);
}

QList<QByteArray> bdatChunks(const QByteArray &data, qsizetype chunkSize)
{
    QList<QByteArray> chunks;
    const qsizetype step = qMax<qsizetype>(1, chunkSize);
    qsizetype pos = 0;
    do {
        const qsizetype n = qMin(step, data.size() - pos);
        const bool last = pos + n >= data.size();
        QByteArray c = "BDAT " + QByteArray::number(n) + (last ? " LAST\r\n" : "\r\n");
        c.append(data.constData() + pos, n);
        chunks << c;
        pos += n;
    } while (pos < data.size());
    return chunks;
}

namespace {

struct EncodedAddress
{
    QByteArray wire;
    bool utf8 = false;
};

EncodedAddress encodeAddressUncached(const QString &address)
{
    if (address.isEmpty())
        return {QByteArrayLiteral("<>"), false};
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    QString local = at < 0 ? address : address.left(at);
    QString domain = at < 0 ? QString() : address.mid(at + 1);
    bool utf8 = false;
    for (const QChar ch : std::as_const(local)) {
        if (ch.unicode() >= 0x80)
            utf8 = true;
    }
    if (!domain.isEmpty() && !domain.startsWith(QLatin1Char('['))) {
        const QByteArray ace = QUrl::toAce(domain);
        if (!ace.isEmpty())
            domain = QString::fromLatin1(ace);
        else
            utf8 = true; // not convertible: only SMTPUTF8 can carry it
    }
    return {'<' + (at < 0 ? local : local + QLatin1Char('@') + domain).toUtf8() + '>', utf8};
}

} // namespace

QByteArray encodeAddress(const QString &address, bool *needsUtf8)
{
    // A queue flush encodes the same few senders and recipients for every message, and the
    // domain's IDNA conversion (QUrl::toAce) is most of the work: up to 64 addresses are
    // kept per thread, all forgotten when one more comes (the answer depends on the address
    // alone, so a kept answer is the answer).
    constexpr qsizetype kKept = 64;
    thread_local QHash<QString, EncodedAddress> kept;
    auto it = kept.constFind(address);
    if (it == kept.constEnd()) {
        if (kept.size() >= kKept)
            kept.clear();
        it = kept.insert(address, encodeAddressUncached(address));
    }
    if (needsUtf8)
        *needsUtf8 = it->utf8;
    return it->wire;
}

namespace {

// Read once per process, on a worker thread (a file read).
std::shared_future<QString> localDomain()
{
    static const std::shared_future<QString> domain = [] {
        auto promise = std::make_shared<std::promise<QString>>();
        std::shared_future<QString> f = promise->get_future().share();
        QThreadPool::globalInstance()->start([promise] { promise->set_value(hostDomain()); });
        return f;
    }();
    return domain;
}

} // namespace

// With glibc, through res_ninit directly: Qt's function first loads the resolver library
// through QLibrary, whose first candidate name ("libresolv.so.2.so") is searched for in
// every library folder (44 failed opens and as many failed stats, on a worker beside the
// TLS start-up). As in Qt, a configuration that does not parse leaves the state's defaults.
QString hostDomain()
{
#if defined(__GLIBC__)
    auto state = std::make_unique<struct __res_state>();
    std::memset(state.get(), 0, sizeof(struct __res_state));
    (void)res_ninit(state.get());
    QString domain = QUrl::fromAce(QByteArray(state->defdname));
    if (domain.isEmpty() && state->dnsrch[0])
        domain = QUrl::fromAce(QByteArray(state->dnsrch[0]));
    res_nclose(state.get());
    return domain;
#else
    return QHostInfo::localDomainName();
#endif
}

void prefetchLocalDomain()
{
    (void)localDomain();
}

QString defaultHeloName(const QHostAddress &local)
{
    QString name = QHostInfo::localHostName();
    if (!name.contains(QLatin1Char('.'))) {
        // Not ready yet (rare: the greeting came first): asked here rather than waited for,
        // so that no thread ever blocks on the pool.
        const std::shared_future<QString> prefetched = localDomain();
        const QString domain =
            prefetched.wait_for(std::chrono::seconds(0)) == std::future_status::ready
                ? prefetched.get()
                : hostDomain();
        if (!domain.isEmpty() && !name.isEmpty())
            name += QLatin1Char('.') + domain;
    }
    // RFC 5321 §4.1.4: the FQDN, or an address literal when there is none.
    if (name.contains(QLatin1Char('.')) && !name.startsWith(QLatin1String("localhost")))
        return name;
    if (local.protocol() == QAbstractSocket::IPv6Protocol) {
        bool ok = false;
        const QHostAddress v4(local.toIPv4Address(&ok));
        if (ok)
            return QLatin1Char('[') + v4.toString() + QLatin1Char(']');
        return QStringLiteral("[IPv6:") + local.toString() + QLatin1Char(']');
    }
    if (local.isNull())
        return QStringLiteral("[127.0.0.1]");
    return QLatin1Char('[') + local.toString() + QLatin1Char(']');
}

bool isSafeInCommand(const QString &address)
{
    return std::none_of(address.cbegin(), address.cend(), [](QChar c) {
        return c == u'\r' || c == u'\n' || c == u'\0' || c == u'<' || c == u'>';
    });
}

QByteArray rcptCommand(const QString &recipient)
{
    bool utf8 = false;
    return "RCPT TO:" + encodeAddress(recipient, &utf8);
}

PreparedMessage prepareMessage(const Envelope &env, const SmtpCapabilities &caps)
{
    if (env.recipients.isEmpty())
        return refused(
            ErrorClass::Config, Phase::Rcpt,
            QCoreApplication::translate("mw::SmtpSession", "The message has no recipient."));
    // Whatever built the envelope, an address must not be able to end the path or the
    // command line early: that would smuggle a command.
    for (const QString &a : QStringList{env.sender} + env.recipients) {
        if (!isSafeInCommand(a))
            return refused(ErrorClass::Config, Phase::Mail,
                           QCoreApplication::translate(
                               "mw::SmtpSession",
                               "The address %1 cannot be used in an SMTP command (it contains a "
                               "line break or an angle bracket).")
                               .arg(a.simplified()));
    }
    PreparedMessage m;
    QString error;
    m.bdat = caps.chunking;
    const auto data =
        m.bdat ? encodeChunkData(env.content, &error) : encodeData(env.content, &error);
    if (!data)
        return refused(ErrorClass::MessageRejected, Phase::Data, error);
    m.data = *data;
    if (caps.size > 0 && m.data.size() > caps.size) {
        // RFC 1870 §6: better not to send what the server said it will refuse.
        return refused(
            ErrorClass::MessageRejected, Phase::Mail,
            QCoreApplication::translate("mw::SmtpSession",
                                        "The message is %1 octets; the server accepts at most %2.")
                .arg(m.data.size())
                .arg(caps.size));
    }
    bool utf8 = false;
    m.mail = "MAIL FROM:" + encodeAddress(env.sender, &utf8);
    for (const QString &r : env.recipients) {
        bool u = false;
        m.rcpts << "RCPT TO:" + encodeAddress(r, &u);
        utf8 = utf8 || u;
    }
    if (caps.size >= 0)
        m.mail += " SIZE=" + QByteArray::number(m.data.size());
    if (hasHighBytes(m.data)) {
        if (!caps.eightBitMime && !caps.smtpUtf8)
            return refused(ErrorClass::MessageRejected, Phase::Mail,
                           QCoreApplication::translate(
                               "mw::SmtpSession",
                               "The message contains 8-bit data and the server does not offer "
                               "8BITMIME."));
        m.mail += " BODY=8BITMIME";
    }
    if (utf8) {
        if (!caps.smtpUtf8)
            return refused(ErrorClass::RecipientRejected, Phase::Mail,
                           QCoreApplication::translate(
                               "mw::SmtpSession",
                               "An address has non-ASCII characters and the server does not "
                               "offer SMTPUTF8."));
        m.mail += " SMTPUTF8"; // RFC 6531 §3.4
    }
    m.ok = true;
    return m;
}

ErrorClass classifyReply(const SmtpReply &reply, ErrorClass permanent)
{
    if (reply.isTransientNegative())
        return ErrorClass::Temporary;
    if (reply.isPermanentNegative())
        return permanent;
    return ErrorClass::Protocol;
}

} // namespace mw::smtp
