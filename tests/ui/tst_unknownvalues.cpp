// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 8 in the editor: a handler whose fields, keys, greetings and transfer rules carry values
// the client does not know (tst_unknownseed.h) opens like any other. A combo shows such a value as
// "Unknown (EasySignIn)", a spin box shows the number it cannot hold as "Unknown (5400)" instead
// of clamping it; nothing is marked changed; renaming and saving works and every other value is
// still on the server, unchanged. A spin box stepped away and back gives the server's value again.
#include "tst_unknownseed.h"
#include "uitest.h"

#include "core/handleredit.h"
#include "ui/editor/fieldinput.h"

#include <QLineEdit>
#include <QSpinBox>

using namespace HandlerDesk;
using namespace HandlerDesk::Core;
using namespace HandlerDesk::Test;
using namespace Qt::Literals::StringLiterals;

class TestUnknownValues : public UiTest
{
    Q_OBJECT

    QTemporaryDir m_stateDir;
    QString m_id;
    MemorySecretStore m_secrets;

    // A window connected in `wire` with the seeded handler open in the editor (null on failure).
    std::unique_ptr<Ui::MainWindow> openSeeded(WireFormat wire = WireFormat::Json)
    {
        auto w = openWindow(&m_secrets, wire, m_sim.admin());
        if (!waitLoaded(w.get()) || !open(w.get(), m_id))
            return nullptr;
        return w;
    }

    static QWidget *page(Ui::MainWindow *w, const QString &tabName, const QString &pageName)
    {
        QWidget *t = tab(w, tabName);
        return t ? t->findChild<QWidget *>(pageName) : nullptr;
    }
    static QWidget *key(Ui::MainWindow *w, const QString &k, const QString &field)
    {
        QWidget *t = tab(w, u"callerInputTab"_s);
        return t ? t->findChild<QWidget *>(u"menu/%1/%2"_s.arg(k, field)) : nullptr;
    }
    static QString comboText(QWidget *parent, const QString &field)
    {
        auto *combo = input<QComboBox>(parent, field);
        return combo ? combo->currentText() : u"(no combo)"_s;
    }
    static QString spinText(QWidget *parent, const QString &field)
    {
        auto *spin = input<QSpinBox>(parent, field);
        return spin ? spin->text() : u"(no spin box)"_s;
    }

    // What every test sees right after opening the seeded handler.
    void verifyShownAsUnknown(Ui::MainWindow *w)
    {
        QWidget *general = tab(w, u"generalTab"_s);
        QCOMPARE(comboText(general, u"SendUrgentMsg"_s), u"Unknown (7)"_s);
        QCOMPARE(Ui::FieldInput::value(input<QComboBox>(general, u"SendUrgentMsg"_s)),
                 Unknown::SendUrgentMsg);
        QCOMPARE(comboText(general, u"AfterMessageAction"_s), u"Unknown (12)"_s);
        QCOMPARE(spinText(general, u"MaxMsgLen"_s), u"Unknown (5400)"_s);
        // Lookups without the server's id: said where the choice would be.
        auto *zone = input<QComboBox>(tab(w, u"timeZoneTab"_s), u"TimeZone"_s);
        QCOMPARE(zone->currentIndex(), -1);
        QCOMPARE(zone->lineEdit()->placeholderText(), u"Unknown (9999)"_s);
        QCOMPARE(zone->currentText(), QString());
        auto *language = input<QComboBox>(tab(w, u"languageTab"_s), u"Language"_s);
        QCOMPARE(language->lineEdit()->placeholderText(), u"Unknown (4242)"_s);
        QCOMPARE(Ui::FieldInput::value(input<QSpinBox>(general, u"MaxMsgLen"_s)),
                 Unknown::MaxMsgLen);

        QCOMPARE(comboText(key(w, u"1"_s, u"TargetConversation"_s), u"TargetConversation"_s),
                 u"Easy sign-in"_s);
        QCOMPARE(comboText(key(w, u"2"_s, u"Action"_s), u"Action"_s), u"Unknown (42)"_s);
        QCOMPARE(comboText(key(w, u"2"_s, u"TargetConversation"_s), u"TargetConversation"_s),
                 u"Unknown (ConvFromTheFuture)"_s);
        QCOMPARE(comboText(key(w, u"3"_s, u"Action"_s), u"Action"_s),
                 u"Alternate contact number"_s);

        QWidget *alternate = page(w, u"greetingsTab"_s, u"greeting/Alternate"_s);
        QCOMPARE(comboText(alternate, u"PlayWhat"_s), u"Unknown (9)"_s);
        QCOMPARE(spinText(alternate, u"Reprompts"_s), u"Unknown (250)"_s);
        QCOMPARE(comboText(alternate, u"AfterGreetingTargetConversation"_s),
                 u"Hotel: checked-out guest"_s);
        QWidget *standard = page(w, u"transferRulesTab"_s, u"transfer/Standard"_s);
        QCOMPARE(spinText(standard, u"TransferRings"_s), u"Unknown (50)"_s);

        QVERIFY(!w->editor()->isModified());
        QVERIFY(!w->isWindowModified());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QVERIFY(m_stateDir.isValid());
        const QStringList args{u"--handlers"_s, u"60"_s};
        const UnknownState seeded = prepareUnknownValues(m_stateDir.path(), args);
        QVERIFY2(!seeded.handlerId.isEmpty(), "no seeded state");
        m_id = seeded.handlerId;
        QVERIFY(startSimulator(args + QStringList{u"--state"_s, seeded.path}));
    }

    void opensAndShowsUnknownValues_data() { addWireData(); }
    void opensAndShowsUnknownValues()
    {
        QFETCH(WireFormat, wire);
        auto w = openSeeded(wire);
        QVERIFY(w);
        verifyShownAsUnknown(w.get());
        // The window says so: no error, nothing to save.
        QVERIFY(w->editor()->validate().isEmpty());
    }

    // Renaming saves the name only; the unknown values stay on the server and in the form.
    void renameKeepsUnknownValues()
    {
        auto w = openSeeded();
        QVERIFY(w);
        const HandlerOnServer before = readHandler(m_checker.get(), m_id);
        auto *name = input<QLineEdit>(tab(w.get(), u"generalTab"_s), u"DisplayName"_s);
        QVERIFY(name);
        name->selectAll();
        QTest::keyClicks(name, u"Front desk, renamed"_s);
        QVERIFY(w->editor()->isModified());
        QCOMPARE(w->editor()->handlerEdit()->changedFields(), QStringList{u"DisplayName"_s});
        QVERIFY(save(w.get()));

        const HandlerOnServer after = readHandler(m_checker.get(), m_id);
        QCOMPARE(after.handler.displayName(), u"Front desk, renamed"_s);
        const QString difference = differencesBesideTheName(before, after);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        // Read back after the save: still shown as they are.
        QTRY_VERIFY(w->editor()->isReady());
        verifyShownAsUnknown(w.get());
    }

    // Stepping a spin box off the server's value is an edit; stepping back undoes it.
    void spinBoxStepsAwayAndBack()
    {
        auto w = openSeeded();
        QVERIFY(w);
        auto *reprompts = input<QSpinBox>(page(w.get(), u"greetingsTab"_s, u"greeting/Alternate"_s),
                                          u"Reprompts"_s);
        QVERIFY(reprompts);
        ObjectEdit *alternate = w->editor()->subEdit(HandlerPart::Greeting, u"Alternate"_s);
        reprompts->stepUp();
        QCOMPARE(reprompts->text(), u"0 times"_s);
        QCOMPARE(alternate->value(u"Reprompts"), u"0"_s);
        QVERIFY(w->editor()->isModified());
        reprompts->stepDown();
        QCOMPARE(reprompts->text(), u"Unknown (250)"_s);
        QCOMPARE(alternate->value(u"Reprompts"), Unknown::Reprompts);
        QVERIFY(!w->editor()->isModified());
        // Another number is typed: judged as any other edit (0-100 times).
        reprompts->stepUp();
        reprompts->setValue(100);
        QCOMPARE(alternate->value(u"Reprompts"), u"100"_s);
        QVERIFY(w->editor()->validate().isEmpty());
    }

    // Key 3 transfers to the alternate contact number without one: valid (CUPI guide, "Updating
    // Caller Input Keys"). A number can be given; emptying it again is refused before anything
    // is sent — the server refuses an empty TransferNumber — and says so under the input.
    void transferNumberOptionalNeverEmptied()
    {
        auto w = openSeeded();
        QVERIFY(w);
        const QString path = Resources::menuEntry(m_id, u"3"_s);
        QVERIFY(fetch(m_checker.get(), path).value(u"TransferNumber").isEmpty());
        auto *number =
            input<QLineEdit>(key(w.get(), u"3"_s, u"TransferNumber"_s), u"TransferNumber"_s);
        QVERIFY(number && number->isEnabled());
        QTest::keyClicks(number, u"2344"_s);
        QVERIFY(save(w.get()));
        QCOMPARE(fetch(m_checker.get(), path).value(u"TransferNumber"), u"2344"_s);

        number->selectAll();
        QTest::keyClick(number, Qt::Key_Delete);
        QVERIFY(w->editor()->isModified());
        QVERIFY(!save(w.get()));
        QCOMPARE(w->editor()->lastSaveFailure().stage, SaveFailure::Stage::Invalid);
        QVERIFY2(messageUnder(number).contains(u"cannot be emptied"_s),
                 qPrintable(messageUnder(number)));
        QCOMPARE(fetch(m_checker.get(), path).value(u"TransferNumber"), u"2344"_s);
        w->editor()->revert();
    }

    // The extra "Unknown (…)" item belongs to the handler that has the value: another handler's
    // combo has the table's values only.
    void unknownItemLeavesWithItsHandler()
    {
        auto w = openSeeded();
        QVERIFY(w);
        auto *urgent = input<QComboBox>(tab(w.get(), u"generalTab"_s), u"SendUrgentMsg"_s);
        QCOMPARE(urgent->count(), 4);
        QString other;
        for (const CupiObject &h :
             fetchList(m_checker.get(), Resources::callHandlers(),
                       QString(Resources::Item::CallHandler), u"(IsPrimary is 0)"_s)) {
            if (h.objectId() != m_id && !h.value(u"SendUrgentMsg").isEmpty()) {
                other = h.objectId();
                break;
            }
        }
        QVERIFY(open(w.get(), other));
        QCOMPARE(urgent->count(), 3);
        for (int i = 0; i < urgent->count(); ++i)
            QVERIFY2(!urgent->itemText(i).startsWith(u"Unknown"_s),
                     qPrintable(urgent->itemText(i)));
        auto *maxLen = input<QSpinBox>(tab(w.get(), u"generalTab"_s), u"MaxMsgLen"_s);
        QVERIFY(!maxLen->text().startsWith(u"Unknown"_s));
        QCOMPARE(maxLen->minimum(), 1);
    }
};

QTEST_MAIN(TestUnknownValues)
#include "tst_unknownvalues.moc"
