// SPDX-License-Identifier: GPL-3.0-or-later
// What the window measures once and keeps, instead of measuring it again whenever a layout
// or a view asks (docs/PERFORMANCE-WINDOW.md, twenty-second round):
//   - a word-wrapped label made by wrapLabel() (a WrapLabel) lays its text out once for a
//     width, however often its layouts ask, and its answer is QLabel's own, also after its
//     text, font or margins change;
//   - the server check's mode list measures its Rank to Result columns when their rows or
//     titles change, not when the view is laid out or asks where a column is;
//   - setProgressValue() leaves the bar's paint to the window's next repaint, where
//     QProgressBar::setValue paints it inside the call.
#include "GuiTestSupport.h"
#include "ServerCheckDialog.h"
#include "Tint.h"
#include "WrapLabel.h"

#include <QAbstractTextDocumentLayout>
#include <QHeaderView>
#include <QProgressBar>
#include <QStyledItemDelegate>
#include <QTest>
#include <QTextDocument>
#include <QTreeWidget>

#include <memory>

using namespace mw;
using mw::test::find;

namespace {

const QString kParagraph = QStringLiteral(
    "Sent to admin@example.test through mail.example.test:587. Check that it arrived in the "
    "mailbox, and not among the junk: a filter that drops notifications is found only there.");

// Counts the size hints asked of the cells of the columns before `stretch`.
class CountingDelegate : public QStyledItemDelegate
{
public:
    CountingDelegate(int stretch, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_stretch(stretch)
    {}
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        if (index.column() < m_stretch)
            ++asked;
        return QStyledItemDelegate::sizeHint(option, index);
    }
    mutable int asked = 0;

private:
    int m_stretch;
};

// Counts Paint events.
class PaintCounter : public QObject
{
public:
    explicit PaintCounter(QWidget *w) { w->installEventFilter(this); }
    int paints = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return false;
    }
};

} // namespace

class TestMeasureOnce : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void labelLaysOutOncePerWidth();
    void labelAnswersAsQLabelDoes();
    void modeListMeasuredWhenRowsChange();
    void progressPaintedWithTheNextRepaint();
};

void TestMeasureOnce::labelLaysOutOncePerWidth()
{
    std::unique_ptr<QLabel> label(wrapLabel(QStringLiteral("paragraph"), nullptr));
    label->setText(kParagraph);
    const int at300 = label->heightForWidth(300);
    // A selectable label lays its text out in a document: each layout is seen on it.
    auto *document = label->findChild<QTextDocument *>();
    QVERIFY(document);
    int layouts = 0;
    connect(document->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this,
            [&layouts] { ++layouts; });
    for (int i = 0; i < 5; ++i)
        QCOMPARE(label->heightForWidth(300), at300);
    QCOMPARE(layouts, 0);
    const int at500 = label->heightForWidth(500);
    QVERIFY(layouts > 0); // a width not asked before is measured
    QVERIFY(at500 < at300);
    layouts = 0;
    QCOMPARE(label->heightForWidth(300), at300);
    QCOMPARE(label->heightForWidth(500), at500);
    QCOMPARE(layouts, 0);
    // A new text is measured again.
    label->setText(kParagraph + QLatin1Char(' ') + kParagraph);
    QVERIFY(label->heightForWidth(300) > at300);
    QVERIFY(layouts > 0);
}

void TestMeasureOnce::labelAnswersAsQLabelDoes()
{
    for (Qt::TextFormat format : {Qt::PlainText, Qt::RichText}) {
        WrapLabel label;
        QLabel reference;
        for (QLabel *l : {static_cast<QLabel *>(&label), &reference}) {
            l->setWordWrap(true);
            l->setTextFormat(format);
            l->setTextInteractionFlags(Qt::TextSelectableByMouse);
            l->setText(kParagraph);
        }
        const auto same = [&](const char *after) {
            for (int width : {90, 300, 641, 300}) {
                if (label.heightForWidth(width) != reference.heightForWidth(width))
                    return QString::fromLatin1("%1, format %2, width %3: %4 against QLabel's %5")
                        .arg(QLatin1String(after))
                        .arg(int(format))
                        .arg(width)
                        .arg(label.heightForWidth(width))
                        .arg(reference.heightForWidth(width));
            }
            return QString();
        };
        QString diff = same("the text");
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        const auto both = [&](const auto &change) {
            change(static_cast<QLabel *>(&label));
            change(&reference);
        };
        both([](QLabel *l) { l->setText(kParagraph.left(40)); });
        diff = same("a shorter text");
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        both([](QLabel *l) {
            QFont f = l->font();
            f.setPointSizeF(f.pointSizeF() * 1.7);
            l->setFont(f);
        });
        diff = same("a larger font");
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        both([](QLabel *l) { l->setText(kParagraph); });
        both([](QLabel *l) { l->setContentsMargins(12, 7, 30, 9); });
        diff = same("contents margins");
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        both([](QLabel *l) { l->setIndent(25); });
        diff = same("an indent");
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        both([](QLabel *l) { l->setMargin(6); });
        diff = same("a margin");
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        both([](QLabel *l) { l->setFrameStyle(QFrame::Box | QFrame::Plain); });
        both([](QLabel *l) { l->setLineWidth(4); });
        diff = same("a frame");
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }
}

void TestMeasureOnce::modeListMeasuredWhenRowsChange()
{
    ServerCheckDialog dialog(ProbeService::Smtp);
    auto *modes = find<QTreeWidget>(&dialog, "serverCheckModes");
    QHeaderView *header = modes->header();
    auto *counting = new CountingDelegate(4, modes);
    modes->setItemDelegate(counting);
    // Rows as a finished check fills them in (the dialog's own rows come from a probe).
    for (int i = 0; i < 6; ++i)
        new QTreeWidgetItem(modes, {QString::number(i + 1), QStringLiteral("STARTTLS"),
                                    QStringLiteral("587"), QStringLiteral("✓"),
                                    QStringLiteral("Works: a verdict long enough to wrap %1 "
                                                   "times in a narrow window")
                                        .arg(i)});
    dialog.resize(700, 500);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    const int afterShow = counting->asked;
    QVERIFY(afterShow > 0); // the rows were measured once
    // The current row moves, the dialog is resized: the columns' texts did not change.
    for (int i = 0; i < 6; ++i) {
        modes->setCurrentItem(modes->topLevelItem(i));
        dialog.resize(700 + 37 * i, 500 + 11 * i);
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
    }
    QCOMPARE(counting->asked, afterShow);
    // A longer text widens its column, to the width its cell asks for.
    modes->topLevelItem(2)->setText(1, QStringLiteral("Implicit TLS, then STARTTLS again"));
    QTRY_VERIFY(counting->asked > afterShow);
    QStyleOptionViewItem option;
    option.initFrom(modes);
    const QModelIndex index = modes->model()->index(2, 1);
    QTRY_VERIFY(header->sectionSize(1) >= counting->sizeHint(option, index).width());
    // A longer title too.
    modes->headerItem()->setText(2, QStringLiteral("Port on the server, as tried"));
    QTRY_VERIFY(header->sectionSize(2) >= header->sectionSizeHint(2));
    QVERIFY(header->sectionSize(2) >
            modes->fontMetrics().horizontalAdvance(QStringLiteral("Port on the server")));
}

void TestMeasureOnce::progressPaintedWithTheNextRepaint()
{
    QProgressBar bar;
    bar.setRange(0, 5);
    bar.setFormat(QStringLiteral("%v of %m checked"));
    bar.resize(300, 30);
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));
    QCoreApplication::processEvents();
    PaintCounter counter(&bar);
    setProgressValue(&bar, 1);
    QCOMPARE(counter.paints, 0); // QProgressBar::setValue alone: 1, here
    QCOMPARE(bar.value(), 1);
    QCOMPARE(bar.text(), QStringLiteral("1 of 5 checked"));
    QTRY_VERIFY(counter.paints > 0);
    const int painted = counter.paints;
    setProgressValue(&bar, 2);
    setProgressValue(&bar, 3);
    QCOMPARE(counter.paints, painted);
    QTRY_VERIFY(counter.paints > painted);
    QCOMPARE(bar.text(), QStringLiteral("3 of 5 checked"));
}

QTEST_MAIN(TestMeasureOnce)
#include "tst_measure_once.moc"
