// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/targetnames.h"

#include "core/cupiclient.h"
#include "core/cupijob.h"
#include "core/models/callhandlerlistmodel.h"
#include "core/resources.h"

#include <QLoggingCategory>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcTargets, "handlerdesk.model.targets")

namespace HandlerDesk::Core {

namespace {

constexpr int MaxReadsInFlight = 2;

using Kind = TargetInfo::Kind;

// The order in which the kinds are tried: the expected one first.
QList<Kind> triesFor(TargetKind expected)
{
    switch (expected) {
    case TargetKind::DirectoryHandler:
        return {Kind::DirectoryHandler, Kind::CallHandler, Kind::InterviewHandler};
    case TargetKind::InterviewHandler:
        return {Kind::InterviewHandler, Kind::CallHandler, Kind::DirectoryHandler};
    case TargetKind::CallHandler:
    case TargetKind::None:
        break;
    }
    return {Kind::CallHandler, Kind::DirectoryHandler, Kind::InterviewHandler};
}

QString pathOf(Kind kind, const QString &id)
{
    switch (kind) {
    case Kind::DirectoryHandler:
        return Resources::member(Resources::directoryHandlers(), id);
    case Kind::InterviewHandler:
        return Resources::member(Resources::interviewHandlers(), id);
    default:
        return Resources::callHandler(id);
    }
}

TargetInfo infoOf(Kind kind, const CupiObject &object)
{
    return {object.objectId(), kind, object.displayName(), object.value(u"DtmfAccessId"),
            object.value(u"TenantObjectId")};
}

} // namespace

QString TargetInfo::kindText() const
{
    switch (kind) {
    case Kind::CallHandler:
        return TargetNames::tr("Call handler");
    case Kind::Mailbox:
        return TargetNames::tr("Mailbox");
    case Kind::DirectoryHandler:
        return TargetNames::tr("Directory handler");
    case Kind::InterviewHandler:
        return TargetNames::tr("Interview handler");
    case Kind::NotFound:
        return TargetNames::tr("Not found");
    case Kind::Pending:
    case Kind::Unavailable:
        break;
    }
    return {};
}

QString TargetInfo::displayText() const
{
    if (id.isEmpty())
        return {};
    const QString named =
        extension.isEmpty() ? name : TargetNames::tr("%1 (%2)").arg(name, extension);
    switch (kind) {
    case Kind::Mailbox:
        return TargetNames::tr("Mailbox of %1").arg(named);
    case Kind::CallHandler:
    case Kind::DirectoryHandler:
    case Kind::InterviewHandler:
        //: kind · name (extension): "Call handler · Sales Main Menu (2100)"
        return TargetNames::tr("%1 · %2").arg(kindText(), named);
    case Kind::NotFound:
        return TargetNames::tr("Not found (%1)").arg(id);
    case Kind::Unavailable:
        return TargetNames::tr("%1 (its name could not be read)").arg(id);
    case Kind::Pending:
        break;
    }
    return TargetNames::tr("%1 (looking up its name…)").arg(id);
}

bool TargetInfo::matches(const QString &text) const
{
    const QString t = text.trimmed();
    if (t.isEmpty() || !isResolved() || kind == Kind::NotFound)
        return false;
    return t.compare(name, Qt::CaseInsensitive) == 0 || t == extension ||
           t.compare(displayText(), Qt::CaseInsensitive) == 0;
}

TargetNames::TargetNames(CupiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

TargetNames::~TargetNames() = default;

TargetNames *TargetNames::of(CupiClient *client)
{
    if (!client)
        return nullptr;
    auto *names = client->findChild<TargetNames *>(QString(), Qt::FindDirectChildrenOnly);
    return names ? names : new TargetNames(client, client);
}

CupiClient *TargetNames::client() const
{
    return m_client;
}

void TargetNames::setHandlerList(CallHandlerListModel *handlers)
{
    m_handlers = handlers;
}

TargetInfo TargetNames::known(const QString &id) const
{
    if (id.isEmpty())
        return {};
    if (m_handlers) {
        const int row = m_handlers->rowOf(id);
        if (row >= 0) {
            const QModelIndex name = m_handlers->index(row, CallHandlerListModel::NameColumn);
            if (!name.data(CallHandlerListModel::IsPrimaryRole).toBool()) {
                return {
                    id, Kind::CallHandler, name.data().toString(),
                    m_handlers->index(row, CallHandlerListModel::ExtensionColumn).data().toString(),
                    name.data(CallHandlerListModel::TenantIdRole).toString()};
            }
        }
    }
    const auto it = m_cache.constFind(id);
    return it != m_cache.cend() ? *it : TargetInfo::of(id);
}

TargetInfo TargetNames::resolve(const QString &id, TargetKind expected)
{
    const TargetInfo info = known(id);
    if (id.isEmpty() || info.isResolved() || m_asked.contains(id) || !m_client)
        return info;
    m_asked.insert(id);
    m_queue.append({id, triesFor(expected)});
    // Callers may be in the middle of painting or of a model reset: never start from here.
    QMetaObject::invokeMethod(this, &TargetNames::pump, Qt::QueuedConnection);
    return info;
}

void TargetNames::add(const QList<TargetInfo> &targets)
{
    for (const TargetInfo &target : targets) {
        if (target.id.isEmpty() || !target.isResolved())
            continue;
        const auto it = m_cache.constFind(target.id);
        if (it != m_cache.cend() && *it == target)
            continue;
        m_cache.insert(target.id, target);
        const QString id = target.id;
        QMetaObject::invokeMethod(
            this, [this, id] { Q_EMIT resolved(id); }, Qt::QueuedConnection);
    }
}

void TargetNames::pump()
{
    while (m_client && m_inFlight < MaxReadsInFlight && !m_queue.isEmpty()) {
        ++m_inFlight;
        tryNext(m_queue.takeFirst());
    }
}

void TargetNames::tryNext(Lookup lookup)
{
    if (lookup.tries.isEmpty() || !m_client) {
        finish(TargetInfo::of(lookup.id, Kind::NotFound));
        return;
    }
    const Kind kind = lookup.tries.constFirst();
    CupiJob *job = m_client->get(pathOf(kind, lookup.id));
    connect(job, &CupiJob::finished, this,
            [this, lookup](CupiJob *done) { onObjectRead(done, lookup); });
}

void TargetNames::onObjectRead(CupiJob *job, Lookup lookup)
{
    const Kind kind = lookup.tries.takeFirst();
    if (!job->ok()) {
        const CupiError &error = job->error();
        if (error.kind() == CupiError::Kind::NotFound || error.httpStatus() == 404) {
            tryNext(lookup); // not of this kind: the next one
            return;
        }
        qCInfo(lcTargets) << "target" << lookup.id << "not read:" << error.message();
        finish(TargetInfo::of(lookup.id, Kind::Unavailable));
        return;
    }
    CupiObject object = static_cast<ObjectJob *>(job)->object();
    if (object.objectId().isEmpty())
        object.set(u"ObjectId"_s, lookup.id);
    const TargetInfo info = infoOf(kind, object);
    if (kind == Kind::CallHandler && object.boolValue(u"IsPrimary"))
        readMailbox(lookup, info);
    else
        finish(info);
}

// A primary call handler is a user's mailbox: named after the user.
void TargetNames::readMailbox(const Lookup &lookup, const TargetInfo &handler)
{
    ListRequest request;
    request.resource = Resources::users();
    request.itemName = QString(Resources::Item::User);
    request.query = Resources::queryIs(u"CallHandlerObjectId"_s, lookup.id);
    request.pageNumber = 1;
    request.rowsPerPage = 1;
    ListJob *job = m_client->list(request);
    connect(job, &CupiJob::finished, this, [this, handler](CupiJob *done) {
        TargetInfo mailbox = handler;
        mailbox.kind = Kind::Mailbox;
        const auto *list = static_cast<ListJob *>(done);
        if (done->ok() && !list->items().isEmpty()) {
            const CupiObject &user = list->items().constFirst();
            const QString name =
                user.displayName().isEmpty() ? user.value(u"Alias") : user.displayName();
            if (!name.isEmpty())
                mailbox.name = name;
            if (!user.value(u"DtmfAccessId").isEmpty())
                mailbox.extension = user.value(u"DtmfAccessId");
        } // else the handler's own name (a primary handler is named after its user)
        finish(mailbox);
    });
}

void TargetNames::finish(const TargetInfo &info)
{
    --m_inFlight;
    m_asked.remove(info.id);
    m_cache.insert(info.id, info); // an Unavailable one is asked again by the next resolve()
    Q_EMIT resolved(info.id);
    pump();
}

} // namespace HandlerDesk::Core
