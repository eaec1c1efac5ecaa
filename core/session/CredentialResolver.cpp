// SPDX-License-Identifier: GPL-3.0-or-later
#include "CredentialResolver.h"

#include "oauth/AccessTokenSource.h"

namespace mw {

CredentialResolver::CredentialResolver(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        // The store did not answer: its late answer is ignored (generation).
        const QString account =
            m_todo.smtpPassword ? QStringLiteral("smtp") : QStringLiteral("pop3");
        Outcome o;
        o.account = account;
        o.secretError = tr("the password store did not answer within %n second(s)", nullptr,
                           qMax(1, m_timeoutMs / 1000));
        o.failure = Result::failure(
            ErrorClass::Config, Phase::Idle,
            tr("The %1 password could not be read: %2").arg(account.toUpper(), o.secretError));
        o.failure.hint = hintFor(account, true);
        fail(o);
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
    if (m_todo.smtpPassword)
        readSecret(QStringLiteral("smtp"), &Credentials::smtpPassword);
    else if (m_todo.pop3Password)
        readSecret(QStringLiteral("pop3"), &Credentials::pop3Password);
    else if (m_todo.accessToken)
        fetchToken();
    else
        succeed();
}

void CredentialResolver::readSecret(const QString &account, QString Credentials::*into)
{
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
            fail(o);
            return;
        }
        if (r.status == SecretResult::Status::NotFound || r.secret.isEmpty()) {
            Outcome o;
            o.account = account;
            o.failure = notStored(account);
            fail(o);
            return;
        }
        m_found.*into = r.secret;
        (account == QLatin1String("smtp") ? m_todo.smtpPassword : m_todo.pop3Password) = false;
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
        fail(o);
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
            fail(o);
            return;
        }
        m_found.accessToken = token;
        m_todo.accessToken = false;
        next();
    });
}

void CredentialResolver::fail(const Outcome &outcome)
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
    fail(o); // the same hand-over: exactly once, state cleared first
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
            .arg(account, account == QLatin1String("smtp")
                              ? QStringLiteral("MAILWRIGHT_SMTP_PASSWORD")
                              : QStringLiteral("MAILWRIGHT_POP3_PASSWORD"));
    case HintStyle::Service:
        return oauth ? tr("Sign in again in the settings window.")
                     : tr("Enter it in the settings window and save.");
    }
    return {};
}

} // namespace mw
