// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace HandlerDesk::Core {

namespace {

// The locale that decides the language of messages, as POSIX and gettext take it.
bool messagesLocaleIsC()
{
    for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const QByteArray value = qgetenv(name);
        if (value.isEmpty())
            continue;
        return value == "C" || value == "POSIX" || value.startsWith("C.");
    }
    return true; // none set: the C locale
}

// "de" of "de-DE", "de_DE.UTF-8" or "de".
QString languageOf(const QString &uiLanguage)
{
    return QLocale(uiLanguage).name().section(u'_', 0, 0);
}

} // namespace

QString installTranslations(QCoreApplication &app)
{
    if (messagesLocaleIsC())
        return {};
    for (const QString &uiLanguage : QLocale::system().uiLanguages()) {
        const QString language = languageOf(uiLanguage);
        if (language == "en"_L1 || language == "C"_L1)
            return {}; // the source language comes first
        auto ours = std::make_unique<QTranslator>(&app);
        if (!ours->load(u"handlerdesk_"_s + language, u":/i18n"_s))
            continue;
        QCoreApplication::installTranslator(ours.release());
        auto qt = std::make_unique<QTranslator>(&app);
        if (qt->load(u"qtbase_"_s + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt.release());
        return language;
    }
    return {};
}

} // namespace HandlerDesk::Core
