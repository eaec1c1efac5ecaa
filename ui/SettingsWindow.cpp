// SPDX-License-Identifier: GPL-3.0-or-later
// Over 600 lines: the window's construction, Save with its asynchronous password writes and
// the close question belong together; its other parts are SettingsWindow*.cpp, one per job.
#include "SettingsWindow.h"
#include "Icons.h"

#include "AboutDialog.h"
#include "AuthPage.h"
#include "CopiesPage.h"
#include "DeliveryPage.h"
#include "FirstPaint.h"
#include "FormBinder.h"
#include "LightGroupBox.h"
#include "MailboxesPage.h"
#include "OAuthSignIn.h"
#include "PasswordField.h"
#include "Pop3Page.h"
#include "RemoteStatusPage.h"
#include "ServerCheckController.h"
#include "ServerPage.h"
#include "StatusIndicator.h"
#include "TestPanel.h"
#include "Tint.h"
#include "WrapLabel.h"
#include "WrapRowLayout.h"
#include "delivery/Queue.h"
#include "diagnostics/StatusMonitor.h"
#include "notify/StatusRequestService.h"
#include "oauth/AccessTokenSource.h"
#include "session/CredentialResolver.h"
#include "settings/AdminLock.h"
#include "settings/SecretAccounts.h"
#include "settings/SecretStoreFactory.h"

#include <QCloseEvent>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>
#include <QShortcut>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

// The icons live in the ui static library: its resources must be registered explicitly.
static void initResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace mw {

SettingsWindow::SettingsWindow(const QString &configPath, QWidget *parent)
    : QDialog(parent)
    , m_store(configPath.isEmpty() ? SettingsStore::defaultPath() : configPath)
    , m_model(std::make_unique<SettingsModel>(&m_store))
{
    initResources();
    setObjectName(QStringLiteral("settingsWindow"));
    setWindowFlag(Qt::WindowMinMaxButtonsHint, true);
    // The icon comes after the first paint (showEvent) or with the tray (startInTray).
    setSizeGripEnabled(true);
    m_monitor = new StatusMonitor(this);
    m_statusRequests = new StatusRequestService(this);
    m_statusRequests->setConfigPath(m_store.path());
    // One access-token source for the window: the status check, Send Test and the sign-in.
    m_tokens = new AccessTokenSource(nullptr, nullptr, this);
    // The secrets of Send Test, Check login and Verify addresses.
    m_resolver = new CredentialResolver(this);
    m_resolver->setHintStyle(CredentialResolver::HintStyle::Window);
    m_resolver->setAccessTokenSource(m_tokens);
    buildUi();
    // Managed deployment: what the administrator pushed applies to what is read.
    m_model->setPolicy(Policy::load());
    loadSettings();
    // The policy's administrator lock, else the user's own ([admin] lock of the file).
    m_adminLock->configure(m_model->policy(), m_store.adminLockDigest());
    createSecretStore();
    m_oauth->setSettings(m_model->savedSettings());
    m_statusRequests->setSettings(m_model->savedSettings());
    m_monitor->setAccessTokenSource(m_tokens);
    // Check what the server supports, Get SMTP server address, certificate trust and expiry.
    m_checks = new ServerCheckController(this, m_model.get(), m_store.path());
    m_checks->attach(m_pages, m_testPanel, m_monitor, m_smtpStatus, m_pop3Status, m_backupStatus);

    connect(m_model.get(), &SettingsModel::dirtyChanged, this, [this] { updateTitle(); });
    connect(m_model.get(), &SettingsModel::validityChanged, this, [this] { updateSaveState(); });
    connect(m_model.get(), &SettingsModel::fieldErrorChanged, this, [this] { updateSaveState(); });
    wireStatusMonitor();
    updateFirstRun(); // SettingsWindowSetup.cpp
    checkQueueHold();
    updateManaged(); // SettingsWindowPolicy.cpp
    buildTray();     // SettingsWindowTray.cpp

    // Window geometry belongs to this desktop, not to the configuration (QSettings of the
    // GUI, not the INI file that the CLI shares).
    QSettings gui;
    if (!restoreGeometry(gui.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(screen() ? QSize(1080, 640).boundedTo(screen()->availableSize()) : QSize(1080, 640));
    updateTitle();
}

SettingsWindow::~SettingsWindow()
{
    m_monitor->cancel();
}

void SettingsWindow::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    buildManagedBanner(layout);
    buildFirstRun(layout); // SettingsWindowSetup.cpp

    // The header and the bottom row continue on a second line when the window is narrow.
    auto *header = new WrapRowLayout;
    m_smtpStatus = new StatusIndicator(tr("SMTP"), this);
    m_smtpStatus->setObjectName(QStringLiteral("smtpStatus"));
    m_pop3Status = new StatusIndicator(tr("POP3"), this);
    m_pop3Status->setObjectName(QStringLiteral("pop3Status"));
    m_refresh = new QPushButton(appIcon(QStringLiteral("refresh")), tr("Refresh stat&us"), this);
    m_refresh->setObjectName(QStringLiteral("refreshStatusButton"));
    m_refresh->setAutoDefault(false);
    m_refresh->setToolTip(tr("Check the saved servers now (connect and log in, nothing is sent)"));
    header->addWidget(m_smtpStatus);
    header->addSpacing(24);
    header->addWidget(m_pop3Status);
    buildBackupIndicator(header); // SettingsWindowBackup.cpp
    auto *tools = new WrapRowLayout;
    buildQueueSummary(header, tools); // SettingsWindowQueue.cpp
    header->addStretch();
    header->addWidget(m_refresh);
    layout->addLayout(header);
    connect(m_refresh, &QPushButton::clicked, this, &SettingsWindow::refreshStatus);

    m_messageBar = new QFrame(this);
    m_messageBar->setObjectName(QStringLiteral("messageBar"));
    m_messageBar->setFrameShape(QFrame::StyledPanel);
    m_messageBar->setAutoFillBackground(true);
    auto *mb = new QHBoxLayout(m_messageBar);
    m_message = wrapLabel(QStringLiteral("messageText"), m_messageBar);
    m_useFile = new QPushButton(tr("Keep passwords in a &file instead"), m_messageBar);
    m_useFile->setObjectName(QStringLiteral("useFileBackendButton"));
    m_useFile->setAutoDefault(false);
    m_signInAgain = new QPushButton(tr("Si&gn in again"), m_messageBar);
    m_signInAgain->setObjectName(QStringLiteral("signInAgainButton"));
    m_signInAgain->setAutoDefault(false);
    m_signInAgain->setVisible(false);
    auto *dismiss = new QPushButton(tr("Dismiss"), m_messageBar);
    dismiss->setObjectName(QStringLiteral("dismissMessageButton"));
    dismiss->setAutoDefault(false);
    mb->addWidget(m_message, 1);
    mb->addWidget(m_useFile);
    mb->addWidget(m_signInAgain);
    mb->addWidget(dismiss);
    m_messageBar->setVisible(false);
    layout->addWidget(m_messageBar);
    connect(m_useFile, &QPushButton::clicked, this, &SettingsWindow::useFileBackend);
    connect(m_signInAgain, &QPushButton::clicked, this, &SettingsWindow::signInAgain);
    connect(dismiss, &QPushButton::clicked, m_messageBar, &QWidget::hide);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    // On a small screen the tab bar scrolls rather than making the window wider.
    m_tabs->setUsesScrollButtons(true);
    m_tabs->setElideMode(Qt::ElideNone);
    // The backup server's tab comes after Delivery (where the method is chosen), so that
    // the other tabs keep their places. The Server tab (shown first) is built now; the others
    // (the Authentication tab too) when their tab is first shown (buildPage), so that the first
    // paint waits only for what it shows.
    m_binder = new FormBinder(m_model.get(), this);
    const auto lazy = [this](const char *context, const char *title,
                             std::function<SettingsPage *()> make) -> QWidget * {
        auto *holder = new QWidget; // replaced by the page (buildPage)
        m_tabs->addTab(holder, QCoreApplication::translate(context, title));
        m_unbuiltPages.insert(holder, std::move(make));
        return holder;
    };
    auto *server = new ServerPage;
    m_tabs->addTab(server, server->title());
    setUpPage(server);
    // The same texts as the pages' title() (their translation contexts).
    m_authTab = lazy("mw::AuthPage", QT_TRANSLATE_NOOP("mw::AuthPage", "Authentication"),
                     [] { return new AuthPage; });
    lazy("mw::Pop3Page", QT_TRANSLATE_NOOP("mw::Pop3Page", "POP3"), [] { return new Pop3Page; });
    lazy("mw::MailboxesPage", QT_TRANSLATE_NOOP("mw::MailboxesPage", "Mailboxes"),
         [] { return new MailboxesPage; });
    lazy("mw::CopiesPage", QT_TRANSLATE_NOOP("mw::CopiesPage", "Copies"),
         [] { return new CopiesPage; });
    lazy("mw::DeliveryPage", QT_TRANSLATE_NOOP("mw::DeliveryPage", "Delivery"),
         [] { return new DeliveryPage; });
    lazy("mw::ServerPage", QT_TRANSLATE_NOOP("mw::ServerPage", "Backup server"),
         [] { return new ServerPage(ServerPage::Role::Backup); });
    m_remoteStatusTab =
        lazy("mw::RemoteStatusPage",
             QT_TRANSLATE_NOOP("mw::RemoteStatusPage", "Status requests and alerts"),
             [] { return new RemoteStatusPage; });
    connect(m_tabs, &QTabWidget::currentChanged, this,
            [this](int index) { buildPage(m_tabs->widget(index)); });
    // Its page is handed over when the Authentication tab is built (buildPage).
    m_oauth = new OAuthSignIn(nullptr, m_tokens, this);
    // Whether a sign-in is saved is asked after the first paint (showEvent): the question
    // loads the keychain module and its libraries and talks to the secret service.
    m_oauth->setReadsHeld(true);
    m_oauth->setBeforeSignIn([this](std::function<void(bool)> go) { whenSaved(go); });
    connect(m_oauth, &OAuthSignIn::signInFinished, this, [this](bool ok) {
        if (!ok)
            return;
        if (m_signInShown)
            m_messageBar->setVisible(false);
        m_queueHeld = false;
        m_smtpStatus->setSignInRequired(false);
    });

    auto *testBox = new LightGroupBox(tr("Test"), this); // no image plugins at first paint
    testBox->setObjectName(QStringLiteral("testBox"));
    auto *tl = new QVBoxLayout(testBox);
    m_testPanel = new TestPanel(testBox);
    buildTestTarget(tl); // SettingsWindowBackup.cpp
    m_testPanel->setConfigPath(m_store.path());
    m_testPanel->setAccessTokenSource(m_tokens);
    tl->addWidget(m_testPanel);
    buildBody(layout, testBox); // SettingsWindowLayout.cpp
    connect(m_testPanel, &TestPanel::testRequested, this, &SettingsWindow::runTest);
    connect(m_testPanel, &TestPanel::roundTripRequested, this, &SettingsWindow::runRoundTrip);
    connect(m_model.get(), &SettingsModel::valueChanged, this, [this] { updateRoundTrip(); });
    updateRoundTrip(); // SettingsWindowTest.cpp

    auto *bottom = new WrapRowLayout;
    m_saveBlocked = new WrapLabel(this);
    m_saveBlocked->setObjectName(QStringLiteral("saveBlockedLabel"));
    m_saveBlocked->setTextFormat(Qt::RichText);
    m_saveBlocked->setTextInteractionFlags(Qt::LinksAccessibleByMouse |
                                           Qt::LinksAccessibleByKeyboard);
    // The link to the first problem: from then on every field shows its error.
    connect(m_saveBlocked, &QLabel::linkActivated, this, [this](const QString &key) {
        m_binder->revealAll();
        focusField(key);
    });
    m_discard = new QPushButton(tr("Discard c&hanges"), this);
    m_discard->setObjectName(QStringLiteral("discardButton"));
    m_discard->setAutoDefault(false);
    m_save = new QPushButton(appIcon(QStringLiteral("save")), tr("Save"), this);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    m_save->setToolTip(tr("Save the settings and passwords (Ctrl+S)"));
    m_close = new QPushButton(tr("Close"), this);
    m_close->setObjectName(QStringLiteral("closeButton"));
    m_close->setAutoDefault(false);
    // About: versions of Qt, the TLS backend and the keychain, for support requests (F1).
    auto *about = new QPushButton(tr("A&bout"), this);
    about->setObjectName(QStringLiteral("aboutButton"));
    about->setAutoDefault(false);
    const auto showAbout = [this] {
        auto *dialog = new AboutDialog(m_secrets ? m_secrets->backendName() : QString(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    };
    connect(about, &QPushButton::clicked, this, showAbout);
    connect(new QShortcut(QKeySequence::HelpContents, this), &QShortcut::activated, this,
            showAbout);
    // The delivery history: what the queue handed over, with Resend.
    auto *history = new QPushButton(tr("H&istory…"), this);
    history->setObjectName(QStringLiteral("historyButton"));
    history->setAutoDefault(false);
    history->setToolTip(tr("Every message the queue handed over, with its outcome"));
    connect(history, &QPushButton::clicked, this, &SettingsWindow::showHistory);
    tools->insertWidget(0, about);
    tools->insertWidget(1, history);
    buildBundle(tools); // SettingsWindowBundle.cpp
    bottom->addLayout(tools);
    bottom->addWidget(m_saveBlocked, 1);
    bottom->addStretch(0);
    // Discard, Save and Close stay together (at the right end, also on a line of their own).
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_discard);
    actions->addWidget(m_save);
    actions->addWidget(m_close);
    bottom->addLayout(actions);
    layout->addLayout(bottom);
    connect(m_save, &QPushButton::clicked, this, &SettingsWindow::save);
    connect(m_discard, &QPushButton::clicked, this, &SettingsWindow::discard);
    connect(m_close, &QPushButton::clicked, this, &QWidget::close);
    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    connect(saveShortcut, &QShortcut::activated, this, [this] {
        if (m_save->isEnabled()) {
            save();
        } else if (!m_model->isValid()) {
            // Save asked for while it cannot: show what stops it, field by field.
            m_binder->revealAll();
            focusField(m_model->issues().first().key);
        }
    });
}

void SettingsWindow::loadSettings()
{
    const SettingsLoadResult r = m_model->load();
    if (r.status == SettingsLoadResult::Status::NotFound) {
        // The defaults with the organisation's (SettingsModel::load applied the policy).
        m_model->reset(r.settings);
        showMessage(tr("New configuration: it will be created at %1 when you save.")
                        .arg(QDir::toNativeSeparators(m_store.path())),
                    false);
    } else if (!r.ok()) {
        m_loadError = r.error;
        m_model->reset(m_model->policy().apply(MailSettings{}, {}));
        showMessage(tr("%1 Saving is disabled so that the file is not overwritten.").arg(r.error),
                    true);
    } else if (!r.warnings.isEmpty()) {
        showMessage(r.warnings.join(QLatin1Char('\n')), false);
    }
    m_binder->refreshAll();
    updateSaveState();
}

void SettingsWindow::createSecretStore()
{
    QString error;
    std::unique_ptr<SecretStore> store =
        SecretStoreFactory::create(m_model->savedSettings(), m_store.path(), &error);
    if (!store)
        showMessage(tr("Passwords cannot be stored: %1").arg(error), true);
    for (PasswordField *pw : std::as_const(m_passwords))
        pw->setSecretStore(store.get());
    m_monitor->setSecretStore(store.get());
    m_statusRequests->setSecretStore(store.get());
    m_oauth->setSecretStore(store.get());
    m_resolver->setSecretStore(store.get());
    // The old store may still answer a read: let it finish before it goes.
    if (m_secrets)
        m_secrets.release()->deleteLater();
    m_secrets = std::move(store);
}

bool SettingsWindow::hasUnsavedChanges() const
{
    // (SettingsModel refuses a change to a locked key: it never makes the model dirty.)
    if (m_model->isDirty())
        return true;
    for (const PasswordField *pw : m_passwords) {
        if (pw->isEdited())
            return true;
    }
    return false;
}

void SettingsWindow::updateTitle()
{
    setWindowTitle(
        tr("%1[*] — Mailwright e-mail settings").arg(QDir::toNativeSeparators(m_store.path())));
    setWindowModified(hasUnsavedChanges());
    updateSaveState();
}

void SettingsWindow::updateSaveState()
{
    QList<ValidationIssue> issues = m_model->issues();
    for (const PasswordField *pw : std::as_const(m_passwords)) {
        if (const QString problem = pw->problem(); !problem.isEmpty())
            issues.append({QStringLiteral("secret/") + pw->account(), problem});
    }
    QString reason;
    if (!m_loadError.isEmpty()) {
        reason = tr("Saving is disabled: the configuration file could not be read.");
    } else if (!issues.isEmpty()) {
        const ValidationIssue &first = issues.first();
        QWidget *w = fieldFor(first.key);
        const QString field = w ? w->accessibleName() : first.key;
        reason = tr("Cannot save yet: <a href=\"%1\">%2</a>: %3")
                     .arg(first.key, field.toHtmlEscaped(), first.message.toHtmlEscaped());
        if (issues.size() > 1)
            reason += QLatin1Char(' ') + tr("(and %n more)", nullptr, int(issues.size() - 1));
    }
    m_saveBlocked->setText(reason);
    m_saveBlocked->setVisible(!reason.isEmpty());
    const bool canSave =
        reason.isEmpty() && hasUnsavedChanges() && m_pendingWrites == 0 && !m_model->isReadOnly();
    m_save->setEnabled(canSave);
    m_save->setToolTip(reason.isEmpty()
                           ? tr("Save the settings and passwords (Ctrl+S)")
                           : QString(reason).remove(QRegularExpression(QStringLiteral("<[^>]*>"))));
    m_discard->setEnabled(hasUnsavedChanges() && m_pendingWrites == 0);
    if (m_lock) // the administrator lock waits for the changes to be saved or discarded
        m_lock->setEnabled(!hasUnsavedChanges() && m_pendingWrites == 0);
}

void SettingsWindow::showMessage(const QString &text, bool error)
{
    QPalette pal = palette();
    const QColor accent = error ? QColor(0xd9, 0x30, 0x25) : QColor(0x42, 0x85, 0xf4);
    pal.setColor(QPalette::Window, tintedWindow(pal.color(QPalette::Window), accent));
    m_messageBar->setPalette(pal);
    m_message->setText(text);
    m_useFile->setVisible(false);
    m_signInAgain->setVisible(false);
    m_signInShown = false;
    m_messageBar->setVisible(true);
}

void SettingsWindow::showSecretFailure(const QString &error)
{
    const bool keychain = m_secrets && m_secrets->backendName() == QLatin1String("keychain");
    showMessage(keychain ? tr("The keychain could not be used: %1 You can keep the passwords in a "
                              "file that only you can read instead.")
                               .arg(error)
                         : tr("The password store could not be used: %1").arg(error),
                true);
    m_useFile->setVisible(keychain);
}

bool SettingsWindow::save()
{
    if (m_pendingWrites > 0)
        return false;
    m_binder->revealAll(); // Save pressed: every field's error shows from now on
    if (!m_loadError.isEmpty()) {
        showMessage(tr("Saving is disabled: %1").arg(m_loadError), true);
        return false;
    }
    if (!m_model->isValid()) {
        focusField(m_model->issues().first().key);
        return false;
    }
    for (PasswordField *pw : std::as_const(m_passwords)) {
        if (!pw->problem().isEmpty()) { // e.g. a read-only password that is too short
            pw->showProblem();
            focusField(QStringLiteral("secret/") + pw->account());
            return false;
        }
    }
    const MailSettings::General before = m_model->savedSettings().general;
    if (m_model->isDirty()) {
        QString error;
        if (!m_model->save(&error)) {
            showMessage(tr("The settings could not be saved: %1").arg(error), true);
            return false;
        }
    }
    if (!(before == m_model->savedSettings().general))
        createSecretStore();
    m_oauth->setSettings(m_model->savedSettings());
    m_monitor->setSettings(m_model->savedSettings());
    m_statusRequests->setSettings(m_model->savedSettings());
    updateBackupControls();
    m_messageBar->setVisible(false);
    writePasswords();
    return true;
}

void SettingsWindow::writePasswords()
{
    m_writeFailed = false;
    QList<PasswordField *> edited;
    for (PasswordField *pw : std::as_const(m_passwords)) {
        if (pw->isEdited())
            edited << pw;
    }
    m_pendingWrites = int(edited.size()) + 1; // +1: this function's own turn, released below
    updateSaveState();
    const auto oneDone = [this] {
        if (--m_pendingWrites > 0)
            return;
        updateTitle();
        if (!m_writeFailed) {
            // After Save the status follows the new settings (and passwords).
            m_monitor->refresh(StatusMonitor::Trigger::Automatic);
        }
        Q_EMIT saveFinished(!m_writeFailed);
        if (m_closeAfterSave && !m_writeFailed)
            close();
        m_closeAfterSave = false;
    };
    for (PasswordField *pw : std::as_const(edited)) {
        const QString account = pw->account();
        pw->commit(this, [this, oneDone, account](const SecretResult &r) {
            if (!r.ok()) {
                m_writeFailed = true;
                showSecretFailure(r.error);
            } else if (SecretAccounts::isLoginPassword(account)) {
                // A queue held because the old password was refused is tried again.
                Queue(Queue::dirFor(m_model->savedSettings())).releaseLoginHold();
            }
            oneDone();
        });
    }
    QTimer::singleShot(0, this, oneDone);
}

void SettingsWindow::discard()
{
    m_model->discard();
    m_binder->forgetTouched();
    for (PasswordField *pw : std::as_const(m_passwords))
        pw->reset();
    m_messageBar->setVisible(false);
    updateTitle();
}

void SettingsWindow::useFileBackend()
{
    m_model->setValue(QStringLiteral("general/secret_backend"), QStringLiteral("file"));
    if (m_model->settings().general.secretFile.isEmpty())
        m_model->setValue(QStringLiteral("general/secret_file"),
                          QFileInfo(m_store.path()).absolutePath() +
                              QStringLiteral("/mailwright-secrets"));
    m_messageBar->setVisible(false);
    save();
}

void SettingsWindow::whenSaved(const std::function<void(bool)> &then)
{
    if (!hasUnsavedChanges() && m_pendingWrites == 0) {
        QTimer::singleShot(0, this, [then] { then(true); });
        return;
    }
    if (m_pendingWrites > 0) {
        QTimer::singleShot(0, this, [then] { then(false); });
        return;
    }
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(this, &SettingsWindow::saveFinished, this, [connection, then](bool ok) {
        QObject::disconnect(*connection);
        then(ok);
    });
    if (!save()) {
        QObject::disconnect(*connection);
        QTimer::singleShot(0, this, [then] { then(false); });
    }
}

void SettingsWindow::closeEvent(QCloseEvent *event)
{
    if (m_pendingWrites > 0) {
        m_closeAfterSave = true; // close once the passwords are stored
        event->ignore();
        return;
    }
    if (hasUnsavedChanges()) {
        QMessageBox box(QMessageBox::Question, tr("Unsaved changes"),
                        tr("The settings have changed. Save them before closing?"),
                        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("unsavedChangesBox"));
        box.setDefaultButton(QMessageBox::Save);
        const int answer = box.exec();
        if (answer == QMessageBox::Cancel) {
            event->ignore();
            return;
        }
        if (answer == QMessageBox::Save) {
            if (!save()) {
                event->ignore();
                return;
            }
            if (m_pendingWrites > 0) {
                m_closeAfterSave = true;
                event->ignore();
                return;
            }
        } else {
            discard();
        }
    }
    if (hideToTray()) { // SettingsWindowTray.cpp: with the status in the tray, Close hides
        event->ignore();
        return;
    }
    m_resolver->cancel();
    m_testPanel->cancel();
    m_monitor->cancel();
    m_oauth->cancel(); // stops the loopback listener or the polling; nothing is saved
    QSettings().setValue(QStringLiteral("window/geometry"), saveGeometry());
    event->accept();
}

void SettingsWindow::reject()
{
    close(); // Escape goes through the unsaved-changes question like the close button
}

void SettingsWindow::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    // A revealed password must not stay on screen while the admin is elsewhere.
    if (event->type() == QEvent::ActivationChange && !isActiveWindow()) {
        for (PasswordField *pw : std::as_const(m_passwords))
            pw->conceal();
    }
}

void SettingsWindow::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (!m_geometryRestored) {
        m_geometryRestored = true;
        // The first look at the servers, once the window is on screen: after its first
        // paint, so that neither the check's work nor the TLS library it loads delays it.
        afterFirstPaint(this, [this] {
            // Also after it: the icon (seven sizes converted and sent to the X server, about
            // 0.8 ms) and the desktop's answer whether it has a tray (a D-Bus call).
            setApplicationIcon();
            updateTrayAvailable();
            m_oauth->setReadsHeld(false);
            m_monitor->refresh(StatusMonitor::Trigger::Automatic);
            // The server check's dialog, in the next turn of the loop: its first check
            // then only shows it (docs/PERFORMANCE.md).
            QTimer::singleShot(0, m_checks, &ServerCheckController::prepareDialog);
        });
    }
}

} // namespace mw
