// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerCheckDialog.h"

#include "ColumnFit.h"
#include "ProbeText.h"
#include "Tint.h"
#include "delivery/Queue.h"
#include "diagnostics/ProbeMemory.h"
#include "settings/BackgroundWrites.h"

#include <QCloseEvent>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace mw {

namespace {

// How long start() waits for the dialog's first paint before it starts the sessions anyway
// (a window system that never exposes it, a minimised parent).
constexpr int kPaintWaitMs = 250;

QColor markColor(const ModeReport &m)
{
    if (m.works)
        return m.encrypted() ? QColor(0x2e, 0xa0, 0x43) : QColor(0xc7, 0x7c, 0x02);
    return m.needsTrust() ? QColor(0xc7, 0x7c, 0x02) : QColor(0xd9, 0x30, 0x25);
}

} // namespace

ServerCheckDialog::ServerCheckDialog(ProbeService service, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
{
    setObjectName(service == ProbeService::Smtp ? QStringLiteral("smtpServerCheckDialog")
                                                : QStringLiteral("pop3ServerCheckDialog"));
    setWindowTitle(service == ProbeService::Smtp ? tr("What the SMTP server supports")
                                                 : tr("What the POP3 server supports"));
    setSizeGripEnabled(true);
    m_probe = new CapabilityProbe(this);
    m_startFallback = new QTimer(this);
    m_startFallback->setSingleShot(true);
    connect(m_startFallback, &QTimer::timeout, this, &ServerCheckDialog::startProbe);
    connect(m_probe, &CapabilityProbe::modeFinished, this, &ServerCheckDialog::onMode);
    connect(m_probe, &CapabilityProbe::finished, this, &ServerCheckDialog::onFinished);

    auto *layout = new QVBoxLayout(this);
    m_title = wrapLabel(QStringLiteral("serverCheckTitle"), this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    layout->addWidget(m_title);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("serverCheckProgress"));
    m_progress->setFormat(tr("%v of %m combinations checked"));
    m_progress->setAccessibleName(tr("Check progress"));
    layout->addWidget(m_progress);

    auto *split = new QSplitter(Qt::Vertical, this);
    m_modes = new QTreeWidget(split);
    m_modes->setObjectName(QStringLiteral("serverCheckModes"));
    m_modes->setAccessibleName(tr("Security modes, safest first"));
    m_modes->setRootIsDecorated(false);
    m_modes->setColumnCount(5);
    m_modes->setHeaderLabels({tr("Rank"), tr("Security"), tr("Port"), tr("Result"), tr("Verdict")});
    m_modes->header()->setStretchLastSection(true);
    // Rank to Result as wide as their texts, measured once after each change of the rows
    // (a row added, the ranking at the end), not for every question the view asks.
    new ColumnFit(m_modes, {0, 1, 2, 3});
    m_modes->setWordWrap(true);
    m_details = new QPlainTextEdit(split);
    m_details->setObjectName(QStringLiteral("serverCheckDetails"));
    m_details->setAccessibleName(tr("Details of the selected mode"));
    m_details->setReadOnly(true);
    m_details->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);
    connect(m_modes, &QTreeWidget::currentItemChanged, this, &ServerCheckDialog::showDetails);

    m_alarm = wrapLabel(QStringLiteral("serverCheckAlarm"), this);
    QPalette pal = m_alarm->palette();
    pal.setColor(QPalette::WindowText, palette().color(QPalette::Window).lightness() < 128
                                           ? QColor(0xff, 0x8a, 0x80)
                                           : QColor(0xc6, 0x28, 0x28));
    m_alarm->setPalette(pal);
    m_alarm->setFont(bold);
    m_alarm->setVisible(false);
    layout->addWidget(m_alarm);
    m_recommendation = wrapLabel(QStringLiteral("serverCheckRecommendation"), this);
    m_recommendation->setFont(bold);
    layout->addWidget(m_recommendation);
    m_changesLabel = wrapLabel(QStringLiteral("serverCheckChanges"), this);
    layout->addWidget(m_changesLabel);

    auto *buttons = new QHBoxLayout;
    m_apply = new QPushButton(tr("&Apply recommended settings"), this);
    m_apply->setObjectName(QStringLiteral("applyRecommendedButton"));
    m_apply->setToolTip(tr("Puts the recommended server, port, security and login method into the "
                           "form; Save keeps them, Discard reverts them"));
    m_accept = new QPushButton(tr("Acce&pt what the server offers now"), this);
    m_accept->setObjectName(QStringLiteral("acceptCapabilitiesButton"));
    m_accept->setToolTip(tr("The server offers less than at the last successful session. Accept "
                            "it only if its administrator changed it on purpose."));
    m_accept->setVisible(false);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("serverCheckCancelButton"));
    m_close = new QPushButton(tr("Close"), this);
    m_close->setObjectName(QStringLiteral("serverCheckCloseButton"));
    buttons->addWidget(m_apply);
    buttons->addWidget(m_accept);
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_close);
    for (QPushButton *b : {m_apply, m_accept, m_cancel, m_close})
        b->setAutoDefault(false);
    layout->addLayout(buttons);

    connect(m_cancel, &QPushButton::clicked, this, [this] {
        cancel();
        m_title->setText(tr("Check cancelled."));
    });
    connect(m_close, &QPushButton::clicked, this, &QDialog::close);
    connect(m_apply, &QPushButton::clicked, this, [this] {
        const ModeReport *best = m_report.recommendedMode();
        if (!best || m_changes.isEmpty())
            return;
        Q_EMIT applyRequested(m_changes, *best);
        m_apply->setEnabled(false);
        m_changesLabel->setText(tr("Applied to the form: Save keeps these settings, Discard "
                                   "changes reverts them.\n") +
                                ProbeText::changes(m_changes));
    });
    connect(m_accept, &QPushButton::clicked, this, [this] {
        if (!m_acceptable || m_reviewing)
            return;
        m_accept->setEnabled(false);
        reviewMemory(true);
    });
    resize(820, 640);
}

ServerCheckDialog::~ServerCheckDialog()
{
    m_probe->cancel();
}

void ServerCheckDialog::start(const MailSettings &settings,
                              const QList<CapabilityProbe::Attempt> &attempts)
{
    m_settings = settings;
    CapabilityProbe::Options o = CapabilityProbe::optionsFor(settings, m_service);
    if (!attempts.isEmpty())
        o.attempts = attempts;
    m_startPending = false;
    m_startFallback->stop();
    m_live.clear();
    m_report = {};
    m_changes.clear();
    m_acceptable = false;
    ++m_generation;
    m_reviewing = false;
    m_modes->clear();
    m_details->clear();
    m_alarm->setVisible(false);
    m_accept->setVisible(false);
    m_changesLabel->clear();
    m_apply->setEnabled(false);
    if (o.host.isEmpty()) {
        m_title->setText(tr("Type the server's name first."));
        m_recommendation->clear();
        m_progress->setMaximum(1);
        setProgressValue(m_progress, 0);
        setRunning(false);
        return;
    }
    if (o.attempts.isEmpty())
        o.attempts = CapabilityProbe::standardAttempts(m_service);
    m_total = int(o.attempts.size());
    m_progress->setRange(0, m_total);
    setProgressValue(m_progress, 0);
    m_title->setText(
        tr("Checking %1 in every security mode (nothing is sent, no login)…").arg(o.host));
    m_recommendation->setText(tr("Each combination has its own timeout of %n seconds per step.",
                                 nullptr, o.timeoutSeconds));
    setRunning(true);
    m_options = o;
    m_startPending = true;
    // A dialog just shown is mapped, activated and painted a moment later, in events from
    // the window system; some of them wait for its replies (Qt's xcb activation does a
    // round trip). Sessions started now would do their name lookups and handshakes on this
    // thread at the same time, and a server on this machine would fork its processes for
    // them: that made the dialog's first paint the longest stall of the check
    // (docs/PERFORMANCE-WINDOW.md, twenty-second round). So the sessions start once the
    // dialog has been painted, or right away when there is nothing to wait for.
    if (!isVisible() || m_painted) {
        startProbe();
        return;
    }
    m_startFallback->start(kPaintWaitMs);
}

void ServerCheckDialog::paintEvent(QPaintEvent *event)
{
    QDialog::paintEvent(event);
    m_painted = true;
    // The paint is put on the screen after this event; the sessions start after that.
    if (m_startPending)
        m_startFallback->start(0);
}

void ServerCheckDialog::hideEvent(QHideEvent *event)
{
    m_painted = false;
    QDialog::hideEvent(event);
}

void ServerCheckDialog::startProbe()
{
    if (!m_startPending)
        return;
    m_startPending = false;
    m_startFallback->stop();
    m_probe->start(m_options);
}

void ServerCheckDialog::cancel()
{
    if (!m_probe->isRunning() && !m_startPending)
        return;
    m_startPending = false;
    m_startFallback->stop();
    m_probe->cancel();
    setRunning(false);
}

void ServerCheckDialog::setRunning(bool running)
{
    m_cancel->setVisible(running);
    m_cancel->setEnabled(running);
    if (running)
        m_cancel->setFocus();
}

void ServerCheckDialog::onMode(const ModeReport &mode)
{
    m_live << mode;
    setProgressValue(m_progress, int(m_live.size()));
    auto *item = new QTreeWidgetItem(m_modes);
    item->setText(0, QStringLiteral("…"));
    item->setText(1, securityModeName(mode.mode, mode.service));
    item->setText(2, QString::number(mode.port));
    item->setText(3, ProbeText::mark(mode));
    item->setForeground(3, markColor(mode));
    item->setText(4, mode.verdict);
    item->setData(0, Qt::UserRole, int(m_live.size() - 1));
}

void ServerCheckDialog::onFinished(const ProbeReport &report)
{
    m_report = report;
    setRunning(false);
    m_title->setText(
        tr("%1 server %2: every mode, safest first")
            .arg(m_service == ProbeService::Smtp ? QStringLiteral("SMTP") : QStringLiteral("POP3"),
                 report.host));
    fillRows();
    QString recommendation = report.recommendation;
    if (const QString mech = report.recommendedMechanism(m_settings); !mech.isEmpty())
        recommendation +=
            QLatin1Char('\n') +
            tr("Sign-in there: %1 (the strongest offered that the settings can use)").arg(mech);
    m_recommendation->setText(recommendation);
    QStringList alarms;
    if (report.pinAlarm)
        alarms << report.alarm;
    m_alarm->setText(alarms.join(QLatin1Char('\n')));
    m_alarm->setVisible(!alarms.isEmpty());
    m_changes = report.recommendedChanges(m_settings);
    if (report.recommendedMode()) {
        m_changesLabel->setText(m_changes.isEmpty() ? tr("The form already uses it.")
                                                    : QString(tr("Applying changes:\n") +
                                                              ProbeText::changes(m_changes)));
    }
    m_apply->setEnabled(!m_changes.isEmpty());
    if (m_apply->isEnabled())
        m_apply->setFocus();
    if (!m_memoryPath.isEmpty() && m_service == ProbeService::Smtp)
        reviewMemory(false); // finished once the memory has been read
    else
        Q_EMIT finished(report);
}

void ServerCheckDialog::fillRows()
{
    m_modes->clear();
    for (int i = 0; i < m_report.modes.size(); ++i) {
        const ModeReport &m = m_report.modes.at(i);
        auto *item = new QTreeWidgetItem(m_modes);
        item->setText(0,
                      i == m_report.recommended ? tr("%1 ★").arg(i + 1) : QString::number(i + 1));
        item->setText(1, securityModeName(m.mode, m.service));
        item->setText(2, QString::number(m.port));
        item->setText(3, ProbeText::mark(m));
        item->setForeground(3, markColor(m));
        item->setText(4, m.verdict);
        item->setToolTip(4, m.verdict);
        item->setData(0, Qt::UserRole, i);
        if (i == m_report.recommended) {
            QFont f = item->font(0);
            f.setBold(true);
            for (int c = 0; c < 5; ++c)
                item->setFont(c, f);
        }
    }
    const int select = m_report.recommended >= 0 ? m_report.recommended : 0;
    if (QTreeWidgetItem *item = m_modes->topLevelItem(select))
        m_modes->setCurrentItem(item);
}

void ServerCheckDialog::showDetails()
{
    QTreeWidgetItem *item = m_modes->currentItem();
    if (!item) {
        m_details->clear();
        return;
    }
    const int i = item->data(0, Qt::UserRole).toInt();
    const QList<ModeReport> &source = m_probe->isRunning() ? m_live : m_report.modes;
    if (i >= 0 && i < source.size())
        m_details->setPlainText(ProbeText::details(source.at(i)));
}

void ServerCheckDialog::reviewMemory(bool acceptDowngrades)
{
    // The remembered capabilities are read, and perhaps rewritten with an fsync, on the
    // background writer, not on the GUI thread; the check counts as running until then.
    m_reviewing = true;
    const int generation = m_generation;
    auto *watcher = new QFutureWatcher<ProbeMemoryReview>(this);
    connect(watcher, &QFutureWatcher<ProbeMemoryReview>::finished, this,
            [this, watcher, generation, acceptDowngrades] {
                watcher->deleteLater();
                if (generation != m_generation)
                    return; // a new check started meanwhile
                m_reviewing = false;
                showReview(watcher->result(), acceptDowngrades);
                if (!acceptDowngrades)
                    Q_EMIT finished(m_report);
            });
    watcher->setFuture(BackgroundWrites::run<ProbeMemoryReview>(
        [path = m_memoryPath, settings = m_settings, service = m_service, report = m_report,
         acceptDowngrades] {
            ProbeMemoryReview review =
                reviewProbeMemory(path, settings, service, report, acceptDowngrades);
            // A queue held because a session was refused as a downgrade goes on.
            if (acceptDowngrades && review.accepted)
                Queue(Queue::dirFor(settings)).releaseDowngradeHold();
            return review;
        }));
}

void ServerCheckDialog::showReview(const ProbeMemoryReview &review, bool acceptedNow)
{
    if (acceptedNow) {
        m_accept->setEnabled(true);
        if (review.accepted) {
            m_acceptable = false;
            m_accept->setVisible(false);
            m_alarm->setText(tr("Accepted: sessions now expect what the server offers today."));
        }
        return;
    }
    if (review.downgrades.isEmpty())
        return;
    QString text = m_alarm->text();
    if (!text.isEmpty())
        text += QLatin1Char('\n');
    text += review.downgrades.join(QLatin1Char('\n'));
    m_alarm->setText(text);
    m_alarm->setVisible(true);
    m_acceptable = review.configuredWorks;
    m_accept->setVisible(m_acceptable);
}

void ServerCheckDialog::closeEvent(QCloseEvent *event)
{
    cancel();
    QDialog::closeEvent(event);
}

} // namespace mw
