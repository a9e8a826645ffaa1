// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/callerinputtab.h"

#include "core/fields/fieldenums.h"
#include "core/handleredit.h"
#include "core/models/handlereditor.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace HandlerDesk::Ui {

using Core::HandlerPart;

CallerInputTab::CallerInputTab(const EditorContext &context, QWidget *parent)
    : EditorTab(context, parent)
{
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *grid = new QGridLayout(content);

    const Core::FieldSpec &keySpec = specOf(HandlerPart::MenuEntry, "TouchtoneKey");
    static constexpr const char *Fields[] = {"Action", "TargetConversation",
                                             "TargetHandlerObjectId", "TransferNumber", "Locked"};
    grid->addWidget(new QLabel(keySpec.translatedLabel(), content), 0, 0);
    for (int c = 0; c < 4; ++c) {
        auto *header =
            new QLabel(specOf(HandlerPart::MenuEntry, Fields[c]).translatedLabel(), content);
        QFont bold = header->font();
        bold.setBold(true);
        header->setFont(bold);
        grid->addWidget(header, 0, c + 1);
    }
    int row = 1;
    for (const Core::EnumValue &key : keySpec.enumValues) {
        Row widgets{QLatin1String(key.value)};
        const QString k = QLatin1String(key.value);
        auto *keyLabel = new QLabel(k, content);
        keyLabel->setAlignment(Qt::AlignCenter);
        grid->addWidget(keyLabel, row, 0);
        // One row widget per key so that its inputs can keep their field names.
        for (int c = 0; c < 5; ++c) {
            auto *form = new QFormLayout; // a one-row form: input above its message
            form->setContentsMargins(0, 0, 0, 0);
            QWidget *input = addField(form, HandlerPart::MenuEntry, k, Fields[c]);
            auto *cell = new QWidget(content);
            cell->setObjectName(u"menu/"_s + k + u"/"_s + QLatin1String(Fields[c]));
            cell->setLayout(form);
            if (c == 4) // "Locked" is a check box with its own label
                form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
            else if (auto *label =
                         qobject_cast<QLabel *>(form->labelForField(input->parentWidget())))
                label->hide(); // the column header says it
            grid->addWidget(cell, row, c + 1);
            input->setProperty("menuKey", k);
            if (c == 1)
                widgets.conversation = input;
            else if (c == 2)
                widgets.target = input;
            else if (c == 3)
                widgets.number = input;
            input->setAccessibleName(tr("Key %1: %2").arg(k, input->accessibleName()));
        }
        m_rows.append(widgets);
        ++row;
    }
    grid->setColumnStretch(1, 2);
    grid->setColumnStretch(2, 3);
    grid->setColumnStretch(3, 3);
    grid->setColumnStretch(4, 1);
    grid->setRowStretch(row, 1);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

void CallerInputTab::updateOwnMarks()
{
    for (const Row &row : std::as_const(m_rows)) {
        const Core::ObjectEdit *entry = edit(HandlerPart::MenuEntry, row.key);
        const QString action = entry ? entry->value(u"Action") : QString();
        const bool goTo = action == QLatin1String(Core::FieldData::ActionGoto);
        const bool transfer = action == QLatin1String(Core::FieldData::ActionTransferAltContact);
        row.conversation->setEnabled(entry && goTo);
        row.target->setEnabled(entry && goTo);
        row.number->setEnabled(entry && transfer);
    }
}

} // namespace HandlerDesk::Ui
