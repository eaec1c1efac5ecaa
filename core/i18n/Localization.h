// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace mw {

// Chooses the language of both programs and installs the translators: Mailwright's own
// catalogue (compiled into the executable under :/i18n) and Qt's (qtbase_*.qm from the Qt
// installation, for the texts of standard dialogs and of QCommandLineParser).
//
// The language follows the system locale (QLocale::system(), i.e. LANGUAGE, LC_ALL,
// LC_MESSAGES, LANG on Unix; the user's UI languages on Windows and macOS) unless `--lang`
// names one. English is the source language and needs no catalogue.
class Localization
{
    Q_DECLARE_TR_FUNCTIONS(mw::Localization)
public:
    // The value of `--lang X` or `--lang=X` in argv, read before QCommandLineParser runs
    // so that the help text itself is already translated. Empty when absent.
    [[nodiscard]] static QString languageFromArguments(const QStringList &arguments);

    // Installs the translators for `language` (e.g. "de", "fr_FR", "es"); an empty string
    // means the system locale. Also sets QLocale::setDefault so that numbers and dates
    // match. Returns the language actually used ("en" when no catalogue matched).
    static QString install(const QString &language);

    // Languages with a catalogue in this build, e.g. {"de", "es", "fr"}.
    [[nodiscard]] static QStringList availableLanguages();

    // The --lang option's help text (one place for both programs).
    [[nodiscard]] static QString optionDescription();
};

} // namespace mw
