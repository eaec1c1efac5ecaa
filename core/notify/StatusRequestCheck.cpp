// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatusRequestCheck.h"

#include "StatusReport.h"
#include "delivery/Queue.h"
#include "delivery/Router.h"
#include "session/DebugLog.h"
#include "settings/PasswordDigest.h"
#include "settings/SecretStore.h"

#include <QFutureWatcher>
#include <QPromise>
#include <QThreadPool>
#include <QTimer>

#include <memory>

namespace mw {

StatusRequestCheck::StatusRequestCheck(QObject *parent)
    : QObject(parent)
{}

StatusRequestCheck::~StatusRequestCheck()
{
    if (m_session) {
        m_session->disconnect(this);
        m_session->cancel();
    }
}

QString StatusRequestCheck::refusal(const MailSettings &settings, const StatusRequest &request,
                                    QString *address)
{
    if (!request.malformed.isEmpty())
        return tr("The request is malformed: %1").arg(request.malformed);
    const auto [from, why] = StatusRequestParser::answerAddress(request);
    if (!why.isEmpty())
        return why;
    if (address)
        *address = from;
    if (!Router::refusal(settings.remoteStatus.permitted, from).isEmpty())
        return tr("%1 is not permitted to ask for the status (remote_status/permitted).").arg(from);
    if (const QString failing = StatusRequestParser::failingVerdict(request.verdicts);
        !failing.isEmpty())
        return tr("The message failed authentication: %1 (Authentication-Results of %2).")
            .arg(failing, settings.remoteStatus.authservId.trimmed());
    return {};
}

void StatusRequestCheck::start(const MailSettings &settings, const Pop3Config &pop3,
                               const Options &options)
{
    if (m_running)
        return;
    m_running = true;
    m_settings = settings;
    m_options = options;
    m_stage = Stage::Idle;
    m_digest.clear();
    m_listing.clear();
    m_candidates.clear();
    m_requests.clear();
    m_toDelete.clear();
    m_entries.clear();
    m_result = {};
    m_transcript.clear();
    m_notes.clear();
    m_messages = 0;
    ++m_generation;
    const QString logPath = options.logPath.isEmpty()
                                ? StatusRequestLog::defaultPathFor(options.configPath)
                                : options.logPath;
    m_log = std::make_unique<StatusRequestLog>(logPath);
    m_log->load();
    m_log->setAccount(QStringLiteral("%1:%2 %3").arg(pop3.host).arg(pop3.port).arg(pop3.username));

    const auto failLater = [this](const QString &why) {
        QTimer::singleShot(0, this, [this, why] {
            finishWith(Result::failure(ErrorClass::Config, Phase::Idle, why));
        });
    };
    if (!settings.remoteStatus.enabled)
        return failLater(tr("Remote status requests are switched off (remote_status/enabled)."));
    if (!settings.pop3.enabled)
        return failLater(tr("Remote status requests are read over POP3: switch on pop3/enabled."));
    if (!options.store)
        return failLater(tr("No secret store holds the remote status password."));
    const quint64 generation = m_generation;
    options.store->read(
        QString::fromLatin1(kSecretAccount), this, [this, pop3, generation](const SecretResult &r) {
            if (generation != m_generation || !m_running)
                return;
            if (r.status == SecretResult::Status::Error) {
                finishWith(Result::failure(ErrorClass::Config, Phase::Idle, r.error));
                return;
            }
            if (!r.ok() || !PasswordDigest::isDigest(r.secret)) {
                finishWith(Result::failure(ErrorClass::Config, Phase::Idle,
                                           tr("No remote status password is stored (secret "
                                              "\"remote-status\"); the mailbox was not read.")));
                return;
            }
            m_digest = r.secret;
            auto *session = new Pop3Session(this);
            m_session = session;
            connect(session, &Pop3Session::ready, this, &StatusRequestCheck::onReady);
            connect(session, &Pop3Session::listed, this, &StatusRequestCheck::onListed);
            connect(session, &Pop3Session::topRetrieved, this, &StatusRequestCheck::onHeaders);
            connect(session, &Pop3Session::retrieved, this, &StatusRequestCheck::onBody);
            connect(session, &Pop3Session::finished, this, [this, session](const Result &res) {
                m_transcript = session->transcript();
                session->deleteLater();
                m_session = nullptr;
                finishWith(res);
            });
            m_stage = Stage::Login;
            Pop3Config c = pop3;
            c.maxMessageSize = kMaxRequestSize;
            session->start(c);
        });
}

void StatusRequestCheck::cancel()
{
    if (!m_running)
        return;
    if (m_session) {
        m_session->cancel(); // finishes through the session's finished()
        return;
    }
    finishWith(Result::failure(ErrorClass::Cancelled, Phase::Idle, tr("Cancelled.")));
}

QString StatusRequestCheck::uidOf(int number) const
{
    for (const Pop3MessageInfo &m : m_listing) {
        if (m.number == number)
            return m.uid;
    }
    return {};
}

void StatusRequestCheck::onListed(const QList<Pop3MessageInfo> &list)
{
    m_listing = list;
    m_messages = int(list.size());
    const bool top = m_session->topOffered();
    m_stage = top ? Stage::Headers : Stage::Bodies;
    for (const Pop3MessageInfo &m : list) {
        if (!m.uid.isEmpty() && m_log->isProcessed(m.uid))
            continue;
        // A message above the limit is no request (and its header alone could exceed what
        // the session reads): not looked at.
        if (m.size < 0 || m.size > kMaxRequestSize)
            continue;
        if (top)
            m_session->top(m.number, 0);
        else
            m_session->retrieve(m.number);
    }
}

void StatusRequestCheck::onHeaders(int number, const QByteArray &content)
{
    const StatusRequest r = StatusRequestParser::parse(content, m_settings.remoteStatus.authservId);
    if (!r.isCandidate()) {
        // Not a request: left alone, and not looked at again.
        if (const QString uid = uidOf(number); !uid.isEmpty())
            m_log->markProcessed(uid);
        return;
    }
    m_candidates << number;
}

void StatusRequestCheck::onBody(int number, const QByteArray &content)
{
    StatusRequest r = StatusRequestParser::parse(content, m_settings.remoteStatus.authservId);
    const QString uid = uidOf(number);
    // A request has the password on a line of its own; "Re: status of the printer" from a
    // person has not: it is no request, and is left alone (not refused, not deleted).
    if (!r.isCandidate() || !r.passwordFound) {
        if (!uid.isEmpty())
            m_log->markProcessed(uid);
        return;
    }
    m_requests.append({number, uid, r});
}

void StatusRequestCheck::onReady()
{
    switch (m_stage) {
    case Stage::Login:
        m_session->list();
        return;
    case Stage::Headers:
        m_stage = Stage::Bodies;
        for (int n : std::as_const(m_candidates))
            m_session->retrieve(n);
        if (!m_candidates.isEmpty())
            return;
        [[fallthrough]];
    case Stage::Bodies:
        m_stage = Stage::Deciding;
        // Requests are decided in mailbox order, one at a time (the rate limit sees the
        // answers before).
        std::sort(m_requests.begin(), m_requests.end(),
                  [](const Pending &a, const Pending &b) { return a.number < b.number; });
        decideNext();
        return;
    case Stage::Deleting:
        m_stage = Stage::Done;
        m_session->quit();
        return;
    default:
        return;
    }
}

namespace {

// What the worker thread did with one request that passed every other check.
struct Answer
{
    bool verified = false; // the password matches the digest
    bool queued = false;
    QString error; // why the answer could not be queued
};

// Off the event-loop thread: PBKDF2, then the report (status file, queue) and its enqueue,
// so that a window never waits for the key derivation or the disk.
Answer verifyAndAnswer(const MailSettings &settings, const QString &configPath,
                       const QString &digest, const QString &password, const QString &address,
                       const QString &requestMessageId)
{
    Answer a;
    a.verified = PasswordDigest::verify(digest, password);
    if (!a.verified)
        return a;
    const StatusSnapshot snapshot = StatusReport::gather(settings, configPath);
    const MessageBuilder::Result built =
        StatusReport::build(settings, snapshot, address, requestMessageId);
    if (!built.ok()) {
        a.error = built.error;
        return a;
    }
    Queue queue(Queue::dirFor(settings));
    if (!queue.ensure(&a.error))
        return a;
    QueuedMessage m;
    m.category = QStringLiteral("status");
    // Like every notification: bounces go to the bounced-alerts mailbox.
    m.sender =
        settings.mailboxes.bounce.isEmpty() ? settings.mailboxes.from : settings.mailboxes.bounce;
    m.recipients = {address};
    m.subject = StatusReport::subject(snapshot);
    m.messageId = QString::fromLatin1(built.messageId);
    m.content = built.data;
    a.queued = queue.enqueue(m, &a.error).has_value();
    return a;
}

} // namespace

void StatusRequestCheck::decideNext()
{
    if (!m_session)
        return;
    if (m_requests.isEmpty()) {
        m_stage = Stage::Deleting;
        for (int n : std::as_const(m_toDelete))
            m_session->remove(n); // RFC 1939 §6: removed when QUIT succeeds
        if (m_toDelete.isEmpty())
            onReady();
        return;
    }
    const Pending p = m_requests.takeFirst();
    const QString messageId = p.request.messageId;
    if ((!p.uid.isEmpty() && m_log->isProcessed(p.uid)) ||
        (!messageId.isEmpty() && m_log->isProcessedMessageId(messageId))) {
        decided(p, {}, tr("This request was processed before (a replay)."), false);
        return;
    }
    QString address;
    QString why = refusal(m_settings, p.request, &address);
    if (why.isEmpty()) {
        const QDateTime last = m_log->lastAnswered(address);
        if (last.isValid() && last.secsTo(QDateTime::currentDateTimeUtc()) < kRateLimitSeconds)
            why = tr("%1 was answered less than %n minute(s) ago (rate limit).", nullptr,
                     kRateLimitSeconds / 60)
                      .arg(address);
    }
    if (why.isEmpty()) {
        if (const QString r = Router::refusal(m_settings.recipients.permitted, address);
            !r.isEmpty())
            why = tr("The answer may not be sent: %1").arg(r);
    }
    if (!why.isEmpty()) {
        decided(p, address, why, false);
        return;
    }
    auto promise = std::make_shared<QPromise<Answer>>();
    promise->start();
    auto *watcher = new QFutureWatcher<Answer>(this);
    const quint64 generation = m_generation;
    connect(
        watcher, &QFutureWatcher<Answer>::finished, this, [this, watcher, p, address, generation] {
            watcher->deleteLater();
            if (generation != m_generation || !m_running)
                return;
            const Answer a = watcher->future().result();
            if (!a.verified)
                decided(p, address, tr("The password is wrong."), false);
            else if (!a.queued)
                // Not answered and not deleted: the next pass tries again.
                decided(p, address, tr("The answer could not be queued: %1").arg(a.error), true);
            else
                decided(p, address, {}, false);
        });
    watcher->setFuture(promise->future());
    QThreadPool::globalInstance()->start([promise, settings = m_settings,
                                          configPath = m_options.configPath, digest = m_digest,
                                          password = p.request.password, address, messageId] {
        promise->addResult(
            verifyAndAnswer(settings, configPath, digest, password, address, messageId));
        promise->finish();
    });
}

void StatusRequestCheck::decided(const Pending &p, const QString &address, const QString &why,
                                 bool keep)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    StatusRequestEntry e;
    e.time = now;
    e.uid = p.uid;
    e.sender = address.isEmpty() ? p.request.from : address;
    e.outcome = why.isEmpty() ? StatusRequestEntry::Outcome::Answered
                              : StatusRequestEntry::Outcome::Refused;
    e.reason = why.isEmpty() ? tr("answered to %1").arg(address) : why;
    m_entries << e;
    m_log->append(e);
    m_notes << QStringLiteral("status request %1 (uid %2) from %3: %4: %5")
                   .arg(p.number)
                   .arg(p.uid, e.sender, StatusRequestEntry::outcomeId(e.outcome), e.reason);
    if (!keep) {
        if (!p.uid.isEmpty())
            m_log->markProcessed(p.uid);
        m_log->markProcessedMessageId(p.request.messageId);
        m_toDelete << p.number;
        if (why.isEmpty())
            m_log->setLastAnswered(address, now);
    }
    // Saved now: a crash after an answer was queued must not answer the request again.
    m_log->save();
    decideNext();
}

void StatusRequestCheck::finishWith(const Result &r)
{
    if (!m_running)
        return;
    m_running = false;
    ++m_generation;
    m_stage = Stage::Done;
    m_result = r;
    if (m_log)
        m_log->save();
    for (const QString &note : std::as_const(m_notes))
        m_transcript.info(note);
    const QString debugLog = m_settings.diagnostics.debugLog.trimmed();
    if (!debugLog.isEmpty() && !m_transcript.isEmpty())
        appendDebugLog(debugLog, QStringLiteral("remote status requests (POP3)"), m_transcript);
    Q_EMIT finished(m_result);
}

} // namespace mw
