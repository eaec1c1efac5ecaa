// SPDX-License-Identifier: GPL-3.0-or-later
// POP3 replies from a hostile server (RFC 1939 §3 status lines and multi-line answers,
// RFC 2449 CAPA, STAT/LIST/UIDL/RETR answers, the APOP timestamp).
//
// The POP3 reply parsing lives inside Pop3Session (onLine/onStatus/onMultiLineDone), not
// in a pure function, so this target reaches the session's private members: the session
// runs without a socket (MailConnection::sendLine is a no-op then) and every framed line
// of the input is handed to onLine as the connection would. One byte chooses the login
// (USER/PASS or APOP) and whether STLS is asked for.
#include "FuzzSupport.h"

// Every header the session headers include, before access is opened up, so that only
// the two project classes are affected.
#include <QAbstractSocket>
#include <QByteArray>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QHostInfo>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslSocket>
#include <QString>
#include <QStringList>
#include <QTimer>

#include "protocol/Result.h"
#include "protocol/TlsTrust.h"
#include "protocol/Transcript.h"

#define private public
#include "protocol/MailConnection.h"
#include "protocol/Pop3Session.h"
#undef private

#include <cstddef>
#include <cstdint>

using namespace mw;

namespace {
const QString kPassword = QStringLiteral("Fuzz-Pop3-Pw-4711");
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzz::initApplication();
    if (size == 0)
        return 0;
    const std::uint8_t mode = data[0];
    const QByteArray input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    // Pop3Session gives MailConnection a line limit of 16384 octets.
    const QList<QByteArray> lines = fuzz::splitLines(input, 16384);
    int finishedCount = 0;
    {
        Pop3Session session;
        QObject::connect(&session, &Pop3Session::finished, &session,
                         [&finishedCount](const Result &) { ++finishedCount; });
        Pop3Config config;
        config.host = QStringLiteral("pop.example.test");
        config.username = QStringLiteral("user");
        config.password = kPassword;
        config.apop = (mode & 1) != 0;
        config.security = (mode & 2) != 0 ? Pop3Config::Security::Stls : Pop3Config::Security::None;
        config.maxMessageSize = 64 * 1024;
        // What start() does up to the connection, without the connection.
        session.m_config = config;
        session.m_stopAfter = Phase::Done;
        session.m_transcript.start();
        session.m_running = true;
        session.m_totalClock.start();
        session.m_stageClock.start();
        session.m_conn = new MailConnection(&session);
        session.m_state = Phase::Greeting;
        session.m_pending = Pop3Session::Pending::Greeting;
        session.stat();
        session.list();
        session.retrieve(1);
        session.remove(1);
        session.quit();

        for (const QByteArray &line : lines) {
            if (!session.isRunning())
                break;
            session.onLine(line);
        }
        const QString transcript = session.transcript().toText();
        fuzz::require(!transcript.contains(kPassword), "the password is in the transcript");
        if (!session.isRunning()) {
            const Result &r = session.result();
            fuzz::require(r.ok == (r.errorClass == ErrorClass::None), "ok and class disagree");
            fuzz::require(!r.message.isEmpty(), "a finished session without a sentence");
            fuzz::require(!r.serverReply.contains(kPassword), "the password is in the reply");
        }
        for (const Pop3MessageInfo &m : session.m_listing)
            fuzz::require(m.number > 0 && m.uid.size() <= 70, "a LIST/UIDL entry out of bounds");
        fuzz::require(session.m_multiBytes <= config.maxMessageSize + 16384 + 2,
                      "a RETR answer grew past maxMessageSize");
    }
    fuzz::require(finishedCount <= 1, "finished() emitted more than once");
    (void)Pop3Session::findTimestamp(input.left(512));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return 0;
}
