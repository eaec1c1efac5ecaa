// SPDX-License-Identifier: GPL-3.0-or-later
#include "UnlockDialog.h"

#include "PasswordField.h"
#include "settings/AdminLock.h"

#include <QAction>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mw {

UnlockDialog::UnlockDialog(AdminLock *lock, QWidget *parent)
    : QDialog(parent)
    , m_lock(lock)
{
    setObjectName(QStringLiteral("unlockDialog"));
    setWindowTitle(tr("Unlock the settings"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("The settings are locked by an administrator. Enter the administrator password to "
           "change them."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("unlockPassword"));
    m_password->setAccessibleName(tr("Administrator password"));
    // No account and no store: the eye shows only what is typed here.
    m_field = new PasswordField(m_password, QString(), this);
    m_field->revealAction()->setEnabled(false);
    // The field's placeholder speaks of a stored password: there is none here. (Connected
    // after PasswordField's own handler, so this runs last.)
    m_password->setPlaceholderText(QString());
    connect(m_password, &QLineEdit::textEdited, this,
            [this] { m_password->setPlaceholderText(QString()); });
    auto *label = new QLabel(tr("Administrator &password:"), this);
    label->setBuddy(m_password);
    form->addRow(label, m_password);
    layout->addLayout(form);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("unlockMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setVisible(false);
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_unlock = buttons->addButton(tr("&Unlock"), QDialogButtonBox::AcceptRole);
    m_unlock->setObjectName(QStringLiteral("unlockConfirmButton"));
    m_unlock->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_unlock, &QPushButton::clicked, this, &UnlockDialog::tryUnlock);
    connect(m_password, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_field->revealAction()->setEnabled(!text.isEmpty());
        updateWait();
    });

    m_tick.setInterval(250);
    connect(&m_tick, &QTimer::timeout, this, &UnlockDialog::updateWait);
    updateWait();
}

void UnlockDialog::tryUnlock()
{
    if (!m_lock || m_checking || m_password->text().isEmpty() || !m_unlock->isEnabled())
        return;
    m_checking = true;
    m_message->setText(tr("Checking…"));
    m_message->setVisible(true);
    updateWait();
    const QString password = m_password->text();
    m_lock->unlock(password, this, [this](bool ok) {
        m_checking = false;
        if (ok) {
            m_password->clear();
            accept();
            return;
        }
        m_failed = true;
        m_password->selectAll();
        m_password->setFocus();
        m_tick.start();
        updateWait();
    });
}

void UnlockDialog::updateWait()
{
    const QDateTime next = m_lock ? m_lock->nextAttempt() : QDateTime();
    const qint64 ms = next.isValid() ? QDateTime::currentDateTimeUtc().msecsTo(next) : 0;
    const bool waiting = ms > 0;
    if (!m_checking && m_failed) {
        const int seconds = int((ms + 999) / 1000);
        m_message->setText(waiting ? tr("Wrong password. Try again in %n s.", nullptr, seconds)
                                   : tr("Wrong password. Try again."));
        m_message->setVisible(true);
    }
    if (!waiting)
        m_tick.stop();
    m_unlock->setEnabled(!waiting && !m_checking && !m_password->text().isEmpty());
}

} // namespace mw
