// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

namespace mw {

class SettingsWindow;

// `mailwright --screenshot-dir DIR [--screenshot-palette light|dark]` (scripts/screenshots.sh):
// waits for the first status check, grabs every tab with QWidget::grab, runs Send Test,
// grabs the result, and quits. Deterministic: no window manager or screen capture needed.
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
    void grabTabs();
    void grabAbout();
    void grab(const QString &name);
    void grabServerCheck();
    void grabSetupAssistant(); // the first-run assistant's address page, then quits

    SettingsWindow *m_window;
    QString m_dir;
    QString m_prefix;
};

} // namespace mw
