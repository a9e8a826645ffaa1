// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/scheduletab.h"

#include "core/handleredit.h"
#include "core/models/handlereditor.h"
#include "core/models/lookupcache.h"
#include "core/models/tenantchoicemodel.h"
#include "ui/lookupmessage.h"

#include <QFormLayout>
#include <QLabel>

using namespace Qt::Literals::StringLiterals;

namespace HandlerDesk::Ui {

ScheduleTab::ScheduleTab(const EditorContext &context, QWidget *parent)
    : EditorTab(context, parent)
    , m_sets(new Core::TenantChoiceModel(context.lookups->scheduleSets(),
                                         context.lookups->tenants(), this))
{
    auto *form = new QFormLayout(this);
    auto *hint = new QLabel(tr("The schedule set decides when the standard and when the "
                               "off-hours greeting and transfer rule apply."),
                            this);
    hint->setWordWrap(true);
    form->addRow(hint);
    addLookup(form, Core::Field::ScheduleSetObjectId, m_sets, false);
    form->addRow(QString(),
                 new LookupMessage(context.lookups, Core::LookupCache::Kind::ScheduleSets, this));
}

void ScheduleTab::refresh()
{
    // A new scope resets the choices; addLookup() then shows the handler's value again.
    if (const Core::ObjectEdit *e = edit(Core::HandlerPart::Handler, {}))
        m_sets->setScope(e->loaded().value(Core::Field::TenantObjectId),
                         e->loaded().value(Core::Field::ScheduleSetObjectId));
}

} // namespace HandlerDesk::Ui
