// SPDX-License-Identifier: GPL-3.0-or-later
// ui/RasterBands.h: Fusion's frames painted once per visible rectangle, in bands of rows, so
// that Qt's raster engine does not hand their fills to the global thread pool and block the
// painting thread. The pixels must be those of Fusion's own single call, under every kind of
// clip; and a window of such frames must paint while the pool cannot run a task.
#include "GuiTestSupport.h"
#include "LightGroupBox.h"
#include "RasterBands.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFrame>
#include <QImage>
#include <QPaintEngine>
#include <QPainter>
#include <QSemaphore>
#include <QStyleFactory>
#include <QStyleOption>
#include <QTabWidget>
#include <QTest>
#include <QThreadPool>
#include <QVBoxLayout>

using namespace mw;

namespace {

enum class Element { TabPane, Frame, StyledPanel, Box, HLine, VLine };

// Draws the element with the given style into an image filled with a mid grey, under the
// given clip (device coordinates) and translation.
QImage draw(QStyle *style, Element element, const QSize &size, const QRegion &clip,
            bool painterClip, const QPoint &offset)
{
    QImage image(size + QSize(offset.x() + 20, offset.y() + 20),
                 QImage::Format_ARGB32_Premultiplied);
    image.fill(QColor(128, 140, 150));
    // The region a widget's paint is confined to, as the backing store sets it; or, for
    // "painter", the same ring as a clip of the painter's own.
    if (!clip.isEmpty() && !painterClip)
        image.paintEngine()->setSystemClip(clip);
    QPainter painter(&image);
    if (painterClip)
        painter.setClipRegion(clip);
    painter.translate(offset);
    const QRect rect(QPoint(0, 0), size);
    if (element == Element::TabPane) {
        QStyleOptionTabWidgetFrame option;
        option.state = QStyle::State_Enabled;
        option.palette = style->standardPalette();
        option.rect = rect;
        option.shape = QTabBar::RoundedNorth;
        style->drawPrimitive(QStyle::PE_FrameTabWidget, &option, &painter);
    } else {
        QStyleOptionFrame option;
        option.palette = style->standardPalette();
        option.rect = rect;
        option.lineWidth = 1;
        option.state = QStyle::State_Enabled | QStyle::State_Sunken;
        if (element == Element::Frame) {
            style->drawPrimitive(QStyle::PE_Frame, &option, &painter);
        } else {
            option.frameShape = element == Element::StyledPanel ? QFrame::StyledPanel
                                : element == Element::Box       ? QFrame::Box
                                : element == Element::HLine     ? QFrame::HLine
                                                                : QFrame::VLine;
            style->drawControl(QStyle::CE_ShapedFrame, &option, &painter);
        }
    }
    return image;
}

// A clip like a widget's visible region with an opaque child over its middle.
QRegion ring(const QRect &outer, int border)
{
    return QRegion(outer) - QRegion(outer.adjusted(border, border + 24, -border, -border));
}

} // namespace

class TestRasterBands : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { useBandedStyle(QStyleFactory::create(QStringLiteral("fusion"))); }

    void usedForFusionOnly()
    {
        QVERIFY(qobject_cast<BandedStyle *>(QApplication::style()));
        QVERIFY(isFusion(QApplication::style()));
        QStyle *windows = QStyleFactory::create(QStringLiteral("windows"));
        QVERIFY(windows);
        QCOMPARE(useBandedStyle(windows), windows); // not Fusion: used as it is
        QVERIFY(!qobject_cast<BandedStyle *>(QApplication::style()));
        useBandedStyle(QStyleFactory::create(QStringLiteral("fusion")));
        QVERIFY(qobject_cast<BandedStyle *>(QApplication::style()));
    }

    void samePixels_data()
    {
        QTest::addColumn<int>("element");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QString>("clip");
        const QList<QPair<const char *, Element>> elements = {
            {"tab pane", Element::TabPane},
            {"frame", Element::Frame},
            {"styled panel", Element::StyledPanel},
            {"box", Element::Box},
            {"hline", Element::HLine},
            {"vline", Element::VLine}};
        for (const auto &[name, element] : elements) {
            for (const QSize &size :
                 {QSize(1058, 308), QSize(300, 47), QSize(300, 48), QSize(20, 401), QSize(3, 3)}) {
                for (const char *clip : {"none", "ring", "holes", "outside", "painter"})
                    QTest::addRow("%s %dx%d %s", name, size.width(), size.height(), clip)
                        << int(element) << size << QString::fromLatin1(clip);
            }
        }
    }

    // The banded style's pixels are Fusion's, clipped or not, translated or not.
    void samePixels()
    {
        QFETCH(int, element);
        QFETCH(QSize, size);
        QFETCH(QString, clip);
        std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("fusion")));
        BandedStyle banded(QStyleFactory::create(QStringLiteral("fusion")));
        for (const QPoint &offset : {QPoint(0, 0), QPoint(11, 41)}) {
            const QRect outer(offset, size);
            QRegion region;
            if (clip == QLatin1String("ring") || clip == QLatin1String("painter"))
                region = ring(outer, 2);
            else if (clip == QLatin1String("holes"))
                region = QRegion(outer.adjusted(-5, -5, 5, 5)) -
                         QRegion(outer.x() + 1, outer.y() + 1, 1, size.height() / 2) -
                         QRegion(outer.x() + size.width() / 2, outer.y(), 5, 5);
            else if (clip == QLatin1String("outside"))
                region = QRegion(outer.right() + 3, outer.bottom() + 3, 10, 10);
            const bool painterClip = clip == QLatin1String("painter");
            const QImage want =
                draw(fusion.get(), Element(element), size, region, painterClip, offset);
            const QImage got = draw(&banded, Element(element), size, region, painterClip, offset);
            QCOMPARE(got.size(), want.size());
            const int differing = test::differingPixels(got, want);
            QVERIFY2(differing == 0, qPrintable(QStringLiteral("%1 pixels differ at offset %2,%3")
                                                    .arg(differing)
                                                    .arg(offset.x())
                                                    .arg(offset.y())));
        }
    }

    // The pool's only thread is held: a fill handed to it would wait until the hold ends
    // (3 s). Fusion's own frames under such clips do (Qt 6.4 hands their fills to the global
    // pool); the banded ones must paint at once.
    void paintsWithoutThePool()
    {
        QWidget window;
        window.resize(1080, 640);
        auto *layout = new QVBoxLayout(&window);
        auto *tabs = new QTabWidget;
        auto *page = new QWidget;
        page->setAutoFillBackground(true); // opaque: the pane's visible part is a ring
        tabs->addTab(page, QStringLiteral("Server"));
        layout->addWidget(tabs, 2);
        auto *frame = new QFrame;
        frame->setFrameShape(QFrame::StyledPanel);
        auto *inside = new QWidget;
        inside->setAutoFillBackground(true);
        (new QVBoxLayout(frame))->addWidget(inside);
        layout->addWidget(frame, 1);
        auto *box = new LightGroupBox(QStringLiteral("Test"));
        auto *boxInside = new QWidget;
        boxInside->setAutoFillBackground(true);
        (new QVBoxLayout(box))->addWidget(boxInside);
        layout->addWidget(box, 1);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QThreadPool *pool = QThreadPool::globalInstance();
        const int threads = pool->maxThreadCount();
        pool->setMaxThreadCount(1);
        QSemaphore started;
        QSemaphore release;
        pool->start([&started, &release] {
            started.release();
            release.tryAcquire(1, 3000);
        });
        started.acquire();
        QElapsedTimer timer;
        timer.start();
        window.repaint();
        const qint64 ms = timer.elapsed();
        release.release();
        pool->waitForDone();
        pool->setMaxThreadCount(threads);
        QVERIFY2(ms < 1000, qPrintable(QStringLiteral("the paint waited %1 ms").arg(ms)));
    }
};

QTEST_MAIN(TestRasterBands)
#include "tst_raster_bands.moc"
