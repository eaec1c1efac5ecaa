// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsPage.h"

#include "settings/SettingsModel.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QLineEdit>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

namespace mw {

void SettingsPage::attach(SettingsModel *model)
{
    m_model = model;
    connect(model, &SettingsModel::valueChanged, this, [this] { updateEnabled(); });
    updateEnabled();
}

QFormLayout *SettingsPage::form() const
{
    return m_form ? m_form.data() : qobject_cast<QFormLayout *>(layout());
}

QScrollArea *SettingsPage::makeScrollable()
{
    // The contents grow at once when a row appears (SetMinimumSize), not one event later:
    // a field shown by a change must have its place before the next click or key.
    if (auto *own = findChild<QScrollArea *>(QString(), Qt::FindDirectChildrenOnly)) {
        if (own->widget() && own->widget()->layout())
            own->widget()->layout()->setSizeConstraint(QLayout::SetMinimumSize);
        return own;
    }
    QLayout *inner = layout();
    m_form = qobject_cast<QFormLayout *>(inner);
    auto *area = new QScrollArea(this);
    area->setObjectName(objectName() + QStringLiteral("Scroll"));
    area->setFrameShape(QFrame::NoFrame);
    area->setWidgetResizable(true);
    // Not a stop of its own for Tab: focus goes from the tab bar to the first field (and
    // the area scrolls to the field that has the focus).
    area->setFocusPolicy(Qt::NoFocus);
    auto *contents = new QWidget(area);
    contents->setObjectName(objectName() + QStringLiteral("Contents"));
    // QWidget::setLayout takes the layout over from the page, with the widgets in it.
    if (inner) {
        contents->setLayout(inner);
        inner->setSizeConstraint(QLayout::SetMinimumSize);
    }
    area->setWidget(contents);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(area);
    return area;
}

void SettingsPage::fillCombo(QComboBox *combo, const QList<std::pair<QString, QString>> &items)
{
    combo->clear();
    for (const auto &[spelling, text] : items)
        combo->addItem(text, spelling);
}

void SettingsPage::connectBrowse(QToolButton *button, QLineEdit *field, Browse mode,
                                 const QString &key, const QString &filter)
{
    // FormBinder hides the button while the key is locked.
    button->setProperty("browseFor", key);
    connect(button, &QToolButton::clicked, this, [this, field, mode, key, filter] {
        if (m_model && m_model->isLocked(key))
            return;
        const QString start = field->text();
        const QString caption = field->accessibleName();
        QString chosen;
        switch (mode) {
        case Browse::OpenFile:
            chosen = QFileDialog::getOpenFileName(this, caption, start, filter);
            break;
        case Browse::SaveFile:
            chosen = QFileDialog::getSaveFileName(this, caption, start, filter, nullptr,
                                                  QFileDialog::DontConfirmOverwrite);
            break;
        case Browse::Folder:
            chosen = QFileDialog::getExistingDirectory(this, caption, start);
            break;
        }
        if (!chosen.isEmpty() && m_model)
            m_model->setValue(key, chosen);
        field->setFocus();
    });
}

void SettingsPage::proposePort(const QString &portKey, int proposed, const QList<int> &wellKnown)
{
    if (!m_model || proposed <= 0)
        return;
    const QString current = m_model->value(portKey);
    bool ok = false;
    const int port = current.toInt(&ok);
    if (ok && port != proposed && !wellKnown.contains(port))
        return; // a port the admin chose on purpose
    m_model->setValue(portKey, QString::number(proposed));
}

} // namespace mw
