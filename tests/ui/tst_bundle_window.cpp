// SPDX-License-Identifier: GPL-3.0-or-later
// The window's "Save support bundle…": the button opens a save dialog, the chosen file is
// written off the GUI thread (the window is answering while it happens) and the message
// bar says where it went; a file that cannot be written is reported there and left absent.
// The archive is the one `mailwright-cli bundle` writes (SupportBundle::save), read back
// with Python's zipfile.
#include "GuiTestSupport.h"
#include "SettingsWindow.h"
#include "ZipMembers.h"
#include "diagnostics/StatusMonitor.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFrame>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace mw;
using mw::test::find;

class TestBundleWindow : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    QString configPath() const { return m_dir->filePath(QStringLiteral("mailwright.ini")); }

    std::unique_ptr<SettingsWindow> openWindow()
    {
        auto w = std::make_unique<SettingsWindow>(configPath());
        w->monitor()->setPeriodic(false);
        w->show();
        QApplication::setActiveWindow(w.get());
        return w;
    }
    static QString messageOf(SettingsWindow *w)
    {
        auto *label = find<QLabel>(w, "messageText");
        return label ? label->text() : QString();
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
        qputenv("XDG_DATA_HOME", m_dir->filePath(QStringLiteral("data")).toUtf8());
        QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("no-policy"))));
        qputenv("MAILWRIGHT_POLICY_DIR", m_dir->filePath(QStringLiteral("no-policy")).toUtf8());
        QFile f(configPath());
        QVERIFY(f.open(QIODevice::WriteOnly));
        // A server on a loopback port where nothing listens: nothing leaves the machine.
        f.write("[general]\nsecret_backend=memory\n"
                "[smtp]\nhost=127.0.0.1\nport=9\nsecurity=none\nauth=none\n"
                "[mailboxes]\nfrom=alerts@example.test\nnotify=admin@example.test\n"
                "[delivery]\nqueue_dir=" +
                m_dir->filePath(QStringLiteral("queue")).toUtf8() + "\n");
    }
    void cleanup() { m_dir.reset(); }

    void buttonDialogAndMessage()
    {
        auto w = openWindow();
        auto *button = find<QPushButton>(w.get(), "supportBundleButton");
        QVERIFY(button);
        QVERIFY(button->isVisible());
        QTest::mouseClick(button, Qt::LeftButton);
        QFileDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = w->findChild<QFileDialog *>(QStringLiteral("supportBundleDialog"))));
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->acceptMode(), QFileDialog::AcceptSave);
        const QString path = m_dir->filePath(QStringLiteral("chosen.zip"));
        dialog->selectFile(path);
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept() is protected
        // Asynchronous: the window says it is writing, the button waits for the job.
        QVERIFY(messageOf(w.get()).startsWith(QStringLiteral("Writing the support bundle")));
        QVERIFY(!button->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(
            messageOf(w.get()).startsWith(QStringLiteral("Support bundle saved")), 20000);
        QVERIFY(messageOf(w.get()).contains(QDir::toNativeSeparators(path)));
        QVERIFY(find<QFrame>(w.get(), "messageBar")->isVisible());
        QVERIFY(button->isEnabled());
        const mw::test::ZipMembers z = mw::test::ZipMembers::read(path);
        QVERIFY2(z.error.isEmpty(), qPrintable(z.error));
        QVERIFY(z.members.contains(QStringLiteral("README.txt")));
        QVERIFY(z.members.contains(QStringLiteral("queue.txt")));
        // No Send Test ran in this window: the report says so instead of an empty result.
        QVERIFY(
            z.members.value(QStringLiteral("diagnostics.txt")).contains("(no test in this run)"));
        QVERIFY(z.members.value(QStringLiteral("settings.ini")).contains("127.0.0.1"));
    }

    void unwritablePathIsReported()
    {
        auto w = openWindow();
        const QString path = m_dir->filePath(QStringLiteral("missing/b.zip"));
        w->saveSupportBundleTo(path);
        QTRY_VERIFY_WITH_TIMEOUT(
            messageOf(w.get()).startsWith(QStringLiteral("The support bundle was not saved")),
            20000);
        QVERIFY(messageOf(w.get()).contains(QStringLiteral("does not exist")));
        QVERIFY(!QFile::exists(path));
        QVERIFY(find<QPushButton>(w.get(), "supportBundleButton")->isEnabled());
        // The next attempt works: nothing was left running or locked.
        const QString good = m_dir->filePath(QStringLiteral("good.zip"));
        w->saveSupportBundleTo(good);
        QTRY_VERIFY_WITH_TIMEOUT(
            messageOf(w.get()).startsWith(QStringLiteral("Support bundle saved")), 20000);
        QVERIFY(QFile::exists(good));
    }
};

QTEST_MAIN(TestBundleWindow)
#include "tst_bundle_window.moc"
