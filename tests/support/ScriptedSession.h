// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ScriptedServer.h"
#include "protocol/Pop3Session.h"
#include "protocol/SmtpSession.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QSignalSpy>

// The data-driven session tests take scripts and modes as columns.
Q_DECLARE_METATYPE(QList<mw::test::ScriptedServer::Step>)
Q_DECLARE_METATYPE(mw::SmtpConfig::Security)
Q_DECLARE_METATYPE(mw::SmtpConfig::Auth)
Q_DECLARE_METATYPE(mw::Pop3Config::Security)

namespace mw::test {

// What the SMTP and POP3 session tests share around a ScriptedServer (or another loopback
// server of a test's own): the message they send, a configuration that points at the
// server, and one run of a session to its end.
//
//     ScriptedServer server({...});
//     QVERIFY(server.listen());
//     SmtpRun run;
//     QVERIFY(run.start(smtpConfig(server.port()), {testEnvelope()}));
//     QVERIFY2(run.result().ok, run.explain().constData());

// A short message from alerts@ to admin@example.test.
[[nodiscard]] Envelope testEnvelope();

// 127.0.0.1:port in clear, no login, timeoutSeconds per phase.
[[nodiscard]] SmtpConfig smtpConfig(quint16 port, int timeoutSeconds = 2);
[[nodiscard]] Pop3Config pop3Config(quint16 port, int timeoutSeconds = 2);

// What a failed check prints: the error class, the sentence and the session's transcript.
[[nodiscard]] QByteArray explain(const Result &result, const Transcript &transcript);

// One session run to its end: its finished() signals counted, the time it took.
template<class Session> class SessionRun
{
public:
    Session session;
    QSignalSpy finished{&session, &Session::finished};
    qint64 elapsedMs = 0;

    [[nodiscard]] const Result &result() const { return session.result(); }
    [[nodiscard]] QByteArray explain() const
    {
        return test::explain(session.result(), session.transcript());
    }

protected:
    // Calls start and waits at most waitMs for finished(); false if it did not come.
    template<class Start> [[nodiscard]] bool runWithin(int waitMs, Start &&start)
    {
        QElapsedTimer clock;
        clock.start();
        start();
        const bool ended = finished.wait(waitMs);
        elapsedMs = clock.elapsed();
        return ended;
    }
};

class SmtpRun : public SessionRun<SmtpSession>
{
public:
    [[nodiscard]] bool start(const SmtpConfig &config, const QList<Envelope> &messages,
                             Phase stopAfter = Phase::Done, int waitMs = 10000)
    {
        return runWithin(waitMs, [&] { session.start(config, messages, stopAfter); });
    }
    [[nodiscard]] const QList<MessageOutcome> &outcomes() const { return session.outcomes(); }
};

class Pop3Run : public SessionRun<Pop3Session>
{
public:
    [[nodiscard]] bool start(const Pop3Config &config, Phase stopAfter = Phase::Done,
                             int waitMs = 10000)
    {
        return runWithin(waitMs, [&] { session.start(config, stopAfter); });
    }
};

} // namespace mw::test
