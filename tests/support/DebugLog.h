// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The debug log as a test reads it (settings' diagnostics.debugLog): the queue runner keeps a
// refused session there before it retries (a password read again, a fresh OAuth2 token), so
// the refused login's 535 comes before the delivery's 250.
#include <QByteArray>
#include <QFile>
#include <QString>

namespace mw::test {

inline QByteArray readDebugLog(const QString &path)
{
    QFile log(path);
    return log.open(QIODevice::ReadOnly) ? log.readAll() : QByteArray();
}

inline bool refusedThenAccepted(const QByteArray &text)
{
    const qsizetype refused = text.indexOf("535 ");
    return refused >= 0 && text.indexOf("250 ", refused) > refused;
}

} // namespace mw::test
