// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProbeMode.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace mw {

// One server of a Mozilla/Thunderbird autoconfig document ("config-v1.1.xml").
struct AutoconfigServer
{
    ProbeService service = ProbeService::Smtp;
    QString host;
    quint16 port = 0;
    SecurityMode mode = SecurityMode::StartTls;
    QString userName;           // placeholders replaced
    QStringList authentication; // "password-cleartext", "password-encrypted", "OAuth2", ...
};

// Parses clientConfig/emailProvider/{outgoingServer type="smtp", incomingServer
// type="pop3"} (other server types are skipped). %EMAILADDRESS%, %EMAILLOCALPART% and
// %EMAILDOMAIN% are replaced from `address`. A document larger than kMaxSize, or one that
// is not well-formed XML, yields no server and *error.
class AutoconfigParser
{
public:
    static constexpr qsizetype kMaxSize = 256 * 1024;
    [[nodiscard]] static QList<AutoconfigServer>
    parse(const QByteArray &xml, const QString &address, QString *error = nullptr);
    [[nodiscard]] static QString tooLargeMessage();
};

} // namespace mw
