// SPDX-License-Identifier: GPL-3.0-or-later
#include "Transcript.h"

#include <algorithm>

namespace mw {

namespace {

bool isUnsafe(char16_t c)
{
    return (c < 0x20 && c != u'\t') || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) ||
           (c >= 0x2066 && c <= 0x2069);
}

} // namespace

QString neutralizeControls(QString text)
{
    // Looked for without writing first: a non-const walk would copy every line's shared
    // characters, though almost none has a control character.
    const auto unsafe =
        std::find_if(text.cbegin(), text.cend(), [](QChar ch) { return isUnsafe(ch.unicode()); });
    if (unsafe == text.cend())
        return text;
    for (qsizetype i = unsafe - text.cbegin(); i < text.size(); ++i) {
        if (isUnsafe(text.at(i).unicode()))
            text[i] = QChar(QChar::ReplacementCharacter);
    }
    return text;
}

QString serverText(const QByteArray &bytes)
{
    return neutralizeControls(QString::fromUtf8(bytes));
}

void Transcript::start()
{
    m_start.start();
}

void Transcript::client(const QString &line)
{
    add(Direction::Client, line);
}

void Transcript::server(const QString &line)
{
    add(Direction::Server, line);
}

void Transcript::info(const QString &line)
{
    add(Direction::Info, line);
}

void Transcript::add(Direction d, const QString &line)
{
    if (m_entries.size() >= kMaxEntries) {
        if (!m_truncated) {
            m_truncated = true;
            m_entries.append({0, Direction::Info, QStringLiteral("(transcript truncated)")});
        }
        return;
    }
    if (!m_start.isValid())
        start();
    QString text = line;
    if (text.size() > kMaxLineChars)
        text = text.left(kMaxLineChars) + QStringLiteral("… (%1 characters)").arg(line.size());
    // Control characters would let a server forge transcript lines; show them escaped.
    m_entries.append({m_start.elapsed(), d, neutralizeControls(std::move(text))});
}

QString Transcript::toText() const
{
    QString out;
    for (const Entry &e : m_entries) {
        switch (e.direction) {
        case Direction::Client:
            out += QStringLiteral("C: ");
            break;
        case Direction::Server:
            out += QStringLiteral("S: ");
            break;
        case Direction::Info:
            out += QStringLiteral("*  ");
            break;
        }
        out += e.text;
        out += QLatin1Char('\n');
    }
    return out;
}

void Transcript::append(const Transcript &other)
{
    for (const Entry &e : other.m_entries) {
        if (m_entries.size() >= kMaxEntries)
            break;
        m_entries.append(e);
    }
}

} // namespace mw
