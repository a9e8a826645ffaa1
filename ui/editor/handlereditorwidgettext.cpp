// SPDX-License-Identifier: GPL-3.0-or-later
// HandlerEditorWidget's words for a failed save: where (tab, key or greeting, field label), why,
// and what became of the parts written before — from HandlerEditor::lastSaveFailure(), never by
// parsing the server's text.
#include "ui/editor/handlereditorwidget.h"

#include "core/models/handlereditor.h"

#include <QTabWidget>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace HandlerDesk::Ui {

using Core::HandlerEditor;
using Core::HandlerPart;

namespace {

// `text` ending as a sentence does.
QString sentence(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.endsWith(u'.') || trimmed.endsWith(u'!') ||
        trimmed.endsWith(u'?'))
        return trimmed;
    return trimmed + u'.';
}

// A sentence that starts with a name ("key 7 was put back") starts with a capital.
QString capitalized(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

// "A", "A and B", "A, B and C".
QString joined(const QStringList &items)
{
    if (items.size() < 2)
        return items.value(0);
    return HandlerEditorWidget::tr("%1 and %2")
        .arg(items.mid(0, items.size() - 1).join(HandlerEditorWidget::tr(", ")), items.last());
}

} // namespace

QString HandlerEditorWidget::failureText(const Core::SaveFailure &f) const
{
    using Stage = Core::SaveFailure::Stage;
    const QString place = placeOf(f.part, f.key, f.field);
    switch (f.stage) {
    case Stage::Invalid: {
        QString text =
            tr("Not saved: %1 — %2 Nothing was sent to the server.").arg(place, sentence(f.reason));
        if (f.problems.size() > 1)
            text += u' ' + tr("%n more problem(s) marked.", nullptr, int(f.problems.size() - 1));
        return text;
    }
    case Stage::Reread:
        return tr("Not saved: the handler could not be read from the server first. %1 Nothing "
                  "was sent to the server.")
            .arg(sentence(f.reason));
    case Stage::Refused: {
        QString why = f.reason;
        if (f.error.kind() == Core::CupiError::Kind::Validation) {
            why = f.field.isEmpty()
                      ? tr("the server refused the change: %1").arg(f.reason)
                      : tr("the server refused %1: %2")
                            .arg(HandlerEditor::fieldLabel(f.part, f.field), f.reason);
        }
        return tr("Not saved: %1 — %2").arg(place, sentence(why)) + u' ' + putBackText(f);
    }
    case Stage::None:
        break;
    }
    return QString();
}

// What became of the parts written before the refusal.
QString HandlerEditorWidget::putBackText(const Core::SaveFailure &f) const
{
    QStringList back;
    bool whole = f.notPutBack.isEmpty(); // the server has every loaded value again
    for (const Core::SavePart &part : f.putBack) {
        back += namesOf(part);
        whole = whole && part.notRestored.isEmpty();
    }
    QStringList text;
    if (whole && back.isEmpty())
        text << tr("Nothing was changed on the server.");
    else if (whole)
        text << (back.size() == 1 ? tr("Nothing was changed on the server: %1 was put back.")
                                  : tr("Nothing was changed on the server: %1 were put back."))
                    .arg(joined(back));
    else if (!back.isEmpty())
        text << capitalized((back.size() == 1 ? tr("%1 was put back.") : tr("%1 were put back."))
                                .arg(joined(back)));
    for (const Core::SavePart &part : f.notPutBack) {
        text << capitalized(tr("%1 could not be put back (%2): the server keeps your values "
                               "there, now shown as saved.")
                                .arg(joined(namesOf(part)), part.error.userMessage()));
    }
    for (const Core::SavePart &part : f.putBack) {
        QStringList labels;
        for (const QString &field : part.notRestored)
            labels << HandlerEditor::fieldLabel(part.part, field);
        if (!labels.isEmpty())
            text << tr("The new %1 of %2 stays on the server: it had no value before, so none "
                       "could be sent back.")
                        .arg(joined(labels), joined(namesOf(part)));
    }
    return text.join(u' ');
}

// The handler itself by the tabs of its fields ("General", "Time zone"), the others by name.
QStringList HandlerEditorWidget::namesOf(const Core::SavePart &part) const
{
    if (part.part != HandlerPart::Handler) {
        const QString name = HandlerEditor::partName(part.part, part.key);
        return {part.part == HandlerPart::MenuEntry ? name : tr("the %1").arg(name)};
    }
    QList<int> tabs;
    for (const QString &field : part.fields) {
        const int tab = tabOf(part.part, part.key, field);
        if (tab >= 0 && !tabs.contains(tab))
            tabs << tab;
    }
    if (tabs.isEmpty())
        tabs << tabOf(part.part, part.key, QString());
    std::sort(tabs.begin(), tabs.end());
    QStringList names;
    for (int tab : std::as_const(tabs))
        names << tabTitle(tab);
    return names;
}

// "Caller input, key 8", "General".
QString HandlerEditorWidget::placeOf(HandlerPart part, const QString &key,
                                     const QString &field) const
{
    const QString tab = tabTitle(tabOf(part, key, field));
    const QString name = HandlerEditor::partName(part, key);
    if (name.isEmpty() || tab.isEmpty())
        return tab.isEmpty() ? name : tab;
    return tr("%1, %2").arg(tab, name);
}

} // namespace HandlerDesk::Ui
