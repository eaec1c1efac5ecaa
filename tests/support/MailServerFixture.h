// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace mw::test {

// A real Exim (SMTP) or Dovecot (POP3) daemon on loopback, private to one test.
//
// It runs tests/servers/mailservers.py, which generates certificates and a config
// in a temporary directory, starts the daemon on free ports of 127.0.0.1 (and ::1)
// and prints what it did as JSON. The destructor stops the daemon. Every call that
// waits has a timeout; they may block because they are for tests only.
//
//     EximFixture smtp;                       // or EximFixture(QStringLiteral("tls-only"))
//     QVERIFY2(smtp.start(), qPrintable(smtp.errorString()));
//     ... connect to smtp.host() : smtp.starttlsPort(), trust smtp.caFile() ...
//     QVERIFY(smtp.waitForMessages(1));
//     const QJsonObject msg = smtp.parseMessage(smtp.messageFiles().first());
class MailServerFixture
{
public:
    enum class Kind { Exim, Dovecot };

    // shape: "default", "auth-after-tls" (Exim), "plain-only", "tls-only",
    // "expired-cert", "wrong-host-cert", "self-signed-cert"; Dovecot also "sasl",
    // "sasl-require-cert", "sasl-plain-only" (see tests/servers/mailservers.py).
    // dir: run in that directory instead of a fresh temporary one (for instance to
    // put Exim and Dovecot side by side); the directory is then not removed.
    explicit MailServerFixture(Kind kind, const QString &shape = QStringLiteral("default"),
                               const QString &dir = QString());
    ~MailServerFixture();
    Q_DISABLE_COPY_MOVE(MailServerFixture)

    // Starts the daemon; false with errorString() set when it could not.
    bool start(int timeoutMs = 60000);
    // Stops it and waits until its ports are closed; safe to call twice.
    bool stop(int timeoutMs = 30000);
    // Exim only: starts again after stop() on the same ports, with the same certificates
    // and maildir (an outage as a client sees it). False with errorString() otherwise.
    bool restart(int timeoutMs = 60000);
    // Exim only: restart() in another shape on the same ports (the same server name and
    // port now offer something else, as a downgrade attack or a reconfiguration would).
    bool restartAs(const QString &shape, int timeoutMs = 60000);
    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] QString errorString() const { return m_error; }

    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] QString shape() const { return m_shape; }
    // 127.0.0.1; hostName() is "localhost", the name in the server certificate.
    [[nodiscard]] QString host() const;
    [[nodiscard]] QString hostName() const;
    [[nodiscard]] bool hasIpv6() const;
    // Clear-text port (SMTP 25-style / POP3 110-style), whether or not it offers
    // STARTTLS/STLS; 0 when the shape has none.
    [[nodiscard]] quint16 plainPort() const;
    // The clear-text port if it offers STARTTLS (SMTP) / STLS (POP3), else 0.
    [[nodiscard]] quint16 starttlsPort() const;
    // Implicit-TLS port (SMTPS 465-style / POP3S 995-style), else 0.
    [[nodiscard]] quint16 tlsPort() const;
    // PEM of the CA that signed the server certificates.
    [[nodiscard]] QString caFile() const;
    [[nodiscard]] QByteArray caPem() const;
    // The certificate the server presents, and its SHA-256 (hex of the DER, lower case).
    [[nodiscard]] QString certFile() const;
    [[nodiscard]] QString certSha256() const;
    // A self-signed certificate for other.example.test (not trusted, wrong name).
    [[nodiscard]] QString otherCertFile() const;
    [[nodiscard]] QString userName() const;
    [[nodiscard]] QString password() const;
    // Dovecot "sasl" shapes: SMTP submission (RFC 6409) with STARTTLS / implicit TLS,
    // relaying to the Exim of the same directory; 0 for other shapes and for Exim.
    [[nodiscard]] quint16 submissionPort() const;
    [[nodiscard]] quint16 submissionsPort() const;
    // The SASL mechanisms the server was configured with (Dovecot), upper case.
    [[nodiscard]] QStringList mechanisms() const;
    // TLS client certificates for userName() (CN mwtest): issued by the test CA (which the
    // "sasl" Dovecot trusts) or by an unknown CA (untrusted). PEM with an unencrypted key,
    // and PKCS#12 encrypted with clientP12Passphrase().
    [[nodiscard]] QString clientCertFile() const;
    [[nodiscard]] QString clientKeyFile() const;
    [[nodiscard]] QString clientPemWithKeyFile() const; // certificate and key in one file
    [[nodiscard]] QString untrustedClientPemWithKeyFile() const;
    [[nodiscard]] QString clientP12File() const;
    [[nodiscard]] QString clientP12Passphrase() const;
    [[nodiscard]] QString untrustedClientCertFile() const;
    [[nodiscard]] QString untrustedClientKeyFile() const;
    // Exim: where every accepted message is delivered. Dovecot: the mailbox served.
    [[nodiscard]] QString maildir() const;
    [[nodiscard]] QString dir() const { return m_dir; }
    [[nodiscard]] QString logDir() const;
    // The log of the daemon (Exim mainlog, Dovecot log) for failure messages.
    [[nodiscard]] QString serverLog() const;
    // Everything mailservers.py printed.
    [[nodiscard]] QJsonObject info() const { return m_info; }

    // Files in maildir()/new and /cur, oldest first, and their bytes.
    [[nodiscard]] QStringList messageFiles() const;
    [[nodiscard]] QList<QByteArray> deliveredMessages() const;
    // Exim delivers just after it answers 250 to the final dot; wait for it.
    bool waitForMessages(int count, int timeoutMs = 10000) const;
    // parse_message.py on one file / on the whole maildir (see that script for
    // the fields). An empty object / array if the parser failed.
    [[nodiscard]] QJsonObject parseMessage(const QString &path) const;
    [[nodiscard]] QJsonArray parseMaildir() const;
    // Empties the maildir. A running Exim is first given up to 10 s to deliver what it
    // accepted (its spool's input folder empty; not for the "queue-only" shape), so that a
    // late delivery of an earlier step cannot land after the clearing.
    void clearMaildir() const;

    // The test password: MW_TEST_PASSWORD, or the fixtures' default.
    [[nodiscard]] static QString testPassword();
    // Where mailservers.py and parse_message.py are.
    [[nodiscard]] static QString serversDir();
    // Runs "python3 script args" and returns its stdout (empty and *error set on failure).
    static QByteArray runScript(const QString &script, const QStringList &args, int timeoutMs,
                                QString *error);
    // Only the certificates (CA, server, expired, wrong-host, self-signed) in dir,
    // for scripted TLS servers; the make-certs JSON of mailservers.py.
    [[nodiscard]] static QJsonObject makeCertificates(const QString &dir, QString *error = nullptr);

private:
    [[nodiscard]] quint16 port(const char *smtpKey, const char *pop3Key) const;
    [[nodiscard]] QString clientCert(const char *key) const;

    Kind m_kind;
    QString m_shape;
    std::unique_ptr<QTemporaryDir> m_tempDir;
    QString m_dir;
    QJsonObject m_info;
    QString m_error;
    bool m_running = false;
};

} // namespace mw::test
