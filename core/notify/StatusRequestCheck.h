// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StatusRequest.h"
#include "StatusRequestLog.h"
#include "protocol/Pop3Session.h"
#include "protocol/Result.h"
#include "settings/MailSettings.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <memory>

namespace mw {

class SecretStore;

// One pass over the POP3 mailbox for remote status requests (issue 19; docs/cli.md
// "Remote status requests"):
//   1. the `remote-status` digest is read from the secret store (no digest: the pass fails
//      with a configuration error and the mailbox is not touched);
//   2. LIST/UIDL; messages whose UID was processed before are skipped;
//   3. messages larger than kMaxRequestSize are not looked at; of the others TOP n 0
//      (headers only) when CAPA offers TOP, so that a message that is no request is never
//      downloaded, then RETR of the candidates (subject with "status", not an automatic
//      message); RETR of each when the server has no TOP;
//   4. each request is decided (StatusRequestParser + the settings): replay (UID and
//      Message-ID), sender, permitted list, Authentication-Results, rate limit (one answer
//      per sender per kRateLimitSeconds), the outgoing [recipients] permitted filter, then
//      on the thread pool (never this thread) PasswordDigest::verify and, when it matches,
//      the report is gathered and queued (category "status") to the sender's address only;
//   5. answered and refused requests are deleted (DELE after the answer is queued; an answer
//      that could not be queued leaves its request for the next pass); other messages stay;
//   6. QUIT, the log (StatusRequestLog) saved, the redacted transcript appended to
//      [diagnostics] debug_log.
// Finishes exactly once per start(); cancellable; each POP3 step runs under the POP3 timeout.
class StatusRequestCheck : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kMaxRequestSize = 256 * 1024;
    static constexpr int kRateLimitSeconds = 5 * 60;
    static constexpr auto kSecretAccount = "remote-status";

    struct Options
    {
        QString configPath; // for the status file the answer reports and the default log path
        QString logPath;    // empty: StatusRequestLog::defaultPathFor(configPath)
        SecretStore *store = nullptr;
    };

    explicit StatusRequestCheck(QObject *parent = nullptr);
    ~StatusRequestCheck() override;
    Q_DISABLE_COPY_MOVE(StatusRequestCheck)

    // pop3: the POP3 login of the settings with its credentials (pop3ConfigFrom).
    void start(const MailSettings &settings, const Pop3Config &pop3, const Options &options);
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_running; }

    [[nodiscard]] const Result &result() const { return m_result; }
    // The requests decided in this pass (also appended to the log).
    [[nodiscard]] const QList<StatusRequestEntry> &entries() const { return m_entries; }
    [[nodiscard]] int messageCount() const { return m_messages; }
    [[nodiscard]] const Transcript &transcript() const { return m_transcript; }

    // The one rule of who is answered, for everything but the password and the rate limit:
    // empty when `request` may be answered, else why not (a sentence). *address is the
    // address the answer goes to.
    [[nodiscard]] static QString refusal(const MailSettings &settings, const StatusRequest &request,
                                         QString *address);

Q_SIGNALS:
    void finished(const mw::Result &result);

private:
    enum class Stage { Idle, Login, Headers, Bodies, Deciding, Deleting, Done };
    struct Pending
    {
        int number = 0;
        QString uid;
        StatusRequest request;
    };

    void onReady();
    void onListed(const QList<Pop3MessageInfo> &list);
    void onHeaders(int number, const QByteArray &content);
    void onBody(int number, const QByteArray &content);
    void decideNext();
    // why: empty when answered; keep: left on the server (and not marked) for the next pass.
    void decided(const Pending &p, const QString &address, const QString &why, bool keep);
    void finishWith(const Result &r);
    [[nodiscard]] QString uidOf(int number) const;

    QPointer<Pop3Session> m_session;
    MailSettings m_settings;
    Options m_options;
    Stage m_stage = Stage::Idle;
    bool m_running = false;
    QString m_digest;
    std::unique_ptr<StatusRequestLog> m_log;
    QList<Pop3MessageInfo> m_listing;
    QList<int> m_candidates; // numbers to RETR
    QList<Pending> m_requests;
    QList<int> m_toDelete;
    QList<StatusRequestEntry> m_entries;
    Result m_result;
    Transcript m_transcript;
    QStringList m_notes; // the decisions, for the transcript (never a password)
    int m_messages = 0;
    quint64 m_generation = 0; // a verification finishing after a cancel is ignored
};

} // namespace mw
