// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/callerinputtab.h"

#include "core/handleredit.h"
#include "core/models/handlereditor.h"
#include "ui/editor/fieldinput.h"
#include "ui/editor/targetpicker.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace HandlerDesk::Ui {

using Core::HandlerPart;

namespace {

QLabel *header(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

// The widths the inputs of a key ask for: action and conversation their whole texts, the number
// a national number's.
void fitInput(QWidget *input)
{
    if (auto *combo = qobject_cast<QComboBox *>(input))
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    if (auto *edit = qobject_cast<QLineEdit *>(input)) {
        const QMargins frame = edit->textMargins() + edit->contentsMargins();
        edit->setFixedWidth(edit->fontMetrics().horizontalAdvance(u"+000000000000"_s) +
                            frame.left() + frame.right() + 8);
    }
}

} // namespace

int CallerInputTab::preferredWidth()
{
    // One key's first line, laid out as the tab lays it out.
    QWidget line;
    auto *grid = new QGridLayout(&line);
    const Core::CallActionFields &action = *Core::MenuEntryFields::table().callAction();
    grid->addWidget(
        header(specOf(HandlerPart::MenuEntry, Core::Field::TouchtoneKey).translatedLabel(), &line),
        0, 0);
    int column = 1;
    for (QStringView field : {action.action, action.conversation, action.number}) {
        // In a one-row form with its hidden label, as cell() makes it.
        auto *cell = new QWidget(&line);
        auto *form = new QFormLayout(cell);
        form->setContentsMargins(0, 0, 0, 0);
        QWidget *input = FieldInput::create(specOf(HandlerPart::MenuEntry, field), cell);
        fitInput(input);
        auto *label = new QLabel(cell);
        form->addRow(label, input);
        label->hide();
        grid->addWidget(cell, 0, column++);
    }
    return line.sizeHint().width();
}

CallerInputTab::CallerInputTab(const EditorContext &context, QWidget *parent)
    : EditorTab(context, parent)
{
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Every input can shrink below its preferred width, so the rows always fit.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *content = new QWidget(scroll);
    auto *grid = new QGridLayout(content);

    // Two lines per key: the action, its conversation and the alternate-contact number under the
    // column headers; below them the target (with its label, the widest input) and Locked.
    const Core::FieldSpec &keySpec = specOf(HandlerPart::MenuEntry, Core::Field::TouchtoneKey);
    const Core::CallActionFields &action = *Core::MenuEntryFields::table().callAction();
    grid->addWidget(header(keySpec.translatedLabel(), content), 0, 0);
    int column = 1;
    for (QStringView field : {action.action, action.conversation, action.number}) {
        QLabel *title = header(specOf(HandlerPart::MenuEntry, field).translatedLabel(), content);
        // "Transfer number" on two lines when room is short: the combos keep their whole texts.
        title->setWordWrap(field == action.number);
        grid->addWidget(title, 0, column++);
    }
    int row = 1;
    for (const Core::EnumValue &key : keySpec.enumValues) {
        const QString k = QLatin1String(key.value);
        if (row > 1) {
            auto *line = new QFrame(content);
            line->setFrameShape(QFrame::HLine);
            line->setFrameShadow(QFrame::Sunken);
            grid->addWidget(line, row++, 0, 1, 4);
        }
        auto *keyLabel = header(k, content);
        keyLabel->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
        grid->addWidget(keyLabel, row, 0, 2, 1);
        // Made in Tab order: action, conversation, target, number, lock.
        grid->addWidget(cell(k, action.action, false), row, 1);
        grid->addWidget(cell(k, action.conversation, false), row, 2);
        grid->addWidget(cell(k, action.target, true), row + 1, 1, 1, 2);
        grid->addWidget(cell(k, action.number, false), row, 3);
        grid->addWidget(cell(k, Core::Field::Locked, false), row + 1, 3);
        row += 2;
    }
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);
    grid->setRowStretch(row, 1);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

// One input of key `key` in a one-row form (its validation message below it), in a widget named
// "menu/<key>/<field>". `labelled`: the form shows the field's label; otherwise a column header
// says it (a check box carries its own).
QWidget *CallerInputTab::cell(const QString &key, QStringView field, bool labelled)
{
    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    QWidget *input = addField(form, HandlerPart::MenuEntry, key, field);
    auto *cell = new QWidget(this);
    cell->setObjectName(u"menu/%1/%2"_s.arg(key, field));
    cell->setLayout(form);
    QLabel *label = nullptr;
    for (QLabel *l : cell->findChildren<QLabel *>(QString(), Qt::FindDirectChildrenOnly)) {
        if (l->buddy() == input)
            label = l;
    }
    fitInput(input); // narrower only when there is no room
    input->setProperty("menuKey", key);
    const QString name = tr("Key %1: %2").arg(key, input->accessibleName());
    if (auto *picker = qobject_cast<TargetPicker *>(input))
        picker->setLabel(name); // the name of its text input
    else
        input->setAccessibleName(name);
    if (label && !labelled) {
        // The column header says it; the hidden label still names the input for screen readers
        // (labelled-by), with the key.
        label->setText(name + u":"_s);
        label->hide();
    }
    return cell;
}

} // namespace HandlerDesk::Ui
