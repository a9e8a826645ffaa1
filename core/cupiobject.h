// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/fieldnames.h"

#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>
#include <utility>

namespace HandlerDesk::Core {

// A CUPI boolean: "true" or "false" in any case, "1" or "0" (PROTOCOL.md §2: servers write
// true|false and accept 0|1 as well, which the .NET SDK sends); std::nullopt for anything else,
// surrounding spaces included. Every reader of a boolean — CupiObject::boolValue(), the field
// table's validation, the editor's check boxes — goes through this.
std::optional<bool> parseBool(QStringView text);
// A boolean as CUPI writes it: "true" or "false".
QString boolText(bool value);

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
    QString value(QStringView key) const;               // null QString when absent
    void set(const QString &key, const QString &value); // replaces in place or appends
    void remove(QStringView key);
    bool isEmpty() const { return m_fields.isEmpty(); }
    qsizetype size() const { return m_fields.size(); }
    const QList<Field> &fields() const & { return m_fields; }
    // On a temporary (`edit.putBody().fields()` in a range-for) the list is moved out, so the
    // loop never iterates a destroyed object.
    QList<Field> fields() && { return std::move(m_fields); }

    // The field read by parseBool(); `fallback` when it is absent or not a boolean.
    bool boolValue(QStringView key, bool fallback = false) const;
    int intValue(QStringView key, int fallback = 0) const;

    QString objectId() const { return value(Core::Field::ObjectId); }
    QString displayName() const { return value(Core::Field::DisplayName); }

    bool operator==(const CupiObject &other) const { return m_fields == other.m_fields; }

private:
    friend class ListPage; // builds objects whose names are unique, in linear time
    // Appends without looking for `key`, which the caller knows is not there yet.
    void appendUnique(const QString &key, const QString &value);

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
