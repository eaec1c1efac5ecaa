// SPDX-License-Identifier: GPL-3.0-or-later
// The settings window fits a small screen in every language (issue 21): 1024×600 logical
// pixels is a 1366×768 laptop at 125 % with a panel, or a small remote-desktop window.
// For English and each catalogue (de, fr, es) the window's minimum size fits, and at
// exactly 1024×600 Save, Close, Send Test, Check login and Verify addresses can be
// reached (on screen, or by scrolling the pane that holds them), every tab's form fits the
// width (it scrolls vertically only), and every tab can be opened.
#include "AuthPage.h"
#include "GuiTestSupport.h"
#include "SettingsWindow.h"
#include "diagnostics/StatusMonitor.h"

#include <QAbstractButton>
#include <QApplication>
#include <QBoxLayout>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace mw;
using mw::test::find;
using mw::test::writeFile;

namespace {

constexpr int kWidth = 1024;
constexpr int kHeight = 600;

// The scroll area that w lies in (inside root), or null.
QScrollArea *scrollAreaOf(QWidget *w, QWidget *root)
{
    for (QWidget *p = w->parentWidget(); p && p != root; p = p->parentWidget()) {
        if (auto *area = qobject_cast<QScrollArea *>(p))
            return area;
    }
    return nullptr;
}

// w's rectangle in root's coordinates, cut to what every ancestor up to root shows.
QRect visibleRect(QWidget *w, QWidget *root)
{
    QRect r(w->mapTo(root, QPoint(0, 0)), w->size());
    for (QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
        r &= QRect(p->mapTo(root, QPoint(0, 0)), p->size());
        if (p == root)
            break;
    }
    return r;
}

// The row layout (inside root) that holds w directly.
QBoxLayout *rowOf(QLayout *root, QWidget *w)
{
    for (int i = 0; i < root->count(); ++i) {
        QLayoutItem *item = root->itemAt(i);
        if (item->widget() == w)
            return qobject_cast<QBoxLayout *>(root);
        if (item->layout()) {
            if (QBoxLayout *row = rowOf(item->layout(), w))
                return row;
        }
    }
    return nullptr;
}

} // namespace

class TestSmallScreen : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QTranslator> m_translator;
    QString configPath() const { return m_dir->filePath(QStringLiteral("mailwright.ini")); }
    void install(const QString &lang)
    {
        if (m_translator) {
            QCoreApplication::removeTranslator(m_translator.get());
            m_translator.reset();
        }
        if (lang == QLatin1String("en"))
            return;
        // The catalogues the build compiles into both programs (translations/CMakeLists.txt).
        m_translator = std::make_unique<QTranslator>();
        const QString qm = QStringLiteral(":/i18n/mailwright_%1.qm").arg(lang);
        QVERIFY2(m_translator->load(qm), qPrintable(qm));
        QVERIFY(QCoreApplication::installTranslator(m_translator.get()));
    }
    // Opens the window in lang at 1024×600, as a person on that screen sees it.
    std::unique_ptr<SettingsWindow> open(const QString &lang)
    {
        install(lang);
        auto w = std::make_unique<SettingsWindow>(configPath());
        w->monitor()->setPeriodic(false);
        w->resize(kWidth, kHeight);
        w->show();
        if (!QTest::qWaitForWindowExposed(w.get()))
            qWarning("window not exposed");
        QApplication::processEvents();
        return w;
    }
    // Makes button visible the way a person would (scrolling its pane) and checks it is.
    static void checkReachable(SettingsWindow *w, const char *name)
    {
        auto *b = find<QAbstractButton>(w, name);
        QVERIFY2(b, name);
        QVERIFY2(b->isVisible(), name);
        if (QScrollArea *area = scrollAreaOf(b, w)) {
            area->ensureWidgetVisible(b, 0, 0);
            QApplication::processEvents();
        }
        const QRect shown = visibleRect(b, w);
        QVERIFY2(shown == QRect(b->mapTo(w, QPoint(0, 0)), b->size()),
                 qPrintable(QStringLiteral("%1 is cut off: %2,%3 %4x%5 shows %6x%7")
                                .arg(QLatin1String(name))
                                .arg(b->mapTo(w, QPoint(0, 0)).x())
                                .arg(b->mapTo(w, QPoint(0, 0)).y())
                                .arg(b->width())
                                .arg(b->height())
                                .arg(shown.width())
                                .arg(shown.height())));
        QVERIFY2(w->rect().contains(shown), name);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale::c());
    }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        qputenv("XDG_CONFIG_HOME", m_dir->filePath(QStringLiteral("xdg")).toUtf8());
        // Everything that adds to the window: POP3 and a backup server (their indicators
        // in the header, the test target row), every role address. Port 9 of loopback
        // refuses at once, so the first status check is quick and shows the longest state.
        writeFile(configPath(), "[general]\nsecret_backend=memory\n"
                                "[smtp]\nenabled=true\nhost=127.0.0.1\nport=9\n"
                                "security=starttls\nusername=alerts\n"
                                "[backup_smtp]\nenabled=true\nhost=127.0.0.1\nport=9\n"
                                "[pop3]\nenabled=true\nhost=127.0.0.1\nport=9\n"
                                "[mailboxes]\nfrom=alerts@example.test\n"
                                "notify=admin@example.test\nbounce=bounces@example.test\n");
    }
    void cleanup()
    {
        install(QStringLiteral("en"));
        m_dir.reset();
    }

    void fits_data()
    {
        QTest::addColumn<QString>("lang");
        for (const char *lang : {"en", "de", "fr", "es"})
            QTest::newRow(lang) << QString::fromLatin1(lang);
    }
    // The window's minimum size is at most 1024×600, and at that size the buttons that
    // matter can be reached.
    void fits()
    {
        QFETCH(QString, lang);
        auto w = open(lang);
        const QSize min = w->minimumSizeHint();
        qInfo("%s: minimumSizeHint %dx%d, minimumSize %dx%d", qPrintable(lang), min.width(),
              min.height(), w->minimumWidth(), w->minimumHeight());
        QVERIFY2(min.width() <= kWidth, qPrintable(QString::number(min.width())));
        QVERIFY2(min.height() <= kHeight, qPrintable(QString::number(min.height())));
        QVERIFY(w->minimumWidth() <= kWidth && w->minimumHeight() <= kHeight);
        QCOMPARE(w->size(), QSize(kWidth, kHeight));
        for (const char *name :
             {"saveButton", "closeButton", "discardButton", "sendTestButton", "checkLoginButton",
              "verifyAddressesButton", "refreshStatusButton", "aboutButton", "historyButton"})
            checkReachable(w.get(), name);
    }

    // Wide enough for both (English on a 1366×768 laptop at 100 %): the test pane stays
    // beside the tabs, and it keeps the width its buttons need (no horizontal scroll bar).
    // (Since "Send and fetch back" joined its row, 1080 px are too narrow for both.)
    void sideBySideWhenWide()
    {
        auto w = open(QStringLiteral("en"));
        w->resize(1366, 700);
        QApplication::processEvents();
        auto *body = find<QSplitter>(w.get(), "bodySplitter");
        QVERIFY(body);
        QCOMPARE(body->orientation(), Qt::Horizontal);
        auto *pane = find<QScrollArea>(w.get(), "testScroll");
        QVERIFY(pane);
        QVERIFY(pane->widget()->minimumSizeHint().width() <= pane->viewport()->width());
        QVERIFY(!pane->horizontalScrollBar()->isVisible());
        for (const char *name : {"sendTestButton", "checkLoginButton", "verifyAddressesButton"})
            checkReachable(w.get(), name);
        // Narrower: the test pane goes below the tabs; wider again: beside them.
        w->resize(kWidth, kHeight);
        QApplication::processEvents();
        QCOMPARE(body->orientation(), Qt::Vertical);
        w->resize(1366, 700);
        QApplication::processEvents();
        QCOMPARE(body->orientation(), Qt::Horizontal);
    }

    void rowsWrap_data() { fits_data(); }
    // The other parts of the window add indicators to the header and buttons beside About
    // and History…: with five more long ones in each row the window still fits, and every
    // button is on screen (the rows continue on a second line).
    void rowsWrap()
    {
        QFETCH(QString, lang);
        auto w = open(lang);
        QBoxLayout *header = rowOf(w->layout(), find<QWidget>(w.get(), "refreshStatusButton"));
        QBoxLayout *tools = rowOf(w->layout(), find<QWidget>(w.get(), "historyButton"));
        QVERIFY(header && tools && header != tools);
        QList<QPushButton *> added;
        for (int i = 0; i < 5; ++i) {
            auto *h = new QPushButton(
                QStringLiteral("Warteschlange: %1 Nachrichten (älteste").arg(i + 10) +
                    QStringLiteral(" vor 3 Stunden)"),
                w.get());
            header->insertWidget(header->count() - 2, h); // before the stretch and Refresh
            auto *t = new QPushButton(QStringLiteral("Unterstützungspaket speichern %1…").arg(i),
                                      w.get());
            tools->addWidget(t);
            added << h << t;
        }
        QApplication::processEvents();
        const QSize min = w->minimumSizeHint();
        QVERIFY2(min.width() <= kWidth && min.height() <= kHeight,
                 qPrintable(QStringLiteral("%1x%2").arg(min.width()).arg(min.height())));
        w->resize(kWidth, kHeight);
        QApplication::processEvents();
        QCOMPARE(w->size(), QSize(kWidth, kHeight));
        for (QPushButton *b : std::as_const(added)) {
            QVERIFY(b->isVisible());
            QVERIFY2(w->rect().contains(b->geometry()), qPrintable(b->text()));
        }
        // No two buttons of a row on top of each other.
        for (QPushButton *a : std::as_const(added)) {
            for (QPushButton *b : std::as_const(added))
                QVERIFY(a == b || !a->geometry().intersects(b->geometry()));
        }
        for (const char *name : {"saveButton", "closeButton", "refreshStatusButton",
                                 "sendTestButton", "aboutButton", "historyButton"})
            checkReachable(w.get(), name);
    }

    void everyTabFits_data() { fits_data(); }
    // Every tab can be opened at 1024×600 and its form fits the width: a long form
    // scrolls vertically, and nothing needs a horizontal scroll bar.
    void everyTabFits()
    {
        QFETCH(QString, lang);
        auto w = open(lang);
        QTabWidget *tabs = w->tabs();
        QVERIFY(tabs->count() >= 8);
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QApplication::processEvents();
            QWidget *page = tabs->widget(i);
            QVERIFY(page->isVisible());
            // The tab's own label is on screen (the tab bar scrolls rather than squeezes).
            QVERIFY(tabs->tabBar()->tabRect(i).intersects(tabs->tabBar()->rect()));
            auto *area = page->findChild<QScrollArea *>();
            if (!area) {
                // The Authentication tab does not scroll (SettingsWindow::buildUi): it must
                // fit as it is.
                QVERIFY2(qobject_cast<AuthPage *>(page), qPrintable(tabs->tabText(i)));
                QVERIFY2(page->minimumSizeHint().width() <= page->width() &&
                             page->minimumSizeHint().height() <= page->height(),
                         qPrintable(QStringLiteral("%1: %2x%3 > %4x%5")
                                        .arg(tabs->tabText(i))
                                        .arg(page->minimumSizeHint().width())
                                        .arg(page->minimumSizeHint().height())
                                        .arg(page->width())
                                        .arg(page->height())));
                continue;
            }
            QVERIFY(area->widgetResizable());
            const int need = area->widget()->minimumSizeHint().width();
            qInfo("%s tab %d %s: form needs %d, viewport %d", qPrintable(lang), i + 1,
                  qPrintable(tabs->tabText(i)), need, area->viewport()->width());
            QVERIFY2(need <= area->viewport()->width(),
                     qPrintable(QStringLiteral("%1: %2 > %3")
                                    .arg(tabs->tabText(i))
                                    .arg(need)
                                    .arg(area->viewport()->width())));
            QVERIFY(!area->horizontalScrollBar()->isVisible());
            // MW_SMALL_SCREEN_SHOTS=DIR: what a person sees, to look at (not compared).
            if (const QString dir = qEnvironmentVariable("MW_SMALL_SCREEN_SHOTS"); !dir.isEmpty())
                w->grab().save(QStringLiteral("%1/%2-%3.png").arg(dir, lang).arg(i + 1));
        }
    }
};

QTEST_MAIN(TestSmallScreen)
#include "tst_small_screen.moc"
