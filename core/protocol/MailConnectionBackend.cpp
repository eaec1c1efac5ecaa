// SPDX-License-Identifier: GPL-3.0-or-later
// Loading the TLS backend Qt would choose, and only it (MailConnection::loadPlatformTlsBackend).
//
// Qt 6's TLS backends are plugins in the "tls" folder of its plugin paths. The first use of
// TLS (QSslSocket::supportsSsl, a QSslSocket, a QSslCertificate) makes Qt's backend
// collection load and instantiate every plugin found there, unless a backend object exists
// already; each plugin's constructor registers its backend with that collection. Qt then
// picks openssl if it is available, else schannel, else securetransport, else any other,
// the certificate-only backend last. Loading the first of those that works ourselves gives
// the same choice without mapping and relocating the others (on Linux the certificate-only
// plugin: a Send Test from the CLI measured 0.3-0.4 M instructions less, docs/PERFORMANCE.md).
//
// MailConnection::preloadTls calls this on a worker thread; MailConnection::connectNext
// calls it again before its first TLS use on its own thread, so that it waits here (the
// mutex) while the worker loads the plugin instead of starting Qt's scan of every plugin
// beside it. Any other first use of TLS while the worker is loading the plugin would still
// start that scan: the outcome is then Qt's usual one (both plugins loaded, same backend).
#include "MailConnection.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QMutex>
#include <QPluginLoader>
#include <QSslSocket>

namespace mw {
#if QT_CONFIG(library)
namespace {

// The plugin files of the backends Qt prefers on this platform, in its order of preference
// (QTlsBackend::defaultBackendName), the certificate-only backend (no sockets) last.
QStringList backendFiles()
{
#if defined(Q_OS_WIN)
    const QString d = QLibraryInfo::isDebugBuild() ? QStringLiteral("d") : QString();
    return {QStringLiteral("qopensslbackend%1.dll").arg(d),
            QStringLiteral("qschannelbackend%1.dll").arg(d),
            QStringLiteral("qcertonlybackend%1.dll").arg(d)};
#elif defined(Q_OS_DARWIN)
    return {QStringLiteral("libqopensslbackend.dylib"),
            QStringLiteral("libqsecuretransportbackend.dylib"),
            QStringLiteral("libqcertonlybackend.dylib")};
#else
    return {QStringLiteral("libqopensslbackend.so"), QStringLiteral("libqcertonlybackend.so")};
#endif
}

// The first copy of `file` in the "tls" folder of Qt's plugin paths (the folders its own
// scan reads, in the same order), or "".
QString findPlugin(const QStringList &dirs, const QString &file)
{
    for (const QString &dir : dirs) {
        const QString path = dir + QStringLiteral("/tls/") + file;
        if (QFileInfo::exists(path))
            return path;
    }
    return {};
}

} // namespace
#endif

bool MailConnection::loadPlatformTlsBackend()
{
#if QT_CONFIG(library)
    static QBasicMutex mutex;
    static bool loaded = false;
    const QMutexLocker lock(&mutex);
    if (loaded)
        return true;
    const QStringList dirs = QCoreApplication::libraryPaths();
    for (const QString &file : backendFiles()) {
        const QString path = findPlugin(dirs, file);
        if (path.isEmpty())
            continue;
        // The instance registers itself with Qt's backend collection; the library stays
        // loaded (the loader is never unloaded).
        QPluginLoader loader(path);
        QObject *const backend = loader.instance();
        if (!backend)
            continue;
        // Where Qt's own scan puts a plugin's instance (QFactoryLoader::instance): on the
        // main thread, so that its scan, should another thread start one while this call
        // runs, finds the object where it would move it (no "Cannot move" warning).
        if (QCoreApplication::instance() && !backend->parent())
            backend->moveToThread(QCoreApplication::instance()->thread());
        // A backend whose library is missing (openssl without OpenSSL's DLLs) is not
        // available; Qt would then take the next one, so do we.
        if (!QSslSocket::availableBackends().isEmpty()) {
            loaded = true;
            return true;
        }
    }
#endif
    return false;
}

} // namespace mw
