// SPDX-License-Identifier: GPL-3.0-or-later
// handlerctl's call-flow commands (issue 12) — the real binary (HANDLERCTL_BIN) against a real
// cupi-sim: flow in its four formats (the Opening Greeting's key 0 goes to the Operator), refs
// of a known handler (keys and the routing rule), repoint --dry-run (nothing changes), without
// --yes off a terminal (refused), --yes (every referrer re-pointed, read back from the server),
// its refusals, and lint finding the simulator's dangling targets, loops with no exit and expired
// alternate greeting, and an unreachable handler (exit 1). The graph cache lives in a temporary
// XDG_CACHE_HOME.
#include "tst_models_sim.h"

#include "core/fieldnames.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace HandlerDesk::Core;
using namespace HandlerDesk::Test;

namespace {

QJsonDocument json(const HandlerctlRun &run)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning() << "not JSON:" << run.out.left(300) << run.err;
    return doc;
}

QString text(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes);
}

// Rows of a JSON array whose `key` is `value`.
QList<QJsonObject> rowsWhere(const QJsonArray &rows, const QString &key, const QString &value)
{
    QList<QJsonObject> result;
    for (const QJsonValue &row : rows) {
        if (row.toObject().value(key).toString() == value)
            result.append(row.toObject());
    }
    return result;
}

} // namespace

class TestHandlerctlFlow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_cache;
    CupiSim m_sim;
    QNetworkAccessManager m_nam;
    std::unique_ptr<CupiClient> m_checker;
    QString m_opening;
    QString m_operator;
    // repoint's scene: `menu` keys 1 and 2 and `other`'s after-message action go to `old`.
    QString m_menu, m_other, m_old, m_new;

    HandlerctlRun run(const QStringList &args) { return runHandlerctl(m_sim, args); }

    QString handlerNamed(const QString &name)
    {
        const QList<CupiObject> rows = fetchList(
            m_checker.get(), Resources::callHandlers(), QString(Resources::Item::CallHandler),
            Resources::queryIs(Field::DisplayName.toString(), name));
        return rows.size() == 1 ? rows.constFirst().objectId() : QString();
    }

    bool goTo(const QString &path, QStringView action, QStringView conversation, QStringView target,
              const QString &id, const QString &root)
    {
        CupiObject body;
        body.set(action.toString(), u"2"_s);
        body.set(conversation.toString(), u"PHTransfer"_s);
        body.set(target.toString(), id);
        std::unique_ptr<WriteJob> job(m_checker->put(path, body, root));
        return waitFor(job.get()) && job->ok();
    }

    // Where the scene's three actions go on the server now.
    QStringList sceneTargets()
    {
        return {fetch(m_checker.get(), Resources::menuEntry(m_menu, u"1"_s))
                    .value(Field::TargetHandlerObjectId),
                fetch(m_checker.get(), Resources::menuEntry(m_menu, u"2"_s))
                    .value(Field::TargetHandlerObjectId),
                fetch(m_checker.get(), Resources::callHandler(m_other))
                    .value(Field::AfterMessageTargetHandlerObjectId)};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariable("HANDLERCTL_BIN").isEmpty(), "HANDLERCTL_BIN not set");
        QVERIFY(m_cache.isValid());
        qputenv("XDG_CACHE_HOME", QFile::encodeName(m_cache.path())); // handlerctl inherits it
        QVERIFY(m_sim.start());
        m_checker = m_sim.makeClient(&m_nam, WireFormat::Json, m_sim.admin());
        m_opening = handlerNamed(u"Opening Greeting"_s);
        m_operator = handlerNamed(u"Operator"_s);
        QVERIFY(!m_opening.isEmpty() && !m_operator.isEmpty());
    }

    void flowJsonHasTheOperatorKey()
    {
        const HandlerctlRun flow = run(
            {u"flow"_s, m_opening, u"--format"_s, u"json"_s, u"--depth"_s, u"1"_s, u"--refresh"_s});
        QCOMPARE(flow.code, 0);
        const QJsonObject root = json(flow).object();
        QCOMPARE(root.value(u"depth"_s).toInt(), 1);
        const QJsonArray nodes = root.value(u"nodes"_s).toArray();
        int opening = -1;
        int op = -1;
        for (const QJsonValue &node : nodes) {
            const QString id = node[u"objectId"_s].toString();
            if (id == m_opening)
                opening = node[u"index"_s].toInt();
            if (id == m_operator)
                op = node[u"index"_s].toInt();
        }
        QVERIFY(opening >= 0 && op >= 0);
        QVERIFY(nodes.at(opening)[u"root"_s].toBool());
        bool keyZero = false;
        for (const QJsonValue &edge : root.value(u"edges"_s).toArray()) {
            keyZero =
                keyZero || (edge[u"from"_s].toInt() == opening && edge[u"to"_s].toInt() == op &&
                            edge[u"site"_s].toString() == u"MenuKey"_s &&
                            edge[u"detail"_s].toString() == u"0"_s);
        }
        QVERIFY2(keyZero, flow.out.constData());
        // The graph was kept: the next command says so and reads no handler again.
        const HandlerctlRun again = run({u"flow"_s, m_opening, u"--depth"_s, u"1"_s});
        QCOMPARE(again.code, 0);
        QVERIFY2(text(again.err).contains(u"using the call flow read"_s), again.err.constData());
        QVERIFY2(text(again.out).contains(u"  key 0 → Operator"_s), again.out.constData());
    }

    void flowFormats()
    {
        const HandlerctlRun dot = run({u"flow"_s, m_opening, u"--format"_s, u"dot"_s});
        QCOMPARE(dot.code, 0);
        QVERIFY(dot.out.startsWith("digraph callflow {"));
        QVERIFY(dot.out.contains("Operator"));
        const HandlerctlRun svg = run({u"flow"_s, m_opening, u"--format"_s, u"svg"_s});
        QCOMPARE(svg.code, 0);
        QVERIFY(svg.out.contains("<svg"));
        QVERIFY(svg.out.contains("Operator"));
        // Without an ID: from the routing rules (the simulator's "Opening Greeting" rule).
        const HandlerctlRun rules = run({u"flow"_s, u"--depth"_s, u"1"_s});
        QCOMPARE(rules.code, 0);
        QVERIFY2(text(rules.out).contains(u"rule → Opening Greeting"_s), rules.out.constData());

        QCOMPARE(run({u"flow"_s, m_opening, u"--format"_s, u"png"_s}).code, 1);
        QCOMPARE(run({u"flow"_s, m_opening, u"--depth"_s, u"0"_s}).code, 1);
        const HandlerctlRun unknown = run({u"flow"_s, u"no-such-object"_s});
        QCOMPARE(unknown.code, 2);
        QVERIFY(unknown.err.contains("is not in the call flow"));
    }

    void refsOfTheOperator()
    {
        const HandlerctlRun refs = run({u"refs"_s, m_operator, u"--output"_s, u"json"_s});
        QCOMPARE(refs.code, 0);
        const QJsonArray rows = json(refs).array();
        const QList<QJsonObject> fromOpening = rowsWhere(rows, u"ReferrerObjectId"_s, m_opening);
        QCOMPARE(fromOpening.size(), 1);
        QCOMPARE(fromOpening[0][u"Referrer"_s].toString(), u"Opening Greeting"_s);
        QCOMPARE(fromOpening[0][u"Where"_s].toString(), u"key 0"_s);
        QCOMPARE(fromOpening[0][u"Site"_s].toString(), u"MenuKey"_s);
        QCOMPARE(fromOpening[0][u"TargetConversation"_s].toString(), u"PHTransfer"_s);
        QVERIFY(rows.size() > 1); // the main menus' key 0 too

        // The Opening Greeting is a routing rule's target.
        const HandlerctlRun toOpening = run({u"refs"_s, m_opening, u"--output"_s, u"json"_s});
        QCOMPARE(toOpening.code, 0);
        QVERIFY(!rowsWhere(json(toOpening).array(), u"Site"_s, u"RoutingRule"_s).isEmpty());

        const HandlerctlRun csv = run({u"refs"_s, m_operator, u"--output"_s, u"csv"_s});
        QCOMPARE(csv.code, 0);
        QVERIFY(csv.out.startsWith("Referrer,ReferrerObjectId,ReferrerKind,Where"));
        QCOMPARE(csv.out.count('\n'), rows.size() + 1);
        const HandlerctlRun table = run({u"refs"_s, m_operator});
        QCOMPARE(table.code, 0);
        QVERIFY(table.out.startsWith("REFERRER"));
    }

    void repointDryRunChangesNothing()
    {
        m_menu = createScratchHandler(m_checker.get(), u"Flow menu"_s);
        m_other = createScratchHandler(m_checker.get(), u"Flow other"_s);
        m_old = createScratchHandler(m_checker.get(), u"Flow old"_s);
        m_new = createScratchHandler(m_checker.get(), u"Flow new"_s);
        QVERIFY(!m_new.isEmpty());
        QVERIFY(goTo(Resources::menuEntry(m_menu, u"1"_s), Field::Action, Field::TargetConversation,
                     Field::TargetHandlerObjectId, m_old, Resources::Root::MenuEntry));
        QVERIFY(goTo(Resources::menuEntry(m_menu, u"2"_s), Field::Action, Field::TargetConversation,
                     Field::TargetHandlerObjectId, m_old, Resources::Root::MenuEntry));
        QVERIFY(goTo(Resources::callHandler(m_other), Field::AfterMessageAction,
                     Field::AfterMessageTargetConversation,
                     Field::AfterMessageTargetHandlerObjectId, m_old,
                     Resources::Root::CallHandler));
        const QStringList before = sceneTargets();
        QCOMPARE(before, QStringList({m_old, m_old, m_old}));

        const HandlerctlRun dry = run({u"repoint"_s, m_old, m_new, u"--dry-run"_s, u"--refresh"_s});
        QCOMPARE(dry.code, 0);
        QCOMPARE(text(dry.out).split(u'\n', Qt::SkipEmptyParts),
                 QStringList({u"Flow menu › key 1: Flow old → Flow new"_s,
                              u"Flow menu › key 2: Flow old → Flow new"_s,
                              u"Flow other › after message: Flow old → Flow new"_s}));
        QVERIFY(dry.err.contains("dry run: nothing was changed"));
        QCOMPARE(sceneTargets(), before);

        // Off a terminal without --yes: refused before anything is asked or sent.
        const HandlerctlRun unasked = run({u"repoint"_s, m_old, m_new});
        QCOMPARE(unasked.code, 1);
        QVERIFY(unasked.err.contains("without --yes"));
        QCOMPARE(sceneTargets(), before);
    }

    void repointRefusals_data()
    {
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("message");
        QTest::newRow("itself") << u"old"_s << u"to itself"_s;
        QTest::newRow("unknown") << u"no-such-object"_s << u"does not exist"_s;
    }
    void repointRefusals()
    {
        QFETCH(QString, to);
        QFETCH(QString, message);
        const HandlerctlRun refused =
            run({u"repoint"_s, m_old, to == u"old"_s ? m_old : to, u"--yes"_s});
        QCOMPARE(refused.code, 1);
        QVERIFY2(text(refused.err).contains(message), refused.err.constData());
        QCOMPARE(sceneTargets(), QStringList({m_old, m_old, m_old}));
    }

    void repointYesChangesEveryReferrer()
    {
        const HandlerctlRun done = run({u"repoint"_s, m_old, m_new, u"--yes"_s});
        QCOMPARE(done.code, 0);
        QCOMPARE(text(done.out).count(u'\n'), 3);
        QVERIFY2(done.err.contains("3 referrer(s) of Flow old now go to Flow new"),
                 done.err.constData());
        QCOMPARE(sceneTargets(), QStringList({m_new, m_new, m_new}));
        // The kept graph follows, and agrees with the server.
        for (const bool refresh : {false, true}) {
            QStringList args{u"refs"_s, m_old, u"--output"_s, u"json"_s};
            if (refresh)
                args << u"--refresh"_s;
            QCOMPARE(json(run(args)).array().size(), 0);
            args[1] = m_new;
            QCOMPARE(json(run(args)).array().size(), 3);
        }
        // Again: nothing left to do.
        const HandlerctlRun again = run({u"repoint"_s, m_old, m_new, u"--yes"_s});
        QCOMPARE(again.code, 0);
        QVERIFY(again.err.contains("nothing sends callers to"));
    }

    // Someone changes a referrer after the graph was kept: repoint reads it first, stops before
    // writing anything (exit 2), and forgets the kept graph, so the next command reads the server.
    void repointStopsOnAnOutdatedGraph()
    {
        QVERIFY(goTo(Resources::menuEntry(m_menu, u"1"_s), Field::Action, Field::TargetConversation,
                     Field::TargetHandlerObjectId, m_old, Resources::Root::MenuEntry));
        const HandlerctlRun stale = run({u"repoint"_s, m_new, m_old, u"--yes"_s});
        QCOMPARE(stale.code, 2);
        QVERIFY2(stale.err.contains("Flow menu › key 1 no longer goes to Flow new"),
                 stale.err.constData());
        QVERIFY(stale.err.contains("Nothing was changed."));
        QCOMPARE(sceneTargets(), QStringList({m_old, m_new, m_new}));
        const HandlerctlRun refs = run({u"refs"_s, m_new, u"--output"_s, u"json"_s});
        QCOMPARE(refs.code, 0);
        QVERIFY2(!refs.err.contains("using the call flow read"), refs.err.constData());
        QCOMPARE(json(refs).array().size(), 2);
    }

    // The simulator's dangling targets, loops with no exit, expired Alternate greeting and
    // retired handlers (no extension, nothing points to them), and one of the test's own made
    // the same way. A handler with an extension is not listed: callers can dial it from the
    // Opening Greeting (Graph::unreachable()).
    void lintFindsTheSimulatorsProblems()
    {
        const QString lonely = createScratchHandler(m_checker.get(), u"Flow lonely"_s);
        QVERIFY(!lonely.isEmpty());
        QVERIFY(fetch(m_checker.get(), Resources::callHandler(lonely))
                    .value(Field::DtmfAccessId)
                    .isEmpty());
        const HandlerctlRun lint = run({u"lint"_s, u"--output"_s, u"json"_s, u"--refresh"_s});
        QCOMPARE(lint.code, 1);
        const QJsonArray rows = json(lint).array();
        for (const QString &kind : {u"dangling-target"_s, u"loop-without-exit"_s,
                                    u"expired-greeting"_s, u"unreachable"_s}) {
            QVERIFY2(!rowsWhere(rows, u"Problem"_s, kind).isEmpty(), qPrintable(kind));
        }
        const QList<QJsonObject> unreachable = rowsWhere(rows, u"ObjectId"_s, lonely);
        QCOMPARE(unreachable.size(), 1);
        QCOMPARE(unreachable[0][u"Problem"_s].toString(), u"unreachable"_s);
        QVERIFY(rowsWhere(rows, u"Problem"_s, u"unreachable"_s).size() >= 2); // the sim's too
        const QList<QJsonObject> expired = rowsWhere(rows, u"Problem"_s, u"expired-greeting"_s);
        QCOMPARE(expired.constFirst()[u"Detail"_s].toString(), u"Alternate"_s);
        // A dangling target names an object no handler list has.
        const QString missing = rowsWhere(rows, u"Problem"_s, u"dangling-target"_s)
                                    .constFirst()[u"TargetId"_s]
                                    .toString();
        QVERIFY(!missing.isEmpty());
        QVERIFY(fetchList(m_checker.get(), Resources::callHandlers(),
                          QString(Resources::Item::CallHandler),
                          Resources::queryIs(Field::ObjectId.toString(), missing))
                    .isEmpty());
        QVERIFY(lint.err.contains("problem(s) found"));

        const HandlerctlRun table = run({u"lint"_s});
        QCOMPARE(table.code, 1);
        // One column order everywhere (issue 13): the object's name, its ObjectId, the rest.
        QVERIFY(table.out.startsWith("OBJECT "));
        QCOMPARE(table.out.count('\n'), rows.size() + 1);
        const HandlerctlRun csv = run({u"lint"_s, u"--output"_s, u"csv"_s});
        QCOMPARE(csv.code, 1);
        QVERIFY(csv.out.startsWith("Object,ObjectId,Problem,Where,Message,"));
    }

    void helpTexts_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QStringList>("mentions");
        QTest::newRow("flow") << u"flow"_s
                              << QStringList{u"--depth"_s, u"--format"_s, u"--refresh"_s,
                                             u"[ID]"_s};
        QTest::newRow("refs") << u"refs"_s << QStringList{u"--output"_s, u"ID"_s};
        QTest::newRow("repoint") << u"repoint"_s
                                 << QStringList{u"--dry-run"_s, u"--yes"_s, u"FROM TO"_s};
        QTest::newRow("lint") << u"lint"_s << QStringList{u"--output"_s, u"1 problems found"_s};
    }
    void helpTexts()
    {
        QFETCH(QString, command);
        QFETCH(QStringList, mentions);
        const HandlerctlRun help = run({command, u"--help"_s});
        QCOMPARE(help.code, 0);
        for (const QString &mention : std::as_const(mentions))
            QVERIFY2(text(help.out).contains(mention), qPrintable(mention));
    }
};

QTEST_GUILESS_MAIN(TestHandlerctlFlow)
#include "tst_handlerctl_flow.moc"
