// SPDX-License-Identifier: GPL-3.0-or-later
// Pop3Session, part two: what each server answer means to the session. The lines are
// read by the pure parsers of Pop3Reply.h; this file decides what follows from them.
// (Pop3Session.cpp holds the lifecycle: start, the command queue, login, the end.)
#include "Pop3Session.h"

#include "Sasl.h"

namespace mw {
namespace {

// A multi-line answer may take longer than one timeout when it is big, but only while
// it moves: the phase timer starts again after every this many octets, not every line.
constexpr qint64 kProgressOctets = 8192;

} // namespace

void Pop3Session::onLine(const QByteArray &line)
{
    if (!m_running)
        return;
    if (m_answer.isActive()) {
        onMultiLine(line);
        return;
    }
    // RFC 5034 §4: during AUTH a line "+ " base64 (or a bare "+") is a challenge.
    if (m_pending == Pending::Auth && (line == "+" || line.startsWith("+ "))) {
        onSaslChallenge(line);
        return;
    }
    m_transcript.server(serverText(line));
    if (m_pending == Pending::None) {
        fail(ErrorClass::Protocol, m_state, tr("The server sent a line nobody asked for."), line);
        return;
    }
    const std::optional<Pop3Status> status = Pop3Status::parse(line);
    if (!status) {
        fail(ErrorClass::Protocol, m_state == Phase::Idle ? Phase::Greeting : m_state,
             Pop3Status::notStatusText(line, m_pending == Pending::Greeting), line);
        return;
    }
    onStatus(*status, line);
}

void Pop3Session::onMultiLine(const QByteArray &line)
{
    const bool message = m_answer.isMessage();
    const Pop3MultiLine::Status st = m_answer.feedLine(line);
    if (st == Pop3MultiLine::Status::Complete) {
        onMultiLineDone();
        return;
    }
    if (!message)
        m_transcript.server(serverText(line));
    if (st == Pop3MultiLine::Status::Error) {
        fail(ErrorClass::Protocol, message ? Phase::Transaction : m_state, m_answer.errorText());
        return;
    }
    // Progress: the phase timer measures a stall, not the length of a big answer. A
    // line of a few octets now and then (a drip that would never end) is no progress.
    // The restarts end kMaxStretch timeouts after the answer began, like an upload's:
    // a server that drips 8 KiB just before each timeout must not hold a RETR for hours.
    if (m_answer.octets() - m_answerOctetsArmed >= kProgressOctets) {
        m_answerOctetsArmed = m_answer.octets();
        m_conn->extendTimeout();
    }
}

void Pop3Session::onStatus(const Pop3Status &status, const QByteArray &line)
{
    const bool ok = status.ok;
    const Pending what = m_pending;
    m_pending = Pending::None;
    m_conn->disarmTimeout();
    const QString reply = serverText(line);

    switch (what) {
    case Pending::None:
        return;
    case Pending::Greeting:
        m_result.greeting = serverText(status.text);
        if (!ok) {
            fail(status.errorClass(ErrorClass::Refused), Phase::Greeting,
                 tr("The server refused to serve this client."), line, {}, End::Quit);
            return;
        }
        if (m_conn->hasPendingInput()) {
            // The client speaks first after the greeting; answers to commands not yet
            // sent mean a broken or spoofing server.
            fail(ErrorClass::Protocol, Phase::Greeting,
                 tr("The server sent more lines before the client's first command."), line);
            return;
        }
        m_timestamp = QString::fromLatin1(findTimestamp(line));
        m_transcript.info(m_timestamp.isEmpty()
                              ? QStringLiteral("the greeting carries no APOP timestamp")
                              : QStringLiteral("the greeting carries an APOP timestamp"));
        stageDone(Phase::Greeting, true);
        sendCapa();
        return;
    case Pending::Capa:
        if (ok) {
            m_pending = Pending::Capa;
            beginMultiLine(m_state);
            return;
        }
        // RFC 2449 §5: an RFC 1939 server answers -ERR; it simply has no capability list.
        m_capaOk = false;
        afterCapa();
        return;
    case Pending::Stls:
        if (!ok) {
            fail(ErrorClass::StartTlsUnavailable, Phase::StartTls,
                 tr("The server refused to start TLS (STLS); nothing was sent in clear."), line, {},
                 End::Quit);
            return;
        }
        stageDone(Phase::StartTls, true);
        setState(Phase::Tls);
        m_conn->startTls();
        return;
    case Pending::User:
        if (!ok) {
            fail(status.errorClass(ErrorClass::AuthFailed), Phase::Auth,
                 tr("The server rejected the POP3 login name."), line, {}, End::Quit);
            return;
        }
        send(Pending::Pass, "PASS " + m_config.password.toUtf8(), Phase::Auth,
             QStringLiteral("PASS ***"));
        return;
    case Pending::Pass:
    case Pending::Apop:
        if (!ok) {
            const ErrorClass c = status.errorClass(ErrorClass::AuthFailed);
            fail(c, Phase::Auth,
                 c == ErrorClass::Temporary
                     ? tr("The server refused the login for now (mailbox busy or logins too "
                          "frequent).")
                     : tr("The POP3 server rejected the login name or password."),
                 line, {}, End::Quit);
            return;
        }
        m_result.serverReply = reply;
        loggedIn();
        return;
    case Pending::Auth:
        onSaslFinal(status, line);
        return;
    case Pending::Stat: {
        if (!ok) {
            fail(ErrorClass::Protocol, Phase::Transaction, tr("The server refused STAT."), line, {},
                 End::Quit);
            return;
        }
        const std::optional<pop3::Drop> drop = pop3::parseStat(status);
        if (!drop) {
            fail(ErrorClass::Protocol, Phase::Transaction,
                 tr("The server's answer to STAT is malformed."), line);
            return;
        }
        Q_EMIT statReceived(drop->count, drop->size);
        runQueue();
        return;
    }
    case Pending::List:
    case Pending::Uidl:
    case Pending::Retr:
    case Pending::Top:
        if (!ok) {
            if (what == Pending::Uidl) {
                // RFC 1939 §7: UIDL is optional; the listing stays without unique ids.
                Q_EMIT listed(m_listing);
                runQueue();
                return;
            }
            fail(ErrorClass::Protocol, Phase::Transaction,
                 what == Pending::List
                     ? tr("The server refused to list the mailbox.")
                     : tr("The server refused to send message %1.").arg(m_current.number),
                 line, {}, End::Quit);
            return;
        }
        m_pending = what;
        beginMultiLine(Phase::Transaction);
        return;
    case Pending::Dele:
        if (!ok) {
            fail(ErrorClass::Protocol, Phase::Transaction,
                 tr("The server refused to delete message %1.").arg(m_current.number), line, {},
                 End::Quit);
            return;
        }
        Q_EMIT removed(m_current.number);
        runQueue();
        return;
    case Pending::Rset:
        // Whatever it answered, the failed session ends now; nothing marked is deleted.
        send(Pending::Quit, "QUIT", Phase::Quit);
        m_conn->armTimeout(Phase::Quit, kQuitAfterFailureMs);
        return;
    case Pending::Quit:
        if (!ok && m_loggedIn && m_result.errorClass == ErrorClass::None) {
            // RFC 1939 §6: -ERR to QUIT in the UPDATE state means deletions failed.
            m_quitting = false;
            fail(ErrorClass::Protocol, Phase::Quit,
                 tr("The server could not complete the session (messages marked for deletion "
                    "may remain)."),
                 line);
            return;
        }
        finish();
        return;
    }
}

void Pop3Session::onSaslChallenge(const QByteArray &line)
{
    const QByteArray challenge = line.mid(2);
    // SCRAM, NTLM and GSSAPI challenges are binary: their size is shown, not their bytes.
    m_transcript.server(sasl::hidesChallenges(m_sasl.mechanism())
                            ? QStringLiteral("+ ") + sasl::challengeShown(challenge)
                            : serverText(line));
    m_pending = Pending::None;
    m_conn->disarmTimeout();
    const sasl::Exchange::Step step = m_sasl.onChallenge(challenge);
    switch (step.kind) {
    case sasl::Exchange::Step::Kind::Send:
        // Every client line of the exchange is a secret or derived from one.
        send(Pending::Auth, step.line, Phase::Auth, QStringLiteral("***"));
        return;
    case sasl::Exchange::Step::Kind::Cancel:
        // RFC 5034 §4: "*" cancels; the server answers -ERR and the login has failed.
        m_transcript.info(
            QStringLiteral("the client cancelled the %1 exchange").arg(m_sasl.mechanism()));
        send(Pending::Auth, step.line, Phase::Auth, QStringLiteral("*"));
        return;
    case sasl::Exchange::Step::Kind::Fail:
        break;
    }
    // Mid-exchange the session cannot say QUIT (the server would read it as a response).
    fail(step.errorClass, Phase::Auth, step.message, step.withReply ? line : QByteArray());
}

void Pop3Session::onSaslFinal(const Pop3Status &status, const QByteArray &line)
{
    if (status.ok) {
        // SCRAM and GSSAPI: a +OK before the server proved itself is no login.
        if (const auto why = m_sasl.onSuccess()) {
            fail(ErrorClass::AuthFailed, Phase::Auth, *why, line, {}, End::Quit);
            return;
        }
        m_result.authMechanismUsed = m_sasl.mechanism();
        m_result.serverReply = serverText(line);
        loggedIn();
        return;
    }
    if (m_sasl.cancelled()) {
        fail(ErrorClass::AuthFailed, Phase::Auth, m_sasl.cancelReason(), line, {}, End::Quit);
        return;
    }
    const ErrorClass c = status.errorClass(ErrorClass::AuthFailed);
    fail(c, Phase::Auth,
         c == ErrorClass::Temporary
             ? tr("The server refused the login for now (mailbox busy or logins too frequent).")
             : sasl::rejectedLogin(m_sasl.mechanism(), m_config.username),
         line, {}, End::Quit);
}

void Pop3Session::onMultiLineDone()
{
    const Pending what = m_pending;
    m_pending = Pending::None;
    m_conn->disarmTimeout();
    switch (what) {
    case Pending::Capa: {
        m_capaOk = true;
        const pop3::Capabilities caps = pop3::parseCapabilities(m_answer.takeLines());
        m_stlsOffered = m_stlsOffered || caps.stls;
        m_uidlOffered = m_uidlOffered || caps.uidl;
        if (!caps.saslMechanisms.isEmpty())
            m_result.authMechanisms = caps.saslMechanisms;
        m_result.capabilities = caps.lines;
        afterCapa();
        return;
    }
    case Pending::List: {
        QByteArray bad;
        const auto listing = pop3::parseList(m_answer.takeLines(), &bad);
        if (!listing) {
            fail(ErrorClass::Protocol, Phase::Transaction,
                 tr("The server's answer to LIST is malformed."), bad);
            return;
        }
        m_listing = *listing;
        if (m_uidlOffered || !m_capaOk) {
            send(Pending::Uidl, "UIDL", Phase::Transaction);
            return;
        }
        Q_EMIT listed(m_listing);
        runQueue();
        return;
    }
    case Pending::Uidl: {
        QByteArray bad;
        if (!pop3::applyUidl(m_answer.takeLines(), m_listing, &bad)) {
            fail(ErrorClass::Protocol, Phase::Transaction,
                 tr("The server's answer to UIDL is malformed."), bad);
            return;
        }
        Q_EMIT listed(m_listing);
        runQueue();
        return;
    }
    case Pending::Top: {
        // Headers only: shown by size, like RETR (a body line may hold a password).
        const QByteArray content = m_answer.takeMessage();
        m_transcript.server(QStringLiteral("(headers of message %1, %2 octets)")
                                .arg(m_current.number)
                                .arg(content.size()));
        m_transcript.server(QStringLiteral("."));
        Q_EMIT topRetrieved(m_current.number, content);
        runQueue();
        return;
    }
    case Pending::Retr: {
        const QByteArray content = m_answer.takeMessage();
        m_transcript.server(
            QStringLiteral("(message %1, %2 octets)").arg(m_current.number).arg(content.size()));
        m_transcript.server(QStringLiteral("."));
        Q_EMIT retrieved(m_current.number, content);
        runQueue();
        return;
    }
    default:
        fail(ErrorClass::Protocol, m_state, tr("The server sent an unexpected multi-line answer."));
        return;
    }
}

} // namespace mw
