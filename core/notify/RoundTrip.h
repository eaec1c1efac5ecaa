// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "delivery/TestSend.h"
#include "protocol/Pop3Reply.h"
#include "protocol/Result.h"
#include "session/Credentials.h"
#include "settings/MailSettings.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace mw {

class Pop3Session;

// The round trip: the Send Test with a unique token to the notification mailbox, then the
// POP3 account that receives that mailbox is looked into until the message with the token
// is there; only that message is fetched and deleted, and the end-to-end delay is reported.
// The one place for it: `mailwright-cli test --roundtrip` and the window's "Send and fetch
// back" both run it. Lives in notify/ because it needs Send Test (delivery/) and the token
// reader (diagnostics/DsnParser), which sit side by side.
//
// Every POP3 look is its own session with its own timeouts; the whole wait is bounded by
// Options::waitSeconds. cancel() ends it at any point; it finishes exactly once.
class RoundTrip : public QObject
{
    Q_OBJECT
public:
    // The rows of a step list, in order.
    enum class Step { Send, Wait, Fetch, Delete };
    Q_ENUM(Step)
    enum class StepState { Running, Ok, Failed };
    Q_ENUM(StepState)

    struct Options
    {
        int waitSeconds = 120; // give up when the message is not there by then
        int pollSeconds = 2;   // between two looks into the mailbox
        QString token;         // empty: a new one (TestMessage::newToken())
        // As TestSend::Options: the remembered capabilities, the access token's source.
        QString capabilityMemory;
        QPointer<AccessTokenSource> tokens;
    };

    struct Outcome
    {
        // ok: the message came back and was deleted. Else the send's failure, the POP3
        // session's (with a sentence saying the message was sent), a timeout, or Cancelled.
        Result result;
        Result smtp; // the Send Test
        Result pop3; // the last POP3 session; empty when none ran
        QString recipient;
        QString token;
        QString messageId;
        qint64 sendMs = -1;  // from the start to the server's acceptance
        qint64 delayMs = -1; // end to end: from the start of the send to the fetch
        int looks = 0;       // POP3 sessions that ran
        bool sent = false;
        bool found = false;
        bool deleted = false;
    };

    explicit RoundTrip(QObject *parent = nullptr);
    ~RoundTrip() override;
    Q_DISABLE_COPY_MOVE(RoundTrip)

    // credentials: what Preflight::needs(Purpose::RoundTrip) named (SMTP and POP3).
    void start(const MailSettings &settings, const Credentials &credentials,
               const Options &options);
    void cancel();

    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] const Outcome &outcome() const { return m_outcome; }
    // The Send Test part: its phases, its redacted transcript.
    [[nodiscard]] TestSend *testSend() const { return m_send; }
    // The sentence of a step row ("Sent", "Waiting for the message", ...).
    [[nodiscard]] static QString stepName(Step step);

Q_SIGNALS:
    // ms: how long the step took (Ok, Failed); for Wait while Running: the time so far.
    void stepChanged(mw::RoundTrip::Step step, mw::RoundTrip::StepState state, qint64 ms);
    // The server accepted the message; the mailbox is looked into next.
    void sent(const mw::Result &smtp);
    void finished(const mw::RoundTrip::Outcome &outcome);

private:
    void onSent(const Result &smtp);
    void look();
    void onLookFinished(const Result &res);
    void finish(const Result &result);

    TestSend *m_send = nullptr;
    QPointer<Pop3Session> m_session;
    QTimer m_next;
    QElapsedTimer m_clock;
    MailSettings m_settings;
    Credentials m_credentials;
    Options m_options;
    Outcome m_outcome;
    QSet<QString> m_seen;                // UIDs looked at before: not the test message
    QList<Pop3MessageInfo> m_candidates; // this look's listing
    int m_found = 0;                     // this look's message number with the token
    int m_readyCount = 0;
    qint64 m_waitStartMs = 0; // the server accepted the message
    qint64 m_lookStartMs = 0; // this look began
    bool m_running = false;
};

} // namespace mw

Q_DECLARE_METATYPE(mw::RoundTrip::Outcome)
