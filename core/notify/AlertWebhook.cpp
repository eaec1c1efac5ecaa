// SPDX-License-Identifier: GPL-3.0-or-later
#include "AlertWebhook.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrl>

namespace mw {

namespace {

// Discord refuses a message whose content is longer than this.
constexpr qsizetype kDiscordLimit = 2000;

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString replyErrorName(QNetworkReply::NetworkError e)
{
    const char *name = QMetaEnum::fromType<QNetworkReply::NetworkError>().valueToKey(int(e));
    return name ? QString::fromLatin1(name) : QString::number(int(e));
}

} // namespace

AlertWebhook::AlertWebhook(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    // A redirect could lead anywhere, also to http://: the service's URL is the only one.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

AlertWebhook::~AlertWebhook() = default;

QString AlertWebhook::formatId(MailSettings::WebhookFormat format)
{
    switch (format) {
    case MailSettings::WebhookFormat::None:
        return QStringLiteral("none");
    case MailSettings::WebhookFormat::Generic:
        return QStringLiteral("generic");
    case MailSettings::WebhookFormat::Teams:
        return QStringLiteral("teams");
    case MailSettings::WebhookFormat::Slack:
        return QStringLiteral("slack");
    case MailSettings::WebhookFormat::Discord:
        return QStringLiteral("discord");
    }
    return QString();
}

QByteArray AlertWebhook::body(MailSettings::WebhookFormat format, const QString &kind,
                              const QString &title, const QString &text, const QString &host,
                              const QDateTime &at)
{
    const QString stamp = at.toUTC().toString(Qt::ISODate);
    const QString full = title + QStringLiteral(" (") + host + QStringLiteral(")\n\n") + text;
    switch (format) {
    case MailSettings::WebhookFormat::Teams: {
        // A Teams workflow ("Post to a channel when a webhook request is received") takes a
        // message whose attachments are Adaptive Cards.
        const QJsonObject card{
            {QStringLiteral("$schema"),
             QStringLiteral("http://adaptivecards.io/schemas/adaptive-card.json")},
            {QStringLiteral("type"), QStringLiteral("AdaptiveCard")},
            {QStringLiteral("version"), QStringLiteral("1.4")},
            {QStringLiteral("body"),
             QJsonArray{
                 QJsonObject{{QStringLiteral("type"), QStringLiteral("TextBlock")},
                             {QStringLiteral("text"), title},
                             {QStringLiteral("weight"), QStringLiteral("Bolder")},
                             {QStringLiteral("size"), QStringLiteral("Medium")},
                             {QStringLiteral("wrap"), true}},
                 QJsonObject{
                     {QStringLiteral("type"), QStringLiteral("FactSet")},
                     {QStringLiteral("facts"),
                      QJsonArray{QJsonObject{{QStringLiteral("title"), QStringLiteral("Host")},
                                             {QStringLiteral("value"), host}},
                                 QJsonObject{{QStringLiteral("title"), QStringLiteral("Kind")},
                                             {QStringLiteral("value"), kind}},
                                 QJsonObject{{QStringLiteral("title"), QStringLiteral("At")},
                                             {QStringLiteral("value"), stamp}}}}},
                 QJsonObject{{QStringLiteral("type"), QStringLiteral("TextBlock")},
                             {QStringLiteral("text"), text},
                             {QStringLiteral("wrap"), true}}}}};
        return compact(QJsonObject{
            {QStringLiteral("type"), QStringLiteral("message")},
            {QStringLiteral("attachments"),
             QJsonArray{QJsonObject{{QStringLiteral("contentType"),
                                     QStringLiteral("application/vnd.microsoft.card.adaptive")},
                                    {QStringLiteral("contentUrl"), QJsonValue::Null},
                                    {QStringLiteral("content"), card}}}}});
    }
    case MailSettings::WebhookFormat::Slack:
        return compact(QJsonObject{{QStringLiteral("text"), full}});
    case MailSettings::WebhookFormat::Discord: {
        QString content = full;
        if (content.size() > kDiscordLimit)
            content = content.left(kDiscordLimit - 1) + QChar(0x2026);
        return compact(QJsonObject{{QStringLiteral("content"), content}});
    }
    case MailSettings::WebhookFormat::None:
    case MailSettings::WebhookFormat::Generic:
        break;
    }
    return compact(QJsonObject{{QStringLiteral("source"), QStringLiteral("mailwright")},
                               {QStringLiteral("kind"), kind},
                               {QStringLiteral("host"), host},
                               {QStringLiteral("at"), stamp},
                               {QStringLiteral("title"), title},
                               {QStringLiteral("text"), text}});
}

bool AlertWebhook::checkUrl(const QString &url, QString *error)
{
    const QUrl u(url.trimmed(), QUrl::StrictMode);
    if (!u.isValid() || u.host().isEmpty()) {
        *error = tr("The alert webhook URL is not a valid URL.");
        return false;
    }
    if (u.scheme() != QLatin1String("https")) {
        *error = tr("The alert webhook URL must start with https:// (it carries an access "
                    "token, which must not travel in clear); %1 was refused.")
                     .arg(u.scheme() + QStringLiteral("://") + u.host());
        return false;
    }
    return true;
}

QString AlertWebhook::hostOf(const QString &url)
{
    return QUrl(url.trimmed()).host();
}

void AlertWebhook::post(const QString &url, const QByteArray &body, const QString &caFile,
                        Done done)
{
    // A refusal is reported later too, and counts as in flight until then.
    const auto later = [this, done](const Outcome &o) {
        ++m_inFlight;
        QTimer::singleShot(0, this, [this, done, o] {
            --m_inFlight;
            done(o);
            if (m_inFlight == 0)
                Q_EMIT idle();
        });
    };
    Outcome refused;
    if (!checkUrl(url, &refused.error)) {
        later(refused);
        return;
    }
    const QString host = hostOf(url);
    QNetworkRequest request{QUrl(url.trimmed())};
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("Mailwright"));
    request.setTransferTimeout(kTimeoutSeconds * 1000);
    if (!caFile.isEmpty()) {
        // Like smtp/ca_file: the file replaces the system store.
        const QList<QSslCertificate> cas = QSslCertificate::fromPath(caFile, QSsl::Pem);
        if (cas.isEmpty()) {
            refused.error =
                tr("No certificate could be read from %1 (alerts/webhook_ca_file).").arg(caFile);
            later(refused);
            return;
        }
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(cas);
        request.setSslConfiguration(tls);
    }
    ++m_inFlight;
    QNetworkReply *reply = m_network->post(request, body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, host, done] {
        reply->deleteLater();
        Outcome o;
        o.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QNetworkReply::NetworkError e = reply->error();
        if (o.httpStatus >= 200 && o.httpStatus < 300 && e == QNetworkReply::NoError) {
            o.ok = true;
        } else if (o.httpStatus != 0) {
            // errorString() would quote the whole URL, token and all: the status only.
            o.error = tr("The webhook at %1 answered HTTP %2.").arg(host).arg(o.httpStatus);
        } else if (e == QNetworkReply::OperationCanceledError) {
            o.error = tr("The webhook at %1 did not answer within %n second(s).", nullptr,
                         kTimeoutSeconds)
                          .arg(host);
        } else {
            o.error =
                tr("The webhook at %1 could not be reached (%2).").arg(host, replyErrorName(e));
        }
        --m_inFlight;
        done(o);
        if (m_inFlight == 0)
            Q_EMIT idle();
    });
}

void AlertWebhook::abortAll()
{
    const auto replies = m_network->findChildren<QNetworkReply *>();
    for (QNetworkReply *r : replies)
        r->abort();
}

} // namespace mw
