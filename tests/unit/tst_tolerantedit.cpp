// SPDX-License-Identifier: GPL-3.0-or-later
// Liberal in what it accepts, strict in what it sends (issue 8): objects whose fields carry values
// the client does not know — an unknown field, an unknown conversation or action, a number
// outside the documented range — go through codec → CupiObject → ObjectEdit → putBody unchanged;
// they never block saving another field, and only what the edit changed is judged or sent.
// In XML and JSON, on saved server bodies (data/*-unknown.*).
#include "core/handleredit.h"
#include "tst_codec_fixtures.h"

#include <QTest>

using namespace HandlerDesk::Core;
using namespace HandlerDesk::Core::TestFixtures;
using namespace Qt::Literals::StringLiterals;

namespace {

QStringList issueFields(const QList<FieldIssue> &issues)
{
    QStringList fields;
    for (const FieldIssue &issue : issues)
        fields.append(issue.field);
    return fields;
}

QList<CupiObject> menuEntries(const QString &file)
{
    const auto list = Codec::decodeList(fixture(file), wireOf(file), u"MenuEntry"_s);
    if (!list.ok())
        qFatal("bad fixture %s", qPrintable(file));
    return list->items;
}

CupiObject entry(const QList<CupiObject> &entries, const QString &key)
{
    for (const CupiObject &e : entries) {
        if (e.value(u"TouchtoneKey") == key)
            return e;
    }
    return {};
}

} // namespace

class TestTolerantEdit : public QObject
{
    Q_OBJECT

private slots:
    void init() { QTest::failOnWarning(QRegularExpression(u".*"_s)); }

    void addFiles()
    {
        QTest::addColumn<QString>("handler");
        QTest::addColumn<QString>("menu");
        QTest::newRow("xml") << u"callhandler-unknown.xml"_s << u"menuentries-unknown.xml"_s;
        QTest::newRow("json") << u"callhandler-unknown.json"_s << u"menuentries-unknown.json"_s;
    }

    void decodeKeepsEveryValue_data() { addFiles(); }
    void decodeKeepsEveryValue()
    {
        QFETCH(QString, handler);
        const CupiObject loaded = fixtureObject(handler);
        QCOMPARE(loaded.value(u"FutureFeature"), u"on & off"_s);
        QCOMPARE(loaded.value(u"EnablePersonalVideoRecording"), u"false"_s);
        QCOMPARE(loaded.value(u"MaxMsgLen"), u"5400"_s);
        QCOMPARE(loaded.value(u"AfterMessageAction"), u"12"_s);
        QCOMPARE(loaded.value(u"AfterMessageTargetConversation"), u"ConvFromTheFuture"_s);
        // An edit that changed nothing is unmodified and sends nothing.
        const CallHandlerEdit edit(loaded);
        QVERIFY(!edit.isModified());
        QVERIFY(edit.validate().isEmpty());
        QVERIFY(edit.putBody().isEmpty());
    }

    // The issue's end-to-end case, in core: only DisplayName is judged and sent.
    void nameChangeSendsOnlyTheName_data() { addFiles(); }
    void nameChangeSendsOnlyTheName()
    {
        QFETCH(QString, handler);
        const CupiObject loaded = fixtureObject(handler);
        CallHandlerEdit edit(loaded);
        edit.setValue(u"DisplayName"_s, u"Front Desk (new)"_s);
        QCOMPARE(edit.changedFields(), QStringList{u"DisplayName"_s});
        QVERIFY2(edit.validate().isEmpty(), qPrintable(edit.validate().value(0).message));
        const CupiObject body = edit.putBody();
        QCOMPARE(keys(body), QStringList{u"DisplayName"_s});
        const WireFormat wire = wireOf(handler);
        const auto sent =
            Codec::decodeObject(Codec::encodeObject(body, wire, u"Callhandler"_s), wire);
        QVERIFY(sent.ok());
        QCOMPARE(keys(*sent), QStringList{u"DisplayName"_s});
        QCOMPARE(sent->displayName(), u"Front Desk (new)"_s);
    }

    // Another known field changes; the unknown and out-of-range ones stay unjudged.
    void unknownValuesNeverBlockOtherFields_data() { addFiles(); }
    void unknownValuesNeverBlockOtherFields()
    {
        QFETCH(QString, handler);
        CallHandlerEdit edit(fixtureObject(handler));
        edit.setValue(u"SendPrivateMsg"_s, u"2"_s);
        edit.setLanguage(LanguageMode::SystemDefault);
        QVERIFY2(edit.validate().isEmpty(), qPrintable(edit.validate().value(0).message));
        QCOMPARE(keys(edit.putBody()),
                 (QStringList{u"UseCallLanguage"_s, u"SendPrivateMsg"_s, u"UseDefaultLanguage"_s}));
    }

    // What the person changed is judged: the same out-of-range number typed again is refused.
    void changedValuesAreJudged_data() { addFiles(); }
    void changedValuesAreJudged()
    {
        QFETCH(QString, handler);
        CallHandlerEdit edit(fixtureObject(handler));
        edit.setValue(u"MaxMsgLen"_s, u"5401"_s);
        QCOMPARE(issueFields(edit.validate()), QStringList{u"MaxMsgLen"_s});
        edit.setValue(u"MaxMsgLen"_s, u"5400"_s); // back to the server's value: not an edit
        QVERIFY(edit.validate().isEmpty());
        QVERIFY(!edit.isModified());
    }

    // A key whose action and conversation the client does not know: choosing "Go to" keeps the
    // server's conversation (not judged, not sent); a known-but-new conversation is known now.
    void menuKeysKeepWhatTheServerHas_data() { addFiles(); }
    void menuKeysKeepWhatTheServerHas()
    {
        QFETCH(QString, menu);
        const QList<CupiObject> entries = menuEntries(menu);
        QCOMPARE(entries.size(), 3);

        ObjectEdit easy(MenuEntryFields::table(), entry(entries, u"1"_s));
        QCOMPARE(easy.loaded().value(u"CallhandlerURI").isEmpty(), false); // unknown, kept
        easy.setValue(u"Locked"_s, u"true"_s);
        QVERIFY(easy.validate().isEmpty());
        QCOMPARE(keys(easy.putBody()), QStringList{u"Locked"_s});

        ObjectEdit future(MenuEntryFields::table(), entry(entries, u"2"_s));
        future.setValue(u"Action"_s, u"2"_s);
        QVERIFY2(future.validate().isEmpty(), qPrintable(future.validate().value(0).message));
        QCOMPARE(keys(future.putBody()), QStringList{u"Action"_s});
        QCOMPARE(future.edited().value(u"TargetConversation"), u"ConvFromTheFuture"_s);
    }

    // "Including a TransferNumber is optional" (CUPI guide, Updating Caller Input Keys): a key
    // can be set to action 7 without one; an existing number cannot be emptied.
    void alternateContactWithoutNumber_data() { addFiles(); }
    void alternateContactWithoutNumber()
    {
        QFETCH(QString, menu);
        const QList<CupiObject> entries = menuEntries(menu);
        ObjectEdit loadedSeven(MenuEntryFields::table(), entry(entries, u"3"_s));
        loadedSeven.setValue(u"Locked"_s, u"true"_s);
        QVERIFY(loadedSeven.validate().isEmpty());

        ObjectEdit toSeven(MenuEntryFields::table(), entry(entries, u"2"_s));
        toSeven.setValue(u"Action"_s, u"7"_s);
        QVERIFY2(toSeven.validate().isEmpty(), qPrintable(toSeven.validate().value(0).message));
        QCOMPARE(keys(toSeven.putBody()), QStringList{u"Action"_s});

        CupiObject withNumber = entry(entries, u"3"_s);
        withNumber.set(u"TransferNumber"_s, u"2344"_s);
        ObjectEdit emptied(MenuEntryFields::table(), withNumber);
        emptied.setValue(u"TransferNumber"_s, QString());
        QCOMPARE(issueFields(emptied.validate()), QStringList{u"TransferNumber"_s});
        emptied.setValue(u"TransferNumber"_s, u"2345"_s);
        QVERIFY(emptied.validate().isEmpty());
        QCOMPARE(keys(emptied.putBody()), QStringList{u"TransferNumber"_s});
    }
};

QTEST_GUILESS_MAIN(TestTolerantEdit)
#include "tst_tolerantedit.moc"
