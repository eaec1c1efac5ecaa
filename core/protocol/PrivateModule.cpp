// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrivateModule.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QLibrary>
#include <QMutex>
#include <QStringList>

#include <atomic>
#include <memory>

#if defined(Q_OS_UNIX)
#include <dlfcn.h>
#endif

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
    // One load a module, however many entry points its callers look up; a module that
    // could not be loaded is not tried again. Unix: dlopen directly (QLibrary's bookkeeping,
    // its path checks and its load of the same file again for each entry point cost the
    // CLI's Send Test 0.05 M instructions, with the TLS module's three entry points).
    struct Module
    {
        bool tried = false;
#if defined(Q_OS_UNIX)
        void *handle = nullptr;
#else
        std::shared_ptr<QLibrary> library; // QHash copies its values
#endif
        QString error;
    };
    static QMutex mutex;
    static QHash<QString, Module> modules; // by name
    static QHash<QString, Entry> resolved; // by "name/entryPoint"
    const QMutexLocker lock(&mutex);
    const QString key = name + QLatin1Char('/') + QLatin1String(entryPoint);
    if (const auto it = resolved.constFind(key); it != resolved.constEnd())
        return *it;
    if (const LoadHook hook = beforeLoad.load())
        hook(name);
    Module &module = modules[name];
    if (!module.tried) {
        module.tried = true;
        module.error = QStringLiteral("no location to look in");
        for (const QString &path : candidates(name)) {
#if defined(Q_OS_UNIX)
            // A MODULE library's file ends in ".so" on Linux and macOS (CMake). Lazy binding,
            // and nothing of the module visible to other code (RTLD_LOCAL), as with QLibrary.
            const QString file =
                path.endsWith(QLatin1String(".so")) ? path : path + QStringLiteral(".so");
            module.handle = ::dlopen(QFile::encodeName(file).constData(), RTLD_LAZY | RTLD_LOCAL);
            if (module.handle)
                break;
            module.error = QString::fromLocal8Bit(::dlerror());
#else
            auto library = std::make_shared<QLibrary>(path);
            if (library->load()) {
                module.library = std::move(library);
                break;
            }
            module.error = library->errorString();
#endif
        }
    }
    Entry entry;
    entry.error = module.error;
#if defined(Q_OS_UNIX)
    if (module.handle) {
        (void)::dlerror();
        entry.function = ::dlsym(module.handle, entryPoint);
        entry.error = entry.function ? QString() : QString::fromLocal8Bit(::dlerror());
    }
#else
    if (module.library) {
        entry.function = reinterpret_cast<void *>(module.library->resolve(entryPoint));
        entry.error = entry.function ? QString() : module.library->errorString();
    }
#endif
    resolved.insert(key, entry);
    return entry;
}

} // namespace mw
