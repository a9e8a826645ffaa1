// SPDX-License-Identifier: GPL-3.0-or-later
// The per-test pieces of the loopback client tests: a QNetworkAccessManager, a FakeCupiServer on
// an ephemeral port, and clients of it (HTTP, user "admin", quick retries) that the test object
// owns. A test class derives from QObject and from this, calls startLoopback() in init() and
// stopLoopback() in cleanup().
#pragma once

#include "tst_client_server.h"

#include "core/cupiclient.h"
#include "core/cupijob.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>

#include <memory>

class LoopbackFixture
{
protected:
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<FakeCupiServer> m_server;
    quint16 m_port = 0;

    bool startLoopback()
    {
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_server = std::make_unique<FakeCupiServer>();
        m_port = m_server->start();
        return m_port != 0;
    }

    // Deletes the clients first: their jobs end before the server and the network go.
    void stopLoopback(QObject *owner)
    {
        qDeleteAll(owner->findChildren<HandlerDesk::Core::CupiClient *>());
        m_server.reset();
        m_nam.reset();
    }

    HandlerDesk::Core::CupiClient *makeClient(QObject *owner, HandlerDesk::Core::WireFormat wire,
                                              const QString &password, int busyRetries = 4)
    {
        HandlerDesk::Core::ConnectionSettings settings;
        settings.serverUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
        settings.user = QStringLiteral("admin");
        settings.wire = wire;
        settings.busyRetries = busyRetries;
        settings.retryBaseDelayMs = 5;
        settings.retryMaxDelayMs = 40;
        auto *c = new HandlerDesk::Core::CupiClient(settings, m_nam.get(), owner);
        c->setPasswordProvider([password] { return password; });
        return c;
    }

    // The job's error once it finished (a Network "timed out" error after 10 s).
    static HandlerDesk::Core::CupiError waitFor(HandlerDesk::Core::CupiJob *job)
    {
        using HandlerDesk::Core::CupiError;
        job->setAutoDelete(false);
        if (job->isFinished())
            return job->error();
        QSignalSpy spy(job, &HandlerDesk::Core::CupiJob::finished);
        if (!spy.wait(10000))
            return CupiError(CupiError::Kind::Network, QStringLiteral("test: timed out"));
        return job->error();
    }
};
