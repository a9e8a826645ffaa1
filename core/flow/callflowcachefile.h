// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

class QUrl;

namespace HandlerDesk::Core::Flow {

class Graph;

// The call-flow graph of each server and user, kept between runs (issue 12): one file per
// (server, user) in the XDG cache directory (QStandardPaths::CacheLocation + "/callflow"), named
// by a hash of both, so no server name or account shows in the file name. A file holds the
// server and user it belongs to and the graph (with the time it was read, Graph::readAt());
// it is written atomically (QSaveFile: a crash leaves the old file or the new, never half).
// A file that is damaged, of another version or of another server is ignored with a reason —
// never a crash, never a wrong graph.
class CallFlowCache
{
public:
    // `directory` empty: "handlerdesk/callflow" in the XDG cache directory ($XDG_CACHE_HOME or
    // ~/.cache), shared by the desktop and handlerctl.
    explicit CallFlowCache(QString directory = {});

    // The server as the cache names it: host:port (443 when the URL names none), so that both
    // programs find the same file.
    static QString serverKey(const QUrl &serverUrl);

    QString directory() const { return m_directory; }
    // `server`: host[:port] as the user connects to it; compared case-insensitively.
    QString filePath(const QString &server, const QString &user) const;

    // The graph kept for (server, user); nullopt when there is none or it is unusable, with the
    // reason (translated) in `problem` for an unusable one (empty when there simply is none).
    std::optional<Graph> load(const QString &server, const QString &user,
                              QString *problem = nullptr) const;
    // False with a translated `error` when the file could not be written (the old one stays).
    bool save(const QString &server, const QString &user, const Graph &graph,
              QString *error = nullptr) const;
    bool remove(const QString &server, const QString &user) const;

    // The file format's version; a file of another version is ignored.
    static constexpr quint16 FileVersion = 1;

private:
    QString m_directory;
};

} // namespace HandlerDesk::Core::Flow
