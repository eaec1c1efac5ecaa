// SPDX-License-Identifier: GPL-3.0-or-later
// "Send and fetch back" in the settings window, clicked with the mouse, against a real Exim
// delivering into the maildir a real Dovecot serves over POP3 (both on loopback). objectNames:
//   test panel   roundTripButton, roundTripBox, roundTripSteps (Sent, Waiting for the
//                message, Fetched over POP3, Deleted from the mailbox), roundTripDelay,
//                cancelTestButton, testBannerTitle
#include "DovecotFixture.h"
#include "EximFixture.h"
#include "GuiTestSupport.h"
#include "SettingsWindow.h"
#include "TestPanel.h"
#include "diagnostics/StatusMonitor.h"
#include "notify/RoundTrip.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>
#include <optional>

using namespace mw;
using mw::test::find;
using mw::test::writeFile;

class TestRoundTripWindow : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;       // Exim and the Dovecot that serves its maildir
    QTemporaryDir m_configDir; // the windows' INI files
    std::unique_ptr<test::EximFixture> m_smtp;
    std::unique_ptr<test::DovecotFixture> m_pop;

    [[nodiscard]] QString config(const test::DovecotFixture &pop) const
    {
        const QString path = m_configDir.filePath(QStringLiteral("mailwright.ini"));
        writeFile(path, QStringLiteral("[general]\nsecret_backend=memory\n"
                                       "[smtp]\nhost=%1\nport=%2\nsecurity=starttls\nauth=none\n"
                                       "ca_file=%3\ntimeout=10\n"
                                       "[pop3]\nenabled=true\nhost=%4\nport=%5\nsecurity=stls\n"
                                       "username=%6\nca_file=%7\ntimeout=10\n"
                                       "[mailboxes]\nfrom=alerts@example.test\n"
                                       "notify=admin@example.test\n")
                            .arg(m_smtp->hostName())
                            .arg(m_smtp->plainPort())
                            .arg(m_smtp->caFile(), pop.hostName())
                            .arg(pop.plainPort())
                            .arg(pop.userName(), pop.caFile())
                            .toUtf8());
        return path;
    }
    static std::unique_ptr<SettingsWindow> open(const QString &path)
    {
        auto w = std::make_unique<SettingsWindow>(path);
        w->monitor()->setPeriodic(false);
        w->show();
        if (!QTest::qWaitForWindowExposed(w.get()))
            qWarning("the window was not exposed");
        return w;
    }
    // Types the POP3 password on its tab (unsaved: the round trip uses the typed one).
    static void typePop3Password(SettingsWindow *w, const QString &password)
    {
        auto *field = find<QLineEdit>(w, "pop3Password");
        QVERIFY(field);
        for (int i = 0; i < w->tabs()->count(); ++i) {
            if (w->tabs()->widget(i)->isAncestorOf(field))
                w->tabs()->setCurrentIndex(i);
        }
        QVERIFY(field->isVisible() && field->isEnabled());
        field->setFocus(Qt::OtherFocusReason);
        QTest::keyClicks(field, password);
    }
    static bool shown(SettingsWindow *w, const char *name)
    {
        auto *widget = w->findChild<QWidget *>(QString::fromLatin1(name));
        return widget && widget->isVisible();
    }
    // The Result column of the round trip's rows, in order.
    static QStringList marks(SettingsWindow *w)
    {
        QStringList out;
        auto *steps = find<QTreeWidget>(w, "roundTripSteps");
        for (int i = 0; steps && i < steps->topLevelItemCount(); ++i)
            out << steps->topLevelItem(i)->text(0) + QLatin1Char('=') +
                       steps->topLevelItem(i)->text(1);
        return out;
    }
    static QStringList expected(const QStringList &results)
    {
        QStringList out;
        const QList<RoundTrip::Step> rows{RoundTrip::Step::Send, RoundTrip::Step::Wait,
                                          RoundTrip::Step::Fetch, RoundTrip::Step::Delete};
        for (int i = 0; i < rows.size(); ++i)
            out << RoundTrip::stepName(rows.at(i)) + QLatin1Char('=') + results.at(i);
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale::c());
        QVERIFY(m_dir.isValid() && m_configDir.isValid());
        qputenv("XDG_CONFIG_HOME", m_configDir.filePath(QStringLiteral("xdg")).toUtf8());
        QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                QFileDevice::ExeOwner | QFileDevice::ReadGroup |
                                                QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                QFileDevice::ExeOther);
        m_smtp = std::make_unique<test::EximFixture>(QStringLiteral("default"), m_dir.path());
        QVERIFY2(m_smtp->start(), qPrintable(m_smtp->errorString()));
        // Shape "pop-before-smtp": it serves the maildir Exim delivers to (DIR/maildir).
        m_pop =
            std::make_unique<test::DovecotFixture>(QStringLiteral("pop-before-smtp"), m_dir.path());
        QVERIFY2(m_pop->start(), qPrintable(m_pop->errorString()));
    }

    // Without a POP3 account there is nothing to fetch from: the button says so.
    void offeredOnlyWithPop3Account()
    {
        const QString path = m_configDir.filePath(QStringLiteral("no-pop3.ini"));
        writeFile(path, "[general]\nsecret_backend=memory\n"
                        "[smtp]\nhost=127.0.0.1\nport=9\nsecurity=none\nauth=none\n"
                        "[mailboxes]\nfrom=alerts@example.test\nnotify=admin@example.test\n");
        auto w = open(path);
        auto *button = find<QPushButton>(w.get(), "roundTripButton");
        QVERIFY(button && button->isVisible());
        QVERIFY(!button->isEnabled());
        QVERIFY2(button->toolTip().contains(QLatin1String("POP3")), qPrintable(button->toolTip()));
        QVERIFY(find<QPushButton>(w.get(), "sendTestButton")->isEnabled());
        w->discard();
        // With one (here the one of the fixtures), it is offered.
        auto w2 = open(config(*m_pop));
        QVERIFY(find<QPushButton>(w2.get(), "roundTripButton")->isEnabled());
        w2->discard();
    }

    void roundTripAgainstDovecot()
    {
        auto w = open(config(*m_pop));
        typePop3Password(w.get(), m_pop->password());
        std::optional<RoundTrip::Outcome> outcome;
        connect(w->testPanel(), &TestPanel::roundTripFinished, this,
                [&outcome](const RoundTrip::Outcome &o) { outcome = o; });
        const int before = m_smtp->messageFiles().size(); // Dovecot's preloaded messages
        QVERIFY(before > 0);
        auto *button = find<QPushButton>(w.get(), "roundTripButton");
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        // After the preflight and the passwords: the round trip's steps, not Send Test's.
        // The round trip's step list is built when the first round trip starts.
        QTRY_VERIFY_WITH_TIMEOUT(shown(w.get(), "roundTripBox"), 5000);
        QVERIFY(!find<QWidget>(w.get(), "testSteps")->isVisible());
        QVERIFY(QTest::qWaitFor([&] { return outcome.has_value(); }, 30000));
        QVERIFY2(outcome->result.ok, qPrintable(outcome->result.message));
        QVERIFY(outcome->sent && outcome->found && outcome->deleted);
        QCOMPARE(outcome->token.size(), 32);
        // The step list: every row done, in order, and the delay under it.
        QCOMPARE(marks(w.get()), expected({QStringLiteral("✓"), QStringLiteral("✓"),
                                           QStringLiteral("✓"), QStringLiteral("✓")}));
        QVERIFY(outcome->delayMs >= outcome->sendMs && outcome->sendMs >= 0);
        const QString delay = find<QLabel>(w.get(), "roundTripDelay")->text();
        QCOMPARE(delay, QStringLiteral("End-to-end delay: %1 ms").arg(outcome->delayMs));
        // Sent + waiting + fetched is the end-to-end delay (each row's own time).
        auto *steps = find<QTreeWidget>(w.get(), "roundTripSteps");
        qint64 sum = 0;
        for (int i = 0; i < 3; ++i) {
            const QString ms = steps->topLevelItem(i)->text(2);
            QVERIFY2(ms.endsWith(QLatin1String(" ms")), qPrintable(ms));
            sum += ms.chopped(3).toLongLong();
        }
        QCOMPARE(sum, outcome->delayMs);
        const QString title = find<QLabel>(w.get(), "testBannerTitle")->text();
        QVERIFY2(title.startsWith(QStringLiteral("✓")) &&
                     title.contains(QLatin1String("came back")),
                 qPrintable(title));
        // Deleted from the mailbox: only the test message, the others are still there.
        QTRY_COMPARE_WITH_TIMEOUT(m_smtp->messageFiles().size(), before, 5000);
        for (const QByteArray &m : m_smtp->deliveredMessages())
            QVERIFY(!m.contains(outcome->token.toUtf8()));
        // Usable again.
        QVERIFY(button->isEnabled());
        QVERIFY(!find<QPushButton>(w.get(), "cancelTestButton")->isVisible());
        w->discard();
    }

    // The message goes to a mailbox this POP3 account never sees: Cancel while it looks.
    void cancelWhileWaiting()
    {
        QTemporaryDir otherDir;
        test::DovecotFixture other(QStringLiteral("default"), otherDir.path());
        QVERIFY2(other.start(), qPrintable(other.errorString()));
        auto w = open(config(other));
        typePop3Password(w.get(), other.password());
        std::optional<RoundTrip::Outcome> outcome;
        connect(w->testPanel(), &TestPanel::roundTripFinished, this,
                [&outcome](const RoundTrip::Outcome &o) { outcome = o; });
        const int before = m_smtp->messageFiles().size();
        QTest::mouseClick(find<QPushButton>(w.get(), "roundTripButton"), Qt::LeftButton);
        // Sent, then at least one look into the mailbox and the next one ahead.
        QTRY_VERIFY_WITH_TIMEOUT(marks(w.get()).value(1).endsWith(QStringLiteral("…")), 20000);
        QVERIFY(marks(w.get()).value(0).endsWith(QStringLiteral("✓")));
        QTest::qWait(2500);
        QVERIFY(w->testPanel()->isRunning());
        QVERIFY(!outcome);
        auto *cancel = find<QPushButton>(w.get(), "cancelTestButton");
        QVERIFY(cancel->isVisible());
        QElapsedTimer clock;
        clock.start();
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return outcome.has_value(); }, 1000));
        QVERIFY(clock.elapsed() < 1000);
        QCOMPARE(outcome->result.errorClass, ErrorClass::Cancelled);
        QVERIFY(outcome->sent && !outcome->found && !outcome->deleted);
        QVERIFY(outcome->looks >= 1);
        QCOMPARE(marks(w.get()), expected({QStringLiteral("✓"), QStringLiteral("—"),
                                           QStringLiteral("—"), QStringLiteral("—")}));
        QCOMPARE(find<QLabel>(w.get(), "roundTripDelay")->text(),
                 QStringLiteral("The message was not fetched back."));
        QVERIFY(find<QLabel>(w.get(), "testBannerTitle")->text().contains(QLatin1String("Cancel")));
        QVERIFY(!cancel->isVisible());
        QVERIFY(find<QPushButton>(w.get(), "roundTripButton")->isEnabled());
        QVERIFY(find<QPushButton>(w.get(), "sendTestButton")->isEnabled());
        // Exim delivered it where this account does not look; nothing deleted it there.
        QVERIFY(m_smtp->waitForMessages(before + 1));
        bool there = false;
        for (const QByteArray &m : m_smtp->deliveredMessages())
            there = there || m.contains(outcome->token.toUtf8());
        QVERIFY(there);
        w->discard();
    }
};

QTEST_MAIN(TestRoundTripWindow)
#include "tst_roundtrip_window.moc"
