// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatusIndicator.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>

namespace mw {

namespace {
constexpr int kDot = 12;
} // namespace

StatusIndicator::StatusIndicator(const QString &serverLabel, QWidget *parent)
    : QWidget(parent)
    , m_serverLabel(serverLabel)
{
    // The server's name in bold, then the status. Plain text (rich text only for the warnings
    // after the status): a rich-text label builds a QTextDocument and lays it out, every time
    // its text changes (docs/PERFORMANCE-WINDOW.md).
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(kDot + 8, 0, 0, 0);
    layout->setSpacing(4);
    // The status label is the indicator's first child (tests look for the first QLabel).
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("text"));
    m_text->setTextFormat(Qt::PlainText);
    m_name = new QLabel(this);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setTextFormat(Qt::PlainText);
    QFont bold = m_name->font();
    bold.setBold(true);
    m_name->setFont(bold);
    m_name->setText(m_serverLabel);
    layout->addWidget(m_name);
    layout->addWidget(m_text);
    layout->addStretch();
    setFocusPolicy(Qt::TabFocus); // so that a screen reader user can reach and read it
    m_state.status = ServerStatus::Stop;
    setState(m_state);
}

QColor StatusIndicator::colorFor(ServerStatus status)
{
    switch (status) {
    case ServerStatus::Stop:
        return QColor(0x9e, 0x9e, 0x9e);
    case ServerStatus::NotConnected:
        return QColor(0x42, 0x85, 0xf4);
    case ServerStatus::InProgress:
        return QColor(0xf5, 0xa6, 0x23);
    case ServerStatus::Operating:
        return QColor(0x2e, 0xa0, 0x43);
    case ServerStatus::UnableToConnect:
        return QColor(0xd9, 0x30, 0x25);
    }
    return {};
}

QColor StatusIndicator::warningColor()
{
    return QColor(0xe6, 0x7e, 0x22);
}

bool StatusIndicator::isUnencryptedWarning() const
{
    return m_state.status == ServerStatus::Operating && m_state.endedInClear;
}

QColor StatusIndicator::dotColor() const
{
    return isUnencryptedWarning() ? warningColor() : colorFor(m_state.status);
}

QString StatusIndicator::statusText() const
{
    return mw::statusText(m_state.status);
}

void StatusIndicator::setSignInRequired(bool on)
{
    if (m_signInRequired == on)
        return;
    m_signInRequired = on;
    render();
}

QString StatusIndicator::shownText() const
{
    return m_signInRequired ? tr("Sign-in required") : statusText();
}

void StatusIndicator::setState(const ServerState &state, bool loginSuspended)
{
    m_state = state;
    m_loginSuspended = loginSuspended;
    m_signInRequired = state.signInRequired && state.status != ServerStatus::InProgress;
    if (state.status == ServerStatus::Stop || state.status == ServerStatus::NotConnected)
        setCertificate({});
    render();
}

void StatusIndicator::setCertificate(const CertificateReport &certificate)
{
    m_certificate = certificate;
    if (!certificate.presented)
        m_alert = CertificateAlert::None;
    else if (certificate.pinChanged)
        m_alert = CertificateAlert::Alarm;
    else if (certificate.expired || certificate.notYetValid || certificate.expiresSoon)
        m_alert = CertificateAlert::Warning;
    else
        m_alert = CertificateAlert::Ok;
    render();
}

void StatusIndicator::render()
{
    const ServerState &state = m_state;
    QString text;
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    if (isUnencryptedWarning())
        text += QStringLiteral(" <b style=\"color:%1\">%2</b>")
                    .arg(dark ? QStringLiteral("#ffcc80") : QStringLiteral("#b45f06"),
                         tr("— unencrypted").toHtmlEscaped());
    if (m_alert == CertificateAlert::Alarm)
        text += QStringLiteral(" <b style=\"color:%1\">%2</b>")
                    .arg(dark ? QStringLiteral("#ff8a80") : QStringLiteral("#c62828"),
                         tr("— pinned certificate changed!").toHtmlEscaped());
    else if (m_alert == CertificateAlert::Warning)
        text += QStringLiteral(" <span style=\"color:%1\">%2</span>")
                    .arg(dark ? QStringLiteral("#ffcc80") : QStringLiteral("#b45f06"),
                         (m_certificate.expired ? tr("— certificate expired")
                                                : tr("— certificate expires in %n day(s)", nullptr,
                                                     m_certificate.daysToExpiry))
                             .toHtmlEscaped());
    if (text.isEmpty()) {
        m_text->setTextFormat(Qt::PlainText);
        m_text->setText(shownText());
    } else {
        m_text->setTextFormat(Qt::RichText);
        m_text->setText(shownText().toHtmlEscaped() + text);
    }
    QStringList tip;
    tip << tr("%1: %2").arg(m_serverLabel, statusText());
    switch (state.status) {
    case ServerStatus::Stop:
        tip << tr("Disabled or no server set.");
        break;
    case ServerStatus::NotConnected:
        tip << tr("Nothing tried since start or since the settings changed.");
        break;
    default:
        break;
    }
    if (!state.reason.isEmpty())
        tip << tr("Reason: %1").arg(state.reason);
    if (!state.serverReply.isEmpty())
        tip << tr("Server said: %1").arg(state.serverReply);
    if (state.checkedAt.isValid())
        tip << tr("Last check: %1")
                   .arg(QLocale().toString(state.checkedAt.toLocalTime(), QLocale::ShortFormat));
    if (state.latencyMs >= 0 && state.checkedAt.isValid())
        tip << tr("Latency: %1 ms").arg(state.latencyMs);
    if (m_certificate.presented) {
        const QString warning = m_certificate.warning();
        if (!warning.isEmpty())
            tip << warning;
        if (!m_certificate.expired)
            tip << tr("Certificate valid for %n more day(s), until %1.", nullptr,
                      m_certificate.daysToExpiry)
                       .arg(QLocale().toString(m_certificate.certificate.notAfter.toLocalTime(),
                                               QLocale::ShortFormat));
        tip << tr("Certificate: %1, SHA-256 %2")
                   .arg(m_certificate.certificate.subject, m_certificate.certificate.sha256);
    }
    if (isUnencryptedWarning())
        tip << tr("Warning: the last session was not encrypted. The server offers no STARTTLS "
                  "(or someone on the way removed it), so it went on in clear text only because "
                  "no login is configured; with a login it would have stopped.");
    if (m_signInRequired)
        tip << tr("Sign-in required: the saved OAuth2 sign-in was refused. Sign in again on "
                  "the Authentication tab; until then nothing is sent.");
    if (m_loginSuspended)
        tip << tr("The login was rejected: automatic checks will not log in again until the "
                  "settings or the password change (Refresh Status still does).");
    const QString joined = tip.join(QLatin1Char('\n'));
    setToolTip(joined);
    setAccessibleName(tr("%1 status").arg(m_serverLabel));
    setAccessibleDescription(joined);
    updateGeometry();
    update();
}

QSize StatusIndicator::sizeHint() const
{
    const QSize t = layout()->sizeHint(); // the name and the text, after the dot's margin
    return {t.width(), qMax(t.height(), kDot)};
}

void StatusIndicator::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        update();
}

void StatusIndicator::paintEvent(QPaintEvent *event)
{
    QWidget::paintEvent(event);
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor c = dotColor();
    const QRectF dot(2, (height() - kDot) / 2.0, kDot, kDot);
    p.setPen(QPen(c.darker(130), 1));
    p.setBrush(c);
    p.drawEllipse(dot);
    if (hasFocus()) {
        p.setPen(QPen(palette().color(QPalette::Highlight), 1, Qt::DotLine));
        p.setBrush(Qt::NoBrush);
        p.drawRect(rect().adjusted(0, 0, -1, -1));
    }
}

} // namespace mw
