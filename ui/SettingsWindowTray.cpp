// SPDX-License-Identifier: GPL-3.0-or-later
// SettingsWindow: the status in the tray (optional, off by default) and start at login.
// Both are preferences of this desktop, like the window's geometry: kept in the GUI's
// QSettings (start at login in the desktop's own start-up list), never in the INI file
// that the command line and the service share, and applied at once (not with Save).
#include "OAuthSignIn.h"
#include "SettingsWindow.h"

#include "Autostart.h"
#include "Icons.h"
#include "TrayStatus.h"
#include "diagnostics/StatusMonitor.h"

#include <QApplication>
#include <QBoxLayout>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGroupBox>
#include <QLabel>
#include <QSettings>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QTimer>

#include <memory>

namespace mw {

namespace {

const QString kTrayKey = QStringLiteral("tray/enabled");
// How long `mailwright --tray` waits for a tray to appear, and how often it looks.
constexpr qint64 kTrayWaitMs = 60 * 1000;
constexpr int kTrayPollMs = 500;

} // namespace

void SettingsWindow::buildTray()
{
    auto *group = new QGroupBox(tr("This computer"));
    group->setObjectName(QStringLiteral("thisComputerGroup"));
    auto *layout = new QVBoxLayout(group);
    m_trayEnabled = new QCheckBox(tr("Show status in the tra&y"), group);
    m_trayEnabled->setObjectName(QStringLiteral("trayEnabled"));
    m_trayEnabled->setAccessibleName(tr("Show status in the tray"));
    m_trayEnabled->setToolTip(
        tr("An icon with the worst server status, a notification when a server cannot be "
           "reached or the queue is held; Close then keeps Mailwright running in the tray"));
    m_startAtLogin = new QCheckBox(tr("Start at lo&gin (in the tray)"), group);
    m_startAtLogin->setObjectName(QStringLiteral("startAtLogin"));
    m_startAtLogin->setAccessibleName(tr("Start at login in the tray"));
    m_startAtLogin->setToolTip(tr("Entry: %1").arg(Autostart::location()));
    m_trayNote = new QLabel(group);
    m_trayNote->setObjectName(QStringLiteral("trayNote"));
    m_trayNote->setWordWrap(true);
    m_trayNote->setTextFormat(Qt::PlainText);
    auto *hint = new QLabel(tr("For you on this computer only, applied at once (not part of the "
                               "configuration file)."),
                            group);
    hint->setObjectName(QStringLiteral("thisComputerHint"));
    hint->setWordWrap(true);
    layout->addWidget(m_trayEnabled);
    layout->addWidget(m_startAtLogin);
    layout->addWidget(m_trayNote);
    layout->addWidget(hint);

    m_thisComputer = group;
    placeThisComputer();

    m_startAtLogin->setChecked(Autostart::isEnabled());
    connect(m_trayEnabled, &QCheckBox::toggled, this, &SettingsWindow::setTrayEnabled);
    // Whether the desktop has a tray is asked after the first paint (showEvent), or at once
    // by startInTray: the answer is a blocking call (TrayStatus::isAvailable).
    m_startAtLogin->setEnabled(m_trayEnabled->isChecked());
    connect(m_startAtLogin, &QCheckBox::toggled, this, &SettingsWindow::setStartAtLogin);
}

void SettingsWindow::placeThisComputer()
{
    // On the "Status requests and alerts" tab, below its groups (before the final stretch).
    auto *contents = findChild<QWidget *>(QStringLiteral("remoteStatusContents"));
    auto *column = contents ? qobject_cast<QBoxLayout *>(contents->layout()) : nullptr;
    if (column) {
        column->insertWidget(qMax(0, column->count() - 1), m_thisComputer);
        m_thisComputer->setVisible(true);
    } else if (m_remoteStatusTab) {
        // That tab is built when first shown (buildPage): the group waits, hidden.
        m_thisComputer->setParent(this);
        m_thisComputer->setVisible(false);
    } else {
        m_thisComputer->setParent(this);
        m_tabs->addTab(m_thisComputer, m_thisComputer->title());
    }
}

void SettingsWindow::updateTrayAvailable()
{
    const bool available = TrayStatus::isAvailable();
    m_trayEnabled->setEnabled(available);
    m_trayNote->setVisible(!available);
    m_trayNote->setText(available ? QString()
                                  : tr("This desktop has no system tray (notification area), so "
                                       "the status cannot be shown there."));
    // The preference stays while there is no tray: it applies again when there is one.
    if (available && !m_trayEnabled->isChecked() && QSettings().value(kTrayKey, false).toBool())
        m_trayEnabled->setChecked(true); // creates the tray (setTrayEnabled)
}

void SettingsWindow::setTrayEnabled(bool on)
{
    QSettings().setValue(kTrayKey, on);
    m_startAtLogin->setEnabled(on);
    // With the icon, the window may be hidden: closing a message box then must not end the
    // program. Quit is in the tray's menu.
    QApplication::setQuitOnLastWindowClosed(!on);
    if (!on) {
        if (m_tray) {
            delete m_tray;
            m_tray = nullptr;
            emit trayStatusChanged();
        }
        // Started at login with no tray, Mailwright would run where nobody can see it.
        if (m_startAtLogin->isChecked())
            m_startAtLogin->setChecked(false);
        return;
    }
    if (m_tray)
        return;
    m_tray = new TrayStatus(m_monitor, this);
    connect(m_tray, &TrayStatus::openRequested, this, &SettingsWindow::showFromTray);
    connect(m_tray, &TrayStatus::refreshRequested, this, &SettingsWindow::refreshStatus);
    connect(m_tray, &TrayStatus::sendTestRequested, this, [this] {
        showFromTray(); // the test's steps are shown in the window
        runTest(Phase::Done);
    });
    connect(m_tray, &TrayStatus::quitRequested, this, &SettingsWindow::quitFromTray);
    emit trayStatusChanged();
}

void SettingsWindow::setStartAtLogin(bool on)
{
    QString error;
    bool ok = true;
    if (on) {
        // The same configuration file as this window, when it is not the default one.
        QStringList arguments{Autostart::trayOption()};
        if (QFileInfo(m_store.path()) != QFileInfo(SettingsStore::defaultPath()))
            arguments << QStringLiteral("--config") << QFileInfo(m_store.path()).absoluteFilePath();
        ok = Autostart::enable(arguments, &error);
    } else {
        ok = Autostart::disable(&error);
    }
    m_trayNote->setVisible(!ok);
    m_trayNote->setText(ok ? QString() : error);
    if (!ok) {
        const QSignalBlocker blocker(m_startAtLogin);
        m_startAtLogin->setChecked(Autostart::isEnabled());
    }
}

void SettingsWindow::setApplicationIcon()
{
    // The application's, so that every window and message box has it (the window's own
    // dialogs inherit it from the window).
    if (QApplication::windowIcon().isNull())
        QApplication::setWindowIcon(appIcon(QStringLiteral("mailwright")));
}

bool SettingsWindow::startInTray()
{
    if (!QSettings().value(kTrayKey, false).toBool())
        return false;
    setApplicationIcon();
    updateTrayAvailable(); // with a tray, makes its icon (setTrayEnabled)
    // What showEvent would do: the first look at the servers.
    QTimer::singleShot(0, this, [this] {
        m_oauth->setReadsHeld(false);
        m_monitor->refresh(StatusMonitor::Trigger::Automatic);
    });
    if (m_tray)
        return true;
    // At login the desktop's panel may start after Mailwright: its tray is waited for a
    // while, then the window is shown after all.
    auto *poll = new QTimer(this);
    poll->setInterval(kTrayPollMs);
    QElapsedTimer waited;
    waited.start();
    connect(poll, &QTimer::timeout, this, [this, poll, waited] {
        updateTrayAvailable();
        const bool timedOut = !m_tray && waited.hasExpired(kTrayWaitMs);
        if (m_tray || timedOut) {
            poll->stop();
            poll->deleteLater();
        }
        if (timedOut)
            showFromTray();
    });
    poll->start();
    return true;
}

void SettingsWindow::showFromTray()
{
    if (isMinimized())
        showNormal();
    else
        show();
    raise();
    activateWindow();
}

void SettingsWindow::quitFromTray()
{
    // Through Close, so that unsaved changes are asked about first.
    m_trayQuitting = true;
    if (hasUnsavedChanges())
        showFromTray();
    if (close()) {
        m_trayQuitting = false;
        QCoreApplication::quit();
        return;
    }
    if (!m_closeAfterSave) { // Cancel in the question, or Save failed
        m_trayQuitting = false;
        return;
    }
    // The passwords are still being stored: the window closes once they are (or stays,
    // with the error, when that failed); then Mailwright ends.
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(this, &SettingsWindow::saveFinished, this, [this, connection] {
        QObject::disconnect(*connection);
        QTimer::singleShot(0, this, [this] {
            m_trayQuitting = false;
            if (isHidden())
                QCoreApplication::quit();
        });
    });
}

bool SettingsWindow::hideToTray()
{
    if (!m_tray || m_trayQuitting)
        return false;
    // The window goes; the checks, the tray and a running test stay.
    QSettings().setValue(QStringLiteral("window/geometry"), saveGeometry());
    hide();
    return true;
}

} // namespace mw
