// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

class QComboBox;
class QObject;
class QWidget;

namespace HandlerDesk::Core {
struct FieldSpec;
class LookupModel;
} // namespace HandlerDesk::Core

namespace HandlerDesk::Ui::FieldInput {

// Input widgets made from the field table: an enumeration becomes a combo box of its labels, a
// Boolean a check box, an Integer with a range a spin box with its unit, anything else a line
// edit limited to the field's length and characters. The objectName is the field's CUPI key, the
// accessible name is its label, the tool tip its description and, for a spin box or line edit,
// its rule (FieldSpec::ruleSummary()); a read-only field's input is disabled.
// A value from the server that the table does not know is shown as it is, never replaced: a combo
// gets an extra item "Unknown (EasySignIn)", a spin box shows "Unknown (5400)" on an extra step
// below its range instead of clamping, a line edit shows a longer text whole; value() gives such
// a value back unchanged until the person changes it. A lookup combo (createLookup()) cannot hold
// an extra item: it shows the value where the choice would be ("Unknown (227)" once its list is
// in) and chooses nothing, so its value() is empty until the person chooses.
QWidget *create(const Core::FieldSpec &spec, QWidget *parent);

// A combo box over a lookup model (schedule sets, languages, time zones…). `searchable` makes it
// editable with a "contains" completer, for long lists.
QComboBox *createLookup(const Core::FieldSpec &spec, Core::LookupModel *model, bool searchable,
                        QWidget *parent);

// The value of an input made here (or of a TargetPicker) as wire text, and back. Setting never
// emits the widget's change signal.
QString value(const QWidget *input);
void setValue(QWidget *input, const QString &value);

// True while the combo's model is being reset or filled (the combo then moves its current
// index by itself; that is not a choice of the user).
bool isRepopulating(const QComboBox *combo);

// Calls `changed` when the user changes the value.
void onChanged(QWidget *input, QObject *context, const std::function<void()> &changed);

} // namespace HandlerDesk::Ui::FieldInput
