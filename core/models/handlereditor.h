// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cupierror.h"
#include "core/cupiobject.h"
#include "core/fieldtable.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <memory>

namespace HandlerDesk::Core {

class CupiClient;
class CallHandlerEdit;         // core/handleredit.h
class ObjectEdit;              // core/handleredit.h
enum class ConflictResolution; // core/handleredit.h

// A field whose server value changed since load while we are about to save it.
struct SaveConflict
{
    HandlerPart part = HandlerPart::Handler;
    QString key;    // greeting/transfer type or menu key; empty for the handler
    QString field;  // CUPI field name
    QString mine;   // the value being saved
    QString theirs; // the server's value now
    QString base;   // the value when loaded
};

// A validation problem from the field table.
struct EditProblem
{
    HandlerPart part = HandlerPart::Handler;
    QString key;
    QString field;
    QString message; // translated, names the field and the rule
};

// A part of the handler that a failed save had written before another part was refused.
struct SavePart
{
    HandlerPart part = HandlerPart::Handler;
    QString key;
    QStringList fields;      // CUPI names of the fields that were sent
    QStringList notRestored; // sent fields the server still has with the new value (the loaded
                             // object had no value for them, so none could be sent back)
    CupiError error;         // why the put-back was refused (SaveFailure::notPutBack only)
};

// Why the last save failed, and where: for the UI to mark the part and name it without parsing
// strings (HandlerEditor::lastSaveFailure()).
struct SaveFailure
{
    enum class Stage {
        None,    // the last save did not fail
        Invalid, // the field table refused the edits: nothing was sent
        Reread,  // reading the server's values before saving failed: nothing was sent
        Refused, // the server refused `part` (or it could not be sent); see putBack/notPutBack
    };
    Stage stage = Stage::None;
    HandlerPart part = HandlerPart::Handler; // the first problem, or the part that was refused
    QString key;
    QString field;  // CUPI name of the field at fault, when known (our rule or the server's text)
    QString reason; // translated: the rule's sentence, or the server's text with every CUPI field
                    // name replaced by its label (the raw name kept once, in parentheses)
    QString shortReason;         // the same with labels only, for under the field
    CupiError error;             // as saveFailed() carried it
    QList<EditProblem> problems; // Invalid: every problem
    // Refused: the parts written before, put back to their loaded values (in that order) …
    QList<SavePart> putBack;
    // … and those whose put-back was refused: the server has the new values, which are now
    // their base.
    QList<SavePart> notPutBack;

    bool isFailure() const { return stage != Stage::None; }
};

// The edit session of one call handler. All operations are asynchronous, no nested event loops.
//
// load(id): GETs the handler, its greetings, menu entries and transfer options in parallel;
// exactly one loaded() or loadFailed() follows. Edits go into the CallHandlerEdit / ObjectEdits
// (directly, then call touch(), or through setField()/setSubField()); isModified() compares the
// current values with the loaded ones (no sticky flag) and modifiedChanged() reports changes.
//
// save() is all or nothing from the administrator's view, and ends in exactly one of saved(),
// saveFailed() or conflictsFound():
// 1. validate() every changed part; any problem → saveFailed(Kind::Validation), nothing is sent.
// 2. Re-read the handler and every changed sub-resource; a field being saved that changed on the
//    server since load → conflictsFound(list), nothing is sent (answer with resolveConflicts(),
//    which rebases and saves again, or revert()).
// 3. PUT the changed fields of each changed part, the handler first, one after another.
// 4. All accepted: re-read everything (handlerRead()), then saved().
//    One refused (or not sent: network, busy…): the rest is never sent, and the parts written
//    before — and the refused part itself when it may have landed all the same (its answer was
//    cut off or unreadable, or a 5xx that may answer a resend) — are PUT back to their loaded
//    values, in reverse order (the fields sent, as whole groups such as the language, and those
//    the edit removed, which the server cleared itself;
//    a field the loaded object did not have cannot be sent back). If anything was written,
//    everything is then re-read (handlerRead()) and each part's base becomes what the server has —
//    the loaded values again, or the new ones for a part whose put-back was refused — while every
//    edit stays in the form; then saveFailed(error), with lastSaveFailure() saying where, why and
//    what was put back.
class HandlerEditor : public QObject
{
    Q_OBJECT
public:
    enum class State { Empty, Loading, Ready, Saving, LoadFailed };
    Q_ENUM(State)

    explicit HandlerEditor(CupiClient *client, QObject *parent = nullptr);
    ~HandlerEditor() override;

    void load(const QString &objectId);
    // Reads the open handler again (Refresh). Discards edits: callers ask the user first. On
    // failure what was shown stays (state Ready, values unchanged) and reloadFailed() follows;
    // on success loaded(). With nothing loaded it is load(objectId()).
    void reload();
    void clear();
    State state() const;
    bool isReady() const { return state() == State::Ready; }
    bool isBusy() const { return state() == State::Loading || state() == State::Saving; }
    QString objectId() const;
    QString displayName() const; // the loaded DisplayName

    // The edits. Valid (non-null) once loaded(); after changing them directly call touch().
    CallHandlerEdit *handlerEdit() const;
    ObjectEdit *subEdit(HandlerPart part, const QString &key) const; // null when not loaded
    QStringList greetingTypes() const; // as the server listed them ("Standard", "Off Hours", …)
    QStringList menuKeys() const;      // "0"…"9", "*", "#"
    QStringList transferOptionTypes() const; // "Standard", "Off Hours", "Alternate"

    // Convenience setters (they call touch()). `name` is the CUPI field name.
    void setField(const QString &name, const QString &value);
    void setSubField(HandlerPart part, const QString &key, const QString &name,
                     const QString &value);
    // Recomputes isModified() and emits modifiedChanged()/edited() as appropriate.
    void touch();

    bool isModified() const;
    QList<EditProblem> validate() const;
    QList<SaveConflict> pendingConflicts() const;

    void save();
    // The last save's failure (Stage::None after a save that worked, a load, clear or revert).
    SaveFailure lastSaveFailure() const;
    // "key 8", "Off hours greeting", "Standard transfer rule"; empty for the handler itself.
    static QString partName(HandlerPart part, const QString &key);
    // The field's label from the field table (the CUPI name when the table does not know it).
    static QString fieldLabel(HandlerPart part, const QString &field);
    // `choices` keyed by conflictKey() (SaveConflict::field, or "key/field" for sub-resources):
    // KeepMine saves my value anyway, TakeTheirs drops my edit of that field; unlisted conflicts
    // default to KeepMine. Rebases the edit onto the server's values, then saves.
    void resolveConflicts(const QHash<QString, ConflictResolution> &choices);
    static QString conflictKey(const SaveConflict &conflict);
    // Back to the loaded values (no request).
    void revert();

Q_SIGNALS:
    void stateChanged(HandlerDesk::Core::HandlerEditor::State state);
    void loaded();
    void loadFailed(const HandlerDesk::Core::CupiError &error);
    void reloadFailed(const HandlerDesk::Core::CupiError &error);
    // The handler object as the server has it, each time it was read (load, reload, after a
    // save or a put-back): views that list handlers update their row from it without a request
    // of their own.
    void handlerRead(const HandlerDesk::Core::CupiObject &handler);
    // Right after each handlerRead(): the handler with its greetings and menu entries, for owners
    // of what is derived from them (the call-flow graph refreshes the handler's node and edges).
    void objectsRead(const HandlerDesk::Core::CupiObject &handler,
                     const QList<HandlerDesk::Core::CupiObject> &greetings,
                     const QList<HandlerDesk::Core::CupiObject> &menuEntries);
    void edited(); // any value changed (also back to loaded)
    void modifiedChanged(bool modified);
    void conflictsFound(const QList<HandlerDesk::Core::SaveConflict> &conflicts);
    void saved();
    void saveFailed(const HandlerDesk::Core::CupiError &error);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace HandlerDesk::Core

Q_DECLARE_METATYPE(HandlerDesk::Core::SaveConflict)
Q_DECLARE_METATYPE(HandlerDesk::Core::SaveFailure)
