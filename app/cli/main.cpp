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
