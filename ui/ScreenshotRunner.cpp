// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScreenshotRunner.h"

#include "AboutDialog.h"
#include "ServerCheckController.h"
#include "ServerCheckDialog.h"
#include "SettingsWindow.h"
#include "SetupAssistant.h"
#include "TestPanel.h"
#include "diagnostics/StatusMonitor.h"
#include "settings/SettingsModel.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QPalette>
#include <QPixmap>
#include <QPushButton>
#include <QStyle>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTimer>

namespace mw {

ScreenshotRunner::ScreenshotRunner(SettingsWindow *window, QString dir, QString paletteName,
                                   QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_dir(std::move(dir))
    , m_prefix(paletteName.isEmpty() ? QStringLiteral("light") : paletteName)
{}

void ScreenshotRunner::applyPalette(const QString &name)
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    if (name != QLatin1String("dark")) {
        QApplication::setPalette(QApplication::style()->standardPalette());
        return;
    }
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x8d, 0x93));
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Link, QColor(0x6c, 0xa8, 0xff));
    p.setColor(QPalette::Highlight, QColor(0x35, 0x74, 0xf0));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Light, window.lighter(150));
    p.setColor(QPalette::Midlight, window.lighter(120));
    p.setColor(QPalette::Mid, window.darker(120));
    p.setColor(QPalette::Dark, window.darker(160));
    p.setColor(QPalette::Shadow, Qt::black);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x7a, 0x7d, 0x83));
    QApplication::setPalette(p);
}

void ScreenshotRunner::start()
{
    QDir().mkpath(m_dir);
    // Give the first status check a moment so that the header shows a real status.
    auto *monitor = m_window->monitor();
    auto waitStatus = [this, monitor] {
        int waited = 0;
        auto *poll = new QTimer(this);
        connect(poll, &QTimer::timeout, this, [this, monitor, poll, waited]() mutable {
            waited += 100;
            if ((monitor->isChecking(QStringLiteral("smtp")) ||
                 monitor->isChecking(QStringLiteral("pop3"))) &&
                waited < 15000)
                return;
            poll->stop();
            poll->deleteLater();
            grabTabs();
        });
        poll->start(100);
    };
    QTimer::singleShot(400, this, waitStatus);
}

void ScreenshotRunner::grab(const QString &name)
{
    QApplication::processEvents();
    const QString file =
        QDir(m_dir).filePath(m_prefix + QLatin1Char('-') + name + QStringLiteral(".png"));
    m_window->grab().save(file);
}

void ScreenshotRunner::grabAbout()
{
    // Opened the way a person opens it: the About button of the window.
    if (auto *about = m_window->findChild<QPushButton *>(QStringLiteral("aboutButton")))
        about->click();
    QTimer::singleShot(300, this, [this] {
        if (auto *dialog = m_window->findChild<AboutDialog *>()) {
            QApplication::processEvents();
            const QString file = QDir(m_dir).filePath(m_prefix + QStringLiteral("-about.png"));
            dialog->grab().save(file);
            dialog->close();
        }
        grabSetupAssistant();
    });
}

void ScreenshotRunner::grabSetupAssistant()
{
    // Its first page only: the detection needs the domain's real DNS and servers.
    SetupAssistant *assistant = m_window->showSetupAssistant();
    if (auto *address = assistant->findChild<QLineEdit *>(QStringLiteral("setupAddress")))
        address->setText(QStringLiteral("alerts@example.com"));
    QTimer::singleShot(300, this, [this, assistant] {
        QApplication::processEvents();
        assistant->grab().save(QDir(m_dir).filePath(m_prefix + QStringLiteral("-setup.png")));
        assistant->close();
        QApplication::quit();
    });
}

void ScreenshotRunner::grabTabs()
{
    QTabWidget *tabs = m_window->tabs();
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        const QString name = QStringLiteral("%1-%2").arg(i + 1).arg(
            tabs->tabText(i)
                .toLower()
                .remove(QLatin1Char('&'))
                .replace(QLatin1Char(' '), QLatin1Char('-')));
        grab(name);
        // The Authentication tab once more with an OAuth2 method: the sign-in group
        // (shown for a moment, never saved).
        SettingsModel *model = m_window->model();
        if (tabs->widget(i)->findChild<QWidget *>(QStringLiteral("oauthGroup")) &&
            !model->isDirty()) {
            model->setValue(QStringLiteral("smtp/auth"), QStringLiteral("xoauth2"));
            model->setValue(QStringLiteral("oauth/provider"), QStringLiteral("microsoft"));
            model->setValue(QStringLiteral("oauth/tenant"), QStringLiteral("organizations"));
            model->setValue(QStringLiteral("oauth/client_id"),
                            QStringLiteral("3f2a9c1e-5b7d-4e8f-9a0b-1c2d3e4f5a6b"));
            grab(name + QStringLiteral("-oauth2"));
            model->discard();
        }
    }
    tabs->setCurrentIndex(0);
    TestPanel *panel = m_window->testPanel();
    auto *timeout = new QTimer(this);
    timeout->setSingleShot(true);
    connect(timeout, &QTimer::timeout, qApp, &QApplication::quit);
    connect(panel, &TestPanel::finished, this, [this] {
        QTimer::singleShot(200, this, [this] {
            grab(QStringLiteral("send-test"));
            grabServerCheck();
        });
    });
    timeout->start(60000);
    if (auto *send = panel->findChild<QPushButton *>(QStringLiteral("sendTestButton")))
        send->click();
}

void ScreenshotRunner::grabServerCheck()
{
    auto *controller = m_window->findChild<ServerCheckController *>();
    if (!controller)
        return grabAbout();
    // MW_SCREENSHOT_TLS_PORT: the fixture's implicit-TLS port (not 465), tried with the
    // configured port so that the report shows every kind of row.
    const int tlsPort = qEnvironmentVariableIntValue("MW_SCREENSHOT_TLS_PORT");
    if (tlsPort > 0) {
        const auto port = static_cast<quint16>(m_window->model()->settings().smtp.port);
        const auto tls = static_cast<quint16>(tlsPort);
        controller->setProbeAttempts(ProbeService::Smtp, {{SecurityMode::ImplicitTls, tls},
                                                          {SecurityMode::StartTls, port},
                                                          {SecurityMode::Plain, port},
                                                          {SecurityMode::StartTls, tls},
                                                          {SecurityMode::ImplicitTls, port}});
    }
    ServerCheckDialog *dialog = controller->checkServer(ProbeService::Smtp);
    connect(dialog, &ServerCheckDialog::finished, this, [this, dialog] {
        QTimer::singleShot(300, this, [this, dialog] {
            QApplication::processEvents();
            dialog->grab().save(
                QDir(m_dir).filePath(m_prefix + QStringLiteral("-server-check.png")));
            dialog->close();
            grabAbout();
        });
    });
}

} // namespace mw
