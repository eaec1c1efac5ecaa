// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackgroundWrites.h"

#include <QThreadPool>

namespace mw {
namespace {

thread_local bool t_onWriter = false;

QThreadPool &writer()
{
    struct Writer : QThreadPool
    {
        Writer() { setMaxThreadCount(1); }
    };
    // Destroyed at exit after waiting for what is still queued: nothing posted is dropped.
    static Writer pool;
    return pool;
}

} // namespace

void BackgroundWrites::post(std::function<void()> write)
{
    writer().start([write = std::move(write)] {
        t_onWriter = true;
        write();
    });
}

void BackgroundWrites::wait()
{
    if (!t_onWriter)
        writer().waitForDone();
}

} // namespace mw
