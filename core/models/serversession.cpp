// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/serversession.h"

#include "core/cupiclient.h"
#include "core/cupierror.h"
#include "core/cupiobject.h"
#include "core/handleredit.h"
#include "core/models/callhandlerlistmodel.h"
#include "core/models/connection.h"
#include "core/models/handleractions.h"
#include "core/models/handlereditor.h"
#include "core/models/lookupcache.h"
#include "core/secretstore.h"

namespace HandlerDesk::Core {

ServerSession::ServerSession(Connection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{
    Q_ASSERT(connection);
    connection->setParent(this);
    CupiClient *client = connection->client();
    m_handlers = new CallHandlerListModel(client, connection->lookups(), this);
    m_editor = new HandlerEditor(client, this);
    m_actions = new HandlerActions(client, this);

    connect(m_editor, &HandlerEditor::handlerRead, this, [this](const CupiObject &handler) {
        // A handler the list does not show (a filter excludes it) stays out of it.
        if (m_handlers->rowOf(handler.objectId()) >= 0)
            m_handlers->updateHandler(handler);
    });
    connect(m_handlers, &CallHandlerListModel::handlerUpdateFailed, this,
            &ServerSession::rowUpdateFailed);
    connect(m_actions, &HandlerActions::created, this,
            [this](const QString &id, const CupiObject &handler) {
                m_handlers->addHandler(handler);
                Q_EMIT handlerCreated(id, handler.displayName());
            });
    connect(m_actions, &HandlerActions::createFailed, this,
            [this](const CupiError &error, const QString &createdId) {
                if (!createdId.isEmpty())
                    m_handlers->updateHandler(createdId); // it exists: list it as it is
                Q_EMIT createFailed(error, createdId);
            });
    connect(m_actions, &HandlerActions::deleted, this, &ServerSession::onDeleted);
    connect(m_actions, &HandlerActions::deleteFailed, this,
            [this](const QString &id, const CupiError &error) {
                m_deleting.remove(id);
                Q_EMIT deleteFailed(error);
            });
    connect(client, &CupiClient::authenticationFailed, this, &ServerSession::passwordRefused);
    connect(connection, &Connection::credentialsChecked, this, [this](const CupiError &error) {
        if (error) {
            Q_EMIT signInFailed(error);
            return;
        }
        rememberPassword();
        reloadFailedLookups();
        Q_EMIT signedInAgain();
    });
}

ServerSession::~ServerSession()
{
    // What listens to the client's jobs goes before the connection (and its client), without a
    // signal: the list drops its load silently (a window may be half destroyed around us).
    delete m_editor;
    delete m_actions;
    delete m_handlers;
}

LookupCache *ServerSession::lookups() const
{
    return m_connection->lookups();
}

QString ServerSession::openObjectId() const
{
    return m_editor->objectId();
}

bool ServerSession::isOpenHandlerUndeletable() const
{
    const CallHandlerEdit *open = m_editor->handlerEdit();
    return open && !m_editor->objectId().isEmpty() && open->loaded().boolValue(Field::Undeletable);
}

void ServerSession::openHandler(const QString &objectId)
{
    if (!objectId.isEmpty())
        m_editor->load(objectId);
}

void ServerSession::refresh()
{
    m_handlers->refresh();
    if (!m_editor->objectId().isEmpty())
        m_editor->reload(); // on failure the form stays and reloadFailed() says so
}

void ServerSession::createHandler(const QString &templateObjectId, const QString &displayName,
                                  const QString &extension)
{
    m_actions->createHandler(templateObjectId, displayName, extension);
}

void ServerSession::deleteOpenHandler()
{
    const QString id = m_editor->objectId();
    m_deleting.insert(id, m_editor->displayName());
    m_actions->deleteHandler(id); // an empty id fails with a message, asynchronously
}

void ServerSession::onDeleted(const QString &objectId)
{
    const QString name = m_deleting.take(objectId);
    if (m_editor->objectId() == objectId)
        m_editor->clear();
    m_handlers->removeHandler(objectId);
    Q_EMIT handlerDeleted(objectId, name);
}

void ServerSession::setPasswordStore(SecretStore *store, const QString &key)
{
    m_secrets = store;
    m_secretKey = key;
}

void ServerSession::setPassword(const QString &password)
{
    m_password = password;
    rememberPassword();
}

void ServerSession::signInAgain(const QString &password)
{
    // Offered again if the server refuses this one too.
    m_password = password;
    m_connection->setPasswordProvider([password] { return password; });
    m_connection->checkCredentials();
}

void ServerSession::reloadFailedLookups()
{
    LookupCache *lookups = m_connection->lookups();
    for (int k = 0; k < LookupCache::KindCount; ++k) {
        const auto kind = LookupCache::Kind(k);
        if (kind != LookupCache::Kind::Users && lookups->error(kind).isError())
            lookups->reload(kind);
    }
}

void ServerSession::rememberPassword()
{
    if (!m_secrets || m_password.isEmpty())
        return;
    m_secrets->writePassword(m_secretKey, m_password, this, [this](const SecretResult &result) {
        if (!result.ok())
            Q_EMIT passwordNotRemembered(result.error);
    });
}

} // namespace HandlerDesk::Core
