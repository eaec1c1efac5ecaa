// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SupportBundle.h"

#include <QObject>

#include <atomic>
#include <memory>

namespace mw {

// SupportBundle::save() on a QThreadPool thread, for the window: collecting reads the debug
// log, the queue and the state files, and the archive is written and synced; none of that
// may hold up the GUI thread. progress() and finished() arrive on the job's thread.
// Deleting the job (or cancel()) stops it at the next member; the archive then does not
// appear, and finished() is not emitted.
class SupportBundleJob : public QObject
{
    Q_OBJECT
public:
    explicit SupportBundleJob(QObject *parent = nullptr);
    ~SupportBundleJob() override;
    Q_DISABLE_COPY_MOVE(SupportBundleJob)

    // Once per job.
    void start(const QString &path, const SupportBundleInput &input);
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progress(int written, int total);
    // ok, the archive's path, the sentence when it failed, the members written.
    void finished(bool ok, const QString &path, const QString &error, const QStringList &members);

private:
    std::shared_ptr<std::atomic_bool> m_cancel = std::make_shared<std::atomic_bool>(false);
    bool m_running = false;
};

} // namespace mw
