// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "delivery/QueueOperations.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QDateTime>

namespace mw {

// The rows of the Queue view: the messages of one QueueSnapshot (waiting, held, outcome
// unknown, dead letters), oldest first. Read-only; the view replaces the snapshot whole
// after each read (off the GUI thread).
class QueueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Recipients, Subject, Category, State, Age, Attempts, LastError, ColumnCount };

    explicit QueueModel(QObject *parent = nullptr);

    void setSnapshot(const QueueSnapshot &snapshot, const QDateTime &now);
    [[nodiscard]] const QueueSnapshot &snapshot() const { return m_snapshot; }
    // The message of a row, or null outside the rows.
    [[nodiscard]] const QueuedMessage *messageAt(int row) const;
    // The row of a queue id, or -1.
    [[nodiscard]] int rowOf(const QString &id) const;
    void setErrorColor(const QColor &color) { m_errorColor = color; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;

    // "Waiting", "Held", "Dead letter", "Outcome unknown" for a person.
    [[nodiscard]] static QString stateText(const QString &stateId);
    // "45 s", "12 min", "3 h", "2 days".
    [[nodiscard]] static QString ageText(qint64 seconds);

private:
    QueueSnapshot m_snapshot;
    QDateTime m_now;
    QColor m_errorColor = QColor(0xc6, 0x28, 0x28);
};

} // namespace mw
