// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/DeliveryHistory.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QList>

namespace mw {

// The rows of the History view: the entries one DeliveryHistory::find returned, newest
// first. Read-only; the view replaces them whole after each load (off the GUI thread).
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Category, Recipients, Subject, Server, Outcome, Bounce, ColumnCount };

    explicit HistoryModel(QObject *parent = nullptr);

    void setEntries(const QList<HistoryEntry> &entries);
    // The colour of failures (FormBinder::errorColor of the table: readable in dark themes).
    void setErrorColor(const QColor &color) { m_errorColor = color; }
    [[nodiscard]] const QList<HistoryEntry> &entries() const { return m_entries; }
    // The entry of a row, or null outside the rows.
    [[nodiscard]] const HistoryEntry *entryAt(int row) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;

    // Plain words for a person, shared by the table and the details pane.
    [[nodiscard]] static QString outcomeText(const HistoryEntry &e);
    [[nodiscard]] static QString serverText(const QString &server);
    [[nodiscard]] static QString categoryText(const QString &category);
    [[nodiscard]] static bool isFailure(const HistoryEntry &e);

private:
    QList<HistoryEntry> m_entries;
    QColor m_errorColor = QColor(0xc6, 0x28, 0x28);
};

} // namespace mw
