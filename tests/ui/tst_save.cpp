// SPDX-License-Identifier: GPL-3.0-or-later
// Save that an administrator can trust (issue 7, item 3 and parts of item 12), through the main
// window against a cupi-sim of its own, checked ON THE SERVER: nothing is sent while any part is
// invalid; a part the server refuses puts back the parts written before it; the form keeps every
// edit, the failed tab is marked and the message names tab, key and field label; the list row
// shows the server's values; "Saved." goes away by itself; no Retry for refused data.
#include "uitest.h"

#include "core/fieldtable.h"
#include "core/handleredit.h"
#include "ui/messagebar.h"

#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QToolButton>

using namespace HandlerDesk;
using namespace HandlerDesk::Core;
using namespace HandlerDesk::Test;
using namespace Qt::Literals::StringLiterals;

class TestSave : public UiTest
{
    Q_OBJECT

private:
    static Ui::MessageBar *messages(Ui::MainWindow *w)
    {
        return w->editorWidget()->findChild<Ui::MessageBar *>(u"editorMessages"_s);
    }

    static bool retryOffered(Ui::MainWindow *w)
    {
        auto *retry = messages(w)->findChild<QToolButton *>(u"retryButton"_s);
        return retry && retry->isVisibleTo(messages(w));
    }

    // The tab's title as a person reads it (without the mnemonic's "&").
    static QString tabTitle(Ui::MainWindow *w, const QString &name)
    {
        QTabWidget *tabs = w->editorWidget()->tabs();
        return tabs->tabText(tabIndex(w, name)).remove(u'&');
    }

    static bool tabMarked(Ui::MainWindow *w, const QString &name)
    {
        QTabWidget *tabs = w->editorWidget()->tabs();
        return !tabs->tabIcon(tabIndex(w, name)).isNull();
    }

    // The combo of key `key`'s `field` on the Caller input tab, set to the entry holding `value`.
    static bool chooseKeyValue(Ui::MainWindow *w, const QString &key, const QString &field,
                               const QString &value)
    {
        auto *cell =
            tab(w, u"callerInputTab"_s)->findChild<QWidget *>(u"menu/%1/%2"_s.arg(key, field));
        auto *combo = input<QComboBox>(cell, field);
        const int row = combo ? combo->findData(value) : -1;
        if (row < 0)
            return false;
        combo->setCurrentIndex(row);
        return true;
    }

    static QString keyValue(Ui::MainWindow *w, const QString &key, const QString &field)
    {
        auto *cell =
            tab(w, u"callerInputTab"_s)->findChild<QWidget *>(u"menu/%1/%2"_s.arg(key, field));
        auto *combo = input<QComboBox>(cell, field);
        return combo ? combo->currentData().toString() : QString();
    }

    static void typeNumber(QSpinBox *spin, int value)
    {
        spin->selectAll();
        QTest::keyClicks(spin, QString::number(value));
    }

    QString listedName(Ui::MainWindow *w, const QString &id)
    {
        CallHandlerListModel *model = w->handlerModel();
        return model->index(model->rowOf(id), CallHandlerListModel::NameColumn).data().toString();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(startSimulator()); }

    // Issue 7 item 3 as reported: General + Language + a greeting + key 7 (invalid) + key 8 +
    // a transfer rule.
    void refusedSaveIsAllOrNothing()
    {
        MemorySecretStore secrets;
        auto w = openWindow(&secrets, WireFormat::Json, m_sim.admin());
        QVERIFY(waitLoaded(w.get()));
        const QString gone = createScratchHandler(m_checker.get(), u"Save test target"_s);
        QVERIFY(!gone.isEmpty());
        const CupiObject handler = nextHandler();
        const QString id = handler.objectId();
        QVERIFY(open(w.get(), id));
        const auto onServer = [&] {
            return QList<CupiObject>{
                server(id), fetch(m_checker.get(), Resources::greeting(id, u"Off Hours"_s)),
                fetch(m_checker.get(), Resources::menuEntry(id, u"7"_s)),
                fetch(m_checker.get(), Resources::menuEntry(id, u"8"_s)),
                fetch(m_checker.get(), Resources::transferOption(id, u"Standard"_s))};
        };
        const QList<const FieldTable *> tables = {
            &CallHandlerFields::table(), &GreetingFields::table(), &MenuEntryFields::table(),
            &MenuEntryFields::table(), &TransferOptionFields::table()};
        const QList<CupiObject> before = onServer();
        const auto serverUnchanged = [&] {
            const QList<CupiObject> now = onServer();
            for (int i = 0; i < before.size(); ++i) {
                if (const QString d = differences(*tables.at(i), before.at(i), now.at(i));
                    !d.isEmpty())
                    return d;
            }
            return QString();
        };

        // General.
        auto *name = input<QLineEdit>(tab(w.get(), u"generalTab"_s), u"DisplayName"_s);
        QTest::keyClick(name, Qt::Key_End);
        QTest::keyClicks(name, u" (all or nothing)"_s);
        const QString editedName = name->text();
        // Language.
        QWidget *language = tab(w.get(), u"languageTab"_s);
        input<QRadioButton>(language, u"LanguageSpecific"_s)->click();
        QComboBox *languages = chooseOther(language, u"Language"_s);
        QVERIFY(languages);
        const QString lcid = languages->currentData(LookupModel::IdRole).toString();
        // The Off Hours greeting.
        auto *offHours =
            tab(w.get(), u"greetingsTab"_s)->findChild<QWidget *>(u"greeting/Off Hours"_s);
        auto *reprompts = input<QSpinBox>(offHours, u"Reprompts"_s);
        const int replays = reprompts->value() == 5 ? 6 : 5;
        typeNumber(reprompts, replays);
        // The Standard transfer rule.
        auto *standard =
            tab(w.get(), u"transferRulesTab"_s)->findChild<QWidget *>(u"transfer/Standard"_s);
        auto *rings = input<QSpinBox>(standard, u"TransferRings"_s);
        const int ringCount = rings->value() == 9 ? 8 : 9;
        typeNumber(rings, ringCount);
        // Key 8: go to a handler's greeting. The target is set through the session: the picker
        // is being rebuilt (issue 7 item 1) and is not what this test is about.
        w->editor()->setSubField(HandlerPart::MenuEntry, u"8"_s, u"TargetHandlerObjectId"_s, gone);
        QVERIFY(chooseKeyValue(w.get(), u"8"_s, u"Action"_s, u"2"_s));
        QVERIFY(chooseKeyValue(w.get(), u"8"_s, u"TargetConversation"_s, u"PHGreeting"_s));
        // Key 7: "Go to" without saying where — invalid.
        QVERIFY(chooseKeyValue(w.get(), u"7"_s, u"Action"_s, u"2"_s));

        // Save: refused before sending anything.
        QVERIFY(!save(w.get()));
        QCOMPARE(serverUnchanged(), QString());
        const QString callerInput = tabTitle(w.get(), u"callerInputTab"_s);
        QString text = messages(w.get())->text();
        QVERIFY2(text.contains(callerInput), qPrintable(text));
        QVERIFY2(text.contains(u"key 7"_s), qPrintable(text));
        QVERIFY2(text.contains(MenuEntryFields::find(u"Action")->translatedLabel()),
                 qPrintable(text));
        QVERIFY(!text.contains(u"TargetConversation"_s));
        QVERIFY(!retryOffered(w.get()));
        QVERIFY(tabMarked(w.get(), u"callerInputTab"_s));

        // Key 7 made valid; key 8's target is deleted on the server meanwhile.
        QVERIFY(chooseKeyValue(w.get(), u"7"_s, u"TargetConversation"_s, u"SystemTransfer"_s));
        QVERIFY(removeOnServer(m_checker.get(), Resources::callHandler(gone)));
        QVERIFY(!save(w.get()));

        // The server has every loaded value again.
        QCOMPARE(serverUnchanged(), QString());
        // The form has every edit.
        QCOMPARE(name->text(), editedName);
        QVERIFY(input<QRadioButton>(language, u"LanguageSpecific"_s)->isChecked());
        QCOMPARE(languages->currentData(LookupModel::IdRole).toString(), lcid);
        QCOMPARE(reprompts->value(), replays);
        QCOMPARE(rings->value(), ringCount);
        QCOMPARE(keyValue(w.get(), u"7"_s, u"Action"_s), u"2"_s);
        QCOMPARE(keyValue(w.get(), u"7"_s, u"TargetConversation"_s), u"SystemTransfer"_s);
        QCOMPARE(keyValue(w.get(), u"8"_s, u"Action"_s), u"2"_s);
        QCOMPARE(
            w->editor()->subEdit(HandlerPart::MenuEntry, u"8"_s)->value(u"TargetHandlerObjectId"),
            gone);
        QVERIFY(w->isWindowModified());
        // The Caller input tab is marked, the message says where, why and what was put back.
        QVERIFY(tabMarked(w.get(), u"callerInputTab"_s));
        text = messages(w.get())->text();
        const QString target = MenuEntryFields::find(u"TargetHandlerObjectId")->translatedLabel();
        QVERIFY2(text.contains(callerInput), qPrintable(text));
        QVERIFY2(text.contains(u"key 8"_s), qPrintable(text));
        QVERIFY2(text.contains(target), qPrintable(text));
        QVERIFY2(text.contains(u"put back"_s), qPrintable(text));
        QVERIFY2(text.contains(tabTitle(w.get(), u"generalTab"_s)), qPrintable(text));
        QVERIFY2(text.contains(u"Off hours greeting"_s), qPrintable(text));
        // The raw CUPI name only next to its label, never alone.
        QCOMPARE(text.count(u"TargetHandlerObjectId"_s),
                 text.count(u"%1 (TargetHandlerObjectId)"_s.arg(target)));
        QVERIFY(!retryOffered(w.get())); // the same data would be refused again
        // Under the field: the server's reason.
        auto *targetCell = tab(w.get(), u"callerInputTab"_s)
                               ->findChild<QWidget *>(u"menu/8/TargetHandlerObjectId"_s);
        QWidget *targetInput = targetCell->findChild<QWidget *>(u"TargetHandlerObjectId"_s);
        QVERIFY(targetInput);
        QVERIFY2(messageUnder(targetInput).contains(gone), qPrintable(messageUnder(targetInput)));
        // The list shows what the server has.
        QCOMPARE(listedName(w.get(), id), server(id).displayName());

        // Corrected, the save goes through and the list row shows the new name at once: by the
        // time saved() is emitted, not after a request of its own.
        w->editor()->setSubField(HandlerPart::MenuEntry, u"8"_s, u"TargetHandlerObjectId"_s,
                                 nextHandler().objectId());
        QString listedWhenSaved;
        const auto atSaved = connect(w->editor(), &HandlerEditor::saved, this,
                                     [&] { listedWhenSaved = listedName(w.get(), id); });
        QVERIFY(save(w.get()));
        disconnect(atSaved);
        QCOMPARE(server(id).displayName(), editedName);
        QCOMPARE(listedWhenSaved, editedName);
        QVERIFY(!tabMarked(w.get(), u"callerInputTab"_s));
        QCOMPARE(messageUnder(targetInput), QString());
    }

    // Issue 7 item 12: "Saved." goes away by itself; an error stays.
    void savedMessageHidesItself()
    {
        MemorySecretStore secrets;
        auto w = openWindow(&secrets, WireFormat::Xml, m_sim.admin());
        QVERIFY(waitLoaded(w.get()));
        const CupiObject handler = nextHandler();
        QVERIFY(open(w.get(), handler.objectId()));
        auto *name = input<QLineEdit>(tab(w.get(), u"generalTab"_s), u"DisplayName"_s);
        QTest::keyClick(name, Qt::Key_End);
        QTest::keyClicks(name, u" (saved)"_s);
        QVERIFY(save(w.get()));
        Ui::MessageBar *bar = messages(w.get());
        QVERIFY(bar->isVisible());
        QVERIFY(!bar->isError());
        QTRY_VERIFY_WITH_TIMEOUT(!bar->isVisible(), 15000);

        // An error does not go away by itself.
        name->selectAll();
        QTest::keyClick(name, Qt::Key_Delete); // a required name left empty
        QVERIFY(!save(w.get()));
        QVERIFY(bar->isVisible() && bar->isError());
        // Longer than "Saved." stays, the error is still there.
        QVERIFY(!QTest::qWaitFor([bar] { return !bar->isVisible(); },
                                 Ui::MessageBar::InformationTimeoutMs + 1000));
        QVERIFY(bar->isError());
    }

    // Issue 7 item 12: no Retry when the server refused the data (retrying cannot help).
    void noRetryForRefusedData()
    {
        MemorySecretStore secrets;
        auto w = openWindow(&secrets, WireFormat::Json, m_sim.admin());
        QVERIFY(waitLoaded(w.get()));
        const CupiObject handler = nextHandler();
        // Another handler of the same partition: extensions are unique per partition.
        const auto other = std::find_if(m_handlers.cbegin(), m_handlers.cend(), [&](const auto &h) {
            return h.objectId() != handler.objectId() && !h.value(u"DtmfAccessId").isEmpty() &&
                   h.value(u"PartitionObjectId") == handler.value(u"PartitionObjectId");
        });
        QVERIFY(other != m_handlers.cend());
        QVERIFY(open(w.get(), handler.objectId()));
        auto *extension = input<QLineEdit>(tab(w.get(), u"generalTab"_s), u"DtmfAccessId"_s);
        extension->clear();
        QTest::keyClicks(extension, other->value(u"DtmfAccessId"));
        QVERIFY(!save(w.get())); // the server: the extension is taken
        QVERIFY(messages(w.get())->isError());
        QVERIFY(!retryOffered(w.get()));
        QCOMPARE(server(handler.objectId()).value(u"DtmfAccessId"), handler.value(u"DtmfAccessId"));
        QVERIFY2(messageUnder(extension).contains(other->displayName()),
                 qPrintable(messageUnder(extension)));
    }

    // Last (it stops the simulator): an unreachable server is worth a Retry.
    void retryOfferedWhenServerUnreachable()
    {
        MemorySecretStore secrets;
        auto w = openWindow(&secrets, WireFormat::Json, m_sim.admin());
        QVERIFY(waitLoaded(w.get()));
        QVERIFY(open(w.get(), nextHandler().objectId()));
        auto *name = input<QLineEdit>(tab(w.get(), u"generalTab"_s), u"DisplayName"_s);
        QTest::keyClicks(name, u" (unreachable)"_s);
        m_sim.stop();
        QVERIFY(!save(w.get()));
        QVERIFY(messages(w.get())->isError());
        QVERIFY(retryOffered(w.get()));
        QVERIFY(w->editor()->isModified());
    }
};

QTEST_MAIN(TestSave)
#include "tst_save.moc"
