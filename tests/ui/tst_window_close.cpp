// SPDX-License-Identifier: GPL-3.0-or-later
// Closing the settings window with an unsaved edit: the question (objectName
// unsavedChangesBox) and each of its answers, driven with the mouse as an admin would.
//   Save    -> the edit is in the file, the window is closed
//   Discard -> the file is as it was, the window is closed
//   Cancel  -> the window stays open with the edit still in the field
// And no question when nothing changed.
#include "GuiTestSupport.h"
#include "SettingsWindow.h"
#include "diagnostics/StatusMonitor.h"

#include <QApplication>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace mw;
using mw::test::find;
using mw::test::readFile;
using mw::test::writeFile;

namespace {

// Nothing listens on port 9 of loopback: the window's first status check fails at once.
const QByteArray kConfig = "[general]\nsecret_backend=memory\n"
                           "[smtp]\nhost=127.0.0.1\nport=9\nsecurity=none\nauth=none\n"
                           "[mailboxes]\nfrom=alerts@example.test\nnotify=admin@example.test\n";

// Answers the unsaved-changes question with `answer` by clicking its button once it is on
// screen (it is modal: the click that closes the window only returns after the answer).
// `asked` counts the questions seen.
class Answerer : public QObject
{
public:
    Answerer(QMessageBox::StandardButton answer, int *asked)
        : m_answer(answer)
        , m_asked(asked)
    {
        connect(&m_timer, &QTimer::timeout, this, [this] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || !box->isVisible() || box->objectName() != u"unsavedChangesBox")
                return;
            ++*m_asked;
            m_timer.stop();
            QAbstractButton *b = box->button(m_answer);
            if (!b)
                qWarning("the question has no such button");
            else
                QTest::mouseClick(b, Qt::LeftButton);
        });
        m_timer.start(20);
    }

private:
    QTimer m_timer;
    QMessageBox::StandardButton m_answer;
    int *m_asked;
};

} // namespace

class TestWindowClose : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    [[nodiscard]] QString configPath() const
    {
        return m_dir->filePath(QStringLiteral("mailwright.ini"));
    }
    std::unique_ptr<SettingsWindow> open()
    {
        auto w = std::make_unique<SettingsWindow>(configPath());
        w->monitor()->setPeriodic(false);
        w->show();
        if (!QTest::qWaitForWindowExposed(w.get()))
            qWarning("the window was not exposed");
        return w;
    }
    // Types a new SMTP host into the field, as an admin would.
    static QLineEdit *editHost(SettingsWindow *w, const QString &host)
    {
        auto *field = find<QLineEdit>(w, "smtpHost");
        if (!field)
            return nullptr;
        field->setFocus(Qt::OtherFocusReason);
        QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(field, host);
        return field;
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
        writeFile(configPath(), kConfig);
    }
    void cleanup() { m_dir.reset(); }

    void save()
    {
        auto w = open();
        QVERIFY(editHost(w.get(), QStringLiteral("mail.example.test")));
        QVERIFY(w->hasUnsavedChanges());
        int asked = 0;
        Answerer answer(QMessageBox::Save, &asked);
        QTest::mouseClick(find<QPushButton>(w.get(), "closeButton"), Qt::LeftButton);
        QCOMPARE(asked, 1);
        // Saving may finish on the event loop (the passwords); the window closes then.
        QTRY_VERIFY_WITH_TIMEOUT(!w->isVisible(), 10000);
        const QByteArray ini = readFile(configPath());
        QVERIFY2(ini.contains("host=mail.example.test"), ini.constData());
        QVERIFY(!ini.contains("host=127.0.0.1"));
        QVERIFY(!w->hasUnsavedChanges());
    }

    void discard()
    {
        auto w = open();
        QVERIFY(editHost(w.get(), QStringLiteral("mail.example.test")));
        int asked = 0;
        Answerer answer(QMessageBox::Discard, &asked);
        QTest::mouseClick(find<QPushButton>(w.get(), "closeButton"), Qt::LeftButton);
        QCOMPARE(asked, 1);
        QVERIFY(!w->isVisible());
        QCOMPARE(readFile(configPath()), kConfig); // not a byte changed
        QVERIFY(!w->hasUnsavedChanges());
    }

    void cancel()
    {
        auto w = open();
        QLineEdit *host = editHost(w.get(), QStringLiteral("mail.example.test"));
        QVERIFY(host);
        int asked = 0;
        Answerer answer(QMessageBox::Cancel, &asked);
        QTest::mouseClick(find<QPushButton>(w.get(), "closeButton"), Qt::LeftButton);
        QCOMPARE(asked, 1);
        QTest::qWait(100);
        QVERIFY(w->isVisible());
        QCOMPARE(host->text(), QStringLiteral("mail.example.test"));
        QVERIFY(w->hasUnsavedChanges());
        QCOMPARE(readFile(configPath()), kConfig);
        // Escape asks the same question (reject() goes through close()).
        Answerer again(QMessageBox::Cancel, &asked);
        QTest::keyClick(w.get(), Qt::Key_Escape);
        QCOMPARE(asked, 2);
        QVERIFY(w->isVisible());
        QCOMPARE(host->text(), QStringLiteral("mail.example.test"));
        w->discard();
    }

    void noQuestionWithoutChanges()
    {
        auto w = open();
        QVERIFY(!w->hasUnsavedChanges());
        int asked = 0;
        Answerer answer(QMessageBox::Cancel, &asked);
        QTest::mouseClick(find<QPushButton>(w.get(), "closeButton"), Qt::LeftButton);
        QVERIFY(!w->isVisible());
        QCOMPARE(asked, 0);
        QCOMPARE(readFile(configPath()), kConfig);
    }
};

QTEST_MAIN(TestWindowClose)
#include "tst_window_close.moc"
