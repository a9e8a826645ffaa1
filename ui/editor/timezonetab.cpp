// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/timezonetab.h"

#include "core/handleredit.h"
#include "core/models/handlereditor.h"
#include "core/models/lookupcache.h"
#include "ui/editor/fieldinput.h"
#include "ui/lookupmessage.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QRadioButton>

using namespace Qt::Literals::StringLiterals;

namespace HandlerDesk::Ui {

using Core::HandlerPart;
using Core::TimeZoneMode;
namespace Field = Core::Field;

TimeZoneTab::TimeZoneTab(const EditorContext &context, QWidget *parent)
    : EditorTab(context, parent)
{
    auto *form = new QFormLayout(this);
    m_default = new QRadioButton(tr("Use the system default time zone"), this);
    m_default->setObjectName(Field::UseDefaultTimeZone.toString());
    m_specific = new QRadioButton(tr("Use this time zone:"), this);
    m_specific->setObjectName(u"TimeZoneSpecific"_s);
    auto *group = new QButtonGroup(this);
    group->addButton(m_default);
    group->addButton(m_specific);

    const Core::FieldSpec &spec = specOf(HandlerPart::Handler, Field::TimeZone);
    m_zone = FieldInput::createLookup(spec, context.lookups->timeZones(), true, this);
    auto *message = makeMessageLabel(this);
    form->addRow(m_default);
    form->addRow(m_specific, withMessage(m_zone, message));
    form->addRow(QString(),
                 new LookupMessage(context.lookups, Core::LookupCache::Kind::TimeZones, this));
    labelFor(m_zone, m_zone->accessibleName())->hide(); // the radio button shows it

    bind(m_default, HandlerPart::Handler, {}, Field::UseDefaultTimeZone, nullptr, nullptr, true);
    bind(m_zone, HandlerPart::Handler, {}, Field::TimeZone, nullptr, message, true);

    connect(group, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *, bool on) {
        if (on && !isLoading())
            apply();
    });
    connect(m_zone, &QComboBox::currentIndexChanged, this, [this] {
        if (!isLoading() && !FieldInput::isRepopulating(m_zone))
            apply();
    });
    connect(context.lookups->timeZones(), &QAbstractItemModel::modelReset, this,
            [this] { showCurrentValues(); });
}

void TimeZoneTab::apply()
{
    Core::CallHandlerEdit *edit = m_context.editor->handlerEdit();
    if (!edit)
        return;
    m_zone->setEnabled(m_specific->isChecked());
    if (m_default->isChecked()) {
        edit->setTimeZone(TimeZoneMode::SystemDefault, edit->timeZone().timeZoneId);
    } else {
        if (m_zone->currentIndex() < 0 && m_zone->count() > 0)
            m_zone->setCurrentIndex(0);
        edit->setTimeZone(TimeZoneMode::Specific, FieldInput::value(m_zone).toLongLong());
    }
    touched();
}

void TimeZoneTab::refresh()
{
    const Core::CallHandlerEdit *edit = m_context.editor->handlerEdit();
    if (!edit)
        return;
    const Core::TimeZoneChoice choice = edit->timeZone();
    m_default->setChecked(choice.mode == TimeZoneMode::SystemDefault);
    m_specific->setChecked(choice.mode == TimeZoneMode::Specific);
    const bool known = choice.mode == TimeZoneMode::Specific || choice.timeZoneId > 0;
    FieldInput::setValue(m_zone, known ? QString::number(choice.timeZoneId) : QString());
    m_zone->setEnabled(choice.mode == TimeZoneMode::Specific);
}

} // namespace HandlerDesk::Ui
