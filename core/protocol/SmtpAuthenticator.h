// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "SaslExchange.h"
#include "SmtpConfig.h"
#include "SmtpReply.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace mw {

// SMTP AUTH (RFC 4954) as a state machine without a socket: which mechanism
// (sasl::choose, under sasl::mayAuthenticate), the SMTP framing of a sasl::Exchange (every
// mechanism of GNU SASL and NTLM: SCRAM-SHA-256/1, GSSAPI, EXTERNAL, NTLM, CRAM-MD5, PLAIN,
// LOGIN), and the hand-written XOAUTH2 and OAUTHBEARER (RFC 7628; gsasl has neither). The
// session sends what it is told and hands back each reply.
class SmtpAuthenticator
{
    // The sentences keep the session's translation context.
    Q_DECLARE_TR_FUNCTIONS(mw::SmtpSession)
public:
    struct Action
    {
        enum class Kind { Send, Succeeded, Failed };
        Kind kind = Kind::Failed;
        QByteArray line; // Send: the line (credentials inside)
        QString shown;   // Send: what the transcript shows instead; empty: the line itself
        QString note;    // a line for the transcript, before anything else
        // Failed:
        ErrorClass errorClass = ErrorClass::Protocol;
        QString message;
        bool withReply = false; // the reply that led here goes into the Result
        bool quit = false;      // the session may still say QUIT (else it aborts)
    };

    // The first step: the chosen mechanism's first command, or why there is none.
    [[nodiscard]] Action start(const SmtpConfig &config, const QStringList &offered,
                               bool encrypted);
    // The next step after a reply to AUTH or to a response.
    [[nodiscard]] Action onReply(const SmtpReply &reply);
    [[nodiscard]] const QString &mechanism() const { return m_mechanism; }
    // The 334 challenges are binary (SCRAM, NTLM, GSSAPI): the transcript shows their size.
    [[nodiscard]] bool hidesChallenges() const;

    // The SMTP value of `auth` as a mechanism name ("AUTO" for Auto).
    [[nodiscard]] static QString requestedMechanism(SmtpConfig::Auth auth);
    // A server that keeps answering 334 is not authenticating; give up after this many rounds.
    static constexpr int kMaxRounds = sasl::Exchange::kMaxRounds;

private:
    enum class Step {
        None,
        Sasl,          // a sasl::Exchange runs the mechanism
        OAuthInitial,  // token sent; 235, or a 334 with the RFC 7628 §3.2.2 error JSON
        OAuthErrorAck, // the error was acknowledged; the final 5xx follows
        Done
    };
    [[nodiscard]] Action onChallenge(const SmtpReply &reply); // XOAUTH2, OAUTHBEARER
    [[nodiscard]] Action onSaslChallenge(const SmtpReply &reply);
    [[nodiscard]] Action onFinalFailure(const SmtpReply &reply) const;
    [[nodiscard]] static Action send(const QByteArray &line, const QString &shown = {});
    [[nodiscard]] static Action failure(ErrorClass c, const QString &message, bool withReply,
                                        bool quit = false);

    SmtpConfig m_config;
    sasl::Exchange m_exchange;
    QString m_mechanism;
    QString m_oauthError; // sentence built from the RFC 7628 §3.2.2 error, for the final 5xx
    Step m_step = Step::None;
    int m_rounds = 0;
};

} // namespace mw
