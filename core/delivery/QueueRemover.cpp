// SPDX-License-Identifier: GPL-3.0-or-later
#include "QueueRemover.h"

#include "Queue.h"

namespace mw {

QueueRemover::QueueRemover(QString queueDir)
    : m_dir(std::move(queueDir))
    , m_thread([this] { run(); })
{}

QueueRemover::~QueueRemover()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_one();
    m_thread.join();
}

void QueueRemover::remove(const QString &id)
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_ids.push_back(id);
    }
    m_wake.notify_one();
}

QList<std::pair<QString, QString>> QueueRemover::finish()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    m_idle.wait(lock, [this] { return m_ids.empty() && !m_busy; });
    QList<std::pair<QString, QString>> failed;
    failed.swap(m_failed);
    return failed;
}

void QueueRemover::run()
{
    Queue queue(m_dir);
    std::unique_lock<std::mutex> lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_stop || !m_ids.empty(); });
        if (m_ids.empty())
            return; // stopping, nothing left (the destructor's wait)
        const QString id = m_ids.front();
        m_ids.pop_front();
        m_busy = true;
        lock.unlock();
        QString error;
        const bool ok = queue.remove(id, &error);
        lock.lock();
        m_busy = false;
        if (!ok)
            m_failed.append({id, error});
        if (m_ids.empty())
            m_idle.notify_all();
    }
}

} // namespace mw
