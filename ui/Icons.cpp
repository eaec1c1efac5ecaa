// SPDX-License-Identifier: GPL-3.0-or-later
#include "Icons.h"

#include <QCoreApplication>
#include <QHash>
#include <QThread>

namespace mw {

const QIcon &appIcon(const QString &name)
{
    Q_ASSERT(!QCoreApplication::instance() ||
             QThread::currentThread() == QCoreApplication::instance()->thread());
    static QHash<QString, QIcon> icons;
    auto it = icons.find(name);
    if (it == icons.end())
        it = icons.insert(name, QIcon(QStringLiteral(":/icons/%1.svg").arg(name)));
    return *it;
}

} // namespace mw
