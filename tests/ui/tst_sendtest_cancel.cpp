// SPDX-License-Identifier: GPL-3.0-or-later
// The Cancel button of a running Send Test, clicked with the mouse: against a server that
// accepts the connection and then never says a word, the test stops within a second of the
// click, says it was cancelled, sends nothing, and the buttons work again.
#include "GuiTestSupport.h"
#include "SettingsWindow.h"
#include "TestPanel.h"
#include "diagnostics/StatusMonitor.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using namespace mw;
using mw::test::find;
using mw::test::writeFile;

namespace {

// Accepts every connection and keeps it open without a greeting (a hung server).
class SilentServer : public QTcpServer
{
public:
    SilentServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, this, [this, s] { m_received += s->readAll(); });
                m_sockets.push_back(s);
            }
        });
    }
    [[nodiscard]] int connections() const { return int(m_sockets.size()); }
    [[nodiscard]] QByteArray received() const { return m_received; }

private:
    std::vector<QTcpSocket *> m_sockets; // children of the server
    QByteArray m_received;
};

} // namespace

class TestSendTestCancel : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale::c());
        QVERIFY(m_dir.isValid());
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("xdg")).toUtf8());
    }

    void cancelWhileTheServerIsSilent()
    {
        SilentServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const QString path = m_dir.filePath(QStringLiteral("mailwright.ini"));
        // A long timeout: only Cancel can end the test within the test's time.
        writeFile(path, QStringLiteral("[general]\nsecret_backend=memory\n"
                                       "[smtp]\nhost=127.0.0.1\nport=%1\nsecurity=none\n"
                                       "auth=none\ntimeout=60\n"
                                       "[mailboxes]\nfrom=alerts@example.test\n"
                                       "notify=admin@example.test\n")
                            .arg(server.serverPort())
                            .toUtf8());
        SettingsWindow w(path);
        w.monitor()->setPeriodic(false);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *send = find<QPushButton>(&w, "sendTestButton");
        auto *cancel = find<QPushButton>(&w, "cancelTestButton");
        QVERIFY(send && cancel); // the result banner is built for the first result
        QSignalSpy finished(w.testPanel(), &TestPanel::finished);

        for (int round = 1; round <= 2; ++round) {
            const int before = server.connections();
            // The window's own status check may connect too: wait for Send Test's session.
            QTest::mouseClick(send, Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(w.testPanel()->isRunning() && cancel->isVisible(), 5000);
            QTRY_VERIFY_WITH_TIMEOUT(server.connections() > before, 5000);
            QTest::qWait(300); // connected, waiting for a greeting that never comes
            QVERIFY(w.testPanel()->isRunning());
            QVERIFY(!send->isEnabled());

            QElapsedTimer clock;
            clock.start();
            QTest::mouseClick(cancel, Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(finished.size() == round, 1000);
            QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
            const Result r = w.testPanel()->result();
            QCOMPARE(r.errorClass, ErrorClass::Cancelled);
            QVERIFY(!r.ok);
            auto *title = find<QLabel>(&w, "testBannerTitle");
            QVERIFY(title);
            QVERIFY2(title->isVisible() &&
                         title->text().contains(QLatin1String("cancelled"), Qt::CaseInsensitive),
                     qPrintable(title->text()));
            // Nothing was sent: the client never got past waiting for the greeting.
            QVERIFY2(!server.received().contains("DATA"), server.received().constData());
            QVERIFY(!server.received().contains("RCPT"));
            // The buttons are usable again.
            QVERIFY(!w.testPanel()->isRunning());
            QVERIFY(!cancel->isVisible());
            QVERIFY(send->isEnabled());
            QVERIFY(find<QPushButton>(&w, "checkLoginButton")->isEnabled());
        }
        QCOMPARE(finished.size(), 2);
        w.discard();
    }
};

QTEST_MAIN(TestSendTestCancel)
#include "tst_sendtest_cancel.moc"
