// SPDX-License-Identifier: GPL-3.0-or-later
// HandlerEditor's save: validation, the re-read and conflict check, the PUTs, and conflict
// resolution (the contract is in handlereditor.h). What follows a refused PUT is in
// handlereditorputback.cpp.
#include "core/models/handlereditor.h"

#include "core/cupiclient.h"
#include "core/cupijob.h"
#include "core/fieldtable.h"
#include "core/handleredit.h"
#include "core/models/handlereditor_p.h"

#include <QTimer>

#include <algorithm>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace HandlerDesk::Core {

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
    if (const QList<EditProblem> problems = validate(); !problems.isEmpty())
        return refuse(d->failInvalid(problems));
    if (!isModified()) {
        QTimer::singleShot(0, this, [this] { Q_EMIT saved(); });
        return;
    }
    d->conflicts.clear();
    d->subServerNow.clear();
    d->setState(State::Saving);
    d->rereadChanged();
}

// Records a save that is refused before anything is sent; the first problem names the place.
CupiError HandlerEditor::Private::failInvalid(const QList<EditProblem> &problems)
{
    QStringList messages;
    for (const EditProblem &problem : problems)
        messages << problem.message;
    const EditProblem &first = problems.constFirst();
    SaveFailure &f = failure;
    f.stage = SaveFailure::Stage::Invalid;
    f.part = first.part;
    f.key = first.key;
    f.field = first.field;
    f.reason = first.message;
    f.shortReason = first.message;
    f.problems = problems;
    f.error = CupiError(CupiError::Kind::Validation, messages.join(u'\n'));
    return f.error;
}

// The re-reads of one save: how many are still out, and the first one that failed.
struct HandlerEditor::Private::Reread
{
    int left = 0;
    CupiError error;
    HandlerPart part = HandlerPart::Handler;
    QString key;
};

// Re-reads what is about to be saved (the handler and each changed sub-resource): what changed
// on the server since it was loaded? Once all are in, checkConflictsThenPut().
void HandlerEditor::Private::rereadChanged()
{
    const quint64 gen = ++generation;
    if (!client) {
        failure.stage = SaveFailure::Stage::Reread;
        failure.error = CupiError(CupiError::Kind::Usage, HandlerEditor::tr("Not connected."));
        failure.reason = failure.error.userMessage();
        QTimer::singleShot(0, q, [this, gen] {
            if (gen == generation)
                failSave(failure.error);
        });
        return;
    }
    auto reread = std::make_shared<Reread>();
    const auto get = [this, gen, reread](HandlerPart part, const QString &key,
                                         const ObjectEdit *edit) {
        ++reread->left;
        CupiJob *job = client->get(pathOf(part, key));
        QObject::connect(job, &CupiJob::finished, q, [=, this](CupiJob *done) {
            if (gen == generation)
                onReread(done, *reread, part, key, edit);
        });
    };
    get(HandlerPart::Handler, QString(), nullptr);
    for (const SubEdit &sub : subs) {
        if (sub.edit->isModified())
            get(sub.part, sub.key, sub.edit.get());
    }
}

void HandlerEditor::Private::onReread(CupiJob *done, Reread &reread, HandlerPart part,
                                      const QString &key, const ObjectEdit *edit)
{
    if (!done->ok() && !reread.error.isError()) {
        reread.error = done->error();
        reread.part = part;
        reread.key = key;
    } else if (done->ok() && edit) {
        subServerNow.insert(edit, static_cast<ObjectJob *>(done)->object());
    } else if (done->ok()) {
        serverNow = static_cast<ObjectJob *>(done)->object();
    }
    if (--reread.left > 0)
        return;
    if (!reread.error.isError())
        return checkConflictsThenPut();
    SaveFailure &f = failure;
    f.stage = SaveFailure::Stage::Reread;
    f.part = reread.part;
    f.key = reread.key;
    f.reason = reread.error.userMessage();
    f.shortReason = f.reason;
    f.error = reread.error;
    failSave(reread.error);
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
    const auto add = [this](HandlerPart part, const QString &key, ObjectEdit *edit,
                            const CupiObject &before) {
        if (!edit->isModified())
            return;
        PutStep step{part, key, pathOf(part, key), rootOf(part), edit, edit->putBody(), {}, before};
        for (const QString &field : edit->changedFields()) {
            if (!edit->edited().contains(field))
                step.removed.append(field);
        }
        puts.append(step);
    };
    add(HandlerPart::Handler, QString(), handler.get(), serverNow);
    for (const SubEdit &sub : subs)
        add(sub.part, sub.key, sub.edit.get(), subServerNow.value(sub.edit.get()));
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
                emitRead();
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

void HandlerEditor::resolveConflicts(const QHash<QString, ConflictResolution> &choices)
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
            resolution.insert(conflict.field,
                              choices.value(conflictKey(conflict), ConflictResolution::KeepMine));
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
