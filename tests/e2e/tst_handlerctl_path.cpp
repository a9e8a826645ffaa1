// SPDX-License-Identifier: GPL-3.0-or-later
// handlerctl path (issue 12) — the real binary (HANDLERCTL_BIN) against a real cupi-sim: the
// Opening Greeting's key 0 to the Operator in the table and in JSON (its fields), the time zone
// said, a key set to Ignore, usage errors (exit 1) and a handler that does not exist (exit 2).
#include "tst_models_sim.h"

#include "core/fieldnames.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace HandlerDesk::Core;
using namespace HandlerDesk::Test;
using namespace Qt::Literals::StringLiterals;

class TestHandlerctlPath : public QObject
{
    Q_OBJECT

    CupiSim m_sim;
    QNetworkAccessManager m_nam;
    std::unique_ptr<CupiClient> m_checker;
    QString m_opening;

    HandlerctlRun run(const QStringList &args) { return runHandlerctl(m_sim, args); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariable("HANDLERCTL_BIN").isEmpty(), "HANDLERCTL_BIN not set");
        QVERIFY(m_sim.start());
        m_checker = m_sim.makeClient(&m_nam, WireFormat::Json, m_sim.admin());
        const QList<CupiObject> rows = fetchList(
            m_checker.get(), Resources::callHandlers(), QString(Resources::Item::CallHandler),
            Resources::queryIs(Field::DisplayName.toString(), u"Opening Greeting"_s));
        QCOMPARE(rows.size(), 1);
        m_opening = rows.constFirst().objectId();
    }

    void jsonFields()
    {
        const HandlerctlRun r = run({u"path"_s, u"--keys"_s, u"0"_s, u"--at"_s,
                                     u"2026-12-08 10:00"_s, u"--output"_s, u"json"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject root = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(root.value(u"startId"_s).toString(), m_opening);
        QVERIFY(root.value(u"at"_s).toString().startsWith(u"2026-12-08T10:00"_s));
        QVERIFY(root.value(u"timeZone"_s).toString().contains(u"this computer"_s));
        QVERIFY(!root.value(u"end"_s).toString().isEmpty());
        const QJsonArray steps = root.value(u"steps"_s).toArray();
        QVERIFY(steps.size() >= 2);
        const QJsonObject first = steps.at(0).toObject();
        QCOMPARE(first.value(u"handlerId"_s).toString(), m_opening);
        QCOMPARE(first.value(u"name"_s).toString(), u"Opening Greeting"_s);
        QCOMPARE(first.value(u"key"_s).toString(), u"0"_s);
        QCOMPARE(first.value(u"greeting"_s).toString(), u"Standard"_s);
        QCOMPARE(first.value(u"state"_s).toString(), u"open"_s);
        const QJsonObject second = steps.at(1).toObject();
        QCOMPARE(first.value(u"nextHandlerId"_s).toString(),
                 second.value(u"handlerId"_s).toString());
        QCOMPARE(second.value(u"name"_s).toString(), u"Operator"_s);
        QCOMPARE(second.value(u"extension"_s).toString(), u"0"_s);
        QCOMPARE(second.value(u"key"_s).toString(), QString());
        QVERIFY(!second.value(u"happened"_s).toString().isEmpty());
    }

    void table()
    {
        const HandlerctlRun r =
            run({u"path"_s, m_opening, u"--keys"_s, u"7 0"_s, u"--at"_s, u"2026-12-08 19:00"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        const QString text = QString::fromUtf8(r.out);
        QVERIFY2(text.startsWith(u"At 2026-12-08 19:00 ("_s), qPrintable(text));
        QVERIFY(text.contains(u"HANDLER"_s) && text.contains(u"WHAT HAPPENS"_s));
        QVERIFY(text.contains(u"presses 7"_s));
        QVERIFY(text.contains(u"Operator"_s));
    }

    void refusals()
    {
        QCOMPARE(run({u"path"_s, u"--keys"_s, u"1 x"_s}).code, 1);
        QCOMPARE(run({u"path"_s, u"--at"_s, u"tomorrow"_s}).code, 1);
        QCOMPARE(run({u"path"_s, u"--output"_s, u"yaml"_s}).code, 1);
        // Issue 13: CSV too — the steps only, the handler's name first.
        const HandlerctlRun csv = run({u"path"_s, u"--keys"_s, u"7"_s, u"--output"_s, u"csv"_s});
        QCOMPARE(csv.code, 0);
        QVERIFY2(csv.out.startsWith("Handler,Extension,State,"), csv.out.constData());
        const HandlerctlRun missing = run({u"path"_s, u"0badc0de-0000-4000-8000-00000000ffff"_s});
        QCOMPARE(missing.code, 2);
        QVERIFY(missing.err.contains("no call handler"));
        const HandlerctlRun help = run({u"path"_s, u"--help"_s});
        QCOMPARE(help.code, 0);
        QVERIFY(help.out.contains("--keys") && help.out.contains("Opening Greeting"));
    }
};

QTEST_GUILESS_MAIN(TestHandlerctlPath)
#include "tst_handlerctl_path.moc"
