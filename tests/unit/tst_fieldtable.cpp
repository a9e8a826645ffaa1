// SPDX-License-Identifier: GPL-3.0-or-later
// The field table: the seed's facts, every rule's edges, and the rules that span fields.
#include "core/cupiobject.h"
#include "core/fieldtable.h"
#include "tst_codec_fixtures.h"

#include <QSet>
#include <QTest>

using namespace HandlerDesk::Core;
using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(HandlerDesk::Core::FieldType)

using namespace HandlerDesk::Core::TestFixtures;

namespace {

const FieldTable &tableNamed(const QString &name)
{
    if (name == u"greeting")
        return GreetingFields::table();
    if (name == u"menu")
        return MenuEntryFields::table();
    if (name == u"transfer")
        return TransferOptionFields::table();
    return CallHandlerFields::table();
}

QStringList issueFields(const QList<FieldIssue> &issues)
{
    QStringList fields;
    for (const FieldIssue &issue : issues)
        fields.append(issue.field);
    return fields;
}

} // namespace

class TestFieldTable : public QObject
{
    Q_OBJECT

private slots:
    void init() { QTest::failOnWarning(QRegularExpression(u".*"_s)); }

    void seedFields_data();
    void seedFields();
    void everySpecIsComplete_data();
    void everySpecIsComplete();
    void findToleratesCase();
    void enumMeanings();
    void validateField_data();
    void validateField();
    void messageNamesFieldAndRule();
    void ruleSummary_data();
    void ruleSummary();
    void seedObjectsAreValid_data();
    void seedObjectsAreValid();
    void objectRules_data();
    void objectRules();
};

void TestFieldTable::seedFields_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<FieldType>("type");
    QTest::addColumn<bool>("readOnly");
    QTest::addColumn<QString>("defaultValue");
    using T = FieldType;
    const struct
    {
        const char *name;
        T type;
        bool readOnly;
        const char *defaultValue;
    } rows[] = {
        {"URI", T::String, true, ""},
        {"AfterMessageAction", T::Integer, false, ""},
        {"AfterMessageTargetConversation", T::String, false, ""},
        {"AfterMessageTargetHandlerObjectId", T::ObjectId, false, ""},
        {"CallSearchSpaceObjectId", T::ObjectId, false, ""},
        {"CallSearchSpaceURI", T::String, true, ""},
        {"CreationTime", T::DateTime, true, ""},
        {"DispatchDelivery", T::Boolean, false, "false"},
        {"DisplayName", T::String, false, ""},
        {"DtmfAccessId", T::String, false, ""},
        {"EditMsg", T::Boolean, false, "true"},
        {"EnablePrependDigits", T::Boolean, false, "false"},
        {"InheritSearchSpaceFromCall", T::Boolean, false, "true"},
        {"IsPrimary", T::Boolean, true, "false"},
        {"IsTemplate", T::Boolean, true, "false"},
        {"Language", T::Integer, false, ""},
        {"LocationObjectId", T::ObjectId, true, ""},
        {"LocationURI", T::String, true, ""},
        {"MaxMsgLen", T::Integer, false, "300"},
        {"MediaSwitchObjectId", T::ObjectId, false, ""},
        {"PhoneSystemURI", T::String, true, ""},
        {"ObjectId", T::ObjectId, true, ""},
        {"TenantObjectId", T::ObjectId, true, ""},
        {"OneKeyDelay", T::Integer, false, "1500"},
        {"PartitionObjectId", T::ObjectId, false, ""},
        {"PartitionURI", T::String, true, ""},
        {"PlayAfterMessage", T::Integer, false, ""},
        {"PlayAfterMessageRecordingObjectId", T::ObjectId, false, ""},
        {"PlayPostGreetingRecording", T::Integer, false, "0"},
        {"PostGreetingRecordingObjectId", T::ObjectId, false, ""},
        {"PostGreetingURI", T::String, true, ""},
        {"PrependDigits", T::String, false, ""},
        {"RecipientDistributionListObjectId", T::ObjectId, false, ""},
        {"RecipientDistributionListURI", T::String, true, ""},
        {"RecipientSubscriberObjectId", T::ObjectId, false, ""},
        {"RecipientUserURI", T::String, true, ""},
        {"ScheduleSetObjectId", T::ObjectId, false, ""},
        {"ScheduleSetURI", T::String, true, ""},
        {"SendPrivateMsg", T::Integer, false, "0"},
        {"SendSecureMsg", T::Boolean, false, "false"},
        {"SendUrgentMsg", T::Integer, false, "0"},
        {"TimeZone", T::Integer, false, ""},
        {"UseCallLanguage", T::Boolean, false, "true"},
        {"UseDefaultLanguage", T::Boolean, false, ""},
        {"UseDefaultTimeZone", T::Boolean, false, "false"},
        {"CallHandlerOwnerURI", T::String, true, ""},
        {"VoiceName", T::String, true, ""},
        {"VoiceFileURI", T::String, true, ""},
        {"GreetingsURI", T::String, true, ""},
        {"TransferOptionsURI", T::String, true, ""},
        {"MenuEntriesURI", T::String, true, ""},
        {"VoiceNameURI", T::String, true, ""},
        {"Undeletable", T::Boolean, true, "false"},
    };
    for (const auto &row : rows) {
        QTest::newRow(row.name) << QString::fromLatin1(row.name) << row.type << row.readOnly
                                << QString::fromLatin1(row.defaultValue);
    }
}

void TestFieldTable::seedFields()
{
    QFETCH(QString, name);
    QFETCH(FieldType, type);
    QFETCH(bool, readOnly);
    QFETCH(QString, defaultValue);
    const FieldSpec *spec = CallHandlerFields::find(name);
    QVERIFY(spec);
    QCOMPARE(spec->name(), name);
    QCOMPARE(spec->type, type);
    QCOMPARE(spec->readOnly, readOnly);
    QCOMPARE(CallHandlerFields::table().isReadOnly(name), readOnly);
    QCOMPARE(spec->defaultText(), defaultValue);
    if (type == FieldType::ObjectId) {
        QCOMPARE(spec->maxLength, 36);
        QVERIFY(spec->references);
    }
}

void TestFieldTable::everySpecIsComplete_data()
{
    QTest::addColumn<QString>("table");
    QTest::newRow("call handler") << u"handler"_s;
    QTest::newRow("greeting") << u"greeting"_s;
    QTest::newRow("menu entry") << u"menu"_s;
    QTest::newRow("transfer option") << u"transfer"_s;
}

void TestFieldTable::everySpecIsComplete()
{
    QFETCH(QString, table);
    QSet<QString> seen;
    QVERIFY(!tableNamed(table).all().empty());
    for (const FieldSpec &spec : tableNamed(table).all()) {
        QVERIFY2(!seen.contains(spec.name()), qPrintable(spec.name()));
        seen.insert(spec.name());
        QVERIFY2(!spec.translatedLabel().isEmpty(), qPrintable(spec.name()));
        QVERIFY2(!spec.translatedDescription().isEmpty(), qPrintable(spec.name()));
        QVERIFY2(!spec.hasRange || spec.minimum <= spec.maximum, qPrintable(spec.name()));
        if (spec.defaultValue)
            QVERIFY2(!HandlerDesk::Core::validateField(spec, spec.defaultText()),
                     qPrintable(spec.name()));
        for (const EnumValue &option : spec.enumValues) {
            QVERIFY2(!spec.enumLabel(QString::fromLatin1(option.value)).isEmpty(),
                     qPrintable(spec.name()));
            QVERIFY2(!HandlerDesk::Core::validateField(spec, QString::fromLatin1(option.value)),
                     option.value);
        }
    }
    QCOMPARE(tableNamed(table).names().size(), qsizetype(seen.size()));
    QVERIFY(!tableNamed(table).find(u"NoSuchField"));
    QVERIFY(tableNamed(table).isReadOnly(u"NoSuchField"));
}

void TestFieldTable::findToleratesCase()
{
    // The seed's table writes CallSearchspaceObjectId; the wire says CallSearchSpaceObjectId.
    const FieldSpec *spec = CallHandlerFields::find(u"CallSearchspaceObjectId");
    QVERIFY(spec);
    QCOMPARE(spec->name(), u"CallSearchSpaceObjectId"_s);
    QCOMPARE(CallHandlerFields::find(u"scheduleSetObjectid"),
             CallHandlerFields::find(u"ScheduleSetObjectId"));
}

void TestFieldTable::enumMeanings()
{
    const FieldSpec *action = CallHandlerFields::find(u"AfterMessageAction");
    QVERIFY(action);
    QCOMPARE(action->enumValues.size(), size_t(9));
    QCOMPARE(action->enumLabel(u"0"_s), u"Ignore"_s);
    QCOMPARE(action->enumLabel(u"4"_s), u"Take message"_s);
    QCOMPARE(action->enumLabel(u"8"_s), u"Route from next call routing rule"_s);
    QVERIFY(action->enumLabel(u"9"_s).isEmpty());
    QCOMPARE(CallHandlerFields::find(u"SendUrgentMsg")->enumLabel(u"2"_s), u"Ask"_s);
    QCOMPARE(CallHandlerFields::find(u"SendPrivateMsg")->enumLabel(u"0"_s), u"Never"_s);
    QCOMPARE(CallHandlerFields::find(u"PlayAfterMessage")->enumLabel(u"1"_s), u"Always"_s);
    QCOMPARE(CallHandlerFields::find(u"PlayPostGreetingRecording")->enumValues.size(), size_t(3));
    const FieldSpec *conversation = CallHandlerFields::find(u"AfterMessageTargetConversation");
    // CUPI-CH's 14 and the four more real servers use (the .NET SDK's ConversationNames).
    QCOMPARE(conversation->enumValues.size(), size_t(18));
    for (const char *name :
         {"EasySignIn", "ConvHotelCheckedOut", "ConvCvmMboxReset", "TransferAltContactNumber"})
        QVERIFY2(!conversation->enumLabel(QString::fromLatin1(name)).isEmpty(), name);
    QCOMPARE(MenuEntryFields::find(u"TargetConversation")->enumValues.data(),
             conversation->enumValues.data());
    QCOMPARE(MenuEntryFields::find(u"TouchtoneKey")->enumValues.size(), size_t(12));
}

void TestFieldTable::validateField_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");

    const auto row = [](const char *table, const char *field, const QString &value, bool valid) {
        QTest::addRow("%s %s '%s'", table, field, qPrintable(value.left(12)))
            << QString::fromLatin1(table) << QString::fromLatin1(field) << value << valid;
    };
    row("handler", "MaxMsgLen", u"0"_s, false);
    row("handler", "MaxMsgLen", u"1"_s, true);
    row("handler", "MaxMsgLen", u"3600"_s, true);
    row("handler", "MaxMsgLen", u"3601"_s, false);
    row("handler", "MaxMsgLen", u"-5"_s, false);
    row("handler", "MaxMsgLen", u"30x"_s, false);
    row("handler", "MaxMsgLen", u"1.5"_s, false);
    row("handler", "MaxMsgLen", QString(), true);
    row("handler", "OneKeyDelay", u"-1"_s, false);
    row("handler", "OneKeyDelay", u"0"_s, true);
    row("handler", "OneKeyDelay", u"10000"_s, true);
    row("handler", "OneKeyDelay", u"10001"_s, false);
    row("handler", "DisplayName", QString(), false);
    row("handler", "DisplayName", QString(64, u'n'), true);
    row("handler", "DisplayName", QString(65, u'n'), false);
    row("handler", "DisplayName", u"  Zürich — 東京  "_s, true);
    row("handler", "DisplayName", u"bell\x07"_s, false);
    row("handler", "DtmfAccessId", QString(), true);
    row("handler", "DtmfAccessId", QString(40, u'7'), true);
    row("handler", "DtmfAccessId", QString(41, u'7'), false);
    row("handler", "DtmfAccessId", u"12a4"_s, false);
    row("handler", "DtmfAccessId", u"12 4"_s, false);
    row("handler", "DtmfAccessId", u"*9#1"_s, true);
    row("handler", "PrependDigits", u"+91#*0"_s, true);
    row("handler", "PrependDigits", u"9-1"_s, false);
    row("handler", "SendUrgentMsg", u"2"_s, true);
    row("handler", "SendUrgentMsg", u"3"_s, false);
    row("handler", "SendPrivateMsg", u"-1"_s, false);
    row("handler", "AfterMessageAction", u"8"_s, true);
    row("handler", "AfterMessageAction", u"9"_s, false);
    row("handler", "PlayAfterMessage", u"3"_s, false);
    row("handler", "PlayPostGreetingRecording", u"2"_s, true);
    row("handler", "AfterMessageTargetConversation", u"PHGreeting"_s, true);
    row("handler", "AfterMessageTargetConversation", u"phgreeting"_s, false);
    row("handler", "EditMsg", u"true"_s, true);
    row("handler", "EditMsg", u"0"_s, true);
    row("handler", "EditMsg", u"yes"_s, false);
    row("handler", "ScheduleSetObjectId", u"9dd6c1d5-249e-4715-8953-396ce2f26314"_s, true);
    row("handler", "ScheduleSetObjectId", u"9dd6c1d5-249e-4715-8953-396ce2f263141"_s, false);
    row("handler", "ScheduleSetObjectId", u"not an id"_s, false);
    row("handler", "Language", u"1033"_s, true);
    row("handler", "Language", u"0"_s, true); // no documented range (CUPI user examples show 0)
    row("handler", "Language", u"x"_s, false);
    row("handler", "TimeZone", u"190"_s, true);
    row("handler", "TimeZone", u"Asia/Kolkata"_s, false);
    row("greeting", "Reprompts", u"0"_s, true);
    row("greeting", "Reprompts", u"100"_s, true);
    row("greeting", "Reprompts", u"101"_s, false);
    row("greeting", "Reprompts", u"-1"_s, false);
    row("greeting", "PlayWhat", u"2"_s, true);
    row("greeting", "PlayWhat", u"3"_s, false);
    row("greeting", "TimeExpires", u"1972-01-01 00:00:00.0"_s, true);
    row("greeting", "TimeExpires", u"2031-06-30T23:59:00Z"_s, true);
    row("greeting", "TimeExpires", u"tomorrow"_s, false);
    row("greeting", "AfterGreetingAction", u"4"_s, true);
    row("menu", "Action", u"7"_s, true);
    row("menu", "Action", u"10"_s, false);
    row("menu", "TransferNumber", u"+14085551234"_s, true);
    row("menu", "TransferNumber", u"(408) 555"_s, false);
    row("menu", "TransferNumber", u"9,14085551234"_s, true);
    row("menu", "Locked", u"1"_s, true);
    row("transfer", "TransferRings", u"1"_s, false);
    row("transfer", "TransferRings", u"2"_s, true);
    row("transfer", "TransferRings", u"20"_s, true);
    row("transfer", "TransferRings", u"21"_s, false);
    row("transfer", "TransferType", u"1"_s, true);
    row("transfer", "TransferType", u"2"_s, false);
    row("transfer", "Action", u"2"_s, false);
    row("transfer", "Extension", u"2345"_s, true);
    row("transfer", "Extension", u"9,,2345#"_s, true); // CUPI-CH: digits, hash, comma, *, +
    row("transfer", "Extension", u"23 45"_s, false);
}

void TestFieldTable::validateField()
{
    QFETCH(QString, table);
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(bool, valid);
    const FieldSpec *spec = tableNamed(table).find(field);
    QVERIFY(spec);
    const std::optional<QString> message = HandlerDesk::Core::validateField(*spec, value);
    QCOMPARE(!message.has_value(), valid);
    if (message) // every message names the field
        QVERIFY2(message->contains(spec->translatedLabel()), qPrintable(*message));
}

void TestFieldTable::messageNamesFieldAndRule()
{
    const auto check = [](const char *field, const QString &value, const QString &expected) {
        const auto message = HandlerDesk::Core::validateField(
            *CallHandlerFields::find(QString::fromLatin1(field)), value);
        QVERIFY(message);
        QCOMPARE(*message, expected);
    };
    check("MaxMsgLen", u"0"_s, u"Max message length must be between 1 and 3600 seconds."_s);
    check("OneKeyDelay", u"20000"_s, u"One-key delay must be between 0 and 10000 milliseconds."_s);
    check("DisplayName", QString(), u"Display name is required."_s);
    check("DisplayName", QString(65, u'x'), u"Display name can have at most 64 characters."_s);
    check("DtmfAccessId", u"1a"_s, u"Extension may contain only digits, * and #."_s);
    check("SendUrgentMsg", u"5"_s,
          u"Mark messages urgent must be one of: 0 (Never), 1 (Always), 2 (Ask)."_s);
}

void TestFieldTable::ruleSummary_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("summary");
    QTest::newRow("range") << u"MaxMsgLen"_s << u"Whole number, 1 to 3600 seconds; default 300"_s;
    QTest::newRow("required text") << u"DisplayName"_s << u"Text, up to 64 characters; required"_s;
    QTest::newRow("digits") << u"DtmfAccessId"_s << u"Only digits, * and #, up to 40 characters"_s;
    QTest::newRow("enum") << u"SendUrgentMsg"_s << u"One of: 0 Never, 1 Always, 2 Ask; default 0"_s;
    QTest::newRow("boolean") << u"EditMsg"_s << u"true or false; default true"_s;
    QTest::newRow("reference") << u"ScheduleSetObjectId"_s << u"Object ID of a ScheduleSet"_s;
    QTest::newRow("read-only") << u"CreationTime"_s << u"Read-only"_s;
}

void TestFieldTable::ruleSummary()
{
    QFETCH(QString, field);
    QFETCH(QString, summary);
    QCOMPARE(CallHandlerFields::find(field)->ruleSummary(), summary);
}

void TestFieldTable::seedObjectsAreValid_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("xml") << u"callhandler.xml"_s;
    QTest::newRow("json") << u"callhandler.json"_s;
}

void TestFieldTable::seedObjectsAreValid()
{
    QFETCH(QString, file);
    const auto object = Codec::decodeObject(fixture(file), wireOf(file));
    QVERIFY(object.ok());
    QCOMPARE(issueFields(CallHandlerFields::table().validate(*object)), QStringList());
    // Every field the seed's objects carry is in the table.
    for (const auto &field : object->fields())
        QVERIFY2(CallHandlerFields::find(field.first), qPrintable(field.first));
}

void TestFieldTable::objectRules_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<CupiObject>("object");
    QTest::addColumn<QStringList>("issues");
    const QString user = u"0a082dcd-9f31-4897-b819-dedff7e67484"_s;
    const QString list = u"24865f76-fa95-412d-bc56-a48ef9e1531a"_s;

    QTest::newRow("recipient user")
        << u"handler"_s << objectOf({{u"RecipientSubscriberObjectId"_s, user}}) << QStringList();
    QTest::newRow("recipient both") << u"handler"_s
                                    << objectOf({{u"RecipientSubscriberObjectId"_s, user},
                                                 {u"RecipientDistributionListObjectId"_s, list}})
                                    << QStringList{u"RecipientSubscriberObjectId"_s};
    QTest::newRow("recipient none")
        << u"handler"_s
        << objectOf({{u"RecipientSubscriberObjectId"_s, QString()},
                     {u"RecipientDistributionListObjectId"_s, QString()}})
        << QStringList{u"RecipientSubscriberObjectId"_s};
    QTest::newRow("language specific without code")
        << u"handler"_s
        << objectOf({{u"UseCallLanguage"_s, u"false"_s}, {u"UseDefaultLanguage"_s, u"false"_s}})
        << QStringList{u"Language"_s};
    QTest::newRow("language specific with code") << u"handler"_s
                                                 << objectOf({{u"UseCallLanguage"_s, u"false"_s},
                                                              {u"UseDefaultLanguage"_s, u"false"_s},
                                                              {u"Language"_s, u"1041"_s}})
                                                 << QStringList();
    QTest::newRow("language inherit")
        << u"handler"_s
        << objectOf({{u"UseCallLanguage"_s, u"true"_s}, {u"UseDefaultLanguage"_s, u"false"_s}})
        << QStringList();
    QTest::newRow("time zone specific without id")
        << u"handler"_s << objectOf({{u"UseDefaultTimeZone"_s, u"false"_s}})
        << QStringList{u"TimeZone"_s};
    QTest::newRow("time zone default")
        << u"handler"_s << objectOf({{u"UseDefaultTimeZone"_s, u"true"_s}}) << QStringList();
    QTest::newRow("goto without conversation")
        << u"handler"_s << objectOf({{u"AfterMessageAction"_s, u"2"_s}})
        << QStringList{u"AfterMessageTargetConversation"_s};
    // No source says prepending needs digits: the server is left to judge it (issue 8).
    QTest::newRow("prepend without digits")
        << u"handler"_s << objectOf({{u"EnablePrependDigits"_s, u"true"_s}}) << QStringList();
    QTest::newRow("field and rule together")
        << u"handler"_s << objectOf({{u"MaxMsgLen"_s, u"0"_s}, {u"AfterMessageAction"_s, u"2"_s}})
        << QStringList{u"MaxMsgLen"_s, u"AfterMessageTargetConversation"_s};
    QTest::newRow("read-only fields are not judged")
        << u"handler"_s << objectOf({{u"CreationTime"_s, u"garbage"_s}}) << QStringList();
    QTest::newRow("standard greeting off")
        << u"greeting"_s
        << objectOf({{u"GreetingType"_s, u"Standard"_s}, {u"Enabled"_s, u"false"_s}})
        << QStringList{u"Enabled"_s};
    QTest::newRow("alternate greeting off")
        << u"greeting"_s
        << objectOf({{u"GreetingType"_s, u"Alternate"_s}, {u"Enabled"_s, u"false"_s}})
        << QStringList();
    QTest::newRow("greeting goto")
        << u"greeting"_s << objectOf({{u"AfterGreetingAction"_s, u"2"_s}})
        << QStringList{u"AfterGreetingTargetConversation"_s};
    // "Including a TransferNumber is optional" (CUPI guide, Updating Caller Input Keys).
    QTest::newRow("menu transfer without number")
        << u"menu"_s << objectOf({{u"Action"_s, u"7"_s}}) << QStringList();
    QTest::newRow("menu goto with target")
        << u"menu"_s
        << objectOf({{u"Action"_s, u"2"_s},
                     {u"TargetConversation"_s, u"PHGreeting"_s},
                     {u"TargetHandlerObjectId"_s, u"8c400830-7e92-4908-9ca6-a4b123f1bd19"_s}})
        << QStringList();
    // "If extension is null [UsePrimaryExtension] will be set to true" (CUPI-CH TransferRules).
    QTest::newRow("transfer without extension")
        << u"transfer"_s << objectOf({{u"Action"_s, u"1"_s}}) << QStringList();
    QTest::newRow("transfer to primary extension")
        << u"transfer"_s << objectOf({{u"Action"_s, u"1"_s}, {u"UsePrimaryExtension"_s, u"true"_s}})
        << QStringList();
    QTest::newRow("standard transfer off")
        << u"transfer"_s
        << objectOf({{u"TransferOptionType"_s, u"Standard"_s}, {u"Enabled"_s, u"false"_s}})
        << QStringList{u"Enabled"_s};
}

void TestFieldTable::objectRules()
{
    QFETCH(QString, table);
    QFETCH(CupiObject, object);
    QFETCH(QStringList, issues);
    const QList<FieldIssue> found = tableNamed(table).validate(object);
    QCOMPARE(issueFields(found), issues);
    for (const FieldIssue &issue : found)
        QVERIFY(!issue.message.isEmpty());
}

QTEST_GUILESS_MAIN(TestFieldTable)
#include "tst_fieldtable.moc"
