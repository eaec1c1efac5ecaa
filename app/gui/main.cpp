// SPDX-License-Identifier: GPL-3.0-or-later
// mailwright: the e-mail settings window. `mailwright [--config FILE] [--lang LANG] [--tray]`.
#include "BenchDriver.h"
#include "ScreenshotRunner.h"
#include "SettingsWindow.h"
#include "StartupProbe.h"
#include "i18n/Localization.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QPointer>
#include <QSslSocket>
#include <QStyleFactory>
#include <QThreadPool>

namespace {

// The installers bundle a TLS backend (OpenSSL on Windows, SecureTransport on macOS, the
// distribution's OpenSSL on Linux). If it cannot be loaded, every secure connection would
// fail later with a puzzling error: say so once, at start-up. The check loads the library
// on a worker thread so the window appears without waiting for it.
void checkTlsAtStartup(QWidget *window)
{
    QPointer<QWidget> target(window);
    QThreadPool::globalInstance()->start([target] {
        if (QSslSocket::supportsSsl())
            return;
        QMetaObject::invokeMethod(
            qApp,
            [target] {
                if (!target)
                    return;
                auto *box = new QMessageBox(
                    QMessageBox::Warning, QApplication::translate("main", "TLS unavailable"),
                    QApplication::translate(
                        "main", "The TLS library could not be loaded, so no encrypted connection "
                                "(STARTTLS or TLS) can be made. Reinstall Mailwright or install "
                                "OpenSSL 3."),
                    QMessageBox::Ok, target);
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->open();
            },
            Qt::QueuedConnection);
    });
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Mailwright"));
    QApplication::setApplicationName(QStringLiteral("mailwright"));
    QApplication::setApplicationDisplayName(QStringLiteral("Mailwright"));
    QApplication::setApplicationVersion(QStringLiteral(MAILWRIGHT_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/mailwright.svg")));
    // Matches the installed .desktop file, so that desktops group the window with it.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.mailwright.Mailwright"));

    // Before the parser: --help must already be in the chosen language.
    mw::Localization::install(mw::Localization::languageFromArguments(QApplication::arguments()));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Sets up and tests how this system sends e-mail."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption config(
        {QStringLiteral("c"), QStringLiteral("config")},
        QApplication::translate("main",
                                "Open this configuration file instead of the per-user one."),
        QStringLiteral("FILE"));
    parser.addOption(config);
    const QCommandLineOption lang(QStringLiteral("lang"), mw::Localization::optionDescription(),
                                  QStringLiteral("LANG"));
    parser.addOption(lang);
    // Start at login runs `mailwright --tray` (ui/Autostart.h).
    const QCommandLineOption tray(
        QStringLiteral("tray"),
        QApplication::translate("main", "Start hidden, with the status in the tray (when the "
                                        "tray is on in the window and the desktop has one)."));
    parser.addOption(tray);
    // For scripts/screenshots.sh: grab each tab (and a finished Send Test), then quit.
    QCommandLineOption shotDir(QStringLiteral("screenshot-dir"), QString(), QStringLiteral("DIR"));
    shotDir.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption shotPalette(QStringLiteral("screenshot-palette"), QString(),
                                   QStringLiteral("light|dark"));
    shotPalette.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(shotDir);
    parser.addOption(shotPalette);
    parser.process(app);

    const bool screenshots = parser.isSet(shotDir);
    if (screenshots)
        mw::ScreenshotRunner::applyPalette(parser.value(shotPalette));

    mw::SettingsWindow window(parser.value(config));
    // bench/: time to the first paint and memory, event-loop stalls (off unless asked).
    const bool probingStartup = mw::probe::install(&window);
    // Hidden only with the tray on (the window shows itself when no tray appears).
    if (!(parser.isSet(tray) && !screenshots && window.startInTray()))
        window.show();
    checkTlsAtStartup(&window);
    if (probingStartup)
        return QApplication::exec();
    if (mw::BenchDriver::requested())
        (new mw::BenchDriver(&window))->start();
    if (screenshots) {
        auto *runner = new mw::ScreenshotRunner(&window, parser.value(shotDir),
                                                parser.value(shotPalette), &app);
        runner->start();
    }
    return QApplication::exec();
}
