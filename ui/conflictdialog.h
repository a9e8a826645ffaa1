// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/models/handlereditor.h"
#include "ui/editor/editortab.h"

#include <QDialog>
#include <QPointer>

class QGridLayout;
class QRadioButton;
class QTabWidget;

namespace HandlerDesk::Core {
class TargetNames;
}

namespace HandlerDesk::Ui {

// The fields someone else changed on the server while we edited them. One row per field, named
// by its place and label ("Caller input, key 9 — Action", "Off hours greeting — Callers hear",
// "General — Display name"), with two radio buttons that show the values by meaning ("Hang up"
// / "Go to", Yes / No, names instead of ids): keep my value (the default) or take the server's.
// The dialog is sized to its rows, so every choice is in view without scrolling sideways (only
// a very long list scrolls, downwards). Gives back the choices for
// HandlerEditor::resolveConflicts().
class ConflictDialog : public QDialog
{
    Q_OBJECT
public:
    // `context` names the values (lookups, the handler list); `tabs` (may be null) names the
    // place of a handler field: the tab that shows it.
    ConflictDialog(const QList<Core::SaveConflict> &conflicts, const EditorContext &context,
                   const QTabWidget *tabs, QWidget *parent = nullptr);

    QHash<QString, Core::ConflictResolution> choices() const;

private:
    // The grid: a header, then one row per conflict with its two choices.
    QWidget *makeRows();
    QString placeOf(const Core::SaveConflict &conflict) const;
    QString valueText(const Core::SaveConflict &conflict, const QString &value) const;
    void addRow(QGridLayout *grid, int row);
    void showValue(QRadioButton *radio, const Core::SaveConflict &conflict, const QString &value);

    QList<Core::SaveConflict> m_conflicts;
    EditorContext m_context;
    const QTabWidget *m_tabs = nullptr;
    QPointer<Core::TargetNames> m_names; // names of call-action targets on this connection
    QList<QRadioButton *> m_takeTheirs;  // per row: checked when the server's value is kept
    // Each radio button's value: shown again when a target's name arrives from the server.
    struct ShownValue
    {
        QRadioButton *radio;
        int row;
        QString value;
    };
    QList<ShownValue> m_values;
};

} // namespace HandlerDesk::Ui
