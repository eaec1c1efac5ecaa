// SPDX-License-Identifier: GPL-3.0-or-later
#include "MailSession.h"

#include "TlsTrust.h"

namespace mw {

MailSession::MailSession(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<mw::Result>();
    qRegisterMetaType<mw::StageTiming>();
}

MailSession::~MailSession()
{
    if (m_conn)
        m_conn->abort();
}

void MailSession::begin()
{
    m_result = {};
    m_transcript.clear();
    m_transcript.start();
    m_tlsDone = false;
    m_quitting = false;
    m_running = true;
    m_totalClock.start();
    m_stageClock.start();
}

void MailSession::open(const MailConnection::Options &options, const QString &protocol,
                       const QString &security)
{
    m_implicitTls = options.implicitTls;
    m_port = options.port;
    m_conn = new MailConnection(this);
    connect(m_conn, &MailConnection::resolved, this, [this](qint64 ms) {
        m_result.stages.append({Phase::Resolve, true, ms});
        Q_EMIT stageFinished(m_result.stages.constLast());
        setState(Phase::Connect);
    });
    connect(m_conn, &MailConnection::connected, this, [this](qint64) {
        stageDone(Phase::Connect, true);
        onConnected();
        if (m_implicitTls) {
            setState(Phase::Tls);
            return;
        }
        setState(Phase::Greeting);
        expectGreeting();
        m_conn->armTimeout(Phase::Greeting);
    });
    connect(m_conn, &MailConnection::encrypted, this, [this](qint64) {
        stageDone(Phase::Tls, true);
        m_result.tlsProtocol = m_conn->tlsProtocol();
        m_result.tlsCipher = m_conn->tlsCipher();
        m_result.certificate = m_conn->peerCertificate();
        const bool implicit = !m_tlsDone && m_implicitTls;
        m_tlsDone = true;
        if (implicit) {
            setState(Phase::Greeting);
            expectGreeting();
            m_conn->armTimeout(Phase::Greeting);
        } else {
            afterStartTls();
        }
    });
    connect(m_conn, &MailConnection::lineReceived, this, [this](const QByteArray &line) {
        if (m_running)
            onLine(line);
    });
    connect(m_conn, &MailConnection::failed, this, &MailSession::onConnectionFailed);
    connect(m_conn, &MailConnection::disconnected, this, &MailSession::onDisconnected);
    connect(m_conn, &MailConnection::allWritten, this, [this] { onAllWritten(); });
    m_transcript.info(QStringLiteral("%1 to %2 port %3, security %4")
                          .arg(protocol, options.host)
                          .arg(options.port)
                          .arg(options.implicitTls ? QStringLiteral("implicit TLS") : security));
    setState(Phase::Resolve);
    m_conn->open(options, &m_transcript);
}

void MailSession::cancel()
{
    if (!m_running)
        return;
    if (m_conn)
        m_conn->abort();
    if (m_quitting && m_result.errorClass != ErrorClass::None) {
        finish(); // only the goodbye of a failed session was cut short: its failure stands
        return;
    }
    fail(ErrorClass::Cancelled, m_state, tr("The session was cancelled."));
}

void MailSession::setState(Phase s)
{
    if (m_state == s)
        return;
    m_state = s;
    m_stageClock.start();
    Q_EMIT stateChanged(s);
}

void MailSession::stageDone(Phase p, bool ok)
{
    if (!reportsStage(p))
        return;
    for (const StageTiming &s : std::as_const(m_result.stages)) {
        if (s.phase == p && s.ok)
            return;
    }
    m_result.stages.append({p, ok, m_stageClock.elapsed()});
    Q_EMIT stageFinished(m_result.stages.constLast());
}

void MailSession::onConnectionFailed(ErrorClass c, Phase p, const QString &message)
{
    if (!m_running)
        return;
    if (m_quitting) {
        // The work is done; a server that drops the line instead of answering QUIT has
        // not lost anything.
        finish();
        return;
    }
    m_result.certificate = m_conn->peerCertificate();
    m_result.certificateErrors = m_conn->certificateErrors();
    const WrongPortHints wrongPort = wrongPortHints();
    QString msg = message;
    QString hint;
    const bool beforeGreeting = !m_tlsDone && m_result.greeting.isEmpty();
    if (c == ErrorClass::TlsHandshake && !m_tlsDone && tlsErrorIsPeerAlert(message)) {
        // The server answered in TLS and then gave up with an alert: port and mode are
        // right, the server's own TLS is not.
        hint = tlsPeerAlertHint();
    } else if (c == ErrorClass::TlsHandshake && beforeGreeting &&
               (wrongPort.tlsConfigured || m_port == wrongPort.implicitTlsPort)) {
        hint = wrongPort.notImplicitTls;
        // OpenSSL reads a clear greeting as a TLS record header with a bogus version: the
        // port certainly speaks clear text first.
        if (!wrongPort.clearTextMessage.isEmpty() && tlsErrorMeansClearText(message))
            msg = wrongPort.clearTextMessage.arg(message);
    }
    if (c == ErrorClass::Timeout && p == Phase::Greeting && beforeGreeting)
        hint = wrongPort.silentAfterConnect;
    fail(c, p, msg, QString(), hint);
}

void MailSession::onDisconnected()
{
    if (!m_running)
        return;
    if (m_quitting) {
        finish();
        return;
    }
    fail(ErrorClass::Network, m_state, tr("The server closed the connection unexpectedly."));
}

void MailSession::fail(ErrorClass c, Phase p, const QString &message, const QString &serverReply,
                       const QString &hint, End end)
{
    if (!m_running)
        return;
    if (m_quitting && c != ErrorClass::Cancelled &&
        (!goodbyeTroubleCounts() || m_result.errorClass != ErrorClass::None)) {
        // Trouble with the goodbye: what the session found stands.
        if (m_conn)
            m_conn->abort();
        finish();
        return;
    }
    onFailing(c, p, message, serverReply);
    m_result.ok = false;
    if (m_result.errorClass == ErrorClass::None || c == ErrorClass::Cancelled) {
        m_result.errorClass = c;
        m_result.phase = p;
        m_result.message = message.isEmpty() ? defaultMessage(c) : message;
        m_result.hint = hint.isEmpty() ? defaultHint(c) : hint;
        m_result.serverReply = serverReply;
    }
    if (m_result.stages.isEmpty() || m_result.stages.constLast().phase != p ||
        m_result.stages.constLast().ok)
        m_result.stages.append({p, false, m_stageClock.elapsed()});
    Q_EMIT stageFinished(m_result.stages.constLast());
    if (end == End::Quit && m_conn && !m_quitting && inStep() && !m_conn->hasPendingInput()) {
        // In step with the server (nothing owed, nothing unread): say goodbye. The reply,
        // a timeout or a close all end the session with the failure recorded above.
        m_quitting = true;
        quitAfterFailure();
        return;
    }
    if (m_conn)
        m_conn->abort();
    finish();
}

void MailSession::finish()
{
    if (!m_running)
        return;
    m_running = false;
    onFinishing();
    if (m_conn) {
        m_conn->close();
        m_conn->deleteLater();
        m_conn = nullptr;
    }
    m_result.ok = m_result.errorClass == ErrorClass::None;
    if (m_result.ok) {
        m_result.phase = Phase::Done;
        m_result.message = defaultMessage(ErrorClass::None);
    }
    m_transcript.info(
        QStringLiteral("session finished: %1 in %2 ms")
            .arg(m_result.ok ? QStringLiteral("ok") : errorClassId(m_result.errorClass))
            .arg(m_totalClock.elapsed()));
    setState(Phase::Done);
    Q_EMIT finished(m_result);
}

} // namespace mw
