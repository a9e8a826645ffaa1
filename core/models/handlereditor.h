// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cupierror.h"
#include "core/cupiobject.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <memory>

namespace HandlerDesk::Core {

class CupiClient;
class CallHandlerEdit; // core/handleredit.h
class ObjectEdit;      // core/handleredit.h

// Which part of a handler an edit, problem or conflict belongs to.
enum class HandlerPart { Handler, Greeting, MenuEntry, TransferOption };

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

// The edit session of one call handler. All operations are asynchronous, no nested event loops.
//
// load(id): GETs the handler, its greetings, menu entries and transfer options in parallel;
// exactly one loaded() or loadFailed() follows. Edits go into the CallHandlerEdit / ObjectEdits
// (directly, then call touch(), or through setField()/setSubField()); isModified() compares the
// current values with the loaded ones (no sticky flag) and modifiedChanged() reports changes.
//
// save(): validate() first (problems → saveFailed(Kind::Validation), no request); re-read the
// handler and every changed sub-resource; if a field being saved changed on the server since load
// → conflictsFound(list), no PUT
// (answer with resolveConflicts(), which rebases and saves again, or revert()). Otherwise PUT only
// the changed fields (handler first, then each changed sub-resource), re-read everything, then
// saved(). On any failure saveFailed(error) and the edits are KEPT (already-saved parts become
// the new base, so a retry sends only what is still unsaved).
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
    // KeepMine: save my value anyway; TakeTheirs: drop my edit of that field.
    enum class Choice { KeepMine, TakeTheirs };
    // `choices` keyed by SaveConflict::field (and key, "key/field", for sub-resources);
    // unlisted conflicts default to KeepMine. Rebases the edit onto the server's values, then
    // saves.
    void resolveConflicts(const QHash<QString, Choice> &choices);
    static QString conflictKey(const SaveConflict &conflict);
    // Back to the loaded values (no request).
    void revert();

Q_SIGNALS:
    void stateChanged(HandlerDesk::Core::HandlerEditor::State state);
    void loaded();
    void loadFailed(const HandlerDesk::Core::CupiError &error);
    void reloadFailed(const HandlerDesk::Core::CupiError &error);
    // The handler object as the server has it, each time it was read (load, reload, after a
    // save): views that list handlers update their row from it without a request of their own.
    void handlerRead(const HandlerDesk::Core::CupiObject &handler);
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
