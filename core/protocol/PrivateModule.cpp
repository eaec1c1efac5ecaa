// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrivateModule.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QLibrary>
#include <QMutex>
#include <QStringList>

#include <atomic>

namespace mw {

namespace {

QStringList candidates(const QString &name)
{
    const QString override =
        qEnvironmentVariable(qPrintable(PrivateModule::overrideVariable(name)));
    if (!override.isEmpty())
        return {override};
    if (!QCoreApplication::instance())
        return {};
    const QDir dir(QCoreApplication::applicationDirPath());
    QStringList paths{dir.filePath(name)};
#ifdef MAILWRIGHT_MODULE_RELDIR
    paths << dir.filePath(QStringLiteral(MAILWRIGHT_MODULE_RELDIR "/") + name);
#endif
#ifdef Q_OS_MACOS
    paths << dir.filePath(QStringLiteral("../PlugIns/") + name);
#endif
    return paths;
}

std::atomic<PrivateModule::LoadHook> beforeLoad{nullptr};

} // namespace

void PrivateModule::setBeforeLoadHook(LoadHook hook)
{
    beforeLoad = hook;
}

QString PrivateModule::overrideVariable(const QString &name)
{
    QString stem = name;
    if (stem.startsWith(QLatin1String("mailwright-")))
        stem = stem.mid(int(qstrlen("mailwright-")));
    return QStringLiteral("MAILWRIGHT_%1_MODULE")
        .arg(stem.toUpper().replace(QLatin1Char('-'), QLatin1Char('_')));
}

PrivateModule::Entry PrivateModule::resolve(const QString &name, const char *entryPoint)
{
    static QMutex mutex;
    static QHash<QString, Entry> resolved; // by "name/entryPoint"
    const QMutexLocker lock(&mutex);
    const QString key = name + QLatin1Char('/') + QLatin1String(entryPoint);
    if (const auto it = resolved.constFind(key); it != resolved.constEnd())
        return *it;
    if (const LoadHook hook = beforeLoad.load())
        hook(name);
    Entry entry;
    QString lastError = QStringLiteral("no location to look in");
    for (const QString &path : candidates(name)) {
        QLibrary library(path);
        if (!library.load()) {
            lastError = library.errorString();
            continue;
        }
        entry.function = reinterpret_cast<void *>(library.resolve(entryPoint));
        if (entry.function)
            break;
        lastError = library.errorString();
    }
    if (!entry.function)
        entry.error = lastError;
    resolved.insert(key, entry);
    return entry;
}

} // namespace mw
