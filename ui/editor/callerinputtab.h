// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/editor/editortab.h"

namespace HandlerDesk::Ui {

// The twelve caller input keys (0–9, *, #): one row per key with its action and target. The
// inputs of key K sit in a widget named "menu/K" and are named after their fields.
class CallerInputTab final : public EditorTab
{
    Q_OBJECT
public:
    explicit CallerInputTab(const EditorContext &context, QWidget *parent = nullptr);

protected:
    // Conversation and target only for "Go to", the number only for the alternate contact.
    void updateOwnMarks() override;

private:
    struct Row
    {
        QString key;
        QWidget *conversation = nullptr;
        QWidget *target = nullptr;
        QWidget *number = nullptr;
    };
    QList<Row> m_rows;
};

} // namespace HandlerDesk::Ui
