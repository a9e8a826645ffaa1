// SPDX-License-Identifier: GPL-3.0-or-later
// Graph::serialize()/deserialize(): the cache form of the call-flow graph. Layout (QDataStream,
// Qt 6.4 format, big-endian):
//   quint32 magic "HDCF", quint16 version (1)
//   qint64  readAt, ms since the epoch (UTC); NoTime for none
//   quint32 n, n × QString          the string table (extensions, tenants, greeting types, keys,
//                                   conversations, extra roots: values that repeat)
//   quint32 n, n × quint32          extra roots (string indexes)
//   quint32 n, n × node             QString objectId, QString name, quint32 extension, tenant,
//                                   partition (string indexes), quint8 kind, quint8 flags,
//                                   quint32 k, k × quint32 greetingsOn, the same for
//                                   greetingsExpired, quint32 k, k × (quint8 site,
//                                   quint32 detail) noTarget
//   n × (quint32 k, k × edge)       each node's edges in targetsOf() order: quint32 to,
//                                   quint8 site, quint32 detail, conversation, quint8 enabled
// Every count is checked against the bytes left before anything is allocated, every index and
// enum value against its range; anything else, or bytes left over, is "not a cache".
#include "core/flow/callflowgraph.h"

#include <QDataStream>
#include <QIODevice>

#include <limits>

namespace HandlerDesk::Core::Flow {

namespace {

constexpr quint32 Magic = 0x48444346; // "HDCF"
constexpr quint16 Version = 1;
constexpr qint64 NoTime = std::numeric_limits<qint64>::min();

enum NodeFlag : quint8 {
    Undeletable = 0x01,
    HasRecipient = 0x02,
    DetailsRead = 0x04,
    HasExit = 0x08,
    AllFlags = 0x0f,
};

// Smallest encoded sizes, which bound every count by the bytes left.
constexpr qint64 MinString = 4;
constexpr qint64 MinNode = 2 * MinString + 3 * 4 + 2 + 3 * 4 + 4; // + its edge count
constexpr qint64 MinSite = 1 + 4;
constexpr qint64 MinEdge = 4 + 1 + 4 + 4 + 1;

class StringTable
{
public:
    quint32 index(const QString &text)
    {
        const auto found = m_table.constFind(text);
        if (found != m_table.constEnd())
            return *found;
        const auto added = quint32(m_strings.size());
        m_table.insert(text, added);
        m_strings.append(text);
        return added;
    }
    const QStringList &strings() const { return m_strings; }

private:
    QHash<QString, quint32> m_table;
    QStringList m_strings;
};

class Reader
{
public:
    explicit Reader(QDataStream &in)
        : m_in(in)
    {
    }

    bool ok() const { return m_in.status() == QDataStream::Ok; }
    // A count of items of at least `itemSize` bytes each; false when the bytes left cannot hold
    // that many.
    bool count(quint32 &n, qint64 itemSize)
    {
        m_in >> n;
        return ok() && qint64(n) * itemSize <= m_in.device()->bytesAvailable();
    }
    bool string(QString &text)
    {
        m_in >> text;
        return ok();
    }
    bool indexed(QString &text)
    {
        quint32 i = 0;
        m_in >> i;
        if (!ok() || i >= quint32(table.size()))
            return false;
        text = table[i];
        return true;
    }
    bool indexedList(QStringList &list)
    {
        quint32 n = 0;
        if (!count(n, 4))
            return false;
        list.reserve(n);
        for (quint32 i = 0; i < n; ++i) {
            QString text;
            if (!indexed(text))
                return false;
            list.append(text);
        }
        return true;
    }

    bool sites(QList<Site> &list)
    {
        quint32 n = 0;
        if (!count(n, MinSite))
            return false;
        list.reserve(n);
        for (quint32 i = 0; i < n; ++i) {
            Site site;
            quint8 kind = 0;
            m_in >> kind;
            if (!ok() || kind > quint8(EdgeSite::RoutingRule) || !indexed(site.detail))
                return false;
            site.site = EdgeSite(kind);
            list.append(site);
        }
        return true;
    }

    QStringList table;

private:
    QDataStream &m_in;
};

} // namespace

QByteArray Graph::serialize() const
{
    // The nodes and edges first (they fill the string table), then the header and the table
    // before them.
    QByteArray nodesBytes;
    QDataStream nodes(&nodesBytes, QIODevice::WriteOnly);
    nodes.setVersion(QDataStream::Qt_6_4);
    StringTable table;
    QList<quint32> roots;
    for (const QString &id : m_extraRoots)
        roots.append(table.index(id));
    nodes << quint32(m_nodes.size());
    for (const Node &node : m_nodes) {
        quint8 flags = 0;
        flags |= node.undeletable ? Undeletable : 0;
        flags |= node.hasRecipient ? HasRecipient : 0;
        flags |= node.detailsRead ? DetailsRead : 0;
        flags |= node.hasExit ? HasExit : 0;
        nodes << node.objectId << node.name << table.index(node.extension)
              << table.index(node.tenantId) << table.index(node.partitionId) << quint8(node.kind)
              << flags;
        for (const QStringList *list : {&node.greetingsOn, &node.greetingsExpired}) {
            nodes << quint32(list->size());
            for (const QString &type : *list)
                nodes << table.index(type);
        }
        nodes << quint32(node.noTarget.size());
        for (const Site &site : node.noTarget)
            nodes << quint8(site.site) << table.index(site.detail);
    }
    for (const QList<int> &out : m_out) {
        nodes << quint32(out.size());
        for (int index : out) {
            const Edge &edge = m_edges[index];
            nodes << quint32(edge.to) << quint8(edge.site) << table.index(edge.detail)
                  << table.index(edge.conversation) << quint8(edge.enabled ? 1 : 0);
        }
    }

    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << Magic << Version << (m_readAt.isValid() ? m_readAt.toMSecsSinceEpoch() : NoTime);
    out << quint32(table.strings().size());
    for (const QString &text : table.strings())
        out << text;
    out << quint32(roots.size());
    for (quint32 root : std::as_const(roots))
        out << root;
    out.writeRawData(nodesBytes.constData(), int(nodesBytes.size()));
    return bytes;
}

std::optional<Graph> Graph::deserialize(const QByteArray &bytes)
{
    QDataStream in(bytes);
    in.setVersion(QDataStream::Qt_6_4);
    Reader read(in);
    quint32 magic = 0;
    quint16 version = 0;
    qint64 readAt = 0;
    in >> magic >> version >> readAt;
    if (!read.ok() || magic != Magic || version != Version)
        return std::nullopt;

    Graph graph;
    if (readAt != NoTime) {
        graph.m_readAt = QDateTime::fromMSecsSinceEpoch(readAt, Qt::UTC);
        if (!graph.m_readAt.isValid())
            return std::nullopt;
    }
    quint32 n = 0;
    if (!read.count(n, MinString))
        return std::nullopt;
    read.table.reserve(n);
    for (quint32 i = 0; i < n; ++i) {
        QString text;
        if (!read.string(text))
            return std::nullopt;
        read.table.append(text);
    }
    if (!read.indexedList(graph.m_extraRoots))
        return std::nullopt;

    quint32 nodeCount = 0;
    if (!read.count(nodeCount, MinNode))
        return std::nullopt;
    graph.m_nodes.reserve(nodeCount);
    graph.m_index.reserve(nodeCount);
    for (quint32 i = 0; i < nodeCount; ++i) {
        Node node;
        quint8 kind = 0;
        quint8 flags = 0;
        if (!read.string(node.objectId) || !read.string(node.name) ||
            !read.indexed(node.extension) || !read.indexed(node.tenantId) ||
            !read.indexed(node.partitionId))
            return std::nullopt;
        in >> kind >> flags;
        if (!read.ok() || kind > quint8(NodeKind::Missing) || (flags & ~AllFlags) != 0 ||
            node.objectId.isEmpty() || graph.m_index.contains(node.objectId))
            return std::nullopt;
        node.kind = NodeKind(kind);
        node.undeletable = flags & Undeletable;
        node.hasRecipient = flags & HasRecipient;
        node.detailsRead = flags & DetailsRead;
        node.hasExit = flags & HasExit;
        if (!read.indexedList(node.greetingsOn) || !read.indexedList(node.greetingsExpired) ||
            !read.sites(node.noTarget))
            return std::nullopt;
        graph.m_index.insert(node.objectId, int(i));
        graph.m_nodes.append(std::move(node));
    }
    graph.m_out.resize(nodeCount);
    graph.m_in.resize(nodeCount);
    for (quint32 from = 0; from < nodeCount; ++from) {
        quint32 edgeCount = 0;
        if (!read.count(edgeCount, MinEdge))
            return std::nullopt;
        graph.m_out[from].reserve(edgeCount);
        for (quint32 k = 0; k < edgeCount; ++k) {
            Edge edge;
            quint32 to = 0;
            quint8 site = 0;
            quint8 enabled = 0;
            in >> to >> site;
            if (!read.ok() || to >= nodeCount || site > quint8(EdgeSite::RoutingRule) ||
                !read.indexed(edge.detail) || !read.indexed(edge.conversation))
                return std::nullopt;
            in >> enabled;
            if (!read.ok() || enabled > 1)
                return std::nullopt;
            edge.from = int(from);
            edge.to = int(to);
            edge.site = EdgeSite(site);
            edge.enabled = enabled == 1;
            const int index = int(graph.m_edges.size());
            graph.m_edges.append(std::move(edge));
            graph.m_out[from].append(index);
            graph.m_in[to].append(index);
        }
    }
    if (!in.atEnd())
        return std::nullopt;
    return graph;
}

} // namespace HandlerDesk::Core::Flow
