// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SettingsPage.h"
#include "notify/RemoteStatusSecret.h"
#include "notify/StatusRequestLog.h"
#include "settings/MailSettings.h"

#include <QList>
#include <QPointer>

#include <memory>

template<typename T> class QFutureWatcher;
class QLineEdit;

namespace Ui {
class RemoteStatusPage;
}

namespace mw {

class AlertChannels;
class PasswordField;

// "Status requests and alerts": the [remote_status] keys (the status recipients as one
// field per address, "Add address" for more), the read-only password (a write-only
// PasswordField: saved as a digest through RemoteStatusSecret with the window's Save, never
// in the INI file and never read back), the request format with "Copy example request",
// the last processed requests (StatusRequestLog, read off the GUI thread), the [alerts]
// keys bound by FormBinder like every other page, the webhook's URL (a PasswordField on the
// secret alerts-webhook, saved with the window's Save) and "Send test alert" (the
// second channel through AlertChannels::sendTest, asynchronous: nothing waits on the GUI
// thread).
class RemoteStatusPage : public SettingsPage
{
    Q_OBJECT
public:
    static constexpr int kDefaultAddressFields = 4; // the seed's Email Address 1-4

    explicit RemoteStatusPage(QWidget *parent = nullptr);
    ~RemoteStatusPage() override;
    [[nodiscard]] QString title() const override { return tr("Status requests and alerts"); }
    void attach(SettingsModel *model) override;

    // The read-only password field (a child of this page: the window saves it with the
    // other passwords).
    [[nodiscard]] PasswordField *passwordField() const { return m_password; }
    // The alert webhook's URL (secret alerts-webhook; a child of this page as well).
    [[nodiscard]] PasswordField *webhookUrlField() const { return m_webhookUrl; }
    // What "Copy example request" puts on the clipboard (never a password).
    [[nodiscard]] QString exampleRequest() const;
    // The address status requests are sent to: the POP3 account's, else mailboxes/from.
    [[nodiscard]] static QString requestAddress(const MailSettings &settings);

public Q_SLOTS:
    // Reads the processed requests again (asynchronously); also when the tab is shown.
    void refreshRequests();
    // Asks the secret store whether a read-only password is set (never its value).
    void refreshPasswordState();

protected:
    void updateEnabled() override;
    void showEvent(QShowEvent *event) override;

private:
    QLineEdit *addAddressField();
    void showAddresses(const QString &value);
    void addressesEdited();
    void markAddresses();
    void updateFormat();
    void updateTabOrder();
    void showRequests(const QList<StatusRequestEntry> &entries);
    void showPasswordState(RemoteStatusSecret::State state, const QString &error);
    void clearPassword();
    void sendTestAlert();

    std::unique_ptr<Ui::RemoteStatusPage> m_ui;
    PasswordField *m_password = nullptr;
    PasswordField *m_webhookUrl = nullptr;
    AlertChannels *m_channels = nullptr;
    QList<QLineEdit *> m_addresses;
    QFutureWatcher<QList<StatusRequestEntry>> *m_requestsWatcher = nullptr;
    bool m_writingAddresses = false; // our own edit coming back from the model
    int m_stateGeneration = 0;
};

} // namespace mw
