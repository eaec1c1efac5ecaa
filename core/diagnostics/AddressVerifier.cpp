// SPDX-License-Identifier: GPL-3.0-or-later
#include "AddressVerifier.h"

#include "protocol/SmtpSession.h"
#include "session/SmtpConfigFactory.h"

#include <QTimer>

namespace mw {

AddressVerifier::AddressVerifier(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<mw::AddressVerifier::AddressCheck>();
}

AddressVerifier::~AddressVerifier()
{
    cancel();
}

QString AddressVerifier::verdictId(Verdict v)
{
    switch (v) {
    case Verdict::Accepted:
        return QStringLiteral("accepted");
    case Verdict::Rejected:
        return QStringLiteral("rejected");
    case Verdict::NotChecked:
        break;
    }
    return QStringLiteral("not_checked");
}

QList<AddressVerifier::AddressCheck> AddressVerifier::roles(const MailSettings &s)
{
    const QString sender = s.mailboxes.bounce.trimmed().isEmpty() ? s.mailboxes.from.trimmed()
                                                                  : s.mailboxes.bounce.trimmed();
    return {{QStringLiteral("sender"), sender, Verdict::NotChecked, {}},
            {QStringLiteral("notify"), s.mailboxes.notify.trimmed(), Verdict::NotChecked, {}},
            {QStringLiteral("copy_all"), s.copies.all.trimmed(), Verdict::NotChecked, {}},
            {QStringLiteral("copy_errors"), s.copies.errors.trimmed(), Verdict::NotChecked, {}},
            {QStringLiteral("console"), s.copies.console.trimmed(), Verdict::NotChecked, {}}};
}

void AddressVerifier::start(const MailSettings &settings, const Credentials &credentials)
{
    cancel();
    m_checks = roles(settings);
    Envelope env;
    env.sender = m_checks.first().address;
    for (int i = 1; i < m_checks.size(); ++i) {
        const QString a = m_checks.at(i).address;
        if (!a.isEmpty() && !env.recipients.contains(a, Qt::CaseInsensitive))
            env.recipients << a;
    }
    auto *session = new SmtpSession(this);
    m_session = session;
    if (env.recipients.isEmpty()) {
        QTimer::singleShot(0, this, [this, session] {
            if (m_session != session)
                return;
            m_session = nullptr;
            session->deleteLater();
            Result r =
                Result::failure(ErrorClass::Config, Phase::Idle,
                                tr("No role address (notification, copies, console) is set."));
            Q_EMIT finished(r, m_checks);
        });
        return;
    }
    connect(session, &SmtpSession::finished, this, [this, session](const Result &r) {
        if (m_session != session)
            return;
        m_session = nullptr;
        session->deleteLater();
        const MessageOutcome out = session->outcomes().value(0);
        AddressCheck &sender = m_checks[0];
        const bool mailDone = out.phase == Phase::Rcpt || out.phase == Phase::Data ||
                              !out.acceptedRecipients.isEmpty() ||
                              !out.rejectedRecipients.isEmpty();
        if (out.phase == Phase::Mail && out.acceptedRecipients.isEmpty() &&
            out.rejectedRecipients.isEmpty() &&
            (out.errorClass == ErrorClass::SenderRejected ||
             out.errorClass == ErrorClass::Temporary)) {
            sender.verdict = Verdict::Rejected;
            sender.serverReply = out.serverReply;
        } else if (mailDone) {
            sender.verdict = Verdict::Accepted;
        }
        for (int i = 1; i < m_checks.size(); ++i) {
            AddressCheck &c = m_checks[i];
            if (c.address.isEmpty())
                continue;
            if (out.acceptedRecipients.contains(c.address, Qt::CaseInsensitive)) {
                c.verdict = Verdict::Accepted;
                continue;
            }
            // Rejected ones are "address: reply" (SmtpSession).
            const QString prefix = c.address + QStringLiteral(": ");
            for (const QString &rej : out.rejectedRecipients) {
                if (rej.startsWith(prefix, Qt::CaseInsensitive)) {
                    c.verdict = Verdict::Rejected;
                    c.serverReply = rej.mid(prefix.size());
                }
            }
        }
        Q_EMIT finished(r, m_checks);
    });
    // RCPT: stops after the recipients, then RSET and QUIT; DATA is never sent.
    session->start(smtpConfigFrom(settings, credentials), {env}, Phase::Rcpt);
}

void AddressVerifier::cancel()
{
    if (!m_session)
        return;
    SmtpSession *s = m_session;
    m_session = nullptr;
    s->cancel();
    s->deleteLater();
}

} // namespace mw
