// SPDX-License-Identifier: GPL-3.0-or-later
// Over 600 lines: the field rules (by ValueKind) and the rules between fields are kept
// together, in the order validate() applies them; [backup_smtp] reuses the [smtp] rules.
#include "SettingsValidator.h"
#include "SettingsFacts.h"
#include "protocol/WebUrl.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

#include <algorithm>

namespace mw {

namespace {

// RFC 5322 §3.2.3 atext, the ASCII part.
bool isAtextAscii(char32_t c)
{
    if ((c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') || (c >= U'0' && c <= U'9'))
        return true;
    return QStringView(u"!#$%&'*+-/=?^_`{|}~").contains(QChar(char16_t(c)));
}

// RFC 6531 §3.3 extends atext and qtext with UTF8-non-ascii. Refuse what could still break
// a line or hide a character: C1 controls, Unicode spaces and line separators, formats.
bool isAcceptableNonAscii(char32_t c)
{
    if (c < 0x80)
        return false;
    if (c <= 0x9f)
        return false; // C1 controls
    const QChar::Category cat = QChar::category(c);
    if (cat == QChar::Other_Control || cat == QChar::Other_Format ||
        cat == QChar::Other_Surrogate || cat == QChar::Other_NotAssigned ||
        cat == QChar::Separator_Space || cat == QChar::Separator_Line ||
        cat == QChar::Separator_Paragraph)
        return false;
    return true;
}

bool hasControl(const QString &text)
{
    for (const char32_t c : text.toUcs4()) {
        if (c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f) || c == 0x2028 || c == 0x2029)
            return true;
    }
    return false;
}

QString checkLocalPart(const QString &local)
{
    if (local.isEmpty())
        return QCoreApplication::translate("mw::SettingsValidator",
                                           "The part before the @ is empty.");
    // RFC 5321 §4.5.3.1.1: the local part is at most 64 octets.
    if (local.toUtf8().size() > 64)
        return QCoreApplication::translate("mw::SettingsValidator",
                                           "The part before the @ is longer than 64 octets "
                                           "(RFC 5321 §4.5.3.1.1).");
    const QList<uint> cps = local.toUcs4();
    if (cps.size() >= 2 && cps.first() == '"' && cps.last() == '"') {
        // RFC 5321 §4.1.2 Quoted-string: qtextSMTP is %d32-33 / %d35-91 / %d93-126,
        // quoted-pairSMTP is "\" %d32-126.
        for (qsizetype i = 1; i + 1 < cps.size(); ++i) {
            const char32_t c = cps.at(i);
            if (c == '\\') {
                if (i + 2 >= cps.size() || cps.at(i + 1) < 32 || cps.at(i + 1) > 126)
                    return QCoreApplication::translate(
                        "mw::SettingsValidator", "A backslash in the quoted part before the @ must "
                                                 "be followed by a printable character.");
                ++i;
                continue;
            }
            if (c == '"')
                return QCoreApplication::translate("mw::SettingsValidator",
                                                   "A quote inside the quoted part before the @ "
                                                   "must be written as \\\".");
            if ((c >= 32 && c <= 126) || isAcceptableNonAscii(c))
                continue;
            return QCoreApplication::translate(
                "mw::SettingsValidator", "The part before the @ contains a character that is not "
                                         "allowed.");
        }
        return {};
    }
    // RFC 5321 §4.1.2 Dot-string: atoms separated by single dots.
    if (cps.first() == '.' || cps.last() == '.')
        return QCoreApplication::translate(
            "mw::SettingsValidator", "The part before the @ must not begin or end with a dot.");
    char32_t prev = 0;
    for (const char32_t c : cps) {
        if (c == '.') {
            if (prev == '.')
                return QCoreApplication::translate(
                    "mw::SettingsValidator", "The part before the @ must not contain two dots in a "
                                             "row.");
        } else if (!isAtextAscii(c) && !isAcceptableNonAscii(c)) {
            if (c == ' ' || c == '"' || c == '(' || c == ')' || c == ',' || c == ':' || c == ';' ||
                c == '<' || c == '>' || c == '@' || c == '[' || c == ']' || c == '\\')
                return QCoreApplication::translate(
                           "mw::SettingsValidator",
                           "The part before the @ contains \"%1\"; put that part "
                           "in double quotes or remove the character.")
                    .arg(QString::fromUcs4(&c, 1));
            return QCoreApplication::translate(
                "mw::SettingsValidator", "The part before the @ contains a character that is not "
                                         "allowed.");
        }
        prev = c;
    }
    return {};
}

QString checkAddressLiteral(const QString &literal)
{
    // RFC 5321 §4.1.3: "[" IPv4 "]" or "[IPv6:" IPv6 "]".
    const QString inner = literal.mid(1, literal.size() - 2);
    if (!literal.endsWith(QLatin1Char(']')))
        return QCoreApplication::translate("mw::SettingsValidator",
                                           "The address literal must end with ].");
    if (inner.startsWith(QLatin1String("IPv6:"), Qt::CaseInsensitive)) {
        const QString v6 = inner.mid(5);
        if (SettingsValidator::isIPv6(v6) && !v6.contains(QLatin1Char('%')))
            return {};
        return QCoreApplication::translate("mw::SettingsValidator",
                                           "The IPv6 address literal is not a valid IPv6 address.");
    }
    if (SettingsValidator::isIPv4(inner))
        return {};
    return QCoreApplication::translate("mw::SettingsValidator",
                                       "An address literal is [IPv4 address] or [IPv6:address] "
                                       "(RFC 5321 §4.1.3).");
}

QString checkName(QString name, bool allowTrailingDot)
{
    if (name.isEmpty())
        return QCoreApplication::translate("mw::SettingsValidator", "The name is empty.");
    if (allowTrailingDot && name.endsWith(QLatin1Char('.')) && name.size() > 1)
        name.chop(1);
    for (const char32_t c : name.toUcs4()) {
        if (c < 0x80) {
            const bool ldh = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                             (c >= '0' && c <= '9') || c == '-' || c == '.';
            if (!ldh)
                return QCoreApplication::translate("mw::SettingsValidator",
                                                   "A host name may contain letters, digits, "
                                                   "hyphens and dots only (\"%1\" is not "
                                                   "allowed).")
                    .arg(QString::fromUcs4(&c, 1));
        } else if (!isAcceptableNonAscii(c)) {
            return QCoreApplication::translate(
                "mw::SettingsValidator", "The name contains a character that is not allowed.");
        }
    }
    // Internationalised names are checked in their ASCII form (RFC 5890 A-labels), which
    // is what DNS and, without SMTPUTF8, SMTP carry.
    const QByteArray ace = QUrl::toAce(name);
    if (ace.isEmpty())
        return QCoreApplication::translate(
            "mw::SettingsValidator", "The name is not a valid internationalised domain name.");
    // RFC 1035 §2.3.4: at most 253 characters in text form (255 octets on the wire).
    if (ace.size() > 253)
        return QCoreApplication::translate("mw::SettingsValidator",
                                           "The name is longer than 253 characters.");
    const QList<QByteArray> labels = ace.split('.');
    for (const QByteArray &label : labels) {
        if (label.isEmpty())
            return QCoreApplication::translate(
                "mw::SettingsValidator",
                "The name contains an empty label (two dots in a row, or a "
                "leading dot).");
        if (label.size() > 63)
            return QCoreApplication::translate(
                "mw::SettingsValidator", "Each part of the name between dots must be at most 63 "
                                         "characters (RFC 1035 §2.3.4).");
        // RFC 1123 §2.1 / RFC 5891 §4.2.3.1: no hyphen at either end of a label.
        if (label.startsWith('-') || label.endsWith('-'))
            return QCoreApplication::translate(
                "mw::SettingsValidator", "A part of the name must not begin or end with a hyphen.");
        for (const char c : label) {
            const bool ldh = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                             (c >= '0' && c <= '9') || c == '-';
            if (!ldh)
                return QCoreApplication::translate("mw::SettingsValidator",
                                                   "The name is not a valid host name.");
        }
    }
    // RFC 3696 §2: a top-level domain is never all-numeric, so "10.2.3.400" is a mistyped
    // IPv4 address rather than a name.
    bool numeric = true;
    for (const char c : labels.last())
        numeric = numeric && c >= '0' && c <= '9';
    if (numeric)
        return QCoreApplication::translate(
            "mw::SettingsValidator", "This looks like an IPv4 address but is not a valid one.");
    return {};
}

QString rangeSentence(const SettingSpec &s)
{
    return QCoreApplication::translate("mw::SettingsValidator",
                                       "Must be a whole number from %1 to %2.")
        .arg(s.minimum)
        .arg(s.maximum);
}

} // namespace

bool SettingsValidator::isIPv4(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char('.'));
    if (parts.size() != 4)
        return false;
    for (const QString &p : parts) {
        if (p.isEmpty() || p.size() > 3)
            return false;
        // Leading zeros are refused: some resolvers read "010" as octal 8.
        if (p.size() > 1 && p.startsWith(QLatin1Char('0')))
            return false;
        for (const QChar c : p) {
            if (c < QLatin1Char('0') || c > QLatin1Char('9'))
                return false;
        }
        if (p.toInt() > 255)
            return false;
    }
    return true;
}

bool SettingsValidator::isIPv6(const QString &text)
{
    if (!text.contains(QLatin1Char(':')))
        return false;
    for (const QChar c : text) {
        if (c.unicode() > 0x7e || c.unicode() <= 0x20)
            return false;
    }
    QHostAddress a;
    return a.setAddress(text) && a.protocol() == QAbstractSocket::IPv6Protocol;
}

QString SettingsValidator::checkDomain(const QString &domain)
{
    if (domain.startsWith(QLatin1Char('[')))
        return checkAddressLiteral(domain);
    return checkName(domain, false);
}

QString SettingsValidator::checkHost(const QString &hostIn)
{
    const QString host = hostIn.trimmed();
    if (host.isEmpty())
        return QCoreApplication::translate("mw::SettingsValidator", "The server name is empty.");
    if (hasControl(host))
        return QCoreApplication::translate("mw::SettingsValidator",
                                           "The server name must be on one line.");
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']'))) {
        if (isIPv6(host.mid(1, host.size() - 2)))
            return {};
        return QCoreApplication::translate("mw::SettingsValidator",
                                           "Between [ and ] must be an IPv6 address.");
    }
    if (isIPv4(host) || isIPv6(host))
        return {};
    if (host.contains(QLatin1Char(':')))
        return QCoreApplication::translate("mw::SettingsValidator",
                                           "This is not a valid IPv6 address.");
    return checkName(host, true);
}

QString SettingsValidator::checkAddress(const QString &address)
{
    if (address.isEmpty())
        return QCoreApplication::translate("mw::SettingsValidator", "The address is empty.");
    if (hasControl(address))
        return QCoreApplication::translate("mw::SettingsValidator",
                                           "The address must be on one line.");
    if (address.startsWith(QLatin1Char('<')) || address.endsWith(QLatin1Char('>')))
        return QCoreApplication::translate("mw::SettingsValidator",
                                           "Enter the address without < and >.");
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    if (at < 0)
        return QCoreApplication::translate(
            "mw::SettingsValidator",
            "An e-mail address needs an @ between the name and the domain.");
    const QString local = address.left(at);
    const QString domain = address.mid(at + 1);
    if (domain.isEmpty())
        return QCoreApplication::translate("mw::SettingsValidator",
                                           "The domain after the @ is empty.");
    if (const QString e = checkLocalPart(local); !e.isEmpty())
        return e;
    // RFC 5321 §4.5.3.1.2: a domain is at most 255 octets.
    if (domain.toUtf8().size() > 255)
        return QCoreApplication::translate("mw::SettingsValidator",
                                           "The domain after the @ is longer than 255 octets "
                                           "(RFC 5321 §4.5.3.1.2).");
    if (const QString e = checkDomain(domain); !e.isEmpty())
        return QCoreApplication::translate("mw::SettingsValidator", "After the @: ") + e;
    // RFC 5321 §4.5.3.1.3: a path ("<" mailbox ">") is at most 256 octets.
    if (address.toUtf8().size() + 2 > 256)
        return QCoreApplication::translate(
            "mw::SettingsValidator",
            "The address is longer than 254 octets (RFC 5321 §4.5.3.1.3).");
    return {};
}

QString SettingsValidator::checkPin(const QString &pin)
{
    QString hex = pin.trimmed();
    hex.remove(QLatin1Char(':'));
    if (hex.size() != 64)
        return QCoreApplication::translate("mw::SettingsValidator",
                                           "A SHA-256 fingerprint is 64 hexadecimal digits (colons "
                                           "allowed); this one has %1.")
            .arg(hex.size());
    for (const QChar c : hex) {
        const bool isHex = (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
                           (c >= QLatin1Char('a') && c <= QLatin1Char('f')) ||
                           (c >= QLatin1Char('A') && c <= QLatin1Char('F'));
        if (!isHex)
            return QCoreApplication::translate(
                "mw::SettingsValidator",
                "A SHA-256 fingerprint contains only the digits 0-9 and the "
                "letters A-F.");
    }
    return {};
}

QString SettingsValidator::checkHelo(const QString &helo)
{
    if (helo.isEmpty())
        return {};
    if (hasControl(helo))
        return QCoreApplication::translate("mw::SettingsValidator",
                                           "The name must be on one line.");
    // RFC 5321 §4.1.1.1: EHLO takes a domain or an address literal.
    if (helo.startsWith(QLatin1Char('[')))
        return checkAddressLiteral(helo);
    return checkName(helo, false);
}

std::optional<HostPort> SettingsValidator::normalizeHostPort(const QString &text, QString *error)
{
    const auto fail = [error](const QString &why) -> std::optional<HostPort> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const auto parsePort = [](const QString &p) -> std::optional<int> {
        const QString t = p.trimmed();
        if (t.isEmpty() || t.size() > 5)
            return std::nullopt;
        for (const QChar c : t) {
            if (c < QLatin1Char('0') || c > QLatin1Char('9'))
                return std::nullopt;
        }
        const int v = t.toInt();
        if (v < 1 || v > 65535)
            return std::nullopt;
        return v;
    };
    const QString portError = QCoreApplication::translate(
        "mw::SettingsValidator", "The port after the server name must be a number "
                                 "from 1 to 65535.");
    const QString t = text.trimmed();
    HostPort hp;
    if (t.startsWith(QLatin1Char('['))) {
        const qsizetype close = t.indexOf(QLatin1Char(']'));
        if (close < 0)
            return fail(QCoreApplication::translate(
                "mw::SettingsValidator", "The [ before the IPv6 address is not closed by ]."));
        hp.host = t.mid(1, close - 1).trimmed();
        // Brackets are only for an IPv6 literal (RFC 3986 §3.2.2). "[a:1]" must not
        // become host "a:1", which a save writes as "a:1" and a load reads as host "a",
        // port 1; the caller keeps what was written and this reason is shown.
        if (!isIPv6(hp.host))
            return fail(QCoreApplication::translate(
                "mw::SettingsValidator", "Between [ and ] must be an IPv6 address; write a "
                                         "host name or an IPv4 address without brackets."));
        const QString rest = t.mid(close + 1).trimmed();
        if (rest.isEmpty())
            return hp;
        if (!rest.startsWith(QLatin1Char(':')) && !rest.startsWith(QLatin1Char(',')))
            return fail(QCoreApplication::translate("mw::SettingsValidator",
                                                    "After ] only :port or ,port may follow."));
        hp.port = parsePort(rest.mid(1));
        if (!hp.port)
            return fail(portError);
        return hp;
    }
    // Seed 002 separates the port with a comma ("smtp.mydomain.com,25").
    if (const qsizetype comma = t.lastIndexOf(QLatin1Char(',')); comma >= 0) {
        hp.host = t.left(comma).trimmed();
        hp.port = parsePort(t.mid(comma + 1));
        if (!hp.port)
            return fail(portError);
        // "Y,2,2" must not become host "Y,2", which a save writes as "Y,2" and a load
        // reads as host "Y", port 2 (found by fuzz_ini); nor "a:1,25" host "a:1". A bare
        // IPv6 address (two colons or more) before the comma is fine.
        const QChar bad = hp.host.contains(QLatin1Char(','))     ? QLatin1Char(',')
                          : hp.host.count(QLatin1Char(':')) == 1 ? QLatin1Char(':')
                                                                 : QChar();
        if (!bad.isNull())
            return fail(QCoreApplication::translate(
                            "mw::SettingsValidator",
                            "A host name may contain letters, digits, hyphens and dots only "
                            "(\"%1\" is not allowed).")
                            .arg(bad));
        return hp;
    }
    // One colon: host:port. More than one: a bare IPv6 address (a port then needs [ ]).
    if (t.count(QLatin1Char(':')) == 1) {
        const qsizetype colon = t.indexOf(QLatin1Char(':'));
        hp.host = t.left(colon).trimmed();
        hp.port = parsePort(t.mid(colon + 1));
        if (!hp.port)
            return fail(portError);
        return hp;
    }
    hp.host = t;
    return hp;
}

bool SettingsValidator::authNeedsCredentials(MailSettings::SmtpAuth auth)
{
    return SettingsFacts::authNeedsCredentials(auth);
}

QString SettingsValidator::validateField(const QString &key, const QString &text)
{
    const SettingSpec *s = SettingsSchema::spec(key);
    if (!s)
        return QCoreApplication::translate("mw::SettingsValidator", "Unknown setting.");
    for (const QChar c : text) {
        if (c == QLatin1Char('\r') || c == QLatin1Char('\n') || c == QChar(0))
            return QCoreApplication::translate(
                "mw::SettingsValidator", "Must be on one line (line breaks are not allowed).");
    }
    const QString t = text.trimmed();
    switch (s->kind) {
    case ValueKind::Bool:
        return SettingsSchema::parseBool(t)
                   ? QString()
                   : QCoreApplication::translate("mw::SettingsValidator", "Must be true or false.");
    case ValueKind::Integer:
    case ValueKind::Port: {
        MailSettings m;
        if (!s->set(m, t).isEmpty())
            return rangeSentence(*s);
        const int v = s->get(m).toInt();
        return (v < s->minimum || v > s->maximum) ? rangeSentence(*s) : QString();
    }
    case ValueKind::Enum: {
        MailSettings m;
        if (!s->set(m, t).isEmpty())
            return QCoreApplication::translate("mw::SettingsValidator", "Must be one of: %1.")
                .arg(s->allowed.join(u", "));
        return {};
    }
    case ValueKind::Host: {
        if (t.isEmpty())
            return {};
        QString why;
        const auto hp = normalizeHostPort(t, &why);
        if (!hp)
            return why;
        return checkHost(hp->host);
    }
    case ValueKind::Address:
        return t.isEmpty() ? QString() : checkAddress(t);
    case ValueKind::AddressList: {
        for (const QString &entry : SettingsSchema::splitList(t)) {
            const QString e = entry.startsWith(QLatin1Char('@')) ? checkName(entry.mid(1), false)
                                                                 : checkAddress(entry);
            if (!e.isEmpty())
                return QStringLiteral("\"%1\": %2").arg(entry, e);
        }
        return {};
    }
    case ValueKind::Helo:
        return checkHelo(t);
    case ValueKind::UserName:
        if (hasControl(t))
            return QCoreApplication::translate("mw::SettingsValidator", "Must be on one line.");
        // RFC 4616 §2: authcid is at most 255 octets.
        if (t.toUtf8().size() > 255)
            return QCoreApplication::translate("mw::SettingsValidator",
                                               "Must be at most 255 octets.");
        return {};
    case ValueKind::Text:
        if (hasControl(t))
            return QCoreApplication::translate("mw::SettingsValidator", "Must be on one line.");
        if (t.size() > 256)
            return QCoreApplication::translate("mw::SettingsValidator",
                                               "Must be at most 256 characters.");
        return {};
    case ValueKind::Path:
        if (hasControl(t))
            return QCoreApplication::translate("mw::SettingsValidator", "Must be on one line.");
        return {};
    case ValueKind::Pin:
        return t.isEmpty() ? QString() : checkPin(t);
    }
    return {};
}

namespace {

// An issue about the SMTP server `smtp` holds, renamed to name [backup_smtp]'s key (its key
// and the keys its sentence names).
ValidationIssue toBackup(ValidationIssue issue)
{
    static const QRegularExpression smtpKey(QStringLiteral("(?<![\\w/])smtp/"));
    issue.key.replace(smtpKey, QStringLiteral("backup_smtp/"));
    issue.message.replace(smtpKey, QStringLiteral("backup_smtp/"));
    return issue;
}

// The rules on the settings as they are (`smtp` being whichever server it holds).
QList<ValidationIssue> validateServer(const MailSettings &m)
{
    QList<ValidationIssue> issues;
    QStringList flagged;
    for (const SettingSpec &s : SettingsSchema::specs()) {
        if (const QString e = SettingsValidator::validateField(s.key, s.get(m)); !e.isEmpty()) {
            issues.append({s.key, e});
            flagged << s.key;
        }
    }
    const auto require = [&](bool needed, const QString &key, const QString &why) {
        if (!needed || flagged.contains(key))
            return;
        const auto v = SettingsSchema::value(m, key);
        if (v && v->trimmed().isEmpty()) {
            issues.append({key, why});
            flagged << key;
        }
    };
    const bool popBefore = SettingsFacts::popBeforeSmtp(m);
    const bool delivering =
        m.smtp.enabled || m.delivery.method == MailSettings::DeliveryMethod::Pickup;
    require(m.smtp.enabled, QStringLiteral("smtp/host"),
            QCoreApplication::translate(
                "mw::SettingsValidator",
                "Enter the SMTP server; it is required while sending through SMTP "
                "is enabled."));
    require(m.smtp.enabled && SettingsValidator::authNeedsCredentials(m.smtp.auth),
            QStringLiteral("smtp/username"),
            QCoreApplication::translate(
                "mw::SettingsValidator",
                "Enter the SMTP login name; the chosen authentication method needs "
                "one."));
    require(m.smtp.enabled && m.smtp.auth == MailSettings::SmtpAuth::External,
            QStringLiteral("smtp/client_cert"),
            QCoreApplication::translate(
                "mw::SettingsValidator",
                "Enter the client certificate file; EXTERNAL signs in with the TLS client "
                "certificate."));
    const bool oauth = m.smtp.enabled && SettingsFacts::usesOAuth(m);
    require(oauth, QStringLiteral("smtp/username"),
            QCoreApplication::translate(
                "mw::SettingsValidator",
                "Enter the mail account (address) to sign in as; OAuth2 sends it "
                "with the token."));
    require(
        oauth, QStringLiteral("oauth/client_id"),
        QCoreApplication::translate("mw::SettingsValidator",
                                    "Enter the client id registered with the OAuth2 provider."));
    const bool oidc = oauth && m.oauth.provider == MailSettings::OAuthProvider::Oidc;
    require(oidc, QStringLiteral("oauth/issuer"),
            QCoreApplication::translate("mw::SettingsValidator",
                                        "Enter the issuer URL of the OpenID provider."));
    if (!m.oauth.issuer.trimmed().isEmpty() && !flagged.contains(QStringLiteral("oauth/issuer"))) {
        // RFC 8414 §2: the issuer is an https URL; plain http only on this machine (tests,
        // a local provider).
        const QUrl u(m.oauth.issuer.trimmed(), QUrl::StrictMode);
        if (!isSecureOrLocalWebUrl(u) || u.hasQuery() || u.hasFragment()) {
            issues.append(
                {QStringLiteral("oauth/issuer"),
                 QCoreApplication::translate("mw::SettingsValidator",
                                             "Must be an https:// URL without query or fragment "
                                             "(http:// only for this machine).")});
            flagged << QStringLiteral("oauth/issuer");
        }
    }
    require(
        m.pop3.enabled || popBefore, QStringLiteral("pop3/host"),
        popBefore
            ? QCoreApplication::translate("mw::SettingsValidator",
                                          "Enter the POP3 server; POP-before-SMTP logs in there "
                                          "before sending.")
            : QCoreApplication::translate("mw::SettingsValidator",
                                          "Enter the POP3 server; it is required while POP3 is "
                                          "enabled."));
    require((m.pop3.enabled || popBefore) && SettingsFacts::authNeedsCredentials(m.pop3.auth),
            QStringLiteral("pop3/username"),
            QCoreApplication::translate("mw::SettingsValidator",
                                        "Enter the POP3 login name; a POP3 login needs one."));
    require((m.pop3.enabled || popBefore) && m.pop3.auth == MailSettings::Pop3Auth::External,
            QStringLiteral("pop3/client_cert"),
            QCoreApplication::translate(
                "mw::SettingsValidator",
                "Enter the client certificate file; EXTERNAL signs in with the TLS client "
                "certificate."));
    require(m.delivery.method == MailSettings::DeliveryMethod::Pickup,
            QStringLiteral("delivery/pickup_dir"),
            QCoreApplication::translate(
                "mw::SettingsValidator",
                "Enter the pickup folder; it is required when the delivery method "
                "is pickup."));
    // RFC 5322 §3.6: every message has a From: field, so a sender must be known.
    require(delivering, QStringLiteral("mailboxes/from"),
            QCoreApplication::translate(
                "mw::SettingsValidator",
                "Enter the sender address; every message needs a From: address."));
    require(m.general.secretBackend == MailSettings::SecretBackend::File,
            QStringLiteral("general/secret_file"),
            QCoreApplication::translate(
                "mw::SettingsValidator",
                "Enter the secret file; it is required when passwords are kept in a "
                "file."));
    return issues;
}

} // namespace

QList<ValidationIssue> SettingsValidator::validate(const MailSettings &m)
{
    // One rule set for both SMTP servers: the backup's settings are checked as the
    // primary's through SettingsFacts::forServer, and the issues renamed to its keys.
    if (m.smtpServer == MailSettings::SmtpServer::Backup) {
        QList<ValidationIssue> issues;
        for (const ValidationIssue &i : validateServer(m)) {
            const ValidationIssue renamed = toBackup(i);
            if (std::none_of(issues.cbegin(), issues.cend(),
                             [&renamed](const ValidationIssue &o) { return o.key == renamed.key; }))
                issues << renamed;
        }
        return issues;
    }
    QList<ValidationIssue> issues = validateServer(m);
    if (m.backupSmtp.enabled) {
        for (const ValidationIssue &i :
             validate(SettingsFacts::forServer(m, MailSettings::SmtpServer::Backup))) {
            if (i.key.startsWith(QLatin1String("backup_smtp/")) &&
                std::none_of(issues.cbegin(), issues.cend(),
                             [&i](const ValidationIssue &o) { return o.key == i.key; }))
                issues << i;
        }
    }
    return issues;
}

} // namespace mw
