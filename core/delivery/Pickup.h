// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace mw {

// Pickup-folder delivery (seed 003: "Send using pickup folder"): the message is handed to
// a local MTA by writing it as <id>.eml into a folder the MTA watches.
//
// Format, as the IIS SMTP service and Exchange pickup folders expect it: the envelope goes
// first as header fields, "X-Sender: <envelope sender>" and one "X-Receiver: <address>"
// per envelope recipient (copies included; the MTA removes these fields), followed by the
// message itself with CR LF line ends. The file is written beside its final name under a
// hidden temporary name (".<id>.eml.XXXXXX"), fsync'ed and renamed, so a watcher that
// looks for *.eml never sees a partial file.
class Pickup
{
    Q_DECLARE_TR_FUNCTIONS(mw::Pickup)

public:
    [[nodiscard]] static QByteArray format(const QString &sender, const QStringList &recipients,
                                           const QByteArray &content);
    // Writes dir/<name>.eml; the same name twice replaces the first (a retry after a crash
    // does not leave two files behind if the MTA has not collected the first yet).
    [[nodiscard]] static bool write(const QString &dir, const QString &name, const QString &sender,
                                    const QStringList &recipients, const QByteArray &content,
                                    QString *error);
};

} // namespace mw
