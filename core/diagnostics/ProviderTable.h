// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProbeMode.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace mw {

// The bundled, offline table of the big mail providers: their submission and POP3
// servers and what their login needs. Data only: nothing here opens a connection; the
// autodetector probes an entry before it offers it.
struct ProviderServer
{
    ProbeService service = ProbeService::Smtp;
    QString host;
    quint16 port = 0;
    SecurityMode mode = SecurityMode::ImplicitTls;
};

struct Provider
{
    QString id;                    // "gmail"
    QString name;                  // "Gmail / Google Workspace"
    QStringList domains;           // address domains served (exact match)
    QStringList mxSuffixes;        // an MX host ending in one of these is this provider's
    QList<ProviderServer> servers; // safest first
    QString authNotes;             // what the login needs (app passwords, admin switches)
    QString userName;              // "%EMAILADDRESS%" or "%EMAILLOCALPART%"
};

class ProviderTable
{
public:
    [[nodiscard]] static const QList<Provider> &providers();
    // The provider of an address domain ("gmail.com"), or nullptr.
    [[nodiscard]] static const Provider *forDomain(const QString &domain);
    // The provider that runs an MX host ("alt1.aspmx.l.google.com"), or nullptr: a
    // custom domain hosted by a big provider (Google Workspace, Microsoft 365).
    [[nodiscard]] static const Provider *forMxHost(const QString &mxHost);
    // The same lookups in another table (tests give the detector a table of loopback servers).
    [[nodiscard]] static const Provider *forDomain(const QString &domain,
                                                   const QList<Provider> &table);
    [[nodiscard]] static const Provider *forMxHost(const QString &mxHost,
                                                   const QList<Provider> &table);
    // True when `host` belongs to the provider: one of its servers, or a name inside one of
    // the domains it serves or runs its MX hosts in ("smtp.googlemail.com" for Gmail).
    [[nodiscard]] static bool owns(const Provider &provider, const QString &host);
};

// True when `host` is `domain` itself or a name under it ("mail.example.com" for
// "example.com"; not "notexample.com", not "example.com.evil.test"). Both are compared
// case-insensitively, a trailing dot ignored.
[[nodiscard]] bool hostInDomain(const QString &host, const QString &domain);

} // namespace mw
