// SPDX-License-Identifier: GPL-3.0-or-later
// mailwright: the e-mail settings window. `mailwright [--config FILE] [--lang LANG] [--tray]`.
#include "BenchDriver.h"
#include "FirstPaint.h"
#include "RasterBands.h"
#include "ScreenshotRunner.h"
#include "SettingsWindow.h"
#include "StartupProbe.h"
#include "i18n/Localization.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QStyleFactory>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Mailwright"));
    QApplication::setApplicationName(QStringLiteral("mailwright"));
    QApplication::setApplicationDisplayName(QStringLiteral("Mailwright"));
    QApplication::setApplicationVersion(QStringLiteral(MAILWRIGHT_VERSION));
    // The icon is set by the window after its first paint (SettingsWindow::setApplicationIcon).
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
    // Fontconfig's set-up on a worker while the main thread goes on to build the window:
    // after the options, whose --help, --version and errors end the program at once (exit(),
    // with no application object's end to wait for the worker: it was still in fontconfig
    // while the static destructors ran, "QMutex: destroying locked mutex", and the sanitizer
    // build's tst_window_link saw `mailwright --version` abort).
    mw::loadFontsInBackground();
    // Fusion's frames painted per visible rectangle, each fill on this thread (ui/RasterBands.h).
    mw::useBandedStyle();

    const bool screenshots = parser.isSet(shotDir);
    if (screenshots)
        mw::ScreenshotRunner::applyPalette(parser.value(shotPalette));

    mw::SettingsWindow window(parser.value(config));
    // Hidden only with the tray on (the window shows itself when no tray appears).
    if (!(parser.isSet(tray) && !screenshots && window.startInTray()))
        window.show();
    // Loads the TLS backend on a worker thread once the window has been painted.
    mw::checkTlsAfterFirstPaint(&window);
    // bench/: time to the first paint and memory, event-loop stalls (off unless asked).
    // Installed last, so that its report at the first paint is queued before the work
    // waiting for that paint (event filters run last-installed first).
    const bool probingStartup = mw::probe::install(&window);
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
