// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Credentials.h"
#include "Preflight.h"
#include "oauth/OAuthFailure.h"
#include "protocol/Result.h"
#include "settings/MailSettings.h"
#include "settings/SecretStore.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace mw {

class AccessTokenSource;

// Fetches the secrets an operation needs (Preflight::needs) from the secret store and the
// OAuth2 access token source, and yields them as one Credentials value, or the first
// failure as a Result (error class, phase, one sentence and a hint for the shell asking).
// The window, the CLI, the status monitor and the queue runner all resolve here, with the
// same sentences. Never blocks: every answer comes later, from the event loop. A store
// read that does not answer within timeout() fails (a locked keychain can hang).
class CredentialResolver : public QObject
{
    Q_OBJECT
public:
    // Who reads the hint: each shell tells the admin how to fix it in its own terms.
    enum class HintStyle { Window, CommandLine, Service };

    struct Outcome
    {
        bool ok = false;
        Credentials credentials; // when ok
        Result failure;          // when not ok: ErrorClass::Config for a missing or
                                 // unreadable password, the OAuth2 failure's class otherwise
        QString account;         // the secret that failed: "smtp", "pop3", "oauth", or
                                 // "smtp-client-cert" / "pop3-client-cert" (the client
                                 // certificate or its key's passphrase), "kerberos"
                                 // (no valid ticket: ErrorClass::AuthFailed)
        QString secretError;     // the store's own sentence when a read failed
        OAuthFailure oauth;      // when the access token could not be had
        // The sentence and its hint in one line (logs, a terminal).
        [[nodiscard]] QString text() const
        {
            return failure.hint.isEmpty() ? failure.message
                                          : failure.message + QLatin1Char(' ') + failure.hint;
        }
    };
    using Done = std::function<void(const Outcome &outcome)>;
    // Where one account's secret comes from instead of the store (the window: a password
    // typed but not saved yet). Answers like SecretStore::read: later, exactly once.
    using SecretSource = std::function<void(QObject *context, SecretStore::Callback done)>;

    explicit CredentialResolver(QObject *parent = nullptr);
    ~CredentialResolver() override;
    Q_DISABLE_COPY_MOVE(CredentialResolver)

    // Not owned; may change between resolutions.
    void setSecretStore(SecretStore *store) { m_store = store; }
    void setAccessTokenSource(AccessTokenSource *source);
    // An override for an account ("smtp", "backup-smtp", "pop3", "smtp-client-cert", ...);
    // an empty function removes it.
    void setSecretSource(const QString &account, SecretSource source);
    void setHintStyle(HintStyle style) { m_style = style; }
    // Milliseconds one secret store read may take (default 30 s).
    void setTimeout(int ms) { m_timeoutMs = ms; }
    [[nodiscard]] int timeout() const { return m_timeoutMs; }

    // Resolves what `needs` names for these settings; done is called exactly once, later,
    // unless cancel() (or a new resolve()) comes first or context is destroyed. The
    // secrets are fetched one after another: SMTP password, POP3 password, access token,
    // then the client certificates (each key's passphrase from the store, absent: an
    // unencrypted key; the file is read on a worker thread), then the Kerberos ticket
    // (needs.kerberosTicket; the cache is read on a worker thread).
    void resolve(const MailSettings &settings, const PreflightNeeds &needs, QObject *context,
                 Done done);
    // Drops the resolution under way: its done is not called.
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_running; }

    // The sentence and hint for a password that is not stored (shared with the shells
    // that check before resolving).
    [[nodiscard]] Result notStored(const QString &account) const;

private:
    void next();
    void readSecret(const QString &account, QString Credentials::*into);
    void fetchToken();
    // service: "smtp" or "pop3"; reads the passphrase, then loads the certificate file.
    void loadIdentity(const QString &service);
    void identityLoaded(const QString &service, const QString &path, const QByteArray &pass);
    void failIdentity(const QString &service, const QString &sentence, bool passphrase);
    // GSSAPI: reads the Kerberos ticket cache on a worker thread; none or expired fails
    // (auth_failed, the sentence of kerberosTicketInfo()) before any connection is made.
    void checkTicket();
    // Hands the outcome over exactly once, the state cleared first.
    void finish(const Outcome &outcome);
    void succeed();
    [[nodiscard]] QString hintFor(const QString &account, bool unreadable) const;
    [[nodiscard]] QString identityHint(const QString &service, bool passphrase) const;

    QPointer<SecretStore> m_store;
    QPointer<AccessTokenSource> m_tokens;
    QHash<QString, SecretSource> m_sources;
    HintStyle m_style = HintStyle::CommandLine;
    int m_timeoutMs = 30000;

    // The resolution under way.
    MailSettings m_settings;
    PreflightNeeds m_todo;
    QString m_current; // the account being read (for the timeout's sentence)
    Credentials m_found;
    QPointer<QObject> m_context;
    Done m_done;
    QTimer m_timer;
    int m_generation = 0;
    bool m_running = false;
};

} // namespace mw
