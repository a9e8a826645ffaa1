// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/icons.h"

using namespace Qt::Literals::StringLiterals;

namespace HandlerDesk::Ui::Icons {

namespace {

QIcon fromResources(const QString &name, std::initializer_list<int> sizes)
{
    QIcon icon;
    for (int size : sizes)
        icon.addFile(u":/handlerdesk/icons/%1-%2.png"_s.arg(name).arg(size), QSize(size, size));
    return icon;
}

} // namespace

QIcon application()
{
    return fromResources(u"handlerdesk"_s, {64, 256});
}

QIcon locked()
{
    return QIcon::fromTheme(u"object-locked"_s, fromResources(u"locked"_s, {16, 32}));
}

QIcon handlerTemplate()
{
    return QIcon::fromTheme(u"document-new-from-template"_s,
                            fromResources(u"template"_s, {16, 32}));
}

} // namespace HandlerDesk::Ui::Icons
