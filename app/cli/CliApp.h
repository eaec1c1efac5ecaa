// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

#include <memory>

namespace mw::cli {

class CliContext;
class Command;

// mailwright-cli: a thin headless shell over core/. Parses the global options, finds the
// command in commandTable() (Commands.h) and starts it over a CliContext. Each command runs
// on the event loop and ends by calling QCoreApplication::exit with a sysexits.h code.
class CliApp : public QObject
{
    Q_OBJECT
public:
    explicit CliApp(QObject *parent = nullptr);
    ~CliApp() override;
    // Parses the arguments and starts the command; returns an exit code to use at once,
    // or -1 when the command runs on the event loop and will exit by itself.
    int start(const QStringList &arguments);
    // After the command: waits for secret writes still under way (a rotated OAuth2
    // refresh token) and turns a failed one into a message and a non-zero exit code.
    // Returns the exit code to use.
    int finishSecretWrites(int rc);

private:
    std::unique_ptr<CliContext> m_context;
    std::unique_ptr<Command> m_command;
};

} // namespace mw::cli
