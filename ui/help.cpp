// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/help.h"

#include "core/version.h"

#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace HandlerDesk::Ui::Help {

namespace {

constexpr const char *Context = "HandlerDesk::Ui::Help";

QString translated(const char *text)
{
    return QCoreApplication::translate(Context, text);
}

// A message box beside `parent` that does not block it, found again by its object name.
QMessageBox *messageBox(QWidget *parent, const QString &name)
{
    auto *box = parent->findChild<QMessageBox *>(name);
    if (!box) {
        box = new QMessageBox(parent);
        box->setObjectName(name);
        box->setWindowModality(Qt::NonModal);
        box->setTextFormat(Qt::RichText);
        box->setTextInteractionFlags(Qt::TextBrowserInteraction); // a path can be copied
        box->setStandardButtons(QMessageBox::Close);
    }
    return box;
}

void showBox(QMessageBox *box)
{
    box->show();
    box->raise();
    box->activateWindow();
}

} // namespace

QStringList userGuideCandidates()
{
    const QString name = u"user-guide.md"_s;
    QStringList candidates{
        QDir::cleanPath(QCoreApplication::applicationDirPath() + u"/../"_s +
                        QLatin1String(HD_INSTALL_GUIDE_DIR) + u'/' + name),
        QDir::cleanPath(QLatin1String(HD_INSTALL_PREFIX) + u'/' +
                        QLatin1String(HD_INSTALL_GUIDE_DIR) + u'/' + name),
        QDir::cleanPath(QLatin1String(HD_SOURCE_DOCS_DIR) + u'/' + name),
    };
    candidates.removeDuplicates();
    return candidates;
}

QString findUserGuide(const QStringList &candidates)
{
    for (const QString &path : candidates) {
        if (QFileInfo(path).isFile())
            return path;
    }
    return QString();
}

void openUserGuide(QWidget *parent, const QStringList &candidates)
{
    const QString path = findUserGuide(candidates);
    if (!path.isEmpty() && QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        return;
    QMessageBox *box = messageBox(parent, u"userGuideMessage"_s);
    box->setIcon(QMessageBox::Warning);
    box->setWindowTitle(translated(QT_TRANSLATE_NOOP("HandlerDesk::Ui::Help", "User Guide")));
    QStringList items;
    for (const QString &c : candidates)
        items.append(u"<li>"_s + QDir::toNativeSeparators(c).toHtmlEscaped() + u"</li>"_s);
    if (path.isEmpty()) {
        box->setText(translated(QT_TRANSLATE_NOOP("HandlerDesk::Ui::Help",
                                                  "The user guide is not installed. It was "
                                                  "looked for here:")) +
                     u"<ul>"_s + items.join(QString()) + u"</ul>"_s);
    } else {
        box->setText(translated(QT_TRANSLATE_NOOP("HandlerDesk::Ui::Help",
                                                  "No program on this desktop opens the user "
                                                  "guide. Open it yourself:")) +
                     u"<p>%1</p>"_s.arg(QDir::toNativeSeparators(path).toHtmlEscaped()));
    }
    showBox(box);
}

QString aboutText()
{
    const QString licence = u"<a href=\"https://www.gnu.org/licenses/gpl-3.0.html\">%1</a>"_s.arg(
        translated(QT_TRANSLATE_NOOP("HandlerDesk::Ui::Help",
                                     "GNU General Public License, version 3 or later"))
            .toHtmlEscaped());
    return u"<h3>%1</h3><p>%2</p><p>%3</p><p>%4</p><p>%5</p>"_s.arg(
        translated(QT_TRANSLATE_NOOP("HandlerDesk::Ui::Help", "Handler Desk %1"))
            .arg(Core::applicationVersion())
            .toHtmlEscaped(),
        translated(QT_TRANSLATE_NOOP("HandlerDesk::Ui::Help",
                                     "Browse and edit the call handlers of Cisco Unity "
                                     "Connection."))
            .toHtmlEscaped(),
        translated(QT_TRANSLATE_NOOP("HandlerDesk::Ui::Help", "Qt %1 (built with Qt %2)"))
            .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR))
            .toHtmlEscaped(),
        translated(QT_TRANSLATE_NOOP("HandlerDesk::Ui::Help", "Licence: %1"))
                .toHtmlEscaped()
                .arg(u"GPL-3.0-or-later"_s) +
            u"<br>"_s + licence,
        translated(QT_TRANSLATE_NOOP("HandlerDesk::Ui::Help",
                                     "This program comes with ABSOLUTELY NO WARRANTY; it is free "
                                     "software, and you are welcome to redistribute it under the "
                                     "terms of that licence."))
            .toHtmlEscaped());
}

void showAbout(QWidget *parent)
{
    QMessageBox *box = messageBox(parent, u"aboutBox"_s);
    box->setWindowTitle(
        translated(QT_TRANSLATE_NOOP("HandlerDesk::Ui::Help", "About Handler Desk")));
    box->setIconPixmap(QApplication::windowIcon().pixmap(64, 64));
    box->setText(aboutText());
    showBox(box);
}

} // namespace HandlerDesk::Ui::Help
