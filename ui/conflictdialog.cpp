// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/conflictdialog.h"

#include "core/fieldtable.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace HandlerDesk::Ui {

using Core::HandlerPart;

namespace {

QString fieldLabel(const Core::SaveConflict &c)
{
    const Core::FieldTable::Kind kind =
        c.part == HandlerPart::Handler     ? Core::FieldTable::Kind::CallHandler
        : c.part == HandlerPart::Greeting  ? Core::FieldTable::Kind::Greeting
        : c.part == HandlerPart::MenuEntry ? Core::FieldTable::Kind::MenuEntry
                                           : Core::FieldTable::Kind::TransferOption;
    const Core::FieldSpec *spec = Core::fieldTable(kind).find(c.field);
    const QString label = spec ? spec->translatedLabel() : c.field;
    return c.key.isEmpty() ? label : c.key + u" — "_s + label;
}

QString shown(const Core::SaveConflict &c, const QString &value)
{
    if (value.isNull())
        return ConflictDialog::tr("(removed)");
    if (value.isEmpty())
        return ConflictDialog::tr("(empty)");
    Q_UNUSED(c);
    return value;
}

} // namespace

ConflictDialog::ConflictDialog(const QList<Core::SaveConflict> &conflicts, QWidget *parent)
    : QDialog(parent)
    , m_conflicts(conflicts)
    , m_table(new QTableWidget(int(conflicts.size()), 4, this))
{
    setObjectName(u"conflictDialog"_s);
    setWindowTitle(tr("Changed on the server"));
    auto *intro = new QLabel(tr("Someone changed these fields on the server after you opened "
                                "the handler. Choose for each field which value to keep."),
                             this);
    intro->setWordWrap(true);
    m_table->setHorizontalHeaderLabels(
        {tr("Field"), tr("Your value"), tr("Server's value"), tr("Keep")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int row = 0; row < conflicts.size(); ++row) {
        const Core::SaveConflict &c = conflicts.at(row);
        m_table->setItem(row, 0, new QTableWidgetItem(fieldLabel(c)));
        m_table->setItem(row, 1, new QTableWidgetItem(shown(c, c.mine)));
        m_table->setItem(row, 2, new QTableWidgetItem(shown(c, c.theirs)));
        auto *choice = new QComboBox(m_table);
        choice->addItem(tr("Mine"));
        choice->addItem(tr("Server's"));
        choice->setAccessibleName(tr("Keep for %1").arg(fieldLabel(c)));
        m_table->setCellWidget(row, 3, choice);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("Save with these choices"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
}

QHash<QString, Core::HandlerEditor::Choice> ConflictDialog::choices() const
{
    QHash<QString, Core::HandlerEditor::Choice> result;
    for (int row = 0; row < m_conflicts.size(); ++row) {
        const auto *combo = qobject_cast<const QComboBox *>(m_table->cellWidget(row, 3));
        result.insert(Core::HandlerEditor::conflictKey(m_conflicts.at(row)),
                      combo && combo->currentIndex() == 1 ? Core::HandlerEditor::Choice::TakeTheirs
                                                          : Core::HandlerEditor::Choice::KeepMine);
    }
    return result;
}

} // namespace HandlerDesk::Ui
