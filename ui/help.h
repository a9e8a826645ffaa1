// SPDX-License-Identifier: GPL-3.0-or-later
// The Help menu's windows: the user guide (docs/user-guide.md, installed to
// share/doc/handlerdesk/), opened with the desktop's viewer, and the About box.
#pragma once

#include <QStringList>

class QWidget;

namespace HandlerDesk::Ui::Help {

// Where the user guide is looked for, in this order: next to the program (bin/../share/doc/
// handlerdesk/, a relocated install), the install prefix's share/doc/handlerdesk/, and the
// source tree's docs/ (a program run from its build tree).
QStringList userGuideCandidates();
// The first of `candidates` that exists, or an empty string.
QString findUserGuide(const QStringList &candidates = userGuideCandidates());
// Opens the guide with QDesktopServices::openUrl; when there is none, or the desktop cannot open
// it, a message beside `parent` (not modal, named "userGuideMessage") says where it was looked for.
void openUserGuide(QWidget *parent, const QStringList &candidates = userGuideCandidates());

// The About text (rich text): name, version, the Qt version run with and built with, the licence
// with a link to it.
QString aboutText();
// The About box beside `parent` (not modal, named "aboutBox"; shown again if already open).
void showAbout(QWidget *parent);

} // namespace HandlerDesk::Ui::Help
