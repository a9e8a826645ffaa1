// SPDX-License-Identifier: GPL-3.0-or-later
// CUPI's date-time text, in one place: greetings' and transfer rules' TimeExpires are GMT text
// "YYYY-MM-DD hh:mm:ss.z" ("1972-01-01 00:00:00.0" — a time in the past: off), CreationTime is
// ISO 8601 ("2013-01-02T15:42:48Z"). Parsed to UTC QDateTime, written back in the first form.
#pragma once

#include <QDateTime>
#include <QString>

namespace HandlerDesk::Core::CupiTime {

// The time `text` names, in UTC; an invalid QDateTime for an empty or unreadable text.
// Takes "yyyy-MM-dd hh:mm:ss.z", "yyyy-MM-dd hh:mm:ss" (both GMT) and ISO 8601 with or without
// milliseconds (no offset: GMT).
QDateTime parse(QStringView text);

// True when parse() can read `text` (empty is not a time).
bool isValid(QStringView text);

// `time` as CUPI writes it: GMT, "yyyy-MM-dd hh:mm:ss.z" (milliseconds without trailing zeros:
// "2026-12-24 17:00:00.0"). Empty for an invalid time.
QString format(const QDateTime &time);

// `time` in the local time zone for people, short: "24 Dec 18:00", with the year when it is not
// the year of `now` ("3 Jan 2027 09:30"). Month names follow the default QLocale.
QString shortLocalText(const QDateTime &time, const QDateTime &now = QDateTime::currentDateTime());

} // namespace HandlerDesk::Core::CupiTime
