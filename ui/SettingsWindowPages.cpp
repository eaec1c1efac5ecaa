// SPDX-License-Identifier: GPL-3.0-or-later
// The settings window's tabs (issue 22: the window appears within 1.3x a bare Qt window's
// time and memory): the Server page is built with the window, the others (Authentication
// too) when their tab is first shown, each set up as the window's constructor sets up
// every page.
#include "SettingsWindow.h"

#include "AuthPage.h"
#include "FormBinder.h"
#include "OAuthSignIn.h"
#include "PasswordField.h"
#include "Pop3Page.h"
#include "ServerCheckController.h"
#include "SettingsPage.h"
#include "diagnostics/StatusMonitor.h"
#include "session/CredentialResolver.h"

#include <QLineEdit>
#include <QTabWidget>

namespace mw {

void SettingsWindow::setUpPage(SettingsPage *page)
{
    // A long tab scrolls (small screens). Not the Authentication tab: in a scroll area
    // Qt 6.4's QFormLayout kept a row shown later (the password, after choosing a
    // method) at 0 px height (tst_settingswindow revealPassword).
    if (!qobject_cast<AuthPage *>(page))
        page->makeScrollable();
    m_pages << page;
    m_binder->bind(page);
    page->attach(m_model.get());
    const auto addPassword = [this](PasswordField *pw) {
        connect(pw, &PasswordField::editedChanged, this, [this] { updateTitle(); });
        connect(pw, &PasswordField::loadFailed, this,
                [this](const QString &error) { showSecretFailure(error); });
        connect(pw->edit(), &QLineEdit::textChanged, this, [this] { updateSaveState(); });
        if (m_secrets) // a tab built later (createSecretStore() set the others)
            pw->setSecretStore(m_secrets.get());
        m_passwords << pw;
    };
    // A page's own password fields (the read-only password, kept as a digest).
    for (PasswordField *pw : page->findChildren<PasswordField *>(Qt::FindDirectChildrenOnly))
        addPassword(pw);
    for (QLineEdit *le : page->findChildren<QLineEdit *>()) {
        const QString account = le->property("secretAccount").toString();
        if (account.isEmpty())
            continue;
        auto *pw = new PasswordField(le, account, this);
        addPassword(pw);
        // A test uses what was typed, else the stored password (without a source the
        // resolver reads the store itself: a tab not built yet has nothing typed).
        m_resolver->setSecretSource(account,
                                    [pw](QObject *context, const SecretStore::Callback &done) {
                                        pw->fetch(context, done);
                                    });
    }
}

void SettingsWindow::buildPage(QWidget *tab)
{
    const auto it = m_unbuiltPages.find(tab);
    if (it == m_unbuiltPages.end() || m_swappingPage)
        return;
    SettingsPage *page = (*it)();
    m_unbuiltPages.erase(it);
    setUpPage(page);
    if (auto *auth = qobject_cast<AuthPage *>(page)) {
        // The sign-in shows itself on it from now on (OAuthSignIn ran without it until now).
        m_authPage = auth;
        m_authTab = nullptr;
        m_oauth->setPage(auth);
    }
    if (m_checks) { // else the window is being built: its constructor does the rest
        // What the window set on the other pages when it was built.
        m_checks->attachPages({page});
        updateManaged();
        if (auto *pop3 = qobject_cast<Pop3Page *>(page); pop3 && m_bouncesRead)
            pop3->showBounces(m_monitor->bounceRecords(), 0, m_lastBounceRead);
    }
    // The page takes the placeholder's place: the tab's widget is the page, as when every
    // page was built with the window.
    const int index = m_tabs->indexOf(tab);
    const bool current = m_tabs->currentIndex() == index;
    m_swappingPage = true; // the current tab moves while the placeholder goes
    m_tabs->insertTab(index, page, m_tabs->tabText(index));
    m_tabs->removeTab(index + 1);
    if (current)
        m_tabs->setCurrentIndex(index);
    m_swappingPage = false;
    tab->deleteLater();
    if (tab == m_remoteStatusTab) {
        m_remoteStatusTab = nullptr;
        if (m_thisComputer)
            placeThisComputer(); // SettingsWindowTray.cpp
    }
    if (m_checks) {
        updateSaveState();
        adaptToWidth();
    }
}

AuthPage *SettingsWindow::authPage()
{
    if (m_authTab)
        buildPage(m_authTab);
    return m_authPage;
}

void SettingsWindow::buildAllPages()
{
    while (!m_unbuiltPages.isEmpty())
        buildPage(m_unbuiltPages.firstKey());
}

} // namespace mw
