// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cupiobject.h"

using namespace Qt::Literals::StringLiterals;

namespace HandlerDesk::Core {

namespace {
qsizetype indexOf(const QList<CupiObject::Field> &fields, QStringView key)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (fields.at(i).first == key)
            return i;
    }
    return -1;
}
} // namespace

std::optional<bool> parseBool(QStringView text)
{
    if (text == u"1" || text.compare(u"true", Qt::CaseInsensitive) == 0)
        return true;
    if (text == u"0" || text.compare(u"false", Qt::CaseInsensitive) == 0)
        return false;
    return std::nullopt;
}

QString boolText(bool value)
{
    return value ? u"true"_s : u"false"_s;
}

bool CupiObject::contains(QStringView key) const
{
    return indexOf(m_fields, key) >= 0;
}

QString CupiObject::value(QStringView key) const
{
    const qsizetype i = indexOf(m_fields, key);
    return i >= 0 ? m_fields.at(i).second : QString();
}

void CupiObject::set(const QString &key, const QString &value)
{
    const qsizetype i = indexOf(m_fields, key);
    if (i >= 0)
        m_fields[i].second = value.isNull() ? u""_s : value;
    else
        appendUnique(key, value);
}

void CupiObject::appendUnique(const QString &key, const QString &value)
{
    // An empty value is kept as empty, not null, so that "present but empty" survives.
    m_fields.append({key, value.isNull() ? u""_s : value});
}

void CupiObject::remove(QStringView key)
{
    const qsizetype i = indexOf(m_fields, key);
    if (i >= 0)
        m_fields.removeAt(i);
}

bool CupiObject::boolValue(QStringView key, bool fallback) const
{
    return parseBool(value(key)).value_or(fallback);
}

int CupiObject::intValue(QStringView key, int fallback) const
{
    bool ok = false;
    const int v = value(key).trimmed().toInt(&ok);
    return ok ? v : fallback;
}

} // namespace HandlerDesk::Core
