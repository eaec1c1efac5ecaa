// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProbeReport.h"

#include <QJsonObject>
#include <QString>

namespace mw {

// The last capability probe of each server ("smtp", "backup-smtp", "pop3"), kept in a
// small JSON file beside the status file so that a support bundle can hand on what the
// last "Check what the server supports" (window) or `probe` (CLI) found: every mode with
// its verdict, TLS, extensions and login methods, and the certificate chain each
// presented, in PEM. A probe makes no login, so nothing in it is a secret.
class LastProbeFile
{
public:
    explicit LastProbeFile(QString path);
    // AppLocalDataLocation/probe-<hash of the configuration path>.json
    [[nodiscard]] static QString defaultPathFor(const QString &configPath);

    bool write(const QString &server, const ProbeReport &report);
    // The record of server, empty when there is none.
    [[nodiscard]] QJsonObject read(const QString &server) const;
    // Every server's record, by server id.
    [[nodiscard]] QJsonObject readAll() const;

private:
    QString m_path;
};

} // namespace mw
