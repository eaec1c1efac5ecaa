// SPDX-License-Identifier: GPL-3.0-or-later
#include "SmtpConfigFactory.h"

namespace mw {

SmtpConfig smtpConfigFrom(const MailSettings &settings, const QString &password,
                          const QString &accessToken, const TlsIdentity &identity)
{
    const MailSettings::Smtp &s = settings.smtp;
    SmtpConfig c;
    c.host = s.host;
    c.port = static_cast<quint16>(qBound(0, s.port, 65535));
    switch (s.security) {
    case MailSettings::SmtpSecurity::None:
        c.security = SmtpConfig::Security::None;
        break;
    case MailSettings::SmtpSecurity::StartTls:
        c.security = SmtpConfig::Security::StartTls;
        break;
    case MailSettings::SmtpSecurity::Tls:
        c.security = SmtpConfig::Security::Tls;
        break;
    case MailSettings::SmtpSecurity::Auto:
        c.security = SmtpConfig::Security::Auto;
        break;
    }
    switch (s.auth) {
    case MailSettings::SmtpAuth::None:
    case MailSettings::SmtpAuth::PopBeforeSmtp: // the POP3 login happens before the session
        c.auth = SmtpConfig::Auth::None;
        break;
    case MailSettings::SmtpAuth::Plain:
        c.auth = SmtpConfig::Auth::Plain;
        break;
    case MailSettings::SmtpAuth::Login:
        c.auth = SmtpConfig::Auth::Login;
        break;
    case MailSettings::SmtpAuth::CramMd5:
        c.auth = SmtpConfig::Auth::CramMd5;
        break;
    case MailSettings::SmtpAuth::Auto:
        c.auth = SmtpConfig::Auth::Auto;
        break;
    case MailSettings::SmtpAuth::XOAuth2:
        c.auth = SmtpConfig::Auth::XOAuth2;
        break;
    case MailSettings::SmtpAuth::OAuthBearer:
        c.auth = SmtpConfig::Auth::OAuthBearer;
        break;
    case MailSettings::SmtpAuth::ScramSha256:
        c.auth = SmtpConfig::Auth::ScramSha256;
        break;
    case MailSettings::SmtpAuth::ScramSha1:
        c.auth = SmtpConfig::Auth::ScramSha1;
        break;
    case MailSettings::SmtpAuth::Gssapi:
        c.auth = SmtpConfig::Auth::Gssapi;
        break;
    case MailSettings::SmtpAuth::Ntlm:
        c.auth = SmtpConfig::Auth::Ntlm;
        break;
    case MailSettings::SmtpAuth::External:
        c.auth = SmtpConfig::Auth::External;
        break;
    }
    c.realm = s.realm;
    c.username = c.auth == SmtpConfig::Auth::None ? QString() : s.username;
    c.password = c.auth == SmtpConfig::Auth::None ? QString() : password;
    if (mw::usesOAuth(c)) {
        // Only an access token from core/oauth is ever sent as a bearer token; a caller
        // that knows nothing of OAuth2 gets a clear "sign in first" error instead of
        // sending a stored password in its place.
        c.accessToken = accessToken;
        c.password.clear();
    }
    c.heloName = s.helo;
    c.timeoutSeconds = s.timeout;
    c.trust.caFile = s.caFile;
    c.trust.pinSha256 = s.pinSha256;
    c.identity = identity;
    return c;
}

SmtpConfig smtpConfigFrom(const MailSettings &settings, const Credentials &credentials)
{
    return smtpConfigFrom(settings, credentials.smtpPassword, credentials.accessToken,
                          credentials.smtpIdentity);
}

Pop3Config pop3ConfigFrom(const MailSettings &settings, const QString &password,
                          const TlsIdentity &identity)
{
    const MailSettings::Pop3 &s = settings.pop3;
    Pop3Config c;
    c.host = s.host;
    c.port = static_cast<quint16>(qBound(0, s.port, 65535));
    switch (s.security) {
    case MailSettings::Pop3Security::None:
        c.security = Pop3Config::Security::None;
        break;
    case MailSettings::Pop3Security::Stls:
        c.security = Pop3Config::Security::Stls;
        break;
    case MailSettings::Pop3Security::Tls:
        c.security = Pop3Config::Security::Tls;
        break;
    case MailSettings::Pop3Security::Auto:
        c.security = Pop3Config::Security::Auto;
        break;
    }
    c.username = s.username;
    c.password = password;
    switch (s.auth) {
    case MailSettings::Pop3Auth::Auto:
        c.auth = Pop3Config::Auth::Auto;
        break;
    case MailSettings::Pop3Auth::User:
        c.auth = Pop3Config::Auth::User;
        break;
    case MailSettings::Pop3Auth::Apop:
        c.auth = Pop3Config::Auth::Apop;
        break;
    case MailSettings::Pop3Auth::Plain:
        c.auth = Pop3Config::Auth::Plain;
        break;
    case MailSettings::Pop3Auth::CramMd5:
        c.auth = Pop3Config::Auth::CramMd5;
        break;
    case MailSettings::Pop3Auth::ScramSha256:
        c.auth = Pop3Config::Auth::ScramSha256;
        break;
    case MailSettings::Pop3Auth::ScramSha1:
        c.auth = Pop3Config::Auth::ScramSha1;
        break;
    case MailSettings::Pop3Auth::Gssapi:
        c.auth = Pop3Config::Auth::Gssapi;
        break;
    case MailSettings::Pop3Auth::Ntlm:
        c.auth = Pop3Config::Auth::Ntlm;
        break;
    case MailSettings::Pop3Auth::External:
        c.auth = Pop3Config::Auth::External;
        break;
    }
    c.realm = s.realm;
    c.timeoutSeconds = s.timeout;
    c.trust.caFile = s.caFile;
    c.trust.pinSha256 = s.pinSha256;
    c.identity = identity;
    return c;
}

Pop3Config pop3ConfigFrom(const MailSettings &settings, const Credentials &credentials)
{
    return pop3ConfigFrom(settings, credentials.pop3Password, credentials.pop3Identity);
}

} // namespace mw
