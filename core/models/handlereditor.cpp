// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/handlereditor.h"

#include "core/cupiclient.h"
#include "core/cupijob.h"
#include "core/handleredit.h"
#include "core/resources.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>

#include <algorithm>
#include <vector>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcEditor, "handlerdesk.model.editor")

namespace HandlerDesk::Core {

namespace {

struct SubEdit
{
    HandlerPart part;
    QString key;
    std::unique_ptr<ObjectEdit> edit;
};

// One pending PUT of a save.
struct PutStep
{
    QString path;
    QString root;
    ObjectEdit *edit;
};

} // namespace

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
    void setState(State newState);
    void failSave(const CupiError &error);
    void checkConflictsThenPut();
    void putNext();
    ObjectEdit *find(HandlerPart part, const QString &key) const;
    QString pathOf(const SubEdit &sub) const;
    static QString rootOf(HandlerPart part);
    void updateModified();

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
    QList<PutStep> puts;
};

HandlerEditor::HandlerEditor(CupiClient *client, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this, client))
{
}

HandlerEditor::~HandlerEditor() = default;

void HandlerEditor::Private::setState(State newState)
{
    if (state == newState)
        return;
    state = newState;
    Q_EMIT q->stateChanged(state);
}

void HandlerEditor::Private::fetchAll(const QString &handlerId, FetchDone done)
{
    const quint64 gen = ++generation;
    struct Pending
    {
        int left = 4;
        CupiError error;
    };
    auto pending = std::make_shared<Pending>();
    const auto finishOne = [this, gen, pending, done](CupiJob *job, auto store) {
        if (gen != generation)
            return; // a newer load or save started
        if (!job->ok() && !pending->error.isError())
            pending->error = job->error();
        else if (job->ok())
            store(job);
        if (--pending->left == 0)
            done(pending->error);
    };
    if (!client) {
        QTimer::singleShot(0, q, [done] {
            done(CupiError(CupiError::Kind::Usage, HandlerEditor::tr("Not connected.")));
        });
        return;
    }
    CupiJob *handlerJob = client->get(Resources::callHandler(handlerId));
    QObject::connect(handlerJob, &CupiJob::finished, q, [this, finishOne](CupiJob *job) {
        finishOne(job,
                  [this](CupiJob *j) { fetchedHandler = static_cast<ObjectJob *>(j)->object(); });
    });
    const auto fetchList = [this, &finishOne](const QString &resource, const QString &item,
                                              QList<CupiObject> *target) {
        ListRequest request;
        request.resource = resource;
        request.itemName = item;
        CupiJob *job = client->list(request);
        QObject::connect(job, &CupiJob::finished, q, [finishOne, target](CupiJob *j) {
            finishOne(j, [target](CupiJob *ok) { *target = static_cast<ListJob *>(ok)->items(); });
        });
    };
    fetchList(Resources::greetings(handlerId), QString(Resources::Item::Greeting),
              &fetchedGreetings);
    fetchList(Resources::menuEntries(handlerId), QString(Resources::Item::MenuEntry),
              &fetchedMenuEntries);
    fetchList(Resources::transferOptions(handlerId), QString(Resources::Item::TransferOption),
              &fetchedTransferOptions);
}

// Makes the fetched objects the base of the edits. After a save's re-read the edit objects stay
// the same (the UI may hold pointers); after a load of another handler they are new.
void HandlerEditor::Private::apply(bool freshHandler)
{
    if (freshHandler || !handler) {
        handler = std::make_unique<CallHandlerEdit>(fetchedHandler);
        subs.clear();
    } else {
        handler->reset(fetchedHandler);
    }
    const auto take = [this](HandlerPart part, const QList<CupiObject> &objects,
                             QStringView keyField, const FieldTable &table) {
        for (const CupiObject &object : objects) {
            const QString key = object.value(keyField);
            if (ObjectEdit *known = find(part, key))
                known->reset(object);
            else
                subs.push_back({part, key, std::make_unique<ObjectEdit>(table, object)});
        }
    };
    take(HandlerPart::Greeting, fetchedGreetings, u"GreetingType", GreetingFields::table());
    take(HandlerPart::MenuEntry, fetchedMenuEntries, u"TouchtoneKey", MenuEntryFields::table());
    take(HandlerPart::TransferOption, fetchedTransferOptions, u"TransferOptionType",
         TransferOptionFields::table());
}

QString HandlerEditor::Private::pathOf(const SubEdit &sub) const
{
    switch (sub.part) {
    case HandlerPart::Greeting:
        return Resources::greeting(id, sub.key);
    case HandlerPart::MenuEntry:
        return Resources::menuEntry(id, sub.key);
    case HandlerPart::TransferOption:
        return Resources::transferOption(id, sub.key);
    case HandlerPart::Handler:
        break;
    }
    Q_ASSERT_X(false, "HandlerEditor", "the handler is not a sub-resource");
    return Resources::callHandler(id);
}

QString HandlerEditor::Private::rootOf(HandlerPart part)
{
    switch (part) {
    case HandlerPart::Greeting:
        return QString(Resources::Root::Greeting);
    case HandlerPart::MenuEntry:
        return QString(Resources::Root::MenuEntry);
    case HandlerPart::TransferOption:
        return QString(Resources::Root::TransferOption);
    case HandlerPart::Handler:
        break;
    }
    return QString(Resources::Root::CallHandler);
}

ObjectEdit *HandlerEditor::Private::find(HandlerPart part, const QString &key) const
{
    if (part == HandlerPart::Handler)
        return handler.get();
    for (const SubEdit &sub : subs) {
        if (sub.part == part && sub.key == key)
            return sub.edit.get();
    }
    return nullptr;
}

void HandlerEditor::Private::updateModified()
{
    const bool modified = q->isModified();
    Q_EMIT q->edited();
    if (modified != lastModified) {
        lastModified = modified;
        Q_EMIT q->modifiedChanged(modified);
    }
}

void HandlerEditor::load(const QString &objectId)
{
    d->id = objectId;
    d->conflicts.clear();
    d->setState(State::Loading);
    d->fetchAll(objectId, [this](const CupiError &error) {
        if (error.isError()) {
            d->handler.reset();
            d->subs.clear();
            d->setState(State::LoadFailed);
            Q_EMIT loadFailed(error);
            return;
        }
        d->apply(true);
        d->setState(State::Ready);
        Q_EMIT handlerRead(d->fetchedHandler);
        Q_EMIT loaded();
        d->updateModified();
    });
}

void HandlerEditor::reload()
{
    if (d->state != State::Ready || !d->handler) {
        if (!d->id.isEmpty() && d->state != State::Loading && d->state != State::Saving)
            load(d->id);
        return;
    }
    d->conflicts.clear();
    d->setState(State::Loading);
    d->fetchAll(d->id, [this](const CupiError &error) {
        if (error.isError()) {
            d->setState(State::Ready); // what was shown stays, edits included
            Q_EMIT reloadFailed(error);
            return;
        }
        d->apply(false);
        d->setState(State::Ready);
        Q_EMIT handlerRead(d->fetchedHandler);
        Q_EMIT loaded();
        d->updateModified();
    });
}

void HandlerEditor::clear()
{
    ++d->generation;
    d->id.clear();
    d->handler.reset();
    d->subs.clear();
    d->conflicts.clear();
    d->setState(State::Empty);
    d->updateModified();
}

HandlerEditor::State HandlerEditor::state() const
{
    return d->state;
}

QString HandlerEditor::objectId() const
{
    return d->id;
}

QString HandlerEditor::displayName() const
{
    return d->handler ? d->handler->loaded().displayName() : QString();
}

CallHandlerEdit *HandlerEditor::handlerEdit() const
{
    return d->handler.get();
}

ObjectEdit *HandlerEditor::subEdit(HandlerPart part, const QString &key) const
{
    return d->find(part, key);
}

static QStringList keysOf(const std::vector<SubEdit> &subs, HandlerPart part)
{
    QStringList keys;
    for (const SubEdit &sub : subs) {
        if (sub.part == part)
            keys << sub.key;
    }
    return keys;
}

QStringList HandlerEditor::greetingTypes() const
{
    return keysOf(d->subs, HandlerPart::Greeting);
}

QStringList HandlerEditor::menuKeys() const
{
    return keysOf(d->subs, HandlerPart::MenuEntry);
}

QStringList HandlerEditor::transferOptionTypes() const
{
    return keysOf(d->subs, HandlerPart::TransferOption);
}

void HandlerEditor::setField(const QString &name, const QString &value)
{
    if (!d->handler)
        return;
    d->handler->setValue(name, value);
    touch();
}

void HandlerEditor::setSubField(HandlerPart part, const QString &key, const QString &name,
                                const QString &value)
{
    if (ObjectEdit *edit = d->find(part, key)) {
        edit->setValue(name, value);
        touch();
    }
}

void HandlerEditor::touch()
{
    d->updateModified();
}

bool HandlerEditor::isModified() const
{
    if (d->handler && d->handler->isModified())
        return true;
    for (const SubEdit &sub : d->subs) {
        if (sub.edit->isModified())
            return true;
    }
    return false;
}

QList<EditProblem> HandlerEditor::validate() const
{
    QList<EditProblem> problems;
    if (d->handler) {
        for (const FieldIssue &issue : d->handler->validate())
            problems.append({HandlerPart::Handler, QString(), issue.field, issue.message});
    }
    for (const SubEdit &sub : d->subs) {
        for (const FieldIssue &issue : sub.edit->validate())
            problems.append({sub.part, sub.key, issue.field, issue.message});
    }
    return problems;
}

QList<SaveConflict> HandlerEditor::pendingConflicts() const
{
    return d->conflicts;
}

void HandlerEditor::save()
{
    const auto refuse = [this](const CupiError &error) {
        QTimer::singleShot(0, this, [this, error] { Q_EMIT saveFailed(error); });
    };
    if (d->state != State::Ready || !d->handler)
        return refuse(
            CupiError(CupiError::Kind::Usage, tr("There is no loaded call handler to save.")));
    const QList<EditProblem> problems = validate();
    if (!problems.isEmpty()) {
        QStringList messages;
        for (const EditProblem &problem : problems)
            messages << problem.message;
        return refuse(CupiError(CupiError::Kind::Validation, messages.join(u'\n')));
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
    };
    auto pending = std::make_shared<Pending>();
    const auto reread = [this, gen, pending](const QString &path, const ObjectEdit *edit) {
        CupiJob *job = d->client->get(path);
        connect(job, &CupiJob::finished, this, [this, gen, pending, edit](CupiJob *done) {
            if (gen != d->generation)
                return;
            if (!done->ok() && !pending->error.isError())
                pending->error = done->error();
            else if (done->ok() && edit)
                d->subServerNow.insert(edit, static_cast<ObjectJob *>(done)->object());
            else if (done->ok())
                d->serverNow = static_cast<ObjectJob *>(done)->object();
            if (--pending->left > 0)
                return;
            if (pending->error.isError())
                d->failSave(pending->error);
            else
                d->checkConflictsThenPut();
        });
    };
    for (const SubEdit &sub : d->subs) {
        if (sub.edit->isModified())
            ++pending->left;
    }
    reread(Resources::callHandler(d->id), nullptr);
    for (const SubEdit &sub : d->subs) {
        if (sub.edit->isModified())
            reread(d->pathOf(sub), sub.edit.get());
    }
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
    if (handler->isModified())
        puts.append(
            {Resources::callHandler(id), QString(Resources::Root::CallHandler), handler.get()});
    for (const SubEdit &sub : subs) {
        if (sub.edit->isModified())
            puts.append({pathOf(sub), rootOf(sub.part), sub.edit.get()});
    }
    putNext();
}

void HandlerEditor::Private::putNext()
{
    if (puts.isEmpty()) {
        // Everything is on the server: read it back so the form shows what the server stored.
        fetchAll(id, [this](const CupiError &error) {
            if (error.isError()) {
                qCInfo(lcEditor) << "re-read after save failed:" << error.message();
            } else {
                apply(false);
                Q_EMIT q->handlerRead(fetchedHandler);
            }
            setState(State::Ready);
            updateModified();
            Q_EMIT q->saved();
        });
        return;
    }
    const PutStep step = puts.takeFirst();
    const CupiObject body = step.edit->putBody();
    const quint64 gen = generation;
    CupiJob *job = client->put(step.path, body, step.root);
    QObject::connect(job, &CupiJob::finished, q, [this, gen, step](CupiJob *done) {
        if (gen != generation)
            return;
        if (!done->ok()) {
            puts.clear();
            updateModified();
            failSave(done->error());
            return;
        }
        // This part is saved: it becomes the base, so a retry sends only what is left.
        step.edit->reset(step.edit->edited());
        putNext();
    });
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

void HandlerEditor::revert()
{
    if (d->handler)
        d->handler->revert();
    for (const SubEdit &sub : d->subs)
        sub.edit->revert();
    d->conflicts.clear();
    touch();
}

} // namespace HandlerDesk::Core
