// SPDX-License-Identifier: GPL-3.0-or-later
#include "EnvSecretOverride.h"

#include <QtGlobal>

namespace mw {

EnvSecretOverride::EnvSecretOverride(SecretStore *backend, QObject *parent)
    : SecretStore(parent)
    , m_backend(backend)
{
    Q_ASSERT(backend);
    backend->setParent(this);
}

QString EnvSecretOverride::variableName(const QString &account)
{
    QString name = account.toUpper();
    name.replace(QLatin1Char('-'), QLatin1Char('_'));
    return QStringLiteral("MAILWRIGHT_") + name + QStringLiteral("_PASSWORD");
}

bool EnvSecretOverride::isOverridden(const QString &account)
{
    return isValidAccount(account) &&
           !qEnvironmentVariable(variableName(account).toLatin1().constData()).isEmpty();
}

void EnvSecretOverride::doRead(const QString &account, Callback done)
{
    const QString value = qEnvironmentVariable(variableName(account).toLatin1().constData());
    if (!value.isEmpty())
        return done(SecretResult::success(value));
    m_backend->read(account, this, std::move(done));
}

void EnvSecretOverride::doWrite(const QString &account, const QString &secret, Callback done)
{
    m_backend->write(account, secret, this, std::move(done));
}

void EnvSecretOverride::doRemove(const QString &account, Callback done)
{
    m_backend->remove(account, this, std::move(done));
}

} // namespace mw
