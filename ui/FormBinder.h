// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAction>
#include <QColor>
#include <QHash>
#include <QLabel>
#include <QObject>
#include <QPointer>
#include <QString>

class QLineEdit;
class QWidget;

namespace mw {

class SettingsModel;

// Binds the inputs of Designer pages to a SettingsModel: every widget with a dynamic
// "settingsKey" property (QLineEdit, QSpinBox, QComboBox with the INI spelling as item
// data, QCheckBox) follows the model and writes to it as the admin types. Each field gets
// an error label under it in its QFormLayout ("<objectName>Error") and, for line edits, a
// warning mark inside the field; the error is also the field's accessible description.
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

    // How a field's error looks, for the fields a page checks itself: the colour of the
    // error text under a field, and the warning mark inside a line edit
    // ("<objectName>ErrorMark", its tooltip the message; removed when message is empty).
    [[nodiscard]] static QColor errorColor(const QWidget *w);
    static void setErrorMark(QLineEdit *edit, const QString &message);

private:
    void showValue(const QString &key, const QString &value);
    void showError(const QString &key, const QString &message);
    void edited(const QString &key, const QString &text);

    SettingsModel *m_model;
    QHash<QString, QPointer<QWidget>> m_widgets;
    QHash<QString, QPointer<QLabel>> m_errors;
    QString m_editingKey; // the field being typed into
    bool m_updating = false;
};

} // namespace mw
