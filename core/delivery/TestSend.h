// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PopBeforeSmtp.h"
#include "oauth/AccessTokenSource.h"
#include "protocol/Result.h"
#include "protocol/SmtpSession.h"
#include "session/Credentials.h"
#include "session/DowngradeGuard.h"
#include "settings/MailSettings.h"

#include <QObject>
#include <QPointer>

namespace mw {

// "Send Test": builds the test message from a snapshot of the settings and sends it to the
// system notification mailbox (or another address), or stops after a phase to check
// without sending. Finishes exactly once; the transcript is redacted and, when a debug
// log is configured, appended to it.
class TestSend : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString to;                    // empty: the notification mailbox
        Phase stopAfter = Phase::Done; // Connect, Tls, Ehlo, Auth, Mail, Rcpt or Done
        QString token;                 // put into the message for a round-trip check
        // The remembered-capabilities file (CapabilityMemory); empty: no downgrade check.
        QString capabilityMemory;
        // Where the access token came from (not owned; may be null): a token it kept in
        // memory that the server refuses is retried once with a fresh one.
        QPointer<AccessTokenSource> tokens;
    };

    explicit TestSend(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(TestSend)

    // credentials: what Preflight::needs() named, from CredentialResolver.
    void start(const MailSettings &settings, const Credentials &credentials,
               const Options &options);
    void cancel();

    [[nodiscard]] bool isRunning() const
    {
        return m_renewing || (m_session && m_session->isRunning()) ||
               (m_popBefore && m_popBefore->isRunning());
    }
    [[nodiscard]] const Result &result() const { return m_result; }
    [[nodiscard]] const Transcript &transcript() const { return m_transcript; }
    [[nodiscard]] QString recipient() const { return m_recipient; }
    [[nodiscard]] QString messageId() const { return m_messageId; }

Q_SIGNALS:
    void stateChanged(mw::Phase phase);
    void stageFinished(const mw::StageTiming &stage);
    void finished(const mw::Result &result);

private:
    void begin(const MailSettings &settings, const Credentials &credentials,
               const Options &options);
    void done(const Result &result);

    QPointer<SmtpSession> m_session;
    QPointer<PopBeforeSmtp> m_popBefore;
    Result m_result;
    Transcript m_transcript;
    QString m_recipient;
    QString m_messageId;
    QString m_debugLog;
    DowngradeGuard m_guard;
    bool m_tokenRetried = false; // retried once with a fresh OAuth2 access token
    bool m_renewing = false;     // waiting for that token
};

} // namespace mw
