// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/Result.h"
#include "session/Credentials.h"
#include "settings/MailSettings.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>

namespace mw {

class SmtpSession;

// "Verify addresses without sending": MAIL FROM with the bounced-alerts mailbox, one
// RCPT per role address (notification, copy-all, copy-errors, console), then RSET and
// QUIT (RFC 5321 §4.1.1.5): a verdict per address, and no message is sent.
class AddressVerifier : public QObject
{
    Q_OBJECT
public:
    enum class Verdict { Accepted, Rejected, NotChecked };
    struct AddressCheck
    {
        QString role;    // "sender" (bounce), "notify", "copy_all", "copy_errors", "console"
        QString address; // empty: the role is not configured
        Verdict verdict = Verdict::NotChecked;
        QString serverReply;
    };

    explicit AddressVerifier(QObject *parent = nullptr);
    ~AddressVerifier() override;
    Q_DISABLE_COPY_MOVE(AddressVerifier)

    // The role addresses of the settings, in the order above. The sender is the bounce
    // mailbox, else the From address (seed 002: bounces go to the bounced-alerts mailbox).
    [[nodiscard]] static QList<AddressCheck> roles(const MailSettings &settings);
    [[nodiscard]] static QString verdictId(Verdict v); // "accepted", "rejected", "not_checked"

    // credentials: the SMTP password, or the access token for XOAUTH2/OAUTHBEARER
    // (AccessTokenSource); the other one empty.
    void start(const MailSettings &settings, const Credentials &credentials);
    void cancel();

    [[nodiscard]] const QList<AddressCheck> &checks() const { return m_checks; }

Q_SIGNALS:
    // result: the session's (ok when it completed, even if addresses were refused).
    void finished(const mw::Result &result, const QList<mw::AddressVerifier::AddressCheck> &checks);

private:
    QPointer<SmtpSession> m_session;
    QList<AddressCheck> m_checks;
};

} // namespace mw

Q_DECLARE_METATYPE(mw::AddressVerifier::AddressCheck)
