// SPDX-License-Identifier: GPL-3.0-or-later
// HandlerEditor's private part, shared by handlereditor.cpp (load, edits),
// handlereditorsave.cpp (save, conflicts) and handlereditorputback.cpp (after a refused part).
// Not part of core's interface.
#pragma once

#include "core/cupiclient.h"
#include "core/handleredit.h"
#include "core/models/handlereditor.h"

#include <QLoggingCategory>
#include <QPointer>

#include <functional>
#include <optional>
#include <vector>

Q_DECLARE_LOGGING_CATEGORY(lcEditor)

namespace HandlerDesk::Core {

class CupiJob;

// `text` with the CUPI names of `table`'s fields (whole words, spelt as CUPI spells them) replaced
// by their labels, the raw name kept once in parentheses ("Invalid Target (TargetHandlerObjectId):
// …") unless `rawNames` is false. `*field` gets the field the text names first, preferring one
// that was `sent`.
QString withFieldLabels(const FieldTable &table, const QString &text, const CupiObject &sent,
                        QString *field, bool rawNames = true); // handlereditortext.cpp

struct SubEdit
{
    HandlerPart part;
    QString key;
    std::unique_ptr<ObjectEdit> edit;
};

// One PUT of a save: the part, where it goes, and what was sent.
struct PutStep
{
    HandlerPart part = HandlerPart::Handler;
    QString key;
    QString path;
    QString root;
    ObjectEdit *edit = nullptr;
    CupiObject body;     // the changed fields, as sent
    QStringList removed; // fields the edit removed (the server clears them itself, e.g. the
                         // other recipient): sent back on a put-back when they had a value
    CupiObject before;   // the part as save() re-read it: what a put-back restores (the server
                         // may hold a value the form never loaded, e.g. mine already there)
};

class HandlerEditor::Private
{
public:
    explicit Private(HandlerEditor *q, CupiClient *client)
        : q(q)
        , client(client)
    {
    }

    using FetchDone = std::function<void(const CupiError &)>;
    // GETs the handler and its three sub-collections in parallel; fills `fetched*`, then `done`.
    void fetchAll(const QString &id, FetchDone done);
    void apply(bool freshHandler);
    void showFetched(bool freshHandler); // apply(), Ready, handlerRead(), loaded()
    void emitRead();                     // handlerRead() and objectsRead() of the fetched objects
    void setState(State newState);
    ObjectEdit *find(HandlerPart part, const QString &key) const;
    QString pathOf(HandlerPart part, const QString &key) const;
    static QString rootOf(HandlerPart part);
    void updateModified();

    // save (handlereditorsave.cpp)
    CupiError failInvalid(const QList<EditProblem> &problems);
    struct Reread;
    void rereadChanged();
    void onReread(CupiJob *done, Reread &reread, HandlerPart part, const QString &key,
                  const ObjectEdit *edit);
    void failSave(const CupiError &error);
    void checkConflictsThenPut();
    void putNext();
    // after a refused part (handlereditorputback.cpp)
    void onPutRefused(const PutStep &step, const CupiError &error);
    void putBackNext();
    void afterPutBack();
    void rebaseOntoFetched();
    void noteNotRestored(const CupiObject &serverNow, SavePart &part) const;
    const CupiObject *fetchedOf(HandlerPart part, const QString &key) const;

    HandlerEditor *q;
    QPointer<CupiClient> client;
    State state = State::Empty;
    QString id;
    quint64 generation = 0;
    std::unique_ptr<CallHandlerEdit> handler;
    std::vector<SubEdit> subs;
    bool lastModified = false;

    // fetch results
    CupiObject fetchedHandler;
    QList<CupiObject> fetchedGreetings;
    QList<CupiObject> fetchedMenuEntries;
    QList<CupiObject> fetchedTransferOptions;

    // save
    CupiObject serverNow;                               // the handler as re-read by save()
    QHash<const ObjectEdit *, CupiObject> subServerNow; // changed sub-resources, re-read
    QList<SaveConflict> conflicts;
    QList<PutStep> puts;     // still to send
    QList<PutStep> written;  // accepted by the server, in order
    QList<PutStep> putBacks; // still to put back (reverse order of `written`)
    SaveFailure failure;     // the last save's (being built while a save fails)
    // The refused part when it is put back only in case it landed (onPutRefused); without the
    // server's word afterwards it is left as unsaved edits, not reported as kept.
    std::optional<std::pair<HandlerPart, QString>> unsure;
};

} // namespace HandlerDesk::Core
