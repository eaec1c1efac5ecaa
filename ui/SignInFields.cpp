// SPDX-License-Identifier: GPL-3.0-or-later
#include "SignInFields.h"

#include "PasswordField.h"
#include "SignInBackends.h"
#include "Tint.h"
#include "session/KerberosTicket.h"
#include "settings/SettingsFacts.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>

namespace mw {

namespace {

QLabel *formLabel(const QString &text, QWidget *buddy, const QString &name, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(name);
    if (buddy)
        label->setBuddy(buddy);
    return label;
}

QLabel *infoLabel(const QString &name, QWidget *parent)
{
    QLabel *l = wrapLabel(name, parent);
    // QFormLayout (ExpandingFieldsGrow) widens only Expanding fields; a wrapped label left
    // at Preferred is squeezed into a narrow column.
    l->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
    l->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return l;
}

} // namespace

SignInFields::SignInFields(QWidget *page, QFormLayout *form, QWidget *passwordField,
                           const QString &service, const QString &account, const QString &label)
    : QObject(page)
    , m_service(service)
{
    const QString up = label.isEmpty() ? service.toUpper() : label;
    // "backup_smtp" names its widgets backupSmtpRealm, ...
    QString prefix = service;
    for (qsizetype i = prefix.indexOf(u'_'); i >= 0 && i + 1 < prefix.size();
         i = prefix.indexOf(u'_'))
        prefix.replace(i, 2, prefix.at(i + 1).toUpper());
    const auto name = [&prefix](const char *suffix) -> QString {
        return prefix + QString::fromLatin1(suffix);
    };

    m_realm = new QLineEdit(page);
    m_realm->setObjectName(name("Realm"));
    m_realm->setProperty("settingsKey", QString(service + QStringLiteral("/realm")));
    m_realm->setAccessibleName(tr("%1 domain or Kerberos realm").arg(up));
    m_realm->setPlaceholderText(tr("NTLM: the Windows domain; Kerberos: empty for the default "
                                   "realm"));
    m_realmLabel = formLabel(tr("Domain / rea&lm:"), m_realm, name("RealmLabel"), page);

    m_certRow = new QWidget(page);
    m_certRow->setObjectName(name("ClientCertRow"));
    auto *certLayout = new QHBoxLayout(m_certRow);
    certLayout->setContentsMargins(0, 0, 0, 0);
    certLayout->setSpacing(4);
    m_cert = new QLineEdit(m_certRow);
    m_cert->setObjectName(name("ClientCert"));
    m_cert->setProperty("settingsKey", QString(service + QStringLiteral("/client_cert")));
    m_cert->setAccessibleName(tr("%1 client certificate file").arg(up));
    m_cert->setPlaceholderText(tr("PEM (certificate and key) or PKCS#12 file"));
    m_browse = new QToolButton(m_certRow);
    m_browse->setObjectName(name("ClientCertBrowse"));
    m_browse->setText(QStringLiteral("…"));
    m_browse->setToolTip(tr("Browse…"));
    m_browse->setAccessibleName(tr("Choose %1 client certificate file").arg(up));
    certLayout->addWidget(m_cert, 1);
    certLayout->addWidget(m_browse);
    m_certLabel = formLabel(tr("Client &certificate:"), m_cert, name("ClientCertLabel"), page);

    m_passphrase = new QLineEdit(page);
    m_passphrase->setObjectName(name("ClientCertPassphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setAccessibleName(tr("%1 client certificate key passphrase").arg(up));
    // PasswordField (made by the window for every "secretAccount") keeps it in the secret
    // store, never in the INI file.
    m_passphrase->setProperty("secretAccount", QString((account.isEmpty() ? service : account) +
                                                       QStringLiteral("-client-cert")));
    m_passLabel =
        formLabel(tr("Key pass&phrase:"), m_passphrase, name("ClientCertPassphraseLabel"), page);

    m_certDetails = infoLabel(name("ClientCertDetails"), page);
    // Not word-wrapped by Qt: a height-for-width label in this QFormLayout (Qt 6.4) was given
    // the height of one line once its text arrived and overlapped the next row (seen under
    // Xvfb). The text is broken into lines here instead (setCertificateDetails), so the
    // label's size hint is exact; the whole sentence is its tool tip and description.
    m_certDetails->setWordWrap(false);
    m_certDetails->setAccessibleName(tr("%1 client certificate details").arg(up));

    m_kerberosRow = new QWidget(page);
    m_kerberosRow->setObjectName(name("KerberosRow"));
    m_kerberosRow->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto *kl = new QHBoxLayout(m_kerberosRow);
    kl->setContentsMargins(0, 0, 0, 0);
    m_kerberos = infoLabel(name("KerberosStatus"), m_kerberosRow);
    m_kerberos->setAccessibleName(tr("Kerberos ticket"));
    m_refresh = new QPushButton(tr("Re&fresh"), m_kerberosRow);
    m_refresh->setObjectName(name("KerberosRefresh"));
    m_refresh->setAutoDefault(false);
    m_refresh->setToolTip(tr("Read the Kerberos ticket again (after kinit or a domain log-in)"));
    kl->addWidget(m_kerberos, 1);
    kl->addWidget(m_refresh, 0, Qt::AlignTop);
    m_kerberosLabel = formLabel(tr("Kerberos:"), nullptr, name("KerberosLabel"), page);
    connect(m_refresh, &QPushButton::clicked, this, &SignInFields::refreshTicket);
    m_ticketReader = new KerberosTicketReader(this);
    connect(m_ticketReader, &KerberosTicketReader::finished, this, &SignInFields::showTicket);

    // A typed (or changed) passphrase opens an encrypted key / PKCS#12 file: read again
    // once typing pauses, not at every key.
    m_passphraseTimer = new QTimer(this);
    m_passphraseTimer->setSingleShot(true);
    m_passphraseTimer->setInterval(300);
    connect(m_passphrase, &QLineEdit::textChanged, m_passphraseTimer, qOverload<>(&QTimer::start));
    connect(m_passphraseTimer, &QTimer::timeout, this, [this] {
        if (m_certDetails->isVisible() && !m_describedPath.isEmpty())
            readCertificate(m_describedPath);
    });

    int row = -1;
    QFormLayout::ItemRole role;
    form->getWidgetPosition(passwordField, &row, &role);
    form->insertRow(++row, m_realmLabel, m_realm);
    form->insertRow(++row, m_certLabel, m_certRow);
    form->insertRow(++row, m_passLabel, m_passphrase);
    m_certDetailsLabel = formLabel(QString(), nullptr, name("ClientCertDetailsLabel"), page);
    form->insertRow(++row, m_certDetailsLabel, m_certDetails);
    form->insertRow(++row, m_kerberosLabel, m_kerberosRow);

    QWidget::setTabOrder(passwordField, m_realm);
    QWidget::setTabOrder(m_realm, m_cert);
    QWidget::setTabOrder(m_cert, m_browse);
    QWidget::setTabOrder(m_browse, m_passphrase);
    QWidget::setTabOrder(m_passphrase, m_refresh);
}

SignInFields::Applies SignInFields::appliesTo(const QString &method, bool certificateConfigured)
{
    const QString m = method.toLower();
    Applies a;
    // Which methods send a password is the core's decision.
    a.password = SettingsFacts::authNeedsCredentials(m);
    a.realm = m == QLatin1String("ntlm") || m == QLatin1String("gssapi");
    a.kerberos = m == QLatin1String("gssapi");
    // auto picks EXTERNAL when a certificate is configured: keep it visible then.
    a.certificate =
        m == QLatin1String("external") || (m == QLatin1String("auto") && certificateConfigured);
    return a;
}

QWidget *SignInFields::firstField() const
{
    return m_realm;
}

QWidget *SignInFields::lastField() const
{
    return m_refresh;
}

void SignInFields::setRow(QWidget *label, QWidget *field, bool visible, bool enabled)
{
    if (label)
        label->setVisible(visible);
    field->setVisible(visible);
    field->setEnabled(enabled);
}

void SignInFields::update(const QString &method, const QString &clientCert, bool enabled)
{
    const Applies a = appliesTo(method, !clientCert.trimmed().isEmpty());
    setRow(m_realmLabel, m_realm, a.realm, enabled);
    setRow(m_certLabel, m_certRow, a.certificate, enabled);
    setRow(m_passLabel, m_passphrase, a.certificate, enabled);
    setRow(m_certDetailsLabel, m_certDetails, a.certificate && !clientCert.trimmed().isEmpty(),
           true);
    setRow(m_kerberosLabel, m_kerberosRow, a.kerberos, enabled);
    if (a.certificate && clientCert.trimmed() != m_describedPath)
        readCertificate(clientCert.trimmed());
    if (a.kerberos && enabled && !m_kerberosShown)
        refreshTicket();
    m_kerberosShown = a.kerberos && enabled;
}

void SignInFields::readCertificate(const QString &path)
{
    m_describedPath = path;
    const int generation = ++m_certGeneration;
    if (path.isEmpty()) {
        setCertificateDetails(QString());
        return;
    }
    setCertificateDetails(tr("Reading the certificate…"));
    withPassphrase([this, path, generation](const QByteArray &passphrase) {
        if (generation != m_certGeneration)
            return; // the file or the passphrase changed meanwhile
        SignInBackends::describeCertificate(
            path, passphrase, this, [this, generation](const SignInBackends::CertificateStatus &c) {
                if (generation != m_certGeneration)
                    return;
                setCertificateDetails(c.text);
            });
    });
}

namespace {

// `text` with its spaces turned into line breaks so that no line is longer than `columns`
// characters (a longer word stays whole). Joining the lines with spaces gives `text` back.
QString brokenIntoLines(const QString &text, int columns)
{
    QString out;
    int lineLength = 0;
    const QStringList words = text.split(QLatin1Char(' '));
    for (int i = 0; i < words.size(); ++i) {
        const QString &w = words.at(i);
        if (i > 0) {
            const bool breakHere = lineLength > 0 && lineLength + 1 + w.size() > columns;
            out += breakHere ? QLatin1Char('\n') : QLatin1Char(' ');
            lineLength = breakHere ? 0 : lineLength + 1;
        }
        out += w;
        lineLength += int(w.size());
    }
    return out;
}

} // namespace

void SignInFields::setCertificateDetails(const QString &text)
{
    m_certDetails->setText(brokenIntoLines(text, 72));
    m_certDetails->setToolTip(text);
    m_certDetails->setAccessibleDescription(text);
}

void SignInFields::withPassphrase(std::function<void(const QByteArray &)> then)
{
    if (!m_passphrase->text().isEmpty()) {
        then(m_passphrase->text().toUtf8());
        return;
    }
    // Not typed: the one in the secret store, through the PasswordField the window made
    // for this field (none in a bare page: then no passphrase).
    const QList<PasswordField *> fields = m_passphrase->window()->findChildren<PasswordField *>();
    for (PasswordField *field : fields) {
        if (field->edit() != m_passphrase)
            continue;
        field->fetch(this, [then](const SecretResult &r) {
            then(r.ok() ? r.secret.toUtf8() : QByteArray());
        });
        return;
    }
    then(QByteArray());
}

void SignInFields::refreshTicket()
{
    m_kerberos->setText(tr("Looking for a Kerberos ticket…"));
    m_refresh->setEnabled(false);
    m_ticketReader->start(); // supersedes a read still running
}

void SignInFields::showTicket(const KerberosTicketInfo &info)
{
    m_refresh->setEnabled(true);
    m_kerberos->setText(SignInBackends::ticketText(info));
}

} // namespace mw
