// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostics/CertificateReport.h"
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

    // The certificate seen at the last check: days until it expires in the tooltip, a
    // warning in the text from CertificateReport::kDefaultWarnDays (21) days before expiry,
    // an alarm when a pinned certificate was replaced. Cleared by a state of Stop or Not
    // connected (the settings changed).
    enum class CertificateAlert { None, Ok, Warning, Alarm };
    void setCertificate(const CertificateReport &certificate);
    [[nodiscard]] CertificateAlert certificateAlert() const { return m_alert; }
    [[nodiscard]] const CertificateReport &certificate() const { return m_certificate; }

    void setState(const ServerState &state, bool loginSuspended = false);
    [[nodiscard]] ServerStatus status() const { return m_state.status; }
    [[nodiscard]] QString statusText() const;
    // OAuth2: the saved sign-in was refused. Shown as "Sign-in required" instead of
    // "Unable to connect" (set by setState from ServerState::signInRequired, and by the
    // window after a new sign-in).
    void setSignInRequired(bool on);
    [[nodiscard]] bool isSignInRequired() const { return m_signInRequired; }
    // What the indicator shows after the server name.
    [[nodiscard]] QString shownText() const;
    [[nodiscard]] static QColor colorFor(ServerStatus status);
    // "Operating" but unencrypted (ServerState::endedInClear): a warning, drawn in
    // warningColor() instead of green, with "unencrypted" after the status name.
    [[nodiscard]] bool isUnencryptedWarning() const;
    [[nodiscard]] static QColor warningColor();
    // The colour of the dot now.
    [[nodiscard]] QColor dotColor() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override { return sizeHint(); }
    void changeEvent(QEvent *event) override;

private:
    QString m_serverLabel;
    void render();

    ServerState m_state;
    bool m_loginSuspended = false;
    bool m_signInRequired = false;
    CertificateReport m_certificate;
    CertificateAlert m_alert = CertificateAlert::None;
    QLabel *m_name = nullptr; // the server's name, bold
    QLabel *m_text = nullptr; // the status (and its warnings)
};

} // namespace mw
