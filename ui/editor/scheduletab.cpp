// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/scheduletab.h"

#include "core/models/lookupcache.h"

#include <QFormLayout>
#include <QLabel>

namespace HandlerDesk::Ui {

ScheduleTab::ScheduleTab(const EditorContext &context, QWidget *parent)
    : EditorTab(context, parent)
{
    auto *form = new QFormLayout(this);
    auto *hint = new QLabel(tr("The schedule set decides when the standard and when the "
                               "off-hours greeting and transfer rule apply."),
                            this);
    hint->setWordWrap(true);
    form->addRow(hint);
    addLookup(form, "ScheduleSetObjectId", context.lookups->scheduleSets(), false);
}

} // namespace HandlerDesk::Ui
