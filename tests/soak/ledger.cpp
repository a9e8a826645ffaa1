// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger.h"

#include "core/cupiobject.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cstdio>

namespace HandlerDesk::Soak {

using namespace Qt::Literals::StringLiterals;
using Core::HandlerPart;

QString partKey(HandlerPart part, const QString &key)
{
    switch (part) {
    case HandlerPart::Handler:
        return u"handler"_s;
    case HandlerPart::Greeting:
        return u"greeting/"_s + key;
    case HandlerPart::MenuEntry:
        return u"menu/"_s + key;
    case HandlerPart::TransferOption:
        return u"transfer/"_s + key;
    }
    return {};
}

namespace {

HandlerPart partOf(const QString &part)
{
    if (part.startsWith(u"greeting/"))
        return HandlerPart::Greeting;
    if (part.startsWith(u"menu/"))
        return HandlerPart::MenuEntry;
    if (part.startsWith(u"transfer/"))
        return HandlerPart::TransferOption;
    return HandlerPart::Handler;
}

QString shown(const QStringList &values)
{
    QStringList quoted;
    for (const QString &v : values)
        quoted << u'\'' + v + u'\'';
    return quoted.join(u" or "_s);
}

} // namespace

Ledger::Ledger(const QString &journalPath)
    : m_journal(journalPath)
{
    if (!m_journal.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
        std::fprintf(stderr, "hd-soak: cannot write the journal %s\n", qPrintable(journalPath));
}

QString Ledger::normalised(const QString &part, const QString &field, const QString &value)
{
    const Core::FieldSpec *spec = Core::fieldTable(partOf(part)).find(field);
    if (spec && spec->type == Core::FieldType::Boolean) {
        if (const auto b = Core::parseBool(value))
            return Core::boolText(*b);
    }
    return value.isNull() ? u""_s : value;
}

QString Ledger::ref(const QString &handler, const QString &part, const QString &field)
{
    return handler + u'|' + part + u'|' + field;
}

QString Ledger::initial(const QString &handler, const QString &part, const QString &field) const
{
    return m_snapshot.value(handler).value(part).value(field);
}

QString Ledger::expected(const QString &handler, HandlerPart part, const QString &key,
                         const QString &field) const
{
    const QString p = partKey(part, key);
    const auto it = m_possible.constFind(ref(handler, p, field));
    return it == m_possible.constEnd() ? normalised(p, field, initial(handler, p, field))
                                       : it->constLast();
}

bool Ledger::allows(const QString &handler, HandlerPart part, const QString &key,
                    const QString &field, const QString &value) const
{
    const QString p = partKey(part, key);
    const QString v = normalised(p, field, value);
    const auto it = m_possible.constFind(ref(handler, p, field));
    return it == m_possible.constEnd() ? normalised(p, field, initial(handler, p, field)) == v
                                       : it->contains(v);
}

void Ledger::observe(const QString &handler, const QString &part, const QString &field,
                     const QString &value, const QString &how)
{
    const auto it = m_possible.find(ref(handler, part, field));
    if (it == m_possible.end())
        return; // never in a save: checked at the end against the snapshot
    const QString v = normalised(part, field, value);
    if (!it->contains(v)) {
        mismatch(u"%1 read %2 %3 %4 = '%5'; the journal allows %6"_s.arg(how, handler, part, field,
                                                                         v, shown(*it)));
    }
    *it = QStringList{v};
}

void Ledger::observeAll(const QString &handler, const HandlerState &state, const QString &how)
{
    for (auto part = state.cbegin(); part != state.cend(); ++part) {
        for (auto field = part->cbegin(); field != part->cend(); ++field)
            observe(handler, part.key(), field.key(), field.value(), how);
    }
}

void Ledger::record(const Attempt &attempt, const QList<Effect> &effects)
{
    QJsonArray changes;
    for (qsizetype i = 0; i < attempt.changes.size(); ++i) {
        const Change &c = attempt.changes.at(i);
        const QString p = partKey(c.part, c.key);
        const QString newValue = normalised(p, c.field, c.newValue);
        const Effect effect = effects.value(i, Effect::MayHaveLanded);
        QStringList &possible = m_possible[ref(c.handler, p, c.field)];
        if (possible.isEmpty())
            possible << normalised(p, c.field, initial(c.handler, p, c.field));
        if (effect == Effect::Landed)
            possible = QStringList{newValue};
        else if (effect == Effect::MayHaveLanded && !possible.contains(newValue))
            possible << newValue;
        changes.append(QJsonObject{{u"part"_s, p},
                                   {u"field"_s, c.field},
                                   {u"old"_s, c.oldValue},
                                   {u"new"_s, c.newValue},
                                   {u"effect"_s, effect == Effect::Landed ? u"landed"_s
                                                 : effect == Effect::None ? u"none"_s
                                                                          : u"may-have-landed"_s}});
    }
    ++m_outcomes[attempt.outcome];
    const QJsonObject line{{u"seq"_s, ++m_sequence},
                           {u"time"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                           {u"via"_s, attempt.via},
                           {u"handler"_s, attempt.changes.isEmpty()
                                              ? QString()
                                              : attempt.changes.constFirst().handler},
                           {u"changes"_s, changes},
                           {u"outcome"_s, attempt.outcome},
                           {u"shown"_s, attempt.shown},
                           {u"detail"_s, attempt.detail}};
    m_journal.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
    m_journal.flush();
}

void Ledger::mismatch(const QString &text)
{
    std::fprintf(stderr, "hd-soak: MISMATCH %s\n", qPrintable(text));
    m_mismatches << text;
    m_journal.write(
        QJsonDocument(QJsonObject{{u"mismatch"_s, text}}).toJson(QJsonDocument::Compact) + '\n');
    m_journal.flush();
}

int Ledger::touchedHandlers() const
{
    QSet<QString> handlers;
    for (auto it = m_possible.cbegin(); it != m_possible.cend(); ++it)
        handlers.insert(it.key().section(u'|', 0, 0));
    return int(handlers.size());
}

int Ledger::check(const QHash<QString, HandlerState> &final)
{
    const qsizetype before = m_mismatches.size();
    for (auto h = m_snapshot.cbegin(); h != m_snapshot.cend(); ++h) {
        const auto now = final.constFind(h.key());
        if (now == final.constEnd()) {
            mismatch(u"handler %1 could not be read at the end"_s.arg(h.key()));
            continue;
        }
        QSet<QString> parts;
        for (const HandlerState *s : {&h.value(), &now.value()}) {
            for (auto p = s->cbegin(); p != s->cend(); ++p)
                parts.insert(p.key());
        }
        for (const QString &part : std::as_const(parts)) {
            QSet<QString> fields;
            for (const HandlerState *s : {&h.value(), &now.value()}) {
                for (auto f = s->value(part).cbegin(); f != s->value(part).cend(); ++f)
                    fields.insert(f.key());
            }
            for (const QString &field : std::as_const(fields)) {
                const QString value = normalised(part, field, now->value(part).value(field));
                const auto possible = m_possible.constFind(ref(h.key(), part, field));
                if (possible != m_possible.constEnd()) {
                    if (!possible->contains(value))
                        mismatch(u"final %1 %2 %3 = '%4'; the journal allows %5"_s.arg(
                            h.key(), part, field, value, shown(*possible)));
                    continue;
                }
                const QString was = normalised(part, field, h->value(part).value(field));
                if (value != was)
                    mismatch(u"final %1 %2 %3 = '%4' but it was '%5' and no save touched it"_s.arg(
                        h.key(), part, field, value, was));
            }
        }
    }
    return int(m_mismatches.size() - before);
}

} // namespace HandlerDesk::Soak
