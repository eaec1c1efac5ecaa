// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/SecretStore.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class QAction;
class QLineEdit;
class QToolButton;

namespace mw {

// Drives one password QLineEdit: an eye action inside the field (keyboard reachable,
// Ctrl+Shift+R while the field has focus) reveals or hides it; hidden by default.
//
// A stored password is not loaded into the field until the admin asks to see it (reveal)
// or replaces it (types): until then the field is empty and says where the password is
// kept. Loading is asynchronous (SecretStore). What the admin typed is "edited" until it
// is written to the store after Save.
class PasswordField : public QObject
{
    Q_OBJECT
public:
    enum class State { Unloaded, Loading, Loaded, Edited };
    Q_ENUM(State)

    PasswordField(QLineEdit *edit, QString account, QObject *parent = nullptr);

    // Forgets what was loaded or typed (store changed, discard, saved).
    void setSecretStore(SecretStore *store);
    void reset();

    [[nodiscard]] QLineEdit *edit() const { return m_edit; }
    [[nodiscard]] QString account() const { return m_account; }
    [[nodiscard]] QAction *revealAction() const { return m_reveal; }
    [[nodiscard]] QToolButton *revealButton() const { return m_button; }
    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] bool isEdited() const { return m_state == State::Edited; }
    [[nodiscard]] bool isRevealed() const;

    void setRevealed(bool on);
    void conceal() { setRevealed(false); }

    // Locked (the window is locked, or the policy locks this secret account): read-only, and
    // a stored password is neither loaded nor revealed (a loaded one leaves the field).
    // description: why, for the tool tip and the accessible description; byPolicy adds a
    // lock inside the field.
    void setLocked(bool locked, const QString &description = {}, bool byPolicy = false);
    [[nodiscard]] bool isLocked() const { return m_locked; }

    // The password a test should use: what was typed, else the stored one (async).
    void fetch(QObject *context, SecretStore::Callback done);
    // Writes (or, when emptied, removes) an edited password. done gets the store's answer;
    // nothing to do finishes with success at once (still asynchronously).
    void commit(QObject *context, SecretStore::Callback done);

Q_SIGNALS:
    void editedChanged(bool edited);
    void loadFailed(const QString &error);

private:
    void setState(State s);
    void load(bool revealAfter);
    void updatePlaceholder();

    QLineEdit *m_edit;
    QString m_account;
    QPointer<SecretStore> m_store;
    QAction *m_reveal = nullptr;
    QToolButton *m_button = nullptr;
    QAction *m_lockMark = nullptr;
    bool m_locked = false;
    State m_state = State::Unloaded;
    bool m_notFound = false;
    int m_generation = 0;
};

} // namespace mw
