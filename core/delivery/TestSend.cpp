// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSend.h"

#include "TestMessage.h"
#include "session/DebugLog.h"
#include "session/SmtpConfigFactory.h"
#include "settings/SettingsFacts.h"

#include <QTimer>

namespace mw {

TestSend::TestSend(QObject *parent)
    : QObject(parent)
{}

void TestSend::start(const MailSettings &settings, const Credentials &credentials,
                     const Options &options)
{
    if (isRunning())
        return;
    m_tokenRetried = false;
    begin(settings, credentials, options);
}

void TestSend::begin(const MailSettings &settings, const Credentials &credentials,
                     const Options &options)
{
    m_result = {};
    m_transcript.clear();
    m_debugLog = settings.diagnostics.debugLog;
    m_recipient = options.to.isEmpty() ? settings.mailboxes.notify : options.to;

    auto failLater = [this](const QString &message) {
        Result r = Result::failure(ErrorClass::Config, Phase::Idle, message);
        // Finish on the next turn of the event loop, as a network failure would: callers
        // connect to finished() after start().
        QTimer::singleShot(0, this, [this, r] { done(r); });
    };
    if (!settings.smtp.enabled) {
        failLater(tr("Outgoing mail is switched off in the settings."));
        return;
    }

    QList<Envelope> envelopes;
    if (options.stopAfter == Phase::Done || options.stopAfter == Phase::Mail ||
        options.stopAfter == Phase::Rcpt) {
        if (m_recipient.isEmpty()) {
            failLater(tr("No recipient: set the system notification mailbox or give an address."));
            return;
        }
        TestMessage::Options mo;
        mo.token = options.token;
        mo.recipient = m_recipient;
        const MessageBuilder::Result built = TestMessage::build(settings, mo);
        if (!built.ok()) {
            failLater(built.error);
            return;
        }
        m_messageId = QString::fromLatin1(built.messageId);
        Envelope env;
        // The bounced-alerts mailbox is the envelope sender so that bounces collect there.
        env.sender = settings.mailboxes.bounce.isEmpty() ? settings.mailboxes.from
                                                         : settings.mailboxes.bounce;
        env.recipients = {m_recipient};
        env.content = built.data;
        envelopes << env;
    }

    if (settings.smtp.auth == MailSettings::SmtpAuth::PopBeforeSmtp) {
        // Send Test checks the whole path, so it always logs in to POP3 afresh.
        auto *op = new PopBeforeSmtp(this);
        m_popBefore = op;
        connect(op, &PopBeforeSmtp::stateChanged, this, &TestSend::stateChanged);
        connect(op, &PopBeforeSmtp::stageFinished, this, &TestSend::stageFinished);
        connect(op, &PopBeforeSmtp::finished, this, [this, op](const Result &r) {
            m_transcript = op->transcript();
            op->deleteLater();
            done(r);
        });
        op->start(settings, credentials, envelopes, options.stopAfter, true);
        return;
    }

    auto *session = new SmtpSession(this);
    m_session = session;
    connect(session, &SmtpSession::stateChanged, this, &TestSend::stateChanged);
    connect(session, &SmtpSession::stageFinished, this, &TestSend::stageFinished);
    connect(session, &SmtpSession::finished, this,
            [this, session, settings, credentials, options](const Result &r) {
                m_transcript = session->transcript();
                session->deleteLater();
                const Result reviewed = m_guard.review(r);
                // An access token kept in memory refused at AUTH (revoked early, no
                // expiry given): once more with a fresh one before reporting it.
                if (options.tokens && !m_tokenRetried &&
                    options.tokens->retryAfterRefusal(reviewed, credentials.accessToken)) {
                    m_tokenRetried = true;
                    m_renewing = true;
                    options.tokens->request(this, [this, settings, credentials, options, reviewed](
                                                      const QString &fresh, const OAuthFailure &) {
                        if (!m_renewing)
                            return; // cancelled meanwhile
                        m_renewing = false;
                        if (fresh.isEmpty()) {
                            done(reviewed);
                            return;
                        }
                        Credentials again = credentials;
                        again.accessToken = fresh;
                        begin(settings, again, options);
                    });
                    return;
                }
                done(reviewed);
            });
    // Never with less than at the last good session (STARTTLS, the login method).
    m_guard = DowngradeGuard(options.capabilityMemory, SettingsFacts::smtpServerId(settings));
    session->start(m_guard.prepare(smtpConfigFrom(settings, credentials)), envelopes,
                   options.stopAfter);
}

void TestSend::cancel()
{
    if (m_renewing) {
        m_renewing = false;
        done(Result::failure(ErrorClass::Cancelled, Phase::Auth, tr("Cancelled.")));
        return;
    }
    if (m_session)
        m_session->cancel();
    if (m_popBefore)
        m_popBefore->cancel();
}

void TestSend::done(const Result &result)
{
    m_result = result;
    if (!m_debugLog.isEmpty() && !m_transcript.isEmpty()) {
        QString error;
        if (!appendDebugLog(m_debugLog, QStringLiteral("Send Test to %1").arg(m_recipient),
                            m_transcript, &error))
            m_result.hint +=
                QLatin1Char(' ') +
                tr("(The debug log %1 could not be written: %2)").arg(m_debugLog, error);
    }
    Q_EMIT finished(m_result);
}

} // namespace mw
