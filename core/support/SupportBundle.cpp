// SPDX-License-Identifier: GPL-3.0-or-later
#include "SupportBundle.h"

#include "DiagnosticsReport.h"
#include "delivery/Queue.h"
#include "diagnostics/LastProbe.h"
#include "diagnostics/ServerStatus.h"
#include "session/CapabilityMemory.h"
#include "settings/BackgroundWrites.h"
#include "settings/SettingsFacts.h"
#include "settings/SettingsSchema.h"
#include "settings/SettingsStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSslSocket>
#include <QSysInfo>

#ifndef MAILWRIGHT_KEYCHAIN_VERSION
#define MAILWRIGHT_KEYCHAIN_VERSION "unknown"
#endif

// The bundle's files are English on purpose, like DiagnosticsReport: whoever reads the
// ticket must be able to read them.

namespace mw {
namespace {

QByteArray utf8(const QString &text)
{
    return text.toUtf8();
}

// The last `max` bytes of a file, starting at a line; empty (and *missing set) when the
// file cannot be read.
QByteArray tailOf(const QString &path, qint64 max, bool *missing)
{
    QFile f(path);
    if (path.isEmpty() || !f.open(QIODevice::ReadOnly)) {
        *missing = true;
        return {};
    }
    *missing = false;
    const qint64 size = f.size();
    if (size > max) {
        f.seek(size - max);
        QByteArray data = f.read(max);
        const qsizetype nl = data.indexOf('\n');
        return nl < 0 ? QByteArray() : data.mid(nl + 1);
    }
    return f.read(max);
}

// A JSON file of this configuration as it is (re-serialised: a parse error is reported
// instead of copying bytes that are not what we wrote).
QByteArray jsonFile(const QString &path)
{
    const auto note = [](const QString &text) {
        return QJsonDocument(QJsonObject{{QStringLiteral("note"), text}}).toJson();
    };
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return note(QStringLiteral("no such file yet: %1").arg(QDir::toNativeSeparators(path)));
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(f.read(4 << 20), &err);
    if (err.error != QJsonParseError::NoError)
        return note(QStringLiteral("%1 is not valid JSON: %2")
                        .arg(QDir::toNativeSeparators(path), err.errorString()));
    return doc.toJson();
}

QByteArray versionsText()
{
    return utf8(SupportBundle::versions());
}

QByteArray transcriptsText(const MailSettings &settings)
{
    const QString path = settings.diagnostics.debugLog;
    QString head = QStringLiteral("Transcripts: the end of the debug log (at most %1 KiB), "
                                  "credentials replaced by ***.\n")
                       .arg(SupportBundle::kMaxTranscriptBytes / 1024);
    if (path.isEmpty())
        return utf8(head + QStringLiteral("No debug log is set (diagnostics/debug_log): "
                                          "sessions keep no transcript on disk.\n"));
    bool missing = false;
    const QByteArray tail = tailOf(path, SupportBundle::kMaxTranscriptBytes, &missing);
    if (missing)
        return utf8(head + QStringLiteral("The debug log %1 does not exist or cannot be read.\n")
                               .arg(QDir::toNativeSeparators(path)));
    return utf8(head + QStringLiteral("Debug log: %1\n\n").arg(QDir::toNativeSeparators(path)) +
                SupportBundle::redactTranscript(QString::fromUtf8(tail)));
}

QString when(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QStringLiteral("-");
}

QByteArray queueText(const MailSettings &settings)
{
    const Queue queue(Queue::dirFor(settings));
    const QueueStats stats = queue.stats(SettingsFacts::fingerprint(settings));
    QStringList out;
    out << QStringLiteral("Queue: %1").arg(QDir::toNativeSeparators(queue.dir()));
    out << QStringLiteral("to send: %1 (outcome unknown: %2), dead letters: %3, oldest: %4")
               .arg(stats.waiting)
               .arg(stats.unknown)
               .arg(stats.dead)
               .arg(when(stats.oldest));
    const QueueHold hold = queue.hold();
    if (hold.active)
        out << QStringLiteral("held since %1: %2 (%3)%4%5%6")
                   .arg(when(hold.since), hold.message, errorClassId(hold.errorClass),
                        hold.storage ? QStringLiteral(", spool storage") : QString(),
                        hold.downgrade ? QStringLiteral(", refused downgrade") : QString(),
                        hold.appliesTo(SettingsFacts::fingerprint(settings))
                            ? QString()
                            : QStringLiteral(", not for the current settings"));
    else
        out << QStringLiteral("not held");
    const QueueBackoff backoff = queue.backoff();
    if (backoff.failures > 0)
        out << QStringLiteral("back-off: %1 failed passes, next pass %2: %3 (%4)")
                   .arg(backoff.failures)
                   .arg(when(backoff.nextPass), backoff.message, errorClassId(backoff.errorClass));
    out << QString();
    out << QStringLiteral("== Messages (no bodies) ==");
    const QList<QueuedMessage> messages = queue.list(true);
    if (messages.isEmpty())
        out << QStringLiteral("(none)");
    for (const QueuedMessage &m : messages) {
        out << QStringLiteral("%1 %2 created %3, %4 recipient(s), %5 attempt(s), next %6")
                   .arg(m.id, QueuedMessage::stateId(m.state), when(m.created))
                   .arg(m.recipients.size())
                   .arg(m.attempts)
                   .arg(when(m.nextAttempt));
        if (m.lastError != ErrorClass::None)
            out << QStringLiteral("    last error: %1 in %2: %3 %4")
                       .arg(errorClassId(m.lastError), phaseId(m.lastPhase), m.lastMessage,
                            m.serverReply);
    }
    out << QString();
    out << QStringLiteral("== queue.log (last %1 lines) ==").arg(SupportBundle::kMaxQueueLogLines);
    bool missing = false;
    const QByteArray log = tailOf(queue.logPath(), 64 * 1024, &missing);
    QStringList lines = QString::fromUtf8(log).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.size() > SupportBundle::kMaxQueueLogLines)
        lines = lines.mid(lines.size() - SupportBundle::kMaxQueueLogLines);
    out << (lines.isEmpty() ? QStringLiteral("(empty)") : lines.join(QLatin1Char('\n')));
    return utf8(SupportBundle::redactTranscript(out.join(QLatin1Char('\n')) + QLatin1Char('\n')));
}

// probe.json without the PEM (each chain is its own member), and those members.
void probeMembers(const QString &configPath, QList<BundleMember> *members)
{
    QJsonObject all = LastProbeFile(LastProbeFile::defaultPathFor(configPath)).readAll();
    QList<BundleMember> chains;
    for (auto it = all.begin(); it != all.end(); ++it) {
        QJsonObject server = it.value().toObject();
        QJsonArray modes = server.value(QStringLiteral("modes")).toArray();
        for (qsizetype i = 0; i < modes.size(); ++i) {
            QJsonObject mode = modes.at(i).toObject();
            const QByteArray pem = mode.take(QStringLiteral("chain_pem")).toString().toLatin1();
            if (pem.isEmpty())
                continue;
            // Names from our own ids only (server, mode, port): nothing the file could use
            // to climb out of the archive's folder.
            static const QRegularExpression unsafe(QStringLiteral("[^a-z0-9-]"));
            const QString name =
                QStringLiteral("certificates/%1-%2-%3.pem")
                    .arg(it.key().toLower().remove(unsafe),
                         mode.value(QStringLiteral("mode")).toString().toLower().remove(unsafe))
                    .arg(mode.value(QStringLiteral("port")).toInt());
            mode.insert(QStringLiteral("chain_file"), name);
            chains.append({name, pem});
            modes.replace(i, mode);
        }
        server.insert(QStringLiteral("modes"), modes);
        it.value() = server;
    }
    if (all.isEmpty())
        all.insert(QStringLiteral("note"), QStringLiteral("no capability probe was recorded for "
                                                          "this configuration yet"));
    members->append({QStringLiteral("probe.json"), QJsonDocument(all).toJson()});
    members->append(chains);
}

QByteArray readme(const QList<BundleMember> &members)
{
    static const QList<std::pair<QString, QString>> what{
        {QStringLiteral("diagnostics.txt"),
         QStringLiteral("the diagnostics report: versions, the last test, settings, transcript")},
        {QStringLiteral("versions.txt"),
         QStringLiteral("program, Qt, TLS library, QtKeychain, libarchive, operating system")},
        {QStringLiteral("settings.ini"),
         QStringLiteral("the settings (secret-named keys replaced by ***)")},
        {QStringLiteral("transcripts.txt"),
         QStringLiteral("the end of the debug log, credentials replaced by ***")},
        {QStringLiteral("probe.json"),
         QStringLiteral("the last \"Check what the server supports\" / probe of each server")},
        {QStringLiteral("capabilities.json"),
         QStringLiteral("what each server offered at its last good check (downgrade guard)")},
        {QStringLiteral("status.json"), QStringLiteral("the last known state of each server")},
        {QStringLiteral("queue.txt"),
         QStringLiteral("the outgoing queue: counts, hold, back-off, messages, queue.log")},
    };
    QStringList out;
    out << QStringLiteral("Mailwright support bundle, %1")
               .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    out << DiagnosticsReport::versionLine();
    out << QString();
    out << QStringLiteral("No password, token, webhook URL or client-certificate passphrase is "
                          "part of this bundle: the secret store is never read, and "
                          "transcripts and settings are checked again for credentials.");
    out << QString();
    out << QStringLiteral("Files:");
    out << QStringLiteral("  README.txt: this file");
    for (const BundleMember &m : members) {
        QString line = QStringLiteral("  %1").arg(m.name);
        for (const auto &[name, text] : what) {
            if (name == m.name)
                line += QStringLiteral(": ") + text;
        }
        if (m.name.startsWith(QLatin1String("certificates/")))
            line += QStringLiteral(": the certificate chain this mode presented, PEM");
        out << line;
    }
    return utf8(out.join(QLatin1Char('\n')) + QLatin1Char('\n'));
}

} // namespace

QList<BundleMember> SupportBundle::collect(const SupportBundleInput &input)
{
    const MailSettings &s = input.settings;
    QList<BundleMember> members;
    const QString report = input.diagnosticsReport.isEmpty()
                               ? DiagnosticsReport::build(s, input.configPath)
                               : input.diagnosticsReport;
    members.append({QStringLiteral("diagnostics.txt"), utf8(redactTranscript(report))});
    members.append({QStringLiteral("versions.txt"), versionsText()});
    QString error;
    const QByteArray ini = SettingsStore(input.configPath).serialize(s, &error);
    members.append({QStringLiteral("settings.ini"),
                    ini.isEmpty() ? utf8(error) : utf8(redactSettings(QString::fromUtf8(ini)))});
    members.append({QStringLiteral("transcripts.txt"), transcriptsText(s)});
    probeMembers(input.configPath, &members);
    BackgroundWrites::wait(); // the last session's capabilities and status
    members.append({QStringLiteral("capabilities.json"),
                    jsonFile(CapabilityMemory::defaultPathFor(input.configPath))});
    members.append(
        {QStringLiteral("status.json"), jsonFile(StatusFile::defaultPathFor(input.configPath))});
    members.append({QStringLiteral("queue.txt"), queueText(s)});
    members.prepend({QStringLiteral("README.txt"), readme(members)});
    return members;
}

bool SupportBundle::save(const QString &path, const SupportBundleInput &input, QString *error,
                         QStringList *names, const BundleArchive::Progress &progress)
{
    const QList<BundleMember> members = collect(input);
    if (names) {
        names->clear();
        for (const BundleMember &m : members)
            names->append(m.name);
    }
    return BundleArchive::write(path, members, error, progress);
}

QString SupportBundle::redactTranscript(const QString &text)
{
    static const QRegularExpression authLine(
        QStringLiteral("^(C: +AUTH +[A-Za-z0-9_-]+) +(?!\\*\\*\\*$)\\S.*$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression passLine(QStringLiteral("^(C: +PASS) +(?!\\*\\*\\*$)\\S.*$"),
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression apopLine(
        QStringLiteral("^(C: +APOP +\\S+) +(?!\\*\\*\\*$)\\S.*$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression bearer(QStringLiteral("(Bearer\\s+)[A-Za-z0-9._~+/=-]+"),
                                           QRegularExpression::CaseInsensitiveOption);
    // OAuth2 parameters in a form or JSON body, and "password=" in a URL or a form.
    static const QRegularExpression tokenParam(
        QStringLiteral("((?:access_token|refresh_token|id_token|client_secret|device_code)"
                       "[\"']?\\s*[=:]\\s*[\"']?|\\b(?:password|passphrase)=)[^\\s\"'&,;]+"),
        QRegularExpression::CaseInsensitiveOption);
    // A password in a URL (scheme://user:password@host).
    static const QRegularExpression userinfo(QStringLiteral("(://[^/\\s:@]+:)[^/\\s@]+@"));
    QStringList lines = text.split(QLatin1Char('\n'));
    // A client line right after a server challenge (SMTP 334, POP3 "+ ") is a SASL answer.
    bool challenged = false;
    for (QString &line : lines) {
        if (line.startsWith(QLatin1String("C: "))) {
            if (challenged && line != QLatin1String("C: ***") && line != QLatin1String("C: *"))
                line = QStringLiteral("C: ***");
            line.replace(authLine, QStringLiteral("\\1 ***"));
            line.replace(passLine, QStringLiteral("\\1 ***"));
            line.replace(apopLine, QStringLiteral("\\1 ***"));
            challenged = false;
        } else if (line.startsWith(QLatin1String("S: "))) {
            challenged = line.startsWith(QLatin1String("S: 334")) ||
                         line == QLatin1String("S: +") || line.startsWith(QLatin1String("S: + "));
        }
        line.replace(bearer, QStringLiteral("\\1***"));
        line.replace(tokenParam, QStringLiteral("\\1***"));
        line.replace(userinfo, QStringLiteral("\\1***@"));
    }
    return lines.join(QLatin1Char('\n'));
}

QString SupportBundle::redactSettings(const QString &ini)
{
    QStringList lines = ini.split(QLatin1Char('\n'));
    for (QString &line : lines) {
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        const QString trimmed = line.trimmed();
        if (eq <= 0 || trimmed.startsWith(QLatin1Char('#')) || trimmed.startsWith(QLatin1Char(';')))
            continue;
        if (SettingsSchema::isSecretKeyName(line.left(eq).trimmed()))
            line = line.left(eq).trimmed() + QStringLiteral(" = ***");
    }
    return lines.join(QLatin1Char('\n'));
}

QString SupportBundle::versions()
{
    QStringList out;
    out << DiagnosticsReport::versionLine();
    out << QString();
    out << QStringLiteral("Mailwright: %1").arg(QStringLiteral(MAILWRIGHT_VERSION));
    out << QStringLiteral("Qt: %1 (built with %2)")
               .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR));
    out << QStringLiteral("TLS: %1 (Qt backend: %2, built with %3)")
               .arg(QSslSocket::supportsSsl() ? QSslSocket::sslLibraryVersionString()
                                              : QStringLiteral("not available"),
                    QSslSocket::activeBackend(), QSslSocket::sslLibraryBuildVersionString());
    out << QStringLiteral("QtKeychain: %1").arg(QStringLiteral(MAILWRIGHT_KEYCHAIN_VERSION));
    out << QStringLiteral("Archive: %1").arg(BundleArchive::libraryVersion());
    out << QStringLiteral("OS: %1 (%2 %3, %4)")
               .arg(QSysInfo::prettyProductName(), QSysInfo::kernelType(),
                    QSysInfo::kernelVersion(), QSysInfo::currentCpuArchitecture());
    out << QStringLiteral("Locale: %1").arg(QLocale().name());
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace mw
