// SPDX-License-Identifier: GPL-3.0-or-later
#include "Pickup.h"

#include "settings/AtomicFile.h"

#include <QFileInfo>

namespace mw {

QByteArray Pickup::format(const QString &sender, const QStringList &recipients,
                          const QByteArray &content)
{
    QByteArray out = "X-Sender: " + sender.toUtf8() + "\r\n";
    for (const QString &r : recipients)
        out += "X-Receiver: " + r.toUtf8() + "\r\n";
    // Normalize the message to CR LF (RFC 5322 §2.1); MTAs reading pickup files expect it.
    QByteArray body;
    body.reserve(content.size() + content.size() / 40);
    for (qsizetype i = 0; i < content.size(); ++i) {
        const char c = content.at(i);
        if (c == '\r') {
            body += "\r\n";
            if (i + 1 < content.size() && content.at(i + 1) == '\n')
                ++i;
        } else if (c == '\n') {
            body += "\r\n";
        } else {
            body += c;
        }
    }
    if (!body.endsWith("\r\n"))
        body += "\r\n";
    return out + body;
}

bool Pickup::write(const QString &dir, const QString &name, const QString &sender,
                   const QStringList &recipients, const QByteArray &content, QString *error)
{
    const QFileInfo d(dir);
    if (dir.isEmpty() || !d.isDir()) {
        if (error)
            *error = tr("The pickup folder %1 does not exist.").arg(dir);
        return false;
    }
    for (const QString &r : recipients) {
        if (r.contains(QLatin1Char('\r')) || r.contains(QLatin1Char('\n'))) {
            if (error)
                *error = tr("A recipient contains a line break.");
            return false;
        }
    }
    // 0644: the MTA collecting the folder usually runs as another user.
    return AtomicFile::write(dir + QLatin1Char('/') + name + QStringLiteral(".eml"),
                             format(sender, recipients, content), 0644, error);
}

} // namespace mw
