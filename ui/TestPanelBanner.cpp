// SPDX-License-Identifier: GPL-3.0-or-later
// TestPanel's result banner: the sentence, the hint, the server's words, where the test went,
// the certificate and security-mode remedies, and the transcript under it. Built when a result
// is first shown (banner()): hidden until then, and at the window's first paint its frames,
// labels, buttons and the transcript's QPlainTextEdit cost construction and polish
// (docs/PERFORMANCE-WINDOW.md).
#include "TestPanel.h"
#include "Tint.h"

#include "diagnostics/CertificateReport.h"
#include "diagnostics/ModeMismatch.h"
#include "diagnostics/ProbeMode.h"

#include <QClipboard>
#include <QFrame>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mw {

QFrame *TestPanel::banner()
{
    if (m_banner)
        return m_banner;
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
    // A certificate problem: what it is, and trusting exactly that certificate (its pin),
    // never "ignore errors". A mode mismatch: the one-click fix of the security setting.
    m_certificate = new QFrame(m_banner);
    m_certificate->setObjectName(QStringLiteral("testCertificate"));
    m_certificate->setFrameShape(QFrame::StyledPanel);
    auto *cl = new QVBoxLayout(m_certificate);
    m_certificateDetails = wrapLabel(QStringLiteral("testCertificateDetails"), m_certificate);
    m_trust = new QPushButton(tr("&Trust this certificate"), m_certificate);
    m_trust->setObjectName(QStringLiteral("trustCertificateButton"));
    m_trust->setAutoDefault(false);
    m_trust->setToolTip(tr("Pins this certificate's SHA-256 fingerprint in the form (Trusted "
                           "certificate field); only this certificate is accepted then"));
    cl->addWidget(m_certificateDetails);
    cl->addWidget(m_trust, 0, Qt::AlignLeft);
    m_certificate->setVisible(false);
    bl->addWidget(m_certificate);
    m_modeFix = new QPushButton(m_banner);
    m_modeFix->setObjectName(QStringLiteral("modeFixButton"));
    m_modeFix->setAutoDefault(false);
    m_modeFix->setVisible(false);
    bl->addWidget(m_modeFix, 0, Qt::AlignLeft);
    connect(m_trust, &QPushButton::clicked, this, [this] {
        if (m_trustChanges.isEmpty())
            return;
        Q_EMIT changesRequested(m_trustChanges);
        m_trust->setEnabled(false);
        m_progress->setText(tr("The certificate is pinned in the form: save, then test again."));
    });
    connect(m_modeFix, &QPushButton::clicked, this, [this] {
        if (m_fixChanges.isEmpty())
            return;
        Q_EMIT changesRequested(m_fixChanges);
        m_modeFix->setEnabled(false);
        m_progress->setText(tr("The security setting is changed in the form: test again, then "
                               "save."));
    });
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

    m_transcript = new QPlainTextEdit(this);
    m_transcript->setObjectName(QStringLiteral("transcriptView"));
    m_transcript->setAccessibleName(tr("Transcript"));
    m_transcript->setReadOnly(true);
    m_transcript->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_transcript->setVisible(false);
    // Where they were when the panel built them with everything else: after the step lists,
    // before the closing stretch.
    auto *box = static_cast<QVBoxLayout *>(layout());
    const int at = box->count() - 1;
    box->insertWidget(at, m_banner);
    box->insertWidget(at + 1, m_transcript, 1);
    connect(m_showTranscript, &QPushButton::toggled, this, [this](bool on) {
        // Its monospace font is looked up when it is first shown: set in the constructor,
        // the font's file was opened and mapped before the window's first paint.
        if (on && !m_transcript->testAttribute(Qt::WA_SetFont))
            m_transcript->setFont(QFont(QStringLiteral("monospace")));
        m_transcript->setPlainText(m_test->transcript().toText());
        m_transcript->setVisible(on);
        m_showTranscript->setText(on ? tr("Hide transcri&pt") : tr("Sh&ow transcript"));
    });
    connect(m_copyDiagnostics, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(diagnostics());
        m_progress->setText(tr("Diagnostics copied to the clipboard."));
    });
    return m_banner;
}

void TestPanel::showRemedies(const Result &result)
{
    banner();
    m_trustChanges.clear();
    m_fixChanges.clear();
    const TlsTrust trust{m_settings.smtp.caFile, m_settings.smtp.pinSha256};
    const CertificateReport cert = CertificateReport::evaluate(result, trust);
    const bool certProblem =
        !result.ok && result.errorClass == ErrorClass::TlsCertificate && cert.presented;
    if (certProblem) {
        QStringList lines;
        if (cert.pinChanged)
            lines << tr("ALARM: this is not the certificate you trusted. Check with the server's "
                        "administrator before trusting the new one.");
        lines << cert.detailLines();
        m_certificateDetails->setText(lines.join(QLatin1Char('\n')));
        m_trustChanges =
            cert.canTrust() ? cert.trustChanges(ProbeService::Smtp) : QList<SettingChange>{};
        m_trust->setText(cert.pinChanged ? tr("&Trust the new certificate")
                                         : tr("&Trust this certificate"));
        m_trust->setEnabled(!m_trustChanges.isEmpty());
        m_trust->setToolTip(m_trustChanges.isEmpty()
                                ? tr("An expired or not yet valid certificate must be replaced "
                                     "on the server; it cannot be trusted.")
                                : tr("Pins SHA-256 %1 in the form (Trusted certificate field); "
                                     "only this certificate is accepted then.")
                                      .arg(cert.certificate.sha256));
    }
    m_certificate->setVisible(certProblem);
    const std::optional<ModeMismatch> mismatch = ModeMismatch::diagnose(
        result, configuredSecurityMode(m_settings, ProbeService::Smtp), ProbeService::Smtp);
    if (mismatch && !mismatch->fix.isEmpty()) {
        m_fixChanges = mismatch->fix;
        m_modeFix->setText(mismatch->expected == SecurityMode::ImplicitTls
                               ? tr("&Use implicit TLS on this port")
                               : tr("&Use STARTTLS on this port"));
        m_modeFix->setToolTip(mismatch->message);
        m_modeFix->setEnabled(true);
        // The diagnosis goes first: it says what to change, the generic hint does not.
        const QString hint = m_bannerHint->text();
        m_bannerHint->setText(hint.isEmpty()
                                  ? mismatch->message
                                  : QString(mismatch->message + QLatin1Char(' ') + hint));
        m_bannerHint->setVisible(true);
    }
    m_modeFix->setVisible(!m_fixChanges.isEmpty());
}

void TestPanel::showBanner(bool ok, const QString &title, const QString &hint,
                           const QString &server, const QString &where)
{
    banner();
    QPalette pal = palette();
    pal.setColor(QPalette::Window,
                 tintedWindow(palette().color(QPalette::Window),
                              ok ? QColor(0x2e, 0xa0, 0x43) : QColor(0xd9, 0x30, 0x25)));
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

} // namespace mw
