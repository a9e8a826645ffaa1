// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/fieldinput.h"

#include "core/fieldtable.h"
#include "core/models/lookupmodel.h"
#include "ui/editor/targetpicker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QIdentityProxyModel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QSignalBlocker>
#include <QSpinBox>

using namespace Qt::Literals::StringLiterals;

namespace HandlerDesk::Ui::FieldInput {

namespace {

const char *const LookupProperty = "hdLookup"; // combo: data role that holds the value
const char *const RepopulatingProperty = "hdRepopulating";

void describe(QWidget *w, const Core::FieldSpec &spec)
{
    w->setObjectName(spec.name());
    w->setAccessibleName(spec.translatedLabel());
    QString tip = spec.translatedDescription();
    if (spec.hasRange) {
        tip += u"\n"_s + QObject::tr("From %1 to %2 %3")
                             .arg(spec.minimum)
                             .arg(spec.maximum)
                             .arg(spec.translatedUnit())
                             .trimmed();
    }
    w->setToolTip(tip.trimmed());
    w->setEnabled(!spec.readOnly);
}

class ComboAdapter final : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role) const override
    {
        return index.isValid() ? QIdentityProxyModel::data(index, role) : QVariant();
    }
};

} // namespace

QAbstractItemModel *comboModel(QAbstractItemModel *source, QObject *parent)
{
    auto *adapter = new ComboAdapter(parent);
    adapter->setSourceModel(source);
    return adapter;
}

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
        if (spec.maxLength > 0)
            edit->setMaxLength(spec.maxLength);
        if (spec.chars == Core::CharSet::Digits)
            edit->setValidator(
                new QRegularExpressionValidator(QRegularExpression(u"[0-9]*"_s), edit));
        else if (spec.chars == Core::CharSet::DialString)
            edit->setValidator(
                new QRegularExpressionValidator(QRegularExpression(u"[0-9#*+]*"_s), edit));
        if (spec.type == Core::FieldType::DateTime)
            edit->setPlaceholderText(QObject::tr("Never"));
        w = edit;
    }
    describe(w, spec);
    return w;
}

QComboBox *createLookup(const Core::FieldSpec &spec, Core::LookupModel *model, bool searchable,
                        QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    QAbstractItemModel *adapter = comboModel(model, combo);
    combo->setModel(adapter);
    // Connected after setModel(), so these run after the combo's own reaction to the change.
    auto begin = [combo] { combo->setProperty(RepopulatingProperty, true); };
    auto end = [combo] { combo->setProperty(RepopulatingProperty, false); };
    QObject::connect(adapter, &QAbstractItemModel::modelAboutToBeReset, combo, begin);
    QObject::connect(adapter, &QAbstractItemModel::modelReset, combo, end);
    QObject::connect(adapter, &QAbstractItemModel::rowsAboutToBeInserted, combo, begin);
    QObject::connect(adapter, &QAbstractItemModel::rowsInserted, combo, end);
    combo->setProperty(LookupProperty, int(Core::LookupModel::IdRole));
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(24);
    if (searchable) {
        combo->setEditable(true);
        combo->setInsertPolicy(QComboBox::NoInsert);
        combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
        combo->completer()->setFilterMode(Qt::MatchContains);
        combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
        combo->lineEdit()->setPlaceholderText(QObject::tr("Type to search…"));
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
        return check->isChecked() ? u"true"_s : u"false"_s;
    if (auto *spin = qobject_cast<const QSpinBox *>(input))
        return QString::number(spin->value());
    if (auto *picker = qobject_cast<const TargetPicker *>(input))
        return picker->targetId();
    if (auto *edit = qobject_cast<const QLineEdit *>(input))
        return edit->text();
    Q_ASSERT_X(false, "FieldInput::value", "unknown input widget");
    return {};
}

void setValue(QWidget *input, const QString &value)
{
    const QSignalBlocker blocker(input);
    if (auto *combo = qobject_cast<QComboBox *>(input)) {
        const int role = combo->property(LookupProperty).toInt();
        int row = value.isEmpty() ? -1 : combo->findData(value, role);
        if (row < 0 && !value.isEmpty() && role == Qt::UserRole) {
            // A value the table does not know: show it rather than pretend another one.
            combo->addItem(value, value);
            row = combo->count() - 1;
        }
        combo->setCurrentIndex(row);
        if (row < 0 && combo->isEditable())
            combo->setEditText(QString());
    } else if (auto *check = qobject_cast<QCheckBox *>(input)) {
        check->setChecked(value == u"true"_s || value == u"1"_s);
    } else if (auto *spin = qobject_cast<QSpinBox *>(input)) {
        spin->setValue(value.toInt());
    } else if (auto *picker = qobject_cast<TargetPicker *>(input)) {
        picker->setTargetId(value);
    } else if (auto *edit = qobject_cast<QLineEdit *>(input)) {
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
