// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cupierror.h"
#include "core/cupiobject.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace HandlerDesk::Core {

class CupiClient;
struct FieldIssue;

// Create and delete of call handlers: the one implementation both front ends use (the GUI's
// ServerSession and handlerctl), so both send the same requests. Each request ends in exactly one
// of its two signals, never synchronously.
//
// createHandler(): GET the template, POST …/callhandlers?templateObjectId=<template> with
// DisplayName and (when given) DtmfAccessId, GET the new handler → created(id, handler).
// The GET of the template first signs a new client in with a request that is retried when the
// server is busy (a POST is not, and real servers answer 503 to a third Basic sign-in within a
// second) and finds a template that is gone before anything is written. Name and extension go in
// the one POST, as Cisco's .NET SDK sends them: a refused extension leaves no handler behind.
// If only the last GET fails, createFailed() carries the new id so the caller can open it.
//
// deleteHandler(): GET the handler and refuse client-side (Kind::Usage, clear message) when it is
// Undeletable; then ask `confirm` (if given) with the handler as read — false ends in
// deleteFailed(Kind::Cancelled) — then DELETE → deleted(id). A refusal by the server (e.g. other
// handlers route to it) carries the server's message, which names those handlers.
class HandlerActions : public QObject
{
    Q_OBJECT
public:
    using DeleteConfirmation = std::function<bool(const CupiObject &handler)>;

    explicit HandlerActions(CupiClient *client, QObject *parent = nullptr);
    ~HandlerActions() override;

    // What the field table says about a new handler's name and extension, before anything is
    // sent (createHandler() refuses with the first finding).
    static QList<FieldIssue> checkNewHandler(const QString &displayName, const QString &extension);

    void createHandler(const QString &templateObjectId, const QString &displayName,
                       const QString &extension = {});
    void deleteHandler(const QString &objectId, DeleteConfirmation confirm = {});

Q_SIGNALS:
    void created(const QString &objectId, const HandlerDesk::Core::CupiObject &handler);
    void createFailed(const HandlerDesk::Core::CupiError &error, const QString &createdObjectId);
    void deleted(const QString &objectId);
    void deleteFailed(const QString &objectId, const HandlerDesk::Core::CupiError &error);

private:
    void postHandler(const QString &templateObjectId, const CupiObject &body);
    void fetchCreated(const QString &id);
    void removeChecked(const QString &objectId, const CupiObject &handler,
                       const DeleteConfirmation &confirm);

    QPointer<CupiClient> m_client;
};

} // namespace HandlerDesk::Core
