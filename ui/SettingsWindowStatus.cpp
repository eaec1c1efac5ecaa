// SPDX-License-Identifier: GPL-3.0-or-later
// SettingsWindow, continued: the server status (StatusMonitor) and what the message bar
// says about it (unencrypted session, sign-in required, a queue held on the sign-in).
#include "SettingsWindow.h"

#include "AuthPage.h"
#include "OAuthSignIn.h"
#include "Pop3Page.h"
#include "StatusIndicator.h"
#include "delivery/Queue.h"
#include "diagnostics/StatusMonitor.h"
#include "history/HistoryResend.h"
#include "oauth/AccessTokenSource.h"
#include "settings/SettingsFacts.h"

#include <QFrame>
#include <QPushButton>
#include <QTabWidget>
#include <QThreadPool>

#include <algorithm>

namespace mw {

void SettingsWindow::wireStatusMonitor()
{
    connect(m_monitor, &StatusMonitor::stateChanged, this,
            [this](const QString &server, const ServerState &state) {
                StatusIndicator *ind = indicatorFor(server);
                ind->setState(state, m_monitor->isLoginSuspended(server));
                // Said once when it becomes true, like the sign-in request below.
                if (state.status == ServerStatus::Operating && state.endedInClear) {
                    if (!m_clearReported.contains(server))
                        showEndedInClear(server);
                    m_clearReported << server;
                } else if (state.status != ServerStatus::InProgress) {
                    m_clearReported.removeAll(server);
                }
                if (server == QLatin1String("smtp")) {
                    // Said once when it becomes true: a periodic check that finds it still
                    // true does not bring back a bar the admin dismissed.
                    if (state.signInRequired && state.status != ServerStatus::InProgress) {
                        if (!m_signInReported)
                            showSignInRequired(state.reason);
                        m_signInReported = true;
                    } else if (state.status != ServerStatus::InProgress) {
                        m_signInReported = false;
                    }
                    if (!state.signInRequired && m_signInShown && !m_queueHeld &&
                        state.status == ServerStatus::Operating)
                        m_messageBar->setVisible(false);
                }
                const QStringList all = StatusMonitor::allServers();
                m_refresh->setEnabled(
                    std::any_of(all.cbegin(), all.cend(),
                                [this](const QString &s) { return !m_monitor->isChecking(s); }));
            });
    // The bounced-alerts mailbox watch records into the same log `mailwright-cli bounces`
    // uses for this configuration file.
    m_monitor->setBounceLogPath(BounceLog::defaultPathFor(m_store.path()));
    connect(m_monitor, &StatusMonitor::bouncesRead, this,
            [this](const QList<BounceRecord> &fresh, const Result &r) {
                m_bouncesRead = true; // for the POP3 tab when it is built later
                m_lastBounceRead = r;
                for (SettingsPage *page : std::as_const(m_pages)) {
                    if (auto *pop3 = qobject_cast<Pop3Page *>(page))
                        pop3->showBounces(m_monitor->bounceRecords(), int(fresh.size()), r);
                }
                // The alerts that bounced show so in the delivery history, as after
                // `mailwright-cli bounces`; the database is written off the GUI thread.
                if (!fresh.isEmpty() && m_model->savedSettings().history.enabled) {
                    const QString path = DeliveryHistory::defaultPathFor(m_store.path());
                    QThreadPool::globalInstance()->start([path, fresh] {
                        DeliveryHistory history(path);
                        if (history.open())
                            HistoryResend::linkBounces(history, fresh);
                    });
                }
            });
    m_monitor->setSettings(m_model->savedSettings());
    for (const QString &server : StatusMonitor::allServers())
        indicatorFor(server)->setState(m_monitor->state(server));
    updateBackupControls();
}

StatusIndicator *SettingsWindow::indicatorFor(const QString &server) const
{
    if (StatusMonitor::isBackup(server))
        return m_backupStatus;
    return server == QLatin1String("smtp") ? m_smtpStatus : m_pop3Status;
}

void SettingsWindow::refreshStatus()
{
    m_monitor->refresh(StatusMonitor::Trigger::OnDemand);
}

void SettingsWindow::showEndedInClear(const QString &server)
{
    showMessage(server == QLatin1String("pop3")
                    ? tr("Warning: the POP3 server works, but not encrypted: it offers no STLS "
                         "(or someone on the way removed it). With security \"Automatic\" "
                         "Mailwright goes on in clear text only because no login is set. Ask "
                         "the server's administrator to enable STLS, or use TLS (port 995).")
                    : tr("Warning: the SMTP server works, but not encrypted: it offers no "
                         "STARTTLS (or someone on the way removed it). With security "
                         "\"Automatic\" messages go out in clear text, without a login, and a "
                         "configured login would be refused. Ask the server's administrator to "
                         "enable STARTTLS, or use TLS (port 465)."), // i18n-ignore: in tr() above
                true);
}

void SettingsWindow::showSignInRequired(const QString &reason)
{
    showMessage(reason.isEmpty()
                    ? tr("Sign-in required: the saved OAuth2 sign-in is no longer accepted. "
                         "Nothing is sent until you sign in again.")
                    : tr("%1 Nothing is sent until you sign in again.").arg(reason),
                true);
    m_signInAgain->setVisible(true);
    m_signInShown = true;
    m_smtpStatus->setSignInRequired(true);
}

void SettingsWindow::checkQueueHold()
{
    const MailSettings &s = m_model->savedSettings();
    if (!SettingsFacts::usesOAuth(s))
        return;
    // The queue runner (mailwright-cli queue run, the service) holds the queue on "Sign-in
    // required"; a new sign-in here releases it at its next pass.
    const QueueHold hold = Queue(Queue::dirFor(s)).hold();
    if (!hold.active || hold.signIn.isEmpty() || hold.settingsHash != SettingsFacts::fingerprint(s))
        return; // none, or the runner lifts it at its next pass (the settings changed)
    // Only while the refused sign-in is still the saved one: after a new sign-in (here or
    // with mailwright-cli) the runner releases the queue by itself.
    m_tokens->reload(this, [this, hold] {
        if (m_tokens->signInId() != hold.signIn)
            return;
        // Held until a new sign-in, even if the status check gets a token meanwhile: the
        // runner tries each sign-in once.
        m_queueHeld = true;
        showSignInRequired(hold.message.isEmpty() ? QString()
                                                  : tr("The queue is held: %1").arg(hold.message));
    });
}

void SettingsWindow::signInAgain()
{
    AuthPage *page = authPage(); // built now if its tab was never shown
    m_tabs->setCurrentWidget(page);
    page->oauth().signInBrowser->setFocus(Qt::OtherFocusReason);
    m_oauth->signInWithBrowser();
}

} // namespace mw
