// SPDX-License-Identifier: GPL-3.0-or-later
#include "FormBinder.h"
#include "Icons.h"

#include "settings/SettingsModel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QIcon>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QSpinBox>
#include <QStringList>

namespace mw {

namespace {

constexpr const char *kKeyProperty = "settingsKey";

bool layoutContains(QLayout *layout, QWidget *w)
{
    for (int i = 0; i < layout->count(); ++i) {
        QLayoutItem *item = layout->itemAt(i);
        if (item->widget() == w)
            return true;
        if (item->layout() && layoutContains(item->layout(), w))
            return true;
    }
    return false;
}

} // namespace

// The form layout and row that hold w (directly or in a nested row layout).
QFormLayout *FormBinder::formRowOf(QWidget *w, int *row)
{
    for (QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
        for (QFormLayout *form : p->findChildren<QFormLayout *>()) {
            for (int r = 0; r < form->rowCount(); ++r) {
                for (auto role : {QFormLayout::FieldRole, QFormLayout::SpanningRole}) {
                    QLayoutItem *item = form->itemAt(r, role);
                    if (!item)
                        continue;
                    if (item->widget() == w ||
                        (item->layout() && layoutContains(item->layout(), w))) {
                        *row = r;
                        return form;
                    }
                }
            }
        }
    }
    return nullptr;
}

// A red that reads on the current palette (light or dark).
QColor FormBinder::errorColor(const QWidget *w)
{
    return w->palette().color(QPalette::Window).lightness() < 128 ? QColor(0xff, 0x8a, 0x80)
                                                                  : QColor(0xc6, 0x28, 0x28);
}

void FormBinder::setErrorMark(QLineEdit *edit, const QString &message)
{
    const QString name = edit->objectName() + QStringLiteral("ErrorMark");
    QAction *mark = nullptr;
    for (QAction *a : edit->actions()) {
        if (a->objectName() == name)
            mark = a;
    }
    if (message.isEmpty()) {
        if (mark) {
            edit->removeAction(mark);
            delete mark;
        }
        return;
    }
    if (!mark) {
        mark = edit->addAction(appIcon(QStringLiteral("field-error")), QLineEdit::LeadingPosition);
        mark->setObjectName(name);
    }
    mark->setToolTip(message);
}

FormBinder::FormBinder(SettingsModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
{
    connect(m_model, &SettingsModel::valueChanged, this, &FormBinder::showValue);
    connect(m_model, &SettingsModel::fieldErrorChanged, this, &FormBinder::showError);
    connect(m_model, &SettingsModel::valueChanged, this,
            [this](const QString &key) { showLock(key); });
    connect(m_model, &SettingsModel::lockStateChanged, this, &FormBinder::refreshLocks);
}

void FormBinder::bind(QWidget *root)
{
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    QStringList bound;
    for (QWidget *w : std::as_const(widgets)) {
        const QString key = w->property(kKeyProperty).toString();
        if (key.isEmpty())
            continue;
        m_widgets.insert(key, w);
        bound << key;
        if (auto *le = qobject_cast<QLineEdit *>(w)) {
            connect(le, &QLineEdit::textEdited, this,
                    [this, key](const QString &t) { edited(key, t); });
        } else if (auto *sb = qobject_cast<QSpinBox *>(w)) {
            connect(sb, &QSpinBox::valueChanged, this,
                    [this, key](int v) { edited(key, QString::number(v)); });
        } else if (auto *cb = qobject_cast<QComboBox *>(w)) {
            connect(cb, &QComboBox::currentIndexChanged, this,
                    [this, key, cb](int i) { edited(key, cb->itemData(i).toString()); });
            cb->installEventFilter(this); // locked: no input (FormBinderLocks.cpp)
        } else if (auto *ch = qobject_cast<QCheckBox *>(w)) {
            connect(ch, &QCheckBox::toggled, this, [this, key](bool on) {
                edited(key, on ? QStringLiteral("true") : QStringLiteral("false"));
            });
            ch->installEventFilter(this);
        }

        // The error label sits right under its field.
        int row = -1;
        if (QFormLayout *form = formRowOf(w, &row)) {
            auto *label = new QLabel(w->parentWidget());
            label->setObjectName(w->objectName() + QStringLiteral("Error"));
            label->setWordWrap(true);
            label->setTextFormat(Qt::PlainText);
            QPalette pal = label->palette();
            pal.setColor(QPalette::WindowText, errorColor(w));
            label->setPalette(pal);
            label->setVisible(false);
            form->insertRow(row + 1, QString(), label);
            m_errors.insert(key, label);
        }
        // The policy row under it (FormBinderLocks.cpp) is built when a policy or an
        // organisation default first applies to the field: most forms never need one.
    }
    // The fields bound before follow the model already: only the new ones are shown (each
    // page is bound on its own, some when their tab is first shown).
    for (const QString &key : std::as_const(bound)) {
        showValue(key, m_model->value(key));
        showError(key, m_model->fieldError(key));
        showLock(key);
    }
}

void FormBinder::refreshAll()
{
    for (auto it = m_widgets.constBegin(); it != m_widgets.constEnd(); ++it) {
        showValue(it.key(), m_model->value(it.key()));
        showError(it.key(), m_model->fieldError(it.key()));
    }
}

void FormBinder::revealAll()
{
    m_revealAll = true;
    refreshErrors();
}

void FormBinder::forgetTouched()
{
    m_revealAll = false;
    m_touched.clear();
    refreshErrors();
}

QString FormBinder::shownError(const QString &key) const
{
    return m_revealAll || m_touched.contains(key) ? m_errorText.value(key) : QString();
}

void FormBinder::refreshErrors()
{
    for (auto it = m_widgets.constBegin(); it != m_widgets.constEnd(); ++it)
        showError(it.key(), m_model->fieldError(it.key()));
}

void FormBinder::edited(const QString &key, const QString &text)
{
    if (m_updating)
        return;
    const bool first = !m_touched.contains(key);
    m_touched.insert(key);
    m_editingKey = key;
    m_model->setValue(key, text);
    m_editingKey.clear();
    // The value did not change (typed and erased): its error shows now all the same.
    if (first)
        showError(key, m_model->fieldError(key));
}

void FormBinder::showValue(const QString &key, const QString &value)
{
    QWidget *w = m_widgets.value(key);
    if (!w || key == m_editingKey) // never rewrite the field under the admin's cursor
        return;
    m_updating = true;
    if (auto *le = qobject_cast<QLineEdit *>(w)) {
        if (le->text() != value)
            le->setText(value);
    } else if (auto *sb = qobject_cast<QSpinBox *>(w)) {
        bool ok = false;
        const int v = value.toInt(&ok);
        if (ok && sb->value() != v)
            sb->setValue(v);
    } else if (auto *cb = qobject_cast<QComboBox *>(w)) {
        const int i = cb->findData(value, Qt::UserRole, Qt::MatchFixedString);
        if (i >= 0 && cb->currentIndex() != i)
            cb->setCurrentIndex(i);
    } else if (auto *ch = qobject_cast<QCheckBox *>(w)) {
        const bool on = value == QLatin1String("true");
        if (ch->isChecked() != on)
            ch->setChecked(on);
    }
    m_updating = false;
}

void FormBinder::showError(const QString &key, const QString &message)
{
    QWidget *w = m_widgets.value(key);
    if (!w)
        return;
    m_errorText.insert(key, message);
    // Kept, but shown only once the field was edited or Save pressed (see the class).
    const QString shown = shownError(key);
    if (QLabel *label = m_errors.value(key)) {
        label->setText(shown);
        label->setVisible(!shown.isEmpty());
    }
    describe(key);
    w->setProperty("invalid", !shown.isEmpty());
    if (auto *le = qobject_cast<QLineEdit *>(w))
        setErrorMark(le, shown);
}

} // namespace mw
