// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace mw::test {

// A real MIT Kerberos KDC of realm MAILWRIGHT.TEST on 127.0.0.1, private to one test.
//
// It runs tests/servers/kerberos/kdc.py, which creates the realm database, the user
// mwtest (password: MailServerFixture::testPassword()) and the services smtp/localhost
// and pop/localhost (their keys in keytab()), writes the client profile krb5Config() and
// starts krb5kdc on a free port. The destructor stops it and restores the environment.
// Calls wait with timeouts; they may block because they are for tests only.
//
//     KdcFixture kdc;
//     QVERIFY2(kdc.start(), qPrintable(kdc.errorString()));
//     const QString cc = kdc.ccache(QStringLiteral("user"));
//     kdc.useInThisProcess(cc);                  // KRB5_CONFIG and KRB5CCNAME
//     QVERIFY2(kdc.kinit(cc), qPrintable(kdc.errorString()));
//     ... GSSAPI against a Dovecot that reads kdc.keytab() (kdc.environment() for it) ...
class KdcFixture
{
public:
    // dir: run in that directory instead of a fresh temporary one (not removed then).
    explicit KdcFixture(const QString &dir = QString());
    ~KdcFixture();
    Q_DISABLE_COPY_MOVE(KdcFixture)

    bool start(int timeoutMs = 60000);
    bool stop(int timeoutMs = 30000);
    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] QString errorString() const { return m_error; }

    // A ticket for the user (or another principal) in ccache ("FILE:/path" or a path),
    // with kinit's lifetime syntax ("5s", "1m", "10h"; empty: the realm's 10 h). The
    // password goes to kdc.py on stdin; empty means the right one.
    bool kinit(const QString &ccache, const QString &lifetime = QString(),
               const QString &password = QString(), int timeoutMs = 30000);
    // "FILE:<a private directory>/<name>": a credential cache path nobody else uses.
    [[nodiscard]] QString ccache(const QString &name) const;

    // KRB5_CONFIG (and KRB5CCNAME when ccache is not empty) for this process, until the
    // destructor (or restoreEnvironment()) puts the previous values back.
    void useInThisProcess(const QString &ccache);
    void restoreEnvironment();
    // The system environment with KRB5_CONFIG (and KRB5CCNAME / KRB5_KTNAME) set, for a
    // child process: a client (ccache) or a server (keytab).
    [[nodiscard]] QProcessEnvironment environment(const QString &ccache = QString(),
                                                  bool withKeytab = false) const;

    [[nodiscard]] QString realm() const;
    [[nodiscard]] QString krb5Config() const;
    [[nodiscard]] quint16 kdcPort() const;
    [[nodiscard]] QString keytab() const;
    [[nodiscard]] QString userName() const;  // "mwtest"
    [[nodiscard]] QString principal() const; // "mwtest@MAILWRIGHT.TEST"
    [[nodiscard]] QString password() const;
    [[nodiscard]] QString dir() const { return m_dir; }
    // The KDC's log, for failure messages.
    [[nodiscard]] QString kdcLog() const;
    [[nodiscard]] QJsonObject info() const { return m_info; }

private:
    [[nodiscard]] static QString serversPath();

    std::unique_ptr<QTemporaryDir> m_tempDir;
    QTemporaryDir m_caches;
    QString m_dir;
    QJsonObject m_info;
    QString m_error;
    bool m_running = false;
    struct Saved
    {
        QByteArray name;
        QByteArray value;
        bool wasSet;
    };
    QList<Saved> m_savedEnv;
};

} // namespace mw::test
