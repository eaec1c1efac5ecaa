// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliApp.h"
#include "i18n/Localization.h"

#include <QCoreApplication>
#include <QThreadPool>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Mailwright"));
    QCoreApplication::setApplicationName(QStringLiteral("mailwright"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MAILWRIGHT_VERSION));
    // Messages for people follow the locale or --lang; status names, error classes and
    // JSON keys stay English (scripts parse them). CliApp accepts --lang and ignores it.
    mw::Localization::install(
        mw::Localization::languageFromArguments(QCoreApplication::arguments()));
    // The CLI's pool tasks are a few short ones at the start (the TLS preload, the CA
    // file's decode): a pool thread ends as soon as its task does, so that the exit below
    // joins threads that have finished instead of waking idle ones, each a scheduler round
    // trip after the result is out.
    QThreadPool::globalInstance()->setExpiryTimeout(0);
    // And one pool thread, not one per core: a Send Test's two tasks (the TLS preload and the
    // TLS set-up ahead, which waits for the preload's module anyway) run one after the other
    // instead of on a second thread that mostly waits, beside the main thread and the server
    // on a small machine (a thread and five context switches fewer a Send Test; 0.3-1.0 ms
    // less wall time and 0.35-0.55 ms less CPU in three alternations of 80-100 runs,
    // docs/PERFORMANCE-CLI.md). So a task on this pool must never wait for another task on
    // it. tests/integration/tst_cli_threads counts the threads at work at once.
    QThreadPool::globalInstance()->setMaxThreadCount(1);
    mw::cli::CliApp cli;
    int rc = cli.start(QCoreApplication::arguments());
    if (rc < 0)
        rc = QCoreApplication::exec();
    // Every command, however it ended: no exit while a secret write is pending.
    rc = cli.finishSecretWrites(rc);
    // A command may end before the TLS preload (MailConnection::preloadTls) has finished; it
    // must not outlive the application object it registers with.
    QThreadPool::globalInstance()->waitForDone();
    return rc;
}
