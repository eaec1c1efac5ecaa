// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFutureWatcher>
#include <QPromise>
#include <QPushButton>
#include <QString>
#include <QThreadPool>

#include <memory>
#include <utility>

namespace mw {

// Runs work on QThreadPool and hands its result to watcher (on the GUI thread). Setting
// a new future on the watcher drops the previous one's answer: the latest question wins.
// (The History and Queue views read their files this way.)
template<typename T, typename Work> void runOffThread(QFutureWatcher<T> &watcher, Work work)
{
    auto promise = std::make_shared<QPromise<T>>();
    watcher.setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start([promise, work = std::move(work)] {
        promise->addResult(work());
        promise->finish();
    });
}

// A view's action button: Enter belongs to the table, never to a button nobody chose.
inline QPushButton *plainButton(const QString &text, const char *name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QString::fromLatin1(name));
    b->setAutoDefault(false);
    return b;
}

} // namespace mw
