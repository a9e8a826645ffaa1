// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/generaltab.h"

#include "core/models/handlereditor.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QVBoxLayout>

namespace HandlerDesk::Ui {

using Core::HandlerPart;

GeneralTab::GeneralTab(const EditorContext &context, QWidget *parent)
    : EditorTab(context, parent)
{
    auto *columns = new QVBoxLayout(this);

    auto *identity = new QGroupBox(tr("Handler"), this);
    auto *left = new QFormLayout(identity);
    for (const char *field : {"DisplayName", "DtmfAccessId", "OneKeyDelay", "EnablePrependDigits",
                              "PrependDigits", "IsTemplate", "Undeletable"})
        addField(left, HandlerPart::Handler, {}, field);

    auto *messages = new QGroupBox(tr("Messages"), this);
    auto *right = new QFormLayout(messages);
    for (const char *field :
         {"MaxMsgLen", "EditMsg", "SendUrgentMsg", "SendPrivateMsg", "SendSecureMsg",
          "DispatchDelivery", "AfterMessageAction", "AfterMessageTargetConversation",
          "AfterMessageTargetHandlerObjectId"})
        addField(right, HandlerPart::Handler, {}, field);

    columns->addWidget(identity);
    columns->addWidget(messages);
    columns->addStretch(1);
}

} // namespace HandlerDesk::Ui
