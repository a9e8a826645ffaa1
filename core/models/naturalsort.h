// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCollator>
#include <QList>
#include <QString>

#include <algorithm>

namespace HandlerDesk::Core {

// Sorts `items` by their text `key` as a person expects names sorted: case-insensitive, numbers
// by value ("Room 9" before "Room 10"), stable (equal names keep their order).
template <typename T> void sortNaturally(QList<T> &items, QString T::*key)
{
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(items.begin(), items.end(), [&collator, key](const T &a, const T &b) {
        return collator.compare(a.*key, b.*key) < 0;
    });
}

} // namespace HandlerDesk::Core
