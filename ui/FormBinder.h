// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAction>
#include <QColor>
#include <QHash>
#include <QLabel>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

class QFormLayout;
class QLineEdit;
class QWidget;

namespace mw {

class SettingsModel;

// Binds the inputs of Designer pages to a SettingsModel: every widget with a dynamic
// "settingsKey" property (QLineEdit, QSpinBox, QComboBox with the INI spelling as item
// data, QCheckBox) follows the model and writes to it as the admin types. Each field gets
// an error label under it in its QFormLayout ("<objectName>Error") and, for line edits, a
// warning mark inside the field; the error is also the field's accessible description.
//
// Managed deployment (FormBinderLocks.cpp): a field whose key SettingsModel::isLocked() is
// read-only in a way that keeps its value readable and copyable (line edits and spin boxes
// read-only; combo and check boxes ignore the mouse and the keyboard but keep focus), with
// a lock and "Set by your administrator" under it ("<objectName>Policy" row, tool tip and
// accessible description) when the policy locks it. A field that replaces an organisation
// default says so, with a "Use organisation default" button.
//
// A field's error shows only once the admin has edited that field, or after revealAll()
// (Save pressed, or the window pointed at the field): a new, empty form does not open
// covered in red before anyone typed anything.
class FormBinder : public QObject
{
    Q_OBJECT
public:
    explicit FormBinder(SettingsModel *model, QObject *parent = nullptr);

    void bind(QWidget *root);
    [[nodiscard]] QWidget *widgetFor(const QString &key) const { return m_widgets.value(key); }
    [[nodiscard]] QLabel *errorLabelFor(const QString &key) const { return m_errors.value(key); }
    // Shows every value and error of the model (after load, discard, ...).
    void refreshAll();
    // Every field's error from now on (Save pressed), until forgetTouched().
    void revealAll();
    // Back to the state of a form nobody has touched (after Discard).
    void forgetTouched();
    // The error shown under the field now (empty: none, or not revealed yet).
    [[nodiscard]] QString shownError(const QString &key) const;

    // How a field's error looks, for the fields a page checks itself: the colour of the
    // error text under a field, and the warning mark inside a line edit
    // ("<objectName>ErrorMark", its tooltip the message; removed when message is empty).
    [[nodiscard]] static QColor errorColor(const QWidget *w);
    static void setErrorMark(QLineEdit *edit, const QString &message);

    // The row under a field that shows its lock or its organisation default; built the
    // first time either applies (null before). A row another part of the window inserts
    // under a field (its layout or widget in the form's field column) carries the field's
    // objectName in the property kRowUnderField: the policy row goes below it.
    static constexpr const char *kRowUnderField = "rowUnderField";
    [[nodiscard]] QWidget *policyRowFor(const QString &key) const
    {
        return m_policyRows.value(key);
    }
    // Follows SettingsModel::lockStateChanged (and every value change for the defaults).
    void refreshLocks();
    [[nodiscard]] static QString lockedText();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showLock(const QString &key);
    // Tool tip and accessible description: the field's error and its policy notice.
    void describe(const QString &key);
    void addPolicyRow(const QString &key, QWidget *w);
    // The form layout and row that hold w (directly or in a nested row layout).
    static QFormLayout *formRowOf(QWidget *w, int *row);

    void showValue(const QString &key, const QString &value);
    void showError(const QString &key, const QString &message);
    void refreshErrors();
    void edited(const QString &key, const QString &text);

    SettingsModel *m_model;
    QHash<QString, QPointer<QWidget>> m_widgets;
    QHash<QString, QPointer<QLabel>> m_errors;
    QHash<QString, QPointer<QWidget>> m_policyRows;
    QHash<QString, QString> m_errorText;  // key -> the field's error
    QHash<QString, QString> m_policyText; // key -> its lock or organisation-default notice
    QString m_editingKey;                 // the field being typed into
    QSet<QString> m_touched;              // fields the admin edited: their errors show
    bool m_revealAll = false;             // Save was pressed: every error shows
    bool m_updating = false;
};

} // namespace mw
