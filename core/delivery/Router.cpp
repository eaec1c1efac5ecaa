// SPDX-License-Identifier: GPL-3.0-or-later
#include "Router.h"

#include <QSet>

namespace mw {

QString mailCategoryId(MailCategory c)
{
    switch (c) {
    case MailCategory::Job:
        return QStringLiteral("job");
    case MailCategory::Error:
        return QStringLiteral("error");
    case MailCategory::Console:
        return QStringLiteral("console");
    }
    return QStringLiteral("job");
}

std::optional<MailCategory> mailCategoryFromId(const QString &id)
{
    for (MailCategory c : {MailCategory::Job, MailCategory::Error, MailCategory::Console}) {
        if (id.compare(mailCategoryId(c), Qt::CaseInsensitive) == 0)
            return c;
    }
    return std::nullopt;
}

QString Router::normalized(const QString &address)
{
    return address.trimmed().toCaseFolded();
}

QString Router::refusal(const QStringList &permitted, const QString &address)
{
    QStringList entries;
    for (const QString &p : permitted) {
        if (!p.trimmed().isEmpty())
            entries << normalized(p);
    }
    if (entries.isEmpty())
        return {};
    const QString a = normalized(address);
    const qsizetype at = a.lastIndexOf(QLatin1Char('@'));
    const QString domain = at >= 0 ? a.mid(at) : QString(); // "@example.com"
    for (const QString &e : std::as_const(entries)) {
        if (e.startsWith(QLatin1Char('@')) ? (!domain.isEmpty() && domain == e) : e == a)
            return {};
    }
    return tr("%1 is not a permitted recipient (permitted: %2).")
        .arg(address.trimmed(), permitted.join(QStringLiteral(", ")));
}

QStringList Router::parseAddressList(const QString &value)
{
    QStringList out;
    QString current; // text of the current mailbox outside quotes and comments
    QString angle;   // text inside <...>
    bool inQuote = false;
    bool inAngle = false;
    bool hadAngle = false;
    int comment = 0;
    const auto flush = [&] {
        const QString a = (hadAngle ? angle : current).trimmed();
        if (!a.isEmpty() && a.contains(QLatin1Char('@')))
            out << a;
        current.clear();
        angle.clear();
        hadAngle = false;
    };
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (inQuote) {
            if (c == QLatin1Char('\\'))
                ++i;
            else if (c == QLatin1Char('"'))
                inQuote = false;
            continue; // a display name: not part of the address
        }
        if (comment > 0) {
            if (c == QLatin1Char('\\'))
                ++i;
            else if (c == QLatin1Char('('))
                ++comment;
            else if (c == QLatin1Char(')'))
                --comment;
            continue;
        }
        if (c == QLatin1Char('"')) {
            inQuote = true;
        } else if (c == QLatin1Char('(')) {
            comment = 1;
        } else if (c == QLatin1Char('<')) {
            inAngle = true;
            hadAngle = true;
            angle.clear();
        } else if (c == QLatin1Char('>')) {
            inAngle = false;
        } else if (inAngle) {
            angle += c;
        } else if (c == QLatin1Char(',') || c == QLatin1Char(';')) {
            flush();
        } else if (c == QLatin1Char(':')) {
            current.clear(); // "group-name:" starts a group (RFC 5322 §3.4)
        } else if (!c.isSpace()) {
            current += c;
        } else if (!current.isEmpty() && !current.contains(QLatin1Char('@'))) {
            current.clear(); // words of an unquoted display name before "<...>"
        }
    }
    flush();
    return out;
}

Route Router::route(const MailSettings &settings, MailCategory category,
                    const QStringList &recipients)
{
    Route r;
    QSet<QString> seen;
    const auto add = [&](const QString &address, bool copy) {
        const QString a = address.trimmed();
        if (a.isEmpty())
            return;
        const QString key = normalized(a);
        if (seen.contains(key))
            return;
        seen.insert(key);
        if (const QString why = refusal(settings.recipients.permitted, a); !why.isEmpty()) {
            r.refused.append({a, why});
            return;
        }
        r.recipients << a;
        if (copy)
            r.copies << a;
    };
    for (const QString &a : recipients)
        add(a, false);
    add(settings.copies.all, true);
    if (category == MailCategory::Error)
        add(settings.copies.errors, true);
    if (category == MailCategory::Console)
        add(settings.copies.console, true);
    return r;
}

} // namespace mw
