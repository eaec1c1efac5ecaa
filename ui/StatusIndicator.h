// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostics/ServerStatus.h"

#include <QWidget>

class QLabel;

namespace mw {

// One server's status: a coloured dot, the server name and the exact status text of
// DESIGN.md; the tooltip (and accessible description) gives the reason, the last check
// time and the latency.
class StatusIndicator : public QWidget
{
    Q_OBJECT
public:
    StatusIndicator(const QString &serverLabel, QWidget *parent = nullptr);

    void setState(const ServerState &state, bool loginSuspended = false);
    [[nodiscard]] ServerStatus status() const { return m_state.status; }
    [[nodiscard]] QString statusText() const;
    [[nodiscard]] static QColor colorFor(ServerStatus status);

protected:
    void paintEvent(QPaintEvent *event) override;
    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override { return sizeHint(); }
    void changeEvent(QEvent *event) override;

private:
    QString m_serverLabel;
    ServerState m_state;
    QLabel *m_text = nullptr;
};

} // namespace mw
