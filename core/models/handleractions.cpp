// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/handleractions.h"

#include "core/cupiclient.h"
#include "core/cupijob.h"
#include "core/resources.h"

#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace HandlerDesk::Core {

HandlerActions::HandlerActions(CupiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

HandlerActions::~HandlerActions() = default;

void HandlerActions::createHandler(const QString &templateObjectId, const QString &displayName,
                                   const QString &extension)
{
    const auto refuse = [this](const QString &message) {
        // Never synchronously: the caller connects after calling.
        QTimer::singleShot(0, this, [this, message] {
            Q_EMIT createFailed(CupiError(CupiError::Kind::Usage, message), QString());
        });
    };
    if (!m_client)
        return refuse(tr("Not connected."));
    if (templateObjectId.isEmpty())
        return refuse(tr("Choose a call handler template for the new handler."));
    if (displayName.trimmed().isEmpty())
        return refuse(tr("The new call handler needs a name."));

    CupiObject body;
    body.set(u"DisplayName"_s, displayName);
    WriteJob *job = m_client->post(Resources::createCallHandler(templateObjectId), body,
                                   QString(Resources::Root::CallHandler));
    connect(job, &CupiJob::finished, this, [this, extension](CupiJob *done) {
        if (!done->ok()) {
            Q_EMIT createFailed(done->error(), QString());
            return;
        }
        const QString id = static_cast<WriteJob *>(done)->createdId();
        if (id.isEmpty()) {
            Q_EMIT createFailed(CupiError(CupiError::Kind::Decode,
                                          tr("The server did not say which handler it created.")),
                                QString());
            return;
        }
        if (extension.isEmpty())
            fetchCreated(id);
        else
            putExtension(id, extension);
    });
}

void HandlerActions::putExtension(const QString &id, const QString &extension)
{
    CupiObject changes;
    changes.set(u"DtmfAccessId"_s, extension);
    WriteJob *job = m_client->put(Resources::callHandler(id), changes,
                                  QString(Resources::Root::CallHandler));
    connect(job, &CupiJob::finished, this, [this, id](CupiJob *done) {
        if (!done->ok()) {
            // The handler exists without its extension: say so, and give its id.
            Q_EMIT createFailed(done->error(), id);
            return;
        }
        fetchCreated(id);
    });
}

void HandlerActions::fetchCreated(const QString &id)
{
    ObjectJob *job = m_client->get(Resources::callHandler(id));
    connect(job, &CupiJob::finished, this, [this, id](CupiJob *done) {
        if (!done->ok()) {
            Q_EMIT createFailed(done->error(), id);
            return;
        }
        Q_EMIT created(id, static_cast<ObjectJob *>(done)->object());
    });
}

void HandlerActions::deleteHandler(const QString &objectId)
{
    if (!m_client || objectId.isEmpty()) {
        QTimer::singleShot(0, this, [this, objectId] {
            Q_EMIT deleteFailed(objectId, CupiError(CupiError::Kind::Usage,
                                                    tr("No call handler to delete.")));
        });
        return;
    }
    // Read it first: the Undeletable flag decides, as the server has it now.
    ObjectJob *job = m_client->get(Resources::callHandler(objectId));
    connect(job, &CupiJob::finished, this, [this, objectId](CupiJob *done) {
        if (!done->ok()) {
            Q_EMIT deleteFailed(objectId, done->error());
            return;
        }
        const CupiObject &handler = static_cast<ObjectJob *>(done)->object();
        if (handler.boolValue(u"Undeletable")) {
            Q_EMIT deleteFailed(objectId, CupiError(CupiError::Kind::Usage,
                                                    tr("“%1” is a system call handler that "
                                                       "cannot be deleted.")
                                                        .arg(handler.displayName())));
            return;
        }
        WriteJob *removal = m_client->remove(Resources::callHandler(objectId));
        connect(removal, &CupiJob::finished, this, [this, objectId](CupiJob *removed) {
            if (removed->ok())
                Q_EMIT deleted(objectId);
            else
                Q_EMIT deleteFailed(objectId, removed->error());
        });
    });
}

} // namespace HandlerDesk::Core
