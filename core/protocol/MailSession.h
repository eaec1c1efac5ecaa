// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MailConnection.h"
#include "Result.h"
#include "Transcript.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>

namespace mw {

// The life cycle that SMTP and POP3 sessions share, each rule written once: the
// connection and its signals, the state and the stage clocks, the transcript, the Result,
// how a failure is recorded and how a failed session ends (QUIT or abort), cancel, and
// finishing exactly once. A protocol session derives from it and supplies the dialogue:
// what a greeting is, what it says after TLS, what it owes the server when it fails.
class MailSession : public QObject
{
    Q_OBJECT
public:
    ~MailSession() override;
    Q_DISABLE_COPY_MOVE(MailSession)

    void cancel();

    [[nodiscard]] Phase state() const { return m_state; }
    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] const Result &result() const { return m_result; }
    [[nodiscard]] const Transcript &transcript() const { return m_transcript; }

Q_SIGNALS:
    void stateChanged(mw::Phase state);
    void stageFinished(const mw::StageTiming &stage);
    void finished(const mw::Result &result);

protected:
    explicit MailSession(QObject *parent = nullptr);

    // How a failed session ends. RFC 5321 §4.1.1.10, RFC 1939 §6: a client that can still
    // talk says QUIT (a dropped connection is what ban tools such as fail2ban count); an
    // abort is for a connection that no longer works (timeout, garbage, TLS failure).
    enum class End { Abort, Quit };

    // The sentences a protocol gives for a server on the wrong port or in the wrong mode.
    struct WrongPortHints
    {
        quint16 implicitTlsPort = 0;
        bool tlsConfigured = false; // security "TLS" was chosen explicitly
        QString notImplicitTls;     // the TLS handshake failed before any greeting
        QString clearTextMessage;   // "%1" = the TLS error; empty: the error stays as it is
        QString silentAfterConnect; // no greeting in time on a clear connection
    };

    // Resets the shared state and starts the clocks; the start of every session.
    void begin();
    // Opens the connection; the transcript starts with the protocol, the server and the
    // security (`security` names the configured mode when TLS is not implicit).
    void open(const MailConnection::Options &options, const QString &protocol,
              const QString &security);

    void setState(Phase s);
    // Records a stage once (a stage that succeeded is not recorded again).
    void stageDone(Phase p, bool ok);
    // Records the failure (the first one stands, a cancel overrides it), then ends with QUIT
    // when asked and the session is in step with the server, else aborts. Finishes the
    // session, at once or after the goodbye. `serverReply`: the server's words that go with
    // the failure, already neutralized (serverText()); they replace the Result's.
    void fail(ErrorClass c, Phase p, const QString &message, const QString &serverReply = {},
              const QString &hint = {}, End end = End::Abort);
    void finish();

    // --- the protocol's part ---
    // Expect the greeting (set what is owed); the base arms the timer.
    virtual void expectGreeting() = 0;
    // The channel was upgraded by STARTTLS/STLS: forget what was learned in clear, ask again.
    virtual void afterStartTls() = 0;
    virtual void onLine(const QByteArray &line) = 0;
    [[nodiscard]] virtual WrongPortHints wrongPortHints() const = 0;
    // True when no answer is owed and nothing is half read: QUIT may go out now.
    [[nodiscard]] virtual bool inStep() const = 0;
    // Sends the goodbye of a failed session (QUIT, or RSET then QUIT); m_quitting is set.
    virtual void quitAfterFailure() = 0;
    // A failure is being recorded (before the Result is): the work in flight learns of it.
    virtual void onFailing(ErrorClass, Phase, const QString & /*message*/,
                           const QString & /*serverReply*/)
    {}
    // POP3 records trouble with the goodbye of a successful session, SMTP does not.
    [[nodiscard]] virtual bool goodbyeTroubleCounts() const { return false; }
    // False for stages that are not reported (SMTP: those of every message but the first).
    [[nodiscard]] virtual bool reportsStage(Phase) const { return true; }
    virtual void onConnected() {}
    // Every byte queued so far has been handed to the system.
    virtual void onAllWritten() {}
    virtual void onFinishing() {}

    // The QUIT (and RSET) that end a failed session wait this long for their answers (the
    // failure is known already; only the goodbye is at stake).
    static constexpr int kQuitAfterFailureMs = 2000;

    MailConnection *m_conn = nullptr;
    Transcript m_transcript;
    Result m_result;
    Phase m_state = Phase::Idle;
    bool m_running = false;
    bool m_tlsDone = false;
    bool m_quitting = false;

private:
    void onConnectionFailed(ErrorClass c, Phase p, const QString &message);
    void onDisconnected();

    QElapsedTimer m_stageClock;
    QElapsedTimer m_totalClock;
    quint16 m_port = 0;
    bool m_implicitTls = false;
};

} // namespace mw
