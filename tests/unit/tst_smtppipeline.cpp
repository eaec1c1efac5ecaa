// SPDX-License-Identifier: GPL-3.0-or-later
// Pipelining across messages (issue 22, RFC 2920 §3.1) against scripted servers, for what
// Exim does not do on demand: replies held back until the next message's envelope has
// arrived, a connection cut in the middle of the pipeline, a refused recipient of the
// message behind a dot; and the end-of-data gate the queue journals through. With CHUNKING
// too: BDAT with the envelope before the RCPT replies, several messages in one flight, an
// RSET before each MAIL behind them (a server may keep a refused transaction open). QUIT
// behind the last message's end of data.
#include "ScriptedSession.h"

#include <QPair>
#include <QTest>

using namespace mw;
using namespace mw::test;
using S = ScriptedServer;

class TestSmtpPipeline : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void nextMessageFollowsTheDot();
    void brokenBeforeTheDotReply();
    void brokenAfterTheSecondDot();
    void secondMessageRecipientRefused();
    void endOfDataGateCoversGroups();
    void endOfDataGateRefusal();
    void bdatGoesWithTheEnvelope();
    void bdatAllRecipientsRefused();
    void bdatMailRefusedTransient();
    void bdatBrokenWithMessagesInFlight();
    void bdatGateBeforeAnyChunk();
    void bdatGateRefusalSendsNothing();
    void bdatPipelineDepth();
    void quitFollowsTheLastDot();
    void quitFollowsTheLastBdat();
    void lastMessageRefusedQuitSentOnce();
};

namespace {

// One message's pipelined envelope (MAIL, RCPT..., DATA); `replies` (the previous
// message's final reply first, when it is due) are written when its DATA line arrives.
QList<S::Step> envelopeSteps(int recipients, const QByteArray &replies)
{
    QList<S::Step> steps{S::expect("MAIL")};
    for (int i = 1; i < recipients; ++i)
        steps << S::expect("RCPT");
    steps << S::expect("RCPT") << S::expect("DATA", replies);
    return steps;
}

const QByteArray kPipeEhlo = "250-x\r\n250 PIPELINING\r\n";
const QByteArray kChunkEhlo = "250-x\r\n250-PIPELINING\r\n250 CHUNKING\r\n";

// One message's envelope and single BDAT LAST chunk as the client pipelines them with
// CHUNKING: RSET first when an earlier message's replies are still due. `replies` are
// written once its chunk has arrived.
QList<S::Step> bdatSteps(bool rset, int recipients, const QByteArray &replies)
{
    QList<S::Step> steps;
    if (rset)
        steps << S::expect("RSET");
    steps << S::expect("MAIL");
    for (int i = 0; i < recipients; ++i)
        steps << S::expect("RCPT");
    steps << S::expectBdat(replies);
    return steps;
}

// One message with CHUNKING whose envelope, BDAT LAST and QUIT arrive in one flight:
// `replies` (every one, the 221 last) are written only once QUIT has arrived.
QList<S::Step> bdatWithQuit(const QByteArray &replies)
{
    QList<S::Step> script{S::send("220 hi\r\n"), S::expect("EHLO", kChunkEhlo)};
    script << bdatSteps(false, 1, {}) << S::expect("QUIT", replies) << S::stall();
    return script;
}

} // namespace

void TestSmtpPipeline::nextMessageFollowsTheDot()
{
    // The server answers a final dot only once the next message's MAIL, RCPT and DATA
    // have arrived: a client that waited for the 250 before its next MAIL would stall.
    QList<S::Step> script{S::send("220 hi\r\n"), S::expect("EHLO", kPipeEhlo)};
    script << envelopeSteps(1, "250 ok\r\n250 ok\r\n354 go\r\n") << S::expectData();
    script << envelopeSteps(1, "250 one\r\n250 ok\r\n250 ok\r\n354 go\r\n") << S::expectData();
    script << envelopeSteps(1, "250 two\r\n250 ok\r\n250 ok\r\n354 go\r\n")
           << S::expectData("250 three\r\n") << S::expect("QUIT", "221 bye\r\n") << S::close();
    ScriptedServer server(script);
    QVERIFY(server.listen());
    SmtpRun run;
    QVERIFY(run.start(smtpConfig(server.port()), {testEnvelope(), testEnvelope(), testEnvelope()}));
    QVERIFY2(run.result().ok, run.explain().constData());
    const auto outs = run.outcomes();
    QCOMPARE(outs.size(), 3);
    const QStringList replies{QStringLiteral("250 one"), QStringLiteral("250 two"),
                              QStringLiteral("250 three")};
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(int(outs[i].state), int(MessageOutcome::State::Delivered));
        QCOMPARE(outs[i].serverReply, replies[i]); // each 250 went to its own message
    }
    QCOMPARE(server.receivedData().size(), 3);
    QCOMPARE(server.failure(), QString());
}

void TestSmtpPipeline::brokenBeforeTheDotReply()
{
    // The connection breaks after message 1's dot and message 2's envelope went out, before
    // any reply to them: message 1 may be with the server ("unknown"), message 2 is not
    // (its data never left: "deferred").
    QList<S::Step> script{S::send("220 hi\r\n"), S::expect("EHLO", kPipeEhlo)};
    script << envelopeSteps(1, "250 ok\r\n250 ok\r\n354 go\r\n") << S::expectData();
    script << envelopeSteps(1, {}) << S::abort();
    ScriptedServer server(script);
    QVERIFY(server.listen());
    SmtpRun run;
    QVERIFY(run.start(smtpConfig(server.port()), {testEnvelope(), testEnvelope(), testEnvelope()}));
    const auto outs = run.outcomes();
    QCOMPARE(int(outs[0].state), int(MessageOutcome::State::Unknown));
    QCOMPARE(int(outs[1].state), int(MessageOutcome::State::Deferred));
    QCOMPARE(int(outs[2].state), int(MessageOutcome::State::NotAttempted));
    QCOMPARE(server.receivedData().size(), 1);
    QVERIFY(!run.result().ok);
}

void TestSmtpPipeline::brokenAfterTheSecondDot()
{
    // Message 1's 250 arrived; message 2's dot left and the connection broke before its
    // reply: 1 delivered, 2 "unknown", 3 (its envelope after 2's dot) deferred.
    QList<S::Step> script{S::send("220 hi\r\n"), S::expect("EHLO", kPipeEhlo)};
    script << envelopeSteps(1, "250 ok\r\n250 ok\r\n354 go\r\n") << S::expectData();
    script << envelopeSteps(1, "250 one\r\n250 ok\r\n250 ok\r\n354 go\r\n") << S::expectData();
    script << envelopeSteps(1, {}) << S::abort();
    ScriptedServer server(script);
    QVERIFY(server.listen());
    SmtpRun run;
    QVERIFY(run.start(smtpConfig(server.port()), {testEnvelope(), testEnvelope(), testEnvelope()}));
    const auto outs = run.outcomes();
    QCOMPARE(int(outs[0].state), int(MessageOutcome::State::Delivered));
    QCOMPARE(int(outs[1].state), int(MessageOutcome::State::Unknown));
    QCOMPARE(int(outs[2].state), int(MessageOutcome::State::Deferred));
}

void TestSmtpPipeline::secondMessageRecipientRefused()
{
    // A 5xx to one RCPT of the message pipelined behind a dot belongs to that message and
    // that recipient only.
    QList<S::Step> script{S::send("220 hi\r\n"), S::expect("EHLO", kPipeEhlo)};
    script << envelopeSteps(1, "250 ok\r\n250 ok\r\n354 go\r\n") << S::expectData();
    script << envelopeSteps(2, "250 one\r\n250 ok\r\n250 ok\r\n550 5.1.1 no such user\r\n"
                               "354 go\r\n")
           << S::expectData();
    script << envelopeSteps(1, "250 two\r\n250 ok\r\n250 ok\r\n354 go\r\n")
           << S::expectData("250 three\r\n") << S::expect("QUIT", "221 bye\r\n") << S::close();
    ScriptedServer server(script);
    QVERIFY(server.listen());
    Envelope two = testEnvelope();
    two.recipients = {QStringLiteral("user@example.test"), QStringLiteral("nobody@example.test")};
    SmtpRun run;
    QVERIFY(run.start(smtpConfig(server.port()), {testEnvelope(), two, testEnvelope()}));
    const auto outs = run.outcomes();
    QCOMPARE(int(outs[0].state), int(MessageOutcome::State::Delivered));
    QVERIFY(outs[0].rejectedRecipients.isEmpty());
    QCOMPARE(int(outs[1].state), int(MessageOutcome::State::Delivered));
    QCOMPARE(outs[1].acceptedRecipients, QStringList{QStringLiteral("user@example.test")});
    QCOMPARE(outs[1].rejectedRecipients,
             QStringList{QStringLiteral("nobody@example.test: 550 5.1.1 no such user")});
    QCOMPARE(int(outs[2].state), int(MessageOutcome::State::Delivered));
    QVERIFY(outs[2].rejectedRecipients.isEmpty());
    QCOMPARE(errorClassId(run.result().errorClass), QStringLiteral("recipient_rejected"));
}

void TestSmtpPipeline::endOfDataGateCoversGroups()
{
    // Group commit: one gate call per SmtpTransaction::kCommitGroup messages, each before
    // the first of its messages' dots has left.
    constexpr int count = SmtpTransaction::kCommitGroup + 4;
    QList<S::Step> script{S::send("220 hi\r\n"), S::expect("EHLO", kPipeEhlo)};
    script << envelopeSteps(1, "250 ok\r\n250 ok\r\n354 go\r\n") << S::expectData();
    for (int i = 1; i < count; ++i)
        script << envelopeSteps(1, "250 q\r\n250 ok\r\n250 ok\r\n354 go\r\n") << S::expectData();
    script << S::send("250 q\r\n") << S::expect("QUIT", "221 bye\r\n") << S::close();
    ScriptedServer server(script);
    QVERIFY(server.listen());
    QList<QPair<int, int>> calls;
    QList<int> dataSeen;
    SmtpRun run;
    run.session.setEndOfDataGate([&](int first, int n) {
        calls << qMakePair(first, n);
        dataSeen << int(server.receivedData().size());
        return true;
    });
    QVERIFY(run.start(smtpConfig(server.port()), QList<Envelope>(count, testEnvelope())));
    QCOMPARE(server.receivedData().size(), count);
    QCOMPARE(calls, (QList<QPair<int, int>>{{0, SmtpTransaction::kCommitGroup},
                                            {SmtpTransaction::kCommitGroup, 4}}));
    QCOMPARE(dataSeen, (QList<int>{0, SmtpTransaction::kCommitGroup}));
    for (const MessageOutcome &o : run.outcomes())
        QCOMPARE(int(o.state), int(MessageOutcome::State::Delivered));
}

void TestSmtpPipeline::endOfDataGateRefusal()
{
    // The journal cannot be written: the message's data never leaves and it is deferred,
    // not "unknown".
    QList<S::Step> script{S::send("220 hi\r\n"), S::expect("EHLO", kPipeEhlo)};
    script << envelopeSteps(1, "250 ok\r\n250 ok\r\n354 go\r\n") << S::stall();
    ScriptedServer server(script);
    QVERIFY(server.listen());
    SmtpRun run;
    run.session.setEndOfDataGate([](int, int) { return false; });
    QVERIFY(run.start(smtpConfig(server.port()), {testEnvelope(), testEnvelope()}));
    QCOMPARE(int(run.outcomes().value(0).state), int(MessageOutcome::State::Deferred));
    QCOMPARE(errorClassId(run.result().errorClass), QStringLiteral("cancelled"));
    QVERIFY(!server.received().contains("Subject"));
}

void TestSmtpPipeline::bdatGoesWithTheEnvelope()
{
    // The server answers nothing until all three messages (envelope and BDAT LAST each)
    // have arrived: a client that waited for the RCPT replies before its BDAT would stall.
    QList<S::Step> script{S::send("220 hi\r\n"), S::expect("EHLO", kChunkEhlo)};
    script << bdatSteps(false, 1, {}) << bdatSteps(true, 1, {})
           << bdatSteps(true, 1,
                        "250 ok\r\n250 ok\r\n250 one\r\n"
                        "250 reset\r\n250 ok\r\n250 ok\r\n250 two\r\n"
                        "250 reset\r\n250 ok\r\n250 ok\r\n250 three\r\n")
           << S::expect("QUIT", "221 bye\r\n") << S::close();
    ScriptedServer server(script);
    QVERIFY(server.listen());
    SmtpRun run;
    QVERIFY(run.start(smtpConfig(server.port()), {testEnvelope(), testEnvelope(), testEnvelope()}));
    QVERIFY2(run.result().ok, run.explain().constData());
    QCOMPARE(server.failure(), QString());
    const auto outs = run.outcomes();
    QCOMPARE(outs.size(), 3);
    const QStringList replies{QStringLiteral("250 one"), QStringLiteral("250 two"),
                              QStringLiteral("250 three")};
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(int(outs[i].state), int(MessageOutcome::State::Delivered));
        QCOMPARE(outs[i].serverReply, replies[i]);
    }
    // Each chunk is the whole message, byte for byte (no dot-stuffing with BDAT).
    const QList<QByteArray> data = server.receivedData();
    QCOMPARE(data.size(), 3);
    QVERIFY(data[0].contains("Subject:"));
    QVERIFY(!data[0].endsWith("\r\n.\r\n"));
    QCOMPARE(data[1], data[0]);
    QCOMPARE(data[2], data[0]);
}

void TestSmtpPipeline::bdatAllRecipientsRefused()
{
    // Message 1's only recipient is refused; its BDAT, already sent, gets a 503 (as from
    // Exim, which keeps the transaction open: hence the RSET before message 2's MAIL).
    // Message 1 is rejected for its recipient, not for the 503; message 2 is delivered.
    QList<S::Step> script{S::send("220 hi\r\n"), S::expect("EHLO", kChunkEhlo)};
    script << bdatSteps(false, 1, {})
           << bdatSteps(true, 1,
                        "250 ok\r\n550 5.1.1 no such user\r\n"
                        "503-All RCPT commands were rejected with this error:\r\n"
                        "503-5.1.1 no such user\r\n503 Valid RCPT command must precede BDAT\r\n"
                        "250 reset\r\n250 ok\r\n250 ok\r\n250 two\r\n")
           << S::expect("QUIT", "221 bye\r\n") << S::close();
    ScriptedServer server(script);
    QVERIFY(server.listen());
    Envelope one = testEnvelope();
    one.recipients = {QStringLiteral("nobody@example.test")};
    SmtpRun run;
    QVERIFY(run.start(smtpConfig(server.port()), {one, testEnvelope()}));
    QCOMPARE(server.failure(), QString());
    const auto outs = run.outcomes();
    QCOMPARE(int(outs[0].state), int(MessageOutcome::State::Rejected));
    QCOMPARE(errorClassId(outs[0].errorClass), QStringLiteral("recipient_rejected"));
    QCOMPARE(outs[0].serverReply, QStringLiteral("550 5.1.1 no such user"));
    QCOMPARE(outs[0].rejectedRecipients,
             QStringList{QStringLiteral("nobody@example.test: 550 5.1.1 no such user")});
    QCOMPARE(int(outs[1].state), int(MessageOutcome::State::Delivered));
    QCOMPARE(outs[1].serverReply, QStringLiteral("250 two"));
}

void TestSmtpPipeline::bdatMailRefusedTransient()
{
    // A 4xx to MAIL: the RCPT and BDAT behind it get 503s; the message is deferred (4xx),
    // never rejected for the 503s, and the next one goes on after an RSET.
    QList<S::Step> script{S::send("220 hi\r\n"), S::expect("EHLO", kChunkEhlo)};
    script << bdatSteps(false, 1, {})
           << bdatSteps(true, 1,
                        "451 4.3.0 try later\r\n503 5.5.1 MAIL first\r\n"
                        "503 5.5.1 MAIL first\r\n"
                        "250 reset\r\n250 ok\r\n250 ok\r\n250 two\r\n")
           << S::expect("QUIT", "221 bye\r\n") << S::close();
    ScriptedServer server(script);
    QVERIFY(server.listen());
    SmtpRun run;
    QVERIFY(run.start(smtpConfig(server.port()), {testEnvelope(), testEnvelope()}));
    const auto outs = run.outcomes();
    QCOMPARE(int(outs[0].state), int(MessageOutcome::State::Deferred));
    QCOMPARE(outs[0].serverReply, QStringLiteral("451 4.3.0 try later"));
    QCOMPARE(int(outs[1].state), int(MessageOutcome::State::Delivered));
}

void TestSmtpPipeline::bdatBrokenWithMessagesInFlight()
{
    // Three messages went in one flight; message 1 was answered, then the connection
    // broke: 1 delivered, 2 and 3 "unknown" (their BDAT LAST left), never "deferred".
    QList<S::Step> script{S::send("220 hi\r\n"), S::expect("EHLO", kChunkEhlo)};
    script << bdatSteps(false, 1, {}) << bdatSteps(true, 1, {})
           << bdatSteps(true, 1, "250 ok\r\n250 ok\r\n250 one\r\n") << S::abort();
    ScriptedServer server(script);
    QVERIFY(server.listen());
    SmtpRun run;
    QVERIFY(run.start(smtpConfig(server.port()), {testEnvelope(), testEnvelope(), testEnvelope()}));
    const auto outs = run.outcomes();
    QCOMPARE(int(outs[0].state), int(MessageOutcome::State::Delivered));
    QCOMPARE(int(outs[1].state), int(MessageOutcome::State::Unknown));
    QCOMPARE(int(outs[2].state), int(MessageOutcome::State::Unknown));
    QVERIFY(!run.result().ok);
}

void TestSmtpPipeline::bdatGateBeforeAnyChunk()
{
    // Group commit with BDAT sent early: each group's gate call comes before any chunk of
    // its messages has left (the server answers each message as it arrives).
    constexpr int count = SmtpTransaction::kCommitGroup + 4;
    QList<S::Step> script{S::send("220 hi\r\n"), S::expect("EHLO", kChunkEhlo)};
    for (int i = 0; i < count; ++i)
        script << bdatSteps(i > 0, 1,
                            i > 0 ? "250 reset\r\n250 ok\r\n250 ok\r\n250 q\r\n"
                                  : "250 ok\r\n250 ok\r\n250 q\r\n");
    script << S::expect("QUIT", "221 bye\r\n") << S::close();
    ScriptedServer server(script);
    QVERIFY(server.listen());
    QList<QPair<int, int>> calls;
    QList<int> chunksSeen;
    SmtpRun run;
    run.session.setEndOfDataGate([&](int first, int n) {
        calls << qMakePair(first, n);
        chunksSeen << int(server.receivedData().size());
        return true;
    });
    QVERIFY(run.start(smtpConfig(server.port()), QList<Envelope>(count, testEnvelope())));
    QCOMPARE(server.failure(), QString());
    QCOMPARE(server.receivedData().size(), count);
    QCOMPARE(calls, (QList<QPair<int, int>>{{0, SmtpTransaction::kCommitGroup},
                                            {SmtpTransaction::kCommitGroup, 4}}));
    QCOMPARE(chunksSeen.size(), 2);
    QCOMPARE(chunksSeen[0], 0);
    QVERIFY(chunksSeen[1] <= SmtpTransaction::kCommitGroup);
    for (const MessageOutcome &o : run.outcomes())
        QCOMPARE(int(o.state), int(MessageOutcome::State::Delivered));
}

void TestSmtpPipeline::bdatGateRefusalSendsNothing()
{
    // Message 13 fills the pipeline's byte budget; once it is answered, 15 and 16 go in
    // one flight, and the gate for 16's group refuses (the journal cannot be written):
    // nothing of that flight leaves, so 15 and 16 are "deferred", not "unknown"; 14, sent
    // before and unanswered, is "unknown".
    constexpr int count = SmtpTransaction::kCommitGroup + 2;
    static_assert(SmtpTransaction::kPipelineDepth < 13);
    QList<S::Step> script{S::send("220 hi\r\n"), S::expect("EHLO", kChunkEhlo)};
    for (int i = 0; i < 14; ++i)
        script << bdatSteps(i > 0, 1,
                            i > 0 ? "250 reset\r\n250 ok\r\n250 ok\r\n250 q\r\n"
                                  : "250 ok\r\n250 ok\r\n250 q\r\n");
    script << bdatSteps(true, 1, {}) << S::stall();
    ScriptedServer server(script);
    QVERIFY(server.listen());
    QList<Envelope> messages(count, testEnvelope());
    QByteArray big = messages[13].content;
    while (big.size() <= SmtpTransaction::kPipelineBytes)
        big += QByteArray(70, 'x') + "\r\n";
    messages[13].content = big;
    SmtpRun run;
    run.session.setEndOfDataGate([](int first, int) { return first == 0; });
    QVERIFY(run.start(smtpConfig(server.port()), messages));
    QCOMPARE(server.failure(), QString());
    QCOMPARE(errorClassId(run.result().errorClass), QStringLiteral("cancelled"));
    const auto outs = run.outcomes();
    for (int i = 0; i < 14; ++i)
        QCOMPARE(int(outs.value(i).state), int(MessageOutcome::State::Delivered));
    QCOMPARE(int(outs.value(14).state), int(MessageOutcome::State::Unknown));
    QCOMPARE(int(outs.value(15).state), int(MessageOutcome::State::Deferred));
    QCOMPARE(int(outs.value(16).state), int(MessageOutcome::State::Deferred));
    // 14's commands and chunk may have been written in the burst of replies that ended in
    // the refusal: they left at the abort, and the server reads them on its next turn.
    QTRY_COMPARE(int(server.received().count("MAIL FROM")), 15);
    QTest::qWait(50);
    QCOMPARE(int(server.received().count("MAIL FROM")), 15);
}

void TestSmtpPipeline::bdatPipelineDepth()
{
    // A server that answers nothing: exactly kPipelineDepth whole messages go out before
    // any reply, none more; when the session times out they are all "unknown" (their BDAT
    // LAST left), the ones behind them deferred or not attempted.
    constexpr int depth = SmtpTransaction::kPipelineDepth;
    QList<S::Step> script{S::send("220 hi\r\n"), S::expect("EHLO", kChunkEhlo)};
    for (int i = 0; i < depth; ++i)
        script << bdatSteps(i > 0, 1, {});
    script << S::stall();
    ScriptedServer server(script);
    QVERIFY(server.listen());
    SmtpRun run;
    QVERIFY(run.start(smtpConfig(server.port(), 1), QList<Envelope>(depth + 3, testEnvelope())));
    QCOMPARE(server.failure(), QString());
    QCOMPARE(int(server.received().count("MAIL FROM")), depth);
    QCOMPARE(int(server.receivedData().size()), depth);
    const auto outs = run.outcomes();
    for (int i = 0; i < depth; ++i)
        QCOMPARE(int(outs.value(i).state), int(MessageOutcome::State::Unknown));
    for (int i = depth; i < depth + 3; ++i)
        QVERIFY(outs.value(i).state != MessageOutcome::State::Unknown &&
                outs.value(i).state != MessageOutcome::State::Delivered);
}

void TestSmtpPipeline::quitFollowsTheLastDot()
{
    // RFC 2920 §3.1: QUIT may end the group that carries the last message's final dot.
    // The server answers the dot only once QUIT has arrived: a client that waited for the
    // 250 before its QUIT would time out.
    QList<S::Step> script{S::send("220 hi\r\n"), S::expect("EHLO", kPipeEhlo)};
    script << envelopeSteps(1, "250 ok\r\n250 ok\r\n354 go\r\n") << S::expectData()
           << S::expect("QUIT", "250 sent\r\n221 bye\r\n") << S::close();
    ScriptedServer server(script);
    QVERIFY(server.listen());
    SmtpRun run;
    QVERIFY(run.start(smtpConfig(server.port(), 2), {testEnvelope()}));
    QVERIFY2(run.result().ok, run.explain().constData());
    QCOMPARE(server.failure(), QString());
    QCOMPARE(int(run.outcomes().value(0).state), int(MessageOutcome::State::Delivered));
    QCOMPARE(run.outcomes().value(0).serverReply, QStringLiteral("250 sent"));
    QCOMPARE(int(server.received().count("QUIT")), 1);
}

void TestSmtpPipeline::quitFollowsTheLastBdat()
{
    // The same with CHUNKING: envelope, BDAT LAST and QUIT in one flight, every reply
    // held back until QUIT has arrived; and nothing is said after it.
    ScriptedServer server(bdatWithQuit("250 ok\r\n250 ok\r\n250 sent\r\n221 bye\r\n"));
    QVERIFY(server.listen());
    SmtpRun run;
    QVERIFY(run.start(smtpConfig(server.port(), 2), {testEnvelope()}));
    QVERIFY2(run.result().ok, run.explain().constData());
    QCOMPARE(server.failure(), QString());
    QCOMPARE(run.outcomes().value(0).serverReply, QStringLiteral("250 sent"));
    QVERIFY(server.received().endsWith("QUIT\r\n"));
}

void TestSmtpPipeline::lastMessageRefusedQuitSentOnce()
{
    // The last message is refused at its end of data, with QUIT already on its way: the
    // refusal is the session's outcome, and no second QUIT follows (the goodbye of a
    // failed session waits for the reply to the one sent).
    ScriptedServer server(bdatWithQuit("250 ok\r\n250 ok\r\n554 5.7.1 spam\r\n221 bye\r\n"));
    QVERIFY(server.listen());
    SmtpRun run;
    QVERIFY(run.start(smtpConfig(server.port(), 2), {testEnvelope()}));
    QCOMPARE(server.failure(), QString());
    QVERIFY(!run.result().ok);
    QCOMPARE(run.result().serverReply, QStringLiteral("554 5.7.1 spam"));
    QCOMPARE(int(run.outcomes().value(0).state), int(MessageOutcome::State::Rejected));
    QCOMPARE(int(server.received().count("QUIT")), 1);
}

QTEST_GUILESS_MAIN(TestSmtpPipeline)
#include "tst_smtppipeline.moc"
