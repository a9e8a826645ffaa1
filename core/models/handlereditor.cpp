// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/handlereditor.h"

#include "core/cupiclient.h"
#include "core/cupijob.h"
#include "core/handleredit.h"
#include "core/models/handlereditor_p.h"
#include "core/resources.h"

#include <QTimer>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcEditor, "handlerdesk.model.editor")

namespace HandlerDesk::Core {

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

// A load or reload succeeded: the fetched objects become what the editor shows.
void HandlerEditor::Private::showFetched(bool freshHandler)
{
    apply(freshHandler);
    setState(State::Ready);
    emitRead();
    Q_EMIT q->loaded();
    updateModified();
}

void HandlerEditor::Private::emitRead()
{
    Q_EMIT q->handlerRead(fetchedHandler);
    Q_EMIT q->objectsRead(fetchedHandler, fetchedGreetings, fetchedMenuEntries);
}

QString HandlerEditor::Private::pathOf(HandlerPart part, const QString &key) const
{
    switch (part) {
    case HandlerPart::Greeting:
        return Resources::greeting(id, key);
    case HandlerPart::MenuEntry:
        return Resources::menuEntry(id, key);
    case HandlerPart::TransferOption:
        return Resources::transferOption(id, key);
    case HandlerPart::Handler:
        break;
    }
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
    d->failure = {};
    d->setState(State::Loading);
    d->fetchAll(objectId, [this](const CupiError &error) {
        if (error.isError()) {
            d->handler.reset();
            d->subs.clear();
            d->setState(State::LoadFailed);
            Q_EMIT loadFailed(error);
            return;
        }
        d->showFetched(true);
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
        d->showFetched(false);
    });
}

void HandlerEditor::clear()
{
    ++d->generation;
    d->id.clear();
    d->handler.reset();
    d->subs.clear();
    d->conflicts.clear();
    d->failure = {};
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

void HandlerEditor::revert()
{
    if (d->handler)
        d->handler->revert();
    for (const SubEdit &sub : d->subs)
        sub.edit->revert();
    d->conflicts.clear();
    d->failure = {};
    touch();
}

} // namespace HandlerDesk::Core
