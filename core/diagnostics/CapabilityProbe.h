// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProbeReport.h"
#include "protocol/TlsTrust.h"
#include "settings/MailSettings.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>

namespace mw {

// "Check what the server supports": one host, every security mode on every likely port,
// all in parallel, each session with its own timeout. Nothing is sent and no login is
// made (SMTP stops after EHLO, POP3 after CAPA/STLS). Finishes exactly once with a
// ranked ProbeReport; modeFinished() reports each combination as it completes, for a
// step list that fills in live.
class CapabilityProbe : public QObject
{
    Q_OBJECT
public:
    struct Attempt
    {
        SecurityMode mode = SecurityMode::Plain;
        quint16 port = 0;
        bool operator==(const Attempt &) const = default;
    };
    struct Options
    {
        ProbeService service = ProbeService::Smtp;
        QString host;
        QList<Attempt> attempts; // empty: standardAttempts(service)
        TlsTrust trust;          // the CA file and pin of the settings
        int timeoutSeconds = 10; // per phase of each session
        QString heloName;
        bool preferLogin = false; // rank modes offering a login first
        // Already resolved addresses for host (SMTP): see SmtpConfig::addresses.
        QList<QHostAddress> addresses;
    };

    explicit CapabilityProbe(QObject *parent = nullptr);
    ~CapabilityProbe() override;
    Q_DISABLE_COPY_MOVE(CapabilityProbe)

    // SMTP: implicit TLS on 465, STARTTLS and clear on 587 and 25; POP3: implicit TLS on
    // 995, STLS and clear on 110. A configured port not among them is tried in all three.
    [[nodiscard]] static QList<Attempt> standardAttempts(ProbeService service,
                                                         quint16 configuredPort = 0);
    // The options for the host, port, trust, HELO and timeout of the settings.
    [[nodiscard]] static Options optionsFor(const MailSettings &settings, ProbeService service);

    void start(const Options &options);
    // Stops every session; finished() is not emitted.
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_pending > 0; }
    [[nodiscard]] const ProbeReport &report() const { return m_report; }

Q_SIGNALS:
    void modeFinished(const mw::ModeReport &mode);
    void finished(const mw::ProbeReport &report);

private:
    void startSmtp(const Attempt &a);
    void startPop3(const Attempt &a);
    void attemptDone(ModeReport mode);

    Options m_options;
    ProbeReport m_report;
    QList<QPointer<QObject>> m_sessions;
    int m_pending = 0;
    quint64 m_generation = 0;
};

} // namespace mw
