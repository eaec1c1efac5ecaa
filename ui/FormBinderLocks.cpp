// SPDX-License-Identifier: GPL-3.0-or-later
// FormBinder under a policy: locked fields and organisation defaults (see FormBinder.h).
#include "FormBinder.h"
#include "Icons.h"
#include "SettingsPage.h"
#include "Tint.h"

#include "settings/SettingsModel.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QKeyEvent>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPixmapCache>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>

namespace mw {

namespace {

// The "…" buttons of path fields (SettingsPage::connectBrowse marks them with the key).
constexpr const char *kBrowseProperty = "browseFor";

// Input a locked combo or check box still takes: moving the focus, and Ctrl+C.
bool passesWhileLocked(const QKeyEvent *key)
{
    return key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab ||
           key->matches(QKeySequence::Copy);
}

} // namespace

QString FormBinder::lockedText()
{
    return tr("Set by your administrator");
}

namespace {

// Every field has a (hidden) policy row with this icon: rendering the SVG once, not once per
// field, saves a tenth of the window's start-up (docs/PERFORMANCE.md).
QPixmap lockPixmap()
{
    const QString cacheKey = QStringLiteral("mw-policy-lock-16");
    QPixmap pixmap;
    if (!QPixmapCache::find(cacheKey, &pixmap)) {
        pixmap = appIcon(QStringLiteral("lock")).pixmap(16, 16);
        QPixmapCache::insert(cacheKey, pixmap);
    }
    return pixmap;
}

} // namespace

void FormBinder::addPolicyRow(const QString &key, QWidget *w)
{
    int row = -1;
    QFormLayout *form = formRowOf(w, &row);
    if (!form)
        return;
    if (QLabel *error = m_errors.value(key)) {
        QFormLayout::ItemRole role;
        form->getWidgetPosition(error, &row, &role);
    }
    // Below the rows others put under the field (the server-check buttons): where the row
    // was when every field got one at bind() time, before they were inserted.
    QWidget *tabAfter = w; // the button follows the field and the buttons under it
    while (row + 1 < form->rowCount()) {
        QLayoutItem *next = form->itemAt(row + 1, QFormLayout::FieldRole);
        QObject *o = next ? (next->widget() ? static_cast<QObject *>(next->widget())
                                            : static_cast<QObject *>(next->layout()))
                          : nullptr;
        if (!o || o->property(kRowUnderField).toString() != w->objectName())
            break;
        if (QLayout *l = next->layout()) {
            for (int i = 0; i < l->count(); ++i) {
                QWidget *b = l->itemAt(i)->widget();
                if (b && (b->focusPolicy() & Qt::TabFocus))
                    tabAfter = b;
            }
        }
        ++row;
    }
    auto *box = new QWidget(w->parentWidget());
    box->setObjectName(w->objectName() + QStringLiteral("Policy"));
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    auto *icon = new QLabel(box);
    icon->setObjectName(w->objectName() + QStringLiteral("Lock"));
    icon->setPixmap(lockPixmap());
    icon->setAccessibleName(tr("Locked"));
    QLabel *text = wrapLabel(w->objectName() + QStringLiteral("PolicyText"), box);
    QFont small = text->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    text->setFont(small);
    text->setForegroundRole(QPalette::PlaceholderText); // muted on light and dark palettes
    auto *useDefault = new QPushButton(tr("Use organisation default"), box);
    useDefault->setObjectName(w->objectName() + QStringLiteral("UseDefault"));
    useDefault->setAutoDefault(false);
    // Which field the button belongs to, for a screen reader moving from button to button.
    useDefault->setAccessibleName(
        w->accessibleName().isEmpty()
            ? useDefault->text()
            : tr("Use organisation default for %1").arg(w->accessibleName()));
    useDefault->setAccessibleDescription(
        tr("Replaces your value of %1 with the one your organisation set")
            .arg(w->accessibleName()));
    connect(useDefault, &QPushButton::clicked, this, [this, key] {
        m_model->revertToSystemDefault(key);
        if (QWidget *field = m_widgets.value(key))
            field->setFocus();
    });
    layout->addWidget(icon);
    layout->addWidget(text, 1);
    layout->addWidget(useDefault);
    box->setVisible(false);
    form->insertRow(row + 1, QString(), box);
    QWidget::setTabOrder(tabAfter, useDefault);
    m_policyRows.insert(key, box);
}

void FormBinder::refreshLocks()
{
    for (auto it = m_widgets.constBegin(); it != m_widgets.constEnd(); ++it)
        showLock(it.key());
}

void FormBinder::showLock(const QString &key)
{
    QWidget *w = m_widgets.value(key);
    if (!w)
        return;
    const Policy &policy = m_model->policy();
    const bool readOnly = m_model->isLocked(key);
    const bool byPolicy = policy.isLocked(key);
    const bool overrides = !readOnly && m_model->overridesSystemDefault(key);

    if (auto *le = qobject_cast<QLineEdit *>(w))
        le->setReadOnly(readOnly); // still selectable and copyable
    else if (auto *sb = qobject_cast<QSpinBox *>(w))
        sb->setReadOnly(readOnly);
    // Combo and check boxes: eventFilter() swallows the input while locked.
    w->setProperty("locked", readOnly);
    // The field's browse button is on the field's page (SettingsPage::connectBrowse): searching
    // the (outermost) page, not the whole window, for each key saves most of the form's
    // start-up work (docs/PERFORMANCE.md). A field on no page: the window.
    QWidget *page = w->window();
    for (QWidget *p = w->parentWidget(); p && p != w->window(); p = p->parentWidget()) {
        if (qobject_cast<SettingsPage *>(p))
            page = p;
    }
    const QList<QToolButton *> browse = page->findChildren<QToolButton *>();
    for (QToolButton *b : browse) {
        if (b->property(kBrowseProperty).toString() == key)
            b->setVisible(!readOnly);
    }

    QString notice;
    if (byPolicy)
        notice = lockedText();
    else if (readOnly)
        notice = tr("Read-only while the settings are locked");
    else if (overrides)
        notice = tr("Changed from your organisation's default");
    m_policyText.insert(key, notice);
    describe(key);

    // Under a policy that locks every key the window's banner says it once.
    const bool showLockRow = byPolicy && !policy.locksEverything();
    if ((showLockRow || overrides) && !m_policyRows.contains(key))
        addPolicyRow(key, w); // the first time a policy or a default applies to the field
    if (QWidget *row = m_policyRows.value(key)) {
        row->setVisible(showLockRow || overrides);
        if (auto *icon = row->findChild<QLabel *>(w->objectName() + QStringLiteral("Lock")))
            icon->setVisible(showLockRow);
        if (auto *text = row->findChild<QLabel *>(w->objectName() + QStringLiteral("PolicyText")))
            text->setText(notice);
        if (auto *button =
                row->findChild<QPushButton *>(w->objectName() + QStringLiteral("UseDefault")))
            button->setVisible(overrides);
    }
}

void FormBinder::describe(const QString &key)
{
    QWidget *w = m_widgets.value(key);
    if (!w)
        return;
    QStringList parts;
    for (const QString &part : {shownError(key), m_policyText.value(key)}) {
        if (!part.isEmpty())
            parts << part;
    }
    const QString text = parts.join(QLatin1Char('\n'));
    w->setAccessibleDescription(text);
    w->setToolTip(text);
}

bool FormBinder::eventFilter(QObject *watched, QEvent *event)
{
    auto *w = qobject_cast<QWidget *>(watched);
    if (!w || !w->property("locked").toBool())
        return QObject::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::Wheel:
    case QEvent::Shortcut: // the mnemonic of a check box
        return true;
    case QEvent::KeyPress:
    case QEvent::KeyRelease: {
        auto *key = static_cast<QKeyEvent *>(event);
        if (passesWhileLocked(key)) {
            if (event->type() == QEvent::KeyPress && key->matches(QKeySequence::Copy)) {
                if (auto *cb = qobject_cast<QComboBox *>(w))
                    QApplication::clipboard()->setText(cb->currentText());
                else if (auto *ch = qobject_cast<QAbstractButton *>(w))
                    QApplication::clipboard()->setText(ch->text().remove(QLatin1Char('&')));
                return true;
            }
            return QObject::eventFilter(watched, event);
        }
        return true;
    }
    default:
        return QObject::eventFilter(watched, event);
    }
}

} // namespace mw
