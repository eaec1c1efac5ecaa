// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/Result.h"
#include "settings/SecretStore.h"
#include "settings/SettingsModel.h"
#include "settings/SettingsStore.h"

#include <QDialog>
#include <QList>
#include <QMap>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <memory>

class QComboBox;
class QFrame;
class QGroupBox;
class QBoxLayout;
class QCheckBox;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QScrollArea;
class QSplitter;
class QTabWidget;
class QVBoxLayout;

namespace mw {

class AccessTokenSource;
class AdminLock;
struct Credentials;
struct PreflightNeeds;
enum class Purpose;
class CredentialResolver;
class AuthPage;
class FormBinder;
class HistoryView;
class QueueSummary;
class QueueView;
class SetupAssistant;
class OAuthSignIn;
class PasswordField;
class ServerCheckController;
class SettingsPage;
class StatusIndicator;
class StatusMonitor;
class StatusRequestService;
class TestPanel;
class TrayStatus;
class UnlockDialog;

// The settings window: status header (SMTP and POP3 indicators, Refresh Status), the tabs,
// the Send Test panel, and Save / Discard. Save writes the INI file atomically and then
// the edited passwords to the secret store, asynchronously; a keychain failure is shown
// with the choice of the file backend. Closing with unsaved changes asks.
class SettingsWindow : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsWindow(const QString &configPath, QWidget *parent = nullptr);
    ~SettingsWindow() override;

    [[nodiscard]] SettingsModel *model() const { return m_model.get(); }
    [[nodiscard]] StatusMonitor *monitor() const { return m_monitor; }
    // Remote status requests of the saved settings (passFinished after each pass).
    [[nodiscard]] StatusRequestService *statusRequests() const { return m_statusRequests; }
    [[nodiscard]] SecretStore *secretStore() const { return m_secrets.get(); }
    [[nodiscard]] TestPanel *testPanel() const { return m_testPanel; }
    // The test panel's "Server: Primary / Backup" (shown while the form has a backup).
    [[nodiscard]] QComboBox *testTarget() const { return m_testTarget; }
    // The tabs. A tab other than Server gets its page when it is first
    // shown (or a field on it is needed: fieldFor); buildAllPages() builds them all now
    // (tests that look for a page's widgets by name, tests/support/GuiTestSupport.h).
    [[nodiscard]] QTabWidget *tabs() const { return m_tabs; }
    Q_INVOKABLE void buildAllPages();
    // The OAuth2 access tokens of this window (shared by the status monitor and Send Test)
    // and the sign-in on the Authentication tab.
    [[nodiscard]] AccessTokenSource *accessTokens() const { return m_tokens; }
    [[nodiscard]] OAuthSignIn *oauthSignIn() const { return m_oauth; }
    [[nodiscard]] QString configPath() const { return m_store.path(); }
    // Dirty settings or a typed password not yet stored.
    [[nodiscard]] bool hasUnsavedChanges() const;
    [[nodiscard]] bool isSaving() const { return m_pendingWrites > 0; }
    // Managed deployment (SettingsWindowPolicy.cpp): the administrator lock, and whether
    // the window is a read-only status and test console (the lock is locked, or the policy
    // locks every key).
    [[nodiscard]] AdminLock *adminLock() const { return m_adminLock; }
    [[nodiscard]] bool isConsoleMode() const { return m_model->isReadOnly(); }

public Q_SLOTS:
    // Returns false when nothing could be saved (invalid, file error).
    bool save();
    void discard();
    void refreshStatus();
    // Switches passwords to the 0600 file backend (after a keychain failure) and saves.
    void useFileBackend();
    // "Sign in again": the Authentication tab, and the browser sign-in started.
    void signInAgain();
    // The policy that applies (Policy::load() when the window opens; tests give their own):
    // the model lays it over the file, the window shows it. The administrator lock is the
    // policy's, else the user's own ([admin] lock of the file).
    void setPolicy(const Policy &policy);
    // "Unlock…": the UnlockDialog (returned for tests; deleted when closed).
    UnlockDialog *unlockSettings();
    // "Lock": read-only again (refused while there are unsaved changes).
    void lockSettings();
    // "History…": the delivery history of the saved settings (SettingsWindowHistory.cpp);
    // one view, raised when already open (returned for tests; deleted when closed).
    HistoryView *showHistory();
    // "Queue…" (SettingsWindowQueue.cpp): the queue of the saved settings, live while the
    // runner works; one view, raised when already open (returned for tests).
    QueueView *showQueue();
    // "Set up from an e-mail address" (SettingsWindowSetup.cpp): detection, probing and the
    // proposed settings; offered by itself while there is no configuration (returned for
    // tests).
    SetupAssistant *showSetupAssistant();
    // "Save support bundle…" (SettingsWindowBundle.cpp): asks for a file name, then writes
    // the bundle off the GUI thread; saveSupportBundleTo() skips the file dialog (tests).
    void saveSupportBundle();
    void saveSupportBundleTo(const QString &path);
    // Status in the tray (SettingsWindowTray.cpp): the tray while "Show status in the tray"
    // is on (else null); startInTray() is `mailwright --tray`: while the tray is on, the
    // window stays hidden and the servers are checked (when the desktop has no tray yet, it
    // is waited for a minute, then the window shows); false (show the window) otherwise.
    // Whether the desktop has a tray is asked after the window's first paint (a blocking
    // call), so a tray that was on comes then (trayStatusChanged).
    [[nodiscard]] TrayStatus *trayStatus() const { return m_tray; }
    bool startInTray();

Q_SIGNALS:
    // After the INI file and every password write finished (ok: all succeeded).
    void saveFinished(bool ok);
    // The tray's icon was made or removed (trayStatus()).
    void trayStatusChanged();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void reject() override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override; // SettingsWindowLayout.cpp

private:
    void buildUi();
    // A page's binding, passwords and scroll area; buildPage() builds the page of a tab not
    // built yet (the holder widget in m_tabs) and sets it up as the constructor does.
    void setUpPage(SettingsPage *page);
    void buildPage(QWidget *tab);
    QMap<QWidget *, std::function<SettingsPage *()>> m_unbuiltPages;
    bool m_swappingPage = false;
    bool m_bouncesRead = false; // the POP3 tab shows the last read when it is built
    Result m_lastBounceRead;
    void loadSettings();
    void createSecretStore();
    void updateTitle();
    void updateSaveState();
    void showMessage(const QString &text, bool error);
    void showSecretFailure(const QString &error);
    void runTest(Phase stopAfter);
    void focusField(const QString &key);
    // The input of key: a bound setting, or "secret/<account>" for a password field.
    [[nodiscard]] QWidget *fieldFor(const QString &key) const;
    void writePasswords();
    // Saves unsaved changes first, then calls then(true); then(false) when saving failed.
    void whenSaved(const std::function<void(bool)> &then);
    void showSignInRequired(const QString &reason);
    // The banner for a check that worked but stayed unencrypted (ServerState::endedInClear).
    void showEndedInClear(const QString &server);
    void checkQueueHold();
    void wireStatusMonitor(); // SettingsWindowStatus.cpp
    [[nodiscard]] StatusIndicator *indicatorFor(const QString &server) const;
    // The backup SMTP server (SettingsWindowBackup.cpp): its indicator (shown while the saved
    // settings have a backup), the test target, and the settings a test runs on.
    void buildBackupIndicator(QHBoxLayout *header);
    void buildTestTarget(QVBoxLayout *testLayout);
    void updateBackupControls();
    [[nodiscard]] MailSettings testSettings() const;
    void buildManagedBanner(QVBoxLayout *layout); // SettingsWindowPolicy.cpp
    // The window's parts, each in its own file; buildUi() calls them. `tools` is the row of
    // buttons beside About and History….
    void buildQueueSummary(QHBoxLayout *header, QBoxLayout *tools); // SettingsWindowQueue.cpp
    void buildFirstRun(QVBoxLayout *layout);                        // SettingsWindowSetup.cpp
    void buildBundle(QBoxLayout *tools);                            // SettingsWindowBundle.cpp
    void buildTray();                                               // SettingsWindowTray.cpp
    void updateManaged();
    // First run (SettingsWindowSetup.cpp): the offer while no SMTP server is saved, and the
    // setup assistant it opens.
    void updateFirstRun();
    void reportSetupTest(); // a Send Test the panel refused: the assistant hears of it too
    QFrame *m_firstRun = nullptr;
    QPointer<SetupAssistant> m_setup;
    bool m_firstRunDismissed = false; // Set up manually
    // The test panel's buttons (SettingsWindowTest.cpp): the preflight of `purpose` on the
    // form's settings, the secrets it names, then `then`. "Send and fetch back" runs the
    // round trip, offered while the form has a POP3 account.
    using TestStart =
        std::function<void(const MailSettings &, const PreflightNeeds &, const Credentials &)>;
    void prepareTest(Purpose purpose, const TestStart &then);
    void runRoundTrip();
    void updateRoundTrip();
    // Status in the tray (SettingsWindowTray.cpp).
    void setTrayEnabled(bool on);
    void updateTrayAvailable();
    // QApplication's icon, once (after the first paint, or at a start in the tray).
    static void setApplicationIcon();
    void setStartAtLogin(bool on);
    void showFromTray();
    void quitFromTray();
    bool hideToTray(); // from closeEvent: true when the window went to the tray instead
    // Small screens (SettingsWindowLayout.cpp): the tabs and the test pane share a splitter,
    // side by side while the window is wide enough for both forms, else the test pane
    // below the tabs; each scrolls on its own.
    void buildBody(QVBoxLayout *layout, QWidget *testBox);
    void adaptToWidth();
    QSplitter *m_body = nullptr;
    QScrollArea *m_testScroll = nullptr;

    SettingsStore m_store;
    std::unique_ptr<SettingsModel> m_model;
    std::unique_ptr<SecretStore> m_secrets;
    StatusMonitor *m_monitor = nullptr;
    StatusRequestService *m_statusRequests = nullptr;
    FormBinder *m_binder = nullptr;
    ServerCheckController *m_checks = nullptr;
    QList<SettingsPage *> m_pages;
    QList<PasswordField *> m_passwords;
    QTabWidget *m_tabs = nullptr;
    StatusIndicator *m_smtpStatus = nullptr;
    StatusIndicator *m_pop3Status = nullptr;
    StatusIndicator *m_backupStatus = nullptr;
    QWidget *m_testTargetRow = nullptr;
    QComboBox *m_testTarget = nullptr;
    QPushButton *m_refresh = nullptr;
    TestPanel *m_testPanel = nullptr;
    QFrame *m_messageBar = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_useFile = nullptr;
    QPushButton *m_signInAgain = nullptr;
    AccessTokenSource *m_tokens = nullptr;
    CredentialResolver *m_resolver = nullptr;
    OAuthSignIn *m_oauth = nullptr;
    AuthPage *m_authPage = nullptr; // once its tab was shown (authPage() builds it)
    QWidget *m_authTab = nullptr;   // the Authentication tab until its page is built
    AuthPage *authPage();
    bool m_signInShown = false;    // the message bar asks for a new sign-in
    bool m_signInReported = false; // the status check's sign-in request was shown
    bool m_queueHeld = false;      // ... for a queue held on the saved sign-in
    QStringList m_clearReported;   // servers whose unencrypted session the banner told
    QLabel *m_saveBlocked = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_discard = nullptr;
    QPushButton *m_close = nullptr;
    QPointer<HistoryView> m_history;
    AdminLock *m_adminLock = nullptr;
    QFrame *m_banner = nullptr;
    QLabel *m_bannerText = nullptr;
    QPushButton *m_unlock = nullptr;
    QPushButton *m_lock = nullptr;
    QString m_loadError; // the file could not be read: saving would overwrite it
    int m_pendingWrites = 0;
    bool m_writeFailed = false;
    bool m_closeAfterSave = false;
    bool m_geometryRestored = false;
    // The queue (SettingsWindowQueue.cpp): the summary beside the SMTP indicator (with the
    // POP-before-SMTP relay window) and the Queue view.
    QueueSummary *m_queueSummary = nullptr;
    QPointer<QueueView> m_queueView;
    // Status in the tray (SettingsWindowTray.cpp).
    TrayStatus *m_tray = nullptr;
    QCheckBox *m_trayEnabled = nullptr;
    QCheckBox *m_startAtLogin = nullptr;
    QLabel *m_trayNote = nullptr;
    QGroupBox *m_thisComputer = nullptr;  // its place: the remote status tab
    QWidget *m_remoteStatusTab = nullptr; // that tab (its page is built when first shown)
    void placeThisComputer();
    bool m_trayQuitting = false; // Quit in the tray's menu: Close closes for real
};

} // namespace mw
