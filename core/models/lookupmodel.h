// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QHash>
#include <QList>

namespace HandlerDesk::Core {

class CupiObject;

// One choosable value from the server (a language, time zone, schedule set, tenant, template,
// distribution list or user), reduced to what a dropdown and a name lookup need.
struct LookupEntry
{
    QString id;       // what the handler stores: ObjectId, LCID ("1033") or time-zone id ("35")
    QString display;  // "English (United States) — ENU", "(GMT-05:00) America/New_York", …
    QString code;     // a short code where one exists: "ENU", alias, extension
    QString tenantId; // TenantObjectId where the object has one
    bool installed = false; // languages: installed for the phone conversation (TUI)

    bool operator==(const LookupEntry &) const = default;
};

// A small read-only list model over LookupEntry, in the order it was given (LookupCache sorts:
// languages installed first, then by name; time zones by offset; others by name).
// DisplayRole = display text; IdRole = the id; SortRole = the display text folded for sorting.
class LookupModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        SortRole,
        CodeRole,
        TenantIdRole,
        InstalledRole,
    };
    Q_ENUM(Role)

    explicit LookupModel(QObject *parent = nullptr);
    ~LookupModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Replaces all entries (a model reset).
    void setEntries(QList<LookupEntry> entries);
    // Adds entries not yet present (by id) at the end, e.g. users found by searches.
    void mergeEntries(const QList<LookupEntry> &entries);
    const QList<LookupEntry> &entries() const { return m_entries; }

    // -1 when unknown.
    int rowOf(const QString &id) const;
    bool contains(const QString &id) const { return rowOf(id) >= 0; }
    // The display text of `id`, or an empty string when unknown.
    QString displayName(const QString &id) const;

    // Sorts by display text: case-insensitive, numbers by value, stable.
    static void sortByDisplay(QList<LookupEntry> &entries);
    // A user (or distribution list) object as an entry: DisplayName, else Alias.
    static LookupEntry entryFromObject(const CupiObject &object);

private:
    void rebuildIndex();

    QList<LookupEntry> m_entries;
    QHash<QString, int> m_rowById;
};

} // namespace HandlerDesk::Core
