// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/fieldinput.h"

#include "core/cupiobject.h"
#include "core/fieldtable.h"
#include "core/models/lookupmodel.h"
#include "ui/editor/targetpicker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QSignalBlocker>
#include <QSpinBox>

using namespace Qt::Literals::StringLiterals;

namespace HandlerDesk::Ui::FieldInput {

namespace {

const char *const LookupProperty = "hdLookup"; // combo: data role that holds the value
const char *const RepopulatingProperty = "hdRepopulating";
const char *const SearchHintProperty = "hdSearchHint"; // searchable combo: its placeholder
const char *const RawValueProperty = "hdRawValue";     // spin box: a value it cannot show
const char *const MaxLengthProperty = "hdMaxLength";   // line edit: the field's length
// The role of an enumeration combo's item that shows a value the field table does not know.
constexpr int UnknownItemRole = Qt::UserRole + 1;

void describe(QWidget *w, const Core::FieldSpec &spec)
{
    w->setObjectName(spec.name());
    w->setAccessibleName(spec.translatedLabel());
    w->setToolTip(spec.translatedDescription());
    w->setEnabled(!spec.readOnly);
}

// An input a value is typed into also says what the value must be, in the field table's words
// ("Only digits, * and #, up to 40 characters"); choices show themselves.
void describeRule(QWidget *w, const Core::FieldSpec &spec)
{
    if (!spec.readOnly)
        w->setToolTip((w->toolTip() + u"\n"_s + spec.ruleSummary()).trimmed());
}

} // namespace

QWidget *create(const Core::FieldSpec &spec, QWidget *parent)
{
    QWidget *w = nullptr;
    if (spec.isEnum()) {
        auto *combo = new QComboBox(parent);
        for (const Core::EnumValue &v : spec.enumValues) {
            const QString value = QLatin1String(v.value);
            combo->addItem(spec.enumLabel(value), value);
        }
        combo->setProperty(LookupProperty, int(Qt::UserRole));
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(8);
        w = combo;
    } else if (spec.type == Core::FieldType::Boolean) {
        auto *check = new QCheckBox(spec.translatedLabel(), parent);
        w = check;
    } else if (spec.type == Core::FieldType::Integer && spec.hasRange) {
        auto *spin = new QSpinBox(parent);
        spin->setRange(int(spec.minimum), int(spec.maximum));
        if (spec.unit)
            spin->setSuffix(u" "_s + spec.translatedUnit());
        w = spin;
    } else {
        auto *edit = new QLineEdit(parent);
        if (spec.maxLength > 0) {
            edit->setMaxLength(spec.maxLength);
            edit->setProperty(MaxLengthProperty, spec.maxLength);
        }
        if (const QString allowed = Core::allowedTextPattern(spec.chars); !allowed.isEmpty())
            edit->setValidator(new QRegularExpressionValidator(QRegularExpression(allowed), edit));
        if (spec.type == Core::FieldType::DateTime)
            edit->setPlaceholderText(QObject::tr("Never"));
        w = edit;
    }
    describe(w, spec);
    if (qobject_cast<QLineEdit *>(w) || qobject_cast<QSpinBox *>(w))
        describeRule(w, spec);
    return w;
}

QComboBox *createLookup(const Core::FieldSpec &spec, Core::LookupModel *model, bool searchable,
                        QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setModel(model);
    // Connected after setModel(), so these run after the combo's own reaction to the change.
    auto begin = [combo] { combo->setProperty(RepopulatingProperty, true); };
    auto end = [combo] { combo->setProperty(RepopulatingProperty, false); };
    QObject::connect(model, &QAbstractItemModel::modelAboutToBeReset, combo, begin);
    QObject::connect(model, &QAbstractItemModel::modelReset, combo, end);
    QObject::connect(model, &QAbstractItemModel::rowsAboutToBeInserted, combo, begin);
    QObject::connect(model, &QAbstractItemModel::rowsInserted, combo, end);
    combo->setProperty(LookupProperty, int(Core::LookupModel::IdRole));
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(24);
    if (searchable) {
        combo->setEditable(true);
        combo->setInsertPolicy(QComboBox::NoInsert);
        combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
        combo->completer()->setFilterMode(Qt::MatchContains);
        combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
        combo->setProperty(SearchHintProperty, QObject::tr("Type to search…"));
        combo->lineEdit()->setPlaceholderText(combo->property(SearchHintProperty).toString());
    }
    describe(combo, spec);
    return combo;
}

QString value(const QWidget *input)
{
    if (auto *combo = qobject_cast<const QComboBox *>(input))
        return combo->currentIndex() < 0
                   ? QString()
                   : combo->currentData(combo->property(LookupProperty).toInt()).toString();
    if (auto *check = qobject_cast<const QCheckBox *>(input))
        return Core::boolText(check->isChecked());
    if (auto *spin = qobject_cast<const QSpinBox *>(input)) {
        // The extra step below the range stands for the value read from the server.
        if (!spin->specialValueText().isEmpty() && spin->value() == spin->minimum())
            return spin->property(RawValueProperty).toString();
        return QString::number(spin->value());
    }
    if (auto *picker = qobject_cast<const TargetPicker *>(input))
        return picker->targetId();
    if (auto *edit = qobject_cast<const QLineEdit *>(input))
        return edit->text();
    Q_ASSERT_X(false, "FieldInput::value", "unknown input widget");
    return {};
}

namespace {

// An enumeration combo shows a value the field table does not know as an extra item, "Unknown
// (EasySignIn)", so the value is neither hidden nor replaced; the item goes when another value
// is shown. A lookup combo (schedule sets, languages, time zones) cannot hold an extra item: it
// says "Unknown (227)" where the choice would be, once its list is in.
void setComboValue(QComboBox *combo, const QString &value)
{
    const int role = combo->property(LookupProperty).toInt();
    if (role == Qt::UserRole) {
        for (int i = combo->count() - 1; i >= 0; --i) {
            if (combo->itemData(i, UnknownItemRole).toBool())
                combo->removeItem(i);
        }
    }
    int row = value.isEmpty() ? -1 : combo->findData(value, role);
    if (row < 0 && !value.isEmpty() && role == Qt::UserRole) {
        combo->addItem(Core::unknownValueText(value), value);
        row = combo->count() - 1;
        combo->setItemData(row, true, UnknownItemRole);
    }
    combo->setCurrentIndex(row);
    const QString unknown = row < 0 && !value.isEmpty()
                                ? (combo->count() > 0 ? Core::unknownValueText(value) : value)
                                : QString();
    if (combo->isEditable()) {
        combo->setEditText(QString());
        const QString hint = combo->property(SearchHintProperty).toString();
        combo->lineEdit()->setPlaceholderText(unknown.isEmpty() ? hint : unknown);
    } else {
        combo->setPlaceholderText(unknown);
    }
}

// A number outside the spin box's range (or not a number) is shown as it is, "Unknown (5000)",
// on an extra step below the range, instead of being clamped to the nearest bound: stepping
// away from it is the person's change; stepping back gives the server's value again.
void setSpinValue(QSpinBox *spin, const QString &value)
{
    const int bottom = spin->minimum() + (spin->specialValueText().isEmpty() ? 0 : 1);
    bool ok = false;
    const qlonglong number = value.toLongLong(&ok);
    const bool fits = value.isEmpty() || (ok && number >= bottom && number <= spin->maximum());
    spin->setSpecialValueText(fits ? QString() : Core::unknownValueText(value));
    spin->setProperty(RawValueProperty, fits ? QString() : value);
    spin->setMinimum(fits ? bottom : bottom - 1);
    spin->setValue(fits ? int(number) : spin->minimum());
}

} // namespace

void setValue(QWidget *input, const QString &value)
{
    const QSignalBlocker blocker(input);
    if (auto *combo = qobject_cast<QComboBox *>(input)) {
        setComboValue(combo, value);
    } else if (auto *check = qobject_cast<QCheckBox *>(input)) {
        check->setChecked(Core::parseBool(value).value_or(false));
    } else if (auto *spin = qobject_cast<QSpinBox *>(input)) {
        setSpinValue(spin, value);
    } else if (auto *picker = qobject_cast<TargetPicker *>(input)) {
        picker->setTargetId(value);
    } else if (auto *edit = qobject_cast<QLineEdit *>(input)) {
        // A longer value from the server is shown whole, not cut to the field's length (an edit
        // of it is judged by the field table on save).
        if (const int max = edit->property(MaxLengthProperty).toInt(); max > 0)
            edit->setMaxLength(qMax(max, int(value.size())));
        edit->setText(value);
        edit->setCursorPosition(0); // the start of a long name, not its end
    } else {
        Q_ASSERT_X(false, "FieldInput::setValue", "unknown input widget");
    }
}

bool isRepopulating(const QComboBox *combo)
{
    return combo->property(RepopulatingProperty).toBool();
}

void onChanged(QWidget *input, QObject *context, const std::function<void()> &changed)
{
    if (auto *combo = qobject_cast<QComboBox *>(input))
        QObject::connect(combo, &QComboBox::currentIndexChanged, context, [combo, changed] {
            if (!isRepopulating(combo))
                changed();
        });
    else if (auto *check = qobject_cast<QCheckBox *>(input))
        QObject::connect(check, &QCheckBox::toggled, context, changed);
    else if (auto *spin = qobject_cast<QSpinBox *>(input))
        QObject::connect(spin, &QSpinBox::valueChanged, context, changed);
    else if (auto *picker = qobject_cast<TargetPicker *>(input))
        QObject::connect(picker, &TargetPicker::targetChanged, context, changed);
    else if (auto *edit = qobject_cast<QLineEdit *>(input))
        QObject::connect(edit, &QLineEdit::textEdited, context, changed);
}

} // namespace HandlerDesk::Ui::FieldInput
