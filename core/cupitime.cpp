// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cupitime.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace HandlerDesk::Core::CupiTime {

QDateTime parse(QStringView text)
{
    // Both forms become ISO 8601; without an offset the time is GMT. (Parsing as local time
    // first would shift or reject times in a daylight-saving gap.)
    if (text.size() < 19 || (text.at(10) != u' ' && text.at(10) != u'T'))
        return {};
    QString iso = text.toString();
    iso[10] = u'T';
    const QStringView clock = QStringView(iso).sliced(11);
    if (!clock.endsWith(u'Z') && !clock.contains(u'+') && !clock.contains(u'-'))
        iso += u'Z';
    const QDateTime time = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

bool isValid(QStringView text)
{
    return parse(text).isValid();
}

QString format(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(u"yyyy-MM-dd HH:mm:ss.z"_s) : QString();
}

QString shortLocalText(const QDateTime &time, const QDateTime &now)
{
    if (!time.isValid())
        return {};
    const QDateTime local = time.toLocalTime();
    const bool thisYear = local.date().year() == now.toLocalTime().date().year();
    return QLocale().toString(local, thisYear ? u"d MMM HH:mm"_s : u"d MMM yyyy HH:mm"_s);
}

} // namespace HandlerDesk::Core::CupiTime
