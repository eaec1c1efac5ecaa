// SPDX-License-Identifier: GPL-3.0-or-later
#include "PopBeforeSmtp.h"

#include "QueueOperations.h"
#include "session/SmtpConfigFactory.h"
#include "settings/SettingsFacts.h"

#include <QRegularExpression>
#include <QTimer>

#include <utility>

namespace mw {
namespace {

QString familyName(QAbstractSocket::NetworkLayerProtocol p)
{
    return p == QAbstractSocket::IPv6Protocol ? QStringLiteral("IPv6") : QStringLiteral("IPv4");
}

} // namespace

PopBeforeSmtp::PopBeforeSmtp(QObject *parent)
    : QObject(parent)
{}

PopBeforeSmtp::~PopBeforeSmtp()
{
    if (m_lookupId >= 0)
        NameLookup::abort(m_lookupId);
}

bool PopBeforeSmtp::isFresh(const Login &login, const QString &server, int windowMinutes,
                            const QDateTime &now)
{
    if (!login.at.isValid() || login.server != server || windowMinutes <= 0)
        return false;
    const qint64 window = qint64(windowMinutes) * 60;
    const qint64 margin = qMax<qint64>(30, window / 10);
    const qint64 age = login.at.secsTo(now);
    return age >= 0 && age < window - margin;
}

bool PopBeforeSmtp::isRelayRefusal(const QString &serverReply)
{
    // RFC 3463 §3.8: x.7.x are security or policy refusals ("5.7.1 Relaying denied").
    static const QRegularExpression policy(QStringLiteral("^[45]\\d\\d[ -][45]\\.7\\.\\d+"));
    static const QRegularExpression words(
        QStringLiteral("relay|authenticat|not permitted|access denied|pop.before"),
        QRegularExpression::CaseInsensitiveOption);
    return policy.match(serverReply).hasMatch() || words.match(serverReply).hasMatch();
}

QString PopBeforeSmtp::accountKey() const
{
    return QueueOperations::relayAccount(m_settings);
}

void PopBeforeSmtp::start(const MailSettings &settings, const Credentials &credentials,
                          const QList<Envelope> &messages, Phase stopAfter, bool forceLogin)
{
    if (m_running)
        return;
    m_settings = settings;
    m_smtpPassword = credentials.smtpPassword;
    m_pop3Password = credentials.pop3Password;
    m_smtpIdentity = credentials.smtpIdentity;
    m_pop3Identity = credentials.pop3Identity;
    m_messages = messages;
    m_sessionMessages = messages;
    m_sessionIndex.clear();
    for (int i = 0; i < messages.size(); ++i)
        m_sessionIndex << i;
    m_heldBack.clear();
    m_stopAfter = stopAfter;
    m_result = {};
    m_popResult = {};
    m_outcomes = QList<MessageOutcome>(messages.size());
    m_transcript.clear();
    m_transcript.start();
    m_logins = 0;
    m_popStages.clear();
    m_retried = false;
    m_running = true;
    if (!SettingsFacts::pop3AccountSet(settings)) {
        Result r = Result::failure(ErrorClass::Config, Phase::Idle,
                                   tr("POP-before-SMTP needs a POP3 server and login name."));
        QTimer::singleShot(0, this, [this, r] { done(r); });
        return;
    }
    if (!forceLogin && isFresh(m_lastLogin, accountKey(), settings.pop3.relayWindow,
                               QDateTime::currentDateTimeUtc())) {
        m_transcript.info(
            QStringLiteral("POP-before-SMTP: the POP3 login of %1 is inside the relay window "
                           "of %2 minutes; not logging in again")
                .arg(m_lastLogin.at.toLocalTime().toString(Qt::ISODate))
                .arg(settings.pop3.relayWindow));
        QTimer::singleShot(0, this, [this] {
            if (m_running)
                resolveSmtp();
        });
        return;
    }
    popLogin();
}

void PopBeforeSmtp::cancel()
{
    if (!m_running)
        return;
    if (m_lookupId >= 0) {
        NameLookup::abort(m_lookupId);
        m_lookupId = -1;
    }
    if (m_pop) {
        Pop3Session *pop = m_pop;
        m_pop = nullptr;
        pop->disconnect(this);
        pop->cancel();
        pop->deleteLater();
    }
    if (m_smtp) {
        SmtpSession *smtp = m_smtp;
        m_smtp = nullptr;
        smtp->disconnect(this);
        smtp->cancel();
        smtp->deleteLater();
    }
    releaseHeldBack();
    done(Result::failure(ErrorClass::Cancelled, Phase::Auth, tr("The session was cancelled.")));
}

void PopBeforeSmtp::popLogin()
{
    ++m_logins;
    m_transcript.info(QStringLiteral("POP-before-SMTP: logging in to the POP3 server %1")
                          .arg(m_settings.pop3.host));
    auto *pop = new Pop3Session(this);
    m_pop = pop;
    connect(pop, &Pop3Session::stateChanged, this, [this](Phase p) {
        if (p != Phase::Done)
            Q_EMIT stateChanged(Phase::Auth);
    });
    connect(pop, &Pop3Session::finished, this, [this, pop](const Result &r) {
        m_transcript.append(pop->transcript());
        m_lastLogin.localAddress = pop->localAddress();
        pop->deleteLater();
        m_pop = nullptr;
        onPopFinished(r);
    });
    // RFC 1939 §6: logging in and quitting at once leaves the mailbox as it was.
    pop->start(pop3ConfigFrom(m_settings, m_pop3Password, m_pop3Identity), Phase::Auth);
}

void PopBeforeSmtp::onPopFinished(const Result &r)
{
    m_popResult = r;
    qint64 ms = 0;
    for (const StageTiming &s : r.stages)
        ms += s.ms;
    const StageTiming stage{Phase::Auth, r.ok, ms};
    Q_EMIT stageFinished(stage);
    m_popStages.append(stage);
    if (!r.ok) {
        Result out = r;
        out.message = tr("POP-before-SMTP: the POP3 login to %1 failed: %2")
                          .arg(m_settings.pop3.host, r.message);
        // The stages of the POP3 session name its own phases; the step list shows the
        // whole login as one "auth" step.
        out.stages = {stage};
        if (out.phase != Phase::Idle)
            out.phase = Phase::Auth;
        done(out);
        return;
    }
    m_lastLogin.at = QDateTime::currentDateTimeUtc();
    m_lastLogin.server = accountKey();
    resolveSmtp();
}

void PopBeforeSmtp::resolveSmtp()
{
    Q_EMIT stateChanged(Phase::Resolve);
    const QString bare = bareHost(SettingsFacts::smtpHost(m_settings));
    QHostAddress literal;
    if (literal.setAddress(bare)) {
        onSmtpResolved(NameLookup::Answer{{literal}, {}});
        return;
    }
    m_lookupId =
        NameLookup::lookUp(bare, this, [this](const NameLookup::Answer &a) { onSmtpResolved(a); });
}

void PopBeforeSmtp::onSmtpResolved(const NameLookup::Answer &answer)
{
    m_lookupId = -1;
    if (!m_running)
        return;
    if (answer.addresses.isEmpty()) {
        Result r = Result::failure(ErrorClass::Dns, Phase::Resolve,
                                   tr("The SMTP server name %1 could not be found (%2).")
                                       .arg(m_settings.smtp.host, answer.error));
        r.hint = defaultHint(ErrorClass::Dns);
        done(r);
        return;
    }
    QList<QHostAddress> addresses = answer.addresses;
    const QAbstractSocket::NetworkLayerProtocol family = m_lastLogin.localAddress.protocol();
    if (family == QAbstractSocket::IPv4Protocol || family == QAbstractSocket::IPv6Protocol) {
        // The SMTP server must see the address the POP3 server saw: same family.
        addresses.removeIf([family](const QHostAddress &a) { return a.protocol() != family; });
        if (addresses.isEmpty()) {
            Result r = Result::failure(
                ErrorClass::Config, Phase::Resolve,
                tr("The POP3 login came from an %1 address, but the SMTP server %2 has no %1 "
                   "address, so it would see a different source address and not honour the "
                   "login.")
                    .arg(familyName(family), m_settings.smtp.host));
            r.hint = tr("Use POP3 and SMTP server names that resolve to the same address family "
                        "(for example both IPv4).");
            done(r);
            return;
        }
        m_transcript.info(QStringLiteral("POP-before-SMTP: SMTP over %1, from where the POP3 "
                                         "login came (%2)")
                              .arg(familyName(family), m_lastLogin.localAddress.toString()));
    }
    runSmtp(addresses);
}

void PopBeforeSmtp::runSmtp(const QList<QHostAddress> &addresses)
{
    auto *smtp = new SmtpSession(this);
    m_smtp = smtp;
    connect(smtp, &SmtpSession::stateChanged, this, &PopBeforeSmtp::stateChanged);
    connect(smtp, &SmtpSession::stageFinished, this, &PopBeforeSmtp::stageFinished);
    connect(smtp, &SmtpSession::messageFinished, this, &PopBeforeSmtp::onSmtpMessage);
    connect(smtp, &SmtpSession::finished, this, [this, smtp](const Result &r) {
        m_transcript.append(smtp->transcript());
        smtp->deleteLater();
        m_smtp = nullptr;
        onSmtpFinished(r);
    });
    SmtpConfig config = smtpConfigFrom(m_settings, m_smtpPassword, {}, m_smtpIdentity);
    config.addresses = addresses;
    smtp->start(config, m_sessionMessages, m_stopAfter);
}

bool PopBeforeSmtp::isRelayRefusal(const MessageOutcome &o)
{
    if (o.state != MessageOutcome::State::Rejected && o.state != MessageOutcome::State::Deferred)
        return false;
    // A message some recipient already got is never sent again (no duplicates).
    if (!o.acceptedRecipients.isEmpty())
        return false;
    if (isRelayRefusal(o.serverReply))
        return true;
    for (const QString &rej : o.rejectedRecipients) {
        if (isRelayRefusal(rej.section(QStringLiteral(": "), 1)))
            return true;
    }
    return false;
}

void PopBeforeSmtp::onSmtpMessage(int index, const MessageOutcome &outcome)
{
    if (index < 0 || index >= m_sessionIndex.size())
        return;
    const int original = m_sessionIndex.at(index);
    m_outcomes[original] = outcome;
    if (isRelayRefusal(outcome)) {
        m_heldBack << original;
        return;
    }
    Q_EMIT messageFinished(original, outcome);
}

void PopBeforeSmtp::releaseHeldBack(bool loginNotHonoured)
{
    const QList<int> held = std::exchange(m_heldBack, {});
    for (int i : held) {
        if (loginNotHonoured) {
            // Not the message's fault: the relay permission did not come through, which
            // a queue must treat like a refused login (hold), not like a bad recipient.
            MessageOutcome &o = m_outcomes[i];
            o.errorClass = ErrorClass::AuthFailed;
            o.phase = Phase::Auth;
        }
        Q_EMIT messageFinished(i, m_outcomes.at(i));
    }
}

bool PopBeforeSmtp::relayRefused(const Result &r) const
{
    if (r.ok && r.errorClass == ErrorClass::None)
        return false;
    if (r.errorClass != ErrorClass::RecipientRejected &&
        r.errorClass != ErrorClass::SenderRejected && r.errorClass != ErrorClass::AuthUnsupported &&
        r.errorClass != ErrorClass::Temporary)
        return false;
    if (isRelayRefusal(r.serverReply))
        return true;
    for (const MessageOutcome &o : m_outcomes) {
        if (isRelayRefusal(o.serverReply))
            return true;
        for (const QString &rej : o.rejectedRecipients) {
            if (isRelayRefusal(rej.section(QStringLiteral(": "), 1)))
                return true;
        }
    }
    return false;
}

void PopBeforeSmtp::onSmtpFinished(const Result &r)
{
    if (relayRefused(r)) {
        if (!m_retried) {
            // The window may have just run out, or the login was a remembered one: one
            // fresh login, then one more try.
            m_retried = true;
            m_transcript.info(QStringLiteral(
                "POP-before-SMTP: the SMTP server refused to relay; logging in to POP3 again "
                "and trying once more"));
            // The retry sends what the refusal stopped, and what was not tried at all.
            m_sessionMessages.clear();
            m_sessionIndex.clear();
            for (int i = 0; i < m_messages.size(); ++i) {
                if (m_heldBack.contains(i) ||
                    m_outcomes.at(i).state == MessageOutcome::State::NotAttempted) {
                    m_sessionMessages << m_messages.at(i);
                    m_sessionIndex << i;
                }
            }
            m_heldBack.clear();
            popLogin();
            return;
        }
        releaseHeldBack(true);
        Result out = r;
        out.stages = m_popStages + out.stages;
        out.errorClass = ErrorClass::AuthFailed;
        out.message =
            tr("The POP3 login worked, but the SMTP server did not honour it and refused to "
               "relay (its relay window may have expired, or it saw a different source "
               "address than the POP3 server).");
        out.hint = tr("Check that the POP3 and SMTP servers belong together and share the "
                      "POP-before-SMTP database, that no proxy or NAT changes the source "
                      "address between the two, and that the relay window (%1 minutes here) is "
                      "not longer than the server's.")
                       .arg(m_settings.pop3.relayWindow);
        done(out);
        return;
    }
    releaseHeldBack();
    Result out = r;
    out.stages = m_popStages + out.stages;
    out.authMechanismUsed =
        QStringLiteral("POP-before-SMTP (%1)")
            .arg(m_popResult.authMechanismUsed.isEmpty() ? QStringLiteral("remembered login")
                                                         : m_popResult.authMechanismUsed);
    if (out.ok && m_lastLogin.at.isValid())
        out.message += QLatin1Char(' ') +
                       tr("POP-before-SMTP: logged in to %1 at %2; the relay window is %3 "
                          "minutes.")
                           .arg(m_settings.pop3.host,
                                m_lastLogin.at.toLocalTime().toString(QStringLiteral("HH:mm:ss")))
                           .arg(m_settings.pop3.relayWindow);
    done(out);
}

void PopBeforeSmtp::done(Result r)
{
    if (!m_running)
        return;
    m_running = false;
    m_result = std::move(r);
    if (!m_result.ok && m_result.hint.isEmpty())
        m_result.hint = defaultHint(m_result.errorClass);
    Q_EMIT finished(m_result);
}

} // namespace mw
