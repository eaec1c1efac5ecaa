// SPDX-License-Identifier: GPL-3.0-or-later
// SettingsWindow, continued: the test panel's buttons (Send Test, Check login, Verify
// addresses): Preflight decides what each needs, CredentialResolver reads the secrets.
#include "SettingsWindow.h"

#include "FormBinder.h"
#include "PasswordField.h"
#include "SettingsPage.h"
#include "TestPanel.h"
#include "protocol/MailConnection.h"
#include "session/CredentialResolver.h"
#include "session/Preflight.h"
#include "settings/SettingsFacts.h"

#include <QLineEdit>
#include <QTabWidget>

namespace mw {

QWidget *SettingsWindow::fieldFor(const QString &key) const
{
    const auto find = [this, &key]() -> QWidget * {
        if (QWidget *w = m_binder->widgetFor(key))
            return w;
        for (PasswordField *pw : m_passwords) {
            if (key == QStringLiteral("secret/") + pw->account())
                return pw->edit();
        }
        return nullptr;
    };
    if (QWidget *w = find(); w || m_unbuiltPages.isEmpty())
        return w;
    // On a tab not built yet (its name for a message, the field to focus).
    const_cast<SettingsWindow *>(this)->buildAllPages();
    return find();
}

void SettingsWindow::focusField(const QString &key)
{
    QWidget *w = fieldFor(key);
    if (!w)
        return;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (m_tabs->widget(i)->isAncestorOf(w))
            m_tabs->setCurrentIndex(i);
    }
    w->setFocus(Qt::OtherFocusReason);
}

void SettingsWindow::runTest(Phase stopAfter)
{
    // The panel's buttons: Send Test, Check login, Verify addresses. What each needs (the
    // sections that must be valid, the secrets, where it stops) is decided in Preflight:
    // an unfinished Copies tab does not block Send Test.
    const Purpose purpose = stopAfter == Phase::Rcpt   ? Purpose::Verify
                            : stopAfter == Phase::Done ? Purpose::SendTest
                                                       : Purpose::LoginCheck;
    prepareTest(purpose, [this](const MailSettings &s, const PreflightNeeds &needs,
                                const Credentials &credentials) {
        if (needs.stopAfter == Phase::Rcpt)
            m_testPanel->startVerify(s, credentials);
        else
            m_testPanel->start(s, credentials, needs.stopAfter);
    });
}

void SettingsWindow::runRoundTrip()
{
    // The POP3 account that receives the notification mailbox is part of the preflight.
    prepareTest(Purpose::RoundTrip,
                [this](const MailSettings &s, const PreflightNeeds &, const Credentials &c) {
                    m_testPanel->startRoundTrip(s, c);
                });
}

void SettingsWindow::updateRoundTrip()
{
    m_testPanel->setRoundTripAvailable(
        SettingsFacts::pop3AccountSet(m_model->settings()),
        tr("Set the POP3 server and login name of the account that receives the notification "
           "mailbox (POP3 tab) to fetch the test message back"));
}

void SettingsWindow::prepareTest(Purpose purpose, const TestStart &then)
{
    if (m_testPanel->isRunning() || m_resolver->isRunning())
        return;
    // The form's values, for the server chosen in the panel (SettingsWindowBackup.cpp).
    const MailSettings s = testSettings();
    const QList<ValidationIssue> issues = Preflight::blocking(m_model->issues(), s, purpose);
    if (!issues.isEmpty()) {
        const ValidationIssue &issue = issues.first();
        m_binder->revealAll(); // the panel names a field: its error must be there to see
        QWidget *w = m_binder->widgetFor(issue.key);
        m_testPanel->showProblem(
            tr("Fix “%1” first: %2").arg(w ? w->accessibleName() : issue.key, issue.message),
            tr("The field is marked on its tab."));
        focusField(issue.key);
        reportSetupTest();
        return;
    }
    const PreflightNeeds needs = Preflight::needs(s, purpose);
    if (needs.accessToken && !(s.oauth == m_model->savedSettings().oauth)) {
        // The access token comes from the saved sign-in (in memory only).
        m_testPanel->showProblem(tr("The OAuth2 settings have changed since they were saved."),
                                 tr("Save them and sign in again, then test."));
        reportSetupTest();
        return;
    }
    m_testPanel->setPreparing(true);
    MailConnection::lookAhead(Preflight::hostsFor(s, purpose));
    // Typed but unsaved passwords count (the fields' fetch), else the stored ones.
    m_resolver->resolve(s, needs, this,
                        [this, s, needs, then](const CredentialResolver::Outcome &o) {
                            if (!o.ok) {
                                m_testPanel->showProblem(o.failure.message, o.failure.hint);
                                reportSetupTest();
                                if (o.oauth.kind == OAuthFailure::Kind::SignInRequired)
                                    showSignInRequired(o.oauth.message);
                                else if (!o.secretError.isEmpty())
                                    showSecretFailure(o.secretError);
                                return;
                            }
                            then(s, needs, o.credentials);
                        });
}

} // namespace mw
