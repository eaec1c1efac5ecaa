// SPDX-License-Identifier: GPL-3.0-or-later
// The Send Test's step list (ui/StepList.h): its Result and Time columns are as wide as their
// widest text, and are measured when a text changes, not on every layout pass (which cost the
// window's first paint 1.5 M instructions with QHeaderView::ResizeToContents).
#include "GuiTestSupport.h"
#include "TestPanel.h"

#include <QApplication>
#include <QHeaderView>
#include <QStyledItemDelegate>
#include <QTest>
#include <QTreeWidget>

using namespace mw;
using mw::test::find;

namespace {

// Counts the size hints asked of the Result and Time cells.
class CountingDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        if (index.column() > 0)
            ++asked;
        return QStyledItemDelegate::sizeHint(option, index);
    }
    mutable int asked = 0;
};

// The width the delegate asks for the cell (row, column).
int wanted(QTreeWidget *steps, int row, int column)
{
    QStyleOptionViewItem option;
    option.initFrom(steps);
    option.font = steps->font();
    option.fontMetrics = steps->fontMetrics();
    const QModelIndex index = steps->model()->index(row, column);
    return steps->itemDelegateForIndex(index)->sizeHint(option, index).width();
}

} // namespace

class TestStepList : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Resizing the panel lays it out again and again; nothing in the step list changed, so
    // no cell is measured.
    void layoutPassesMeasureNothing()
    {
        TestPanel panel;
        auto *steps = find<QTreeWidget>(&panel, "testSteps");
        auto *counting = new CountingDelegate(steps);
        steps->setItemDelegate(counting);
        steps->topLevelItem(0)->setText(2, QStringLiteral("12 ms"));
        panel.resize(640, 480);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QCoreApplication::processEvents();
        const int afterShow = counting->asked;
        for (int width : {700, 520, 800, 610, 900}) {
            panel.resize(width, 480 + width / 10);
            QCoreApplication::processEvents();
            QCoreApplication::processEvents();
        }
        QCOMPARE(counting->asked, afterShow);
    }

    // A long time widens the Time column to show it whole; cleared, the column is as wide as
    // its title again; the title itself always fits.
    void columnsFitTheirWidestText()
    {
        TestPanel panel;
        panel.resize(640, 480);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto *steps = find<QTreeWidget>(&panel, "testSteps");
        QHeaderView *header = steps->header();
        QCoreApplication::processEvents();
        const int titleOnly = header->sectionSize(2);
        QVERIFY(titleOnly >= header->sectionSizeHint(2));
        QVERIFY(header->sectionSize(1) >= header->sectionSizeHint(1));

        steps->topLevelItem(3)->setText(2, QStringLiteral("1234567 ms"));
        QTRY_VERIFY(header->sectionSize(2) >= wanted(steps, 3, 2));
        QVERIFY(header->sectionSize(2) > titleOnly);
        const QRect cell = steps->visualRect(steps->model()->index(3, 2));
        QVERIFY(cell.width() >=
                steps->fontMetrics().horizontalAdvance(QStringLiteral("1234567 ms")));

        steps->topLevelItem(3)->setText(2, QString());
        QTRY_COMPARE(header->sectionSize(2), titleOnly);
    }

    // A larger font: the columns are measured again.
    void aNewFontIsMeasured()
    {
        TestPanel panel;
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto *steps = find<QTreeWidget>(&panel, "testSteps");
        steps->topLevelItem(0)->setText(2, QStringLiteral("123456 ms"));
        QTRY_VERIFY(steps->header()->sectionSize(2) >= wanted(steps, 0, 2));
        const int before = steps->header()->sectionSize(2);
        QFont bigger = steps->font();
        bigger.setPointSizeF(bigger.pointSizeF() * 2);
        steps->setFont(bigger);
        QTRY_VERIFY(steps->header()->sectionSize(2) > before);
        QTRY_VERIFY(steps->header()->sectionSize(2) >= wanted(steps, 0, 2));
    }
};

QTEST_MAIN(TestStepList)
#include "tst_step_list.moc"
