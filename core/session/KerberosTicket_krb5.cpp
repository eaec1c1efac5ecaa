// SPDX-License-Identifier: GPL-3.0-or-later
// The ticket cache through the krb5 API (MIT krb5; the calls exist in Heimdal too).
#include "KerberosTicket.h"

#include <QtGlobal>

#ifndef Q_OS_WIN

#include <krb5.h>

namespace mw::detail {

namespace {

QString errorText(krb5_context context, krb5_error_code code)
{
    const char *text = krb5_get_error_message(context, code);
    const QString out = QString::fromUtf8(text);
    krb5_free_error_message(context, text);
    return out;
}

QString unparse(krb5_context context, krb5_const_principal principal)
{
    char *name = nullptr;
    if (krb5_unparse_name(context, principal, &name) != 0 || !name)
        return {};
    const QString out = QString::fromUtf8(name);
    krb5_free_unparsed_name(context, name);
    return out;
}

// "No credentials cache found" and its relatives: simply no ticket, no detail to add.
bool meansNoCache(krb5_error_code code)
{
    return code == KRB5_FCC_NOFILE || code == KRB5_CC_NOTFOUND || code == KRB5_CC_END;
}

} // namespace

TicketCache readTicketCache()
{
    TicketCache out;
    krb5_context context = nullptr;
    if (const krb5_error_code code = krb5_init_context(&context)) {
        out.detail = QStringLiteral("krb5_init_context: error %1").arg(code);
        return out;
    }
    krb5_ccache cache = nullptr;
    krb5_principal client = nullptr;
    krb5_error_code code = krb5_cc_default(context, &cache);
    if (!code)
        code = krb5_cc_get_principal(context, cache, &client);
    if (code) {
        if (!meansNoCache(code))
            out.detail = errorText(context, code);
    } else {
        out.principal = unparse(context, client);
        const QString realm = out.principal.mid(out.principal.lastIndexOf(QLatin1Char('@')) + 1);
        const QString tgt = QStringLiteral("krbtgt/%1@%1").arg(realm);
        krb5_cc_cursor cursor = nullptr;
        if (krb5_cc_start_seq_get(context, cache, &cursor) == 0) {
            krb5_creds creds;
            while (krb5_cc_next_cred(context, cache, &cursor, &creds) == 0) {
                if (!krb5_is_config_principal(context, creds.server) &&
                    unparse(context, creds.server) == tgt) {
                    // krb5_timestamp is 32 bits, read as unsigned past 2038 (MIT 1.16+).
                    const auto end = qint64(quint32(creds.times.endtime));
                    const QDateTime expires = QDateTime::fromSecsSinceEpoch(end, Qt::UTC);
                    if (!out.found || expires > out.expires)
                        out.expires = expires;
                    out.found = true;
                }
                krb5_free_cred_contents(context, &creds);
            }
            krb5_cc_end_seq_get(context, cache, &cursor);
        }
        krb5_free_principal(context, client);
    }
    if (cache)
        krb5_cc_close(context, cache);
    krb5_free_context(context);
    return out;
}

} // namespace mw::detail

#endif // !Q_OS_WIN
