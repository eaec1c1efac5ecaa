// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/Result.h"
#include "protocol/SmtpSession.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace mw {

// What a server offered at the last successful check: how the channel was secured, and
// the login methods offered on it. A later session that finds less (STARTTLS gone, a
// login method gone, encryption gone) is a possible downgrade attack (RFC 3207 §6): the
// session refuses it and the status says why, until the admin checks the server again
// and accepts what it offers now.
struct RememberedCapabilities
{
    QString host;
    quint16 port = 0;
    bool encrypted = false;     // the session ran over TLS
    bool implicitTls = false;   // TLS from the first byte (else STARTTLS)
    QStringList authMechanisms; // offered on the channel the session ended on
    QString authMechanismUsed;  // the one that logged in, if any
    QString certificateSha256;
    QDateTime checkedAt; // UTC

    [[nodiscard]] bool isNull() const { return host.isEmpty(); }
    // Everything but checkedAt is the same.
    [[nodiscard]] bool sameCapabilities(const RememberedCapabilities &other) const;
    [[nodiscard]] static RememberedCapabilities fromResult(const SmtpConfig &config,
                                                           const Result &result);
    // The configuration a session must run with so that it cannot silently do with
    // less: security Auto becomes STARTTLS or TLS when TLS was seen; auth Auto becomes
    // the mechanism that logged in last time. `notes` says what was tightened.
    [[nodiscard]] SmtpConfig harden(const SmtpConfig &config, QStringList *notes = nullptr) const;
    // What is missing now compared with this memory: one sentence each, empty when
    // nothing was lost.
    [[nodiscard]] QStringList downgrades(const Result &now) const;
};

// The remembered capabilities of each server (smtp, pop3) in a small JSON file beside the
// status file.
class CapabilityMemory
{
public:
    explicit CapabilityMemory(QString path);
    // AppLocalDataLocation/capabilities-<hash of the configuration path>.json
    [[nodiscard]] static QString defaultPathFor(const QString &configPath);

    // The memory for server ("smtp"/"pop3") if it is about host:port, else a null one.
    [[nodiscard]] RememberedCapabilities read(const QString &server, const QString &host,
                                              quint16 port) const;
    bool write(const QString &server, const RememberedCapabilities &caps);
    bool forget(const QString &server);

private:
    QString m_path;
};

} // namespace mw
