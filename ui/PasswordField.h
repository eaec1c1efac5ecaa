// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/SecretStore.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class QAction;
class QLabel;
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
    [[nodiscard]] SecretStore *secretStore() const { return m_store; }

    // A secret kept only as a digest (the remote status read-only password): what is
    // stored is never read into the field (reveal shows only what was typed) nor given to
    // fetch(); commit() hands the typed text to writer, which stores its digest (or removes
    // it when the text is empty), and the field is emptied again once it is stored.
    using Writer = std::function<void(SecretStore *store, const QString &text, QObject *context,
                                      SecretStore::Callback done)>;
    void setWriteOnly(Writer writer);
    [[nodiscard]] bool isWriteOnly() const { return bool(m_writer); }
    // A rule the typed text must pass before it may be saved (check returns why not, or
    // nothing). The reason is shown in label, and as the field's accessible description,
    // once the field was left or showProblem() was called (Save), not while first typing.
    void setCheck(std::function<QString(const QString &)> check, QLabel *label);
    // Why the typed text cannot be saved (empty: it can, or nothing was typed).
    [[nodiscard]] QString problem() const;
    void showProblem();
    void reset();
    // As if the admin had typed text (the setup assistant hands over its password field):
    // edited, stored on the next Save.
    void setTyped(const QString &text);

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
    void updateProblem();

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
    Writer m_writer;
    std::function<QString(const QString &)> m_check;
    QPointer<QLabel> m_problemLabel;
    bool m_problemShown = false;
};

} // namespace mw
