// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsModel.h"

#include "SettingsSchema.h"

#include <QCoreApplication>
#include <QSet>

namespace mw {

SettingsModel::SettingsModel(SettingsStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{}

SettingsLoadResult SettingsModel::load()
{
    if (!m_policyInjected) {
        m_policy = Policy::load();
        Q_EMIT lockStateChanged();
    }
    m_store->setPolicy(m_policy);
    SettingsLoadResult r = m_store->load();
    if (r.status == SettingsLoadResult::Status::NotFound) {
        // Nothing of the user's: what the caller starts from (reset(r.settings)) is the
        // defaults with the policy's.
        r.settings = m_policy.apply(MailSettings{}, {});
        m_savedUserKeys.clear();
        m_reverted.clear();
        m_store->setUserKeys({});
    }
    if (r.ok()) {
        m_savedUserKeys = r.userKeys;
        reset(m_policy.apply(r.settings, r.userKeys));
    }
    return r;
}

void SettingsModel::reset(const MailSettings &settings)
{
    const MailSettings before = m_edited;
    const auto rawBefore = m_raw;
    const auto errorsBefore = allErrors();
    const bool dirtyBefore = isDirty();
    const bool validBefore = isValid();
    // A locked key always shows the policy's value.
    const MailSettings effective = m_policy.withoutLockedChanges(
        settings, m_policy.apply(MailSettings{}, SettingsSchema::keys()));
    m_saved = effective;
    m_edited = effective;
    m_reverted.clear();
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
    if (m_policy.isLocked(key))
        return lockedSentence(m_policy.origin(key));
    if (m_readOnly)
        return tr("The settings are locked; unlock them to make changes.");
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
    m_reverted.remove(key);
    emitChanges(before, rawBefore, errorsBefore, dirtyBefore, validBefore);
    return this->fieldError(key);
}

QString SettingsModel::lockedSentence(const QString &origin)
{
    return tr("Set by your administrator (%1).").arg(origin);
}

void SettingsModel::setSettings(const MailSettings &settings)
{
    const MailSettings before = m_edited;
    const auto rawBefore = m_raw;
    const auto errorsBefore = allErrors();
    const bool dirtyBefore = isDirty();
    const bool validBefore = isValid();
    // Locked keys keep the policy's value; the keys that change become the user's.
    m_edited = m_policy.withoutLockedChanges(settings, before);
    for (const QString &k : SettingsSchema::keys()) {
        if (SettingsSchema::value(before, k) != SettingsSchema::value(m_edited, k))
            m_reverted.remove(k);
    }
    m_raw.clear();
    m_rawError.clear();
    emitChanges(before, rawBefore, errorsBefore, dirtyBefore, validBefore);
}

QHash<QString, QString> SettingsModel::allErrors() const
{
    // Comparing the inputs is far cheaper than validating them again, and cannot miss a
    // change however the settings were edited.
    ErrorCache &cache = m_errorCache;
    if (cache.valid && cache.settings == m_edited && cache.rawError == m_rawError)
        return cache.errors;
    QHash<QString, QString> errors;
    for (const ValidationIssue &i : SettingsValidator::validate(m_edited))
        errors.insert(i.key, i.message);
    // What was typed but could not be stored is the more useful message.
    for (auto it = m_rawError.constBegin(); it != m_rawError.constEnd(); ++it)
        errors.insert(it.key(), it.value());
    cache = {true, m_edited, m_rawError, errors};
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
    if (!m_raw.isEmpty() || !(m_edited == m_saved))
        return true;
    // A key given back to the organisation's default, same value or not.
    for (const QString &key : m_reverted) {
        if (m_savedUserKeys.contains(key))
            return true;
    }
    return false;
}

bool SettingsModel::save(QString *error)
{
    if (m_readOnly) {
        if (error)
            *error = tr("The settings are locked; unlock them to save.");
        return false;
    }
    const auto problems = issues();
    if (!problems.isEmpty()) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(problems.first().key, problems.first().message);
        return false;
    }
    m_store->setPolicy(m_policy);
    m_store->setUserKeys(userKeys());
    if (!m_store->save(m_policy.withoutLockedChanges(m_edited, m_saved), error))
        return false;
    const bool dirtyBefore = isDirty();
    m_saved = m_edited;
    m_savedUserKeys = m_store->userKeys();
    m_reverted.clear();
    if (dirtyBefore)
        Q_EMIT dirtyChanged(false);
    Q_EMIT saved();
    return true;
}

void SettingsModel::discard()
{
    const MailSettings before = m_edited;
    const auto rawBefore = m_raw;
    const auto errorsBefore = allErrors();
    const bool dirtyBefore = isDirty();
    const bool validBefore = isValid();
    m_edited = m_saved;
    m_reverted.clear();
    m_raw.clear();
    m_rawError.clear();
    emitChanges(before, rawBefore, errorsBefore, dirtyBefore, validBefore);
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

void SettingsModel::setPolicy(const Policy &policy)
{
    m_policy = policy;
    m_policyInjected = true;
    m_store->setPolicy(policy);
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
    if (isUserKey(key))
        return SettingSource::User;
    if (m_policy.value(key))
        return SettingSource::System;
    return SettingSource::Default;
}

bool SettingsModel::isUserKey(const QString &key) const
{
    if (m_reverted.contains(key) || m_policy.isLocked(key))
        return false;
    return m_savedUserKeys.contains(key) || m_raw.contains(key) ||
           SettingsSchema::value(m_edited, key) != SettingsSchema::value(m_saved, key);
}

QStringList SettingsModel::userKeys() const
{
    QStringList out;
    for (const QString &key : SettingsSchema::keys()) {
        if (isUserKey(key))
            out << key;
    }
    return out;
}

bool SettingsModel::overridesSystemDefault(const QString &key) const
{
    const auto v = m_policy.value(key);
    if (!v || v->locked || !isUserKey(key))
        return false;
    return value(key) != v->text;
}

void SettingsModel::revertToSystemDefault(const QString &key)
{
    if (!SettingsSchema::contains(key) || isLocked(key))
        return;
    const auto v = m_policy.value(key);
    const bool dirtyBefore = isDirty();
    (void)setValue(key, v ? v->text : SettingsSchema::defaultValue(key));
    m_reverted.insert(key);
    if (isDirty() != dirtyBefore)
        Q_EMIT dirtyChanged(isDirty());
}

void SettingsModel::setReadOnly(bool readOnly)
{
    if (m_readOnly == readOnly)
        return;
    m_readOnly = readOnly;
    Q_EMIT lockStateChanged();
}

} // namespace mw
