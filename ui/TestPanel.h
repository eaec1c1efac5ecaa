// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "delivery/TestSend.h"
#include "diagnostics/AddressVerifier.h"
#include "diagnostics/SettingChange.h"
#include "notify/RoundTrip.h"
#include "protocol/Result.h"
#include "session/Credentials.h"
#include "settings/MailSettings.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;
class QFrame;

namespace mw {

// Send Test in place: the buttons, a step list with ✓/✗ and milliseconds per phase, a
// Cancel button while it runs, and at the end a banner with the sentence, the hint, the
// server's own words and where the test went; the redacted transcript and "Copy
// diagnostics" under it. Never modal: the test runs on the event loop (TestSend).
class TestPanel : public QWidget
{
    Q_OBJECT
public:
    explicit TestPanel(QWidget *parent = nullptr);

    // The window answers testRequested() (after the preflight and resolving the secrets
    // it names: CredentialResolver).
    void start(const MailSettings &settings, const Credentials &credentials, Phase stopAfter);
    // A problem found before any connection (invalid fields, no password): banner only.
    void showProblem(const QString &message, const QString &hint);
    // While the window fetches the password: buttons off, "Preparing…".
    void setPreparing(bool on);
    void cancel();
    void setConfigPath(const QString &path) { m_configPath = path; }
    // Where the access tokens come from (not owned): Send Test retries a refused one once.
    void setAccessTokenSource(AccessTokenSource *source) { m_tokens = source; }
    // "Verify addresses": MAIL FROM the bounce mailbox, RCPT each role address, RSET; one
    // row per address in verifyResults, nothing is sent.
    void startVerify(const MailSettings &settings, const Credentials &credentials);
    // "Send and fetch back" (TestPanelRoundTrip.cpp): RoundTrip on these settings, with its
    // own step list (sent, waiting, fetched, deleted) and the end-to-end delay. Offered only
    // while a POP3 account is set: else the button is off and `why` is its tooltip.
    void startRoundTrip(const MailSettings &settings, const Credentials &credentials);
    void setRoundTripAvailable(bool available, const QString &why);
    // How long the round trip waits for the message and how often it looks (seconds).
    void setRoundTripTiming(int waitSeconds, int pollSeconds);

    [[nodiscard]] bool isRunning() const;
    [[nodiscard]] const Result &result() const { return m_result; }
    [[nodiscard]] QString diagnostics() const;
    // The text of a step row ("✓", "✗", "…", "—") for tests and accessibility.
    [[nodiscard]] static QString stepName(Phase phase);
    // The sign-in row once the login succeeded: "Signed in with SCRAM-SHA-256".
    [[nodiscard]] static QString signedInText(const QString &mechanism);

Q_SIGNALS:
    // stopAfter Rcpt: "Verify addresses" (the window answers with startVerify()).
    void testRequested(mw::Phase stopAfter);
    void finished(const mw::Result &result);
    void verifyFinished(const mw::Result &result,
                        const QList<mw::AddressVerifier::AddressCheck> &checks);
    // "Trust this certificate" (its pin) or the mode-mismatch fix: the window puts the
    // changes into the form.
    void changesRequested(const QList<mw::SettingChange> &changes);
    // "Send and fetch back" (the window answers with startRoundTrip()).
    void roundTripRequested();
    void roundTripFinished(const mw::RoundTrip::Outcome &outcome);

private:
    void resetSteps(Phase stopAfter);
    void onState(Phase phase);
    void onStage(const StageTiming &stage);
    void onFinished(const Result &result);
    void showBanner(bool ok, const QString &title, const QString &hint, const QString &server,
                    const QString &where);
    void setRunning(bool running);
    [[nodiscard]] QTreeWidgetItem *rowFor(Phase phase) const;
    void showRemedies(const Result &result);
    // The result banner and the transcript under it, built on first use (TestPanelBanner.cpp).
    QFrame *banner();
    void onVerified(const Result &result, const QList<AddressVerifier::AddressCheck> &checks);
    // Built on first use (hidden until then): the addresses of Verify addresses, the round
    // trip's step list and delay.
    QTreeWidget *verifyResults();
    QWidget *roundTripBox();
    // The round trip's part (TestPanelRoundTrip.cpp).
    void buildRoundTrip();
    void onRoundTripStep(RoundTrip::Step step, RoundTrip::StepState state, qint64 ms);
    void onRoundTripFinished(const RoundTrip::Outcome &outcome);

    TestSend *m_test = nullptr;
    QPushButton *m_send = nullptr;
    QPushButton *m_checkLogin = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_progress = nullptr;
    QTreeWidget *m_steps = nullptr;
    QFrame *m_banner = nullptr;
    QLabel *m_bannerTitle = nullptr;
    QLabel *m_bannerHint = nullptr;
    QLabel *m_bannerServer = nullptr;
    QLabel *m_bannerWhere = nullptr;
    QPushButton *m_showTranscript = nullptr;
    QPushButton *m_copyDiagnostics = nullptr;
    QPlainTextEdit *m_transcript = nullptr;
    QFrame *m_certificate = nullptr;
    QLabel *m_certificateDetails = nullptr;
    QPushButton *m_trust = nullptr;
    QPushButton *m_modeFix = nullptr;
    QPushButton *m_verify = nullptr;
    QTreeWidget *m_verifyResults = nullptr;
    AddressVerifier *m_verifier = nullptr;
    bool m_verifying = false;
    QList<SettingChange> m_trustChanges;
    QList<SettingChange> m_fixChanges;
    QHash<int, qint64> m_ms; // per row, summed (TLS: STARTTLS + handshake)
    MailSettings m_settings;
    Result m_result;
    Phase m_stopAfter = Phase::Done;
    QString m_configPath;
    QPointer<AccessTokenSource> m_tokens;
    // The round trip (TestPanelRoundTrip.cpp).
    RoundTrip *m_roundTrip = nullptr;
    QPushButton *m_fetchBack = nullptr;
    QWidget *m_roundTripBox = nullptr;
    QTreeWidget *m_roundTripSteps = nullptr;
    QLabel *m_roundTripDelay = nullptr;
    RoundTrip::Options m_roundTripOptions;
    bool m_roundTripAvailable = false;
};

} // namespace mw
