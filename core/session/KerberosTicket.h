// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>

#include <memory>

// Whether the user holds a Kerberos ticket-granting ticket, for GSSAPI sign-in: the
// default credential cache (KRB5CCNAME, else the system default) through the krb5 API
// on Linux and macOS (KerberosTicket_krb5.cpp; pkg-config krb5: MIT krb5, Homebrew's on
// macOS; only MIT on Linux is tested), the logon session's ticket cache through LSA on
// Windows (KerberosTicket_win.cpp, not compiled here). Only the cache is read; no KDC is
// contacted.
namespace mw {

struct KerberosTicketInfo
{
    bool found = false;   // a TGT of the cache's principal is there (even if expired)
    QString principal;    // e.g. "mwtest@MAILWRIGHT.TEST"; empty when not found
    QDateTime expires;    // the TGT's end time (UTC); invalid when not found
    bool expired = false; // found, and expires is not in the future
    QString problem;      // a sentence when not found or expired, else empty
};

// Reads the ticket cache. It may block (a file, the KCM daemon, LSA): never call it on the
// GUI thread; use KerberosTicketReader there.
[[nodiscard]] KerberosTicketInfo readKerberosTicket();

// The info for what a cache holds at `now`: expired and problem filled in. One place for the
// sentences ("No Kerberos ticket — run kinit or log in to the domain." and the expired one).
[[nodiscard]] KerberosTicketInfo kerberosTicketInfo(bool found, const QString &principal,
                                                    const QDateTime &expires, const QDateTime &now,
                                                    const QString &detail = QString());

// Reads the ticket cache on a worker thread (QThreadPool) and emits finished() on the
// thread this object lives in. Destroying it cancels: finished() is then never emitted (the
// read itself runs to its end on the worker, touching nothing of this object).
class KerberosTicketReader : public QObject
{
    Q_OBJECT
public:
    explicit KerberosTicketReader(QObject *parent = nullptr);
    ~KerberosTicketReader() override;

    // Starts one read; a read already running is superseded (its result is dropped).
    void start();
    [[nodiscard]] bool isRunning() const;

Q_SIGNALS:
    void finished(const mw::KerberosTicketInfo &info);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

namespace detail {
// The platform part: what the cache holds, or why it could not be read (detail).
struct TicketCache
{
    bool found = false;
    QString principal;
    QDateTime expires;
    QString detail; // the krb5 / LSA error text when the cache could not be read
};
[[nodiscard]] TicketCache readTicketCache();
} // namespace detail

} // namespace mw

Q_DECLARE_METATYPE(mw::KerberosTicketInfo)
