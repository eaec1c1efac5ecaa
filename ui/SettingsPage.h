// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointer>
#include <QString>
#include <QWidget>

#include <utility>

class QComboBox;
class QFormLayout;
class QLineEdit;
class QScrollArea;
class QToolButton;

namespace mw {

class SettingsModel;

// One tab of the settings window: a Designer form whose inputs FormBinder binds to the
// model by their "settingsKey" property. Subclasses fill their combo boxes and add what
// is particular to them (enabling dependent fields, proposing ports).
class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual void attach(SettingsModel *model);
    [[nodiscard]] virtual QString title() const = 0;

    // The page's form (the Designer layout), wherever it is now: after makeScrollable() it
    // belongs to the scroll area's contents, no longer to the page. Null for a page whose
    // layout is not a form.
    [[nodiscard]] QFormLayout *form() const;
    // Puts the form into a scroll area that fills the page, so that a long tab scrolls on a
    // small screen instead of making the window taller (SettingsWindow). A page whose own
    // form already scrolls keeps it. Returns the scroll area.
    QScrollArea *makeScrollable();

protected:
    // Items shown with a translated text; the INI spelling is the item data.
    static void fillCombo(QComboBox *combo, const QList<std::pair<QString, QString>> &items);
    enum class Browse { OpenFile, SaveFile, Folder };
    // The "…" button beside a path field opens a file dialog and stores the choice.
    void connectBrowse(QToolButton *button, QLineEdit *field, Browse mode, const QString &key,
                       const QString &filter = {});
    // Re-evaluates which fields apply (called after every change of the model).
    virtual void updateEnabled() {}
    // Sets a port field when the security mode is chosen, unless the admin typed an unusual
    // port (which is kept). well-known: the ports this protocol normally uses.
    void proposePort(const QString &portKey, int proposed, const QList<int> &wellKnown);

    QPointer<SettingsModel> m_model;

private:
    QPointer<QFormLayout> m_form; // set by makeScrollable()
};

} // namespace mw
