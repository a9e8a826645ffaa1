// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 8: turning a greeting or a transfer rule on sends Enabled together with an empty
// TimeExpires — real servers need both ("to enable transfer rule with no end date, the
// TimeExpires field should be empty", CUPI-CH TransferRules; the .NET SDK's
// UpdateGreetingEnabledStatus sends both) — and the server has it on after the editor's save.
// Against a cupi-sim of our own, both wires; the request bodies are recorded on the way out.
#include "tst_models_sim.h"
#include "tst_recordingnam.h"

#include "core/activation.h"
#include "core/codec.h"
#include "core/handleredit.h"
#include "core/models/handlereditor.h"

using namespace HandlerDesk;
using namespace HandlerDesk::Core;
using namespace HandlerDesk::Test;
using namespace Qt::Literals::StringLiterals;

class TestEnabling : public QObject
{
    Q_OBJECT

    CupiSim m_sim;
    QNetworkAccessManager m_nam;
    std::unique_ptr<CupiClient> m_checker;
    QList<CupiObject> m_handlers;
    int m_next = 0;

    QString nextHandler()
    {
        while (m_next < m_handlers.size()) {
            const CupiObject h = m_handlers.at(m_next++);
            if (!h.boolValue(u"Undeletable"))
                return h.objectId();
        }
        return {};
    }

    bool put(const QString &path, const CupiObject &body, QLatin1StringView root)
    {
        std::unique_ptr<WriteJob> job(m_checker->put(path, body, QString(root)));
        return waitFor(job.get()) && job->ok();
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<CupiError>();
        QVERIFY(m_sim.start({u"--handlers"_s, u"40"_s}));
        m_checker = m_sim.makeClient(&m_nam, WireFormat::Json, m_sim.admin());
        m_handlers = fetchList(m_checker.get(), Resources::callHandlers(),
                               QString(Resources::Item::CallHandler), u"(IsPrimary is 0)"_s);
        QVERIFY(m_handlers.size() > 8);
    }

    void turnOn_data()
    {
        QTest::addColumn<WireFormat>("wire");
        QTest::addColumn<HandlerPart>("part");
        QTest::addColumn<QString>("type");
        // (An "off" without any TimeExpires is not a state the simulator keeps: like a real
        // server, it writes a past TimeExpires when one is turned off — CUPI: "NULL or a date in
        // the future … is considered enabled". The client reads such a state as off all the same,
        // see tst_cupitime.)
        for (const auto &[name, wire] :
             {std::pair{"json", WireFormat::Json}, std::pair{"xml", WireFormat::Xml}}) {
            QTest::addRow("%s Alternate greeting", name)
                << wire << HandlerPart::Greeting << u"Alternate"_s;
            QTest::addRow("%s Off Hours transfer rule", name)
                << wire << HandlerPart::TransferOption << u"Off Hours"_s;
        }
    }

    void turnOn()
    {
        QFETCH(WireFormat, wire);
        QFETCH(HandlerPart, part);
        QFETCH(QString, type);
        const QString id = nextHandler();
        QVERIFY(!id.isEmpty());
        const bool greeting = part == HandlerPart::Greeting;
        const QString path =
            greeting ? Resources::greeting(id, type) : Resources::transferOption(id, type);
        const QLatin1StringView root =
            greeting ? Resources::Root::Greeting : Resources::Root::TransferOption;
        // Off on the server first, as the server itself turns one off (a past TimeExpires).
        CupiObject off;
        off.set(u"Enabled"_s, u"false"_s);
        QVERIFY(put(path, off, root));
        QVERIFY(!fetch(m_checker.get(), path).value(u"TimeExpires").isEmpty()); // in the past
        QCOMPARE(activationOf(fetch(m_checker.get(), path)).state, Activation::State::Off);

        RecordingNam nam;
        const auto client = m_sim.makeClient(&nam, wire, m_sim.admin());
        HandlerEditor editor(client.get());
        QSignalSpy loaded(&editor, &HandlerEditor::loaded);
        editor.load(id);
        QVERIFY(loaded.wait(30000));
        ObjectEdit *edit = editor.subEdit(part, type);
        QVERIFY(edit);
        applyActivation(edit->edited(), Activation::on());
        editor.touch();
        nam.sent.clear();
        QSignalSpy saved(&editor, &HandlerEditor::saved);
        QSignalSpy failed(&editor, &HandlerEditor::saveFailed);
        editor.save();
        QTRY_VERIFY_WITH_TIMEOUT(!saved.isEmpty() || !failed.isEmpty(), 30000);
        QVERIFY2(failed.isEmpty(),
                 qPrintable(failed.value(0).value(0).value<CupiError>().userMessage()));

        // What went out: one PUT to the part, with both fields, TimeExpires empty.
        const QList<RecordingNam::Sent> writes = nam.writes();
        QCOMPARE(writes.size(), 1);
        QCOMPARE(writes.first().path, u"/vmrest/"_s + path);
        const auto body = Codec::decodeObject(writes.first().body, wire);
        QVERIFY(body.ok());
        QCOMPARE(body->value(u"Enabled"), u"true"_s);
        QVERIFY(body->contains(u"TimeExpires"));
        QCOMPARE(body->value(u"TimeExpires"), QString(u""_s));

        // And the server has it on, with no end.
        const CupiObject now = fetch(m_checker.get(), path);
        QCOMPARE(now.value(u"Enabled"), u"true"_s);
        QVERIFY2(now.value(u"TimeExpires").isEmpty(), qPrintable(now.value(u"TimeExpires")));
        QCOMPARE(activationOf(now).state, Activation::State::On);
    }
};

QTEST_GUILESS_MAIN(TestEnabling)
#include "tst_enabling.moc"
