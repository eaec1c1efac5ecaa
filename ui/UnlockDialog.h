// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QPointer>
#include <QTimer>

class QLabel;
class QLineEdit;
class QPushButton;

namespace mw {

class AdminLock;
class PasswordField;

// "Unlock…" of a window under the administrator lock: asks for the administrator's password
// and hands it to AdminLock::unlock (checked off the GUI thread). A wrong one says so and
// keeps the Unlock button disabled until AdminLock::nextAttempt(), counting down; the right
// one closes the dialog (accepted). Nothing stored is ever shown here: the field's eye only
// reveals what was typed.
//
// objectNames: unlockPassword, unlockConfirmButton, unlockMessage.
class UnlockDialog : public QDialog
{
    Q_OBJECT
public:
    UnlockDialog(AdminLock *lock, QWidget *parent = nullptr);

    [[nodiscard]] QLineEdit *passwordEdit() const { return m_password; }
    [[nodiscard]] QPushButton *unlockButton() const { return m_unlock; }
    [[nodiscard]] QLabel *message() const { return m_message; }

private:
    void tryUnlock();
    void updateWait();

    QPointer<AdminLock> m_lock;
    QLineEdit *m_password = nullptr;
    PasswordField *m_field = nullptr;
    QPushButton *m_unlock = nullptr;
    QLabel *m_message = nullptr;
    QTimer m_tick; // the countdown to the next attempt
    bool m_checking = false;
    bool m_failed = false; // the last try was refused
};

} // namespace mw
