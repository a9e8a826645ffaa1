// SPDX-License-Identifier: GPL-3.0-or-later
// Test support (issue 8): a cupi-sim whose call handler carries what real servers have and the
// client does not know — an unknown field, a conversation no list has, an unknown action, numbers
// outside the documented ranges — on the handler, its caller input keys, a greeting and a transfer
// rule. The values go in through the simulator's --state file (a request could not set them: the
// simulator refuses them as the client would). Header-only, beside tst_models_sim.h.
#pragma once

#include "tst_models_sim.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace HandlerDesk::Test {

// What the seeded handler carries, by field (the values a check compares with).
namespace Unknown {
inline const QString Field = u"FutureFeature"_s; // a field no table has
inline const QString FieldValue = u"on & off"_s;
inline const QString MaxMsgLen = u"5400"_s;        // documented range 1-3600
inline const QString SendUrgentMsg = u"7"_s;       // enumeration 0-2
inline const QString AfterMessageAction = u"12"_s; // call actions 0-8
inline const QString TimeZone = u"9999"_s;         // not in /vmrest/timezones
inline const QString Language = u"4242"_s;         // not in /vmrest/languagemap
inline const QString EasySignIn = u"EasySignIn"_s; // key 1: known to real servers (SDK)
inline const QString FutureConversation = u"ConvFromTheFuture"_s; // key 2, with action 42
inline const QString FutureAction = u"42"_s;
inline const QString HotelConversation = u"ConvHotelCheckedOut"_s; // Alternate greeting
inline const QString PlayWhat = u"9"_s;                            // enumeration 0-2
inline const QString Reprompts = u"250"_s;                         // range 0-100
inline const QString TransferRings = u"50"_s; // range 2-20 (Standard transfer rule)
} // namespace Unknown

// Everything the server has about one handler: the handler and its three sub-collections.
struct HandlerOnServer
{
    Core::CupiObject handler;
    QList<Core::CupiObject> greetings;
    QList<Core::CupiObject> menuEntries;
    QList<Core::CupiObject> transferOptions;
};

inline HandlerOnServer readHandler(Core::CupiClient *client, const QString &id)
{
    HandlerOnServer h;
    h.handler = fetch(client, Core::Resources::callHandler(id));
    h.greetings =
        fetchList(client, Core::Resources::greetings(id), QString(Core::Resources::Item::Greeting));
    h.menuEntries = fetchList(client, Core::Resources::menuEntries(id),
                              QString(Core::Resources::Item::MenuEntry));
    h.transferOptions = fetchList(client, Core::Resources::transferOptions(id),
                                  QString(Core::Resources::Item::TransferOption));
    return h;
}

namespace SeedDetail {

// Empty when `after` equals `before` in every field but DisplayName; else the first difference.
inline QString sameButName(const Core::CupiObject &before, const Core::CupiObject &after)
{
    for (const auto &[field, value] : before.fields()) {
        if (field != u"DisplayName"_s && after.value(field) != value)
            return u"%1: '%2' became '%3'"_s.arg(field, value, after.value(field));
    }
    for (const auto &[field, value] : after.fields()) {
        if (!before.contains(field))
            return u"%1 appeared: '%2'"_s.arg(field, value);
    }
    return {};
}

inline QString sameLists(const QList<Core::CupiObject> &before,
                         const QList<Core::CupiObject> &after)
{
    if (before.size() != after.size())
        return u"%1 items became %2"_s.arg(before.size()).arg(after.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        if (!(before.at(i) == after.at(i)))
            return u"item %1: %2"_s.arg(i).arg(sameButName(before.at(i), after.at(i)));
    }
    return {};
}

inline QJsonObject toJson(const Core::CupiObject &object)
{
    QJsonObject json;
    for (const auto &[key, value] : object.fields())
        json.insert(key, value);
    return json;
}

// The sub-collection as the state file keeps it, with `change` applied to the item whose
// `keyField` is `key`.
inline QJsonArray children(const QList<Core::CupiObject> &items, const QString &keyField,
                           const QString &key, const std::function<void(QJsonObject &)> &change)
{
    QJsonArray array;
    for (const Core::CupiObject &item : items) {
        QJsonObject json = toJson(item);
        if (item.value(keyField) == key)
            change(json);
        array.append(json);
    }
    return array;
}

inline QJsonObject withChildren(QJsonObject perParent, const QString &id, const QJsonArray &items)
{
    perParent.insert(id.toLower(), items);
    return perParent;
}

} // namespace SeedDetail

// Empty when the server has everything of the handler as `before` but its DisplayName: every
// field of the handler, of its greetings, keys and transfer rules. Else the first difference.
inline QString differencesBesideTheName(const HandlerOnServer &before, const HandlerOnServer &after)
{
    using namespace SeedDetail;
    const std::pair<const char *, QString> parts[] = {
        {"handler", sameButName(before.handler, after.handler)},
        {"greetings", sameLists(before.greetings, after.greetings)},
        {"keys", sameLists(before.menuEntries, after.menuEntries)},
        {"transfer rules", sameLists(before.transferOptions, after.transferOptions)},
    };
    for (const auto &[what, difference] : parts) {
        if (!difference.isEmpty())
            return u"%1: %2"_s.arg(QLatin1String(what), difference);
    }
    return {};
}

struct UnknownState
{
    QString path;      // the state file, for the simulator's --state
    QString handlerId; // the handler that carries the Unknown:: values
};

// Writes a state file in `dir` (from the data a simulator run with `simArgs` generates) in which
// the first deletable system handler with an extension carries the Unknown:: values. Empty on
// failure.
inline UnknownState prepareUnknownValues(const QString &dir, const QStringList &simArgs)
{
    using namespace SeedDetail;
    const QString state = QDir(dir).filePath(u"unknown-values-state.json"_s);
    QFile::remove(state);
    HandlerOnServer h;
    {
        CupiSim first;
        if (!first.start(simArgs + QStringList{u"--state"_s, state}))
            return {};
        QNetworkAccessManager nam;
        const auto client = first.makeClient(&nam, Core::WireFormat::Json, first.admin());
        QString id;
        for (const Core::CupiObject &c :
             fetchList(client.get(), Core::Resources::callHandlers(),
                       QString(Core::Resources::Item::CallHandler), u"(IsPrimary is 0)"_s)) {
            if (!c.boolValue(u"Undeletable") && !c.value(u"DtmfAccessId").isEmpty()) {
                id = c.objectId();
                break;
            }
        }
        if (id.isEmpty())
            return {};
        h = readHandler(client.get(), id);
        // The generated state is written 500 ms after the start (README, "State file").
        if (!QTest::qWaitFor([&] { return QFile::exists(state); }, 10000))
            return {};
    }
    QFile file(state);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    const QString id = h.handler.objectId();

    QJsonObject tables = root.value(u"tables"_s).toObject();
    QJsonArray handlers = tables.value(u"Callhandler"_s).toArray();
    for (qsizetype i = 0; i < handlers.size(); ++i) {
        QJsonObject handler = handlers.at(i).toObject();
        if (handler.value(u"ObjectId"_s).toString() != id)
            continue;
        handler.insert(u"MaxMsgLen"_s, Unknown::MaxMsgLen);
        handler.insert(u"SendUrgentMsg"_s, Unknown::SendUrgentMsg);
        handler.insert(u"AfterMessageAction"_s, Unknown::AfterMessageAction);
        handler.insert(u"UseDefaultTimeZone"_s, u"false"_s);
        handler.insert(u"TimeZone"_s, Unknown::TimeZone);
        handler.insert(u"UseCallLanguage"_s, u"false"_s);
        handler.insert(u"UseDefaultLanguage"_s, u"false"_s);
        handler.insert(u"Language"_s, Unknown::Language);
        handler.insert(Unknown::Field, Unknown::FieldValue);
        handlers[i] = handler;
    }
    tables.insert(u"Callhandler"_s, handlers);
    root.insert(u"tables"_s, tables);

    QJsonObject children = root.value(u"children"_s).toObject();
    children.insert(
        u"MenuEntry"_s, withChildren(children.value(u"MenuEntry"_s).toObject(), id, [&] {
            QJsonArray keys =
                SeedDetail::children(h.menuEntries, u"TouchtoneKey"_s, u"1"_s, [](QJsonObject &e) {
                    e.insert(u"Action"_s, u"2"_s);
                    e.insert(u"TargetConversation"_s, Unknown::EasySignIn);
                    e.remove(u"TargetHandlerObjectId"_s);
                });
            for (qsizetype i = 0; i < keys.size(); ++i) {
                QJsonObject e = keys.at(i).toObject();
                if (e.value(u"TouchtoneKey"_s).toString() == u"2"_s) {
                    e.insert(u"Action"_s, Unknown::FutureAction);
                    e.insert(u"TargetConversation"_s, Unknown::FutureConversation);
                } else if (e.value(u"TouchtoneKey"_s).toString() == u"3"_s) {
                    e.insert(u"Action"_s, u"7"_s); // no TransferNumber: valid
                    e.remove(u"TransferNumber"_s);
                }
                keys[i] = e;
            }
            return keys;
        }()));
    children.insert(
        u"Greeting"_s,
        withChildren(children.value(u"Greeting"_s).toObject(), id,
                     SeedDetail::children(h.greetings, u"GreetingType"_s, u"Alternate"_s,
                                          [](QJsonObject &g) {
                                              g.insert(u"PlayWhat"_s, Unknown::PlayWhat);
                                              g.insert(u"Reprompts"_s, Unknown::Reprompts);
                                              g.insert(u"AfterGreetingAction"_s, u"2"_s);
                                              g.insert(u"AfterGreetingTargetConversation"_s,
                                                       Unknown::HotelConversation);
                                              g.insert(Unknown::Field, Unknown::FieldValue);
                                          })));
    children.insert(u"TransferOption"_s,
                    withChildren(children.value(u"TransferOption"_s).toObject(), id,
                                 SeedDetail::children(h.transferOptions, u"TransferOptionType"_s,
                                                      u"Standard"_s, [](QJsonObject &t) {
                                                          t.insert(u"TransferRings"_s,
                                                                   Unknown::TransferRings);
                                                      })));
    root.insert(u"children"_s, children);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(QJsonDocument(root).toJson(QJsonDocument::Compact));
    file.close();
    return {state, id};
}

// Starts `sim` with `simArgs` on prepareUnknownValues()'s state; the handler's id, empty on
// failure.
inline QString startWithUnknownValues(CupiSim &sim, const QString &dir, const QStringList &simArgs)
{
    const UnknownState seeded = prepareUnknownValues(dir, simArgs);
    if (seeded.handlerId.isEmpty())
        return {};
    return sim.start(simArgs + QStringList{u"--state"_s, seeded.path}) ? seeded.handlerId
                                                                       : QString();
}

} // namespace HandlerDesk::Test
