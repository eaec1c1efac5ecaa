// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MailSettings.h"
#include "Policy.h"
#include "SettingsStore.h"
#include "SettingsValidator.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>

namespace mw {

// What the settings window binds to: the saved settings, an edited copy, a dirty flag and
// per-field validation. No widgets: pages call setValue() as the admin types and show
// fieldError() beside the field. Save/Discard go through the SettingsStore passed in.
class SettingsModel : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool dirty READ isDirty NOTIFY dirtyChanged)
    Q_PROPERTY(bool valid READ isValid NOTIFY validityChanged)
public:
    explicit SettingsModel(SettingsStore *store, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(SettingsModel)

    // Reads the store into both copies. On failure nothing changes (the caller decides,
    // e.g. a missing file: start from defaults with reset()).
    SettingsLoadResult load();
    // Replaces both copies (e.g. defaults on first run); not dirty afterwards.
    void reset(const MailSettings &settings = {});

    [[nodiscard]] const MailSettings &settings() const { return m_edited; }
    [[nodiscard]] const MailSettings &savedSettings() const { return m_saved; }
    [[nodiscard]] SettingsStore *store() const { return m_store; }

    // The text shown for key: what was typed if it could not be stored, else the value.
    [[nodiscard]] QString value(const QString &key) const;
    // Stores text in the edited copy. Returns the field's error (empty when valid). Text that
    // cannot be represented (a port of "abc") is kept as typed and the field stays invalid.
    // "host,port" in a host field also sets the port (valueChanged for both).
    QString setValue(const QString &key, const QString &text);
    // Replaces the edited copy (e.g. autodetected values), keeping the saved one.
    void setSettings(const MailSettings &settings);

    [[nodiscard]] QString fieldError(const QString &key) const;
    [[nodiscard]] QList<ValidationIssue> issues() const;
    [[nodiscard]] bool isDirty() const;
    [[nodiscard]] bool isValid() const { return issues().isEmpty(); }

    // Refuses invalid settings; on success the edited copy becomes the saved one.
    bool save(QString *error = nullptr);
    // Back to the saved copy.
    void discard();

    // Managed deployment. The policy given is applied to what load() reads (defaults <
    // system defaults < the user's keys < locked values) and honoured by save(), which
    // never writes a locked key. Empty by default (nothing managed).
    void setPolicy(const Policy &policy);
    [[nodiscard]] const Policy &policy() const { return m_policy; }
    // Read-only because the policy locks it, or because the whole model is read-only.
    [[nodiscard]] bool isLocked(const QString &key) const;
    [[nodiscard]] SettingSource source(const QString &key) const;
    // The edited value replaces an organisation default (the window offers the way back).
    [[nodiscard]] bool overridesSystemDefault(const QString &key) const;
    // Back to the organisation's default for key (its built-in default when the policy
    // has none): a user key no longer, so the next save leaves it out of the file.
    void revertToSystemDefault(const QString &key);
    // "Set by your administrator (<origin>).": what setValue() answers for a locked key.
    [[nodiscard]] static QString lockedSentence(const QString &origin);
    // Everything read-only (the administrator lock is locked, or the policy locks every
    // key): setValue() refuses, save() refuses.
    void setReadOnly(bool readOnly);
    [[nodiscard]] bool isReadOnly() const { return m_readOnly; }

Q_SIGNALS:
    void valueChanged(const QString &key, const QString &value);
    void fieldErrorChanged(const QString &key, const QString &message);
    void dirtyChanged(bool dirty);
    void validityChanged(bool valid);
    void saved();
    // The policy or the read-only state changed: every field's lock may have changed.
    void lockStateChanged();

private:
    // Emits what changed between the state before an edit and now.
    void emitChanges(const MailSettings &before, const QHash<QString, QString> &rawBefore,
                     const QHash<QString, QString> &errorsBefore, bool dirtyBefore,
                     bool validBefore);
    [[nodiscard]] QHash<QString, QString> allErrors() const;
    // The user's keys now: those of the file that were not reverted, and the edited ones.
    [[nodiscard]] bool isUserKey(const QString &key) const;
    [[nodiscard]] QStringList userKeys() const;

    SettingsStore *m_store;
    Policy m_policy;
    bool m_policyInjected = false; // setPolicy() was called: load() keeps it
    QStringList m_savedUserKeys;   // the keys of the user's file, as last loaded or saved
    QSet<QString> m_reverted;      // given back to the organisation's default since
    bool m_readOnly = false;
    MailSettings m_saved;
    MailSettings m_edited;
    QHash<QString, QString> m_raw;      // key -> typed text that could not be stored
    QHash<QString, QString> m_rawError; // key -> why
    // allErrors() of the last (m_edited, m_rawError) it was asked about: the form asks once
    // per field when it is built (every fieldError() validated the whole configuration:
    // a third of the window's start-up, docs/PERFORMANCE.md), and again around every edit.
    struct ErrorCache
    {
        bool valid = false;
        MailSettings settings;
        QHash<QString, QString> rawError;
        QHash<QString, QString> errors;
    };
    mutable ErrorCache m_errorCache;
};

} // namespace mw
