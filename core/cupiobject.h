// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

#include <utility>

namespace HandlerDesk::Core {

// One CUPI object as the wire carries it: field name → text, in the server's order. Every field is
// kept, known or not, and text is kept exactly (no trimming). Absent and empty are different:
// value() of an absent field is a null QString, contains() tells them apart.
// Nested elements (rare in CUPI) are kept as the field's value in their serialised form (an XML
// fragment, or compact JSON text with keys in order), so nothing is lost.
class CupiObject
{
public:
    using Field = std::pair<QString, QString>;

    bool contains(QStringView key) const;
    QString value(QStringView key) const;          // null QString when absent
    void set(const QString &key, const QString &value); // replaces in place or appends
    void remove(QStringView key);
    bool isEmpty() const { return m_fields.isEmpty(); }
    qsizetype size() const { return m_fields.size(); }
    const QList<Field> &fields() const & { return m_fields; }
    // On a temporary (`edit.putBody().fields()` in a range-for) the list is moved out, so the
    // loop never iterates a destroyed object.
    QList<Field> fields() && { return std::move(m_fields); }

    // Booleans as CUPI writes them ("true"/"false", also "1"/"0" on input).
    bool boolValue(QStringView key, bool fallback = false) const;
    int intValue(QStringView key, int fallback = 0) const;

    QString objectId() const { return value(u"ObjectId"); }
    QString displayName() const { return value(u"DisplayName"); }

    bool operator==(const CupiObject &other) const { return m_fields == other.m_fields; }

private:
    QList<Field> m_fields;
};

// One page of a list resource: `total` is the server's count of all matches, not of this page.
struct CupiList
{
    qint64 total = 0;
    QList<CupiObject> items;
};

} // namespace HandlerDesk::Core

Q_DECLARE_METATYPE(HandlerDesk::Core::CupiObject)
