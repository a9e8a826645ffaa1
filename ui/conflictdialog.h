// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/models/handlereditor.h"

#include <QDialog>

class QTableWidget;

namespace HandlerDesk::Ui {

// The fields someone else changed on the server while we edited them: my value, the server's
// value, and per field the choice which one to keep. Gives back the choices for
// HandlerEditor::resolveConflicts().
class ConflictDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConflictDialog(const QList<Core::SaveConflict> &conflicts, QWidget *parent = nullptr);

    QHash<QString, Core::HandlerEditor::Choice> choices() const;

private:
    QList<Core::SaveConflict> m_conflicts;
    QTableWidget *m_table = nullptr;
};

} // namespace HandlerDesk::Ui
