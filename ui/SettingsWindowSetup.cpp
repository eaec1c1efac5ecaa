// SPDX-License-Identifier: GPL-3.0-or-later
// SettingsWindow: first run: set up from an e-mail address. While no SMTP server is saved a
// banner offers the setup assistant (SetupAssistant); what the assistant proposes goes into
// this window's form, its Send Test is this window's test, and its Save this window's save.
#include "SettingsWindow.h"

#include "PasswordField.h"
#include "SetupAssistant.h"
#include "TestPanel.h"
#include "WrapLabel.h"
#include "settings/SettingsFacts.h"

#include <QBoxLayout>
#include <QFrame>
#include <QLabel>
#include <QPushButton>

namespace mw {

void SettingsWindow::buildFirstRun(QVBoxLayout *layout)
{
    m_firstRun = new QFrame(this);
    m_firstRun->setObjectName(QStringLiteral("firstRunBanner"));
    m_firstRun->setFrameShape(QFrame::StyledPanel);
    auto *row = new QHBoxLayout(m_firstRun);
    auto *text = new WrapLabel(m_firstRun);
    text->setText(tr("No mail server is set up yet. Mailwright can find the settings from the "
                     "address the notifications are sent from."));
    text->setObjectName(QStringLiteral("firstRunText"));
    auto *setup = new QPushButton(tr("Set up from an e-mail &address…"), m_firstRun);
    setup->setObjectName(QStringLiteral("firstRunSetupButton"));
    setup->setAutoDefault(false);
    auto *manual = new QPushButton(tr("Set up manually"), m_firstRun);
    manual->setObjectName(QStringLiteral("firstRunManualButton"));
    manual->setAutoDefault(false);
    manual->setToolTip(tr("Hide this offer and fill in the tabs yourself"));
    row->addWidget(text, 1);
    row->addWidget(setup);
    row->addWidget(manual);
    m_firstRun->setVisible(false); // updateFirstRun() once the settings are read
    layout->addWidget(m_firstRun);
    connect(setup, &QPushButton::clicked, this, &SettingsWindow::showSetupAssistant);
    connect(manual, &QPushButton::clicked, this, [this] {
        m_firstRunDismissed = true;
        updateFirstRun();
    });
    connect(this, &SettingsWindow::saveFinished, this, [this] { updateFirstRun(); });
}

void SettingsWindow::updateFirstRun()
{
    // Offered while the saved settings name no SMTP server (no file, or a file without one)
    // and the admin could act on it.
    const bool nothingSetUp = SettingsFacts::smtpHost(m_model->savedSettings()).isEmpty();
    m_firstRun->setVisible(nothingSetUp && !m_firstRunDismissed && m_loadError.isEmpty() &&
                           !isConsoleMode());
}

void SettingsWindow::reportSetupTest()
{
    if (m_setup)
        m_setup->testFinished(m_testPanel->result());
}

SetupAssistant *SettingsWindow::showSetupAssistant()
{
    if (!m_setup) {
        m_setup = new SetupAssistant(this);
        m_setup->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_setup, &SetupAssistant::applyRequested, this,
                [this](const QList<SettingChange> &changes, const QString &password) {
                    for (const SettingChange &c : changes)
                        m_model->setValue(c.key, c.value);
                    // The password goes into the form's own field: Save stores it in the
                    // secret store, never in the INI file.
                    for (PasswordField *pw : std::as_const(m_passwords)) {
                        if (pw->account() == QLatin1String("smtp") && !password.isEmpty())
                            pw->setTyped(password);
                    }
                    updateTitle();
                });
        // A test refused before it started answers through reportSetupTest() (runTest).
        connect(m_setup, &SetupAssistant::sendTestRequested, this,
                [this] { runTest(Phase::Done); });
        connect(m_testPanel, &TestPanel::finished, m_setup, &SetupAssistant::testFinished);
        connect(m_setup, &SetupAssistant::saveRequested, this, [this] {
            whenSaved([this](bool ok) {
                if (m_setup)
                    m_setup->saveFinished(ok);
            });
        });
        connect(m_setup, &SetupAssistant::manualRequested, this, [this] {
            m_firstRunDismissed = true;
            updateFirstRun();
        });
    }
    m_setup->setCurrentSettings(m_model->settings());
    m_setup->show();
    m_setup->raise();
    m_setup->activateWindow();
    return m_setup;
}

} // namespace mw
