// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProviderTable.h"

#include <QCoreApplication>

namespace mw {
namespace {

ProviderServer smtp(const char *host, quint16 port, SecurityMode mode)
{
    return {ProbeService::Smtp, QString::fromLatin1(host), port, mode};
}

ProviderServer pop3(const char *host, quint16 port, SecurityMode mode)
{
    return {ProbeService::Pop3, QString::fromLatin1(host), port, mode};
}

QStringList list(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *i : items)
        out << QString::fromLatin1(i);
    return out;
}

QString note(const char *text)
{
    return QCoreApplication::translate("mw::ProviderTable", text);
}

QList<Provider> build()
{
    using M = SecurityMode;
    const QString address = QStringLiteral("%EMAILADDRESS%");
    return {
        {QStringLiteral("gmail"),
         QStringLiteral("Gmail / Google Workspace"),
         list({"gmail.com", "googlemail.com"}),
         list({"google.com", "googlemail.com"}),
         {smtp("smtp.gmail.com", 465, M::ImplicitTls), smtp("smtp.gmail.com", 587, M::StartTls),
          pop3("pop.gmail.com", 995, M::ImplicitTls)},
         note("Google refuses the account password for SMTP: turn on 2-Step Verification and "
              "create an app password. POP must be enabled in Gmail's settings. Workspace "
              "admins can also use the smtp-relay.gmail.com service."),
         address},
        {QStringLiteral("microsoft365"),
         QStringLiteral("Microsoft 365 (Exchange Online)"),
         {},
         list({"mail.protection.outlook.com"}),
         {smtp("smtp.office365.com", 587, M::StartTls),
          pop3("outlook.office365.com", 995, M::ImplicitTls)},
         note("SMTP AUTH must be enabled for the mailbox in the Exchange admin center, and "
              "Security Defaults may block it; with multi-factor authentication an app "
              "password is needed. The From address must be the mailbox or one it may send as."),
         address},
        {QStringLiteral("outlook"),
         QStringLiteral("Outlook.com / Hotmail"),
         list({"outlook.com", "hotmail.com", "live.com", "msn.com", "hotmail.co.uk", "outlook.de"}),
         list({"olc.protection.outlook.com"}),
         {smtp("smtp-mail.outlook.com", 587, M::StartTls),
          pop3("outlook.office365.com", 995, M::ImplicitTls)},
         note("Use an app password when two-step verification is on; POP must be allowed in "
              "Outlook.com's settings."),
         address},
        {QStringLiteral("yahoo"),
         QStringLiteral("Yahoo Mail"),
         list({"yahoo.com", "ymail.com", "rocketmail.com", "yahoo.co.uk", "yahoo.de", "yahoo.fr"}),
         list({"yahoodns.net"}),
         {smtp("smtp.mail.yahoo.com", 465, M::ImplicitTls),
          smtp("smtp.mail.yahoo.com", 587, M::StartTls),
          pop3("pop.mail.yahoo.com", 995, M::ImplicitTls)},
         note("Generate an app password in the Yahoo account security page; the account "
              "password is refused."),
         address},
        {QStringLiteral("aol"),
         QStringLiteral("AOL Mail"),
         list({"aol.com", "aim.com"}),
         {},
         {smtp("smtp.aol.com", 465, M::ImplicitTls), pop3("pop.aol.com", 995, M::ImplicitTls)},
         note("Generate an app password in the AOL account security page."),
         address},
        {QStringLiteral("icloud"),
         QStringLiteral("iCloud Mail"),
         list({"icloud.com", "me.com", "mac.com"}),
         list({"mail.icloud.com"}),
         {smtp("smtp.mail.me.com", 587, M::StartTls)},
         note("Needs an app-specific password from the Apple ID page; iCloud offers no POP3. "
              "The user name is the full address."),
         address},
        {QStringLiteral("fastmail"),
         QStringLiteral("Fastmail"),
         list({"fastmail.com", "fastmail.fm", "fastmail.net", "fastmail.org", "fastmail.to",
               "sent.com", "mailbox.org.uk"}),
         list({"messagingengine.com"}),
         {smtp("smtp.fastmail.com", 465, M::ImplicitTls),
          smtp("smtp.fastmail.com", 587, M::StartTls),
          pop3("pop.fastmail.com", 995, M::ImplicitTls)},
         note("Create an app password (Settings → Privacy & Security) with SMTP and POP access."),
         address},
        {QStringLiteral("zoho"),
         QStringLiteral("Zoho Mail"),
         list({"zoho.com", "zohomail.com"}),
         list({"zoho.com", "zoho.eu"}),
         {smtp("smtp.zoho.com", 465, M::ImplicitTls), smtp("smtp.zoho.com", 587, M::StartTls),
          pop3("pop.zoho.com", 995, M::ImplicitTls)},
         note("POP access must be enabled in Zoho Mail's settings; with two-factor "
              "authentication an application-specific password is needed. Accounts hosted in "
              "the EU use smtp.zoho.eu."),
         address},
        {QStringLiteral("gmx"),
         QStringLiteral("GMX"),
         list({"gmx.com", "gmx.net", "gmx.de", "gmx.at", "gmx.ch"}),
         list({"gmx.net", "gmx.com"}),
         {smtp("mail.gmx.net", 465, M::ImplicitTls), smtp("mail.gmx.net", 587, M::StartTls),
          pop3("pop.gmx.net", 995, M::ImplicitTls)},
         note("POP3/IMAP access must be switched on in GMX's settings first."),
         address},
        {QStringLiteral("webde"),
         QStringLiteral("WEB.DE"),
         list({"web.de"}),
         list({"web.de"}),
         {smtp("smtp.web.de", 587, M::StartTls), pop3("pop3.web.de", 995, M::ImplicitTls)},
         note("POP3/IMAP access must be switched on in WEB.DE's settings first."),
         address},
        {QStringLiteral("mailbox-org"),
         QStringLiteral("mailbox.org"),
         list({"mailbox.org"}),
         list({"mailbox.org"}),
         {smtp("smtp.mailbox.org", 465, M::ImplicitTls), smtp("smtp.mailbox.org", 587, M::StartTls),
          pop3("pop3.mailbox.org", 995, M::ImplicitTls)},
         note("The user name is the full address."),
         address},
        {QStringLiteral("yandex"),
         QStringLiteral("Yandex Mail"),
         list({"yandex.com", "yandex.ru", "ya.ru"}),
         list({"yandex.net", "yandex.ru"}),
         {smtp("smtp.yandex.com", 465, M::ImplicitTls),
          pop3("pop.yandex.com", 995, M::ImplicitTls)},
         note("Enable mail client access and create an app password in Yandex ID."),
         address},
        {QStringLiteral("proton"),
         QStringLiteral("Proton Mail"),
         list({"proton.me", "protonmail.com", "protonmail.ch", "pm.me"}),
         list({"protonmail.ch"}),
         {smtp("smtp.protonmail.ch", 587, M::StartTls)},
         note("Proton offers SMTP only to paid plans with a custom domain, through an SMTP "
              "token (Settings → IMAP/SMTP), or through Proton Mail Bridge on this computer "
              "(127.0.0.1, port 1025). No POP3."),
         address},
    };
}

} // namespace

const QList<Provider> &ProviderTable::providers()
{
    static const QList<Provider> table = build();
    return table;
}

namespace {

QString normalName(const QString &name)
{
    QString n = name.trimmed().toLower();
    if (n.endsWith(QLatin1Char('.')))
        n.chop(1);
    return n;
}

} // namespace

bool hostInDomain(const QString &host, const QString &domain)
{
    const QString h = normalName(host);
    const QString d = normalName(domain);
    if (h.isEmpty() || d.isEmpty())
        return false;
    return h == d || h.endsWith(QLatin1Char('.') + d);
}

const Provider *ProviderTable::forDomain(const QString &domain)
{
    return forDomain(domain, providers());
}

const Provider *ProviderTable::forMxHost(const QString &mxHost)
{
    return forMxHost(mxHost, providers());
}

bool ProviderTable::owns(const Provider &provider, const QString &host)
{
    for (const ProviderServer &s : provider.servers) {
        if (normalName(s.host) == normalName(host))
            return true;
    }
    for (const QStringList *list : {&provider.domains, &provider.mxSuffixes}) {
        for (const QString &d : *list) {
            if (hostInDomain(host, d))
                return true;
        }
    }
    return false;
}

const Provider *ProviderTable::forDomain(const QString &domain, const QList<Provider> &table)
{
    const QString d = normalName(domain);
    for (const Provider &p : table) {
        if (p.domains.contains(d))
            return &p;
    }
    return nullptr;
}

const Provider *ProviderTable::forMxHost(const QString &mxHost, const QList<Provider> &table)
{
    for (const Provider &p : table) {
        for (const QString &suffix : p.mxSuffixes) {
            if (hostInDomain(mxHost, suffix))
                return &p;
        }
    }
    return nullptr;
}

} // namespace mw
