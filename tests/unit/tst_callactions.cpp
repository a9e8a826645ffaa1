// SPDX-License-Identifier: GPL-3.0-or-later
// Call actions in the field table: which conversation takes which kind of target, which fields
// matter for the chosen action (isRelevant), the "Go to" rules, and an edit that sends only what
// the current action uses (issue 7, item 12: "Take message" sent a leftover conversation).
#include "core/cupiobject.h"
#include "core/fieldtable.h"
#include "core/handleredit.h"

#include <QTest>

using namespace HandlerDesk::Core;
using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(HandlerDesk::Core::TargetKind)

namespace {

const QString SomeId = u"8c400830-7e92-4908-9ca6-a4b123f1bd19"_s;

CupiObject objectOf(std::initializer_list<std::pair<QString, QString>> fields)
{
    CupiObject o;
    for (const auto &[k, v] : fields)
        o.set(k, v);
    return o;
}

QStringList keys(const CupiObject &o)
{
    QStringList result;
    for (const auto &[k, v] : o.fields())
        result.append(k);
    return result;
}

} // namespace

class TestCallActions : public QObject
{
    Q_OBJECT

private slots:
    void init() { QTest::failOnWarning(QRegularExpression(u".*"_s)); }

    void targetKinds_data()
    {
        QTest::addColumn<QString>("conversation");
        QTest::addColumn<TargetKind>("kind");
        QTest::newRow("greeting") << u"PHGreeting"_s << TargetKind::CallHandler;
        QTest::newRow("transfer") << u"PHTransfer"_s << TargetKind::CallHandler;
        QTest::newRow("directory") << u"AD"_s << TargetKind::DirectoryHandler;
        QTest::newRow("interview") << u"PHInterview"_s << TargetKind::InterviewHandler;
        QTest::newRow("sign-in") << u"SubSignIn"_s << TargetKind::None;
        QTest::newRow("system transfer") << u"SystemTransfer"_s << TargetKind::None;
        QTest::newRow("greetings admin") << u"GreetingsAdministrator"_s << TargetKind::None;
        QTest::newRow("unknown to the table") << u"EasySignIn"_s << TargetKind::None;
        QTest::newRow("none") << QString() << TargetKind::None;
    }
    void targetKinds()
    {
        QFETCH(QString, conversation);
        QFETCH(TargetKind, kind);
        QCOMPARE(FieldEnums::targetKind(conversation), kind);
    }

    void callActionFields()
    {
        const CallActionFields *handler = CallHandlerFields::table().callAction();
        QVERIFY(handler);
        QCOMPARE(handler->target.toString(), u"AfterMessageTargetHandlerObjectId"_s);
        QVERIFY(handler->number.isNull());
        const CallActionFields *greeting = GreetingFields::table().callAction();
        QVERIFY(greeting);
        QCOMPARE(greeting->conversation.toString(), u"AfterGreetingTargetConversation"_s);
        const CallActionFields *key = MenuEntryFields::table().callAction();
        QVERIFY(key);
        QCOMPARE(key->number.toString(), u"TransferNumber"_s);
        QVERIFY(!TransferOptionFields::table().callAction());
        // Every field they name is in its table (one owner of the names).
        for (const CallActionFields *a : {handler, greeting, key}) {
            for (QStringView f : {a->action, a->conversation, a->target, a->number}) {
                if (!f.isNull()) {
                    QVERIFY2(CallHandlerFields::find(f) || GreetingFields::find(f) ||
                                 MenuEntryFields::find(f),
                             qPrintable(f.toString()));
                }
            }
        }
    }

    void relevance_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("conversation");
        QTest::addColumn<bool>("conversationMatters");
        QTest::addColumn<bool>("targetMatters");
        QTest::addColumn<bool>("numberMatters");
        QTest::newRow("ignore") << u"0"_s << QString() << false << false << false;
        QTest::newRow("take message, leftover")
            << u"4"_s << u"PHGreeting"_s << false << false << false;
        QTest::newRow("go to greeting") << u"2"_s << u"PHGreeting"_s << true << true << false;
        QTest::newRow("go to directory") << u"2"_s << u"AD"_s << true << true << false;
        QTest::newRow("go to sign-in") << u"2"_s << u"SubSignIn"_s << true << false << false;
        QTest::newRow("go to, none yet") << u"2"_s << QString() << true << false << false;
        QTest::newRow("alternate contact") << u"7"_s << u"PHGreeting"_s << false << false << true;
    }
    void relevance()
    {
        QFETCH(QString, action);
        QFETCH(QString, conversation);
        QFETCH(bool, conversationMatters);
        QFETCH(bool, targetMatters);
        QFETCH(bool, numberMatters);
        const CupiObject key = objectOf({{u"Action"_s, action},
                                         {u"TargetConversation"_s, conversation},
                                         {u"TargetHandlerObjectId"_s, SomeId},
                                         {u"TransferNumber"_s, u"5551234"_s}});
        const FieldTable &menu = MenuEntryFields::table();
        QCOMPARE(menu.isRelevant(u"TargetConversation", key), conversationMatters);
        QCOMPARE(menu.isRelevant(u"TargetHandlerObjectId", key), targetMatters);
        QCOMPARE(menu.isRelevant(u"TransferNumber", key), numberMatters);
        QVERIFY(menu.isRelevant(u"Action", key));
        QVERIFY(menu.isRelevant(u"Locked", key));

        // The same rule for the handler's after-message and a greeting's after-greeting action.
        const CupiObject handler = objectOf({{u"AfterMessageAction"_s, action},
                                             {u"AfterMessageTargetConversation"_s, conversation}});
        QCOMPARE(CallHandlerFields::table().isRelevant(u"AfterMessageTargetConversation", handler),
                 conversationMatters);
        QCOMPARE(
            CallHandlerFields::table().isRelevant(u"AfterMessageTargetHandlerObjectId", handler),
            targetMatters);
        QVERIFY(CallHandlerFields::table().isRelevant(u"DisplayName", handler));
        const CupiObject greeting =
            objectOf({{u"AfterGreetingAction"_s, action},
                      {u"AfterGreetingTargetConversation"_s, conversation}});
        QCOMPARE(
            GreetingFields::table().isRelevant(u"AfterGreetingTargetHandlerObjectId", greeting),
            targetMatters);
    }

    void goToNeedsItsTarget_data()
    {
        QTest::addColumn<QString>("conversation");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QStringList>("issues");
        QTest::newRow("greeting without target")
            << u"PHGreeting"_s << QString() << QStringList{u"TargetHandlerObjectId"_s};
        QTest::newRow("transfer without target")
            << u"PHTransfer"_s << QString() << QStringList{u"TargetHandlerObjectId"_s};
        QTest::newRow("interview without target")
            << u"PHInterview"_s << QString() << QStringList{u"TargetHandlerObjectId"_s};
        QTest::newRow("directory without target")
            << u"AD"_s << QString() << QStringList{u"TargetHandlerObjectId"_s};
        QTest::newRow("directory with target") << u"AD"_s << SomeId << QStringList();
        QTest::newRow("sign-in takes none") << u"SubSignIn"_s << QString() << QStringList();
        QTest::newRow("no conversation")
            << QString() << SomeId << QStringList{u"TargetConversation"_s};
    }
    void goToNeedsItsTarget()
    {
        QFETCH(QString, conversation);
        QFETCH(QString, target);
        QFETCH(QStringList, issues);
        const CupiObject key = objectOf({{u"Action"_s, u"2"_s},
                                         {u"TargetConversation"_s, conversation},
                                         {u"TargetHandlerObjectId"_s, target}});
        const QList<FieldIssue> found = MenuEntryFields::table().validate(key);
        QStringList fields;
        for (const FieldIssue &issue : found)
            fields.append(issue.field);
        QCOMPARE(fields, issues);
    }

    void goToMessageNamesTheLabels()
    {
        // The message names the field's label and the conversation's, never a CUPI name.
        const QList<FieldIssue> key = MenuEntryFields::table().validate(
            objectOf({{u"Action"_s, u"2"_s}, {u"TargetConversation"_s, u"PHGreeting"_s}}));
        QCOMPARE(key.size(), 1);
        QCOMPARE(key.first().message, u"Target is required for “Call handler: go to greeting”."_s);
        const QList<FieldIssue> handler = CallHandlerFields::table().validate(objectOf(
            {{u"AfterMessageAction"_s, u"2"_s}, {u"AfterMessageTargetConversation"_s, u"AD"_s}}));
        QCOMPARE(handler.size(), 1);
        QCOMPARE(handler.first().field, u"AfterMessageTargetHandlerObjectId"_s);
        QCOMPARE(handler.first().message,
                 u"After message: target is required for “Directory handler”."_s);
    }

    void irrelevantFieldsAreNotJudged()
    {
        // A malformed leftover target of a key that now takes a message blocks nothing.
        const CupiObject key = objectOf({{u"Action"_s, u"4"_s},
                                         {u"TargetConversation"_s, u"PHGreeting"_s},
                                         {u"TargetHandlerObjectId"_s, u"not an id!"_s}});
        QVERIFY(MenuEntryFields::table().validate(key).isEmpty());
    }

    // Issue 7, item 12: Go to → a conversation → Take message sent the conversation too.
    void takeMessageSendsNoLeftoverConversation()
    {
        ObjectEdit key(MenuEntryFields::table(),
                       objectOf({{u"TouchtoneKey"_s, u"7"_s}, {u"Action"_s, u"0"_s}}));
        key.setValue(u"Action"_s, u"2"_s);
        key.setValue(u"TargetConversation"_s, u"PHGreeting"_s);
        key.setValue(u"TargetHandlerObjectId"_s, SomeId);
        key.setValue(u"Action"_s, u"4"_s);
        QCOMPARE(keys(key.putBody()), QStringList{u"Action"_s});
        QCOMPARE(key.changedFields(), QStringList{u"Action"_s});
        QVERIFY(key.validate().isEmpty());

        // Back to what was loaded: nothing left to save, although the leftovers stay typed in.
        key.setValue(u"Action"_s, u"0"_s);
        QVERIFY(!key.isModified());
        QVERIFY(key.putBody().isEmpty());
    }

    void goToSendsConversationAndTarget()
    {
        ObjectEdit key(MenuEntryFields::table(),
                       objectOf({{u"TouchtoneKey"_s, u"7"_s}, {u"Action"_s, u"4"_s}}));
        key.setValue(u"Action"_s, u"2"_s);
        key.setValue(u"TargetConversation"_s, u"SubSignIn"_s);
        key.setValue(u"TargetHandlerObjectId"_s, SomeId); // SubSignIn takes no target
        QCOMPARE(keys(key.putBody()), (QStringList{u"Action"_s, u"TargetConversation"_s}));
        key.setValue(u"TargetConversation"_s, u"PHTransfer"_s);
        QCOMPARE(keys(key.putBody()),
                 (QStringList{u"Action"_s, u"TargetConversation"_s, u"TargetHandlerObjectId"_s}));

        // The handler's after-message action follows the same rule.
        CallHandlerEdit handler(objectOf({{u"AfterMessageAction"_s, u"2"_s},
                                          {u"AfterMessageTargetConversation"_s, u"PHGreeting"_s},
                                          {u"AfterMessageTargetHandlerObjectId"_s, SomeId}}));
        handler.setValue(u"AfterMessageTargetConversation"_s, u"SubSysTransfer"_s);
        handler.setValue(u"AfterMessageAction"_s, u"1"_s);
        QCOMPARE(keys(handler.putBody()), QStringList{u"AfterMessageAction"_s});
    }
};

QTEST_GUILESS_MAIN(TestCallActions)
#include "tst_callactions.moc"
