// SPDX-License-Identifier: GPL-3.0-or-later
#include "store.h"

#include "extrafields.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace CupiSim {

const Rec *Table::find(const QString &id) const
{
    const int row = m_index.value(id.toLower(), -1);
    return row < 0 ? nullptr : &rows[row];
}

Rec *Table::find(const QString &id)
{
    const int row = m_index.value(id.toLower(), -1);
    return row < 0 ? nullptr : &rows[row];
}

void Table::append(Rec rec)
{
    m_index.insert(rec.at(kind(m_kind).objectIdField).toLower(), int(rows.size()));
    rows.append(std::move(rec));
}

bool Table::remove(const QString &id)
{
    const int row = m_index.value(id.toLower(), -1);
    if (row < 0)
        return false;
    rows.removeAt(row);
    reindex();
    return true;
}

void Table::reindex()
{
    m_index.clear();
    m_index.reserve(rows.size());
    const int f = kind(m_kind).objectIdField;
    for (int i = 0; i < rows.size(); ++i)
        m_index.insert(rows.at(i).at(f).toLower(), i);
}

Store::Store()
    : m_runtimeRandom(QRandomGenerator::securelySeeded())
{
    for (size_t i = 0; i < m_tables.size(); ++i)
        m_tables[i].setKind(KindId(i));
}

QString Store::value(KindId id, const Rec &rec, const QString &field)
{
    const int f = kind(id).field(field);
    return f < 0 ? QString() : rec.at(f);
}

void Store::set(KindId id, Rec &rec, const QString &field, const QString &value)
{
    rec[kind(id).mustField(field)] = value;
}

QList<Rec> *Store::children(KindId id, const QString &parentId)
{
    auto &map = m_children[size_t(id)];
    const QString key = parentId.toLower();
    auto it = map.find(key);
    if (it != map.end())
        return &it.value();
    if (hasDefaults(id)) {
        if (!table(KindId::Handler).find(parentId))
            return nullptr;
        return &map.insert(key, defaultChildren(id, key)).value();
    }
    return nullptr;
}

const QList<Rec> *Store::storedChildren(KindId id, const QString &parentId) const
{
    const auto &map = m_children[size_t(id)];
    const auto it = map.constFind(parentId.toLower());
    return it == map.cend() ? nullptr : &it.value();
}

bool Store::hasDefaults(KindId id)
{
    return id == KindId::Greeting || id == KindId::MenuEntry || id == KindId::TransferOption;
}

void Store::setChildren(KindId id, const QString &parentId, QList<Rec> list)
{
    m_children[size_t(id)].insert(parentId.toLower(), std::move(list));
}

void Store::removeChildren(const QString &parentId)
{
    for (auto &map : m_children)
        map.remove(parentId.toLower());
}

QString makeGuid(QRandomGenerator &random)
{
    const quint64 a = random.generate64();
    const quint64 b = random.generate64();
    QString hex = QString::number(a, 16).rightJustified(16, u'0') +
                  QString::number(b, 16).rightJustified(16, u'0');
    hex[12] = u'4';
    hex[16] = QLatin1Char("89ab"[b >> 62]);
    return hex.left(8) + u'-' + hex.mid(8, 4) + u'-' + hex.mid(12, 4) + u'-' + hex.mid(16, 4) +
           u'-' + hex.mid(20);
}

QString Store::newGuid()
{
    return makeGuid(m_runtimeRandom);
}

QString Store::nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

// State file: {"format":"cupi-sim-state","version":1,"tables":{kind:[{field:value}]},
// "children":{kind:{parentId:[{field:value}]}}}. Accounts are derived from the tenants.
namespace {

QJsonObject recToJson(KindId id, const Rec &rec)
{
    QJsonObject o;
    const Kind &k = kind(id);
    for (int f = 0; f < k.fields.size(); ++f) {
        if (k.fields.at(f).type != FieldType::Derived && !rec.at(f).isEmpty())
            o.insert(k.fields.at(f).name, rec.at(f));
    }
    forEachExtraField(id, rec,
                      [&o](const QString &name, const QString &value) { o.insert(name, value); });
    return o;
}

Rec recFromJson(KindId id, const QJsonObject &o)
{
    Rec rec = newRec(id);
    const Kind &k = kind(id);
    for (auto it = o.begin(); it != o.end(); ++it) {
        const int f = k.field(it.key());
        if (f >= 0 && k.fields.at(f).type != FieldType::Derived)
            rec[f] = it.value().toString();
        else if (f < 0) // a field this kind does not have: kept and served (extrafields.h)
            addExtraField(id, rec, it.key(), it.value().toString());
    }
    return rec;
}

} // namespace

bool Store::save(const QString &path, QString *error) const
{
    QJsonObject tables;
    QJsonObject children;
    for (size_t i = 0; i < m_tables.size(); ++i) {
        const KindId id = KindId(i);
        const QString name = kind(id).item;
        if (kind(id).parentField >= 0) {
            QJsonObject perParent;
            for (auto it = m_children[i].begin(); it != m_children[i].end(); ++it) {
                QJsonArray arr;
                for (const Rec &r : it.value())
                    arr.append(recToJson(id, r));
                perParent.insert(it.key(), arr);
            }
            children.insert(name, perParent);
        } else {
            QJsonArray arr;
            for (const Rec &r : m_tables[i].rows)
                arr.append(recToJson(id, r));
            tables.insert(name, arr);
        }
    }
    const QJsonObject root{{u"format"_s, u"cupi-sim-state"_s},
                           {u"version"_s, 1},
                           {u"locationId"_s, locationId},
                           {u"tables"_s, tables},
                           {u"children"_s, children}};
    QSaveFile file(path); // writes a temporary file and renames it over the old one on commit
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    file.write(QJsonDocument(root).toJson(QJsonDocument::Compact));
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

bool Store::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    QJsonParseError pe;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll(), &pe).object();
    if (pe.error != QJsonParseError::NoError || root.value(u"format"_s) != u"cupi-sim-state"_s) {
        *error = pe.error != QJsonParseError::NoError ? pe.errorString()
                                                      : u"not a cupi-sim state file"_s;
        return false;
    }
    const QJsonObject tables = root.value(u"tables"_s).toObject();
    const QJsonObject children = root.value(u"children"_s).toObject();
    for (size_t i = 0; i < m_tables.size(); ++i) {
        const KindId id = KindId(i);
        const QString name = kind(id).item;
        m_children[i].clear();
        m_tables[i].rows.clear();
        if (kind(id).parentField >= 0) {
            const QJsonObject perParent = children.value(name).toObject();
            for (auto it = perParent.begin(); it != perParent.end(); ++it) {
                QList<Rec> list;
                for (const QJsonValue &v : it.value().toArray()) {
                    list.append(recFromJson(id, v.toObject()));
                    // A state file from before owners named their handler TargetHandlerObjectId.
                    if (list.last().at(kind(id).parentField).isEmpty())
                        list.last()[kind(id).parentField] = it.key();
                }
                m_children[i].insert(it.key(), list);
            }
        } else {
            for (const QJsonValue &v : tables.value(name).toArray())
                m_tables[i].rows.append(recFromJson(id, v.toObject()));
        }
        m_tables[i].reindex();
    }
    locationId = root.value(u"locationId"_s).toString();
    return true;
}

} // namespace CupiSim
