// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

namespace mw {

// The one rule for the web addresses Mailwright sends a sign-in to (an OAuth2 provider's
// endpoints, an OpenID issuer): https, or plain http only to this machine (127.0.0.1, ::1,
// localhost: a local provider, the tests). OAuthEndpoints and the settings' check of the
// issuer both use it; the settings add their own limits on top (no query, no fragment).
[[nodiscard]] inline bool isSecureOrLocalWebUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return false;
    if (url.scheme() == QLatin1String("https"))
        return true;
    const QString h = url.host();
    return url.scheme() == QLatin1String("http") &&
           (h == QLatin1String("127.0.0.1") || h == QLatin1String("::1") ||
            h == QLatin1String("localhost"));
}

} // namespace mw
