// SPDX-License-Identifier: GPL-3.0-or-later
// Qt's loader categories exist before any thread of the program does (core/QtLoaders.cpp):
// two threads loading their first library at once must never be the ones to create them.
#include <QLibrary>
#include <QLoggingCategory>
#include <QPluginLoader>
#include <QSet>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace Qt::StringLiterals;

namespace {
QSet<QByteArray> g_seen;
QLoggingCategory::CategoryFilter g_previous = nullptr;

void recordCategory(QLoggingCategory *category)
{
    g_seen.insert(QByteArray(category->categoryName()));
    if (g_previous)
        g_previous(category);
}
} // namespace

class TestQtLoaders : public QObject
{
    Q_OBJECT
private slots:
    void categoriesExistAtStart();
    void loadsOnTwoThreads();
};

void TestQtLoaders::categoriesExistAtStart()
{
    // Installing a filter calls it once for every category created so far.
    g_seen.clear();
    g_previous = QLoggingCategory::installFilter(recordCategory);
    QLoggingCategory::installFilter(g_previous);
    for (const char *name :
         {"qt.core.library", "qt.core.plugin.loader", "qt.core.plugin.factoryloader"})
        QVERIFY2(g_seen.contains(name), name);
}

void TestQtLoaders::loadsOnTwoThreads()
{
    // What the sanitizer run caught, done on purpose: two threads use the library and
    // plugin loaders at the same moment, many times (nothing is unloaded: QLibrary's
    // reference count is not made for unloading one library from two threads at once).
    std::atomic<int> loaded{0};
    const auto work = [&loaded](const QString &name) {
        for (int i = 0; i < 50; ++i) {
            QLibrary library(name);
            if (library.load())
                ++loaded;
            QPluginLoader plugin(u"/nonexistent/mailwright-test-plugin-%1"_s.arg(i));
            (void)plugin.load();
        }
    };
    std::unique_ptr<QThread> a(QThread::create(work, u"libz.so.1"_s));
    std::unique_ptr<QThread> b(QThread::create(work, u"libm.so.6"_s));
    a->start();
    b->start();
    QVERIFY(a->wait(30000));
    QVERIFY(b->wait(30000));
    QCOMPARE(loaded.load(), 100);
}

QTEST_GUILESS_MAIN(TestQtLoaders)
#include "tst_qt_loaders.moc"
