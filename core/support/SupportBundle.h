// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BundleArchive.h"
#include "settings/MailSettings.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace mw {

// What a support bundle is made from: the settings in use and, from the window, its last
// test. Everything else is read from the files of this configuration.
struct SupportBundleInput
{
    MailSettings settings;
    QString configPath;
    // The window's DiagnosticsReport of its last Send Test ("Copy diagnostics"), if it ran
    // one; empty: the report is built without a test.
    QString diagnosticsReport;
};

// "Save support bundle…" and `mailwright-cli bundle FILE`: one ZIP archive with what a
// supporter needs, and never a secret. The window and the CLI both call save(); the
// window on a QThreadPool thread (SupportBundleJob), since it reads and writes files.
//
// Members (README.txt lists them with one line each):
//   README.txt          what this is and what each file holds
//   diagnostics.txt     DiagnosticsReport: versions, the last test, settings, transcript
//   versions.txt        program, Qt, TLS library, QtKeychain, libarchive, OS
//   settings.ini        the settings as saved, secret-named keys replaced by ***
//   transcripts.txt     the end of the debug log (diagnostics/debug_log), redacted again
//   probe.json          the last capability probe of each server (LastProbeFile)
//   certificates/<server>-<mode>-<port>.pem   the chain each probed mode presented
//   capabilities.json   the capability memory (session/CapabilityMemory)
//   status.json         the last state of each server (StatusFile)
//   queue.txt           the queue: counts, hold, back-off, messages (no bodies), queue.log
//
// Secrets: the secret store is never read. Passwords, tokens and client-certificate
// passphrases are not settings and transcripts hold "***" in their place; the bundle
// checks again (redactTranscript, redactSettings) so that an older debug log, a line from
// a future mechanism or a hand-edited INI file cannot slip one through.
class SupportBundle
{
public:
    [[nodiscard]] static QList<BundleMember> collect(const SupportBundleInput &input);
    // The bundle's versions.txt: "Key: value" lines (Mailwright, Qt, TLS, QtKeychain,
    // Archive, OS, Locale) after the diagnostics report's version line. Loads the TLS
    // backend and the archive module to name their libraries. `mailwright-cli version`
    // prints the same.
    [[nodiscard]] static QString versions();
    // collect() and BundleArchive::write(): false with a sentence in *error.
    [[nodiscard]] static bool save(const QString &path, const SupportBundleInput &input,
                                   QString *error, QStringList *members = nullptr,
                                   const BundleArchive::Progress &progress = {});

    // A transcript's text with every credential-bearing client line replaced again: AUTH
    // with an initial response, the answers to SMTP 334 and POP3 "+" challenges, PASS, the
    // APOP digest, bearer tokens and OAuth2 token or secret parameters.
    [[nodiscard]] static QString redactTranscript(const QString &text);
    // INI text with the value of every key SettingsSchema::isSecretKeyName names replaced.
    [[nodiscard]] static QString redactSettings(const QString &ini);

    // How much of the debug log's end goes into transcripts.txt.
    static constexpr qint64 kMaxTranscriptBytes = 512 * 1024;
    static constexpr int kMaxQueueLogLines = 200;
};

} // namespace mw
