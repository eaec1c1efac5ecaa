// SPDX-License-Identifier: GPL-3.0-or-later
#include "PasswordField.h"
#include "Icons.h"

#include "settings/EnvSecretOverride.h"

#include <QAction>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QToolButton>

namespace mw {

PasswordField::PasswordField(QLineEdit *edit, QString account, QObject *parent)
    : QObject(parent)
    , m_edit(edit)
    , m_account(std::move(account))
{
    m_edit->setEchoMode(QLineEdit::Password);
    m_reveal = new QAction(appIcon(QStringLiteral("eye")), tr("Show password"), m_edit);
    m_reveal->setObjectName(m_edit->objectName() + QStringLiteral("Reveal"));
    m_reveal->setCheckable(true);
    m_reveal->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_reveal->setShortcutContext(Qt::WidgetShortcut);
    m_reveal->setToolTip(tr("Show password (Ctrl+Shift+R)"));
    m_edit->addAction(m_reveal, QLineEdit::TrailingPosition);
    // The button QLineEdit made for the action takes no focus by default; the eye must be
    // reachable with Tab like any other control.
    for (QToolButton *b : m_edit->findChildren<QToolButton *>()) {
        if (b->defaultAction() == m_reveal) {
            m_button = b;
            b->setObjectName(m_edit->objectName() + QStringLiteral("RevealButton"));
            b->setFocusPolicy(Qt::TabFocus);
            b->setAccessibleName(tr("Show %1").arg(m_edit->accessibleName()));
        }
    }
    connect(m_reveal, &QAction::toggled, this, [this](bool on) {
        if (on && m_locked) {
            setRevealed(false);
            return;
        }
        if (on && m_state == State::Unloaded && !m_writer) {
            load(true);
            return;
        }
        setRevealed(on);
    });
    connect(m_edit, &QLineEdit::textEdited, this, [this](const QString &text) {
        ++m_generation; // a load still running must not overwrite what is being typed
        if (m_state == State::Unloaded && text.isEmpty())
            return; // typed and erased again: nothing changes
        if (m_state == State::Loading)
            m_edit->setReadOnly(m_locked);
        setState(State::Edited);
        if (m_problemShown)
            updateProblem();
    });
    connect(m_edit, &QLineEdit::editingFinished, this, [this] {
        if (m_check && isEdited())
            showProblem();
    });
    updatePlaceholder();
}

void PasswordField::setWriteOnly(Writer writer)
{
    m_writer = std::move(writer);
    reset();
}

void PasswordField::setCheck(std::function<QString(const QString &)> check, QLabel *label)
{
    m_check = std::move(check);
    m_problemLabel = label;
    updateProblem();
}

QString PasswordField::problem() const
{
    if (!m_check || !isEdited() || m_edit->text().isEmpty())
        return {}; // nothing typed, or emptied: the stored one is removed
    return m_check(m_edit->text());
}

void PasswordField::showProblem()
{
    m_problemShown = true;
    updateProblem();
}

void PasswordField::updateProblem()
{
    const QString message = m_problemShown ? problem() : QString();
    if (m_problemLabel) {
        m_problemLabel->setText(message);
        m_problemLabel->setVisible(!message.isEmpty());
    }
    m_edit->setAccessibleDescription(message);
}

void PasswordField::setSecretStore(SecretStore *store)
{
    m_store = store;
    // What the admin typed is kept: it is written to the new store on the next save.
    if (isEdited())
        updatePlaceholder();
    else
        reset();
}

void PasswordField::reset()
{
    ++m_generation;
    m_edit->clear();
    m_edit->setReadOnly(m_locked);
    m_notFound = false;
    m_problemShown = false;
    setRevealed(false);
    setState(State::Unloaded);
    updateProblem();
}

void PasswordField::setTyped(const QString &text)
{
    if (m_locked)
        return;
    ++m_generation; // a load still running must not overwrite it
    m_edit->setReadOnly(false);
    m_edit->setText(text);
    setState(State::Edited);
    updateProblem();
}

bool PasswordField::isRevealed() const
{
    return m_edit->echoMode() == QLineEdit::Normal;
}

void PasswordField::setRevealed(bool on)
{
    if (on && m_locked && m_state != State::Edited)
        on = false; // a stored password is shown only while the window is unlocked
    if (on && m_state == State::Unloaded && !m_writer) {
        load(true);
        return;
    }
    m_edit->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
    const QSignalBlocker block(m_reveal);
    m_reveal->setChecked(on);
    m_reveal->setIcon(appIcon(on ? QStringLiteral("eye-off") : QStringLiteral("eye")));
    m_reveal->setText(on ? tr("Hide password") : tr("Show password"));
    m_reveal->setToolTip(on ? tr("Hide password (Ctrl+Shift+R)")
                            : tr("Show password (Ctrl+Shift+R)"));
    if (m_button)
        m_button->setAccessibleName(
            (on ? tr("Hide %1") : tr("Show %1")).arg(m_edit->accessibleName()));
}

void PasswordField::load(bool revealAfter)
{
    {
        const QSignalBlocker block(m_reveal);
        m_reveal->setChecked(false);
    }
    if (!m_store) {
        Q_EMIT loadFailed(tr("No password store is available."));
        return;
    }
    setState(State::Loading);
    m_edit->setReadOnly(true);
    const int generation = ++m_generation;
    m_store->read(m_account, this, [this, generation, revealAfter](const SecretResult &r) {
        if (generation != m_generation)
            return;
        m_edit->setReadOnly(m_locked);
        if (r.status == SecretResult::Status::Error) {
            setState(State::Unloaded);
            Q_EMIT loadFailed(r.error);
            return;
        }
        m_notFound = r.status == SecretResult::Status::NotFound;
        m_edit->setText(r.secret);
        setState(State::Loaded);
        if (revealAfter)
            setRevealed(true);
    });
}

void PasswordField::setLocked(bool locked, const QString &description, bool byPolicy)
{
    if (locked && !m_locked && (m_state == State::Loaded || m_state == State::Loading))
        reset(); // the stored password leaves the widget (and a read in flight is dropped)
    m_locked = locked;
    if (locked)
        conceal();
    m_edit->setReadOnly(locked || m_state == State::Loading);
    m_reveal->setEnabled(!locked || m_state == State::Edited);
    m_edit->setToolTip(description);
    m_edit->setAccessibleDescription(description);
    if (byPolicy && locked && !m_lockMark) {
        m_lockMark = m_edit->addAction(appIcon(QStringLiteral("lock")), QLineEdit::LeadingPosition);
        m_lockMark->setObjectName(m_edit->objectName() + QStringLiteral("Lock"));
        m_lockMark->setToolTip(description);
    } else if (!(byPolicy && locked) && m_lockMark) {
        m_edit->removeAction(m_lockMark);
        delete m_lockMark;
        m_lockMark = nullptr;
    }
}

void PasswordField::fetch(QObject *context, SecretStore::Callback done)
{
    if (m_writer && m_state != State::Edited) {
        // Only a digest is stored: there is no password to give.
        QTimer::singleShot(0, context, [done] { done(SecretResult::notFound()); });
        return;
    }
    if (m_state == State::Edited || m_state == State::Loaded) {
        const SecretResult r = m_edit->text().isEmpty() && m_state == State::Loaded && m_notFound
                                   ? SecretResult::notFound()
                                   : SecretResult::success(m_edit->text());
        QTimer::singleShot(0, context, [done, r] { done(r); });
        return;
    }
    if (!m_store) {
        QTimer::singleShot(0, context, [done] {
            done(SecretResult::failure(tr("No password store is available.")));
        });
        return;
    }
    m_store->read(m_account, context, std::move(done));
}

void PasswordField::commit(QObject *context, SecretStore::Callback done)
{
    if (m_state != State::Edited || !m_store) {
        QTimer::singleShot(0, context, [done] { done(SecretResult::success()); });
        return;
    }
    const QString text = m_edit->text();
    const int generation = m_generation;
    auto after = [this, generation, done](const SecretResult &r) {
        if (r.ok() && generation == m_generation) {
            m_notFound = m_edit->text().isEmpty();
            if (m_writer)
                reset(); // the password is not kept, not even in the field
            else
                setState(State::Loaded);
        }
        done(r);
    };
    if (m_writer)
        m_writer(m_store, text, context, after);
    else if (text.isEmpty())
        m_store->remove(m_account, context, after);
    else
        m_store->write(m_account, text, context, after);
}

void PasswordField::setState(State s)
{
    const bool wasEdited = isEdited();
    m_state = s;
    updatePlaceholder();
    if (wasEdited != isEdited())
        Q_EMIT editedChanged(isEdited());
}

void PasswordField::updatePlaceholder()
{
    const QString where = !m_store                                              ? tr("nowhere")
                          : m_store->backendName() == QLatin1String("keychain") ? tr("the keychain")
                          : m_store->backendName() == QLatin1String("file")
                              ? tr("the password file")
                              : tr("memory");
    QString text;
    switch (m_state) {
    case State::Unloaded:
        text = m_writer
                   ? tr("Kept in %1 as a digest only. Type a new one to replace it.").arg(where)
               : EnvSecretOverride::isOverridden(m_account)
                   ? tr("Set by %1 (environment)").arg(EnvSecretOverride::variableName(m_account))
                   : tr("Kept in %1, not shown. Type to replace it.").arg(where);
        break;
    case State::Loading:
        text = tr("Loading from %1…").arg(where);
        break;
    case State::Loaded:
        text = m_notFound ? tr("No password stored yet") : QString();
        break;
    case State::Edited:
        text = tr("Empty: the stored password will be removed");
        break;
    }
    m_edit->setPlaceholderText(text);
}

} // namespace mw
