// SPDX-License-Identifier: GPL-3.0-or-later
// HandlerEditor's save, after a part was refused: putting back the parts already written, so
// that the administrator sees all or nothing, then reading everything again (the contract is in
// handlereditor.h).
#include "core/models/handlereditor.h"

#include "core/cupiclient.h"
#include "core/cupijob.h"
#include "core/fieldtable.h"
#include "core/handleredit.h"
#include "core/models/handlereditor_p.h"
#include "core/operations/putback.h"

namespace HandlerDesk::Core {

namespace {

bool sameText(const QString &a, const QString &b)
{
    return (a.isEmpty() && b.isEmpty()) || a == b; // absent and empty are the same to a person
}

} // namespace

// A part was refused (or could not be sent): nothing after it is sent, what was written before
// is put back, newest first — and the refused part itself first when it may have landed all the
// same (CupiError::writeMayHaveLanded()), so that a failed save leaves nothing of itself behind
// unreported.
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
    f.reason = withFieldLabels(fieldTable(step.part), text, step.body, &f.field);
    f.shortReason = withFieldLabels(fieldTable(step.part), text, step.body, nullptr, false);
    putBacks = putBackOrder(written, step, error);
    unsure.reset();
    if (error.writeMayHaveLanded())
        unsure = std::make_pair(step.part, step.key);
    if (putBacks.isEmpty())
        return failSave(error); // nothing was written: the server is as it was
    putBackNext();
}

void HandlerEditor::Private::putBackNext()
{
    if (putBacks.isEmpty())
        return afterPutBack();
    const PutStep step = putBacks.takeFirst();
    SavePart part{step.part, step.key, {}, {}, {}};
    // Each field sent gets the value the server had just before the save (as re-read by it, else
    // as loaded; a field neither had cannot be sent back), and so does each field the edit
    // removed: the server cleared those itself.
    CupiObject loaded = step.edit->loaded();
    for (const auto &[field, value] : step.before.fields())
        loaded.set(field, value);
    for (const auto &[field, value] : step.body.fields())
        part.fields.append(field);
    CupiObject body = putBackBody(step.body, loaded, &part.notRestored);
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
            // Without the server's word, the refused part's own put-back (in case it landed)
            // says nothing: it stays as unsaved edits, as if nothing had been sent.
            const auto isUnsure = [this](const SavePart &part) {
                return unsure && unsure->first == part.part && unsure->second == part.key;
            };
            failure.notPutBack.removeIf(isUnsure);
            failure.putBack.removeIf([&](const SavePart &part) {
                return isUnsure(part) && !part.notRestored.isEmpty();
            });
            // A field not restored has the value that was sent — unless its put-back may have
            // landed all the same (no answer, a 5xx): then the server may have either value, so
            // the edit stays unsaved and the next save sends it again (found by the soak: a retry
            // took the field for saved while the put-back had restored the old value).
            for (const QList<SavePart> *list : {&failure.putBack, &failure.notPutBack}) {
                for (const SavePart &part : *list) {
                    if (part.error.writeMayHaveLanded())
                        continue;
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
            emitRead();
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

} // namespace HandlerDesk::Core
