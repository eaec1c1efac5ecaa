// SPDX-License-Identifier: GPL-3.0-or-later
#include "AboutDialog.h"
#include "Icons.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QSslSocket>
#include <QSysInfo>
#include <QVBoxLayout>

#ifndef MAILWRIGHT_KEYCHAIN_VERSION
#define MAILWRIGHT_KEYCHAIN_VERSION "unknown"
#endif

namespace mw {

QString AboutDialog::keychainService()
{
    // QtKeychain chooses its service when it is built for a platform; on Linux it tries the
    // freedesktop Secret Service (GNOME Keyring, KeePassXC) through libsecret first and
    // falls back to KWallet.
#if defined(Q_OS_WIN)
    return tr("Windows Credential Manager");
#elif defined(Q_OS_MACOS)
    return tr("macOS Keychain");
#else
    return tr("Secret Service (libsecret) or KWallet, over D-Bus");
#endif
}

QString AboutDialog::tlsDescription()
{
    if (!QSslSocket::supportsSsl())
        return tr("not available: encrypted connections cannot be made");
    return tr("%1 (Qt backend: %2)")
        .arg(QSslSocket::sslLibraryVersionString(), QSslSocket::activeBackend());
}

QList<std::pair<QString, QString>> AboutDialog::versionRows(const QString &secretBackend)
{
    QList<std::pair<QString, QString>> rows;
    rows.append({tr("Mailwright"), QStringLiteral(MAILWRIGHT_VERSION)});
    rows.append(
        {tr("Qt"), tr("%1 (built with %2)")
                       .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR))});
    rows.append({tr("TLS"), tlsDescription()});
    rows.append(
        {tr("Keychain"), tr("QtKeychain %1, %2")
                             .arg(QStringLiteral(MAILWRIGHT_KEYCHAIN_VERSION), keychainService())});
    if (!secretBackend.isEmpty())
        rows.append({tr("Passwords stored in"), secretBackend});
    rows.append({tr("System"), QSysInfo::prettyProductName() + QStringLiteral(", ") +
                                   QGuiApplication::platformName()});
    return rows;
}

AboutDialog::AboutDialog(const QString &secretBackend, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Mailwright"));

    auto *layout = new QVBoxLayout(this);
    auto *head = new QHBoxLayout;
    auto *icon = new QLabel(this);
    icon->setPixmap(appIcon(QStringLiteral("mailwright")).pixmap(64, 64));
    head->addWidget(icon, 0, Qt::AlignTop);
    auto *title =
        new QLabel(QStringLiteral("<h2>Mailwright %1</h2><p>%2</p><p>%3</p>")
                       .arg(QStringLiteral(MAILWRIGHT_VERSION),
                            tr("Sets up, proves and keeps working how this system sends its "
                               "notification e-mail."),
                            tr("Free software under the GNU General Public License, version 3 or "
                               "later.")),
                   this);
    title->setWordWrap(true);
    head->addWidget(title, 1);
    layout->addLayout(head);

    auto *form = new QFormLayout;
    const auto rows = versionRows(secretBackend);
    for (const auto &[name, value] : rows) {
        auto *v = new QLabel(value, this);
        v->setTextInteractionFlags(Qt::TextSelectableByMouse);
        v->setWordWrap(true);
        form->addRow(name + QLatin1Char(':'), v);
    }
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("aboutCopy"));
    auto *aboutQt = buttons->addButton(tr("About &Qt"), QDialogButtonBox::ActionRole);
    aboutQt->setObjectName(QStringLiteral("aboutQt"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(aboutQt, &QPushButton::clicked, this, [] { QApplication::aboutQt(); });
    connect(copy, &QPushButton::clicked, this, [rows] {
        QStringList lines;
        for (const auto &[name, value] : rows)
            lines << name + QStringLiteral(": ") + value;
        QGuiApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
    });
}

} // namespace mw
