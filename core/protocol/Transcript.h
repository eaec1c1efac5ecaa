// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QString>

namespace mw {

// A server's words made safe to print: every control character (C0 but TAB, DEL, C1) and
// every bidirectional embedding, override or isolate becomes U+FFFD, so that a reply
// cannot move a terminal's cursor, recolour it, forge a line of a log or turn text
// around. Applied where server text enters a Result, an outcome or a transcript.
[[nodiscard]] QString neutralizeControls(QString text);
// UTF-8 (invalid sequences become U+FFFD) with neutralizeControls() applied.
[[nodiscard]] QString serverText(const QByteArray &bytes);

// A protocol transcript with credentials already replaced by "***". Nothing that holds
// a secret is ever stored here: callers pass the redacted form of a line.
class Transcript
{
public:
    enum class Direction { Client, Server, Info };

    struct Entry
    {
        qint64 msSinceStart = 0;
        Direction direction = Direction::Info;
        QString text;
    };

    void start();
    void client(const QString &line);
    void server(const QString &line);
    void info(const QString &line);

    [[nodiscard]] const QList<Entry> &entries() const { return m_entries; }
    [[nodiscard]] bool isEmpty() const { return m_entries.isEmpty(); }
    // "C: EHLO host", "S: 250 ok", "*  TLS established", one entry a line.
    [[nodiscard]] QString toText() const;
    void append(const Transcript &other);
    void clear() { m_entries.clear(); }

    // Entries are capped so that a hostile server cannot grow memory without bound.
    static constexpr int kMaxEntries = 5000;
    static constexpr int kMaxLineChars = 1000;

private:
    void add(Direction d, const QString &line);

    QElapsedTimer m_start; // msSinceStart counts from here (monotonic)
    QList<Entry> m_entries;
    bool m_truncated = false;
};

} // namespace mw
