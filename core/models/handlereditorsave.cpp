// SPDX-License-Identifier: GPL-3.0-or-later
// HandlerEditor's save: validation, the conflict check, the PUTs and — when a part is refused —
// putting back the parts already written, so that the administrator sees all or nothing
// (the contract is in handlereditor.h).
#include "core/models/handlereditor.h"

#include "core/cupiclient.h"
#include "core/cupijob.h"
#include "core/fieldtable.h"
#include "core/handleredit.h"
#include "core/models/handlereditor_p.h"
#include "core/resources.h"

#include <QTimer>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace HandlerDesk::Core {

namespace {

bool sameText(const QString &a, const QString &b)
{
    return (a.isEmpty() && b.isEmpty()) || a == b; // absent and empty are the same to a person
}

} // namespace

void HandlerEditor::save()
{
    const auto refuse = [this](const CupiError &error) {
        QTimer::singleShot(0, this, [this, error] { Q_EMIT saveFailed(error); });
    };
    if (d->state != State::Ready || !d->handler) {
        if (d->state != State::Saving) // a save under way keeps its own outcome
            d->failure = {};
        return refuse(
            CupiError(CupiError::Kind::Usage, tr("There is no loaded call handler to save.")));
    }
    d->failure = {};
    const QList<EditProblem> problems = validate();
    if (!problems.isEmpty()) {
        QStringList messages;
        for (const EditProblem &problem : problems)
            messages << problem.message;
        const EditProblem &first = problems.constFirst();
        SaveFailure &f = d->failure;
        f.stage = SaveFailure::Stage::Invalid;
        f.part = first.part;
        f.key = first.key;
        f.field = first.field;
        f.reason = first.message;
        f.shortReason = first.message;
        f.problems = problems;
        f.error = CupiError(CupiError::Kind::Validation, messages.join(u'\n'));
        return refuse(f.error);
    }
    if (!isModified()) {
        QTimer::singleShot(0, this, [this] { Q_EMIT saved(); });
        return;
    }
    d->conflicts.clear();
    d->subServerNow.clear();
    d->setState(State::Saving);
    // Re-read what is about to be saved: what changed on the server since we loaded it?
    const quint64 gen = ++d->generation;
    struct Pending
    {
        int left = 1;
        CupiError error;
        HandlerPart part = HandlerPart::Handler;
        QString key;
    };
    auto pending = std::make_shared<Pending>();
    const auto reread = [this, gen, pending](HandlerPart part, const QString &key,
                                             const ObjectEdit *edit) {
        CupiJob *job = d->client->get(d->pathOf(part, key));
        connect(job, &CupiJob::finished, this, [=, this](CupiJob *done) {
            if (gen != d->generation)
                return;
            if (!done->ok() && !pending->error.isError()) {
                pending->error = done->error();
                pending->part = part;
                pending->key = key;
            } else if (done->ok() && edit) {
                d->subServerNow.insert(edit, static_cast<ObjectJob *>(done)->object());
            } else if (done->ok()) {
                d->serverNow = static_cast<ObjectJob *>(done)->object();
            }
            if (--pending->left > 0)
                return;
            if (!pending->error.isError())
                return d->checkConflictsThenPut();
            SaveFailure &f = d->failure;
            f.stage = SaveFailure::Stage::Reread;
            f.part = pending->part;
            f.key = pending->key;
            f.reason = pending->error.userMessage();
            f.shortReason = f.reason;
            f.error = pending->error;
            d->failSave(pending->error);
        });
    };
    if (!d->client) {
        d->failure.stage = SaveFailure::Stage::Reread;
        d->failure.error = CupiError(CupiError::Kind::Usage, HandlerEditor::tr("Not connected."));
        d->failure.reason = d->failure.error.userMessage();
        QTimer::singleShot(0, this, [this, gen] {
            if (gen == d->generation)
                d->failSave(d->failure.error);
        });
        return;
    }
    for (const SubEdit &sub : d->subs) {
        if (sub.edit->isModified())
            ++pending->left;
    }
    reread(HandlerPart::Handler, QString(), nullptr);
    for (const SubEdit &sub : d->subs) {
        if (sub.edit->isModified())
            reread(sub.part, sub.key, sub.edit.get());
    }
}

SaveFailure HandlerEditor::lastSaveFailure() const
{
    return d->failure;
}

void HandlerEditor::Private::failSave(const CupiError &error)
{
    qCInfo(lcEditor) << "save failed:" << error.message();
    setState(State::Ready); // the edits stay as they are
    Q_EMIT q->saveFailed(error);
}

void HandlerEditor::Private::checkConflictsThenPut()
{
    for (const FieldConflict &c : handler->conflicts(serverNow))
        conflicts.append({HandlerPart::Handler, QString(), c.field, c.mine, c.theirs, c.base});
    for (const SubEdit &sub : subs) {
        const auto it = subServerNow.constFind(sub.edit.get());
        if (it == subServerNow.constEnd())
            continue;
        for (const FieldConflict &c : sub.edit->conflicts(*it))
            conflicts.append({sub.part, sub.key, c.field, c.mine, c.theirs, c.base});
    }
    if (!conflicts.isEmpty()) {
        setState(State::Ready);
        Q_EMIT q->conflictsFound(conflicts);
        return;
    }
    puts.clear();
    written.clear();
    const auto add = [this](HandlerPart part, const QString &key, ObjectEdit *edit) {
        if (!edit->isModified())
            return;
        PutStep step{part, key, pathOf(part, key), rootOf(part), edit, edit->putBody(), {}};
        for (const QString &field : edit->changedFields()) {
            if (!edit->edited().contains(field))
                step.removed.append(field);
        }
        puts.append(step);
    };
    add(HandlerPart::Handler, QString(), handler.get());
    for (const SubEdit &sub : subs)
        add(sub.part, sub.key, sub.edit.get());
    putNext();
}

void HandlerEditor::Private::putNext()
{
    if (puts.isEmpty()) {
        // Everything is on the server: read it back so the form shows what the server stored.
        fetchAll(id, [this](const CupiError &error) {
            if (error.isError()) {
                qCInfo(lcEditor) << "re-read after save failed:" << error.message();
                for (const PutStep &step : std::as_const(written))
                    step.edit->reset(step.edit->edited());
            } else {
                apply(false);
                Q_EMIT q->handlerRead(fetchedHandler);
            }
            written.clear();
            setState(State::Ready);
            updateModified();
            Q_EMIT q->saved();
        });
        return;
    }
    const PutStep step = puts.takeFirst();
    if (!client)
        return onPutRefused(step,
                            CupiError(CupiError::Kind::Usage, HandlerEditor::tr("Not connected.")));
    const quint64 gen = generation;
    CupiJob *job = client->put(step.path, step.body, step.root);
    QObject::connect(job, &CupiJob::finished, q, [this, gen, step](CupiJob *done) {
        if (gen != generation)
            return;
        if (!done->ok())
            return onPutRefused(step, done->error());
        written.append(step); // its base stays the loaded values until the save is over
        putNext();
    });
}

// A part was refused (or could not be sent): nothing after it is sent, what was written before
// is put back, newest first.
void HandlerEditor::Private::onPutRefused(const PutStep &step, const CupiError &error)
{
    qCInfo(lcEditor) << "save refused:" << error.message();
    puts.clear();
    SaveFailure &f = failure;
    f.stage = SaveFailure::Stage::Refused;
    f.part = step.part;
    f.key = step.key;
    f.error = error;
    // A refusal's message is the server's sentence; anything else is ours with its detail.
    const bool refusal = error.kind() == CupiError::Kind::Validation && !error.message().isEmpty();
    const QString text = refusal ? error.message() : error.userMessage();
    f.reason = withFieldLabels(fieldTableOf(step.part), text, step.body, &f.field);
    f.shortReason = withFieldLabels(fieldTableOf(step.part), text, step.body, nullptr, false);
    putBacks = written;
    std::reverse(putBacks.begin(), putBacks.end());
    if (written.isEmpty())
        return failSave(error); // nothing was written: the server is as it was
    putBackNext();
}

void HandlerEditor::Private::putBackNext()
{
    if (putBacks.isEmpty())
        return afterPutBack();
    const PutStep step = putBacks.takeFirst();
    SavePart part{step.part, step.key, {}, {}, {}};
    // The loaded value of each field sent (a field the loaded object did not have cannot be
    // sent back), and of each field the edit removed: the server cleared those itself.
    const CupiObject &loaded = step.edit->loaded();
    CupiObject body;
    for (const auto &[field, value] : step.body.fields()) {
        part.fields.append(field);
        if (loaded.contains(field))
            body.set(field, loaded.value(field));
        else
            part.notRestored.append(field);
    }
    for (const QString &field : step.removed) {
        if (!step.edit->table().isReadOnly(field) && !loaded.value(field).isEmpty())
            body.set(field, loaded.value(field));
    }
    if (body.isEmpty()) {
        failure.putBack.append(part); // nothing could be sent back: notRestored says what stays
        return putBackNext();
    }
    if (!client) {
        part.error = CupiError(CupiError::Kind::Usage, HandlerEditor::tr("Not connected."));
        part.notRestored = part.fields;
        failure.notPutBack.append(part);
        return putBackNext();
    }
    const quint64 gen = generation;
    CupiJob *job = client->put(step.path, body, step.root);
    QObject::connect(job, &CupiJob::finished, q, [this, gen, part](CupiJob *done) mutable {
        if (gen != generation)
            return;
        if (done->ok()) {
            failure.putBack.append(part);
        } else {
            qCInfo(lcEditor) << "put-back refused:" << done->error().message();
            part.error = done->error();
            part.notRestored = part.fields;
            failure.notPutBack.append(part);
        }
        putBackNext();
    });
}

// Reads everything again so that each part's base is what the server has, keeps every edit, and
// ends the save.
void HandlerEditor::Private::afterPutBack()
{
    fetchAll(id, [this](const CupiError &error) {
        if (error.isError()) {
            qCInfo(lcEditor) << "re-read after the put-back failed:" << error.message();
            // Without the server's word: a field not restored has the value that was sent.
            for (const QList<SavePart> *list : {&failure.putBack, &failure.notPutBack}) {
                for (const SavePart &part : *list) {
                    ObjectEdit *edit = find(part.part, part.key);
                    CupiObject base = edit->loaded();
                    for (const QString &field : part.notRestored)
                        base.set(field, edit->edited().value(field));
                    if (!(base == edit->loaded()))
                        edit->rebase(base);
                }
            }
        } else {
            for (SavePart &part : failure.putBack)
                noteNotRestored(*fetchedOf(part.part, part.key), part);
            QList<SavePart> stillNew;
            for (SavePart &part : failure.notPutBack) {
                noteNotRestored(*fetchedOf(part.part, part.key), part);
                // A put-back that failed on the way (a timeout) may have arrived after all.
                (part.notRestored.isEmpty() ? failure.putBack : stillNew).append(part);
            }
            failure.notPutBack = stillNew;
            rebaseOntoFetched();
            Q_EMIT q->handlerRead(fetchedHandler);
        }
        written.clear();
        setState(State::Ready);
        updateModified();
        Q_EMIT q->saveFailed(failure.error);
    });
}

// The fields of `part` that the server has with another value than the loaded one.
void HandlerEditor::Private::noteNotRestored(const CupiObject &serverNow, SavePart &part) const
{
    const ObjectEdit *edit = find(part.part, part.key);
    part.notRestored.clear();
    for (const QString &field : std::as_const(part.fields)) {
        if (!sameText(edit->loaded().value(field), serverNow.value(field)))
            part.notRestored.append(field);
    }
}

const CupiObject *HandlerEditor::Private::fetchedOf(HandlerPart part, const QString &key) const
{
    static const CupiObject none;
    const auto in = [&key](const QList<CupiObject> &objects, QStringView keyField) {
        for (const CupiObject &object : objects) {
            if (object.value(keyField) == key)
                return &object;
        }
        return &none;
    };
    switch (part) {
    case HandlerPart::Handler:
        return &fetchedHandler;
    case HandlerPart::Greeting:
        return in(fetchedGreetings, u"GreetingType");
    case HandlerPart::MenuEntry:
        return in(fetchedMenuEntries, u"TouchtoneKey");
    case HandlerPart::TransferOption:
        return in(fetchedTransferOptions, u"TransferOptionType");
    }
    return &none;
}

// Each edit keeps its changes on top of what the server has now.
void HandlerEditor::Private::rebaseOntoFetched()
{
    handler->rebase(fetchedHandler);
    for (const SubEdit &sub : subs) {
        const CupiObject *now = fetchedOf(sub.part, sub.key);
        if (!now->isEmpty())
            sub.edit->rebase(*now);
    }
}

void HandlerEditor::resolveConflicts(const QHash<QString, Choice> &choices)
{
    if (!d->handler || d->conflicts.isEmpty()) {
        save();
        return;
    }
    // Each conflicting part is rebased onto the server's values, with the choices for its fields.
    const auto resolutionFor = [this, &choices](HandlerPart part, const QString &key) {
        QHash<QString, ConflictResolution> resolution;
        for (const SaveConflict &conflict : std::as_const(d->conflicts)) {
            if (conflict.part != part || conflict.key != key)
                continue;
            const Choice choice = choices.value(conflictKey(conflict), Choice::KeepMine);
            resolution.insert(conflict.field, choice == Choice::TakeTheirs
                                                  ? ConflictResolution::TakeTheirs
                                                  : ConflictResolution::KeepMine);
        }
        return resolution;
    };
    const auto hasConflict = [this](HandlerPart part, const QString &key) {
        return std::any_of(d->conflicts.cbegin(), d->conflicts.cend(),
                           [&](const SaveConflict &c) { return c.part == part && c.key == key; });
    };
    if (hasConflict(HandlerPart::Handler, QString()))
        d->handler->rebase(d->serverNow, resolutionFor(HandlerPart::Handler, QString()));
    for (const SubEdit &sub : d->subs) {
        const auto it = d->subServerNow.constFind(sub.edit.get());
        if (it != d->subServerNow.constEnd() && hasConflict(sub.part, sub.key))
            sub.edit->rebase(*it, resolutionFor(sub.part, sub.key));
    }
    d->conflicts.clear();
    touch();
    save();
}

QString HandlerEditor::conflictKey(const SaveConflict &conflict)
{
    return conflict.key.isEmpty() ? conflict.field : conflict.key + u'/' + conflict.field;
}

} // namespace HandlerDesk::Core
