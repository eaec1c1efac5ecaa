// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

namespace mw::test {

// Stands in for the desktop's browser: an xdg-open first on PATH (the window and the CLI
// start the browser through BrowserLauncher), which writes down the address and the
// environment it was started with and hands the address to tests/servers/oauth/
// browser.mjs (Chromium) in the mode the test chose.
class BrowserStandIn
{
public:
    // Puts the stand-in first on this process's PATH (inherited by children).
    bool install();
    // browser.mjs mode (allow, deny, wrong-password); "none": open nothing (the person
    // never comes back). Forgets what was opened before.
    void setMode(const QString &mode);
    [[nodiscard]] QList<QUrl> opened() const;
    // browser.mjs's answer once it finished (empty before).
    [[nodiscard]] QJsonObject outcome() const;
    // The environment the browser was started with ("NAME=value" lines).
    [[nodiscard]] QByteArray environment() const;
    // Ends the Chromium driver this stand-in started, if it still runs.
    void stop();

private:
    [[nodiscard]] QByteArray read(const char *name) const;
    QTemporaryDir m_dir;
};

} // namespace mw::test
