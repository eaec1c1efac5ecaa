// SPDX-License-Identifier: GPL-3.0-or-later
#include "EmlReader.h"

#include "delivery/MimeEncoding.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QList>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStringList>

namespace mw::test {

namespace {
constexpr int PythonTimeoutMs = 30000;
} // namespace

QString emlParserScript()
{
    return QStringLiteral(MW_TEST_SOURCE_DIR "/unit/parse_eml.py");
}

QString emlReaderMissing()
{
    if (!QFileInfo::exists(emlParserScript()))
        return QStringLiteral("no ") + emlParserScript();
    if (QStandardPaths::findExecutable(QStringLiteral("python3")).isEmpty())
        return QStringLiteral("python3 is needed to parse the built messages");
    return {};
}

QJsonObject parseEml(const QByteArray &message, bool utf8Headers, QString *failure)
{
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty()) {
        *failure = QStringLiteral("python3 not found in PATH");
        return {};
    }
    QProcess p;
    QStringList args{emlParserScript()};
    if (utf8Headers)
        args << QStringLiteral("--utf8");
    p.start(python, args);
    if (!p.waitForStarted(PythonTimeoutMs)) {
        *failure = QStringLiteral("python3 did not start: ") + p.errorString();
        return {};
    }
    p.write(message);
    p.closeWriteChannel();
    if (!p.waitForFinished(PythonTimeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        *failure = QStringLiteral("python3 timed out");
        return {};
    }
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *failure = QStringLiteral("Python's email parser refused the message: ") +
                   QString::fromUtf8(p.readAllStandardError()) + QStringLiteral("\n---\n") +
                   QString::fromUtf8(message);
        return {};
    }
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(p.readAllStandardOutput(), &err);
    if (!doc.isObject()) {
        *failure = QStringLiteral("parser output is not JSON: ") + err.errorString();
        return {};
    }
    return doc.object();
}

QString bareLineEnd(const QByteArray &message)
{
    for (qsizetype i = 0; i < message.size(); ++i) {
        if (message.at(i) == '\n' && (i == 0 || message.at(i - 1) != '\r'))
            return QStringLiteral("bare LF at offset %1").arg(i);
        if (message.at(i) == '\r' && (i + 1 == message.size() || message.at(i + 1) != '\n'))
            return QStringLiteral("bare CR at offset %1").arg(i);
    }
    return {};
}

QString wireProblem(const QByteArray &message, bool expect7Bit)
{
    if (const QString bare = bareLineEnd(message); !bare.isEmpty())
        return bare;
    if (!message.endsWith("\r\n"))
        return QStringLiteral("the message does not end with CRLF");
    const qsizetype headerEnd = message.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return QStringLiteral("no empty line between header and body");
    const QList<QByteArray> lines = message.split('\n');
    qsizetype offset = 0;
    for (QByteArray line : lines) {
        const bool inHeader = offset < headerEnd;
        offset += line.size() + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.size() > mime::MaxLineLength) // RFC 5322 §2.1.1
            return QStringLiteral("line of %1 octets").arg(line.size());
        if (inHeader && line.size() > 78)
            return QStringLiteral("header line of %1 characters: %2")
                .arg(line.size())
                .arg(QString::fromUtf8(line));
        if (inHeader && !line.isEmpty() && (line.at(0) == ' ' || line.at(0) == '\t') &&
            line.trimmed().isEmpty())
            return QStringLiteral("header continuation line of white space only");
    }
    // RFC 2047 §2: each encoded-word at most 75 characters.
    static const QRegularExpression word(QStringLiteral(R"(=\?[^?\s]+\?[BbQq]\?[^?\s]*\?=)"));
    const QString header = QString::fromUtf8(message.left(headerEnd));
    for (auto it = word.globalMatch(header); it.hasNext();) {
        const auto m = it.next();
        if (m.capturedLength() > mime::MaxEncodedWordLength)
            return QStringLiteral("encoded-word of %1 characters").arg(m.capturedLength());
    }
    if (expect7Bit) {
        for (char c : message)
            if (static_cast<unsigned char>(c) >= 0x80 || c == '\0')
                return QStringLiteral("8-bit or NUL octet in a message that must be 7-bit clean");
    }
    return {};
}

QString headerValue(const QJsonObject &parsed, const QString &name)
{
    for (const QJsonValue &v : parsed.value(QStringLiteral("headers")).toArray()) {
        const QJsonArray pair = v.toArray();
        if (pair.at(0).toString().compare(name, Qt::CaseInsensitive) == 0)
            return pair.at(1).toString();
    }
    return {};
}

} // namespace mw::test
