// SPDX-License-Identifier: GPL-3.0-or-later
// The settings window under a policy and the administrator lock, driven with real widgets:
//
//   per field         <name>Policy (row under the field, built when a policy or default
//                     first applies to it), <name>Lock (its lock icon), <name>PolicyText,
//                     <name>UseDefault ("Use organisation default")
//   window            managedBanner, managedBannerText, unlockButton, lockButton
//   Unlock dialog     unlockDialog, unlockPassword, unlockConfirmButton, unlockMessage
//
// The policies are built with Policy::forTesting (no file): what the window does with a
// policy does not depend on where the policy came from (tst_policy covers the sources).
#include "EximFixture.h"
#include "FormBinder.h"
#include "GuiTestSupport.h"
#include "PasswordField.h"
#include "ScreenshotRunner.h"
#include "SettingsWindow.h"
#include "TestPanel.h"
#include "UnlockDialog.h"
#include "diagnostics/StatusMonitor.h"
#include "settings/AdminLock.h"
#include "settings/PasswordDigest.h"
#include "settings/SettingsSchema.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFormLayout>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

#include <memory>

using namespace mw;
using mw::test::find;
using mw::test::readFile;
using mw::test::writeFile;

namespace {

// What a screen reader is told about w.
QString accessibleDescription(QWidget *w)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(QAccessible::Description) : QString();
}

Policy::Value locked(const QString &text)
{
    return {text, true, QStringLiteral("/etc/mailwright/policy.ini")};
}

Policy::Value systemDefault(const QString &text)
{
    return {text, false, QStringLiteral("/etc/mailwright/policy.ini")};
}

PasswordField *passwordFieldOf(SettingsWindow *w, const char *name)
{
    w->buildAllPages(); // a tab's page (and its password field) is built when first shown
    const QList<PasswordField *> fields = w->findChildren<PasswordField *>();
    for (PasswordField *f : fields) {
        if (f->edit()->objectName() == QLatin1String(name))
            return f;
    }
    return nullptr;
}

// docs/screenshots/{light,dark}-<name> when MW_SCREENSHOT_DIR is set (the palettes of
// ScreenshotRunner: the lock must read on both).
void grabInto(QWidget *w, const QString &name)
{
    if (!qEnvironmentVariableIsSet("MW_SCREENSHOT_DIR"))
        return;
    for (const char *paletteName : {"dark", "light"}) {
        const QString palette = QString::fromLatin1(paletteName);
        ScreenshotRunner::applyPalette(palette);
        QApplication::processEvents();
        w->grab().save(qEnvironmentVariable("MW_SCREENSHOT_DIR") + QLatin1Char('/') + palette +
                       QLatin1Char('-') + name);
    }
}

} // namespace

class TestWindowPolicy : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString configPath() const { return m_dir->filePath(QStringLiteral("mailwright.ini")); }
    std::unique_ptr<SettingsWindow> open()
    {
        auto w = std::make_unique<SettingsWindow>(configPath());
        w->monitor()->setPeriodic(false);
        w->show();
        return w;
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
        // No policy of the machine running the tests: an empty folder.
        QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("no-policy"))));
        qputenv("MAILWRIGHT_POLICY_DIR", m_dir->filePath(QStringLiteral("no-policy")).toUtf8());
        writeFile(configPath(), "[general]\nsecret_backend=memory\n"
                                "[smtp]\nhost=user.example.test\nport=587\nsecurity=starttls\n"
                                "auth=none\n[mailboxes]\nfrom=alerts@example.test\n"
                                "notify=admin@example.test\n");
    }
    void cleanup() { m_dir.reset(); }

    void lockedFieldsAreReadOnly();
    void policyRowsOnlyWhenNeeded();
    void systemDefaultOverridden();
    void consoleModeStillSendsTest();
    void administratorLock();
    void userAdministratorLock();
    void policyFileOnFirstRun();
};

// A policy locking smtp/host and smtp/security: both read-only with a lock, typing changes
// nothing, Save leaves them as the file had them; the other fields stay editable.
void TestWindowPolicy::lockedFieldsAreReadOnly()
{
    auto w = open();
    w->setPolicy(Policy::forTesting(
        {{QStringLiteral("smtp/host"), locked(QStringLiteral("policy.example.test"))},
         {QStringLiteral("smtp/security"), locked(QStringLiteral("starttls"))}}));
    auto *host = find<QLineEdit>(w.get(), "smtpHost");
    auto *security = find<QComboBox>(w.get(), "smtpSecurity");
    auto *helo = find<QLineEdit>(w.get(), "smtpHelo");
    QVERIFY(host && security && helo);

    QVERIFY(host->isReadOnly());
    QVERIFY(host->isEnabled()); // readable and copyable, not greyed out
    QVERIFY(security->isEnabled());
    QVERIFY(!helo->isReadOnly());
    for (const char *name : {"smtpHostLock", "smtpSecurityLock"})
        QVERIFY2(find<QLabel>(w.get(), name)->isVisible(), name);
    // No policy for smtp/helo: no row under it (built when a policy first applies).
    QVERIFY(!find<QWidget>(w.get(), "smtpHeloPolicy"));
    QVERIFY(!find<QPushButton>(w.get(), "smtpHostUseDefault")->isVisible());
    for (QWidget *field : {static_cast<QWidget *>(host), static_cast<QWidget *>(security)}) {
        QVERIFY2(accessibleDescription(field).contains(QLatin1String("Set by your administrator")),
                 qPrintable(accessibleDescription(field)));
        QVERIFY(field->toolTip().contains(QLatin1String("Set by your administrator")));
    }
    QVERIFY(!accessibleDescription(helo).contains(QLatin1String("administrator")));
    // Some keys locked, not all: a line in the banner, the window stays editable.
    QVERIFY(find<QFrame>(w.get(), "managedBanner")->isVisible());
    QVERIFY(!w->isConsoleMode());
    QVERIFY(find<QPushButton>(w.get(), "saveButton")->isVisible());

    // Typing, keys and the wheel change nothing.
    const QString hostShown = host->text();
    const int securityShown = security->currentIndex();
    host->setFocus();
    QTest::keyClick(host, Qt::Key_End);
    QTest::keyClicks(host, QStringLiteral("x"));
    QTest::keyClick(host, Qt::Key_Backspace);
    security->setFocus();
    QTest::keyClick(security, Qt::Key_Down);
    QTest::keyClick(security, Qt::Key_Up);
    QTest::mouseClick(security, Qt::LeftButton);
    QCOMPARE(host->text(), hostShown);
    QCOMPARE(security->currentIndex(), securityShown);
    QCOMPARE(w->model()->value(QStringLiteral("smtp/host")), hostShown);
    QVERIFY(!w->hasUnsavedChanges());
    QVERIFY(!w->isWindowModified());
    QVERIFY(!find<QPushButton>(w.get(), "saveButton")->isEnabled()); // nothing to save

    // The value can still be copied.
    host->selectAll();
    host->copy();
    QCOMPARE(QApplication::clipboard()->text(), hostShown);
    grabInto(w.get(), QStringLiteral("policy-locked-field.png"));

    // An unlocked field saves; the locked keys keep the file's values.
    helo->setFocus();
    QTest::keyClicks(helo, QStringLiteral("helo.example.test"));
    QVERIFY2(find<QPushButton>(w.get(), "saveButton")->isEnabled(),
             qPrintable(find<QLabel>(w.get(), "saveBlockedLabel")->text()));
    QSignalSpy saved(w.get(), &SettingsWindow::saveFinished);
    QTest::mouseClick(find<QPushButton>(w.get(), "saveButton"), Qt::LeftButton);
    QVERIFY(saved.wait(5000));
    const QByteArray file = readFile(configPath());
    QVERIFY2(file.contains("helo.example.test"), file.constData());
    QVERIFY2(file.contains("host=user.example.test"), file.constData());
    QVERIFY2(file.contains("security=starttls"), file.constData());
    QVERIFY2(!file.contains("policy.example.test"), file.constData());

    // The lock lifted: editable again, without reopening (lockStateChanged).
    w->setPolicy(Policy());
    QVERIFY(!host->isReadOnly());
    QVERIFY(!find<QWidget>(w.get(), "smtpHostPolicy")->isVisible());
    QVERIFY(!accessibleDescription(host).contains(QLatin1String("administrator")));
    QVERIFY(!find<QFrame>(w.get(), "managedBanner")->isVisible());
    security->setFocus();
    QTest::keyClick(security, Qt::Key_Down);
    QVERIFY(security->currentIndex() != securityShown);
}

// Without a policy the form has no policy rows at all (four widgets a field, about a tenth
// of the window's start-up when they were built for every field); the first policy builds
// the rows it needs, each where it always was: under the field, its error and the rows the
// window puts under the field (the server check's buttons), and after them in tab order.
void TestWindowPolicy::policyRowsOnlyWhenNeeded()
{
    auto w = open();
    const auto policyRows = [&w] {
        QStringList names;
        for (QWidget *c : w->findChildren<QWidget *>()) {
            if (c->objectName().endsWith(QLatin1String("Policy")))
                names << c->objectName();
        }
        return names;
    };
    QCOMPARE(policyRows(), QStringList());
    w->setPolicy(Policy::forTesting(
        {{QStringLiteral("smtp/host"), locked(QStringLiteral("policy.example.test"))}}));
    QCOMPARE(policyRows(), QStringList{QStringLiteral("smtpHostPolicy")});
    auto *host = find<QLineEdit>(w.get(), "smtpHost");
    auto *row = find<QWidget>(w.get(), "smtpHostPolicy");
    auto *check = find<QPushButton>(w.get(), "checkServerButton");
    QVERIFY(row->isVisible());
    QVERIFY(find<QLabel>(w.get(), "smtpHostLock")->isVisible());
    // Field, error, the check buttons, then the policy row.
    auto *error = find<QLabel>(w.get(), "smtpHostError");
    QFormLayout *form = nullptr;
    int errorRow = -1, checkRow = -1, policyRow = -1;
    QFormLayout::ItemRole role;
    for (QFormLayout *f : host->parentWidget()->findChildren<QFormLayout *>()) {
        f->getWidgetPosition(error, &errorRow, &role);
        if (errorRow >= 0) {
            form = f;
            break;
        }
    }
    QVERIFY(form);
    form->getWidgetPosition(row, &policyRow, &role);
    for (int r = 0; r < form->rowCount() && checkRow < 0; ++r) {
        QLayoutItem *item = form->itemAt(r, QFormLayout::FieldRole);
        if (item && item->layout() && item->layout()->indexOf(check) >= 0)
            checkRow = r;
    }
    QCOMPARE(checkRow, errorRow + 1);
    QCOMPARE(policyRow, errorRow + 2);
    // The lock lifted and applied again: the same row, hidden and shown.
    w->setPolicy(Policy());
    QVERIFY(!row->isVisible());
    w->setPolicy(Policy::forTesting(
        {{QStringLiteral("smtp/host"), systemDefault(QStringLiteral("org.example.test"))}}));
    QCOMPARE(find<QWidget>(w.get(), "smtpHostPolicy"), row);
    QVERIFY(row->isVisible());
    auto *useDefault = find<QPushButton>(w.get(), "smtpHostUseDefault");
    QVERIFY(useDefault->isVisible());
    QVERIFY(!find<QLabel>(w.get(), "smtpHostLock")->isVisible());
    // Tab order: the field, its buttons, then "Use organisation default".
    QWidget *afterButtons = find<QPushButton>(w.get(), "detectServerButton")->nextInFocusChain();
    QCOMPARE(afterButtons, static_cast<QWidget *>(useDefault));
}

// A value that replaces an organisation default says so; the button brings the default
// back.
void TestWindowPolicy::systemDefaultOverridden()
{
    writeFile(configPath(), "[general]\nsecret_backend=memory\n"
                            "[smtp]\nhost=user.example.test\nhelo=mine.example.test\n");
    auto w = open();
    w->setPolicy(Policy::forTesting(
        {{QStringLiteral("smtp/helo"), systemDefault(QStringLiteral("org.example.test"))},
         {QStringLiteral("smtp/timeout"), systemDefault(QStringLiteral("30"))}}));
    auto *helo = find<QLineEdit>(w.get(), "smtpHelo");
    QVERIFY(helo);
    QCOMPARE(helo->text(), QStringLiteral("mine.example.test"));
    QVERIFY(!helo->isReadOnly());
    QVERIFY(find<QWidget>(w.get(), "smtpHeloPolicy")->isVisible());
    QVERIFY(!find<QLabel>(w.get(), "smtpHeloLock")->isVisible()); // not locked
    QCOMPARE(find<QLabel>(w.get(), "smtpHeloPolicyText")->text(),
             QStringLiteral("Changed from your organisation's default"));
    QVERIFY2(accessibleDescription(helo).contains(
                 QLatin1String("Changed from your organisation's default")),
             qPrintable(accessibleDescription(helo)));
    QVERIFY(helo->toolTip().contains(QLatin1String("organisation's default")));
    grabInto(w.get(), QStringLiteral("policy-organisation-default.png"));

    auto *useDefault = find<QPushButton>(w.get(), "smtpHeloUseDefault");
    QVERIFY(useDefault->isVisible());
    QTest::mouseClick(useDefault, Qt::LeftButton);
    QCOMPARE(helo->text(), QStringLiteral("org.example.test"));
    QCOMPARE(w->model()->value(QStringLiteral("smtp/helo")), QStringLiteral("org.example.test"));
    QVERIFY(!find<QWidget>(w.get(), "smtpHeloPolicy")->isVisible());
    QVERIFY(!accessibleDescription(helo).contains(QLatin1String("organisation")));

    // Typing a different value brings the notice back.
    helo->setFocus();
    QTest::keyClicks(helo, QStringLiteral("x"));
    QVERIFY(find<QWidget>(w.get(), "smtpHeloPolicy")->isVisible());
}

// A policy that locks every key: a read-only console whose Send Test still delivers
// through the test Exim.
void TestWindowPolicy::consoleModeStillSendsTest()
{
    test::EximFixture exim;
    QVERIFY2(exim.start(), qPrintable(exim.errorString()));
    writeFile(configPath(),
              QStringLiteral("[general]\nsecret_backend=memory\n[smtp]\nhost=%1\nport=%2\n"
                             "security=starttls\nauth=auto\nusername=%3\nca_file=%4\n"
                             "[mailboxes]\nfrom=alerts@example.test\nnotify=admin@example.test\n")
                  .arg(exim.hostName())
                  .arg(exim.starttlsPort())
                  .arg(exim.userName(), exim.caFile())
                  .toUtf8());
    auto w = open();
    // Every key locked at the value the file has.
    QHash<QString, Policy::Value> values;
    for (const QString &key : SettingsSchema::keys())
        values.insert(key, locked(w->model()->value(key)));
    const Policy everything = Policy::forTesting(values);
    QVERIFY(everything.locksEverything());
    w->setPolicy(everything);

    QVERIFY(w->isConsoleMode());
    auto *banner = find<QFrame>(w.get(), "managedBanner");
    QVERIFY(banner->isVisible());
    QVERIFY(find<QLabel>(w.get(), "managedBannerText")
                ->text()
                .contains(QLatin1String("Managed by your organisation")));
    QVERIFY(!find<QPushButton>(w.get(), "saveButton")->isVisible());
    QVERIFY(!find<QPushButton>(w.get(), "discardButton")->isVisible());
    QVERIFY(!find<QPushButton>(w.get(), "unlockButton")->isVisible()); // no lock to open
    QVERIFY(find<QLineEdit>(w.get(), "smtpHost")->isReadOnly());
    QVERIFY(find<QSpinBox>(w.get(), "smtpPort")->isReadOnly());
    QVERIFY(find<QLineEdit>(w.get(), "smtpPassword")->isReadOnly());
    QVERIFY(find<QLineEdit>(w.get(), "mailNotify")->isReadOnly());
    QVERIFY(!find<QToolButton>(w.get(), "smtpCaFileBrowse")->isVisible());
    auto *pop3 = find<QCheckBox>(w.get(), "pop3Enabled");
    w->tabs()->setCurrentIndex(2);
    const bool pop3Was = pop3->isChecked();
    QTest::mouseClick(pop3, Qt::LeftButton);
    pop3->setFocus();
    QTest::keyClick(pop3, Qt::Key_Space);
    QCOMPARE(pop3->isChecked(), pop3Was);
    QVERIFY(accessibleDescription(pop3).contains(QLatin1String("Set by your administrator")));
    QVERIFY(!w->hasUnsavedChanges());
    w->tabs()->setCurrentIndex(0);
    grabInto(w.get(), QStringLiteral("policy-console.png"));

    // The test panel works on the settings shown, with the stored password.
    bool stored = false;
    w->secretStore()->write(QStringLiteral("smtp"), exim.password(), w.get(),
                            [&stored](const SecretResult &r) { stored = r.ok(); });
    QTRY_VERIFY(stored);
    QVERIFY(find<QPushButton>(w.get(), "refreshStatusButton")->isEnabled());
    QVERIFY(find<QPushButton>(w.get(), "checkLoginButton")->isEnabled());
    auto *send = find<QPushButton>(w.get(), "sendTestButton");
    QVERIFY(send->isEnabled());
    QSignalSpy finished(w->testPanel(), &TestPanel::finished);
    QTest::mouseClick(send, Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    QVERIFY(exim.waitForMessages(1));
    QVERIFY(exim.deliveredMessages().first().contains("admin@example.test"));
}

// The administrator lock: opens read-only; a wrong password is refused and Unlock waits
// for the delay; the right one unlocks; Lock locks again.
void TestWindowPolicy::administratorLock()
{
    const QString password = QStringLiteral("Admin-pass-1");
    auto w = open();
    w->setPolicy(Policy::forTesting({}, PasswordDigest::make(password)));

    QVERIFY(w->adminLock()->isLocked());
    QVERIFY(w->isConsoleMode());
    QVERIFY(find<QLabel>(w.get(), "managedBannerText")
                ->text()
                .contains(QLatin1String("Locked by an administrator")));
    auto *host = find<QLineEdit>(w.get(), "smtpHost");
    QVERIFY(host->isReadOnly());
    QVERIFY(!find<QPushButton>(w.get(), "saveButton")->isVisible());
    QVERIFY(!find<QPushButton>(w.get(), "lockButton")->isVisible());
    // A stored password is not revealed while locked.
    PasswordField *smtpPassword = passwordFieldOf(w.get(), "smtpPassword");
    QVERIFY(smtpPassword);
    QVERIFY(!smtpPassword->revealAction()->isEnabled());
    smtpPassword->setRevealed(true);
    QVERIFY(!smtpPassword->isRevealed());
    QCOMPARE(smtpPassword->state(), PasswordField::State::Unloaded);
    grabInto(w.get(), QStringLiteral("policy-admin-locked.png"));

    auto *unlock = find<QPushButton>(w.get(), "unlockButton");
    QVERIFY(unlock->isVisible());
    QTest::mouseClick(unlock, Qt::LeftButton);
    // The dialog deletes itself once closed (WA_DeleteOnClose): watched through a QPointer.
    QPointer<UnlockDialog> dialog = w->findChild<UnlockDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *field = find<QLineEdit>(dialog, "unlockPassword");
    auto *confirm = find<QPushButton>(dialog, "unlockConfirmButton");
    auto *message = find<QLabel>(dialog, "unlockMessage");
    QCOMPARE(field->echoMode(), QLineEdit::Password);
    QVERIFY(!confirm->isEnabled()); // nothing typed

    // Wrong: refused, and Unlock waits for AdminLock::nextAttempt().
    QTest::keyClicks(field, QStringLiteral("wrong-pass-1"));
    QVERIFY(confirm->isEnabled());
    QTest::mouseClick(confirm, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(message->text().startsWith(QLatin1String("Wrong password")), 10000);
    QVERIFY(w->adminLock()->isLocked());
    QVERIFY(host->isReadOnly());
    QVERIFY2(w->adminLock()->nextAttempt() > QDateTime::currentDateTimeUtc(),
             "a wrong password delays the next attempt");
    QVERIFY2(message->text().contains(QLatin1String("Try again in")), qPrintable(message->text()));
    QVERIFY(!confirm->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(confirm->isEnabled(), 5000); // after the delay

    // Right: unlocked, the fields follow the policy (nothing locked here).
    field->selectAll();
    QTest::keyClicks(field, password);
    QTest::mouseClick(confirm, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!w->adminLock()->isLocked(), 10000);
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    QVERIFY(!w->isConsoleMode());
    QVERIFY(!host->isReadOnly());
    QVERIFY(find<QPushButton>(w.get(), "saveButton")->isVisible());
    QVERIFY(smtpPassword->revealAction()->isEnabled());
    auto *lock = find<QPushButton>(w.get(), "lockButton");
    QVERIFY(lock->isVisible());

    // Lock waits for unsaved changes, then locks again.
    host->setFocus();
    QTest::keyClicks(host, QStringLiteral("x"));
    QVERIFY(!lock->isEnabled());
    QTest::mouseClick(find<QPushButton>(w.get(), "discardButton"), Qt::LeftButton);
    QVERIFY(lock->isEnabled());
    QTest::mouseClick(lock, Qt::LeftButton);
    QVERIFY(w->adminLock()->isLocked());
    QVERIFY(host->isReadOnly());
    QVERIFY(find<QPushButton>(w.get(), "unlockButton")->isVisible());
}

// The user's own administrator lock ([admin] lock of the file, mailwright-cli admin-lock
// set): the window opens locked without any policy.
void TestWindowPolicy::userAdministratorLock()
{
    writeFile(configPath(), "[general]\nsecret_backend=memory\n[smtp]\nhost=user.example.test\n"
                            "[admin]\nlock=" +
                                PasswordDigest::make(QStringLiteral("Admin-pass-1")).toUtf8() +
                                "\n");
    auto w = open();
    QVERIFY(w->adminLock()->isConfigured());
    QVERIFY(w->adminLock()->isLocked());
    QVERIFY(w->isConsoleMode());
    QVERIFY(find<QLineEdit>(w.get(), "smtpHost")->isReadOnly());
    QVERIFY(find<QPushButton>(w.get(), "unlockButton")->isVisible());
    QVERIFY(!find<QPushButton>(w.get(), "saveButton")->isVisible());
}

QTEST_MAIN(TestWindowPolicy)
#include "tst_window_policy.moc"

// The machine's policy.ini (MAILWRIGHT_POLICY_DIR) read by the window itself, on a first
// run (no file of the user's yet): the organisation's defaults fill the form, a locked key
// shows its lock, and Save writes neither the locked key nor the untouched defaults.
void TestWindowPolicy::policyFileOnFirstRun()
{
    QFile::remove(configPath());
    const QString dir = m_dir->filePath(QStringLiteral("policy"));
    QVERIFY(QDir().mkpath(dir));
    writeFile(dir + QStringLiteral("/policy.ini"),
              "[policy]\nlocked = smtp/security\n"
              "[general]\nsecret_backend = memory\n"
              "[smtp]\nhost = relay.org.example.test\nsecurity = tls\nport = 465\nauth = none\n"
              "[mailboxes]\nfrom = alerts@org.example.test\nnotify = ops@org.example.test\n");
    qputenv("MAILWRIGHT_POLICY_DIR", dir.toUtf8());
    auto w = open();
    auto *host = find<QLineEdit>(w.get(), "smtpHost");
    QVERIFY(host);
    QCOMPARE(host->text(), QStringLiteral("relay.org.example.test"));
    QVERIFY(!host->isReadOnly());
    auto *security = find<QComboBox>(w.get(), "smtpSecurity");
    QVERIFY(security);
    QVERIFY(w->model()->isLocked(QStringLiteral("smtp/security")));
    QCOMPARE(w->model()->value(QStringLiteral("smtp/security")), QStringLiteral("tls"));
    QVERIFY(accessibleDescription(security).contains(QLatin1String("Set by your administrator")));

    // The user changes the port only; the file gets that, not the organisation's values.
    auto *port = find<QSpinBox>(w.get(), "smtpPort");
    QVERIFY(port);
    port->setFocus();
    port->selectAll();
    QTest::keyClicks(port, QStringLiteral("2465"));
    QVERIFY(w->model()->isDirty());
    QVERIFY(w->save());
    const QByteArray written = readFile(configPath());
    QVERIFY2(written.contains("\nport=2465"), written.constData());
    QVERIFY2(!written.contains("\nhost=relay"), written.constData());
    QVERIFY2(!written.contains("\nsecurity="), written.constData());
}
