// SPDX-License-Identifier: GPL-3.0-or-later
// The soak's oracle of values: what the server may hold for every field that a save attempted,
// from the initial snapshot and the journal of attempts, and the journal itself (one JSON line
// per save attempt, written as it happens).
#pragma once

#include "core/fieldtable.h"

#include <QFile>
#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>

namespace HandlerDesk::Soak {

// One part of a handler as the server has it: field → value.
using PartState = QMap<QString, QString>;
// A handler and its sub-resources: "handler", "greeting/Standard", "menu/1", "transfer/…".
using HandlerState = QMap<QString, PartState>;

QString partKey(Core::HandlerPart part, const QString &key);

// One field a save meant to change.
struct Change
{
    QString handler;
    Core::HandlerPart part = Core::HandlerPart::Handler;
    QString key; // greeting type, menu key; empty for the handler
    QString field;
    QString oldValue;
    QString newValue;
};

// What an attempt may have left on the server, per change.
enum class Effect {
    None,         // not sent, refused (the simulator applies nothing it refuses), or put back
    Landed,       // acknowledged: the server has the new value
    MayHaveLanded // the reply never came whole: either value
};

struct Attempt
{
    QString via; // "editor-json", "handlerctl-xml", …
    QList<Change> changes;
    // acknowledged | failed | failed-may-have-landed | conflict | hang | crash
    QString outcome;
    QString shown; // what the user was shown (the error sentence, stderr's first line)
    QString detail;
};

class Ledger
{
public:
    explicit Ledger(const QString &journalPath);

    bool isOpen() const { return m_journal.isOpen(); }
    void setSnapshot(const QHash<QString, HandlerState> &snapshot) { m_snapshot = snapshot; }
    const QHash<QString, HandlerState> &snapshot() const { return m_snapshot; }

    // The last value the ledger expects for a field, for an attempt's "old" column.
    QString expected(const QString &handler, Core::HandlerPart part, const QString &key,
                     const QString &field) const;
    // Whether the journal allows `value` for the field now (before the next attempt).
    bool allows(const QString &handler, Core::HandlerPart part, const QString &key,
                const QString &field, const QString &value) const;
    // A value read from the server during the run (through the client under test): a mismatch
    // when the journal does not allow it; otherwise the field is known exactly from now on.
    void observe(const QString &handler, const QString &part, const QString &field,
                 const QString &value, const QString &how);
    void observeAll(const QString &handler, const HandlerState &state, const QString &how);

    // Journals `attempt` and applies `effects` (one per change).
    void record(const Attempt &attempt, const QList<Effect> &effects);
    void mismatch(const QString &text);

    // The final check: every handler of the snapshot against `final`; returns the mismatches.
    int check(const QHash<QString, HandlerState> &final);

    const QStringList &mismatches() const { return m_mismatches; }
    int attempts() const { return m_sequence; }
    QHash<QString, int> outcomes() const { return m_outcomes; }
    int touchedHandlers() const;

    // Booleans compare by meaning ("1" is "true"), absent equals empty.
    static QString normalised(const QString &part, const QString &field, const QString &value);

private:
    static QString ref(const QString &handler, const QString &part, const QString &field);
    QString initial(const QString &handler, const QString &part, const QString &field) const;

    QFile m_journal;
    QHash<QString, HandlerState> m_snapshot;
    QHash<QString, QStringList> m_possible; // ref → the values the server may have (normalised)
    QStringList m_mismatches;
    QHash<QString, int> m_outcomes;
    int m_sequence = 0;
};

} // namespace HandlerDesk::Soak
