// SPDX-License-Identifier: GPL-3.0-or-later
// SecretStore: answers exactly once and never synchronously; "not found" is not an error; the
// keychain implementation explains a missing backend instead of falling back to a file.
#include "core/secretstore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace HandlerDesk::Core;

class TestSecretStore : public QObject
{
    Q_OBJECT

    static SecretResult run(SecretStore &store,
                            const std::function<void(SecretStore::Callback)> &call)
    {
        SecretResult result;
        int calls = 0;
        QSignalSpy finished(&store, &SecretStore::finished);
        call([&](const SecretResult &r) {
            result = r;
            ++calls;
        });
        if (calls != 0)
            qWarning("answered synchronously");
        if (!finished.wait(30000))
            return SecretResult{{}, {}, false, u"test: no answer"_s};
        return calls == 1 ? result : SecretResult{{}, {}, false, u"test: not once"_s};
    }

private Q_SLOTS:
    void keyFormat()
    {
        QCOMPARE(SecretStore::keyFor(u"admin"_s, u"cuc.example.com"_s, 8443),
                 u"admin@cuc.example.com:8443"_s);
    }

    void memoryStore()
    {
        MemorySecretStore store;
        const QString key = SecretStore::keyFor(u"admin"_s, u"h"_s, 443);
        SecretResult r = run(store, [&](auto done) { store.readPassword(key, this, done); });
        QVERIFY(r.ok());
        QVERIFY(!r.found);
        r = run(store, [&](auto done) { store.writePassword(key, u"pässword"_s, this, done); });
        QVERIFY(r.ok());
        r = run(store, [&](auto done) { store.readPassword(key, this, done); });
        QVERIFY(r.found);
        QCOMPARE(r.password, u"pässword"_s);
        r = run(store, [&](auto done) { store.deletePassword(key, this, done); });
        QVERIFY(r.ok());
        r = run(store, [&](auto done) { store.readPassword(key, this, done); });
        QVERIFY(!r.found);
        store.setFailure(u"locked"_s);
        r = run(store, [&](auto done) { store.readPassword(key, this, done); });
        QCOMPARE(r.error, u"locked"_s);
    }

    void callbackDroppedWithContext()
    {
        MemorySecretStore store;
        auto *context = new QObject;
        bool called = false;
        QSignalSpy finished(&store, &SecretStore::finished);
        store.readPassword(u"k"_s, context, [&](const SecretResult &) { called = true; });
        delete context;
        QVERIFY(finished.wait());
        QVERIFY(!called);
    }

    void keychainAnswersOrExplains()
    {
        KeychainSecretStore store;
        const QString key =
            u"handlerdesk-test@127.0.0.1:"_s + QString::number(QCoreApplication::applicationPid());
        SecretResult r = run(store, [&](auto done) { store.readPassword(key, this, done); });
        if (!r.ok()) {
            // Headless: no Secret Service. A sentence, not a silent fallback.
            QVERIFY(r.error.size() > 20);
            QVERIFY(!r.found);
            return;
        }
        QVERIFY(!r.found); // a key nobody wrote is "not found", not an error
        r = run(store, [&](auto done) { store.writePassword(key, u"pw"_s, this, done); });
        QVERIFY2(r.ok(), qPrintable(r.error));
        r = run(store, [&](auto done) { store.readPassword(key, this, done); });
        QCOMPARE(r.password, u"pw"_s);
        r = run(store, [&](auto done) { store.deletePassword(key, this, done); });
        QVERIFY(r.ok());
    }

    // Issue 13: no session bus at all (ssh, cron, the tests) is said as such, not "The keychain
    // failed: Unknown error", and marked so that handlerctl can ask on a terminal instead.
    void noSessionBusIsSaid()
    {
        QTemporaryDir runtime;
        const QByteArray bus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
        const QByteArray xdg = qgetenv("XDG_RUNTIME_DIR");
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        qputenv("XDG_RUNTIME_DIR", runtime.path().toUtf8());
        KeychainSecretStore store;
        const SecretResult r =
            run(store, [&](auto done) { store.readPassword(u"nobody@host:443"_s, this, done); });
        if (!bus.isEmpty())
            qputenv("DBUS_SESSION_BUS_ADDRESS", bus);
        qputenv("XDG_RUNTIME_DIR", xdg);
        if (r.ok())
            QSKIP("a session bus was already connected in this process");
        QVERIFY(r.noKeychain);
        QVERIFY2(r.error.startsWith(u"No desktop keychain is available"_s), qPrintable(r.error));
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_client_secretstore.moc"
