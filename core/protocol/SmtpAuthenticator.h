// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "SmtpConfig.h"
#include "SmtpReply.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace mw {

// SMTP AUTH (RFC 4954) as a state machine without a socket: which mechanism
// (sasl::choose, under sasl::mayAuthenticate), and the exchanges of PLAIN, LOGIN,
// CRAM-MD5, XOAUTH2 and OAUTHBEARER (RFC 7628). The session sends what it is told and
// hands back each reply. A new mechanism is a change here (and in sasl::choose).
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

    // A server that keeps answering 334 is not authenticating; give up after this many rounds.
    static constexpr int kMaxRounds = 4;

private:
    enum class Step {
        None,
        Initial,
        LoginUser,
        LoginPass,
        CramResponse,
        OAuthInitial,  // token sent; 235, or a 334 with the RFC 7628 §3.2.2 error JSON
        OAuthErrorAck, // the error was acknowledged; the final 5xx follows
        Done
    };
    [[nodiscard]] Action onChallenge(const SmtpReply &reply);
    [[nodiscard]] Action onFinalFailure(const SmtpReply &reply) const;
    [[nodiscard]] static Action send(const QByteArray &line, const QString &shown = {});
    [[nodiscard]] static Action failure(ErrorClass c, const QString &message, bool withReply,
                                        bool quit = false);

    SmtpConfig m_config;
    QString m_mechanism;
    QString m_oauthError; // sentence built from the RFC 7628 §3.2.2 error, for the final 5xx
    Step m_step = Step::None;
    int m_rounds = 0;
};

} // namespace mw
