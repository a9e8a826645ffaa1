// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/handleractions.h"

#include "core/cupiclient.h"
#include "core/cupijob.h"
#include "core/fieldnames.h"
#include "core/fieldtable.h"
#include "core/resources.h"

#include <QTimer>

namespace HandlerDesk::Core {

HandlerActions::HandlerActions(CupiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

HandlerActions::~HandlerActions() = default;

QList<FieldIssue> HandlerActions::checkNewHandler(const QString &displayName,
                                                  const QString &extension)
{
    if (displayName.trimmed().isEmpty())
        return {{Field::DisplayName.toString(), tr("The new call handler needs a name.")}};
    QList<FieldIssue> issues;
    const std::pair<QStringView, QString> values[] = {{Field::DisplayName, displayName},
                                                      {Field::DtmfAccessId, extension}};
    for (const auto &[field, value] : values) {
        const FieldSpec *spec = CallHandlerFields::find(field);
        Q_ASSERT(spec);
        if (const auto problem = validateField(*spec, value))
            issues.append({spec->name(), *problem});
    }
    return issues;
}

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
    if (const QList<FieldIssue> issues = checkNewHandler(displayName, extension); !issues.isEmpty())
        return refuse(issues.constFirst().message);

    CupiObject body;
    body.set(Field::DisplayName.toString(), displayName);
    if (!extension.isEmpty())
        body.set(Field::DtmfAccessId.toString(), extension);
    ObjectJob *job = m_client->get(Resources::member(Resources::templates(), templateObjectId));
    connect(job, &CupiJob::finished, this, [this, templateObjectId, body](CupiJob *done) {
        if (!done->ok())
            Q_EMIT createFailed(done->error(), QString());
        else
            postHandler(templateObjectId, body);
    });
}

void HandlerActions::postHandler(const QString &templateObjectId, const CupiObject &body)
{
    WriteJob *job = m_client->post(Resources::createCallHandler(templateObjectId), body,
                                   QString(Resources::Root::CallHandler));
    connect(job, &CupiJob::finished, this, [this](CupiJob *done) {
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

void HandlerActions::deleteHandler(const QString &objectId, DeleteConfirmation confirm)
{
    if (!m_client || objectId.isEmpty()) {
        QTimer::singleShot(0, this, [this, objectId] {
            Q_EMIT deleteFailed(
                objectId, CupiError(CupiError::Kind::Usage, tr("No call handler to delete.")));
        });
        return;
    }
    // Read it first: the Undeletable flag decides, as the server has it now.
    ObjectJob *job = m_client->get(Resources::callHandler(objectId));
    connect(job, &CupiJob::finished, this,
            [this, objectId, confirm = std::move(confirm)](CupiJob *done) {
                if (!done->ok())
                    Q_EMIT deleteFailed(objectId, done->error());
                else
                    removeChecked(objectId, static_cast<ObjectJob *>(done)->object(), confirm);
            });
}

void HandlerActions::removeChecked(const QString &objectId, const CupiObject &handler,
                                   const DeleteConfirmation &confirm)
{
    if (handler.boolValue(Field::Undeletable)) {
        Q_EMIT deleteFailed(objectId,
                            CupiError(CupiError::Kind::Usage,
                                      tr("“%1” is undeletable: the server keeps its system call "
                                         "handlers and users' primary handlers.")
                                          .arg(handler.displayName())));
        return;
    }
    if (confirm && !confirm(handler)) {
        Q_EMIT deleteFailed(objectId, CupiError(CupiError::Kind::Cancelled, tr("Not deleted.")));
        return;
    }
    WriteJob *removal = m_client->remove(Resources::callHandler(objectId));
    connect(removal, &CupiJob::finished, this, [this, objectId](CupiJob *removed) {
        if (removed->ok())
            Q_EMIT deleted(objectId);
        else
            Q_EMIT deleteFailed(objectId, removed->error());
    });
}

} // namespace HandlerDesk::Core
