// SPDX-License-Identifier: GPL-3.0-or-later
#include "SupportBundleJob.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>

namespace mw {

SupportBundleJob::SupportBundleJob(QObject *parent)
    : QObject(parent)
{}

SupportBundleJob::~SupportBundleJob()
{
    cancel();
}

void SupportBundleJob::start(const QString &path, const SupportBundleInput &input)
{
    if (m_running)
        return;
    m_running = true;
    const QPointer<SupportBundleJob> self(this);
    const std::shared_ptr<std::atomic_bool> cancelled = m_cancel;
    // The answers go through the application object (it outlives every job) to the GUI
    // thread, where the guard is read: the worker never touches the job itself, which may
    // be deleted while it runs.
    QThreadPool::globalInstance()->start([self, cancelled, path, input] {
        const auto progress = [self, cancelled](int written, int total) {
            if (*cancelled)
                return false;
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [self, written, total] {
                    if (self)
                        Q_EMIT self->progress(written, total);
                },
                Qt::QueuedConnection);
            return true;
        };
        QString error;
        QStringList members;
        const bool ok = SupportBundle::save(path, input, &error, &members, progress);
        if (*cancelled)
            return;
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, ok, path, error, members] {
                if (!self)
                    return;
                self->m_running = false;
                Q_EMIT self->finished(ok, path, error, members);
            },
            Qt::QueuedConnection);
    });
}

void SupportBundleJob::cancel()
{
    *m_cancel = true;
    m_running = false;
}

} // namespace mw
