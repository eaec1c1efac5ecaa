// SPDX-License-Identifier: GPL-3.0-or-later
// SettingsWindow on a small screen (issue 21): a 1366×768 laptop at 125 % or a small remote
// desktop leaves about 1024×600 logical pixels, and German, French or Spanish labels are
// a third longer than English. The tabs and the test pane share a splitter: side by side
// while the window is wide enough for both forms, else the test pane goes below the tabs.
// Every tab and the test pane scroll on their own, so the window's minimum size is the
// header, the bottom row and two small panes (the header and the bottom row wrap: see
// WrapRowLayout).
#include "SettingsPage.h"
#include "SettingsWindow.h"
#include "TestPanel.h"

#include <QFrame>
#include <QResizeEvent>
#include <QScrollArea>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace mw {

namespace {

// What a scroll area adds around its contents when it shows a vertical scroll bar.
int scrollChrome(const QScrollArea *area)
{
    return 2 * area->frameWidth() + area->style()->pixelMetric(QStyle::PM_ScrollBarExtent);
}

} // namespace

void SettingsWindow::buildBody(QVBoxLayout *layout, QWidget *testBox)
{
    m_body = new QSplitter(Qt::Horizontal, this);
    m_body->setObjectName(QStringLiteral("bodySplitter"));
    m_body->setChildrenCollapsible(false);
    m_testScroll = new QScrollArea(m_body);
    m_testScroll->setObjectName(QStringLiteral("testScroll"));
    m_testScroll->setFrameShape(QFrame::NoFrame);
    m_testScroll->setWidgetResizable(true);
    m_testScroll->setFocusPolicy(Qt::NoFocus); // Tab goes to the pane's buttons
    m_testScroll->setWidget(testBox);
    // The pane grows at once when a result appears (see SettingsPage::makeScrollable()).
    if (testBox->layout())
        testBox->layout()->setSizeConstraint(QLayout::SetMinimumSize);
    m_body->addWidget(m_tabs);
    m_body->addWidget(m_testScroll);
    // The tabs take three fifths of what the window gains, the test pane two (as before).
    m_body->setStretchFactor(0, 3);
    m_body->setStretchFactor(1, 2);
    layout->addWidget(m_body, 1);
    // When the pane scrolls, the outcome of a test (the banner with its buttons, the
    // verified addresses) is brought into view, where the pane's height may have hidden it.
    const auto showOutcome = [this] {
        for (const char *name : {"verifyResults", "testBanner"}) {
            auto *part = m_testScroll->widget()->findChild<QWidget *>(QString::fromLatin1(name));
            if (part && part->isVisible())
                m_testScroll->ensureWidgetVisible(part, 0, 0);
        }
    };
    connect(m_testPanel, &TestPanel::finished, this, showOutcome);
    connect(m_testPanel, &TestPanel::verifyFinished, this, showOutcome);
}

void SettingsWindow::adaptToWidth()
{
    if (!m_body)
        return;
    // The widest form of the tabs and the test pane's own minimum, each with its frame and
    // a vertical scroll bar: side by side only when both fit without a horizontal one.
    int tabs = 0;
    int chrome = 0;
    for (SettingsPage *page : std::as_const(m_pages)) {
        if (auto *area = page->findChild<QScrollArea *>(QString(), Qt::FindDirectChildrenOnly)) {
            tabs = qMax(tabs, area->widget()->minimumSizeHint().width());
            chrome = qMax(chrome, scrollChrome(area));
        }
    }
    // The tab widget's frame around the page.
    tabs += chrome +
            2 * m_tabs->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, m_tabs) + 4;
    const int test = m_testScroll->widget()->minimumSizeHint().width() + scrollChrome(m_testScroll);
    const QMargins m = layout() ? layout()->contentsMargins() : QMargins();
    const int available = width() - m.left() - m.right();
    const Qt::Orientation wanted =
        available >= tabs + m_body->handleWidth() + test ? Qt::Horizontal : Qt::Vertical;
    if (m_body->orientation() != wanted) {
        m_body->setOrientation(wanted);
        // Three fifths for the tabs, two for the test pane, in the new direction.
        const int length = wanted == Qt::Horizontal ? available : m_body->height();
        m_body->setSizes({length * 3 / 5, length - length * 3 / 5});
    }
    // Side by side, the test pane keeps the width its buttons need (the tabs have the rest).
    const QList<int> sizes = m_body->sizes();
    if (wanted == Qt::Horizontal && sizes.size() == 2 && sizes.at(1) < test &&
        sizes.at(0) + sizes.at(1) > test)
        m_body->setSizes({sizes.at(0) + sizes.at(1) - test, test});
}

void SettingsWindow::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    adaptToWidth();
    // The first resize can come before the splitter has sizes: once more when it has.
    QTimer::singleShot(0, this, [this] { adaptToWidth(); });
}

} // namespace mw
