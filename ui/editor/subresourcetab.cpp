// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/subresourcetab.h"

#include "core/activation.h"
#include "core/fieldtable.h"
#include "core/handleredit.h"
#include "core/models/handlereditor.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFontMetrics>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
#include <QStandardItemModel>

using namespace Qt::Literals::StringLiterals;

namespace HandlerDesk::Ui {

using Core::Activation;
using Core::HandlerPart;
namespace Field = Core::Field;

namespace {

// The default of "On until": tomorrow, at the start of the current hour.
QDateTime defaultUntil()
{
    const QDateTime now = QDateTime::currentDateTime();
    return QDateTime(now.date().addDays(1), QTime(now.time().hour(), 0));
}

} // namespace

SubResourceTab::SubResourceTab(const EditorContext &context, HandlerPart part,
                               QStringView typeField, const QString &objectPrefix,
                               std::initializer_list<QStringView> fields, QWidget *parent)
    : EditorTab(context, parent)
    , m_part(part)
    , m_typeField(typeField)
    , m_types(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
{
    const Core::FieldSpec &typeSpec = specOf(part, typeField);
    m_types->setObjectName(objectPrefix + u"List"_s);
    m_types->setAccessibleName(typeSpec.translatedLabel());
    m_types->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Expanding);
    m_types->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // fitTypeList() instead

    for (const Core::EnumValue &type : typeSpec.enumValues) {
        const QString key = QLatin1String(type.value);
        m_keys.append(key);
        m_types->addItem(typeSpec.enumLabel(key));
        auto *page = new QWidget(m_pages);
        page->setObjectName(objectPrefix + u"/"_s + key);
        auto *form = new QFormLayout(page);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        m_states.append(addStateRows(form, key));
        for (QStringView field : fields)
            addField(form, part, key, field); // the form moves the rows onto the page
        m_pages->addWidget(page);
    }
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_types);
    layout->addWidget(m_pages, 1);
    connect(m_types, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_types->setCurrentRow(0);
    fitTypeList();
}

SubResourceTab::StateInputs SubResourceTab::addStateRows(QFormLayout *form, const QString &key)
{
    const int index = int(m_states.size());
    StateInputs in;
    in.form = form;
    in.canTurnOff = Core::canTurnOff(m_part, key);
    in.state = new QComboBox(this);
    in.state->setObjectName(Field::Enabled.toString());
    in.state->setAccessibleName(tr("State"));
    in.state->addItem(tr("Off"), int(Activation::State::Off));
    in.state->addItem(tr("On"), int(Activation::State::On));
    in.state->addItem(tr("On until"), int(Activation::State::OnUntil));
    in.state->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    in.stateLabel = new QLabel(tr("State:"), this);
    in.stateLabel->setBuddy(in.state);
    auto *stateMessage = makeMessageLabel(this);
    form->addRow(in.stateLabel, withMessage(in.state, stateMessage));
    if (!in.canTurnOff) {
        // Only On is a choice; the rule is said where the choice is.
        auto *items = qobject_cast<QStandardItemModel *>(in.state->model());
        for (const Activation::State s : {Activation::State::Off, Activation::State::OnUntil})
            items->item(in.state->findData(int(s)))->setEnabled(false);
        const QString what = m_part == HandlerPart::Greeting
                                 ? tr("The %1 greeting is always on: it cannot be turned off.")
                                 : tr("The %1 transfer rule is always on: it cannot be turned "
                                      "off.");
        auto *note = new QLabel(what.arg(specOf(m_part, m_typeField).enumLabel(key)), this);
        note->setObjectName(u"alwaysOnNote"_s);
        note->setWordWrap(true);
        form->addRow(QString(), note);
        in.state->setToolTip(note->text());
    }

    in.until = new QDateTimeEdit(this);
    in.until->setObjectName(Field::TimeExpires.toString());
    in.until->setAccessibleName(tr("Until"));
    in.until->setToolTip(tr("Local time at which it turns off by itself."));
    in.until->setCalendarPopup(true);
    in.until->setTimeSpec(Qt::LocalTime);
    in.until->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
    auto *untilLabel = new QLabel(tr("Until:"), this);
    untilLabel->setBuddy(in.until);
    auto *untilMessage = makeMessageLabel(this);
    in.untilRow = withMessage(in.until, untilMessage);
    form->addRow(untilLabel, in.untilRow);

    bind(in.state, m_part, key, Field::Enabled, in.stateLabel, stateMessage, true);
    bind(in.until, m_part, key, Field::TimeExpires, untilLabel, untilMessage, true);
    connect(in.state, &QComboBox::currentIndexChanged, this, [this, index] {
        if (!isLoading())
            applyState(index);
    });
    connect(in.until, &QDateTimeEdit::dateTimeChanged, this, [this, index] {
        if (!isLoading())
            applyState(index);
    });
    return in;
}

QString SubResourceTab::typeLabel(int index) const
{
    return specOf(m_part, m_typeField).enumLabel(m_keys.at(index));
}

void SubResourceTab::applyState(int index)
{
    Core::ObjectEdit *e = edit(m_part, m_keys.at(index));
    if (!e)
        return;
    const StateInputs &in = m_states.at(index);
    Activation activation;
    switch (Activation::State(in.state->currentData().toInt())) {
    case Activation::State::Off:
        activation = Activation::off();
        break;
    case Activation::State::On:
        activation = Activation::on();
        break;
    case Activation::State::OnUntil:
        activation = Activation::onUntil(in.until->dateTime());
        break;
    }
    Core::applyActivation(e->edited(), activation);
    showState(index, activation);
    touched();
}

// The until row only for On until; an always-on kind's choice only when it is not on.
void SubResourceTab::showState(int index, const Activation &activation)
{
    const StateInputs &in = m_states.at(index);
    in.form->setRowVisible(in.untilRow, activation.state == Activation::State::OnUntil);
    if (!in.canTurnOff)
        in.state->setEnabled(activation.state != Activation::State::On);
}

void SubResourceTab::refresh()
{
    for (int i = 0; i < m_keys.size(); ++i) {
        // Kinds this handler does not have (an older server, a missing greeting) are shown
        // disabled.
        const Core::ObjectEdit *e = edit(m_part, m_keys.at(i));
        QListWidgetItem *item = m_types->item(i);
        item->setFlags(e ? item->flags() | Qt::ItemIsEnabled : item->flags() & ~Qt::ItemIsEnabled);
        if (!e)
            continue;
        const StateInputs &in = m_states.at(i);
        const Activation activation = Core::activationOf(e->edited());
        in.state->setCurrentIndex(in.state->findData(int(activation.state)));
        const bool until = activation.state == Activation::State::OnUntil;
        in.until->setMinimumDateTime(QDateTime::currentDateTime());
        in.until->setDateTime(until ? activation.until.toLocalTime() : defaultUntil());
        showState(i, activation);
    }
    updateOwnMarks();
}

void SubResourceTab::updateOwnMarks()
{
    for (int i = 0; i < m_keys.size(); ++i) {
        const Core::ObjectEdit *e = edit(m_part, m_keys.at(i));
        QListWidgetItem *item = m_types->item(i);
        QFont font = item->font();
        font.setBold(e && e->isModified());
        item->setFont(font);
        item->setText(e ? tr("%1 — %2").arg(typeLabel(i),
                                            Core::activationText(Core::activationOf(e->edited())))
                        : typeLabel(i));
        // The state is both fields: its label is marked when either changed.
        if (!e)
            continue;
        const QStringList changed = e->changedFields();
        const bool stateChanged =
            changed.contains(Field::Enabled) || changed.contains(Field::TimeExpires);
        QLabel *label = m_states.at(i).stateLabel;
        QFont labelFont = label->font();
        if (labelFont.bold() != stateChanged) {
            labelFont.setBold(stateChanged);
            label->setFont(labelFont);
        }
        m_states.at(i).state->setAccessibleDescription(stateChanged ? tr("Changed") : QString());
    }
    fitTypeList();
}

// As wide as the widest text in bold (a changed item), so no state is ever cut off.
void SubResourceTab::fitTypeList()
{
    int widest = 0;
    for (int i = 0; i < m_types->count(); ++i) {
        QFont bold = m_types->item(i)->font();
        bold.setBold(true);
        widest = qMax(widest, QFontMetrics(bold).horizontalAdvance(m_types->item(i)->text()));
    }
    const int padding = 2 * m_types->frameWidth() + 3 * fontMetrics().averageCharWidth();
    m_types->setFixedWidth(widest + padding);
}

GreetingsTab::GreetingsTab(const EditorContext &context, QWidget *parent)
    : SubResourceTab(
          context, HandlerPart::Greeting, Field::GreetingType, u"greeting"_s,
          {Field::PlayWhat, Field::AfterGreetingAction, Field::AfterGreetingTargetConversation,
           Field::AfterGreetingTargetHandlerObjectId, Field::IgnoreDigits, Field::Reprompts,
           Field::RepromptDelay, Field::EnableTransfer, Field::PlayRecordMessagePrompt},
          parent)
{
}

TransferRulesTab::TransferRulesTab(const EditorContext &context, QWidget *parent)
    : SubResourceTab(context, HandlerPart::TransferOption, Field::TransferOptionType, u"transfer"_s,
                     {Field::Action, Field::Extension, Field::TransferType, Field::TransferRings,
                      Field::TransferHoldingMode, Field::TransferAnnounce, Field::TransferConfirm,
                      Field::TransferIntroduce, Field::TransferScreening,
                      Field::UsePrimaryExtension, Field::PlayTransferPrompt, Field::RnaAction},
                     parent)
{
}

} // namespace HandlerDesk::Ui
