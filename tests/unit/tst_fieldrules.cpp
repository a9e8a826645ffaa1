// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 8's review of the field table: every rule names its source (or [INF] and why), values the
// table does not know are shown as "Unknown (raw)", and a transfer number cannot be emptied
// (the server refuses an empty one) while an absent one is fine. Issue 9: one reading of a CUPI
// boolean, shared by every reader.
#include "core/cupiobject.h"
#include "core/fieldtable.h"
#include "core/handleredit.h"
#include "core/models/fieldvaluetext.h"

#include <QTest>

using namespace HandlerDesk::Core;
using namespace Qt::Literals::StringLiterals;

namespace {

const FieldTable &tableNamed(const char *name)
{
    if (qstrcmp(name, "greeting") == 0)
        return GreetingFields::table();
    if (qstrcmp(name, "menu") == 0)
        return MenuEntryFields::table();
    if (qstrcmp(name, "transfer") == 0)
        return TransferOptionFields::table();
    return CallHandlerFields::table();
}

} // namespace

class TestFieldRules : public QObject
{
    Q_OBJECT

private slots:
    void init() { QTest::failOnWarning(QRegularExpression(u".*"_s)); }

    void everyRuleHasASource_data();
    void everyRuleHasASource();
    void unknownValuesAreShownAsUnknown();
    void transferNumberCannotBeEmptied();
    void parseBool_data();
    void parseBool();
    void everyBooleanReaderAgrees_data() { parseBool_data(); }
    void everyBooleanReaderAgrees();
};

void TestFieldRules::everyRuleHasASource_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("field");
    for (const char *table : {"handler", "greeting", "menu", "transfer"}) {
        for (const FieldSpec &spec : tableNamed(table).all()) {
            if (spec.hasRule())
                QTest::addRow("%s %s", table, qPrintable(spec.name()))
                    << QString::fromLatin1(table) << spec.name();
        }
    }
}

// Issue 8: every rule names the document and section it comes from, or says [INF] and why.
void TestFieldRules::everyRuleHasASource()
{
    QFETCH(QString, table);
    QFETCH(QString, field);
    const FieldSpec *spec = tableNamed(qPrintable(table)).find(field);
    QVERIFY(spec);
    QVERIFY2(spec->source, "no source");
    const QString source = QString::fromUtf8(spec->source);
    QVERIFY2(source.contains(u"[DOC]"_s) || source.contains(u"[OBS]"_s) ||
                 source.contains(u"[INF]"_s),
             qPrintable(source));
    // An [INF] says why (more than the tag).
    QVERIFY2(source.size() > 12, qPrintable(source));
}

void TestFieldRules::unknownValuesAreShownAsUnknown()
{
    const FieldSpec *conversation = MenuEntryFields::find(u"TargetConversation");
    QVERIFY(conversation->knowsValue(u"EasySignIn"_s));
    QCOMPARE(conversation->valueText(u"EasySignIn"_s), u"Easy sign-in"_s);
    QVERIFY(!conversation->knowsValue(u"ConvFromTheFuture"_s));
    QCOMPARE(conversation->valueText(u"ConvFromTheFuture"_s), u"Unknown (ConvFromTheFuture)"_s);
    QCOMPARE(MenuEntryFields::find(u"Action")->valueText(u"42"_s), u"Unknown (42)"_s);
    QCOMPARE(MenuEntryFields::find(u"Action")->valueText(u"7"_s), u"Alternate contact number"_s);
    QCOMPARE(CallHandlerFields::find(u"MaxMsgLen")->valueText(u"9999"_s), u"9999"_s);
    QVERIFY(CallHandlerFields::find(u"MaxMsgLen")->knowsValue(u"9999"_s)); // not an enumeration
    QCOMPARE(conversation->valueText(QString()), QString());
}

// "Currently, the CUPI API does not allow you to set the TransferNumber to an empty string" (CUPI
// guide, Updating Caller Input Keys): an absent number is fine, emptying one is not.
void TestFieldRules::transferNumberCannotBeEmptied()
{
    const FieldSpec *number = MenuEntryFields::find(u"TransferNumber");
    QVERIFY(number->refusesEmpty);
    QVERIFY(!validateChange(*number, QString(), QString()));
    QVERIFY(!validateChange(*number, u"2344"_s, u"2345"_s));
    const auto emptied = validateChange(*number, u"2344"_s, QString());
    QVERIFY(emptied);
    QVERIFY2(emptied->contains(u"Transfer number"_s), qPrintable(*emptied));
    QVERIFY(validateChange(*number, u"2344"_s, u"23 45"_s)); // the field's own rules still apply
    QVERIFY(!validateChange(*CallHandlerFields::find(u"DtmfAccessId"), u"2344"_s, QString()));
}

void TestFieldRules::parseBool_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("isBoolean");
    QTest::addColumn<bool>("value");
    // PROTOCOL.md §2: servers write true|false and accept 0|1 (the .NET SDK sends those).
    QTest::newRow("true") << u"true"_s << true << true;
    QTest::newRow("false") << u"false"_s << true << false;
    QTest::newRow("1") << u"1"_s << true << true;
    QTest::newRow("0") << u"0"_s << true << false;
    QTest::newRow("True") << u"True"_s << true << true;
    QTest::newRow("FALSE") << u"FALSE"_s << true << false;
    QTest::newRow("empty") << u""_s << false << false;
    QTest::newRow("absent") << QString() << false << false;
    QTest::newRow("spaces") << u" true"_s << false << false;
    QTest::newRow("yes") << u"yes"_s << false << false;
    QTest::newRow("2") << u"2"_s << false << false;
    QTest::newRow("01") << u"01"_s << false << false;
}

void TestFieldRules::parseBool()
{
    QFETCH(QString, text);
    QFETCH(bool, isBoolean);
    QFETCH(bool, value);
    const std::optional<bool> parsed = HandlerDesk::Core::parseBool(text);
    QCOMPARE(parsed.has_value(), isBoolean);
    if (parsed)
        QCOMPARE(*parsed, value);
}

// Issue 9: "True" passed CupiObject::boolValue() but failed validateField(). Every reader of a
// boolean — the object, the field table's check, the text shown to people, the edit's change
// detection — reads the same texts the same way.
void TestFieldRules::everyBooleanReaderAgrees()
{
    QFETCH(QString, text);
    QFETCH(bool, isBoolean);
    QFETCH(bool, value);
    CupiObject object;
    object.set(u"EditMsg"_s, text);
    QCOMPARE(object.boolValue(u"EditMsg", false), isBoolean ? value : false);
    QCOMPARE(object.boolValue(u"EditMsg", true), isBoolean ? value : true);

    const FieldSpec &spec = *CallHandlerFields::find(u"EditMsg");
    QVERIFY(spec.type == FieldType::Boolean);
    const bool accepted = !validateField(spec, text);
    QCOMPARE(accepted, isBoolean || text.isEmpty()); // empty: not required
    const QString shown = fieldValueText(spec, text, nullptr, nullptr);
    QCOMPARE(shown, isBoolean ? (value ? u"Yes"_s : u"No"_s) : text);

    if (isBoolean) { // the canonical text means the same: no change to send
        CupiObject loaded;
        loaded.set(u"EditMsg"_s, boolText(value));
        ObjectEdit edit(CallHandlerFields::table(), loaded);
        edit.setValue(u"EditMsg"_s, text);
        QCOMPARE(edit.changedFields(), QStringList());
        edit.setValue(u"EditMsg"_s, boolText(!value));
        QCOMPARE(edit.changedFields(), QStringList{u"EditMsg"_s});
    }
}

QTEST_GUILESS_MAIN(TestFieldRules)
#include "tst_fieldrules.moc"
