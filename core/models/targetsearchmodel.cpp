// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/targetsearchmodel.h"
#include "core/models/rolenames.h"

#include "core/cupiobject.h"
#include "core/models/serversearch.h"
#include "core/resources.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace HandlerDesk::Core {

namespace {

using Kind = TargetInfo::Kind;

// CUPI query values cannot carry these reliably: '&' joins clauses, parentheses end them.
QString searchable(const QString &text)
{
    static const QRegularExpression special(u"[&()]"_s);
    return QString(text).remove(special).simplified();
}

} // namespace

TargetSearchModel::TargetSearchModel(TargetNames *names, QObject *parent)
    : QAbstractListModel(parent)
    , m_names(names)
    , m_search(
          new ServerSearch(this, &TargetSearchModel::startSearch, &TargetSearchModel::onAnswered))
{
}

TargetSearchModel::~TargetSearchModel() = default;

int TargetSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant TargetSearchModel::data(const QModelIndex &index, int role) const
{
    // A completer's popup may ask for an invalid index (no current row): it gets no data.
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TargetInfo &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return row.displayText();
    case IdRole:
        return row.id;
    case KindRole:
        return int(row.kind);
    case NameRole:
        return row.name;
    case ExtensionRole:
        return row.extension;
    case KindTextRole:
        return row.kindText();
    default:
        return {};
    }
}

QHash<int, QByteArray> TargetSearchModel::roleNames() const
{
    return withRoleNames(QAbstractListModel::roleNames(), {{IdRole, "targetId"},
                                                           {KindRole, "kind"},
                                                           {NameRole, "name"},
                                                           {ExtensionRole, "extension"},
                                                           {KindTextRole, "kindText"}});
}

void TargetSearchModel::setDebounceMs(int ms)
{
    m_search->setDebounceMs(ms);
}

bool TargetSearchModel::isSearching() const
{
    return m_search->isRunning() || m_search->isDebouncing();
}

void TargetSearchModel::setTargetKind(TargetKind kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    restart();
}

void TargetSearchModel::setTenantId(const QString &tenantObjectId)
{
    if (tenantObjectId == m_tenant)
        return;
    m_tenant = tenantObjectId;
    restart();
}

void TargetSearchModel::setHandler(const CupiObject &handler)
{
    const QString tenant = handler.value(u"TenantObjectId");
    const bool systemOnly = tenant.isEmpty() && !handler.isEmpty();
    if (systemOnly != m_systemOnly) {
        m_systemOnly = systemOnly;
        m_tenant = tenant;
        restart();
        return;
    }
    setTenantId(tenant);
}

void TargetSearchModel::setSearchText(const QString &text)
{
    const QString trimmed = searchable(text);
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    restart();
}

void TargetSearchModel::restart()
{
    // Replies to the previous text, kind or tenant are dropped.
    const bool nothingToSearch = m_text.isEmpty() || m_kind == TargetKind::None;
    m_search->restart(!nothingToSearch);
    if (nothingToSearch)
        show({});
}

void TargetSearchModel::searchNow()
{
    m_search->skipDebounce();
}

QList<TargetSearchModel::Query> TargetSearchModel::queries() const
{
    static const QRegularExpression digits(u"^[0-9*#]+$"_s);
    const bool extension = digits.match(m_text).hasMatch();
    const QString tenant =
        m_tenant.isEmpty() ? QString() : Resources::queryIs(u"TenantObjectId"_s, m_tenant);
    const QString name = Resources::queryStartsWith(u"DisplayName"_s, m_text);
    const QString number = Resources::queryStartsWith(u"DtmfAccessId"_s, m_text);
    QList<Query> result;
    auto add = [&](const QString &resource, QLatin1StringView item, Kind kind, bool users,
                   QStringList clauses) {
        clauses.append(tenant);
        result.append({resource, QString(item), Resources::queryAnd(clauses), kind, users});
    };
    switch (m_kind) {
    case TargetKind::CallHandler: {
        const QString system = Resources::queryIs(u"IsPrimary"_s, u"0"_s);
        add(Resources::callHandlers(), Resources::Item::CallHandler, Kind::CallHandler, false,
            {system, name});
        add(Resources::users(), Resources::Item::User, Kind::Mailbox, true, {name});
        if (extension) {
            add(Resources::callHandlers(), Resources::Item::CallHandler, Kind::CallHandler, false,
                {system, number});
            add(Resources::users(), Resources::Item::User, Kind::Mailbox, true, {number});
        } else {
            add(Resources::users(), Resources::Item::User, Kind::Mailbox, true,
                {Resources::queryStartsWith(u"Alias"_s, m_text)});
        }
        break;
    }
    case TargetKind::DirectoryHandler:
    case TargetKind::InterviewHandler: {
        const bool directory = m_kind == TargetKind::DirectoryHandler;
        const QString resource =
            directory ? Resources::directoryHandlers() : Resources::interviewHandlers();
        const QLatin1StringView item =
            directory ? Resources::Item::DirectoryHandler : Resources::Item::InterviewHandler;
        const Kind kind = directory ? Kind::DirectoryHandler : Kind::InterviewHandler;
        add(resource, item, kind, false, {name});
        if (extension)
            add(resource, item, kind, false, {number});
        break;
    }
    case TargetKind::None:
        break;
    }
    return result;
}

void TargetSearchModel::startSearch()
{
    m_queries = queries();
    QList<ServerSearch::Request> requests;
    for (const Query &query : std::as_const(m_queries))
        requests.append({query.resource, query.item, query.clause});
    m_search->start(m_names ? m_names->client() : nullptr, requests, m_maxResults);
}

void TargetSearchModel::onAnswered(const QList<QList<CupiObject>> &found, const CupiError &error)
{
    QList<TargetInfo> collected;
    for (int i = 0; i < found.size(); ++i) {
        const Query &query = m_queries.at(i);
        for (const CupiObject &object : found.at(i)) {
            TargetInfo info{object.objectId(), query.kind, object.displayName(),
                            object.value(u"DtmfAccessId"), object.value(u"TenantObjectId")};
            if (query.users) {
                info.id = object.value(u"CallHandlerObjectId"); // the user's mailbox
                if (info.name.isEmpty())
                    info.name = object.value(u"Alias");
            }
            if (m_systemOnly && !info.tenantId.isEmpty())
                continue; // a tenant's object, offered to a system handler
            ServerSearch::appendNew(collected, info);
        }
    }
    if (!ServerSearch::settle(collected, error, m_maxResults, &TargetInfo::name)) {
        show({});
        Q_EMIT searchFailed(error);
        return;
    }
    if (m_names)
        m_names->add(collected);
    show(collected);
    Q_EMIT searchFinished(int(m_rows.size()));
}

void TargetSearchModel::show(QList<TargetInfo> rows)
{
    if (rows == m_rows)
        return;
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int TargetSearchModel::exactMatch(const QString &text) const
{
    int found = -1;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (!m_rows.at(row).matches(text))
            continue;
        if (found >= 0)
            return -1; // ambiguous: the person has to choose
        found = row;
    }
    return found;
}

} // namespace HandlerDesk::Core
