// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Helpers shared by the GUI tests (tests/ui): finding widgets by their stable objectName
// and measuring how long the event loop was blocked. Header only: tests/support itself
// does not link Qt Widgets.

#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QObject>
#include <QTest>
#include <QTimer>
#include <QWidget>

namespace mw::test {

// The files of a widget test: a configuration or policy written before the window opens,
// and what Save wrote. writeFile fails the test (QVERIFY) when the file cannot be written.
inline void writeFile(const QString &path, const QByteArray &text)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(text);
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// How many pixels of two images of one size differ (-1 when the sizes differ): the
// rendering tests compare a drawing with its reference pixel for pixel.
inline int differingPixels(const QImage &got, const QImage &want)
{
    if (got.size() != want.size())
        return -1;
    int differing = 0;
    for (int y = 0; y < got.height(); ++y) {
        for (int x = 0; x < got.width(); ++x)
            differing += got.pixel(x, y) != want.pixel(x, y);
    }
    return differing;
}

// Longest event-loop stall a GUI flow may show. Loose on purpose: CTest runs two tests at
// once on a two-core machine, so scheduling alone can cost a few hundred ms, while a real
// blocking call (a waitFor*, a synchronous lookup or a connect to a silent host) costs
// whole seconds.
constexpr qint64 kStallBoundMs = 1000;

// Longest gap between ticks of a 5 ms timer: how long the event loop was blocked.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this,
                [this] { m_max = qMax(m_max, m_clock.restart()); });
        m_clock.start();
        m_timer.start(5);
    }
    [[nodiscard]] qint64 maxGapMs() const { return m_max; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_max = 0;
};

// The child of root with that objectName, or null with a warning naming it. The settings
// window builds a tab's page when the tab is first shown: a widget not found is looked for
// again once its window has built them all (SettingsWindow::buildAllPages).
template<typename T> T *find(QWidget *root, const char *name)
{
    T *w = root->findChild<T *>(QString::fromLatin1(name));
    QWidget *window = root->window();
    if (!w && window->metaObject()->indexOfMethod("buildAllPages()") >= 0) {
        QMetaObject::invokeMethod(window, "buildAllPages");
        w = root->findChild<T *>(QString::fromLatin1(name));
    }
    if (!w)
        qWarning("no widget %s", name);
    return w;
}

} // namespace mw::test
