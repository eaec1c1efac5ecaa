// SPDX-License-Identifier: GPL-3.0-or-later
// mailwright: the e-mail settings window. `mailwright [--config FILE]`.
#include "ScreenshotRunner.h"
#include "SettingsWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QStyleFactory>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Mailwright"));
    QApplication::setApplicationName(QStringLiteral("mailwright"));
    QApplication::setApplicationDisplayName(QStringLiteral("Mailwright"));
    QApplication::setApplicationVersion(QStringLiteral(MAILWRIGHT_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/mailwright.svg")));

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
    window.show();
    if (screenshots) {
        auto *runner = new mw::ScreenshotRunner(&window, parser.value(shotDir),
                                                parser.value(shotPalette), &app);
        runner->start();
    }
    return QApplication::exec();
}
