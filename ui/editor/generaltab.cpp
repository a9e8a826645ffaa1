// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/generaltab.h"

#include "core/models/handlereditor.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>

namespace HandlerDesk::Ui {

using Core::HandlerPart;

GeneralTab::GeneralTab(const EditorContext &context, QWidget *parent)
    : EditorTab(context, parent)
{
    auto *columns = new QHBoxLayout(this);

    auto *identity = new QGroupBox(tr("Handler"), this);
    auto *left = new QFormLayout(identity);
    for (const char *field : {"DisplayName", "DtmfAccessId", "OneKeyDelay", "EnablePrependDigits",
                              "PrependDigits", "IsTemplate", "Undeletable"})
        addField(left, HandlerPart::Handler, {}, field);

    auto *messages = new QGroupBox(tr("Messages"), this);
    auto *right = new QFormLayout(messages);
    for (const char *field : {"MaxMsgLen", "EditMsg", "SendUrgentMsg", "SendPrivateMsg",
                              "SendSecureMsg", "DispatchDelivery", "AfterMessageAction",
                              "AfterMessageTargetConversation",
                              "AfterMessageTargetHandlerObjectId"})
        addField(right, HandlerPart::Handler, {}, field);

    columns->addWidget(identity, 1);
    columns->addWidget(messages, 1);
}

} // namespace HandlerDesk::Ui
