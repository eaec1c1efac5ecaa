// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the libFuzzer targets: a QCoreApplication for the Qt code that wants one,
// the line framing the connections use, and an invariant check that stops the run.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QLoggingCategory>

#include <cstdio>
#include <cstdlib>

namespace mw::fuzz {

// An invariant broken by an input: print why and abort, so libFuzzer saves the input.
inline void require(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
        std::abort();
    }
}

inline void initApplication()
{
    static int argc = 1;
    static char name[] = "fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *app = nullptr;
    if (!app) {
        app = new QCoreApplication(argc, argv);
        // Qt's warnings (e.g. a write on a closed socket) are not findings.
        QLoggingCategory::setFilterRules(QStringLiteral("*=false"));
    }
}

// The framing of MailConnection::onReadyRead: lines end at LF, a CR before it is dropped,
// a line longer than maxLength ends the session (here: ends the input).
inline QList<QByteArray> splitLines(const QByteArray &data, int maxLength = 8192)
{
    QList<QByteArray> lines;
    qsizetype start = 0;
    while (start < data.size()) {
        const qsizetype nl = data.indexOf('\n', start);
        if (nl < 0) {
            break; // an unfinished line is never delivered
        }
        QByteArray line = data.mid(start, nl - start);
        start = nl + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.size() > maxLength)
            break;
        lines.append(line);
    }
    return lines;
}

} // namespace mw::fuzz
