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
};

} // namespace mw
