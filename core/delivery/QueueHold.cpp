// SPDX-License-Identifier: GPL-3.0-or-later
// The hold of the whole queue (hold.json, or the .hold-storage marker on a full disk) and
// the back-off after connection trouble (backoff.json).
#include "Queue.h"
#include "QueueSpool.h"
#include "settings/SpoolFiles.h"

#include <QFile>
#include <QFileInfo>

namespace mw {

using spool::fromIso;
using spool::iso;
using spool::readJson;
using spool::storageMarker;
using spool::writeJson;

QueueHold Queue::hold() const
{
    const QJsonObject o = readJson(m_dir + QStringLiteral("/hold.json"));
    QueueHold h;
    if (o.isEmpty()) {
        const QFileInfo marker(m_dir + storageMarker);
        if (marker.exists()) {
            h.active = true;
            h.storage = true;
            h.errorClass = ErrorClass::Temporary;
            h.message = tr("spool storage: the queue folder %1 could not be written (is the "
                           "disk full?); retried as space comes back.")
                            .arg(m_dir);
            h.since = marker.lastModified().toUTC();
        }
        return h;
    }
    h.active = true;
    h.settingsHash = o.value(QLatin1String("settings_hash")).toString();
    h.errorClass = errorClassFromId(o.value(QLatin1String("error_class")).toString());
    h.message = o.value(QLatin1String("message")).toString();
    h.serverReply = o.value(QLatin1String("server_reply")).toString();
    h.since = fromIso(o.value(QLatin1String("since")));
    h.signIn = o.value(QLatin1String("sign_in")).toString();
    h.downgrade = o.value(QLatin1String("downgrade")).toBool();
    h.storage = o.value(QLatin1String("storage")).toBool();
    return h;
}

bool Queue::setHold(const QueueHold &h, QString *error)
{
    QJsonObject o;
    o.insert(QStringLiteral("settings_hash"), h.settingsHash);
    o.insert(QStringLiteral("error_class"), errorClassId(h.errorClass));
    o.insert(QStringLiteral("message"), h.message);
    o.insert(QStringLiteral("server_reply"), h.serverReply);
    o.insert(QStringLiteral("since"), iso(h.since));
    if (!h.signIn.isEmpty())
        o.insert(QStringLiteral("sign_in"), h.signIn);
    if (h.downgrade)
        o.insert(QStringLiteral("downgrade"), true);
    if (h.storage)
        o.insert(QStringLiteral("storage"), true);
    if (!writeJson(m_dir + QStringLiteral("/hold.json"), o, error))
        return false;
    log(QStringLiteral("hold (%1): %2 [%3]")
            .arg(errorClassId(h.errorClass), h.message, h.serverReply));
    return true;
}

bool Queue::setStorageHold(const QString &why, QString *error)
{
    QueueHold h;
    h.active = true;
    h.storage = true;
    h.errorClass = ErrorClass::Temporary;
    h.message = tr("spool storage: %1").arg(why);
    h.since = QDateTime::currentDateTimeUtc();
    if (setHold(h, nullptr))
        return true;
    // No room for hold.json: the empty marker takes no data block.
    QString e;
    if (SpoolFiles::touch(m_dir + storageMarker, &e)) {
        log(QStringLiteral("hold (spool storage): %1").arg(why));
        return true;
    }
    if (error)
        *error = e;
    return false;
}

void Queue::clearHold()
{
    const bool marker = QFile::remove(m_dir + storageMarker);
    if (QFile::remove(m_dir + QStringLiteral("/hold.json")) || marker)
        log(QStringLiteral("hold lifted"));
}

bool Queue::releaseLoginHold()
{
    const QueueHold h = hold();
    if (!h.active || h.errorClass != ErrorClass::AuthFailed || !h.signIn.isEmpty())
        return false;
    if (!QFile::remove(m_dir + QStringLiteral("/hold.json")))
        return false;
    log(QStringLiteral("hold lifted: a new password was stored"));
    return true;
}

bool Queue::releaseDowngradeHold()
{
    const QueueHold h = hold();
    if (!h.active || !h.downgrade)
        return false;
    if (!QFile::remove(m_dir + QStringLiteral("/hold.json")))
        return false;
    log(QStringLiteral("hold lifted: the server's capabilities were accepted"));
    return true;
}

QueueBackoff Queue::backoff() const
{
    const QJsonObject o = readJson(m_dir + QStringLiteral("/backoff.json"));
    QueueBackoff b;
    b.failures = o.value(QLatin1String("failures")).toInt();
    b.nextPass = fromIso(o.value(QLatin1String("next_pass")));
    b.errorClass = errorClassFromId(o.value(QLatin1String("error_class")).toString());
    b.message = o.value(QLatin1String("message")).toString();
    b.serverReply = o.value(QLatin1String("server_reply")).toString();
    return b;
}

bool Queue::setBackoff(const QueueBackoff &b, QString *error)
{
    if (b.failures == 0) {
        QFile::remove(m_dir + QStringLiteral("/backoff.json"));
        return true;
    }
    QJsonObject o;
    o.insert(QStringLiteral("failures"), b.failures);
    o.insert(QStringLiteral("next_pass"), iso(b.nextPass));
    o.insert(QStringLiteral("error_class"), errorClassId(b.errorClass));
    o.insert(QStringLiteral("message"), b.message);
    o.insert(QStringLiteral("server_reply"), b.serverReply);
    return writeJson(m_dir + QStringLiteral("/backoff.json"), o, error);
}
} // namespace mw
