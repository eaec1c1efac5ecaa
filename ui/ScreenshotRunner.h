// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include <functional>

class QWidget;

namespace mw {

class SettingsWindow;

// `mailwright --screenshot-dir DIR [--screenshot-palette light|dark] [--lang LANG]`
// (scripts/screenshots.sh): waits for the first status check, then takes the screens of
// its list one after the other with QWidget::grab (every tab, Send Test, the server check,
// About), and quits. Deterministic: no window manager or screen capture needed.
//
// Files: <palette>[-<language>]-<screen>[-<scale>].png, e.g. light-1-server.png, or
// dark-de-1-server-150.png for German at 150 % (QT_SCALE_FACTOR=1.5).
class ScreenshotRunner : public QObject
{
    Q_OBJECT
public:
    ScreenshotRunner(SettingsWindow *window, QString dir, QString paletteName,
                     QObject *parent = nullptr);
    // Fusion with a light or dark palette, so that both look the same on every desktop.
    static void applyPalette(const QString &name);
    void start();

private:
    // The screens, in order: each shows its screen, grabs it and calls next() when done
    // (at once, or after a test or a dialog finished). A new screen is one more entry in
    // the constructor's list.
    void next();
    void grabTabs();
    void grabSendTest();
    void grabServerCheck();
    void grabAbout();
    // The window as it is now, as <prefix>-<name><suffix>.png.
    void grab(const QString &name);
    void save(QWidget *widget, const QString &name);
    void grabSetupAssistant(); // the first-run assistant's address page
    void grabQueue();

    SettingsWindow *m_window;
    QString m_dir;
    QString m_prefix;
    QString m_suffix;
    QList<std::function<void()>> m_screens;
};

} // namespace mw
