// SPDX-License-Identifier: GPL-3.0-or-later
#include "DetectDialog.h"

#include "ProbeText.h"
#include "Tint.h"
#include "diagnostics/SetupProposal.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace mw {

namespace {

QString sourceName(DetectionSource s)
{
    return SetupProposal::sourceName(s); // one wording for the dialog and the assistant
}

} // namespace

DetectDialog::DetectDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("detectDialog"));
    setWindowTitle(tr("Get SMTP server address"));
    setSizeGripEnabled(true);
    m_detector = new AutoDetector(this);
    connect(m_detector, &AutoDetector::lookupFinished, this,
            [this](const QString &summary) { m_log->appendPlainText(summary); });
    connect(m_detector, &AutoDetector::candidateProbed, this, [this](const DetectedCandidate &c) {
        ++m_probed;
        m_status->setText(tr("Probing candidates: %n checked…", nullptr, m_probed));
        m_log->appendPlainText(tr("%1 %2:%3 (%4): %5")
                                   .arg(ProbeText::mark(c.probe), c.host)
                                   .arg(c.port)
                                   .arg(securityModeName(c.mode, c.service), c.probe.verdict));
    });
    connect(m_detector, &AutoDetector::finished, this, &DetectDialog::onFinished);

    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    auto *label = new QLabel(tr("E-mail &address or domain:"), this);
    m_address = new QLineEdit(this);
    m_address->setObjectName(QStringLiteral("detectAddress"));
    m_address->setAccessibleName(tr("E-mail address or domain to look up"));
    m_address->setPlaceholderText(tr("alerts@example.com"));
    label->setBuddy(m_address);
    m_start = new QPushButton(tr("&Search"), this);
    m_start->setObjectName(QStringLiteral("detectStartButton"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("detectCancelButton"));
    m_cancel->setVisible(false);
    row->addWidget(label);
    row->addWidget(m_address, 1);
    row->addWidget(m_start);
    row->addWidget(m_cancel);
    layout->addLayout(row);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("detectProgress"));
    m_progress->setRange(0, 1);
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Search progress"));
    layout->addWidget(m_progress);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("detectStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto *split = new QSplitter(Qt::Vertical, this);
    m_candidates = new QTreeWidget(split);
    m_candidates->setObjectName(QStringLiteral("detectCandidates"));
    m_candidates->setAccessibleName(tr("Servers found"));
    m_candidates->setRootIsDecorated(false);
    m_candidates->setColumnCount(6);
    m_candidates->setHeaderLabels(
        {tr("Service"), tr("Server"), tr("Port"), tr("Security"), tr("Found by"), tr("Result")});
    m_candidates->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_candidates->header()->setStretchLastSection(true);
    m_log = new QPlainTextEdit(split);
    m_log->setObjectName(QStringLiteral("detectLog"));
    m_log->setAccessibleName(tr("What each lookup found"));
    m_log->setReadOnly(true);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    // Plain text: host names and warnings come from DNS and autoconfig files.
    m_recommendation = wrapLabel(QStringLiteral("detectRecommendation"), this);
    layout->addWidget(m_recommendation);

    m_foreignWarning = wrapLabel(QStringLiteral("detectForeignWarning"), this);
    m_foreignWarning->setVisible(false);
    layout->addWidget(m_foreignWarning);
    m_confirmForeign = new QCheckBox(this);
    m_confirmForeign->setObjectName(QStringLiteral("detectConfirmForeign"));
    m_confirmForeign->setAccessibleName(tr("Confirm the server outside the address's domain"));
    m_confirmForeign->setVisible(false);
    layout->addWidget(m_confirmForeign);

    auto *buttons = new QHBoxLayout;
    m_apply = new QPushButton(tr("&Use the selected server"), this);
    m_apply->setObjectName(QStringLiteral("detectApplyButton"));
    m_apply->setEnabled(false);
    m_close = new QPushButton(tr("Close"), this);
    m_close->setObjectName(QStringLiteral("detectCloseButton"));
    buttons->addWidget(m_apply);
    buttons->addStretch();
    buttons->addWidget(m_close);
    layout->addLayout(buttons);
    for (QPushButton *b : {m_start, m_cancel, m_apply, m_close})
        b->setAutoDefault(false);
    m_start->setDefault(true);

    connect(m_start, &QPushButton::clicked, this, &DetectDialog::start);
    connect(m_address, &QLineEdit::returnPressed, this, &DetectDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        cancel();
        m_status->setText(tr("Search cancelled."));
    });
    connect(m_close, &QPushButton::clicked, this, &QDialog::close);
    connect(m_candidates, &QTreeWidget::currentItemChanged, this, &DetectDialog::selectionChanged);
    connect(m_confirmForeign, &QCheckBox::toggled, this, &DetectDialog::updateSelection);
    connect(m_apply, &QPushButton::clicked, this, [this] {
        const DetectedCandidate *c = selected();
        const QList<SettingChange> changes = selectedChanges();
        if (!c || changes.isEmpty())
            return;
        Q_EMIT applyRequested(changes, c->probe);
        m_recommendation->setText(tr("Applied to the form: Save keeps it, Discard changes reverts "
                                     "it.\n") +
                                  ProbeText::changes(changes));
        m_apply->setEnabled(false);
    });
    resize(860, 620);
}

DetectDialog::~DetectDialog()
{
    m_detector->cancel();
}

void DetectDialog::setAddress(const QString &address)
{
    m_address->setText(address);
}

void DetectDialog::start()
{
    const QString input = m_address->text().trimmed();
    if (input.isEmpty()) {
        m_status->setText(tr("Type an e-mail address or a domain first."));
        m_address->setFocus();
        return;
    }
    m_detector->cancel();
    m_report = {};
    m_probed = 0;
    m_candidates->clear();
    m_log->clear();
    m_recommendation->clear();
    selectionChanged();
    m_progress->setRange(0, 0); // busy
    m_status->setText(
        tr("Looking up %1: SRV records, autoconfig, MX, provider table, guesses…").arg(input));
    m_start->setEnabled(false);
    m_cancel->setVisible(true);
    m_cancel->setFocus();
    // The window never takes a foreign host without the admin's confirmation.
    AutoDetector::Options o = m_options;
    o.acceptForeignHosts = false;
    m_detector->start(input, o);
}

void DetectDialog::cancel()
{
    m_detector->cancel();
    m_progress->setRange(0, 1);
    setProgressValue(m_progress, 0);
    m_start->setEnabled(true);
    m_cancel->setVisible(false);
}

void DetectDialog::onFinished(const DetectionReport &report)
{
    m_report = report;
    m_progress->setRange(0, 1);
    setProgressValue(m_progress, 1);
    m_start->setEnabled(true);
    m_cancel->setVisible(false);
    if (!report.error.isEmpty()) {
        m_status->setText(report.error);
        Q_EMIT finished(report);
        return;
    }
    int offered = 0;
    QTreeWidgetItem *toSelect = nullptr;
    const DetectedCandidate *best = report.recommended(ProbeService::Smtp);
    for (int i = 0; i < report.candidates.size(); ++i) {
        const DetectedCandidate &c = report.candidates.at(i);
        auto *item = new QTreeWidgetItem(m_candidates);
        item->setText(0, c.service == ProbeService::Smtp ? QStringLiteral("SMTP")
                                                         : QStringLiteral("POP3"));
        item->setText(1, c.host);
        item->setText(2, QString::number(c.port));
        item->setText(3, securityModeName(c.mode, c.service));
        item->setText(4, sourceName(c.source));
        item->setToolTip(4, c.sources.join(QLatin1Char('\n')));
        QString result;
        if (c.foreign)
            result = QStringLiteral("⚠ ");
        if (!c.probed)
            result += tr("not probed: %1").arg(c.skipped);
        else if (c.offered())
            result += ProbeText::mark(c.probe) + QLatin1Char(' ') + c.probe.verdict;
        else
            result += QStringLiteral("✗ ") + c.probe.verdict;
        if (!c.warning.isEmpty())
            result += QStringLiteral(" — ") + c.warning;
        if (!c.notes.isEmpty())
            result += QStringLiteral(" — ") + c.notes;
        item->setText(5, result);
        item->setToolTip(5, (c.warning.isEmpty() ? QString() : c.warning + QLatin1Char('\n')) +
                                (c.probed ? ProbeText::details(c.probe) : c.skipped));
        item->setData(0, Qt::UserRole, i);
        if (!c.offered()) {
            item->setForeground(5, QColor(0x9e, 0x9e, 0x9e));
        } else {
            ++offered;
        }
        if (&c == best) {
            toSelect = item;
            QFont f = item->font(1);
            f.setBold(true);
            for (int col = 0; col < 6; ++col)
                item->setFont(col, f);
        }
    }
    if (!toSelect && m_candidates->topLevelItemCount() > 0)
        toSelect = m_candidates->topLevelItem(0);
    m_status->setText(tr("%n server(s) found that work; every candidate was probed before it is "
                         "offered.",
                         nullptr, offered));
    QString rec = report.smtp.recommendation;
    if (best)
        rec = tr("Recommended: %1 port %2 with %3, found by %4.")
                  .arg(best->host)
                  .arg(best->port)
                  .arg(securityModeName(best->mode, best->service),
                       best->sources.value(0, sourceName(best->source)));
    m_recommendation->setText(rec);
    if (toSelect)
        m_candidates->setCurrentItem(toSelect);
    selectionChanged();
    Q_EMIT finished(report);
}

const DetectedCandidate *DetectDialog::selected() const
{
    QTreeWidgetItem *item = m_candidates->currentItem();
    if (!item)
        return nullptr;
    const int i = item->data(0, Qt::UserRole).toInt();
    return i >= 0 && i < m_report.candidates.size() ? &m_report.candidates.at(i) : nullptr;
}

QList<SettingChange> DetectDialog::selectedChanges() const
{
    const DetectedCandidate *c = selected();
    if (!c || (c->foreign && !m_confirmForeign->isChecked()))
        return {};
    return DetectionReport::changesFor(*c, m_settings);
}

void DetectDialog::selectionChanged()
{
    // A confirmation is for one host: a new selection asks again.
    const DetectedCandidate *c = selected();
    const bool foreign = c && c->foreign && c->offered();
    {
        const QSignalBlocker block(m_confirmForeign);
        m_confirmForeign->setChecked(false);
    }
    m_confirmForeign->setVisible(foreign);
    m_foreignWarning->setVisible(foreign);
    if (foreign) {
        m_foreignWarning->setText(QStringLiteral("⚠ ") + c->warning);
        m_confirmForeign->setText(
            tr("I have checked that %1 is the mail server of %2").arg(c->host, m_report.domain));
    }
    updateSelection();
}

void DetectDialog::updateSelection()
{
    const QList<SettingChange> changes = selectedChanges();
    m_apply->setEnabled(!changes.isEmpty());
    const DetectedCandidate *c = selected();
    if (c && c->offered() && c->foreign && !m_confirmForeign->isChecked())
        m_apply->setToolTip(
            tr("Confirm first that this server outside %1 is the right one.").arg(m_report.domain));
    else if (c && c->offered())
        m_apply->setToolTip(ProbeText::changes(changes));
    else
        m_apply->setToolTip(tr("Only a server that answered the probe can be used."));
}

void DetectDialog::closeEvent(QCloseEvent *event)
{
    cancel();
    QDialog::closeEvent(event);
}

} // namespace mw
