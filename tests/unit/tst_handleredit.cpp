// SPDX-License-Identifier: GPL-3.0-or-later
// The edit logic: minimal PUT bodies, language and time-zone choices, recipient switch,
// validation of what the edit introduced, conflicts and rebase. Loaded objects are the seed's.
#include "core/handleredit.h"
#include "tst_codec_fixtures.h"

#include <QTest>

using namespace HandlerDesk::Core;
using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(HandlerDesk::Core::LanguageMode)
Q_DECLARE_METATYPE(HandlerDesk::Core::TimeZoneMode)

using namespace HandlerDesk::Core::TestFixtures;

namespace {
// The seed's "test" handler (XML) or "Goodbye" (JSON), as a real server sent them.
CupiObject seedHandler(const QString &file)
{
    return fixtureObject(file);
}
} // namespace

class TestHandlerEdit : public QObject
{
    Q_OBJECT

private slots:
    void init() { QTest::failOnWarning(QRegularExpression(u".*"_s)); }

    void unchangedEditHasEmptyBody_data();
    void unchangedEditHasEmptyBody();
    void minimalPut_data();
    void minimalPut();
    void unsavedMeansDifferent();
    void readOnlyAndUnknownFieldsAreNeverSent();
    void languageChoiceReads_data();
    void languageChoiceReads();
    void languageModesBothDirections_data();
    void languageModesBothDirections();
    void timeZoneModes_data();
    void timeZoneModes();
    void recipientSwitch();
    void recipientSwitchBack();
    void validateReportsOnlyWhatTheEditIntroduced();
    void conflicts();
    void sameChangeOnBothSidesIsNoConflict();
    void rebaseKeepMine();
    void rebaseTakeTheirsTakesTheGroup();
    void subResourceEdit();
    void putBodyEncodesLikeTheSeed_data();
    void putBodyEncodesLikeTheSeed();
};

void TestHandlerEdit::unchangedEditHasEmptyBody_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("xml") << u"callhandler.xml"_s;
    QTest::newRow("json") << u"callhandler.json"_s;
}

void TestHandlerEdit::unchangedEditHasEmptyBody()
{
    QFETCH(QString, file);
    CallHandlerEdit edit(seedHandler(file));
    QVERIFY(!edit.isModified());
    QVERIFY(edit.changedFields().isEmpty());
    QVERIFY(edit.putBody().isEmpty());
    QVERIFY(edit.validate().isEmpty());
    QVERIFY(edit.conflicts(edit.loaded()).isEmpty());
    // Writing the same values (and booleans in the other spelling) is no change.
    edit.setValue(u"DisplayName"_s, edit.loaded().displayName());
    edit.setValue(u"EditMsg"_s, u"1"_s);
    QVERIFY(!edit.isModified());
    QVERIFY(edit.putBody().isEmpty());
}

void TestHandlerEdit::minimalPut_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QStringList>("body");
    QTest::newRow("name") << u"DisplayName"_s << u"Sales "_s << QStringList{u"DisplayName"_s};
    QTest::newRow("extension") << u"DtmfAccessId"_s << u"2346"_s << QStringList{u"DtmfAccessId"_s};
    QTest::newRow("schedule set") << u"ScheduleSetObjectId"_s
                                  << u"9dd6c1d5-249e-4715-8953-396ce2f26314"_s
                                  << QStringList{u"ScheduleSetObjectId"_s};
    QTest::newRow("max message length")
        << u"MaxMsgLen"_s << u"600"_s << QStringList{u"MaxMsgLen"_s};
    QTest::newRow("cleared extension")
        << u"DtmfAccessId"_s << u""_s << QStringList{u"DtmfAccessId"_s};
    // A language field brings its group; a time-zone field brings its group.
    QTest::newRow("language code")
        << u"Language"_s << u"1041"_s
        << QStringList{u"Language"_s, u"UseDefaultLanguage"_s, u"UseCallLanguage"_s};
    QTest::newRow("time zone id") << u"TimeZone"_s << u"35"_s
                                  << QStringList{u"TimeZone"_s, u"UseDefaultTimeZone"_s};
}

void TestHandlerEdit::minimalPut()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QStringList, body);
    CallHandlerEdit edit(seedHandler(u"callhandler.xml"_s));
    edit.setValue(field, value);
    QVERIFY(edit.isModified());
    QCOMPARE(edit.changedFields(), QStringList{field});
    const CupiObject put = edit.putBody();
    QCOMPARE(keys(put), body);
    QCOMPARE(put.value(field), value);
    for (const QString &key : body)
        QCOMPARE(put.value(key), edit.edited().value(key));
}

void TestHandlerEdit::unsavedMeansDifferent()
{
    CallHandlerEdit edit(seedHandler(u"callhandler.json"_s));
    const QString original = edit.loaded().value(u"MaxMsgLen");
    edit.setValue(u"MaxMsgLen"_s, u"120"_s);
    QVERIFY(edit.isModified());
    edit.setValue(u"MaxMsgLen"_s, original);
    QVERIFY(!edit.isModified()); // not a sticky flag
    edit.setValue(u"DisplayName"_s, u"Other"_s);
    QVERIFY(edit.isModified());
    edit.revert();
    QVERIFY(!edit.isModified());
    QCOMPARE(edit.edited(), edit.loaded());
    edit.setValue(u"DisplayName"_s, u"Other"_s);
    CupiObject saved = edit.loaded();
    saved.set(u"DisplayName"_s, u"Other"_s);
    edit.reset(saved);
    QVERIFY(!edit.isModified());
    QCOMPARE(edit.loaded().displayName(), u"Other"_s);
}

void TestHandlerEdit::readOnlyAndUnknownFieldsAreNeverSent()
{
    CallHandlerEdit edit(seedHandler(u"callhandler.xml"_s));
    edit.setValue(u"ObjectId"_s, u"00000000-0000-0000-0000-000000000000"_s);
    edit.setValue(u"CreationTime"_s, u"2020-01-01T00:00:00Z"_s);
    edit.setValue(u"IsPrimary"_s, u"true"_s);
    edit.setValue(u"SomethingNew"_s, u"x"_s);
    QVERIFY(!edit.isModified());
    QVERIFY(edit.putBody().isEmpty());
}

void TestHandlerEdit::languageChoiceReads_data()
{
    QTest::addColumn<CupiObject>("object");
    QTest::addColumn<LanguageMode>("mode");
    QTest::addColumn<int>("lcid");
    // The seed's table, row by row.
    QTest::newRow("false/true → default")
        << objectOf({{u"UseCallLanguage"_s, u"false"_s}, {u"UseDefaultLanguage"_s, u"true"_s}})
        << LanguageMode::SystemDefault << 0;
    QTest::newRow("true/true → inherit") << objectOf({{u"UseCallLanguage"_s, u"true"_s},
                                                      {u"UseDefaultLanguage"_s, u"true"_s},
                                                      {u"Language"_s, u"1033"_s}})
                                         << LanguageMode::InheritFromCall << 1033;
    QTest::newRow("true/false → inherit")
        << objectOf({{u"UseCallLanguage"_s, u"true"_s}, {u"UseDefaultLanguage"_s, u"false"_s}})
        << LanguageMode::InheritFromCall << 0;
    QTest::newRow("false/false/1041 → specific") << objectOf({{u"UseCallLanguage"_s, u"false"_s},
                                                              {u"UseDefaultLanguage"_s, u"false"_s},
                                                              {u"Language"_s, u"1041"_s}})
                                                 << LanguageMode::Specific << 1041;
    QTest::newRow("0/1 spelling → default")
        << objectOf({{u"UseCallLanguage"_s, u"0"_s}, {u"UseDefaultLanguage"_s, u"1"_s}})
        << LanguageMode::SystemDefault << 0;
    QTest::newRow("seed test handler")
        << seedHandler(u"callhandler.xml"_s) << LanguageMode::SystemDefault << 1033;
    QTest::newRow("seed goodbye") << seedHandler(u"callhandler.json"_s)
                                  << LanguageMode::InheritFromCall << 1033;
}

void TestHandlerEdit::languageChoiceReads()
{
    QFETCH(CupiObject, object);
    QFETCH(LanguageMode, mode);
    QFETCH(int, lcid);
    const LanguageChoice choice = languageChoice(object);
    QCOMPARE(choice.mode, mode);
    QCOMPARE(choice.lcid, lcid);
}

void TestHandlerEdit::languageModesBothDirections_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<LanguageMode>("to");
    QTest::addColumn<int>("lcid");
    QTest::addColumn<CupiObject>("body");
    // test handler: SystemDefault (UseCallLanguage=false, UseDefaultLanguage=true, 1033).
    QTest::newRow("default → inherit") << u"callhandler.xml"_s << LanguageMode::InheritFromCall << 0
                                       << objectOf({{u"Language"_s, u"1033"_s},
                                                    {u"UseDefaultLanguage"_s, u"true"_s},
                                                    {u"UseCallLanguage"_s, u"true"_s}});
    QTest::newRow("default → specific") << u"callhandler.xml"_s << LanguageMode::Specific << 1041
                                        << objectOf({{u"Language"_s, u"1041"_s},
                                                     {u"UseDefaultLanguage"_s, u"false"_s},
                                                     {u"UseCallLanguage"_s, u"false"_s}});
    QTest::newRow("default → default")
        << u"callhandler.xml"_s << LanguageMode::SystemDefault << 0 << CupiObject();
    // Goodbye: InheritFromCall (UseCallLanguage=true).
    QTest::newRow("inherit → default") << u"callhandler.json"_s << LanguageMode::SystemDefault << 0
                                       << objectOf({{u"Language"_s, u"1033"_s},
                                                    {u"UseDefaultLanguage"_s, u"true"_s},
                                                    {u"UseCallLanguage"_s, u"false"_s}});
    QTest::newRow("inherit → specific") << u"callhandler.json"_s << LanguageMode::Specific << 3082
                                        << objectOf({{u"Language"_s, u"3082"_s},
                                                     {u"UseDefaultLanguage"_s, u"false"_s},
                                                     {u"UseCallLanguage"_s, u"false"_s}});
    QTest::newRow("inherit → inherit")
        << u"callhandler.json"_s << LanguageMode::InheritFromCall << 0 << CupiObject();
}

void TestHandlerEdit::languageModesBothDirections()
{
    QFETCH(QString, file);
    QFETCH(LanguageMode, to);
    QFETCH(int, lcid);
    QFETCH(CupiObject, body);
    CallHandlerEdit edit(seedHandler(file));
    const LanguageChoice before = edit.language();
    edit.setLanguage(to, lcid);
    QCOMPARE(edit.language().mode, to);
    if (to == LanguageMode::Specific)
        QCOMPARE(edit.language().lcid, lcid);
    QCOMPARE(edit.putBody(), body);
    QVERIFY(edit.validate().isEmpty());
    // And back: the choice reads as before, and the body, applied to what the server has,
    // cannot be misread as another choice.
    edit.setLanguage(before.mode, before.lcid);
    QCOMPARE(edit.language().mode, before.mode);
    CupiObject onServer = edit.loaded();
    for (const auto &[key, value] : edit.putBody().fields())
        onServer.set(key, value);
    QCOMPARE(languageChoice(onServer).mode, before.mode);
    // Restoring every field of the group makes the edit unmodified (no sticky flag).
    for (const QString &key : {u"UseCallLanguage"_s, u"UseDefaultLanguage"_s, u"Language"_s})
        edit.setValue(key, edit.loaded().value(key));
    QVERIFY2(!edit.isModified(), qPrintable(edit.changedFields().join(u',')));
}

void TestHandlerEdit::timeZoneModes_data()
{
    QTest::addColumn<TimeZoneMode>("to");
    QTest::addColumn<qint64>("id");
    QTest::addColumn<CupiObject>("body");
    // Seed handler: UseDefaultTimeZone=true, TimeZone=190.
    QTest::newRow("default → specific 35")
        << TimeZoneMode::Specific << qint64(35)
        << objectOf({{u"TimeZone"_s, u"35"_s}, {u"UseDefaultTimeZone"_s, u"false"_s}});
    QTest::newRow("default → specific 190 (the seed's PUT)")
        << TimeZoneMode::Specific << qint64(190)
        << objectOf({{u"TimeZone"_s, u"190"_s}, {u"UseDefaultTimeZone"_s, u"false"_s}});
    QTest::newRow("default → default") << TimeZoneMode::SystemDefault << qint64(0) << CupiObject();
    // Microsoft's extended time-zone ids (0x80000040…) do not fit an int: sent exactly.
    QTest::newRow("default → specific 2147483725 (Casablanca)")
        << TimeZoneMode::Specific << qint64(2147483725)
        << objectOf({{u"TimeZone"_s, u"2147483725"_s}, {u"UseDefaultTimeZone"_s, u"false"_s}});
}

void TestHandlerEdit::timeZoneModes()
{
    QFETCH(TimeZoneMode, to);
    QFETCH(qint64, id);
    QFETCH(CupiObject, body);
    CallHandlerEdit edit(seedHandler(u"callhandler.xml"_s));
    QCOMPARE(edit.timeZone().mode, TimeZoneMode::SystemDefault);
    QCOMPARE(edit.timeZone().timeZoneId, 190);
    edit.setTimeZone(to, id);
    QCOMPARE(edit.putBody(), body);

    // The other direction: from a specific zone to the system default.
    CupiObject specific = seedHandler(u"callhandler.xml"_s);
    applyTimeZone(specific, TimeZoneMode::Specific, 35);
    QCOMPARE(timeZoneChoice(specific), (TimeZoneChoice{TimeZoneMode::Specific, 35}));
    CallHandlerEdit back(specific);
    back.setTimeZone(TimeZoneMode::SystemDefault);
    QCOMPARE(back.putBody(),
             objectOf({{u"TimeZone"_s, u"35"_s}, {u"UseDefaultTimeZone"_s, u"true"_s}}));
    QCOMPARE(back.timeZone().mode, TimeZoneMode::SystemDefault);
}

void TestHandlerEdit::recipientSwitch()
{
    // Goodbye's recipient is a distribution list; switch it to a user.
    CallHandlerEdit edit(seedHandler(u"callhandler.json"_s));
    QCOMPARE(edit.recipientKind(), CallHandlerEdit::RecipientKind::DistributionList);
    const QString user = u"571412d0-6330-433d-8a1f-7f7cb102a09f"_s;
    edit.setRecipientUser(user);
    QCOMPARE(edit.recipientKind(), CallHandlerEdit::RecipientKind::User);
    QCOMPARE(edit.recipientId(), user);
    QVERIFY(edit.isModified());
    // The seed's PUT: the one recipient field.
    QCOMPARE(edit.putBody(), objectOf({{u"RecipientSubscriberObjectId"_s, user}}));
    QVERIFY(!edit.edited().contains(u"RecipientDistributionListObjectId"));
    QVERIFY(edit.validate().isEmpty());

    // And the other way on the test handler (a user) to a list.
    CallHandlerEdit other(seedHandler(u"callhandler.xml"_s));
    QCOMPARE(other.recipientKind(), CallHandlerEdit::RecipientKind::User);
    const QString list = u"24865f76-fa95-412d-bc56-a48ef9e1531a"_s;
    other.setRecipientDistributionList(list);
    QCOMPARE(other.putBody(), objectOf({{u"RecipientDistributionListObjectId"_s, list}}));
}

void TestHandlerEdit::recipientSwitchBack()
{
    const CupiObject loaded = seedHandler(u"callhandler.json"_s);
    CallHandlerEdit edit(loaded);
    const QString list = loaded.value(u"RecipientDistributionListObjectId");
    edit.setRecipientUser(u"571412d0-6330-433d-8a1f-7f7cb102a09f"_s);
    edit.setRecipientDistributionList(list);
    QVERIFY2(!edit.isModified(), qPrintable(edit.changedFields().join(u',')));
    QVERIFY(edit.putBody().isEmpty());
    QCOMPARE(edit.edited().value(u"RecipientDistributionListURI"),
             loaded.value(u"RecipientDistributionListURI"));
}

void TestHandlerEdit::validateReportsOnlyWhatTheEditIntroduced()
{
    CupiObject loaded = seedHandler(u"callhandler.xml"_s);
    loaded.set(u"OneKeyDelay"_s, u"99999"_s); // the server's own odd value
    CallHandlerEdit edit(loaded);
    QVERIFY(edit.validate().isEmpty());
    edit.setValue(u"MaxMsgLen"_s, u"0"_s);
    edit.setValue(u"DisplayName"_s, QString());
    edit.setLanguage(LanguageMode::Specific, 0);
    edit.edited().set(u"Language"_s, QString());
    QStringList fields;
    for (const FieldIssue &issue : edit.validate())
        fields.append(issue.field);
    QCOMPARE(fields, (QStringList{u"MaxMsgLen"_s, u"DisplayName"_s, u"Language"_s}));
    // Editing the server's odd value into another odd value is judged.
    edit.setValue(u"OneKeyDelay"_s, u"99998"_s);
    QCOMPARE(edit.validate().size(), 4);
    QCOMPARE(edit.validate().at(0).field, u"OneKeyDelay"_s); // the seed's order
}

void TestHandlerEdit::conflicts()
{
    const CupiObject loaded = seedHandler(u"callhandler.xml"_s);
    CallHandlerEdit edit(loaded);
    edit.setValue(u"DisplayName"_s, u"Mine"_s);
    edit.setValue(u"MaxMsgLen"_s, u"120"_s);
    edit.setTimeZone(TimeZoneMode::Specific, 35);

    CupiObject server = loaded;
    server.set(u"DisplayName"_s, u"Theirs"_s);       // conflict: I am saving it too
    server.set(u"DtmfAccessId"_s, u"9999"_s);        // not mine: no conflict
    server.set(u"UseDefaultTimeZone"_s, u"false"_s); // group member I am saving
    // DtmfAccessId is not being saved; UseDefaultTimeZone changed on both sides to the same
    // value; TimeZone and MaxMsgLen did not change on the server: one conflict.
    const QList<FieldConflict> found = edit.conflicts(server);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.at(0), (FieldConflict{u"DisplayName"_s, u"Mine"_s, u"Theirs"_s, u"test"_s}));

    server.set(u"TimeZone"_s, u"20"_s); // now a group member I am saving changed too
    const QList<FieldConflict> more = edit.conflicts(server);
    QCOMPARE(more.size(), 2);
    QCOMPARE(more.at(1), (FieldConflict{u"TimeZone"_s, u"35"_s, u"20"_s, u"190"_s}));
}

void TestHandlerEdit::sameChangeOnBothSidesIsNoConflict()
{
    const CupiObject loaded = seedHandler(u"callhandler.xml"_s);
    CallHandlerEdit edit(loaded);
    edit.setValue(u"DisplayName"_s, u"Same"_s);
    CupiObject server = loaded;
    server.set(u"DisplayName"_s, u"Same"_s);
    QVERIFY(edit.conflicts(server).isEmpty());
    // A server that dropped a field I am saving is a conflict (theirs is null).
    CupiObject dropped = loaded;
    dropped.remove(u"DisplayName");
    const auto found = edit.conflicts(dropped);
    QCOMPARE(found.size(), 1);
    QVERIFY(found.first().theirs.isNull());
}

void TestHandlerEdit::rebaseKeepMine()
{
    const CupiObject loaded = seedHandler(u"callhandler.xml"_s);
    CallHandlerEdit edit(loaded);
    edit.setValue(u"DisplayName"_s, u"Mine"_s);
    edit.setValue(u"MaxMsgLen"_s, u"120"_s);
    CupiObject server = loaded;
    server.set(u"DisplayName"_s, u"Theirs"_s);
    server.set(u"DtmfAccessId"_s, u"9999"_s);
    QCOMPARE(edit.conflicts(server).size(), 1);

    edit.rebase(server); // unlisted → KeepMine
    QVERIFY(edit.conflicts(server).isEmpty());
    QCOMPARE(edit.loaded(), server);
    QCOMPARE(edit.putBody().value(u"DisplayName"), u"Mine"_s);
    QCOMPARE(edit.putBody().value(u"MaxMsgLen"), u"120"_s);
    QCOMPARE(edit.putBody().size(), 2);
    QCOMPARE(edit.edited().value(u"DtmfAccessId"), u"9999"_s); // their other change is kept
}

void TestHandlerEdit::rebaseTakeTheirsTakesTheGroup()
{
    const CupiObject loaded = seedHandler(u"callhandler.xml"_s);
    CallHandlerEdit edit(loaded);
    edit.setValue(u"DisplayName"_s, u"Mine"_s);
    edit.setLanguage(LanguageMode::Specific, 1041);
    CupiObject server = loaded;
    server.set(u"DisplayName"_s, u"Theirs"_s);
    applyLanguage(server, LanguageMode::InheritFromCall);
    const auto found = edit.conflicts(server);
    QVERIFY(found.size() >= 2);

    edit.rebase(server, {{u"DisplayName"_s, ConflictResolution::TakeTheirs},
                         {u"UseCallLanguage"_s, ConflictResolution::TakeTheirs}});
    QVERIFY(!edit.isModified());
    QVERIFY(edit.putBody().isEmpty());
    QCOMPARE(edit.edited().displayName(), u"Theirs"_s);
    QCOMPARE(edit.language().mode, LanguageMode::InheritFromCall);
}

void TestHandlerEdit::subResourceEdit()
{
    const CupiObject greeting = objectOf({{u"GreetingType"_s, u"Off Hours"_s},
                                          {u"Enabled"_s, u"false"_s},
                                          {u"PlayWhat"_s, u"0"_s},
                                          {u"AfterGreetingAction"_s, u"1"_s},
                                          {u"Reprompts"_s, u"0"_s}});
    ObjectEdit edit(GreetingFields::table(), greeting);
    QVERIFY(!edit.isModified());
    edit.setValue(u"Enabled"_s, u"true"_s);
    edit.setValue(u"Reprompts"_s, u"101"_s);
    edit.setValue(u"GreetingType"_s, u"Standard"_s); // read-only: never sent
    // Enabled goes with an (empty) TimeExpires: real servers need both (PROTOCOL §10).
    QCOMPARE(keys(edit.putBody()), (QStringList{u"Enabled"_s, u"Reprompts"_s, u"TimeExpires"_s}));
    QCOMPARE(edit.validate().size(), 1);
    QCOMPARE(edit.validate().first().field, u"Reprompts"_s);
    QCOMPARE(edit.validate().first().message,
             u"Replay greeting must be between 0 and 100 times."_s);

    ObjectEdit key(MenuEntryFields::table(),
                   objectOf({{u"TouchtoneKey"_s, u"1"_s}, {u"Action"_s, u"0"_s}}));
    key.setValue(u"Action"_s, u"2"_s);
    QCOMPARE(key.validate().size(), 1); // Go to needs its conversation
    key.setValue(u"TargetConversation"_s, u"PHGreeting"_s);
    key.setValue(u"TargetHandlerObjectId"_s, u"8c400830-7e92-4908-9ca6-a4b123f1bd19"_s);
    QVERIFY(key.validate().isEmpty());
    QCOMPARE(keys(key.putBody()),
             (QStringList{u"Action"_s, u"TargetConversation"_s, u"TargetHandlerObjectId"_s}));

    ObjectEdit rule(TransferOptionFields::table(),
                    objectOf({{u"TransferOptionType"_s, u"Standard"_s},
                              {u"Enabled"_s, u"true"_s},
                              {u"TransferRings"_s, u"4"_s}}));
    rule.setValue(u"Enabled"_s, u"false"_s);
    rule.setValue(u"TransferRings"_s, u"1"_s);
    QCOMPARE(rule.validate().size(), 2);
}

void TestHandlerEdit::putBodyEncodesLikeTheSeed_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("xml") << u"put-timezone.xml"_s;
    QTest::newRow("json") << u"put-timezone.json"_s;
}

void TestHandlerEdit::putBodyEncodesLikeTheSeed()
{
    QFETCH(QString, file);
    const WireFormat wire = wireOf(file);
    const auto seedBody = Codec::decodeObject(fixture(file), wire);
    QVERIFY(seedBody.ok());

    CallHandlerEdit edit(seedHandler(u"callhandler.xml"_s));
    edit.setTimeZone(TimeZoneMode::Specific, 190);
    const QByteArray encoded = Codec::encodeObject(edit.putBody(), wire, u"Callhandler"_s);
    const auto decoded = Codec::decodeObject(encoded, wire);
    QVERIFY(decoded.ok());
    // Same fields and values as the seed's PUT (order aside).
    QCOMPARE(decoded->size(), seedBody->size());
    for (const auto &[key, value] : seedBody->fields())
        QCOMPARE(decoded->value(key), value);
}

QTEST_GUILESS_MAIN(TestHandlerEdit)
#include "tst_handleredit.moc"
