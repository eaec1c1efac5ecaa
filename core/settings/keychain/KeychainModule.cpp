// SPDX-License-Identifier: GPL-3.0-or-later
// The keychain module: the only code that talks to QtKeychain. Loaded by
// KeychainSecretStore on first use (see KeychainModule.h for why it is separate).
#include "KeychainModule.h"

#include <qt6keychain/keychain.h>

using namespace mw::keychainmodule;

extern "C" Q_DECL_EXPORT void mailwright_keychain_start_v1(const Request &request)
{
    QKeychain::Job *job = nullptr;
    switch (request.op) {
    case Op::Read:
        job = new QKeychain::ReadPasswordJob(request.service, request.parent);
        break;
    case Op::Write: {
        auto *write = new QKeychain::WritePasswordJob(request.service, request.parent);
        write->setTextData(request.secret);
        job = write;
        break;
    }
    case Op::Remove:
        job = new QKeychain::DeletePasswordJob(request.service, request.parent);
        break;
    }
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(request.key);
    const Op op = request.op;
    QObject::connect(
        job, &QKeychain::Job::finished, job, [op, done = request.done](QKeychain::Job *j) {
            if (j->error() == QKeychain::NoError) {
                const QString secret =
                    op == Op::Read ? static_cast<QKeychain::ReadPasswordJob *>(j)->textData()
                                   : QString();
                done(Outcome::Ok, secret, {});
            } else if (j->error() == QKeychain::EntryNotFound) {
                done(Outcome::NotFound, {}, {});
            } else {
                done(Outcome::Failed, {}, j->errorString());
            }
        });
    job->start();
}
