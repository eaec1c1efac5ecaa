// SPDX-License-Identifier: GPL-3.0-or-later
// Qt's library and plugin loaders, readied on the main thread when the application object
// is made, before any of this program's threads exists.
//
// Qt 6.4 creates three of its own logging categories (qt.core.library,
// qt.core.plugin.loader, qt.core.plugin.factoryloader) on their first use, and each one
// records its environment override (QT_DEBUG_PLUGINS) in a map that no lock guards. Two
// threads that load their first library at the same moment (the TLS preload's backend
// plugin and the history's SQLite driver, or the secret store's module on the main thread)
// write that map at once: an entry is lost, or the map is damaged. The clean-clone
// sanitizer run reported the lost entry as a leak (tst_alerts, tst_sasl_kerberos).
//
// Using each loader once here creates the three categories on one thread. A windowed
// program has already done so (its platform plugin) and skips this; the cost elsewhere is
// about 0.25 M instructions, most of it work the first real load would have done.
//
// Built once as an object that every program and test linking `core` contains (see
// core/CMakeLists.txt), so that no linker can drop it from a static library.
#include <QCoreApplication>
#include <QLibrary>
#include <QPluginLoader>
#include <QSqlDatabase>

namespace {

void readyQtLoaders()
{
    // A windowed program's platform plugin has used all three loaders on this thread while
    // its application object was made; the SQL driver scan would only delay its window.
    if (QCoreApplication::instance()->inherits("QGuiApplication"))
        return;
    // A path that cannot exist: nothing is loaded, no search path is walked (an absolute
    // path), and one name is tried: QLibrary adds no "lib" prefix or ".so" suffix to a name
    // that has them (without, it tried four names, 0.16 M instructions).
    const QString nowhere = QStringLiteral("/nonexistent/libmailwright-loader-prime.so");
    {
        QLibrary library(nowhere); // qt.core.library
        (void)library.load();
    }
    {
        QPluginLoader plugin(nowhere); // qt.core.plugin.loader
    }
    // qt.core.plugin.factoryloader: the SQL drivers' loader, which the history uses anyway.
    (void)QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"));
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(readyQtLoaders)
