// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/MailSettings.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QObject>
#include <QString>

#include <functional>

class QNetworkAccessManager;

namespace mw {

// The alert webhook (alerts/webhook): one HTTPS POST per notice, straight to the service
// (never through the mail queue, which may be the very thing that fails). The URL is the
// secret "alerts-webhook": Slack, Teams and Discord URLs carry their access token in the
// path, so only its host is ever logged or shown.
class AlertWebhook : public QObject
{
    Q_OBJECT
public:
    struct Outcome
    {
        bool ok = false;
        int httpStatus = 0; // 0: no HTTP answer
        QString error;      // a sentence naming the host, never the URL
    };
    using Done = std::function<void(const Outcome &)>;

    // Seconds one POST may take, from connecting to the last byte of the answer.
    static constexpr int kTimeoutSeconds = 30;

    explicit AlertWebhook(QObject *parent = nullptr);
    ~AlertWebhook() override;
    Q_DISABLE_COPY_MOVE(AlertWebhook)

    // The body of one notice in the service's format: kind ("dead_letter"...), title (the
    // notice's subject), text (the events' paragraphs), host (this machine), at (UTC).
    [[nodiscard]] static QByteArray body(MailSettings::WebhookFormat format, const QString &kind,
                                         const QString &title, const QString &text,
                                         const QString &host, const QDateTime &at);
    // Only https:// with a host: anything else is refused (the URL holds a token that must
    // not travel in clear). False with a sentence in *error.
    [[nodiscard]] static bool checkUrl(const QString &url, QString *error);
    // The host of url, what logs and outcomes may name.
    [[nodiscard]] static QString hostOf(const QString &url);
    [[nodiscard]] static QString formatId(MailSettings::WebhookFormat format);

    // POSTs body to url (checked with checkUrl first). caFile: PEM file replacing the
    // system store; empty: the system store. done is called once, later, from the event
    // loop (also after abortAll()).
    void post(const QString &url, const QByteArray &body, const QString &caFile, Done done);
    void abortAll();
    [[nodiscard]] int inFlight() const { return m_inFlight; }

Q_SIGNALS:
    // No POST is under way any more.
    void idle();

private:
    QNetworkAccessManager *m_network;
    int m_inFlight = 0;
};

} // namespace mw
