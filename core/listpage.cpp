// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/listpage.h"

namespace HandlerDesk::Core {

QStringView ListPage::name(qsizetype row, qsizetype field) const
{
    return m_names.at(m_fields.at(m_rowStart.at(row) + field).name);
}

QStringView ListPage::value(qsizetype row, qsizetype field) const
{
    const Field &f = m_fields.at(m_rowStart.at(row) + field);
    // Never a null view for a present field, also when it is empty.
    return f.length == 0 ? QStringView(u"") : QStringView(m_text).mid(f.offset, f.length);
}

QStringView ListPage::value(qsizetype row, QStringView name) const
{
    const qsizetype end = rowEnd(row);
    for (qsizetype i = m_rowStart.at(row); i < end; ++i) {
        if (m_names.at(m_fields.at(i).name) == name)
            return value(row, i - m_rowStart.at(row));
    }
    return {};
}

CupiObject ListPage::object(qsizetype row) const
{
    // A row's names are unique (addField() keeps the last of a repeated one).
    CupiObject object;
    const qsizetype count = fieldCount(row);
    object.m_fields.reserve(count);
    for (qsizetype i = 0; i < count; ++i)
        object.appendUnique(m_names.at(m_fields.at(m_rowStart.at(row) + i).name),
                            value(row, i).toString());
    return object;
}

CupiObject ListPage::object(qsizetype row, const QList<QStringView> &names) const
{
    CupiObject object;
    const qsizetype count = fieldCount(row);
    for (qsizetype i = 0; i < count; ++i) {
        const QString &fieldName = m_names.at(m_fields.at(m_rowStart.at(row) + i).name);
        if (names.contains(QStringView(fieldName)))
            object.appendUnique(fieldName, value(row, i).toString());
    }
    return object;
}

QList<CupiObject> ListPage::objects() const
{
    QList<CupiObject> result;
    result.reserve(rowCount());
    for (qsizetype row = 0; row < rowCount(); ++row)
        result.append(object(row));
    return result;
}

qint32 ListPage::internName(QStringView name)
{
    const auto count = qint32(m_names.size());
    if (m_guess < count && m_names.at(m_guess) == name)
        return m_guess++;
    if (const auto it = m_nameIndex.constFind(name); it != m_nameIndex.cend()) {
        m_guess = *it + 1;
        return *it;
    }
    m_names.append(name.toString());
    m_nameIndex.insert(QStringView(m_names.constLast()), count);
    m_guess = count + 1;
    return count;
}

void ListPage::addField(qint32 index, qsizetype offset, qsizetype length)
{
    Q_ASSERT(!m_rowStart.isEmpty());
    Q_ASSERT(offset >= 0 && length >= 0 && offset + length <= m_text.size());
    Q_ASSERT(index >= 0 && index < m_names.size());
    // A name that a row repeats (never seen from CUPI): the last one wins, as CupiObject::set().
    if (index >= m_lastField.size())
        m_lastField.resize(index + 1, -1);
    const qsizetype last = m_lastField.at(index);
    if (last >= m_rowStart.constLast()) {
        m_fields[last].offset = offset;
        m_fields[last].length = qint32(length);
        return;
    }
    m_lastField[index] = m_fields.size();
    m_fields.append({index, qint32(length), offset});
}

void ListPage::addField(qint32 name, QStringView value)
{
    const qsizetype offset = m_text.size();
    m_text.append(value);
    addField(name, offset, value.size());
}

void ListPage::clear()
{
    *this = ListPage();
}

} // namespace HandlerDesk::Core
