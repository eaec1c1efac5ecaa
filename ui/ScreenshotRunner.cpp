// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScreenshotRunner.h"
#include "RasterBands.h"

#include "AboutDialog.h"
#include "QueueView.h"
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
#include <QLocale>
#include <QPalette>
#include <QPixmap>
#include <QPushButton>
#include <QScrollArea>
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
{
    // --lang (main.cpp installed it and made it the default locale): German screenshots
    // are light-de-…; English ones keep the plain names that the README shows.
    const QString lang = QLocale().name().section(QLatin1Char('_'), 0, 0);
    if (lang != QLatin1String("C") && lang != QLatin1String("en"))
        m_prefix += QLatin1Char('-') + lang;
    m_screens = {[this] { grabTabs(); },           [this] { grabSendTest(); },
                 [this] { grabServerCheck(); },    [this] { grabAbout(); },
                 [this] { grabSetupAssistant(); }, [this] { grabQueue(); }};
}

void ScreenshotRunner::applyPalette(const QString &name)
{
    mw::useBandedStyle(QStyleFactory::create(QStringLiteral("Fusion")));
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
            // At 150 % (QT_SCALE_FACTOR=1.5) the files end in -150.
            const int scale = qRound(m_window->devicePixelRatioF() * 100);
            if (scale != 100)
                m_suffix = QStringLiteral("-%1").arg(scale);
            next();
        });
        poll->start(100);
    };
    QTimer::singleShot(400, this, waitStatus);
}

void ScreenshotRunner::next()
{
    if (m_screens.isEmpty()) {
        QApplication::quit();
        return;
    }
    const std::function<void()> screen = m_screens.takeFirst();
    screen();
}

void ScreenshotRunner::save(QWidget *widget, const QString &name)
{
    QApplication::processEvents();
    const QString file = QDir(m_dir).filePath(m_prefix + QLatin1Char('-') + name + m_suffix +
                                              QStringLiteral(".png"));
    widget->grab().save(file);
}

void ScreenshotRunner::grab(const QString &name)
{
    save(m_window, name);
}

void ScreenshotRunner::grabAbout()
{
    // Opened the way a person opens it: the About button of the window.
    if (auto *about = m_window->findChild<QPushButton *>(QStringLiteral("aboutButton")))
        about->click();
    QTimer::singleShot(300, this, [this] {
        if (auto *dialog = m_window->findChild<AboutDialog *>()) {
            save(dialog, QStringLiteral("about"));
            dialog->close();
        }
        next();
    });
}

void ScreenshotRunner::grabQueue()
{
    QueueView *view = m_window->showQueue();
    QTimer::singleShot(500, this, [this, view] {
        save(view, QStringLiteral("queue"));
        view->close();
        next();
    });
}

void ScreenshotRunner::grabSetupAssistant()
{
    // Its first page only: the detection needs the domain's real DNS and servers.
    SetupAssistant *assistant = m_window->showSetupAssistant();
    if (auto *address = assistant->findChild<QLineEdit *>(QStringLiteral("setupAddress")))
        address->setText(QStringLiteral("alerts@example.com"));
    QTimer::singleShot(300, this, [this, assistant] {
        save(assistant, QStringLiteral("setup"));
        assistant->close();
        next();
    });
}

void ScreenshotRunner::grabTabs()
{
    QTabWidget *tabs = m_window->tabs();
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        // ASCII file names in every language: "Boîtes aux lettres" → boites-aux-lettres.
        QString slug;
        const QString text = tabs->tabText(i)
                                 .remove(QLatin1Char('&'))
                                 .toLower()
                                 .normalized(QString::NormalizationForm_KD);
        for (const QChar c : text) {
            if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
                slug += c;
            else if ((c.isSpace() || c == u'-') && !slug.endsWith(QLatin1Char('-')))
                slug += QLatin1Char('-');
        }
        const QString name = QStringLiteral("%1-%2").arg(i + 1).arg(slug);
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
    next();
}

void ScreenshotRunner::grabSendTest()
{
    TestPanel *panel = m_window->testPanel();
    auto *timeout = new QTimer(this);
    timeout->setSingleShot(true);
    connect(timeout, &QTimer::timeout, qApp, &QApplication::quit);
    connect(
        panel, &TestPanel::finished, this,
        [this, timeout] {
            timeout->stop();
            QTimer::singleShot(200, this, [this] {
                // On a small screen the test pane scrolls: show its result.
                auto *banner = m_window->findChild<QWidget *>(QStringLiteral("testBanner"));
                auto *pane = m_window->findChild<QScrollArea *>(QStringLiteral("testScroll"));
                if (banner && pane)
                    pane->ensureWidgetVisible(banner);
                grab(QStringLiteral("send-test"));
                next();
            });
        },
        Qt::SingleShotConnection);
    timeout->start(60000);
    if (auto *send = panel->findChild<QPushButton *>(QStringLiteral("sendTestButton")))
        send->click();
}

void ScreenshotRunner::grabServerCheck()
{
    auto *controller = m_window->findChild<ServerCheckController *>();
    if (!controller)
        return next();
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
            save(dialog, QStringLiteral("server-check"));
            dialog->close();
            next();
        });
    });
}

} // namespace mw
