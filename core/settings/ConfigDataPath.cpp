// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConfigDataPath.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QStandardPaths>

namespace mw {

QString configDataPath(const QString &configPath, const QString &prefix, const QString &suffix,
                       int hexDigits)
{
    const QByteArray h = QCryptographicHash::hash(QFileInfo(configPath).absoluteFilePath().toUtf8(),
                                                  QCryptographicHash::Sha256)
                             .toHex()
                             .left(hexDigits);
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
           QLatin1Char('/') + prefix + QString::fromLatin1(h) + suffix;
}

} // namespace mw
