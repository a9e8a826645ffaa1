// SPDX-License-Identifier: GPL-3.0-or-later
// The file: QDataStream (Qt 6.4 format): quint32 magic "HDFC", quint16 FileVersion, QString
// server, QString user, QByteArray Graph::serialize(); nothing after it.
#include "core/flow/callflowcachefile.h"

#include "core/flow/callflowgraph.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace HandlerDesk::Core::Flow {

Q_LOGGING_CATEGORY(lcFlowCache, "handlerdesk.flow.cache")

namespace {

constexpr quint32 Magic = 0x48444643; // "HDFC"
constexpr auto StreamVersion = QDataStream::Qt_6_4;

QString tr(const char *text)
{
    return QCoreApplication::translate("HandlerDesk::Core::Flow::CallFlowCache", text);
}

QString key(const QString &server)
{
    return server.trimmed().toLower();
}

void setProblem(QString *problem, const QString &path, const QString &text)
{
    qCWarning(lcFlowCache).noquote() << "ignoring" << path << ":" << text;
    if (problem)
        *problem = text;
}

} // namespace

CallFlowCache::CallFlowCache(QString directory)
    : m_directory(std::move(directory))
{
    if (m_directory.isEmpty()) {
        m_directory = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) +
                      u"/handlerdesk/callflow"_s;
    }
}

QString CallFlowCache::serverKey(const QUrl &serverUrl)
{
    return u"%1:%2"_s.arg(serverUrl.host()).arg(serverUrl.port(443));
}

QString CallFlowCache::filePath(const QString &server, const QString &user) const
{
    const QByteArray hash =
        QCryptographicHash::hash((key(server) + u'\n' + user).toUtf8(), QCryptographicHash::Sha256);
    return m_directory + u'/' + QString::fromLatin1(hash.toHex().left(32)) + u".flow"_s;
}

std::optional<Graph> CallFlowCache::load(const QString &server, const QString &user,
                                         QString *problem) const
{
    if (problem)
        problem->clear();
    const QString path = filePath(server, user);
    QFile file(path);
    if (!file.exists())
        return std::nullopt;
    if (!file.open(QIODevice::ReadOnly)) {
        setProblem(problem, path,
                   tr("The saved call flow could not be read: %1").arg(file.errorString()));
        return std::nullopt;
    }
    QDataStream in(&file);
    in.setVersion(StreamVersion);
    quint32 magic = 0;
    quint16 version = 0;
    in >> magic >> version;
    if (in.status() != QDataStream::Ok || magic != Magic) {
        setProblem(problem, path, tr("The saved call flow is damaged; it is read again."));
        return std::nullopt;
    }
    if (version != FileVersion) {
        setProblem(problem, path,
                   tr("The saved call flow is of another version of Handler Desk; it is read "
                      "again."));
        return std::nullopt;
    }
    QString savedServer;
    QString savedUser;
    QByteArray bytes;
    in >> savedServer >> savedUser >> bytes;
    std::optional<Graph> graph;
    if (in.status() == QDataStream::Ok && in.atEnd())
        graph = Graph::deserialize(bytes);
    if (!graph) {
        setProblem(problem, path, tr("The saved call flow is damaged; it is read again."));
        return std::nullopt;
    }
    if (savedServer != key(server) || savedUser != user) {
        setProblem(problem, path, tr("The saved call flow belongs to another server or user."));
        return std::nullopt;
    }
    return graph;
}

bool CallFlowCache::save(const QString &server, const QString &user, const Graph &graph,
                         QString *error) const
{
    const QString path = filePath(server, user);
    const auto fail = [&](const QString &reason) {
        qCWarning(lcFlowCache).noquote() << "not saved:" << path << reason;
        if (error)
            *error = tr("The call flow could not be saved: %1").arg(reason);
        return false;
    };
    if (!QDir().mkpath(m_directory))
        return fail(tr("cannot create %1").arg(m_directory));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    QDataStream out(&file);
    out.setVersion(StreamVersion);
    out << Magic << FileVersion << key(server) << user << graph.serialize();
    if (out.status() != QDataStream::Ok) {
        file.cancelWriting();
        return fail(file.errorString());
    }
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

bool CallFlowCache::remove(const QString &server, const QString &user) const
{
    return QFile::remove(filePath(server, user));
}

} // namespace HandlerDesk::Core::Flow
