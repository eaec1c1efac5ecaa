// SPDX-License-Identifier: GPL-3.0-or-later
// LightGroupBox (ui/LightGroupBox.h) draws Fusion's group box frame itself. Its rounded border
// is drawn as antialiased corners and filled straight edges (cheaper at the first paint than
// one antialiased path around the box): the pixels must be those of the single antialiased
// rounded rectangle it replaced, drawn here by a reference box, at every size.
#include "GuiTestSupport.h"
#include "LightGroupBox.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleOptionGroupBox>
#include <QTest>

using namespace mw;

namespace {

// LightGroupBox::paintEvent as it was, with the whole border as one antialiased path.
class ReferenceBox : public QGroupBox
{
public:
    using QGroupBox::QGroupBox;

protected:
    void paintEvent(QPaintEvent *) override
    {
        QStyleOptionGroupBox option;
        initStyleOption(&option);
        QPainter painter(this);
        QRect frame =
            style()->subControlRect(QStyle::CC_GroupBox, &option, QStyle::SC_GroupBoxFrame, this);
        const int titleHeight =
            title().isEmpty()
                ? 0
                : qMax(style()->pixelMetric(QStyle::PM_ExclusiveIndicatorHeight, &option, this),
                       option.fontMetrics.height());
        frame.adjust(1, titleHeight + 4, 0, 0);
        if (frame.width() > 4 && frame.height() > 4) {
            painter.fillRect(frame.adjusted(1, 1, -1, -1), QColor(0, 0, 0, 3));
            painter.setPen(QColor(0, 0, 0, 4));
            painter.drawRect(frame.adjusted(1, 1, -2, -2));
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(QColor(117, 117, 117, 50));
            painter.setBrush(Qt::NoBrush);
            painter.drawRoundedRect(QRectF(frame).adjusted(0.5, 0.5, -0.5, -0.5), 2, 2);
            painter.setRenderHint(QPainter::Antialiasing, false);
        }
        option.subControls &= ~QStyle::SC_GroupBoxFrame;
        style()->drawComplexControl(QStyle::CC_GroupBox, &option, &painter, this);
    }
};

QImage rendered(QWidget *box, const QSize &size)
{
    box->resize(size);
    return box->grab().toImage().convertToFormat(QImage::Format_RGB32);
}

} // namespace

class TestLightGroupBox : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QApplication::setStyle(QStyleFactory::create(QStringLiteral("fusion"))); }

    void sameFrameAsOnePath_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QSize>("size");
        for (const QString &title : {QStringLiteral("Test"), QString()}) {
            for (const QSize &size : {QSize(1040, 461), QSize(333, 100), QSize(60, 40),
                                      QSize(24, 36), QSize(14, 30), QSize(9, 9)})
                QTest::addRow("%s %dx%d", title.isEmpty() ? "untitled" : "titled", size.width(),
                              size.height())
                    << title << size;
        }
    }

    void sameFrameAsOnePath()
    {
        QFETCH(QString, title);
        QFETCH(QSize, size);
        LightGroupBox light(title);
        ReferenceBox reference(title);
        const QImage got = rendered(&light, size);
        const QImage want = rendered(&reference, size);
        QCOMPARE(got.size(), want.size());
        QCOMPARE(test::differingPixels(got, want), 0);
    }
};

QTEST_MAIN(TestLightGroupBox)
#include "tst_light_groupbox.moc"
