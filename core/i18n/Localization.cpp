// SPDX-License-Identifier: GPL-3.0-or-later
#include "Localization.h"

#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace mw {

QString Localization::languageFromArguments(const QStringList &arguments)
{
    // Stops at the first bare "--": what follows belongs to a command, not to us.
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--"))
            break;
        if (a == QLatin1String("--lang") || a == QLatin1String("-lang"))
            return i + 1 < arguments.size() ? arguments.at(i + 1) : QString();
        if (a.startsWith(QLatin1String("--lang=")))
            return a.mid(7);
    }
    return {};
}

QStringList Localization::availableLanguages()
{
    QStringList out;
    const QStringList files =
        QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("mailwright_*.qm")});
    for (const QString &f : files)
        out << f.mid(11, f.size() - 11 - 3);
    return out;
}

QString Localization::optionDescription()
{
    return tr("Use this language (e.g. de, fr, es, en) instead of the system's.");
}

QString Localization::install(const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    // "C" and English need no catalogue; an explicit --lang en must also beat a German
    // system locale, so nothing is installed at all.
    if (!language.isEmpty())
        QLocale::setDefault(locale);
    auto *app = QCoreApplication::instance();

    auto *own = new QTranslator(app);
    // QTranslator::load(QLocale, ...) walks the locale's UI languages (de_AT → de) and
    // finds mailwright_de.qm for any German locale.
    if (!own->load(locale, QStringLiteral("mailwright"), QStringLiteral("_"),
                   QStringLiteral(":/i18n"))) {
        delete own;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(own);

    // Qt's own texts (button boxes, QCommandLineParser's --help/--version lines). A
    // deployed Windows or macOS build carries them beside the executable (windeployqt /
    // macdeployqt put them in "translations"); a Linux package takes them from the
    // distribution (qt6-translations-l10n).
    const QStringList dirs{QLibraryInfo::path(QLibraryInfo::TranslationsPath),
                           QCoreApplication::applicationDirPath() + QStringLiteral("/translations"),
                           QCoreApplication::applicationDirPath() +
                               QStringLiteral("/../Resources/translations")};
    for (const QString &dir : dirs) {
        auto *qt = new QTranslator(app);
        if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), dir)) {
            QCoreApplication::installTranslator(qt);
            break;
        }
        delete qt;
    }
    return own->language().isEmpty() ? locale.name() : own->language();
}

} // namespace mw
