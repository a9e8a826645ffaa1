// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/editor/editortab.h"

namespace HandlerDesk::Ui {

// The twelve caller input keys (0–9, *, #): two lines per key, its action, conversation and
// alternate-contact number, then its target and lock. Each input of key K sits in a widget named
// "menu/K/<field>" and is named after its field; its accessible name is "Key K: <label>".
class CallerInputTab final : public EditorTab
{
    Q_OBJECT
public:
    explicit CallerInputTab(const EditorContext &context, QWidget *parent = nullptr);

    // The width one key's first line asks for (whole action and conversation texts), for the
    // window's first layout.
    static int preferredWidth();

private:
    QWidget *cell(const QString &key, QStringView field, bool labelled);
};

} // namespace HandlerDesk::Ui
