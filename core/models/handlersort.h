// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

class QStringView;

// How the handler list orders names: used by CallHandlerListModel (which keeps each name's prefix)
// and HandlerFilterProxyModel (which sorts with it); neither includes the other for it.
namespace HandlerDesk::Core::HandlerSort {

// Case-insensitive natural order: digit runs compare by value ("a2" < "a10"), independent of the
// process locale. <0, 0, >0 like QString::compare.
int naturalCompare(QStringView a, QStringView b);

// The first four characters, case-folded, packed for a quick decision: when both strings have a
// prefix and the prefixes differ, they order as naturalCompare() orders the strings.
// False when a digit is among the first four characters (numbers need naturalCompare()).
bool naturalPrefix(QStringView text, quint64 *prefix);

} // namespace HandlerDesk::Core::HandlerSort
