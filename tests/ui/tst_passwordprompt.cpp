// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 8: a wrong password is tried once (real servers lock an account after 7 failures for 30
// minutes). At connect time the connection dialog comes back after one attempt. During a session
// — here the server restarts with another password on the same address and certificate, so the
// session cookie and the password both stop working — one prompt asks, nothing else carries the
// refused password meanwhile (not a Refresh, not the next request), and the password entered is
// tried once and keeps the session and its unsaved edits. The simulator's --record-requests file
// counts what reached the server.
#include "tst_recordingnam.h"
#include "uitest.h"

#include "ui/messagebar.h"

#include <QDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QStatusBar>

using namespace HandlerDesk;
using namespace HandlerDesk::Core;
using namespace HandlerDesk::Test;
using namespace Qt::Literals::StringLiterals;

class TestPasswordPrompt : public UiTest
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QStringList m_certArgs;

    QString record() const { return m_dir.filePath(u"requests.jsonl"_s); }

    // Requests that carried Basic credentials, and how many the server refused.
    int signIns() const
    {
        int n = 0;
        for (const QJsonObject &r : recordedRequests(record()))
            n += r.value(u"basic"_s).toBool() ? 1 : 0;
        return n;
    }
    int refusedSignIns() const
    {
        int n = 0;
        for (const QJsonObject &r : recordedRequests(record()))
            n += r.value(u"basic"_s).toBool() && r.value(u"status"_s).toInt() == 401 ? 1 : 0;
        return n;
    }

    // The simulator again on the same address and certificate, with `password` and a fresh
    // request record (the checking client signs in with the new password).
    bool restartSimulator(const QString &password)
    {
        const int port = m_sim.url().port();
        m_sim.stop();
        QFile::remove(record());
        if (!m_sim.start(m_certArgs + QStringList{u"--listen"_s, u"127.0.0.1:%1"_s.arg(port),
                                                  u"--password"_s, password, u"--record-requests"_s,
                                                  record()}))
            return false;
        m_checker = m_sim.makeClient(&m_nam, WireFormat::Json, m_sim.admin()); // new password
        return true;
    }

    static QDialog *dialogNamed(Ui::MainWindow *w, const QString &name)
    {
        for (QDialog *d : w->findChildren<QDialog *>(name)) {
            if (d->isVisible())
                return d;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString cert = QFINDTESTDATA("../cupisim/certs/fallback-cert.pem");
        const QString key = QFINDTESTDATA("../cupisim/certs/fallback-key.pem");
        QVERIFY(!cert.isEmpty() && !key.isEmpty());
        m_certArgs = {u"--handlers"_s, u"60"_s, u"--cert"_s, cert, u"--key"_s, key};
        QVERIFY(startSimulator(m_certArgs + QStringList{u"--password"_s, u"first"_s,
                                                        u"--record-requests"_s, record()}));
    }

    // At connect time: one attempt, then the connection dialog; nothing more reaches the server.
    void wrongPasswordAtConnectIsTriedOnce()
    {
        QVERIFY(restartSimulator(u"first"_s));
        MemorySecretStore secrets;
        SimAccount wrong = m_sim.admin();
        wrong.password = u"not-the-password"_s;
        auto w = openWindow(&secrets, WireFormat::Json, wrong);
        QTRY_VERIFY_WITH_TIMEOUT(dialogNamed(w.get(), u"connectionDialog"_s), 15000);
        QCOMPARE(recordedRequests(record()).size(), 1);
        QCOMPARE(refusedSignIns(), 1);
        dialogNamed(w.get(), u"connectionDialog"_s)->reject();
    }

    // During a session: one prompt, the refused password is not sent again, the one entered is
    // tried once; the session and its edits stay.
    void refusedDuringSessionAsksOnce()
    {
        QVERIFY(restartSimulator(u"first"_s));
        MemorySecretStore secrets;
        auto w = openWindow(&secrets, WireFormat::Json, m_sim.admin());
        QVERIFY(waitLoaded(w.get()));
        const QString id =
            w->handlerModel()->index(0, 0).data(CallHandlerListModel::ObjectIdRole).toString();
        QVERIFY(open(w.get(), id));
        auto *name = input<QLineEdit>(tab(w.get(), u"generalTab"_s), u"DisplayName"_s);
        QTest::keyClick(name, Qt::Key_End);
        QTest::keyClicks(name, u" (kept)"_s);
        const QString edited = name->text();
        Connection *session = w->connection();

        // The server restarts with another password: the cookie and the password stop working.
        QVERIFY(restartSimulator(u"second"_s));
        QVERIFY(w->findChild<QAction *>(u"saveAction"_s)->isEnabled());
        w->findChild<QAction *>(u"saveAction"_s)->trigger();
        QDialog *prompt = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((prompt = dialogNamed(w.get(), u"passwordPrompt"_s)), 15000);
        QCOMPARE(refusedSignIns(), 1);
        QCOMPARE(signIns(), 1);
        auto *password = prompt->findChild<QLineEdit *>(u"password"_s);
        QCOMPARE(password->text(), u"first"_s); // selected, to be corrected
        QCOMPARE(password->selectedText(), u"first"_s);

        // Meanwhile, on the client's own: nothing carries the refused password, no second prompt.
        QTRY_VERIFY(!w->editor()->isBusy());
        QVERIFY(w->editor()->isModified()); // the save failed; the edit stays
        w->listPanel()->messageBar()->hide();
        const qsizetype before = recordedRequests(record()).size();
        w->findChild<QAction *>(u"saveAction"_s)->trigger();
        QTRY_VERIFY(!w->editor()->isBusy());
        QCOMPARE(recordedRequests(record()).size(), before);
        QCOMPARE(w->findChildren<QDialog *>(u"passwordPrompt"_s).size(), 1);

        // The new password: tried once, the same session goes on and the edit is saved.
        password->selectAll();
        QTest::keyClicks(password, u"second"_s);
        prompt->findChild<QPushButton *>(u"connectButton"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(w->statusBar()->currentMessage().startsWith(u"Signed in again"_s),
                                 15000);
        QCOMPARE(signIns(), 2);
        QCOMPARE(refusedSignIns(), 1);
        QCOMPARE(w->connection(), session);
        QCOMPARE(name->text(), edited);
        QVERIFY(save(w.get()));
        QCOMPARE(server(id).displayName(), edited);
    }
};

QTEST_MAIN(TestPasswordPrompt)
#include "tst_passwordprompt.moc"
