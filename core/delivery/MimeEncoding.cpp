// SPDX-License-Identifier: GPL-3.0-or-later
#include "MimeEncoding.h"

#include "settings/SettingsValidator.h"

#include <QCoreApplication>
#include <QTimeZone>
#include <QUrl>

#include <algorithm>

namespace mw::mime {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mw::mime", text);
}

// RFC 5322 §3.2.3 atext.
bool isAtext(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    switch (c) {
    case '!':
    case '#':
    case '$':
    case '%':
    case '&':
    case '\'':
    case '*':
    case '+':
    case '-':
    case '/':
    case '=':
    case '?':
    case '^':
    case '_':
    case '`':
    case '{':
    case '|':
    case '}':
    case '~':
        return true;
    default:
        return false;
    }
}

// RFC 2047 §5 (3): the only characters a Q-encoded word in a phrase may carry as they are.
// (Space is written "_", RFC 2047 §4.2 (2).)
bool isQSafe(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '!' ||
           c == '*' || c == '+' || c == '-' || c == '/';
}

int qLength(const QByteArray &utf8)
{
    int n = 0;
    for (char c : utf8)
        n += (isQSafe(c) || c == ' ') ? 1 : 3;
    return n;
}

void appendQ(QByteArray &out, const QByteArray &utf8)
{
    static const char hex[] = "0123456789ABCDEF";
    for (char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        if (ch == ' ') {
            out += '_';
        } else if (isQSafe(ch)) {
            out += ch;
        } else {
            out += '=';
            out += hex[c >> 4];
            out += hex[c & 0xF];
        }
    }
}

int bLength(int bytes)
{
    return (bytes + 2) / 3 * 4;
}

// The code points of `text` as separate UTF-8 sequences, so that a word boundary can never
// fall inside one (RFC 2047 §5: "Each 'encoded-word' MUST represent an integral number of
// characters").
QList<QByteArray> codePointsUtf8(const QString &text)
{
    QList<QByteArray> out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        qsizetype len = 1;
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            len = 2;
        out.append(QStringView(text).mid(i, len).toUtf8());
        i += len - 1;
    }
    return out;
}

bool looksLikeEncodedWord(const QByteArray &token)
{
    // A literal "=?...?=" would be decoded by the reader (RFC 2047 §6.1), so it is encoded.
    return token.contains("=?") || token.contains("?=");
}

bool isPrintableAscii(const QString &s)
{
    return std::all_of(s.cbegin(), s.cend(),
                       [](QChar c) { return c.unicode() >= 0x20 && c.unicode() <= 0x7E; });
}

bool hasLineBreakOrNul(const QString &s)
{
    return s.contains(QLatin1Char('\r')) || s.contains(QLatin1Char('\n')) ||
           s.contains(QChar(u'\0'));
}

// RFC 1035 §2.3.1 letters, digits and hyphen, plus "_" which real internal host names carry.
bool isValidAsciiDomain(const QByteArray &domain)
{
    if (domain.isEmpty() || domain.size() > MaxDomainLength)
        return false;
    const QList<QByteArray> labels = domain.split('.');
    for (const QByteArray &label : labels) {
        if (label.isEmpty() || label.size() > 63 || label.startsWith('-') || label.endsWith('-'))
            return false;
        for (char c : label) {
            const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                            (c >= '0' && c <= '9') || c == '-' || c == '_';
            if (!ok)
                return false;
        }
    }
    return true;
}

// The address literals SMTP carries (RFC 5321 §4.1.3): "[" IPv4 "]" or "[IPv6:" IPv6 "]",
// as the settings validator accepts them. RFC 5322 dtext alone would also let "<", ">"
// and blanks through, which in "MAIL FROM:<...>" end the path early (found by
// fuzz_message_builder).
bool isValidDomainLiteral(const QString &domain)
{
    if (domain.size() < 3 || !domain.startsWith(QLatin1Char('[')) ||
        !domain.endsWith(QLatin1Char(']')))
        return false;
    const QString inner = domain.mid(1, domain.size() - 2);
    if (inner.startsWith(QLatin1String("IPv6:"), Qt::CaseInsensitive)) {
        const QString v6 = inner.mid(5);
        return SettingsValidator::isIPv6(v6) && !v6.contains(QLatin1Char('%'));
    }
    return SettingsValidator::isIPv4(inner);
}

std::optional<QByteArray> encodeDomain(const QString &domain, bool smtpUtf8, QString *error)
{
    auto fail = [error](const QString &why) -> std::optional<QByteArray> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (domain.startsWith(QLatin1Char('['))) {
        if (!isValidDomainLiteral(domain))
            return fail(tr("The address literal \"%1\" is not valid.").arg(domain));
        return domain.toLatin1();
    }
    QString d = domain;
    if (d.endsWith(QLatin1Char('.'))) // a root-anchored name is not valid in an addr-spec
        d.chop(1);
    if (isPrintableAscii(d)) {
        const QByteArray ascii = d.toLatin1();
        if (!isValidAsciiDomain(ascii))
            return fail(tr("The domain \"%1\" is not a valid host name.").arg(domain));
        return ascii;
    }
    // RFC 5890/5891: an IDN is written as A-labels (xn--) where the reader may not
    // understand UTF-8; QUrl::toAce does the IDNA mapping and punycode.
    const QByteArray ace = QUrl::toAce(d);
    if (ace.isEmpty() || !isValidAsciiDomain(ace))
        return fail(tr("The domain \"%1\" is not a valid international domain name.").arg(domain));
    if (smtpUtf8) // RFC 6532 §3.2: U-labels may be written as they are
        return d.normalized(QString::NormalizationForm_C).toUtf8();
    return ace;
}

} // namespace

QByteArray formatDate(const QDateTime &dateTime)
{
    static const char *const days[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const QDate date = dateTime.date();
    const QTime time = dateTime.time();
    const int offset = dateTime.offsetFromUtc(); // seconds east of UTC
    const int absMinutes = std::abs(offset) / 60;
    QByteArray out;
    out += days[date.dayOfWeek() - 1];
    out += ", ";
    out += QByteArray::number(date.day());
    out += ' ';
    out += months[date.month() - 1];
    out += ' ';
    out += QByteArray::number(date.year());
    out += ' ';
    out += QByteArray::number(time.hour()).rightJustified(2, '0');
    out += ':';
    out += QByteArray::number(time.minute()).rightJustified(2, '0');
    out += ':';
    out += QByteArray::number(time.second()).rightJustified(2, '0');
    out += ' ';
    out += offset < 0 ? '-' : '+';
    out += QByteArray::number(absMinutes / 60).rightJustified(2, '0');
    out += QByteArray::number(absMinutes % 60).rightJustified(2, '0');
    return out;
}

std::optional<QString> headerTextProblem(const QString &text)
{
    if (hasLineBreakOrNul(text))
        return tr("contains a line break or a NUL character");
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\t') || u == 0x7F)
            return tr("contains a control character");
    }
    if (!text.isValidUtf16())
        return tr("contains invalid Unicode");
    return std::nullopt;
}

QList<QByteArray> encodeWords(const QString &text, int firstMaxLength, int maxLength)
{
    static const QByteArray qPrefix = QByteArrayLiteral("=?UTF-8?Q?");
    static const QByteArray bPrefix = QByteArrayLiteral("=?UTF-8?B?");
    static const int overhead = 12; // prefix (10) + "?=" (2)
    maxLength = std::min(maxLength, MaxEncodedWordLength);
    firstMaxLength = std::min(firstMaxLength, MaxEncodedWordLength);
    // The longest code point takes 12 characters in Q and 8 in B: make room for one at least.
    firstMaxLength = std::max(firstMaxLength, overhead + 12);
    maxLength = std::max(maxLength, overhead + 12);

    const QByteArray utf8 = text.toUtf8();
    const bool useB = bLength(int(utf8.size())) < qLength(utf8);

    QList<QByteArray> words;
    QByteArray pending; // raw UTF-8 of the word being built
    int limit = firstMaxLength - overhead;
    auto encodedLength = [useB](const QByteArray &raw) {
        return useB ? bLength(int(raw.size())) : qLength(raw);
    };
    auto flush = [&] {
        QByteArray word = useB ? bPrefix : qPrefix;
        if (useB)
            word += pending.toBase64();
        else
            appendQ(word, pending);
        word += "?=";
        words.append(word);
        pending.clear();
        limit = maxLength - overhead;
    };
    for (const QByteArray &cp : codePointsUtf8(text)) {
        if (!pending.isEmpty() && encodedLength(pending + cp) > limit)
            flush();
        pending += cp;
    }
    if (!pending.isEmpty() || words.isEmpty())
        flush();
    return words;
}

QList<QByteArray> unstructuredTokens(const QByteArray &headerName, const QString &value)
{
    if (value.isEmpty())
        return {};
    bool plain = std::all_of(value.cbegin(), value.cend(), [](QChar c) {
        return (c.unicode() >= 0x20 && c.unicode() <= 0x7E) || c == QLatin1Char('\t');
    });
    QList<QByteArray> tokens;
    // Room for the first word on the line it shares with "Name: ".
    const int firstRoom = HeaderLineLength - int(headerName.size()) - 2;
    if (plain) {
        // A word of white space only (empty between two spaces, or tabs) is joined to the
        // word after it: a fold is then never put before it, which would leave a header
        // line of white space only (RFC 5322 §3.2.2 forbids it; found by fuzz_message_builder
        // with a tab-only word). Joined with ' ', the tokens still give back the value.
        const QList<QByteArray> words = value.toLatin1().split(' ');
        const auto blank = [](const QByteArray &w) {
            return std::all_of(w.cbegin(), w.cend(), [](char c) { return c == '\t'; });
        };
        QByteArray run;
        for (qsizetype i = 0; i < words.size(); ++i) {
            const QByteArray &w = words.at(i);
            if (i > 0 && i + 1 < words.size() && blank(w)) {
                run += w + ' ';
                continue;
            }
            tokens.append(run + w);
            run.clear();
        }
        for (qsizetype i = 0; i < tokens.size(); ++i) {
            const QByteArray &t = tokens.at(i);
            // A word that cannot be folded would make an over-long line; one that looks
            // like an encoded-word would be misread. Both are encoded instead.
            const int room = i == 0 ? firstRoom : HeaderLineLength - 1;
            if (t.size() > room || looksLikeEncodedWord(t)) {
                plain = false;
                break;
            }
        }
        // A reader drops the white space that follows the colon and ends the value
        // (RFC 5322 §3.2.2 FWS is not part of the value), so keep it inside a word.
        if (tokens.first().isEmpty() || tokens.last().isEmpty() ||
            value.endsWith(QLatin1Char('\t')) || value.startsWith(QLatin1Char('\t')))
            plain = false;
    }
    if (plain)
        return tokens;
    // With a header name of up to 50 characters (MessageBuilder allows no longer) the first
    // word always fits; longer names only make that first line longer than recommended.
    return encodeWords(value, firstRoom);
}

QList<QByteArray> phraseTokens(const QString &displayName)
{
    // "From: " is the longest prefix a first display-name word shares its line with.
    static const int maxWord = HeaderLineLength - 6;
    if (displayName.isEmpty())
        return {};
    if (isPrintableAscii(displayName)) {
        const QByteArray ascii = displayName.toLatin1();
        const QList<QByteArray> words = ascii.split(' ');
        const bool atoms = std::all_of(words.cbegin(), words.cend(), [](const QByteArray &w) {
            return !w.isEmpty() && w.size() <= maxWord && !looksLikeEncodedWord(w) &&
                   std::all_of(w.cbegin(), w.cend(), isAtext);
        });
        if (atoms)
            return words;
        // RFC 5322 §3.2.4 quoted-string: only "\" and DQUOTE need a quoted-pair.
        QByteArray quoted = "\"";
        for (char c : ascii) {
            if (c == '"' || c == '\\')
                quoted += '\\';
            quoted += c;
        }
        quoted += '"';
        if (quoted.size() <= maxWord && !looksLikeEncodedWord(quoted))
            return {quoted};
    }
    return encodeWords(displayName, maxWord, maxWord);
}

namespace {
bool isWhiteSpaceOnly(const QByteArray &token)
{
    return std::all_of(token.cbegin(), token.cend(), [](char c) { return c == ' ' || c == '\t'; });
}
} // namespace

QByteArray foldHeader(const QByteArray &name, const QList<QByteArray> &tokens)
{
    QByteArray out = name + ':';
    qsizetype lineLength = out.size();
    bool lineHasToken = false;
    for (const QByteArray &token : tokens) {
        const bool fits = lineLength + 1 + token.size() <= HeaderLineLength;
        // RFC 5322 §2.2.3: fold by inserting CRLF before existing white space. Never before
        // a token of white space only (it could be left alone on a line of white space),
        // and never right after the colon: readers such as Python's email package then keep
        // the folded white space as part of the value.
        if (!fits && !isWhiteSpaceOnly(token) && lineHasToken) {
            out += "\r\n";
            lineLength = 0;
        }
        out += ' ';
        out += token;
        lineLength += 1 + token.size();
        lineHasToken = true;
    }
    out += "\r\n";
    return out;
}

QByteArray encodeQuotedPrintable(const QList<QByteArray> &lines)
{
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    for (const QByteArray &line : lines) {
        int column = 0;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const char ch = line.at(i);
            const auto c = static_cast<unsigned char>(ch);
            const bool last = i + 1 == line.size();
            // RFC 2045 §6.7 (2) literal representation; (3) white space is encoded at
            // the end of a line, where transports may strip it.
            const bool literal =
                (c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !last);
            const int width = literal ? 1 : 3;
            // (5) soft line break: the "=" needs a column unless this is the line's last piece.
            const int limit = last ? QpLineLength : QpLineLength - 1;
            if (column + width > limit) {
                out += "=\r\n";
                column = 0;
            }
            if (literal) {
                out += ch;
            } else {
                out += '=';
                out += hex[c >> 4];
                out += hex[c & 0xF];
            }
            column += width;
        }
        out += "\r\n";
    }
    return out;
}

std::optional<QByteArray> encodeAddress(const QString &address, bool smtpUtf8, QString *error)
{
    auto fail = [error](const QString &why) -> std::optional<QByteArray> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (address.isEmpty())
        return fail(tr("The address is empty."));
    if (hasLineBreakOrNul(address))
        return fail(tr("The address contains a line break or a NUL character."));
    if (!address.isValidUtf16())
        return fail(tr("The address contains invalid Unicode."));
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    if (at <= 0 || at == address.size() - 1)
        return fail(tr("\"%1\" is not an e-mail address (local-part@domain).").arg(address));
    const QString local = address.left(at);
    const QString domain = address.mid(at + 1);

    // RFC 5322 §3.4.1 dot-atom local part; RFC 6532 §3.2 adds UTF-8 to atext.
    bool nonAscii = false;
    for (QChar c : local) {
        const char16_t u = c.unicode();
        if (u >= 0x80) {
            nonAscii = true;
            if (c.category() == QChar::Other_Control || c.category() == QChar::Separator_Space ||
                c.category() == QChar::Separator_Line || c.category() == QChar::Separator_Paragraph)
                return fail(tr("The address \"%1\" contains a character not allowed in an "
                               "e-mail address.")
                                .arg(address));
        } else if (u != '.' && !isAtext(char(u))) {
            return fail(tr("The address \"%1\" contains a character not allowed in an "
                           "e-mail address.")
                            .arg(address));
        }
    }
    if (local.startsWith(QLatin1Char('.')) || local.endsWith(QLatin1Char('.')) ||
        local.contains(QLatin1String("..")))
        return fail(tr("The address \"%1\" has a misplaced dot before the @.").arg(address));
    if (nonAscii && !smtpUtf8)
        return fail(tr("The address \"%1\" has non-ASCII characters before the @; that needs a "
                       "server that supports SMTPUTF8.")
                        .arg(address));
    const QByteArray localBytes =
        nonAscii ? local.normalized(QString::NormalizationForm_C).toUtf8() : local.toLatin1();
    if (localBytes.size() > MaxLocalPartLength)
        return fail(tr("The part before the @ of \"%1\" is longer than 64 octets.").arg(address));

    const std::optional<QByteArray> d = encodeDomain(domain, smtpUtf8, error);
    if (!d)
        return std::nullopt;
    return localBytes + '@' + *d;
}

std::optional<QByteArray> aceDomainOf(const QString &address)
{
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    if (at < 0)
        return std::nullopt;
    return encodeDomain(address.mid(at + 1), false, nullptr);
}

} // namespace mw::mime
