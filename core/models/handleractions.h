// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cupierror.h"
#include "core/cupiobject.h"

#include <QObject>
#include <QPointer>

namespace HandlerDesk::Core {

class CupiClient;

// Create and delete of call handlers. Each request ends in exactly one of its two signals,
// never synchronously.
//
// createHandler(): POST …/callhandlers?templateObjectId=<template> with DisplayName, then (when an
// extension is given) PUT DtmfAccessId, then GET the new handler → created(id, handler). If the
// extension PUT fails the handler exists: createFailed() carries the new id so the UI can open it.
// deleteHandler(): GET the handler first and refuse client-side (Kind::Usage, clear message) when
// it is Undeletable; otherwise DELETE → deleted(id).
class HandlerActions : public QObject
{
    Q_OBJECT
public:
    explicit HandlerActions(CupiClient *client, QObject *parent = nullptr);
    ~HandlerActions() override;

    void createHandler(const QString &templateObjectId, const QString &displayName,
                       const QString &extension = {});
    void deleteHandler(const QString &objectId);

Q_SIGNALS:
    void created(const QString &objectId, const HandlerDesk::Core::CupiObject &handler);
    void createFailed(const HandlerDesk::Core::CupiError &error, const QString &createdObjectId);
    void deleted(const QString &objectId);
    void deleteFailed(const QString &objectId, const HandlerDesk::Core::CupiError &error);

private:
    void putExtension(const QString &id, const QString &extension);
    void fetchCreated(const QString &id);

    QPointer<CupiClient> m_client;
};

} // namespace HandlerDesk::Core
