// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;
class QToolButton;
class QWidget;

namespace mw {

class KerberosTicketReader;
struct KerberosTicketInfo;

// The rows a sign-in method needs beside the login name and password, shared by the
// Authentication tab (service "smtp") and the POP3 tab ("pop3"):
//   <service>Realm                 domain / realm (NTLM, GSSAPI), key <service>/realm
//   <service>ClientCert(+Browse)   TLS client certificate file (EXTERNAL), <service>/client_cert
//   <service>ClientCertPassphrase  its key's passphrase, secret <service>-client-cert
//   <service>ClientCertDetails     "Subject …, issued by …, valid until … (N days)"
//   <service>KerberosStatus        the ticket (GSSAPI), with <service>KerberosRefresh
// Rows are inserted into the page's form right after the password row; each is shown only
// for the methods that use it (appliesTo()).
class SignInFields : public QObject
{
    Q_OBJECT
public:
    // service: the settings section ("smtp", "pop3", "backup_smtp"); account: the secret
    // account when it is not the section ("backup-smtp"); label: the service's name in the
    // accessible names (default: the section in capitals).
    SignInFields(QWidget *page, QFormLayout *form, QWidget *passwordField, const QString &service,
                 const QString &account = {}, const QString &label = {});

    // Which fields a method (its INI spelling, as in smtp/auth and pop3/auth) uses.
    // Must agree with what the session needs (SettingsFacts, Preflight): GSSAPI and EXTERNAL
    // take no password; auto may use a client certificate once one is configured.
    struct Applies
    {
        bool password = false;
        bool realm = false;
        bool certificate = false;
        bool kerberos = false;
    };
    [[nodiscard]] static Applies appliesTo(const QString &method, bool certificateConfigured);

    // Shows the rows of `method`; `enabled`: the service is on. Reads the certificate
    // details when the file changed and the ticket when the Kerberos row appears.
    void update(const QString &method, const QString &clientCert, bool enabled);
    // Reads the ticket again (the Refresh button), through KerberosTicketReader.
    void refreshTicket();

    [[nodiscard]] QWidget *firstField() const;
    [[nodiscard]] QWidget *lastField() const;
    [[nodiscard]] QLabel *certificateDetails() const { return m_certDetails; }
    [[nodiscard]] QLabel *kerberosStatus() const { return m_kerberos; }

    // The page connects the "…" button to its file dialog (SettingsPage::connectBrowse).
    [[nodiscard]] QToolButton *browseButton() const { return m_browse; }
    [[nodiscard]] QLineEdit *certificateEdit() const { return m_cert; }

private:
    void setRow(QWidget *label, QWidget *field, bool visible, bool enabled);
    void readCertificate(const QString &path);
    // The passphrase typed in the field, else the stored one (the field's PasswordField).
    void withPassphrase(std::function<void(const QByteArray &)> then);
    void showTicket(const KerberosTicketInfo &info);
    void setCertificateDetails(const QString &text);

private:
    QString m_service;
    QLabel *m_realmLabel = nullptr;
    QLineEdit *m_realm = nullptr;
    QLabel *m_certLabel = nullptr;
    QWidget *m_certRow = nullptr;
    QLineEdit *m_cert = nullptr;
    QToolButton *m_browse = nullptr;
    QLabel *m_passLabel = nullptr;
    QLineEdit *m_passphrase = nullptr;
    QLabel *m_certDetailsLabel = nullptr;
    QLabel *m_certDetails = nullptr;
    QLabel *m_kerberosLabel = nullptr;
    QWidget *m_kerberosRow = nullptr;
    QLabel *m_kerberos = nullptr;
    QPushButton *m_refresh = nullptr;
    KerberosTicketReader *m_ticketReader = nullptr;
    QTimer *m_passphraseTimer = nullptr; // reads again once typing the passphrase pauses
    QString m_describedPath;             // the file the details line is about
    int m_certGeneration = 0;
    bool m_kerberosShown = false;
};

} // namespace mw
