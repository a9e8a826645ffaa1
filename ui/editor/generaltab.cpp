// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/generaltab.h"

#include "core/models/handlereditor.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QVBoxLayout>

namespace HandlerDesk::Ui {

using Core::HandlerPart;
namespace Field = Core::Field;

GeneralTab::GeneralTab(const EditorContext &context, QWidget *parent)
    : EditorTab(context, parent)
{
    auto *columns = new QVBoxLayout(this);

    auto *identity = new QGroupBox(tr("Handler"), this);
    auto *left = new QFormLayout(identity);
    for (QStringView field :
         {Field::DisplayName, Field::DtmfAccessId, Field::OneKeyDelay, Field::EnablePrependDigits,
          Field::PrependDigits, Field::IsTemplate, Field::Undeletable})
        addField(left, HandlerPart::Handler, {}, field);

    auto *messages = new QGroupBox(tr("Messages"), this);
    auto *right = new QFormLayout(messages);
    for (QStringView field :
         {Field::MaxMsgLen, Field::EditMsg, Field::SendUrgentMsg, Field::SendPrivateMsg,
          Field::SendSecureMsg, Field::DispatchDelivery, Field::AfterMessageAction,
          Field::AfterMessageTargetConversation, Field::AfterMessageTargetHandlerObjectId})
        addField(right, HandlerPart::Handler, {}, field);

    columns->addWidget(identity);
    columns->addWidget(messages);
    columns->addStretch(1);
}

} // namespace HandlerDesk::Ui
