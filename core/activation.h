// SPDX-License-Identifier: GPL-3.0-or-later
// Whether a greeting or a transfer rule is on, as a person thinks of it — Off, On, or On until a
// time — read from and written to its two CUPI fields, Enabled and TimeExpires (PROTOCOL §6:
// an empty or future TimeExpires keeps it on, a past one turns it off; §10: real servers need
// Enabled sent together with an empty TimeExpires to turn one on).
#pragma once

#include "core/fieldtable.h"

#include <QDateTime>
#include <QString>

namespace HandlerDesk::Core {

class CupiObject;

struct Activation
{
    enum class State { Off, On, OnUntil };
    State state = State::On;
    QDateTime until; // OnUntil: when it turns off (UTC); invalid otherwise

    bool operator==(const Activation &) const = default;

    static Activation off() { return {State::Off, {}}; }
    static Activation on() { return {State::On, {}}; }
    static Activation onUntil(const QDateTime &time) { return {State::OnUntil, time.toUTC()}; }
};

// Enabled=false → Off. Otherwise TimeExpires decides: empty (or unreadable) → On, in the future
// of `now` → OnUntil, now or in the past → Off.
Activation activationOf(const CupiObject &object,
                        const QDateTime &now = QDateTime::currentDateTimeUtc());

// True when TimeExpires holds a real expiry at or before `now` — on until a time that has passed —
// rather than the time written to switch it off (1972-01-01). Enabled is not asked: cupi-sim, like
// the server's pages, reports a greeting whose time ran out as not enabled [INF], and an old
// server may still say "true" (PROTOCOL §6). Lint's "expired" greeting.
bool hasExpired(const CupiObject &object, const QDateTime &now = QDateTime::currentDateTimeUtc());
// Writes both fields: Off → Enabled=false and the past time the server itself uses
// (1972-01-01 00:00:00.0); On → Enabled=true and an empty TimeExpires; OnUntil → Enabled=true and
// the time in GMT.
void applyActivation(CupiObject &object, const Activation &activation);

// False for the greetings and transfer rules that always stay on (Standard and Error greetings,
// the Standard transfer rule), as the field table's rules say. `type` is the GreetingType or
// TransferOptionType.
bool canTurnOff(HandlerPart part, const QString &type);

// For lists, in lower case: "off", "on", "on until 24 Dec 18:00" (local time).
QString activationText(const Activation &activation);

} // namespace HandlerDesk::Core
