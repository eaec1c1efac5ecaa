// SPDX-License-Identifier: GPL-3.0-or-later
#include "QueueRemover.h"

#include "Queue.h"

namespace mw {

QueueRemover::QueueRemover(QString queueDir)
    : m_dir(std::move(queueDir))
{
    m_threads.reserve(kThreads);
    for (int i = 0; i < kThreads; ++i)
        m_threads.emplace_back([this] { run(); });
}

QueueRemover::~QueueRemover()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    for (std::thread &t : m_threads)
        t.join();
}

void QueueRemover::remove(const QString &id, bool stateFile)
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_ids.emplace_back(id, stateFile);
    }
    m_wake.notify_one();
}

QList<std::pair<QString, QString>> QueueRemover::finish()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    m_idle.wait(lock, [this] { return m_ids.empty() && m_busy == 0; });
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
        const auto [id, stateFile] = m_ids.front();
        m_ids.pop_front();
        ++m_busy;
        lock.unlock();
        QString error;
        const bool ok = queue.remove(id, stateFile, &error);
        lock.lock();
        --m_busy;
        if (!ok)
            m_failed.append({id, error});
        if (m_ids.empty() && m_busy == 0)
            m_idle.notify_all();
    }
}

} // namespace mw
