// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QCoreApplication;
class QString;

namespace HandlerDesk::Core {

// Installs the translation of the user's language on `app`: Handler Desk's own (embedded in core,
// ":/i18n/handlerdesk_<lang>.qm") and Qt's (qtbase_<lang>.qm from QLibraryInfo's translations
// path). Both mains call it right after creating the application, before any text is made.
//
// The language is the first of QLocale::system().uiLanguages() (LANGUAGE, then LC_ALL,
// LC_MESSAGES, LANG) that is English — the source language: nothing is loaded — or that we have a
// translation for. When the messages locale (LC_ALL, else LC_MESSAGES, else LANG) is C or POSIX,
// the texts stay English whatever LANGUAGE says (as gettext does; the man pages are made from the
// --help of LC_ALL=C). Returns the language loaded ("de"), empty for English.
QString installTranslations(QCoreApplication &app);

} // namespace HandlerDesk::Core
