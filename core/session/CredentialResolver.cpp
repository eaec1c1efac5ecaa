// SPDX-License-Identifier: GPL-3.0-or-later
#include "CredentialResolver.h"

#include "ClientIdentity.h"
#include "KerberosTicket.h"
#include "oauth/AccessTokenSource.h"
#include "settings/EnvSecretOverride.h"
#include "settings/SettingsFacts.h"

#include <QFutureWatcher>
#include <QPromise>
#include <QThreadPool>

#include <memory>

namespace mw {

CredentialResolver::CredentialResolver(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        // The store did not answer: its late answer is ignored (generation).
        const QString account = m_current;
        const QString service = account.section(QLatin1Char('-'), 0, 0);
        Outcome o;
        o.account = account;
        if (account == QLatin1String("kerberos")) {
            o.failure = Result::failure(
                ErrorClass::AuthFailed, Phase::Auth,
                tr("The Kerberos ticket cache could not be read within %n second(s).", nullptr,
                   qMax(1, m_timeoutMs / 1000)));
            finish(o);
            return;
        }
        o.secretError = tr("the password store did not answer within %n second(s)", nullptr,
                           qMax(1, m_timeoutMs / 1000));
        if (account != service) { // a client certificate's passphrase or file
            o.failure = Result::failure(ErrorClass::Config, Phase::Idle,
                                        tr("The %1 client certificate could not be loaded: %2")
                                            .arg(service.toUpper(), o.secretError));
            o.failure.hint = identityHint(service, true);
        } else {
            o.failure = Result::failure(
                ErrorClass::Config, Phase::Idle,
                tr("The %1 password could not be read: %2").arg(account.toUpper(), o.secretError));
            o.failure.hint = hintFor(account, true);
        }
        finish(o);
    });
}

CredentialResolver::~CredentialResolver() = default;

void CredentialResolver::setAccessTokenSource(AccessTokenSource *source)
{
    m_tokens = source;
}

void CredentialResolver::setSecretSource(const QString &account, SecretSource source)
{
    if (source)
        m_sources.insert(account, std::move(source));
    else
        m_sources.remove(account);
}

void CredentialResolver::resolve(const MailSettings &settings, const PreflightNeeds &needs,
                                 QObject *context, Done done)
{
    cancel();
    m_settings = settings;
    m_todo = needs;
    m_found = {};
    m_context = context;
    m_done = std::move(done);
    m_running = true;
    const int generation = m_generation;
    // Always later, even when nothing is needed.
    QTimer::singleShot(0, this, [this, generation] {
        if (generation == m_generation)
            next();
    });
}

void CredentialResolver::cancel()
{
    ++m_generation;
    m_timer.stop();
    m_running = false;
    m_done = nullptr;
    m_found = {};
}

void CredentialResolver::next()
{
    // The SMTP server's secrets are named by the server the settings hold: "smtp" or
    // "backup-smtp" (SettingsFacts::forServer).
    if (m_todo.smtpPassword)
        readSecret(SettingsFacts::smtpServerId(m_settings), &Credentials::smtpPassword);
    else if (m_todo.pop3Password)
        readSecret(QStringLiteral("pop3"), &Credentials::pop3Password);
    else if (m_todo.accessToken)
        fetchToken();
    else if (m_todo.smtpIdentity)
        loadIdentity(SettingsFacts::smtpServerId(m_settings));
    else if (m_todo.pop3Identity)
        loadIdentity(QStringLiteral("pop3"));
    else if (m_todo.kerberosTicket)
        checkTicket();
    else
        succeed();
}

void CredentialResolver::loadIdentity(const QString &service)
{
    const bool smtp = service != QLatin1String("pop3");
    const QString path = (smtp ? m_settings.smtp.clientCert : m_settings.pop3.clientCert).trimmed();
    const QString account = service + QStringLiteral("-client-cert");
    m_current = account;
    const int generation = m_generation;
    auto answer = [this, generation, service, path](const SecretResult &r) {
        if (generation != m_generation)
            return;
        m_timer.stop();
        if (r.status == SecretResult::Status::Error) {
            failIdentity(service,
                         tr("The passphrase of the %1 client certificate could not be read: %2")
                             .arg(service.toUpper(), r.error),
                         true);
            return;
        }
        // No passphrase stored: the key is not encrypted (ClientIdentity says if it is).
        identityLoaded(service, path, r.secret.toUtf8());
    };
    m_timer.start(m_timeoutMs);
    if (const auto source = m_sources.constFind(account); source != m_sources.cend()) {
        (*source)(this, answer);
    } else if (m_store) {
        m_store->read(account, this, answer);
    } else {
        QTimer::singleShot(0, this, [answer] {
            answer(SecretResult::failure(tr("No password store is available.")));
        });
    }
}

void CredentialResolver::identityLoaded(const QString &service, const QString &path,
                                        const QByteArray &passphrase)
{
    // The file is read on a worker thread; the watcher (a child: gone with the resolver)
    // brings the answer back to this thread. The timer bounds a file system that hangs.
    const int generation = m_generation;
    m_timer.start(m_timeoutMs);
    auto promise = std::make_shared<QPromise<ClientIdentity::Loaded>>();
    auto *watcher = new QFutureWatcher<ClientIdentity::Loaded>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, service] {
        watcher->deleteLater();
        if (generation != m_generation || watcher->future().resultCount() == 0)
            return;
        m_timer.stop();
        const ClientIdentity::Loaded loaded = watcher->result();
        if (!loaded.ok()) {
            using P = ClientIdentity::Problem;
            failIdentity(service, loaded.error,
                         loaded.problem == P::NeedsPassphrase ||
                             loaded.problem == P::WrongPassphrase);
            return;
        }
        if (service != QLatin1String("pop3")) {
            m_found.smtpIdentity = loaded.identity;
            m_todo.smtpIdentity = false;
        } else {
            m_found.pop3Identity = loaded.identity;
            m_todo.pop3Identity = false;
        }
        next();
    });
    watcher->setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start([promise, path, passphrase] {
        promise->addResult(ClientIdentity::load(path, passphrase));
        promise->finish();
    });
}

void CredentialResolver::checkTicket()
{
    // The cache may block (a file, the KCM daemon, LSA): a worker thread reads it, the
    // watcher (a child: gone with the resolver) brings the answer back, the timer bounds it.
    m_current = QStringLiteral("kerberos");
    const int generation = m_generation;
    m_timer.start(m_timeoutMs);
    auto promise = std::make_shared<QPromise<KerberosTicketInfo>>();
    auto *watcher = new QFutureWatcher<KerberosTicketInfo>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation || watcher->future().resultCount() == 0)
            return;
        m_timer.stop();
        const KerberosTicketInfo info = watcher->result();
        if (!info.problem.isEmpty()) {
            // The sentence names the cause and the remedy (kinit, the domain logon).
            Outcome o;
            o.account = QStringLiteral("kerberos");
            o.failure = Result::failure(ErrorClass::AuthFailed, Phase::Auth, info.problem);
            finish(o);
            return;
        }
        m_todo.kerberosTicket = false;
        next();
    });
    watcher->setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start([promise] {
        promise->addResult(readKerberosTicket());
        promise->finish();
    });
}

void CredentialResolver::failIdentity(const QString &service, const QString &sentence,
                                      bool passphrase)
{
    Outcome o;
    o.account = service + QStringLiteral("-client-cert");
    o.failure = Result::failure(ErrorClass::Config, Phase::Idle, sentence);
    o.failure.hint = identityHint(service, passphrase);
    finish(o);
}

QString CredentialResolver::identityHint(const QString &service, bool passphrase) const
{
    const bool pop3 = service == QLatin1String("pop3");
    switch (m_style) {
    case HintStyle::Window:
        if (passphrase)
            return pop3 ? tr("Type the key's passphrase on the POP3 tab.")
                        : tr("Type the key's passphrase on the Authentication tab.");
        return pop3 ? tr("Choose the client certificate file on the POP3 tab.")
                    : tr("Choose the client certificate file on the Authentication tab.");
    case HintStyle::CommandLine:
        if (passphrase)
            return tr("Store the key's passphrase with \"mailwright-cli secret set %1\".")
                .arg(service + QStringLiteral("-client-cert"));
        return tr("Set the file with \"mailwright-cli config set %1/client_cert FILE\".")
            .arg(pop3 ? service : SettingsFacts::smtpSection(m_settings));
    case HintStyle::Service:
        return tr("Check the client certificate in the settings window and save.");
    }
    return {};
}

void CredentialResolver::readSecret(const QString &account, QString Credentials::*into)
{
    m_current = account;
    const int generation = m_generation;
    auto answer = [this, generation, account, into](const SecretResult &r) {
        if (generation != m_generation)
            return;
        m_timer.stop();
        if (r.status == SecretResult::Status::Error) {
            Outcome o;
            o.account = account;
            o.secretError = r.error;
            o.failure = Result::failure(
                ErrorClass::Config, Phase::Idle,
                tr("The %1 password could not be read: %2").arg(account.toUpper(), r.error));
            o.failure.hint = hintFor(account, true);
            finish(o);
            return;
        }
        if (r.status == SecretResult::Status::NotFound || r.secret.isEmpty()) {
            Outcome o;
            o.account = account;
            o.failure = notStored(account);
            finish(o);
            return;
        }
        m_found.*into = r.secret;
        (account == QLatin1String("pop3") ? m_todo.pop3Password : m_todo.smtpPassword) = false;
        next();
    };
    m_timer.start(m_timeoutMs);
    if (const auto source = m_sources.constFind(account); source != m_sources.cend()) {
        (*source)(this, answer);
    } else if (m_store) {
        m_store->read(account, this, answer);
    } else {
        QTimer::singleShot(0, this, [answer] {
            answer(SecretResult::failure(tr("No password store is available.")));
        });
    }
}

void CredentialResolver::fetchToken()
{
    if (!m_tokens) {
        Outcome o;
        o.account = QStringLiteral("oauth");
        o.oauth.kind = OAuthFailure::Kind::Config;
        o.oauth.message = tr("OAuth2 sign-in is chosen but no sign-in is available here.");
        o.failure = Result::failure(ErrorClass::Config, Phase::Auth, o.oauth.message);
        o.failure.hint = hintFor(o.account, false);
        finish(o);
        return;
    }
    const int generation = m_generation;
    m_tokens->request(this, [this, generation](const QString &token, const OAuthFailure &f) {
        if (generation != m_generation)
            return;
        if (token.isEmpty()) {
            Outcome o;
            o.account = QStringLiteral("oauth");
            o.oauth = f;
            const ErrorClass c = f.kind == OAuthFailure::Kind::Network  ? ErrorClass::Network
                                 : f.kind == OAuthFailure::Kind::Config ? ErrorClass::Config
                                                                        : ErrorClass::AuthFailed;
            o.failure = Result::failure(c, Phase::Auth, f.message, f.description);
            if (f.kind == OAuthFailure::Kind::SignInRequired ||
                f.kind == OAuthFailure::Kind::Config)
                o.failure.hint = hintFor(o.account, false);
            finish(o);
            return;
        }
        m_found.accessToken = token;
        m_todo.accessToken = false;
        next();
    });
}

void CredentialResolver::finish(const Outcome &outcome)
{
    const bool hasContext = !m_context.isNull();
    Done done = std::exchange(m_done, nullptr);
    cancel();
    if (hasContext && done)
        done(outcome);
}

void CredentialResolver::succeed()
{
    Outcome o;
    o.ok = true;
    o.credentials = m_found;
    o.failure = Result::success(Phase::Idle);
    finish(o);
}

Result CredentialResolver::notStored(const QString &account) const
{
    Result r = Result::failure(ErrorClass::Config, Phase::Idle,
                               tr("No %1 password is stored.").arg(account.toUpper()));
    r.hint = hintFor(account, false);
    return r;
}

QString CredentialResolver::hintFor(const QString &account, bool unreadable) const
{
    const bool oauth = account == QLatin1String("oauth");
    switch (m_style) {
    case HintStyle::Window:
        if (oauth)
            return tr("Sign in on the Authentication tab.");
        if (unreadable)
            return tr("Type the password again, or keep passwords in a file.");
        return account == QLatin1String("pop3")
                   ? tr("Type it in the Password field of the POP3 tab.")
                   : tr("Type it in the Password field of the Authentication tab.");
    case HintStyle::CommandLine:
        if (oauth)
            return tr("Sign in with \"mailwright-cli oauth login\".");
        return tr("Store it with \"mailwright-cli secret set %1\" or set %2.")
            .arg(account, EnvSecretOverride::variableName(account));
    case HintStyle::Service:
        return oauth ? tr("Sign in again in the settings window.")
                     : tr("Enter it in the settings window and save.");
    }
    return {};
}

} // namespace mw
