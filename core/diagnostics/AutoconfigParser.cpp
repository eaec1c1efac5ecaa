// SPDX-License-Identifier: GPL-3.0-or-later
#include "AutoconfigParser.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

namespace mw {
namespace {

QString expand(QString text, const QString &address)
{
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    text.replace(QLatin1String("%EMAILADDRESS%"), address);
    text.replace(QLatin1String("%EMAILLOCALPART%"), at < 0 ? address : address.left(at));
    text.replace(QLatin1String("%EMAILDOMAIN%"), at < 0 ? QString() : address.mid(at + 1));
    return text.trimmed();
}

} // namespace

QList<AutoconfigServer> AutoconfigParser::parse(const QByteArray &xml, const QString &address,
                                                QString *error)
{
    QList<AutoconfigServer> out;
    if (xml.size() > kMaxSize) {
        if (error)
            *error = tooLargeMessage();
        return {};
    }
    QXmlStreamReader r(xml);
    bool inServer = false;
    bool wanted = false;
    AutoconfigServer current;
    QString socketType;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            const auto name = r.name();
            if (name == QLatin1String("outgoingServer") ||
                name == QLatin1String("incomingServer")) {
                inServer = true;
                const auto type = r.attributes().value(QLatin1String("type"));
                current = {};
                socketType.clear();
                if (name == QLatin1String("outgoingServer") && type == QLatin1String("smtp")) {
                    wanted = true;
                    current.service = ProbeService::Smtp;
                } else if (name == QLatin1String("incomingServer") &&
                           type == QLatin1String("pop3")) {
                    wanted = true;
                    current.service = ProbeService::Pop3;
                } else {
                    wanted = false;
                }
                continue;
            }
            if (!inServer || !wanted)
                continue;
            if (name == QLatin1String("hostname")) {
                current.host = expand(r.readElementText(), address);
            } else if (name == QLatin1String("port")) {
                bool ok = false;
                const uint p = r.readElementText().trimmed().toUInt(&ok);
                current.port = ok && p > 0 && p < 65536 ? static_cast<quint16>(p) : 0;
            } else if (name == QLatin1String("socketType")) {
                socketType = r.readElementText().trimmed();
            } else if (name == QLatin1String("username")) {
                current.userName = expand(r.readElementText(), address);
            } else if (name == QLatin1String("authentication")) {
                current.authentication << r.readElementText().trimmed();
            }
        } else if (r.isEndElement() && (r.name() == QLatin1String("outgoingServer") ||
                                        r.name() == QLatin1String("incomingServer"))) {
            if (inServer && wanted && !current.host.isEmpty()) {
                // Thunderbird's spellings: SSL (implicit TLS), STARTTLS, plain.
                if (socketType.compare(QLatin1String("SSL"), Qt::CaseInsensitive) == 0)
                    current.mode = SecurityMode::ImplicitTls;
                else if (socketType.compare(QLatin1String("plain"), Qt::CaseInsensitive) == 0)
                    current.mode = SecurityMode::Plain;
                else
                    current.mode = SecurityMode::StartTls;
                if (current.port == 0)
                    current.port = standardPort(current.mode, current.service);
                out << current;
            }
            inServer = false;
            wanted = false;
        }
    }
    if (r.hasError()) {
        if (error)
            *error = QCoreApplication::translate("mw::AutoconfigParser",
                                                 "the autoconfig document is not valid XML: %1")
                         .arg(r.errorString());
        return {};
    }
    return out;
}

QString AutoconfigParser::tooLargeMessage()
{
    return QCoreApplication::translate("mw::AutoconfigParser",
                                       "the autoconfig document is too large");
}

} // namespace mw
