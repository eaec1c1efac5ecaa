// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Searching test output for secrets, shared by the secret-leak scans (CLI and GUI).
//
// A SecretScan knows each secret in the forms it could leak in: in clear, in base64 (also
// the part of it that does not depend on its neighbours when it sits at the two other
// alignments inside a longer base64 string), in base64url, and in the SASL PLAIN forms
// ("\0user\0pass" and "user\0user\0pass", base64, RFC 4616) for each user name given.
// A hit is reported by a description ("the SMTP password in base64"), never by the bytes
// found, so that a failure message does not itself put the secret into a CI log.

#include <QByteArray>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>

namespace mw::test {

class SecretScan
{
public:
    struct Form
    {
        QByteArray bytes;
        QString what;
    };
    struct TreeReport
    {
        int scanned = 0;   // files read and searched
        QStringList files; // every file seen (exempt ones included)
        QStringList hits;  // "path: the SMTP password in base64"
        QStringList unreadable;
    };

    void addSecret(const QString &label, const QByteArray &secret, const QList<QByteArray> &users)
    {
        const auto add = [this](const QByteArray &b, const QString &what) {
            if (!b.isEmpty())
                m_forms.append({b, what});
        };
        add(secret, label + QStringLiteral(" in clear"));
        add(secret.toBase64(), label + QStringLiteral(" in base64"));
        add(secret.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals),
            label + QStringLiteral(" in base64url"));
        const QByteArray whole = secret.toBase64();
        if (const QByteArray head = whole.left((secret.size() / 3) * 4); head != whole)
            add(head, label + QStringLiteral(" in base64 at the start of a longer string"));
        for (int shift = 1; shift < 3; ++shift) {
            const QByteArray b = QByteArray(QByteArray(shift, 'x') + secret).toBase64();
            add(b.mid(4, b.size() - 8),
                label + QStringLiteral(" in base64 at offset %1 of a longer string").arg(shift));
        }
        for (const QByteArray &user : users) {
            add(QByteArray('\0' + user + '\0' + secret).toBase64(),
                label + QStringLiteral(" in the AUTH PLAIN form (\\0user\\0password)"));
            add(QByteArray(user + '\0' + user + '\0' + secret).toBase64(),
                label + QStringLiteral(" in the AUTH PLAIN form (user\\0user\\0password)"));
        }
    }

    [[nodiscard]] const QList<Form> &forms() const { return m_forms; }

    // The description of the first form found in data, or an empty string.
    [[nodiscard]] QString hitIn(const QByteArray &data) const
    {
        for (const Form &f : m_forms) {
            if (data.contains(f.bytes))
                return f.what;
        }
        return {};
    }
    [[nodiscard]] QString hitIn(const QString &text) const { return hitIn(text.toUtf8()); }

    // data with every form replaced by "<secret>", for printing what was searched.
    [[nodiscard]] QByteArray masked(QByteArray data) const
    {
        for (const Form &f : m_forms)
            data.replace(f.bytes, QByteArrayLiteral("<secret>"));
        return data;
    }

    // Every file under root (hidden ones and all subfolders included, symbolic links not
    // followed). Files in exempt are listed but not searched.
    [[nodiscard]] TreeReport scanTree(const QString &root, const QStringList &exempt = {}) const
    {
        TreeReport r;
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            r.files << path;
            if (exempt.contains(path))
                continue;
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                r.unreadable << path;
                continue;
            }
            ++r.scanned;
            if (const QString hit = hitIn(file.readAll()); !hit.isEmpty())
                r.hits << path + QStringLiteral(": ") + hit;
        }
        return r;
    }

    // Every process's command line, once: "pid: what" for each hit.
    [[nodiscard]] QStringList scanCommandLines() const
    {
        QStringList hits;
        const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
        for (const QString &pid : pids) {
            if (pid.isEmpty() || !pid.at(0).isDigit())
                continue;
            QFile cmd(QStringLiteral("/proc/") + pid + QStringLiteral("/cmdline"));
            if (!cmd.open(QIODevice::ReadOnly))
                continue;
            if (const QString hit = hitIn(cmd.readAll()); !hit.isEmpty())
                hits << pid + QStringLiteral(": ") + hit;
        }
        return hits;
    }

private:
    QList<Form> m_forms;
};

} // namespace mw::test
