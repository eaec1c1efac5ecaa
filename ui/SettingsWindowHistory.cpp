// SPDX-License-Identifier: GPL-3.0-or-later
// SettingsWindow: the History view.
#include "HistoryView.h"
#include "SettingsWindow.h"

namespace mw {

HistoryView *SettingsWindow::showHistory()
{
    // The saved settings: the history and the queue of what the runner uses, not of an
    // unsaved edit in the form.
    if (!m_history) {
        m_history = new HistoryView(m_store.path(), m_model->savedSettings(), this);
        m_history->setAttribute(Qt::WA_DeleteOnClose);
        connect(this, &SettingsWindow::saveFinished, m_history,
                [this] { m_history->setSettings(m_model->savedSettings()); });
    }
    m_history->show();
    m_history->raise();
    m_history->activateWindow();
    return m_history;
}

} // namespace mw
