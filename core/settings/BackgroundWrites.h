// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFuture>
#include <QPromise>

#include <functional>
#include <memory>

namespace mw {

// Small file writes that the thread asking for them must not wait for: the window's GUI
// thread records the last Send Test and the server's capabilities after a session, and
// each write ends with an fsync. They run on one worker thread, one at a time and in the
// order asked, so two read-modify-writes of one file never interleave. Readers and
// synchronous writers of those files in this process call waitForBackgroundWrites() first,
// so that they see (and come after) every write asked for before.
class BackgroundWrites
{
public:
    static void post(std::function<void()> write);
    // Work on those files that has an answer (a read, a compare, perhaps a write): on the
    // writer, in order with the writes; the answer comes through the future, which a
    // QFutureWatcher on the asking thread hands on there.
    template<typename T> [[nodiscard]] static QFuture<T> run(std::function<T()> work)
    {
        auto promise = std::make_shared<QPromise<T>>();
        QFuture<T> future = promise->future();
        promise->start();
        post([promise, work = std::move(work)] {
            promise->addResult(work());
            promise->finish();
        });
        return future;
    }
    // Returns once every write posted so far is done; at once on the writer's own thread.
    static void wait();
};

} // namespace mw
