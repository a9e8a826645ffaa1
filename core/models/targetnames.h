// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/fieldtable.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

namespace HandlerDesk::Core {

class CallHandlerListModel;
class CupiClient;
class CupiJob;

// A target of a "Go to" (TargetHandlerObjectId and its kin) as a person knows it.
struct TargetInfo
{
    enum class Kind {
        Pending,          // nothing known yet; resolve() asks the server
        CallHandler,      // a call handler of the system or a tenant
        Mailbox,          // a user's primary call handler: named after the user
        DirectoryHandler, // conversation AD
        InterviewHandler, // conversation PHInterview
        NotFound,         // no call, directory or interview handler has this id
        Unavailable,      // could not be read (network, server busy); asked again later
    };

    QString id; // the target id itself (for a mailbox: the primary handler's id)
    Kind kind = Kind::Pending;
    QString name;      // DisplayName (a mailbox: the user's)
    QString extension; // DtmfAccessId, may be empty
    QString tenantId;

    static TargetInfo of(const QString &id, Kind kind = Kind::Pending)
    {
        TargetInfo info;
        info.id = id;
        info.kind = kind;
        return info;
    }
    bool isResolved() const { return kind != Kind::Pending && kind != Kind::Unavailable; }
    // A call handler or a user's mailbox: something the handler editor can open.
    bool isCallHandler() const { return kind == Kind::CallHandler || kind == Kind::Mailbox; }
    // "Call handler", "Directory handler", "Mailbox", … (translated).
    QString kindText() const;
    // "Call handler · Sales Main Menu (2100)", "Mailbox of Alice Anderson (1100)", "Directory
    // handler · Company Directory", "Not found (<id>)" (translated).
    QString displayText() const;
    // Whether `text` names this target: its name, extension or display text, ignoring case.
    bool matches(const QString &text) const;
    bool operator==(const TargetInfo &) const = default;
};

// The names of "Go to" targets on one connection: a per-connection cache (attached to the
// CupiClient, see of()). An id listed in the handler list is known at once; any other is read
// from the server on resolve() — the kind the conversation expects first, then the other kinds
// (call handler, directory handler, interview handler), at most two requests at a time. A
// primary call handler is named after its user (users?query=(CallHandlerObjectId is <id>)). An id
// that no kind has is NotFound (remembered); an id that could not be read is Unavailable and
// asked again by the next resolve(). resolved(id) follows every answer, never synchronously.
class TargetNames : public QObject
{
    Q_OBJECT
public:
    explicit TargetNames(CupiClient *client, QObject *parent = nullptr);
    ~TargetNames() override;

    // The names of `client`'s connection: made on first use as a child of the client, so it
    // lives and dies with the connection. Null for a null client.
    static TargetNames *of(CupiClient *client);

    CupiClient *client() const;
    // Handlers listed there (not primary ones: their names are users') are known at once.
    void setHandlerList(CallHandlerListModel *handlers);

    // What is known of `id` now, without asking anybody (Pending when nothing).
    TargetInfo known(const QString &id) const;
    // known(), and when that is Pending or Unavailable, asks the server. `expected` is tried
    // first (TargetKind::None: call handlers first).
    TargetInfo resolve(const QString &id, TargetKind expected);
    // Targets found elsewhere (searches): known from now on; resolved() for those that changed.
    void add(const QList<TargetInfo> &targets);
    // How many ids wait or are being read.
    int pendingCount() const { return int(m_queue.size()) + m_inFlight; }

Q_SIGNALS:
    void resolved(const QString &id);

private:
    struct Lookup
    {
        QString id;
        QList<TargetInfo::Kind> tries; // still to try, in order
    };
    void pump();
    void tryNext(Lookup lookup);
    void onObjectRead(CupiJob *job, Lookup lookup);
    void readMailbox(const Lookup &lookup, const TargetInfo &handler);
    void finish(const TargetInfo &info);

    QPointer<CupiClient> m_client;
    QPointer<CallHandlerListModel> m_handlers;
    QHash<QString, TargetInfo> m_cache; // resolved and NotFound ids, and search results
    QList<Lookup> m_queue;
    QSet<QString> m_asked; // queued or in flight
    int m_inFlight = 0;
};

} // namespace HandlerDesk::Core

Q_DECLARE_METATYPE(HandlerDesk::Core::TargetInfo)
