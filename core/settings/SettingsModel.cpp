// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsModel.h"

#include "SettingsSchema.h"

#include <QCoreApplication>

namespace mw {

SettingsModel::SettingsModel(SettingsStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{}

SettingsLoadResult SettingsModel::load()
{
    SettingsLoadResult r = m_store->load();
    if (r.ok())
        reset(r.settings);
    return r;
}

void SettingsModel::reset(const MailSettings &settings)
{
    const MailSettings before = m_edited;
    const auto rawBefore = m_raw;
    const auto errorsBefore = allErrors();
    const bool dirtyBefore = isDirty();
    const bool validBefore = isValid();
    m_saved = settings;
    m_edited = settings;
    m_raw.clear();
    m_rawError.clear();
    emitChanges(before, rawBefore, errorsBefore, dirtyBefore, validBefore);
}

QString SettingsModel::value(const QString &key) const
{
    if (const auto it = m_raw.constFind(key); it != m_raw.constEnd())
        return *it;
    return SettingsSchema::value(m_edited, key).value_or(QString());
}

QString SettingsModel::setValue(const QString &key, const QString &text)
{
    if (!SettingsSchema::contains(key))
        return QCoreApplication::translate("mw::SettingsValidator", "Unknown setting.");
    const MailSettings before = m_edited;
    const auto rawBefore = m_raw;
    const auto errorsBefore = allErrors();
    const bool dirtyBefore = isDirty();
    const bool validBefore = isValid();

    const QString fieldError = SettingsValidator::validateField(key, text);
    if (SettingsSchema::setValue(m_edited, key, text).isEmpty()) {
        m_raw.remove(key);
        m_rawError.remove(key);
        // Syntax errors of representable values are found again by validate().
    } else {
        m_raw.insert(key, text);
        m_rawError.insert(key,
                          fieldError.isEmpty() ? QStringLiteral("Invalid value.") : fieldError);
    }
    emitChanges(before, rawBefore, errorsBefore, dirtyBefore, validBefore);
    return this->fieldError(key);
}

void SettingsModel::setSettings(const MailSettings &settings)
{
    const MailSettings before = m_edited;
    const auto rawBefore = m_raw;
    const auto errorsBefore = allErrors();
    const bool dirtyBefore = isDirty();
    const bool validBefore = isValid();
    m_edited = settings;
    m_raw.clear();
    m_rawError.clear();
    emitChanges(before, rawBefore, errorsBefore, dirtyBefore, validBefore);
}

QHash<QString, QString> SettingsModel::allErrors() const
{
    QHash<QString, QString> errors;
    for (const ValidationIssue &i : SettingsValidator::validate(m_edited))
        errors.insert(i.key, i.message);
    // What was typed but could not be stored is the more useful message.
    for (auto it = m_rawError.constBegin(); it != m_rawError.constEnd(); ++it)
        errors.insert(it.key(), it.value());
    return errors;
}

QString SettingsModel::fieldError(const QString &key) const
{
    return allErrors().value(key);
}

QList<ValidationIssue> SettingsModel::issues() const
{
    QList<ValidationIssue> out;
    const auto errors = allErrors();
    // In schema order, so that the first issue is the first field on screen.
    for (const QString &key : SettingsSchema::keys()) {
        if (const auto it = errors.constFind(key); it != errors.constEnd())
            out.append({key, *it});
    }
    return out;
}

bool SettingsModel::isDirty() const
{
    return !m_raw.isEmpty() || !(m_edited == m_saved);
}

bool SettingsModel::save(QString *error)
{
    const auto problems = issues();
    if (!problems.isEmpty()) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(problems.first().key, problems.first().message);
        return false;
    }
    if (!m_store->save(m_edited, error))
        return false;
    const bool dirtyBefore = isDirty();
    m_saved = m_edited;
    if (dirtyBefore)
        Q_EMIT dirtyChanged(false);
    Q_EMIT saved();
    return true;
}

void SettingsModel::discard()
{
    setSettings(m_saved);
}

void SettingsModel::emitChanges(const MailSettings &before,
                                const QHash<QString, QString> &rawBefore,
                                const QHash<QString, QString> &errorsBefore, bool dirtyBefore,
                                bool validBefore)
{
    const auto errorsNow = allErrors();
    for (const QString &key : SettingsSchema::keys()) {
        const QString oldText = rawBefore.contains(key)
                                    ? rawBefore.value(key)
                                    : SettingsSchema::value(before, key).value_or(QString());
        const QString newText = value(key);
        if (oldText != newText)
            Q_EMIT valueChanged(key, newText);
        if (errorsBefore.value(key) != errorsNow.value(key))
            Q_EMIT fieldErrorChanged(key, errorsNow.value(key));
    }
    if (isDirty() != dirtyBefore)
        Q_EMIT dirtyChanged(isDirty());
    const bool validNow = errorsNow.isEmpty();
    if (validNow != validBefore)
        Q_EMIT validityChanged(validNow);
}

// Foundation of the managed deployment: the policy is kept; the policy engineer applies it
// in load() and save().
void SettingsModel::setPolicy(const Policy &policy)
{
    m_policy = policy;
    Q_EMIT lockStateChanged();
}

bool SettingsModel::isLocked(const QString &key) const
{
    return m_readOnly || m_policy.isLocked(key);
}

SettingSource SettingsModel::source(const QString &key) const
{
    if (m_policy.isLocked(key))
        return SettingSource::Locked;
    return SettingSource::User;
}

bool SettingsModel::overridesSystemDefault(const QString &key) const
{
    const auto v = m_policy.value(key);
    if (!v || v->locked)
        return false;
    return SettingsSchema::value(m_edited, key).value_or(QString()) != v->text;
}

void SettingsModel::revertToSystemDefault(const QString &key)
{
    const auto v = m_policy.value(key);
    if (v && !v->locked)
        setValue(key, v->text);
}

void SettingsModel::setReadOnly(bool readOnly)
{
    if (m_readOnly == readOnly)
        return;
    m_readOnly = readOnly;
    Q_EMIT lockStateChanged();
}

} // namespace mw
