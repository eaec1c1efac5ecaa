// SPDX-License-Identifier: GPL-3.0-or-later
// SettingsWindow: the queue: depth, oldest age and the POP-before-SMTP relay window beside the SMTP
// indicator, and the Queue view.
#include "QueueSummary.h"
#include "QueueView.h"
#include "SettingsWindow.h"
#include "diagnostics/StatusMonitor.h"

#include <QBoxLayout>
#include <QPushButton>
#include <QTimer>

namespace mw {

void SettingsWindow::buildQueueSummary(QHBoxLayout *header, QBoxLayout *tools)
{
    m_queueSummary = new QueueSummary(this);
    header->addSpacing(24);
    header->addWidget(m_queueSummary);
    connect(m_queueSummary, &QueueSummary::clicked, this, [this] { showQueue(); });
    auto *queue = new QPushButton(tr("&Queue…"), this);
    queue->setObjectName(QStringLiteral("queueButton"));
    queue->setAutoDefault(false);
    queue->setToolTip(tr("Waiting, held and dead-lettered messages; bounces of sent ones"));
    tools->addWidget(queue);
    connect(queue, &QPushButton::clicked, this, [this] { showQueue(); });
    // The saved settings: read once the window has loaded them, again after each Save, and
    // after a status check (a runner may have held or released the queue meanwhile).
    QTimer::singleShot(0, this, [this] { m_queueSummary->setSettings(m_model->savedSettings()); });
    connect(this, &SettingsWindow::saveFinished, m_queueSummary,
            [this] { m_queueSummary->setSettings(m_model->savedSettings()); });
    connect(m_monitor, &StatusMonitor::checkFinished, m_queueSummary, &QueueSummary::refresh);
}

QueueView *SettingsWindow::showQueue()
{
    // The saved settings: the queue the runner uses, not that of an unsaved edit.
    if (!m_queueView) {
        m_queueView = new QueueView(m_store.path(), m_model->savedSettings(), this);
        m_queueView->setAttribute(Qt::WA_DeleteOnClose);
        connect(this, &SettingsWindow::saveFinished, m_queueView,
                [this] { m_queueView->setSettings(m_model->savedSettings()); });
        // An action in the view: the summary follows at once.
        connect(m_queueView, &QueueView::actionFinished, m_queueSummary, &QueueSummary::refresh);
    }
    m_queueView->show();
    m_queueView->raise();
    m_queueView->activateWindow();
    return m_queueView;
}

} // namespace mw
