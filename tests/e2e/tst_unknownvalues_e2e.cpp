// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 8's end-to-end test: a handler whose keys, greetings and fields use values the client
// does not know (tst_unknownseed.h: an unknown field, conversations no list has, an unknown
// action, numbers outside the documented ranges) is renamed with the GUI's editor model
// (HandlerEditor) and with `handlerctl set`. Only DisplayName is sent — shown by the request
// bodies (a recording QNetworkAccessManager; the simulator's --record-requests for handlerctl) —
// and everything else is still on the server, unchanged. Both wire formats.
#include "tst_recordingnam.h"
#include "tst_unknownseed.h"

#include "core/codec.h"
#include "core/handleredit.h"
#include "core/models/handlereditor.h"

#include <QTemporaryDir>

using namespace HandlerDesk;
using namespace HandlerDesk::Test;
using Core::CupiObject;
using Core::WireFormat;

namespace {

QStringList keysOf(const CupiObject &object)
{
    QStringList keys;
    for (const auto &field : object.fields())
        keys.append(field.first);
    return keys;
}

} // namespace

class TestUnknownValuesE2e : public QObject
{
    Q_OBJECT

    CupiSim m_sim;
    QTemporaryDir m_dir;
    QString m_record;
    QString m_id;
    QNetworkAccessManager m_checkNam;
    std::unique_ptr<Core::CupiClient> m_checker;
    int m_renames = 0;

    // Everything else on the server as before, the name as given.
    void verifyOnlyTheNameChanged(const HandlerOnServer &before, const QString &name)
    {
        const HandlerOnServer after = readHandler(m_checker.get(), m_id);
        QCOMPARE(after.handler.displayName(), name);
        const QString difference = differencesBesideTheName(before, after);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        QCOMPARE(after.handler.value(Unknown::Field), Unknown::FieldValue);
        QCOMPARE(after.handler.value(u"MaxMsgLen"), Unknown::MaxMsgLen);
    }

    HandlerctlRun handlerctl(const QStringList &args) { return runHandlerctl(m_sim, args); }

    QList<QJsonObject> recorded() const { return recordedRequests(m_record); }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<Core::CupiError>();
        QVERIFY(m_dir.isValid());
        m_record = m_dir.filePath(u"requests.jsonl"_s);
        m_id = startWithUnknownValues(m_sim, m_dir.path(),
                                      {u"--handlers"_s, u"40"_s, u"--record-requests"_s, m_record});
        QVERIFY2(!m_id.isEmpty(), "the simulator did not start with the seeded state");
        m_checker = m_sim.makeClient(&m_checkNam, WireFormat::Json, m_sim.admin());
        // The seeded values are on the server, as the simulator kept them.
        const HandlerOnServer h = readHandler(m_checker.get(), m_id);
        QCOMPARE(h.handler.value(Unknown::Field), Unknown::FieldValue);
        QCOMPARE(h.handler.value(u"AfterMessageAction"), Unknown::AfterMessageAction);
        QCOMPARE(h.menuEntries.size(), 12);
        QCOMPARE(h.greetings.size(), 7);
    }

    void editorModelSendsOnlyTheName_data() { addWireData(); }
    void editorModelSendsOnlyTheName()
    {
        QFETCH(WireFormat, wire);
        const HandlerOnServer before = readHandler(m_checker.get(), m_id);
        RecordingNam nam;
        const auto client = m_sim.makeClient(&nam, wire, m_sim.admin());
        Core::HandlerEditor editor(client.get());
        QSignalSpy loaded(&editor, &Core::HandlerEditor::loaded);
        editor.load(m_id);
        QVERIFY(loaded.wait(30000));
        // The editor holds what it does not know, exactly.
        QCOMPARE(editor.handlerEdit()->value(Unknown::Field), Unknown::FieldValue);
        QCOMPARE(editor.subEdit(Core::HandlerPart::MenuEntry, u"2"_s)->value(u"Action"),
                 Unknown::FutureAction);
        QCOMPARE(editor.subEdit(Core::HandlerPart::Greeting, u"Alternate"_s)->value(u"PlayWhat"),
                 Unknown::PlayWhat);

        const QString name = u"Renamed by the editor %1"_s.arg(++m_renames);
        editor.setField(u"DisplayName"_s, name);
        QVERIFY(editor.validate().isEmpty());
        nam.sent.clear();
        QSignalSpy saved(&editor, &Core::HandlerEditor::saved);
        QSignalSpy failed(&editor, &Core::HandlerEditor::saveFailed);
        editor.save();
        QTRY_VERIFY_WITH_TIMEOUT(!saved.isEmpty() || !failed.isEmpty(), 30000);
        QVERIFY2(failed.isEmpty(),
                 qPrintable(failed.value(0).value(0).value<Core::CupiError>().userMessage()));

        const QList<RecordingNam::Sent> writes = nam.writes();
        QCOMPARE(writes.size(), 1);
        QCOMPARE(writes.first().method, QByteArray("PUT"));
        QCOMPARE(writes.first().path, u"/vmrest/"_s + Core::Resources::callHandler(m_id));
        const auto body = Core::Codec::decodeObject(writes.first().body, wire);
        QVERIFY(body.ok());
        QCOMPARE(keysOf(*body), QStringList{u"DisplayName"_s});
        QCOMPARE(body->displayName(), name);
        verifyOnlyTheNameChanged(before, name);
    }

    void handlerctlSendsOnlyTheName_data()
    {
        QTest::addColumn<QString>("wire");
        QTest::newRow("json") << u"json"_s;
        QTest::newRow("xml") << u"xml"_s;
    }
    void handlerctlSendsOnlyTheName()
    {
        QFETCH(QString, wire);
        QVERIFY2(!qEnvironmentVariable("HANDLERCTL_BIN").isEmpty(), "HANDLERCTL_BIN not set");
        const HandlerOnServer before = readHandler(m_checker.get(), m_id);
        const qsizetype already = recorded().size();
        const QString name = u"Renamed by handlerctl %1"_s.arg(++m_renames);
        const HandlerctlRun set =
            handlerctl({u"--wire"_s, wire, u"set"_s, m_id, u"--name"_s, name});
        QVERIFY2(set.code == 0, set.err.constData());

        QList<QJsonObject> writes;
        for (const QJsonObject &line : recorded().mid(already)) {
            if (line.value(u"method"_s).toString() != u"GET"_s)
                writes.append(line);
        }
        QCOMPARE(writes.size(), 1);
        QCOMPARE(writes.first().value(u"method"_s).toString(), u"PUT"_s);
        QCOMPARE(writes.first().value(u"status"_s).toInt(), 204);
        const auto body =
            Core::Codec::decodeObject(writes.first().value(u"body"_s).toString().toUtf8(),
                                      wire == u"xml"_s ? WireFormat::Xml : WireFormat::Json);
        QVERIFY(body.ok());
        QCOMPARE(keysOf(*body), QStringList{u"DisplayName"_s});
        QCOMPARE(body->displayName(), name);
        verifyOnlyTheNameChanged(before, name);
    }

    // `handlerctl show` prints what it does not know, as the server has it.
    void handlerctlShowsUnknownValues()
    {
        const HandlerctlRun show = handlerctl({u"show"_s, m_id, u"--output"_s, u"json"_s});
        QCOMPARE(show.code, 0);
        const QJsonObject shown = QJsonDocument::fromJson(show.out).object();
        QCOMPARE(shown.value(Unknown::Field).toString(), Unknown::FieldValue);
        QCOMPARE(shown.value(u"MaxMsgLen"_s).toString(), Unknown::MaxMsgLen);
        QCOMPARE(shown.value(u"SendUrgentMsg"_s).toString(), Unknown::SendUrgentMsg);
    }
};

QTEST_GUILESS_MAIN(TestUnknownValuesE2e)
#include "tst_unknownvalues_e2e.moc"
