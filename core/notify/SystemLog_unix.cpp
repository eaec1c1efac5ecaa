// SPDX-License-Identifier: GPL-3.0-or-later
// Linux and other Unix systems (not macOS): journald and syslogd both read datagrams on
// /dev/log in the traditional syslog form, which needs no library and no connection.
#include "SystemLog.h"

#include <QCoreApplication>
#include <QtGlobal>

#include <cerrno>
#include <cstring>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace mw {

namespace {

QString socketPath()
{
    const QString overridden = qEnvironmentVariable("MAILWRIGHT_SYSLOG_SOCKET");
    return overridden.isEmpty() ? QStringLiteral("/dev/log") : overridden;
}

} // namespace

QString SystemLog::destination()
{
    return QStringLiteral("syslog (%1)").arg(socketPath());
}

bool SystemLog::write(Severity severity, const QString &text, QString *error)
{
    // facility mail (2), severity err (3) or warning (4)
    const int pri = 2 * 8 + (severity == Severity::Error ? 3 : 4);
    QString line = text.trimmed();
    line.replace(QLatin1Char('\n'), QStringLiteral(" | "));
    line.remove(QLatin1Char('\r'));
    QByteArray datagram = QStringLiteral("<%1>mailwright[%2]: ")
                              .arg(pri)
                              .arg(QCoreApplication::applicationPid())
                              .toUtf8() +
                          line.toUtf8();
    // Well below the 8 KiB most syslog daemons accept in one datagram.
    if (datagram.size() > 4000)
        datagram.truncate(4000);

    const QByteArray path = socketPath().toLocal8Bit();
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    if (path.size() >= qsizetype(sizeof(address.sun_path))) {
        *error = QCoreApplication::translate("mw::SystemLog", "The system log socket path is "
                                                              "too long.");
        return false;
    }
    std::memcpy(address.sun_path, path.constData(), size_t(path.size()));
    const int fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    const ssize_t sent =
        ::sendto(fd, datagram.constData(), size_t(datagram.size()), MSG_DONTWAIT | MSG_NOSIGNAL,
                 reinterpret_cast<const sockaddr *>(&address), sizeof(address));
    const int saved = errno;
    ::close(fd);
    if (sent != datagram.size()) {
        *error =
            QCoreApplication::translate("mw::SystemLog", "The system log at %1 took "
                                                         "nothing: %2")
                .arg(QString::fromLocal8Bit(path), QString::fromLocal8Bit(std::strerror(saved)));
        return false;
    }
    return true;
}

} // namespace mw
