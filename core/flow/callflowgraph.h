// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The reference graph of a server's call flow (issue 12): every edge along which a call can move
// from one object to another, and the roots where calls enter. A plain value type (Qt Core only),
// built by CallFlowBuilder from the server, kept in the XDG cache, queried by the call-flow view,
// the "Referenced by" panel, the delete dialog, lint and handlerctl.
//
// Nodes are interned ObjectIds (and "conv:<Conversation>" for targets that are a conversation
// without an object, e.g. SubSignIn); an edge names where in its source it lives (a key, a
// greeting, the after-message action, a routing rule), so that every answer can say *where* to fix
// it. A target ObjectId that no node carries is kept as a node of kind Missing (a dangling target).
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace HandlerDesk::Core {
class CupiObject;
}

namespace HandlerDesk::Core::Flow {

enum class NodeKind : quint8 {
    CallHandler,      // a system call handler (IsPrimary 0)
    PrimaryHandler,   // a user's primary call handler (the user's greetings: "send to user")
    DirectoryHandler, // conversation AD
    InterviewHandler, // conversation PHInterview
    RoutingRule,      // a root: direct or forwarded call routing rule
    Conversation,     // a system conversation with no object (SubSignIn, SystemTransfer, …)
    Missing,          // an ObjectId something points to that the server does not have
};

// Where an edge lives in its source object.
enum class EdgeSite : quint8 {
    AfterMessage,  // the handler's AfterMessageAction
    AfterGreeting, // a greeting's AfterGreetingAction; `detail` is the greeting type
    MenuKey,       // a caller-input key; `detail` is the key ("0"…"9", "*", "#")
    RoutingRule,   // a routing rule's RouteAction; `detail` is empty
};

// CUPI's call actions (PROTOCOL.md §6 enumerations). Only Goto (2) makes an edge to an object;
// the others are kept on the node so that lint can tell an exit from a dead end.
enum class CallAction : quint8 {
    Ignore = 0,
    Hangup = 1,
    Goto = 2,
    Error = 3,
    TakeMessage = 4,
    SkipGreeting = 5,
    RestartGreeting = 6,
    TransferAltContact = 7,
    RouteFromNextRule = 8,
    Unknown = 255, // a value we do not know: kept, shown raw by the caller from the object
};

// A place in an object: an edge site and its detail (the key, the greeting type).
struct Site
{
    EdgeSite site = EdgeSite::MenuKey;
    QString detail;
    bool operator==(const Site &) const = default;
};

struct Node
{
    QString objectId; // "conv:SubSignIn" for a Conversation node
    QString name;     // DisplayName (empty for Missing)
    QString extension;
    QString tenantId;
    QString partitionId; // lint: an extension clashes only within one partition
    NodeKind kind = NodeKind::Missing;
    bool undeletable = false;
    bool hasRecipient = false; // call handlers: a user or a list receives its messages
    bool detailsRead = false;  // greetings and keys read (false: only the list row is known)
    // Greetings that are on (enabled and not expired) as read at `Graph::readAt()`, by type.
    QStringList greetingsOn;
    // Greetings enabled but with an expiry in the past (lint), by type.
    QStringList greetingsExpired;
    // True when an enabled greeting, key or after-message action lets a caller leave the flow
    // other than by hanging up themselves (Hangup, TransferAltContact, a transfer to an
    // extension, …): lint's "loop with no exit" is a cycle none of whose nodes has one.
    bool hasExit = false;
    // "Go to" actions that name no target (lint: a Go-to with no target), where they are.
    QList<Site> noTarget;
};

struct Edge
{
    int from = -1; // node index
    int to = -1;   // node index
    EdgeSite site = EdgeSite::MenuKey;
    QString detail;       // key or greeting type (see EdgeSite)
    QString conversation; // TargetConversation as sent by the server (PHTransfer, PHGreeting, AD …)
    bool enabled = true; // false: its greeting is off, or its rule is inactive
};

bool operator==(const Node &a, const Node &b);
bool operator==(const Edge &a, const Edge &b);

// An edge as read from an object, before its target is interned.
struct EdgeSpec
{
    QString targetId; // ObjectId, or "conv:<Conversation>" (see targetId())
    EdgeSite site = EdgeSite::MenuKey;
    QString detail;
    QString conversation;
    bool enabled = true;
};

// A path a caller can take: the edges from a root to the target, in order.
using Path = QList<int>; // edge indexes

class Graph
{
public:
    // ---- building (CallFlowBuilder, the editor after a save or an open) ----
    // Adds or updates a node by ObjectId; returns its index. A Missing node becomes real when the
    // object is added later.
    int addNode(const Node &node);
    // Replaces every edge whose source is `objectId` with `edges`; a target no node carries yet
    // becomes a Missing node (until it is added). Used both for a first read and for a refresh
    // after an open or a save.
    void setEdgesFrom(const QString &objectId, const QList<EdgeSpec> &edges);
    // Removes a node that was deleted on the server: its own edges go; edges pointing to it now
    // point to a Missing node with the same id (the node itself goes when nothing points to it).
    // Missing and Conversation nodes that nothing points to any more are dropped by this and by
    // setEdgesFrom(). Node and edge indexes are valid only until the next change.
    void removeNode(const QString &objectId);
    // Roots: routing rules are roots by kind; `extraRoots` are other entry points (the Opening
    // Greeting's ObjectId, which calls reach by default).
    void setExtraRoots(const QStringList &objectIds);
    void setReadAt(const QDateTime &when);
    QDateTime readAt() const;

    // ---- queries (all in memory, O(nodes + edges) at most) ----
    int nodeCount() const;
    int edgeCount() const;
    int indexOf(const QString &objectId) const; // -1 if unknown
    const Node &node(int index) const;
    const Edge &edge(int index) const;
    QList<int> roots() const; // node indexes

    QList<int> targetsOf(int node) const;   // edge indexes leaving `node`, in insertion order
    QList<int> referrersOf(int node) const; // edge indexes arriving at `node`
    // Nodes reachable from `from` along enabled-or-not edges, `from` included, up to `maxDepth`
    // edges (-1: unlimited), in breadth-first order. Indexes out of range are ignored.
    QList<int> reachableFrom(const QList<int> &from, int maxDepth = -1) const;
    // Where unreachable() starts. A caller can dial any extension from a greeting that does not
    // ignore digits (the Opening Greeting by default), so by default a node with an extension is
    // an entry point too: a handler is "unreachable" only when no routing rule, no extra root and
    // no node with an extension leads to it, along any edge (enabled or not: a greeting that is
    // off now may be on tomorrow). RootsOnly asks the stricter question "reached from the
    // routing rules and extra roots only".
    enum class Entry : quint8 { RootsAndExtensions, RootsOnly };
    // Call handlers (kind CallHandler) that no entry point reaches, in index order.
    QList<int> unreachable(Entry entry = Entry::RootsAndExtensions) const;
    // Whether an entry point reaches `node` (unreachable() for one node; it walks back along
    // referrers and stops at the first entry point, so it is quick where the answer is yes).
    bool isReachable(int node, Entry entry = Entry::RootsAndExtensions) const;
    // Strongly connected components with a cycle (more than one node, or a self-edge), each a
    // list of node indexes.
    QList<QList<int>> cycles() const;
    // Up to `maxPaths` paths from roots to `node`, shortest first: the shortest paths from the
    // nearest root, then those from the next nearest, … (each path is a shortest one from its
    // root; a longer detour from a nearer root is not listed). A root's own answer includes one
    // empty path. Breadth-first over referrersOf(): O(nodes + edges + maxPaths × length).
    QList<Path> pathsTo(int node, int maxPaths = 5) const;

    // ---- the cache (a versioned binary form; nullopt for anything it does not recognise) ----
    // The form: magic "HDCF", a version, then the graph (nodes, each node's edges in targetsOf()
    // order, strings that repeat kept once). deserialize() checks every count against the bytes
    // left and every index and enum value, so any input is either a valid graph or nullopt.
    QByteArray serialize() const;
    static std::optional<Graph> deserialize(const QByteArray &bytes);

private:
    bool isEntry(int node, Entry entry) const;
    int internTarget(const QString &objectId);
    void removeEdge(int edge);
    void removeNodeAt(int node);
    void dropIfOrphan(const QString &objectId);

    QList<Node> m_nodes;
    // Dense: removing an edge or an orphaned Missing/Conversation node moves the last one into
    // its place (indexes are valid until the next change to the graph).
    QList<Edge> m_edges;
    QHash<QString, int> m_index;
    QList<QList<int>> m_out; // node → edge indexes
    QList<QList<int>> m_in;
    QStringList m_extraRoots;
    QDateTime m_readAt;
};

// ---- edges from CUPI objects (one place knows the field names) ----
// Any object's node of `kind`: ObjectId, DisplayName, DtmfAccessId, TenantObjectId,
// PartitionObjectId, Undeletable (directory and interview handlers use it as it is).
Node objectNode(const CupiObject &object, NodeKind kind);
// A call handler's own node (kind CallHandler or PrimaryHandler by IsPrimary) from its list row:
// hasRecipient and the after-message action's exit and no-target state; detailsRead false.
Node handlerNode(const CupiObject &handler);
// The same with its greetings and menu entries read: greetingsOn/greetingsExpired as of `now`,
// hasExit and noTarget over the after-message action, the greetings that are on and every key;
// detailsRead true.
Node handlerNode(const CupiObject &handler, const QList<CupiObject> &greetings,
                 const QList<CupiObject> &menuEntries, const QDateTime &now);
// The edges of a handler: its after-message action (always enabled), each greeting's
// after-greeting action (enabled when the greeting is on at `now`; Standard and Error always
// are) and each key's action (enabled). Actions that go nowhere make no edge.
QList<EdgeSpec> handlerEdges(const CupiObject &handler, const QList<CupiObject> &greetings,
                             const QList<CupiObject> &menuEntries, const QDateTime &now);
// A routing rule (kind RoutingRule) and its one edge, enabled when its State is 0 (Active; the
// .NET SDK's RoutingRuleState: 0 Active, 1 Inactive, 2 Invalid) or absent.
Node routingRuleNode(const CupiObject &rule);
QList<EdgeSpec> routingRuleEdges(const CupiObject &rule);
// The target of one action (a handler, a directory or interview handler, or a conversation node
// id "conv:<name>"); empty when the action goes nowhere (Ignore, Hangup, …, a value not in
// 0…8, or a Go-to whose conversation needs a target and has none). A conversation that takes a
// target (AD, PHTransfer, PHGreeting, PHInterview) gives `targetObjectId`; a known one that takes
// none gives "conv:<name>"; one this program does not know gives `targetObjectId` when there is
// one (the server's link is kept), else "conv:<name>".
QString targetId(int action, const QString &conversation, const QString &targetObjectId);
// What a node is called: its name, else a conversation's name ("SubSignIn" of "conv:SubSignIn"),
// else its ObjectId. Each view adds its own extension and Missing wording.
QString nameOf(const Node &node);
// The Opening Greeting, where callers from outside start: undeletable, named "Opening Greeting"
// (each tenant's "<Tenant> Opening Greeting").
bool isOpeningGreeting(const CupiObject &handler);

} // namespace HandlerDesk::Core::Flow
