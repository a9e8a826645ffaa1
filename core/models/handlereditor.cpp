// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/handlereditor.h"

#include <QTimer>

// Interim: core/handleredit.h (the edit logic HandlerEditor builds on) has not landed yet. Until
// it does, load() reports that editing is unavailable, so that hdcore links for everybody.
// Replaced by the real implementation in the next models commit.

namespace HandlerDesk::Core {

class HandlerEditor::Private
{
public:
    QString id;
    State state = State::Empty;
};

HandlerEditor::HandlerEditor(CupiClient *client, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    Q_UNUSED(client)
}

HandlerEditor::~HandlerEditor() = default;

void HandlerEditor::load(const QString &objectId)
{
    d->id = objectId;
    d->state = State::LoadFailed;
    QTimer::singleShot(0, this, [this] {
        Q_EMIT stateChanged(d->state);
        Q_EMIT loadFailed(CupiError(CupiError::Kind::Usage,
                                    tr("Editing call handlers is not available in this build.")));
    });
}

void HandlerEditor::clear() { d->id.clear(); d->state = State::Empty; }
HandlerEditor::State HandlerEditor::state() const { return d->state; }
QString HandlerEditor::objectId() const { return d->id; }
QString HandlerEditor::displayName() const { return {}; }
CallHandlerEdit *HandlerEditor::handlerEdit() const { return nullptr; }
ObjectEdit *HandlerEditor::subEdit(HandlerPart, const QString &) const { return nullptr; }
QStringList HandlerEditor::greetingTypes() const { return {}; }
QStringList HandlerEditor::menuKeys() const { return {}; }
QStringList HandlerEditor::transferOptionTypes() const { return {}; }
void HandlerEditor::setField(const QString &, const QString &) {}
void HandlerEditor::setSubField(HandlerPart, const QString &, const QString &, const QString &) {}
void HandlerEditor::touch() {}
bool HandlerEditor::isModified() const { return false; }
QList<EditProblem> HandlerEditor::validate() const { return {}; }
QList<SaveConflict> HandlerEditor::pendingConflicts() const { return {}; }
void HandlerEditor::save()
{
    QTimer::singleShot(0, this, [this] {
        Q_EMIT saveFailed(CupiError(CupiError::Kind::Usage,
                                    tr("Editing call handlers is not available in this build.")));
    });
}
void HandlerEditor::resolveConflicts(const QHash<QString, Choice> &) { save(); }
QString HandlerEditor::conflictKey(const SaveConflict &conflict)
{
    return conflict.key.isEmpty() ? conflict.field : conflict.key + u'/' + conflict.field;
}
void HandlerEditor::revert() {}

} // namespace HandlerDesk::Core
