// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cupiobject.h"

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace HandlerDesk::Core {

// One decoded page of a list (or one object, as a page of one row), stored compactly: every value
// of every row lies in one text buffer, field names are stored once per page, and a row is a run
// of (name, offset, length) triples in the server's order. Decoding a page costs a handful of
// allocations instead of two per field; readers take QStringViews into the page, which stay valid
// as long as the page does. Absent and empty differ as in CupiObject: value() of an absent field
// is a null view.
class ListPage
{
public:
    qint64 total() const { return m_total; }
    void setTotal(qint64 total) { m_total = total; }
    qsizetype rowCount() const { return m_rowStart.size(); }
    bool isEmpty() const { return m_rowStart.isEmpty(); }

    qsizetype fieldCount(qsizetype row) const { return rowEnd(row) - m_rowStart.at(row); }
    QStringView name(qsizetype row, qsizetype field) const;
    // The names of the page's fields, each once; nameIndex() is a field's place in it (for
    // readers that map names to columns once per page instead of once per row).
    const QStringList &names() const { return m_names; }
    qint32 nameIndex(qsizetype row, qsizetype field) const
    {
        return m_fields.at(m_rowStart.at(row) + field).name;
    }
    QStringView value(qsizetype row, qsizetype field) const;
    // The value of `name` in `row`; a null view when the row has no such field.
    QStringView value(qsizetype row, QStringView name) const;
    bool contains(qsizetype row, QStringView name) const { return !value(row, name).isNull(); }

    // The row as an object (every field), or only the fields named in `names` (a projection for
    // readers that keep a few fields of many rows).
    CupiObject object(qsizetype row) const;
    CupiObject object(qsizetype row, const QList<QStringView> &names) const;
    QList<CupiObject> objects() const;

    // ---- Building (the codecs)
    // Text that values point into (a JSON body's text, whose unescaped strings are used in place).
    void setText(QString text) { m_text = std::move(text); }
    void reserveText(qsizetype size) { m_text.reserve(size); }
    qsizetype textSize() const { return m_text.size(); }
    void appendText(QStringView text) { m_text.append(text); }
    // The text from `offset` on (what a reader appended since), and dropping it again.
    QString text(qsizetype offset) const { return m_text.sliced(offset); }
    void truncateText(qsizetype size) { m_text.truncate(size); }
    void startRow() { m_rowStart.append(m_fields.size()); }
    // A field whose value is m_text[offset, offset + length); the name as text, or as the index
    // internName() gave (for readers whose view of the name does not last).
    void addField(QStringView name, qsizetype offset, qsizetype length)
    {
        addField(internName(name), offset, length);
    }
    void addField(qint32 name, qsizetype offset, qsizetype length);
    void addField(qint32 name, QStringView value); // appends the value to the text
    void addField(QStringView name, QStringView value) { addField(internName(name), value); }
    qint32 internName(QStringView name);
    void clear();

private:
    struct Field
    {
        qint32 name;
        qint32 length;
        qsizetype offset;
    };
    qsizetype rowEnd(qsizetype row) const
    {
        return row + 1 < m_rowStart.size() ? m_rowStart.at(row + 1) : m_fields.size();
    }

    QString m_text;
    QStringList m_names; // each field name once, in first-seen order
    // Name → its index in m_names, for names the guess misses (a hostile object may have 80,000
    // keys). The views point into m_names' strings, which are never changed once appended.
    QHash<QStringView, qint32> m_nameIndex;
    QList<Field> m_fields;
    QList<qsizetype> m_rowStart;
    QList<qsizetype> m_lastField; // per name: where it last stood in m_fields (-1: never)
    qint64 m_total = 0;
    qint32 m_guess = 0; // rows repeat their names in order: the next name is likely this one
};

} // namespace HandlerDesk::Core

Q_DECLARE_METATYPE(HandlerDesk::Core::ListPage)
