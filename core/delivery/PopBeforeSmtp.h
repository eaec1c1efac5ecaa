// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/NameLookup.h"
#include "protocol/Pop3Session.h"
#include "protocol/Result.h"
#include "protocol/SmtpSession.h"
#include "session/Credentials.h"
#include "settings/MailSettings.h"

#include <QDateTime>
#include <QHostAddress>
#include <QObject>
#include <QPointer>

namespace mw {

// SMTP authentication by an earlier POP3 login (seed 000, seed 001 "POP before SMTP"):
// the server lets an address relay for a while (the relay window) after that address
// logged in to its POP3 server. So: log in to POP3 (the POP server may be another host
// than the SMTP server), then run the SMTP session from the same address family, so that
// the SMTP server sees the address the POP server saw. When SMTP still refuses to relay,
// the error says so, and one fresh POP3 login is tried before giving up.
//
// Per-message outcomes are forwarded as messageFinished() with the index into the
// messages given to start(). While the one fresh login after a relay refusal is still
// possible, outcomes that read as relay refusals are held back: the retry sends exactly
// those messages again (never one the server already took), and only its outcomes are
// reported for them. When the retry is refused too, those outcomes are reported with the
// class auth_failed (phase auth): the login was not honoured, the messages are not at
// fault, and a queue holds them instead of returning them as undeliverable.
//
// The object remembers its last POP3 login: a queue runner that keeps one instance sends
// without a new login while that login is younger than the relay window (with a margin).
// Finishes exactly once per start().
class PopBeforeSmtp : public QObject
{
    Q_OBJECT
public:
    struct Login
    {
        QDateTime at; // UTC; invalid: never
        QHostAddress localAddress;
        QString server; // "host:port user" of the POP3 account that was used
    };

    explicit PopBeforeSmtp(QObject *parent = nullptr);
    ~PopBeforeSmtp() override;
    Q_DISABLE_COPY_MOVE(PopBeforeSmtp)

    // forceLogin: log in to POP3 even when the last login is still inside the window
    // (Send Test always does, so that it tests the whole path).
    // credentials: the POP3 password (and an SMTP password or access token when the relay
    // also wants a login).
    void start(const MailSettings &settings, const Credentials &credentials,
               const QList<Envelope> &messages, Phase stopAfter = Phase::Done,
               bool forceLogin = false);
    void cancel();

    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] const Result &result() const { return m_result; }
    [[nodiscard]] const QList<MessageOutcome> &outcomes() const { return m_outcomes; }
    // POP3 and SMTP transcripts, in the order they ran (credentials already redacted).
    [[nodiscard]] const Transcript &transcript() const { return m_transcript; }
    [[nodiscard]] const Login &lastLogin() const { return m_lastLogin; }
    void setLastLogin(const Login &login) { m_lastLogin = login; }
    // How many POP3 logins the last start() made (0, 1, or 2 after a refused relay).
    [[nodiscard]] int loginCount() const { return m_logins; }

    // True when `login` is recent enough to rely on: younger than the window minus a
    // margin (a tenth of the window, at least 30 s) for the same POP3 account.
    [[nodiscard]] static bool isFresh(const Login &login, const QString &server, int windowMinutes,
                                      const QDateTime &now);
    // True when an SMTP refusal reads as "relaying denied / authentication required"
    // (RFC 3463 x.7.x codes, or the words the common MTAs use).
    [[nodiscard]] static bool isRelayRefusal(const QString &serverReply);

Q_SIGNALS:
    void stateChanged(mw::Phase state);
    void stageFinished(const mw::StageTiming &stage);
    void messageFinished(int index, const mw::MessageOutcome &outcome);
    void finished(const mw::Result &result);

private:
    void popLogin();
    void onPopFinished(const Result &r);
    void resolveSmtp();
    void onSmtpResolved(const NameLookup::Answer &answer);
    void runSmtp(const QList<QHostAddress> &addresses);
    void onSmtpFinished(const Result &r);
    [[nodiscard]] bool relayRefused(const Result &r) const;
    [[nodiscard]] static bool isRelayRefusal(const MessageOutcome &o);
    void onSmtpMessage(int index, const MessageOutcome &outcome);
    void releaseHeldBack(bool loginNotHonoured = false);
    [[nodiscard]] QString accountKey() const;
    void done(Result r);

    MailSettings m_settings;
    QString m_smtpPassword;
    QString m_pop3Password;
    TlsIdentity m_smtpIdentity; // client certificates (smtp/client_cert, pop3/client_cert)
    TlsIdentity m_pop3Identity;
    QList<Envelope> m_messages;
    QList<Envelope> m_sessionMessages; // what the running SMTP session sends
    QList<int> m_sessionIndex;         // its index -> index into m_messages
    QList<int> m_heldBack;             // indices whose relay refusal may be retried
    Phase m_stopAfter = Phase::Done;
    QPointer<Pop3Session> m_pop;
    QPointer<SmtpSession> m_smtp;
    Result m_result;
    Result m_popResult;
    QList<StageTiming> m_popStages;
    QList<MessageOutcome> m_outcomes;
    Transcript m_transcript;
    Login m_lastLogin;
    int m_lookupId = -1;
    int m_logins = 0;
    bool m_retried = false;
    bool m_running = false;
};

} // namespace mw
