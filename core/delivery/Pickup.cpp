// SPDX-License-Identifier: GPL-3.0-or-later
#include "Pickup.h"

#include "Queue.h"
#include "settings/AtomicFile.h"

#include <QFileInfo>

namespace mw {

QByteArray Pickup::format(const QString &sender, const QStringList &recipients,
                          const QByteArray &content)
{
    QByteArray out = "X-Sender: " + sender.toUtf8() + "\r\n";
    for (const QString &r : recipients)
        out += "X-Receiver: " + r.toUtf8() + "\r\n";
    // CR LF line ends (RFC 5322 §2.1); MTAs reading pickup files expect them.
    QByteArray body = Queue::normalizeLineEnds(content);
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
