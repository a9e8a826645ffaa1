// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/activation.h"

#include "core/cupiobject.h"
#include "core/cupitime.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace HandlerDesk::Core {

namespace {

const QString Enabled = Field::Enabled.toString();
const QString TimeExpires = Field::TimeExpires.toString();
// What the server writes itself when a greeting or rule is turned off (cupi-sim's README).
const QString OffTime = u"1972-01-01 00:00:00.0"_s;

} // namespace

Activation activationOf(const CupiObject &object, const QDateTime &now)
{
    if (!object.boolValue(Enabled, true))
        return Activation::off();
    const QDateTime expires = CupiTime::parse(object.value(TimeExpires));
    if (!expires.isValid())
        return Activation::on();
    if (expires <= now)
        return Activation::off();
    return Activation::onUntil(expires);
}

bool hasExpired(const CupiObject &object, const QDateTime &now)
{
    const QString text = object.value(TimeExpires);
    if (text == OffTime)
        return false;
    const QDateTime expires = CupiTime::parse(text);
    return expires.isValid() && expires.date().year() > 1972 && expires <= now;
}

void applyActivation(CupiObject &object, const Activation &activation)
{
    switch (activation.state) {
    case Activation::State::Off:
        object.set(Enabled, boolText(false));
        object.set(TimeExpires, OffTime);
        return;
    case Activation::State::On:
        object.set(Enabled, boolText(true));
        object.set(TimeExpires, u""_s); // empty, not absent: it is sent
        return;
    case Activation::State::OnUntil:
        object.set(Enabled, boolText(true));
        object.set(TimeExpires, CupiTime::format(activation.until));
        return;
    }
}

bool canTurnOff(HandlerPart part, const QString &type)
{
    // The rule lives in the field table (FieldTable::validate): ask it about "turned off".
    CupiObject probe;
    switch (part) {
    case HandlerPart::Greeting:
        probe.set(Field::GreetingType.toString(), type);
        break;
    case HandlerPart::TransferOption:
        probe.set(Field::TransferOptionType.toString(), type);
        break;
    case HandlerPart::Handler:
    case HandlerPart::MenuEntry:
        return false; // these have no on/off
    }
    probe.set(Enabled, boolText(false));
    const QList<FieldIssue> issues = fieldTable(part).validate(probe);
    return std::none_of(issues.cbegin(), issues.cend(),
                        [](const FieldIssue &issue) { return issue.field == Enabled; });
}

QString activationText(const Activation &activation)
{
    switch (activation.state) {
    case Activation::State::Off:
        return QCoreApplication::translate("HandlerDesk::Core::Activation", "off");
    case Activation::State::On:
        return QCoreApplication::translate("HandlerDesk::Core::Activation", "on");
    case Activation::State::OnUntil:
        return QCoreApplication::translate("HandlerDesk::Core::Activation", "on until %1")
            .arg(CupiTime::shortLocalText(activation.until));
    }
    return {};
}

} // namespace HandlerDesk::Core
