// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

namespace HandlerDesk::Core {

class CallHandlerListModel;
class Connection;
class CupiError;
class CupiObject;
class HandlerActions;
class HandlerEditor;
class LookupCache;
class SecretStore;

// One signed-in session with one server, as a window shows it: the opened Connection (with its
// client and LookupCache), the list of call handlers, the editor of the open handler and the
// create/delete actions. It owns them (they are its children, the connection last to go) and
// keeps them in step:
// - every read of the open handler (load, reload, after a save or a put-back) updates its row
//   when it is listed, without a request of its own;
// - a created handler joins the list; one created only partly is read again into the list;
// - a deleted handler leaves the list and, when it is the open one, the editor;
// - refresh() reloads the list and the open handler.
//
// Core shows nothing: every failure is a signal meant for a person — the list's and the
// lookups' own loadFailed(), the editor's, and those below. When the server refuses the password
// during the session the client sends it no more and passwordRefused() asks for it;
// signInAgain() tries the one entered, once; once signed in again, the server's lists that failed
// meanwhile load again. A password the server took is written to the SecretStore given by
// setPasswordStore() (the keychain; none: not remembered).
class ServerSession : public QObject
{
    Q_OBJECT
public:
    // Takes `connection`, which has opened(), as its child.
    explicit ServerSession(Connection *connection, QObject *parent = nullptr);
    ~ServerSession() override;

    Connection *connection() const { return m_connection; }
    LookupCache *lookups() const;
    CallHandlerListModel *handlers() const { return m_handlers; }
    HandlerEditor *editor() const { return m_editor; }

    // The handler open in the editor; empty when none.
    QString openObjectId() const;
    // Whether the open handler is one the server marks Undeletable (as loaded).
    bool isOpenHandlerUndeletable() const;
    // Loads `objectId` into the editor (discarding edits: ask the user first).
    void openHandler(const QString &objectId);
    // Reloads the list and the open handler (discarding edits: ask the user first).
    void refresh();
    void createHandler(const QString &templateObjectId, const QString &displayName,
                       const QString &extension);
    // Deletes the handler open in the editor.
    void deleteOpenHandler();

    // Where a password the server took is remembered under `key`; null: nowhere.
    void setPasswordStore(SecretStore *store, const QString &key);
    // The password the server took when the connection opened: remembered now.
    void setPassword(const QString &password);
    // The session's password, offered (to be corrected) when the server refuses it.
    QString password() const { return m_password; }
    // After passwordRefused(): the password a person entered, tried once (one request);
    // exactly one signedInAgain() or signInFailed() follows, never synchronously.
    void signInAgain(const QString &password);

Q_SIGNALS:
    void handlerCreated(const QString &objectId, const QString &displayName);
    // `createdObjectId` is set when the handler exists but was not made completely.
    void createFailed(const HandlerDesk::Core::CupiError &error, const QString &createdObjectId);
    void handlerDeleted(const QString &objectId, const QString &displayName);
    void deleteFailed(const HandlerDesk::Core::CupiError &error);
    // The list could not read a handler again to update its row (the row stays as it was).
    void rowUpdateFailed(const QString &objectId, const HandlerDesk::Core::CupiError &error);
    // The server refused the password: nothing is sent with it until signInAgain().
    void passwordRefused();
    void signedInAgain();
    void signInFailed(const HandlerDesk::Core::CupiError &error);
    // The password could not be written to the SecretStore; `reason` is a sentence.
    void passwordNotRemembered(const QString &reason);

private:
    void onDeleted(const QString &objectId);
    void rememberPassword();
    // After signing in again: the lists that could not be read meanwhile (reads: safe to repeat).
    void reloadFailedLookups();

    Connection *m_connection = nullptr;
    CallHandlerListModel *m_handlers = nullptr;
    HandlerEditor *m_editor = nullptr;
    HandlerActions *m_actions = nullptr;
    QPointer<SecretStore> m_secrets;
    QString m_secretKey;
    QString m_password;
    QHash<QString, QString> m_deleting; // id → name of the handlers being deleted
};

} // namespace HandlerDesk::Core
