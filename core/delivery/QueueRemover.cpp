// SPDX-License-Identifier: GPL-3.0-or-later
#include "QueueRemover.h"

#include "settings/SpoolFiles.h"

namespace mw {

QueueRemover::QueueRemover(QString queueDir, int maxSpares)
    : m_dir(std::move(queueDir))
    , m_maxSpares(maxSpares)
{
    m_threads.reserve(kThreads);
    for (int i = 0; i < kThreads; ++i) {
        m_threads.emplace_back([this, i] {
            if (i == 0)
                takeInventory();
            run();
        });
    }
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

void QueueRemover::takeInventory()
{
    // How many spares there are (one directory read), and which go: older than a day,
    // beyond the bound, or left half-made by a remover that was killed.
    const Queue queue(m_dir);
    QStringList trim;
    int room = 0;
    QString why;
    if (m_maxSpares > 0 && SpoolFiles::ensurePrivateFolder(queue.spareDir(), &why)) {
        const QStringList have = queue.spares();
        trim = queue.staleSpares(have, m_maxSpares);
        room = m_maxSpares - int(have.size() - trim.size());
        trim += queue.spares(true);
    } else {
        trim = queue.spares() + queue.spares(true); // none kept: all of them go
    }
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_room = room;
        m_trim = trim;
        m_ready = true;
    }
    m_wake.notify_all();
    // A finish() that came first (a session that failed before this count ended) may be
    // waiting for nothing but the count.
    m_idle.notify_all();
}

void QueueRemover::remove(const QString &id, bool stateFile)
{
    // The threads are woken once a handful of removals wait, or by wake() (the runner's,
    // after each burst of replies) or finish(), not for each one: a wake per message cost
    // the session a futex call and, as often as not, its core to the woken thread
    // (docs/PERFORMANCE-QUEUE.md, the seventh round).
    size_t waiting = 0;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_ids.emplace_back(id, stateFile);
        waiting = m_ids.size();
    }
    if (waiting == kWakeBatch)
        m_wake.notify_one();
    else if (waiting == 2 * kWakeBatch)
        m_wake.notify_all();
}

void QueueRemover::wake()
{
    bool waiting = false;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        waiting = !m_ids.empty();
    }
    if (waiting)
        m_wake.notify_all();
}

QList<std::pair<QString, QString>> QueueRemover::finish()
{
    m_wake.notify_all(); // the removals short of a batch
    std::unique_lock<std::mutex> lock(m_mutex);
    m_idle.wait(lock,
                [this] { return m_ready && m_ids.empty() && m_trim.isEmpty() && m_busy == 0; });
    QList<std::pair<QString, QString>> failed;
    failed.swap(m_failed);
    return failed;
}

int QueueRemover::spared()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_spared;
}

void QueueRemover::run()
{
    Queue queue(m_dir);
    std::unique_lock<std::mutex> lock(m_mutex);
    for (;;) {
        m_wake.wait(
            lock, [this] { return m_stop || (m_ready && (!m_ids.empty() || !m_trim.isEmpty())); });
        if (!m_ready || (m_ids.empty() && m_trim.isEmpty()))
            return; // stopping, nothing left (the destructor's wait)
        ++m_busy;
        if (m_ids.empty()) {
            // The spares that go, after the session's files: a removal of one waits for
            // its discard like any other.
            const QString name = m_trim.takeFirst();
            lock.unlock();
            queue.dropSpares({name});
            lock.lock();
        } else {
            const auto [id, stateFile] = m_ids.front();
            m_ids.pop_front();
            const bool keep = m_room > 0; // a place in spare/ taken for this one
            if (keep)
                --m_room;
            lock.unlock();
            QString error;
            bool spared = false;
            const bool ok = queue.retire(id, stateFile, keep, &spared, &error);
            lock.lock();
            if (keep && !spared)
                ++m_room;
            if (spared)
                ++m_spared;
            if (!ok)
                m_failed.append({id, error});
        }
        --m_busy;
        if (m_ids.empty() && m_trim.isEmpty() && m_busy == 0)
            m_idle.notify_all();
    }
}

} // namespace mw
