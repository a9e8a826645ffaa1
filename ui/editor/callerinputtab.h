// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/editor/editortab.h"

namespace HandlerDesk::Ui {

// The twelve caller input keys (0–9, *, #): two lines per key, its action, conversation and lock,
// then its target and alternate-contact number. Each input of key K sits in a widget named
// "menu/K/<field>" and is named after its field; its accessible name is "Key K: <label>".
class CallerInputTab final : public EditorTab
{
    Q_OBJECT
public:
    explicit CallerInputTab(const EditorContext &context, QWidget *parent = nullptr);

private:
    QWidget *cell(const QString &key, const char *field, bool labelled);
};

} // namespace HandlerDesk::Ui
