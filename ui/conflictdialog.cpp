// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/conflictdialog.h"

#include "core/fieldtable.h"
#include "core/handleredit.h"
#include "core/models/fieldvaluetext.h"
#include "core/models/handlereditor.h"
#include "core/models/lookupcache.h"
#include "core/models/targetnames.h"
#include "ui/dialogbuttons.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QRadioButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace HandlerDesk::Ui {

using Core::HandlerPart;

namespace {

// A value wider than this is shortened in the middle (the whole value is in the tool tip).
constexpr int ValueWidthChars = 40;

// The meaning of a greeting or transfer-rule type ("Off hours"), from its table's type field.
QString typeLabel(HandlerPart part, const QString &type)
{
    const Core::FieldSpec *spec = Core::fieldTable(part).find(
        part == HandlerPart::Greeting ? Core::Field::GreetingType
                                      : Core::Field::TransferOptionType);
    const QString label = spec ? spec->enumLabel(type) : QString();
    return label.isEmpty() ? type : label;
}

} // namespace

ConflictDialog::ConflictDialog(const QList<Core::SaveConflict> &conflicts,
                               const EditorContext &context, const QTabWidget *tabs,
                               QWidget *parent)
    : QDialog(parent)
    , m_conflicts(conflicts)
    , m_context(context)
    , m_tabs(tabs)
    , m_names(Core::TargetNames::of(context.lookups ? context.lookups->client() : nullptr))
{
    setObjectName(u"conflictDialog"_s);
    const QString handler = context.editor ? context.editor->displayName() : QString();
    setWindowTitle(tr("“%1” changed on the server").arg(handler));
    auto *intro = new QLabel(tr("Someone changed these fields of “%1” on the server after you "
                                "opened it. Choose for each field which value to keep.")
                                 .arg(handler),
                             this);
    intro->setWordWrap(true);

    QWidget *rows = makeRows();

    // Sideways never scrolls; downwards only when the rows are taller than most of the screen.
    auto *scroll = new QScrollArea(this);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidgetResizable(true);
    scroll->setWidget(rows);
    const QSize wanted = rows->sizeHint();
    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
    scroll->setMinimumWidth(wanted.width() + scroll->verticalScrollBar()->sizeHint().width());
    scroll->setMinimumHeight(qMin(wanted.height(), available.height() / 2));

    QDialogButtonBox *buttons =
        actionCancelButtons(this, QDialogButtonBox::Save, tr("Save with these choices"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    intro->setMaximumWidth(scroll->minimumWidth());
    adjustSize();
    resize(qMin(width(), available.width()), qMin(height(), available.height() * 9 / 10));
}

QWidget *ConflictDialog::makeRows()
{
    auto *rows = new QWidget(this);
    rows->setObjectName(u"conflictRows"_s);
    auto *grid = new QGridLayout(rows);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(fontMetrics().averageCharWidth() * 3);
    const QStringList headers{tr("Field"), tr("Keep your value"), tr("Take the server's value")};
    for (int column = 0; column < headers.size(); ++column) {
        auto *header = new QLabel(headers.at(column), rows);
        QFont bold = header->font();
        bold.setBold(true);
        header->setFont(bold);
        grid->addWidget(header, 0, column);
    }
    for (int row = 0; row < m_conflicts.size(); ++row)
        addRow(grid, row);
    if (m_names) {
        connect(m_names, &Core::TargetNames::resolved, this, [this](const QString &id) {
            for (const ShownValue &v : std::as_const(m_values)) {
                if (v.value == id)
                    showValue(v.radio, m_conflicts.at(v.row), v.value);
            }
        });
    }
    grid->setRowStretch(grid->rowCount(), 1);
    return rows;
}

void ConflictDialog::addRow(QGridLayout *grid, int row)
{
    QWidget *rows = grid->parentWidget();
    const Core::SaveConflict &c = m_conflicts.at(row);
    const QString name =
        tr("%1 — %2").arg(placeOf(c), Core::HandlerEditor::fieldLabel(c.part, c.field));
    auto *label = new QLabel(name, rows);
    label->setObjectName(u"conflictField/"_s + Core::HandlerEditor::conflictKey(c));
    auto *group = new QButtonGroup(this); // one choice per row
    const int valueWidth = fontMetrics().averageCharWidth() * ValueWidthChars;
    const auto choice = [&](const QString &value, const QString &objectName,
                            const QString &description) {
        auto *radio = new QRadioButton(rows);
        radio->setMinimumWidth(valueWidth / 2);
        showValue(radio, c, value);
        m_values.append({radio, row, value});
        radio->setObjectName(objectName + Core::HandlerEditor::conflictKey(c));
        radio->setAccessibleDescription(description.arg(name));
        group->addButton(radio);
        return radio;
    };
    QRadioButton *mine = choice(c.mine, u"keepMine/"_s, tr("Keep your value for %1"));
    QRadioButton *theirs = choice(c.theirs, u"takeTheirs/"_s, tr("Take the server's value for %1"));
    mine->setChecked(true);
    m_takeTheirs.append(theirs);
    const int gridRow = row + 1; // under the headers
    grid->addWidget(label, gridRow, 0);
    grid->addWidget(mine, gridRow, 1);
    grid->addWidget(theirs, gridRow, 2);
}

void ConflictDialog::showValue(QRadioButton *radio, const Core::SaveConflict &c,
                               const QString &value)
{
    const QString text = valueText(c, value);
    const int valueWidth = fontMetrics().averageCharWidth() * ValueWidthChars;
    radio->setText(fontMetrics().elidedText(text, Qt::ElideMiddle, valueWidth));
    radio->setToolTip(text);
}

QString ConflictDialog::placeOf(const Core::SaveConflict &c) const
{
    switch (c.part) {
    case HandlerPart::Handler:
        // The tab that shows the field (its inputs are named after the field).
        for (int i = 0; m_tabs && i < m_tabs->count(); ++i) {
            if (m_tabs->widget(i)->findChild<QWidget *>(c.field))
                return m_tabs->tabText(i).remove(u'&');
        }
        return tr("Call handler");
    case HandlerPart::Greeting:
        return tr("%1 greeting").arg(typeLabel(c.part, c.key));
    case HandlerPart::MenuEntry:
        return tr("Caller input, key %1").arg(c.key);
    case HandlerPart::TransferOption:
        return tr("%1 transfer rule").arg(typeLabel(c.part, c.key));
    }
    Q_UNREACHABLE();
}

QString ConflictDialog::valueText(const Core::SaveConflict &c, const QString &value) const
{
    if (value.isNull())
        return tr("(removed)");
    if (value.isEmpty())
        return tr("(empty)");
    const Core::FieldTable &table = Core::fieldTable(c.part);
    const Core::CallActionFields *action = table.callAction();
    if (action && action->target == c.field && m_names) {
        // A call action's target: named like the target picker names it (also mailboxes,
        // directory and interview handlers); an id not known yet is asked for.
        const Core::TargetInfo info = m_names->resolve(value, Core::TargetKind::None);
        if (info.isResolved())
            return info.displayText();
    }
    const Core::FieldSpec *spec = table.find(c.field);
    return spec ? Core::fieldValueText(*spec, value, m_context.lookups, m_context.handlers) : value;
}

QHash<QString, Core::ConflictResolution> ConflictDialog::choices() const
{
    QHash<QString, Core::ConflictResolution> result;
    for (int row = 0; row < m_conflicts.size(); ++row) {
        result.insert(Core::HandlerEditor::conflictKey(m_conflicts.at(row)),
                      m_takeTheirs.at(row)->isChecked() ? Core::ConflictResolution::TakeTheirs
                                                        : Core::ConflictResolution::KeepMine);
    }
    return result;
}

} // namespace HandlerDesk::Ui
