// SPDX-License-Identifier: GPL-3.0-or-later
// The raw-pixel icons (resources/icons/raster/NAME-SIZE.rgba, written by
// scripts/make-raster-icons.sh) against the SVGs they stand in for: an SVG changed without
// running the script again, or a size the icon engine offers without its file, fails here.
#include "Icons.h"

#include <QApplication>
#include <QDir>
#include <QIcon>
#include <QImage>
#include <QMap>
#include <QPixmap>
#include <QRegularExpression>
#include <QTest>

using namespace mw;

namespace {

QImage pixels(const QIcon &icon, const QSize &size)
{
    return icon.pixmap(size).toImage().convertToFormat(QImage::Format_RGBA8888_Premultiplied);
}

// The largest difference of one channel of one pixel; a newer Qt may antialias an edge
// differently, a changed drawing differs by far more.
int largestDifference(const QImage &a, const QImage &b)
{
    int most = 0;
    for (int y = 0; y < a.height(); ++y) {
        const uchar *pa = a.constScanLine(y);
        const uchar *pb = b.constScanLine(y);
        for (int x = 0; x < 4 * a.width(); ++x)
            most = qMax(most, qAbs(int(pa[x]) - int(pb[x])));
    }
    return most;
}

} // namespace

class TestIcons : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // The window's resources live in the ui library; SettingsWindow registers them, and
    // this test makes no window.
    void initTestCase() { Q_INIT_RESOURCE(resources); }
    void rasterMatchesItsSvg()
    {
        const QRegularExpression form(QStringLiteral("^(.+)-(\\d+)\\.rgba$"));
        QMap<QString, QList<int>> files;
        for (const QString &file : QDir(QStringLiteral(":/icons/raster")).entryList()) {
            const QRegularExpressionMatch m = form.match(file);
            QVERIFY2(m.hasMatch(), qPrintable(file));
            files[m.captured(1)] << m.captured(2).toInt();
        }
        QVERIFY(files.contains(QStringLiteral("mailwright")));
        QVERIFY(files.contains(QStringLiteral("send")));
        for (auto it = files.cbegin(); it != files.cend(); ++it) {
            const QIcon &icon = appIcon(it.key());
            const QIcon svg(QStringLiteral(":/icons/%1.svg").arg(it.key()));
            QVERIFY2(!svg.isNull(), qPrintable(it.key()));
            QList<int> offered;
            for (const QSize &size : icon.availableSizes())
                offered << size.width();
            std::sort(offered.begin(), offered.end());
            QList<int> present = it.value();
            std::sort(present.begin(), present.end());
            // Every size the engine offers has its file, and no file is left unused.
            QCOMPARE(present, offered);
            for (int side : offered) {
                const QImage raster = pixels(icon, QSize(side, side));
                const QImage drawn = pixels(svg, QSize(side, side));
                QCOMPARE(raster.size(), QSize(side, side));
                QCOMPARE(drawn.size(), QSize(side, side));
                const int diff = largestDifference(raster, drawn);
                QVERIFY2(diff <= 24, qPrintable(QStringLiteral("%1 at %2 px differs by %3")
                                                    .arg(it.key())
                                                    .arg(side)
                                                    .arg(diff)));
            }
        }
    }
};

QTEST_MAIN(TestIcons)
#include "tst_icons.moc"
