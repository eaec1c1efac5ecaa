// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestPanel.h"

#include "DiagnosticsReport.h"

#include <QClipboard>
#include <QFrame>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace mw {

namespace {

// Rows of the step list, in the order a session normally goes through them.
const QList<Phase> &rowPhases()
{
    static const QList<Phase> rows{Phase::Resolve, Phase::Connect, Phase::Greeting,
                                   Phase::Ehlo,    Phase::Tls,     Phase::Auth,
                                   Phase::Mail,    Phase::Rcpt,    Phase::Data};
    return rows;
}

Phase rowPhase(Phase p)
{
    return p == Phase::StartTls ? Phase::Tls : p;
}

QColor tint(const QPalette &pal, const QColor &accent)
{
    const QColor base = pal.color(QPalette::Window);
    const qreal a = base.lightness() < 128 ? 0.30 : 0.16;
    return QColor::fromRgbF(base.redF() * (1 - a) + accent.redF() * a,
                            base.greenF() * (1 - a) + accent.greenF() * a,
                            base.blueF() * (1 - a) + accent.blueF() * a);
}

QLabel *wrapLabel(const QString &name, QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setObjectName(name);
    l->setWordWrap(true);
    l->setTextFormat(Qt::PlainText);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

} // namespace

TestPanel::TestPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("testPanel"));
    m_test = new TestSend(this);
    connect(m_test, &TestSend::stateChanged, this, &TestPanel::onState);
    connect(m_test, &TestSend::stageFinished, this, &TestPanel::onStage);
    connect(m_test, &TestSend::finished, this, &TestPanel::onFinished);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *buttons = new QHBoxLayout;
    m_send = new QPushButton(QIcon(QStringLiteral(":/icons/send.svg")), tr("Send te&st"), this);
    m_send->setObjectName(QStringLiteral("sendTestButton"));
    m_send->setToolTip(tr("Send a test message to the system notification mailbox with the "
                          "settings as shown (saved or not)"));
    m_checkLogin = new QPushButton(tr("Chec&k login only"), this);
    m_checkLogin->setObjectName(QStringLiteral("checkLoginButton"));
    m_checkLogin->setToolTip(tr("Connect and log in, without sending a message"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelTestButton"));
    m_cancel->setVisible(false);
    for (QPushButton *b : {m_send, m_checkLogin, m_cancel}) {
        b->setAutoDefault(false);
        buttons->addWidget(b);
    }
    buttons->addStretch();
    layout->addLayout(buttons);

    m_progress = new QLabel(this);
    m_progress->setObjectName(QStringLiteral("testProgress"));
    layout->addWidget(m_progress);

    m_steps = new QTreeWidget(this);
    m_steps->setObjectName(QStringLiteral("testSteps"));
    m_steps->setAccessibleName(tr("Test steps"));
    m_steps->setRootIsDecorated(false);
    m_steps->setColumnCount(3);
    m_steps->setHeaderLabels({tr("Step"), tr("Result"), tr("Time")});
    m_steps->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_steps->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_steps->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_steps->header()->setStretchLastSection(false);
    m_steps->setSelectionMode(QAbstractItemView::NoSelection);
    m_steps->setFocusPolicy(Qt::TabFocus);
    for (Phase p : rowPhases()) {
        auto *item = new QTreeWidgetItem(m_steps, {stepName(p), QString(), QString()});
        item->setData(0, Qt::UserRole, static_cast<int>(p));
        item->setTextAlignment(1, Qt::AlignCenter);
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    }
    const int rowHeight = m_steps->sizeHintForRow(0) > 0 ? m_steps->sizeHintForRow(0) : 20;
    m_steps->setMinimumHeight(rowHeight * (rowPhases().size() + 1) + 2 * m_steps->frameWidth() + 4);
    layout->addWidget(m_steps);

    m_banner = new QFrame(this);
    m_banner->setObjectName(QStringLiteral("testBanner"));
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setAutoFillBackground(true);
    auto *bl = new QVBoxLayout(m_banner);
    m_bannerTitle = wrapLabel(QStringLiteral("testBannerTitle"), m_banner);
    QFont bold = m_bannerTitle->font();
    bold.setBold(true);
    m_bannerTitle->setFont(bold);
    m_bannerHint = wrapLabel(QStringLiteral("testBannerHint"), m_banner);
    m_bannerServer = wrapLabel(QStringLiteral("testBannerServer"), m_banner);
    m_bannerWhere = wrapLabel(QStringLiteral("testBannerWhere"), m_banner);
    for (QLabel *l : {m_bannerTitle, m_bannerHint, m_bannerServer, m_bannerWhere})
        bl->addWidget(l);
    auto *bb = new QHBoxLayout;
    m_showTranscript = new QPushButton(tr("Sh&ow transcript"), m_banner);
    m_showTranscript->setObjectName(QStringLiteral("showTranscriptButton"));
    m_showTranscript->setCheckable(true);
    m_copyDiagnostics = new QPushButton(tr("Copy dia&gnostics"), m_banner);
    m_copyDiagnostics->setObjectName(QStringLiteral("copyDiagnosticsButton"));
    m_copyDiagnostics->setToolTip(tr("Versions, result, settings without passwords and the "
                                     "transcript, for a support request"));
    for (QPushButton *b : {m_showTranscript, m_copyDiagnostics}) {
        b->setAutoDefault(false);
        bb->addWidget(b);
    }
    bb->addStretch();
    bl->addLayout(bb);
    m_banner->setVisible(false);
    layout->addWidget(m_banner);

    m_transcript = new QPlainTextEdit(this);
    m_transcript->setObjectName(QStringLiteral("transcriptView"));
    m_transcript->setAccessibleName(tr("Transcript"));
    m_transcript->setReadOnly(true);
    m_transcript->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_transcript->setFont(QFont(QStringLiteral("monospace")));
    m_transcript->setVisible(false);
    layout->addWidget(m_transcript, 1);
    layout->addStretch();

    connect(m_send, &QPushButton::clicked, this, [this] { Q_EMIT testRequested(Phase::Done); });
    connect(m_checkLogin, &QPushButton::clicked, this,
            [this] { Q_EMIT testRequested(Phase::Auth); });
    connect(m_cancel, &QPushButton::clicked, this, &TestPanel::cancel);
    connect(m_showTranscript, &QPushButton::toggled, this, [this](bool on) {
        m_transcript->setPlainText(m_test->transcript().toText());
        m_transcript->setVisible(on);
        m_showTranscript->setText(on ? tr("Hide transcri&pt") : tr("Sh&ow transcript"));
    });
    connect(m_copyDiagnostics, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(diagnostics());
        m_progress->setText(tr("Diagnostics copied to the clipboard."));
    });
}

QString TestPanel::stepName(Phase phase)
{
    switch (rowPhase(phase)) {
    case Phase::Resolve:
        return tr("Name lookup");
    case Phase::Connect:
        return tr("Connect");
    case Phase::Greeting:
        return tr("Greeting");
    case Phase::Ehlo:
        return tr("EHLO");
    case Phase::Tls:
        return tr("TLS");
    case Phase::Auth:
        return tr("AUTH (login)");
    case Phase::Mail:
        return tr("MAIL FROM");
    case Phase::Rcpt:
        return tr("RCPT TO");
    case Phase::Data:
        return tr("DATA (message)");
    default:
        return phaseId(phase);
    }
}

bool TestPanel::isRunning() const
{
    return m_test->isRunning();
}

QTreeWidgetItem *TestPanel::rowFor(Phase phase) const
{
    const int index = rowPhases().indexOf(rowPhase(phase));
    return index < 0 ? nullptr : m_steps->topLevelItem(index);
}

void TestPanel::resetSteps(Phase stopAfter)
{
    m_ms.clear();
    for (int i = 0; i < m_steps->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_steps->topLevelItem(i);
        const auto p = static_cast<Phase>(item->data(0, Qt::UserRole).toInt());
        const bool inScope =
            stopAfter == Phase::Done || static_cast<int>(p) <= static_cast<int>(stopAfter);
        item->setText(1, inScope ? QString() : QStringLiteral("—"));
        item->setText(2, QString());
        item->setForeground(1, palette().brush(QPalette::Text));
        item->setToolTip(1, inScope ? QString() : tr("Not part of this check"));
        item->setDisabled(!inScope);
    }
}

void TestPanel::start(const MailSettings &settings, const QString &smtpPassword, Phase stopAfter,
                      const QString &pop3Password)
{
    setPreparing(false);
    if (m_test->isRunning())
        return;
    m_settings = settings;
    m_stopAfter = stopAfter;
    m_result = {};
    resetSteps(stopAfter);
    m_banner->setVisible(false);
    m_showTranscript->setChecked(false);
    m_transcript->setVisible(false);
    setRunning(true);
    TestSend::Options o;
    o.stopAfter = stopAfter;
    o.pop3Password = pop3Password;
    m_test->start(settings, smtpPassword, o);
}

void TestPanel::cancel()
{
    m_test->cancel();
}

void TestPanel::setPreparing(bool on)
{
    m_send->setEnabled(!on);
    m_checkLogin->setEnabled(!on);
    if (on)
        m_progress->setText(tr("Preparing…"));
}

void TestPanel::setRunning(bool running)
{
    m_send->setEnabled(!running);
    m_checkLogin->setEnabled(!running);
    m_cancel->setVisible(running);
    if (running)
        m_cancel->setFocus(); // Space/Enter cancels; focus was on the button just pressed
    else if (m_cancel->hasFocus())
        m_send->setFocus();
}

void TestPanel::onState(Phase phase)
{
    QTreeWidgetItem *item = rowFor(phase);
    if (!item)
        return;
    if (item->text(1).isEmpty())
        item->setText(1, QStringLiteral("…"));
    m_progress->setText(tr("%1…").arg(stepName(phase)));
}

void TestPanel::onStage(const StageTiming &stage)
{
    QTreeWidgetItem *item = rowFor(stage.phase);
    if (!item)
        return;
    const int row = m_steps->indexOfTopLevelItem(item);
    m_ms[row] += stage.ms;
    item->setText(1, stage.ok ? QStringLiteral("✓") : QStringLiteral("✗"));
    item->setForeground(1, stage.ok ? QColor(0x2e, 0xa0, 0x43) : QColor(0xd9, 0x30, 0x25));
    item->setText(2, tr("%1 ms").arg(m_ms.value(row)));
    item->setToolTip(1, stage.ok ? tr("Succeeded") : tr("Failed"));
}

void TestPanel::onFinished(const Result &result)
{
    m_result = result;
    setRunning(false);
    for (int i = 0; i < m_steps->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_steps->topLevelItem(i);
        if (item->text(1).isEmpty() || item->text(1) == QStringLiteral("…")) {
            item->setText(1, QStringLiteral("—"));
            item->setToolTip(1,
                             result.ok ? tr("Not needed with these settings") : tr("Not reached"));
        }
    }
    const QString server =
        QStringLiteral("%1:%2").arg(m_settings.smtp.host).arg(m_settings.smtp.port);
    QString where;
    if (result.ok && m_stopAfter == Phase::Done) {
        where = tr("Sent to %1 through %2. Check that it arrived in that mailbox.")
                    .arg(m_test->recipient(), server);
        if (!m_test->messageId().isEmpty())
            where += QLatin1Char(' ') + tr("Message-ID: %1").arg(m_test->messageId());
    } else if (m_stopAfter == Phase::Done) {
        where = tr("The test was for %1 through %2; it was not delivered.")
                    .arg(m_test->recipient().isEmpty() ? tr("(no recipient)") : m_test->recipient(),
                         server);
    } else {
        where = tr("Login check against %1; no message was sent.").arg(server);
    }
    if (result.ok && result.endedInClear)
        where += QLatin1Char(' ') + tr("Note: the connection was not encrypted.");
    QString title;
    if (result.ok)
        title = m_stopAfter == Phase::Done ? tr("The test message was accepted by the server.")
                : result.authMechanismUsed.isEmpty()
                    ? tr("The server answered; no login is configured.")
                    : tr("The server accepted the login (%1).").arg(result.authMechanismUsed);
    else
        title = result.message;
    showBanner(result.ok, title, result.ok ? QString() : result.hint,
               result.serverReply.isEmpty() ? QString()
                                            : tr("The server said: “%1”").arg(result.serverReply),
               where);
    m_progress->setText(result.ok ? tr("Finished.")
                                  : tr("Failed at: %1").arg(stepName(result.phase)));
    Q_EMIT finished(result);
}

void TestPanel::showProblem(const QString &message, const QString &hint)
{
    setPreparing(false);
    m_result = Result::failure(ErrorClass::Config, Phase::Idle, message);
    m_result.hint = hint;
    showBanner(false, message, hint, QString(), QString());
    m_progress->setText(tr("Not started."));
}

void TestPanel::showBanner(bool ok, const QString &title, const QString &hint,
                           const QString &server, const QString &where)
{
    QPalette pal = palette();
    pal.setColor(QPalette::Window,
                 tint(palette(), ok ? QColor(0x2e, 0xa0, 0x43) : QColor(0xd9, 0x30, 0x25)));
    m_banner->setPalette(pal);
    m_bannerTitle->setText((ok ? QStringLiteral("✓ ") : QStringLiteral("✗ ")) + title);
    m_bannerHint->setText(hint);
    m_bannerHint->setVisible(!hint.isEmpty());
    m_bannerServer->setText(server);
    m_bannerServer->setVisible(!server.isEmpty());
    m_bannerWhere->setText(where);
    m_bannerWhere->setVisible(!where.isEmpty());
    const bool hasTranscript = !m_test->transcript().isEmpty();
    m_showTranscript->setVisible(hasTranscript);
    m_banner->setAccessibleName(ok ? tr("Test succeeded") : tr("Test failed"));
    m_banner->setAccessibleDescription(
        QStringList{title, hint, server, where}.join(u' ').simplified());
    m_banner->setVisible(true);
}

QString TestPanel::diagnostics() const
{
    return DiagnosticsReport::build(m_settings, m_configPath, m_result, m_test->transcript(),
                                    m_test->recipient());
}

} // namespace mw
