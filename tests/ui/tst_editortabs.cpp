// SPDX-License-Identifier: GPL-3.0-or-later
// The editor's tabs against a cupi-sim of their own (issue 7): the conflict dialog names its rows
// and values and keeps its choices in view (item 7); a tenant's handler is offered its tenant's
// schedule sets and lists only, its current value always kept (item 8); greetings and transfer
// rules are Off / On / On until, saved as both CUPI fields (item 10); the user search starts
// afresh on each handler (item 12). Every save is checked ON THE SERVER. Issue 9: the inputs take
// their rules, the words for them and the reading of booleans from the field table.
#include "uitest.h"

#include "core/handleredit.h"
#include "ui/conflictdialog.h"
#include "ui/editor/fieldinput.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QStandardItemModel>

using namespace HandlerDesk;
using namespace HandlerDesk::Core;
using namespace HandlerDesk::Test;
using namespace Qt::Literals::StringLiterals;

namespace {

// Chooses the entry of `combo` whose data (the wire value) is `value`, as a user would.
bool choose(QComboBox *combo, const QString &value, int role = Qt::UserRole)
{
    const int row = combo ? combo->findData(value, role) : -1;
    if (row < 0) {
        qWarning() << "no entry" << value << "in" << (combo ? combo->objectName() : u"-"_s);
        return false;
    }
    combo->setCurrentIndex(row);
    return true;
}

// Chooses the entry of `combo` that reads `text`.
bool chooseText(QComboBox *combo, const QString &text)
{
    const int row = combo ? combo->findText(text) : -1;
    if (row < 0) {
        qWarning() << "no entry" << text << "in" << (combo ? combo->objectName() : u"-"_s);
        return false;
    }
    combo->setCurrentIndex(row);
    return true;
}

// A time as CUPI writes it (GMT), worked out here independently of the code under test.
QString cupiText(const QDateTime &time)
{
    return time.toUTC().toString(u"yyyy-MM-dd HH:mm:ss.z"_s);
}

QStringList comboIds(const QComboBox *combo)
{
    QStringList ids;
    for (int i = 0; i < combo->count(); ++i)
        ids << combo->itemData(i, LookupModel::IdRole).toString();
    return ids;
}

// The part of `w` that the user can see inside `dialog` (nothing when clipped away).
QRect visibleIn(const QWidget *w, const QWidget *dialog)
{
    const QRect own = w->visibleRegion().boundingRect();
    return QRect(w->mapTo(dialog, own.topLeft()), own.size()) & dialog->rect();
}

} // namespace

class TestEditorTabs : public UiTest
{
    Q_OBJECT

    CupiObject sub(const QString &path) { return fetch(m_checker.get(), path); }

    bool put(const QString &path, const CupiObject &body, QLatin1StringView root)
    {
        std::unique_ptr<WriteJob> job(m_checker->put(path, body, QString(root)));
        return waitFor(job.get()) && job->ok();
    }

    static QWidget *page(Ui::MainWindow *w, const QString &tabName, const QString &pageName)
    {
        QWidget *t = tab(w, tabName);
        return t ? t->findChild<QWidget *>(pageName) : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QVERIFY(startSimulator({u"--handlers"_s, u"300"_s, u"--tenants"_s, u"3"_s}));
        QVERIFY(m_handlers.size() > 20);
    }

    // Issue 9: a typed input says the field table's rule and lets through only its characters; a
    // check box reads every boolean the server may send and writes CUPI's own.
    void inputsFollowTheFieldTable()
    {
        QWidget parent;
        const FieldSpec &extension = *CallHandlerFields::find(Field::DtmfAccessId);
        auto *edit = qobject_cast<QLineEdit *>(Ui::FieldInput::create(extension, &parent));
        QVERIFY(edit);
        QVERIFY2(edit->toolTip().endsWith(u"\nOnly digits, * and #, up to 40 characters"_s),
                 qPrintable(edit->toolTip()));
        QString typed = u"12*#"_s;
        int at = 0;
        QCOMPARE(edit->validator()->validate(typed, at), QValidator::Acceptable);
        typed = u"12a"_s;
        QCOMPARE(edit->validator()->validate(typed, at), QValidator::Invalid);

        const FieldSpec &length = *CallHandlerFields::find(Field::MaxMsgLen);
        QWidget *spin = Ui::FieldInput::create(length, &parent);
        QVERIFY2(spin->toolTip().endsWith(length.ruleSummary()), qPrintable(spin->toolTip()));
        QVERIFY(spin->toolTip().contains(u"1 to 3600 seconds"_s));
        // Choices show themselves: no rule under a combo's or a check box's description.
        for (QStringView field : {Field::SendUrgentMsg, Field::EditMsg}) {
            const FieldSpec &spec = *CallHandlerFields::find(field);
            QCOMPARE(Ui::FieldInput::create(spec, &parent)->toolTip(),
                     spec.translatedDescription());
        }

        QWidget *check = Ui::FieldInput::create(*CallHandlerFields::find(Field::EditMsg), &parent);
        QVERIFY(qobject_cast<QCheckBox *>(check));
        const std::pair<QString, bool> shown[] = {
            {u"True"_s, true}, {u"1"_s, true}, {u"false"_s, false}, {u"0"_s, false}};
        for (const auto &[text, checked] : shown) {
            Ui::FieldInput::setValue(check, text);
            QCOMPARE(qobject_cast<QCheckBox *>(check)->isChecked(), checked);
            QCOMPARE(Ui::FieldInput::value(check), checked ? u"true"_s : u"false"_s);
        }
    }

    // Item 7: key 9's action, a greeting's "Callers hear" and the name changed on the server
    // while we edited them. The rows say where and what, the values say what they mean, every
    // choice is in view without scrolling, and the choices are what gets saved.
    void conflictDialogNamesRowsAndKeepsChoicesInView()
    {
        MemorySecretStore secrets;
        auto w = openWindow(&secrets, WireFormat::Json, m_sim.admin());
        w->resize(1280, 800);
        QVERIFY(waitLoaded(w.get()));
        const CupiObject target = nextHandler();
        const QString id = target.objectId();
        QVERIFY(open(w.get(), id));

        // Mine: key 9 hangs up, the Off Hours greeting plays the personal recording, a new name.
        QVERIFY(
            choose(input<QComboBox>(
                       tab(w.get(), u"callerInputTab"_s)->findChild<QWidget *>(u"menu/9/Action"_s),
                       u"Action"_s),
                   u"1"_s));
        QVERIFY(choose(input<QComboBox>(page(w.get(), u"greetingsTab"_s, u"greeting/Off Hours"_s),
                                        u"PlayWhat"_s),
                       u"1"_s));
        auto *name = input<QLineEdit>(tab(w.get(), u"generalTab"_s), u"DisplayName"_s);
        name->selectAll();
        QTest::keyClicks(name, u"Conflict mine"_s);

        // Theirs, meanwhile: key 9 goes to another handler's greeting, the greeting plays nothing.
        CupiObject key9;
        key9.set(u"Action"_s, u"2"_s);
        key9.set(u"TargetConversation"_s, u"PHGreeting"_s);
        key9.set(u"TargetHandlerObjectId"_s, m_handlers.first().objectId());
        QVERIFY(put(Resources::menuEntry(id, u"9"_s), key9, Resources::Root::MenuEntry));
        CupiObject offHours;
        offHours.set(u"PlayWhat"_s, u"2"_s);
        QVERIFY(put(Resources::greeting(id, u"Off Hours"_s), offHours, Resources::Root::Greeting));
        CupiObject handler;
        handler.set(u"DisplayName"_s, u"Conflict theirs"_s);
        QVERIFY(put(Resources::callHandler(id), handler, Resources::Root::CallHandler));

        w->findChild<QAction *>(u"saveAction"_s)->trigger();
        QDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (dialog = w->findChild<QDialog *>(u"conflictDialog"_s)) && dialog->isVisible(), 15000);

        // The dialog names the open handler (the current handler, as loaded), and the editor
        // does not say "Saving…" while the user decides.
        QVERIFY2(dialog->windowTitle().contains(target.displayName()),
                 qPrintable(dialog->windowTitle()));
        QVERIFY(!w->editorWidget()->findChild<QWidget *>(u"editorMessages"_s)->isVisible());

        // Rows by place and label, values by meaning.
        const auto label = [dialog](const QString &key) {
            auto *l = dialog->findChild<QLabel *>(u"conflictField/"_s + key);
            return l ? l->text() : QString();
        };
        QCOMPARE(label(u"9/Action"_s), u"Caller input, key 9 — Action"_s);
        QCOMPARE(label(u"Off Hours/PlayWhat"_s), u"Off hours greeting — Callers hear"_s);
        QCOMPARE(label(u"DisplayName"_s), u"General — Display name"_s);
        const auto radio = [dialog](const QString &name) {
            return dialog->findChild<QRadioButton *>(name);
        };
        QVERIFY(radio(u"keepMine/9/Action"_s) && radio(u"takeTheirs/9/Action"_s));
        QCOMPARE(radio(u"keepMine/9/Action"_s)->text(), u"Hang up"_s);
        QCOMPARE(radio(u"takeTheirs/9/Action"_s)->text(), u"Go to"_s);
        QCOMPARE(radio(u"keepMine/Off Hours/PlayWhat"_s)->text(), u"Personal recording"_s);
        QCOMPARE(radio(u"takeTheirs/Off Hours/PlayWhat"_s)->text(), u"Nothing"_s);
        QCOMPARE(radio(u"takeTheirs/DisplayName"_s)->text(), u"Conflict theirs"_s);

        // Every choice is wholly in view: not clipped by a scroll area, inside the dialog, and
        // the dialog fits 1280×800; nothing scrolls sideways.
        QVERIFY(dialog->width() <= 1280 && dialog->height() <= 800);
        const QList<QRadioButton *> radios = dialog->findChildren<QRadioButton *>();
        QCOMPARE(radios.size(), 6);
        for (QRadioButton *r : radios) {
            QTRY_VERIFY(r->isVisible());
            QCOMPARE(visibleIn(r, dialog).size(), r->size());
        }
        for (QScrollArea *scroll : dialog->findChildren<QScrollArea *>()) {
            QVERIFY(!scroll->horizontalScrollBar()->isVisible());
            QVERIFY(!scroll->verticalScrollBar()->isVisible());
        }

        // Theirs for key 9, mine for the rest: the server has exactly that.
        radio(u"takeTheirs/9/Action"_s)->click();
        QSignalSpy saved(w->editor(), &HandlerEditor::saved);
        dialog->accept();
        QVERIFY(saved.wait(15000));
        QCOMPARE(sub(Resources::menuEntry(id, u"9"_s)).value(u"Action"), u"2"_s);
        QCOMPARE(sub(Resources::greeting(id, u"Off Hours"_s)).value(u"PlayWhat"), u"1"_s);
        QCOMPARE(server(id).displayName(), u"Conflict mine"_s);
    }

    // Item 8: on a tenant's handler the schedule-set and list dropdowns offer that tenant's
    // objects, plus the current value wherever it belongs (named with its owner); on a system
    // handler the system's. Opening changes nothing; a choice is saved.
    void tenantHandlerGetsItsTenantsChoices()
    {
        const auto tenantOf = [](const CupiObject &o) { return o.value(u"TenantObjectId"); };
        const auto deletable = [](const CupiObject &h) { return !h.boolValue(u"Undeletable"); };
        const auto it = std::find_if(m_handlers.cbegin(), m_handlers.cend(), [&](const auto &h) {
            return !tenantOf(h).isEmpty() && deletable(h);
        });
        QVERIFY(it != m_handlers.cend());
        const QString id = it->objectId();
        const QString tenant = tenantOf(*it);
        const QList<CupiObject> sets = fetchList(m_checker.get(), Resources::scheduleSets(),
                                                 QString(Resources::Item::ScheduleSet));
        const QList<CupiObject> lists = fetchList(m_checker.get(), Resources::distributionLists(),
                                                  QString(Resources::Item::DistributionList));
        QStringList tenantSets, systemSets, tenantLists, systemLists;
        for (const CupiObject &s : sets)
            (tenantOf(s) == tenant ? tenantSets : systemSets) << s.objectId();
        for (const CupiObject &l : lists)
            (tenantOf(l) == tenant ? tenantLists : systemLists) << l.objectId();
        const auto systemOnly = [&](const QList<CupiObject> &objects) {
            QStringList ids;
            for (const CupiObject &o : objects) {
                if (tenantOf(o).isEmpty())
                    ids << o.objectId();
            }
            return ids;
        };
        QVERIFY(tenantSets.size() >= 2 && !systemOnly(sets).isEmpty());
        QVERIFY(!tenantLists.isEmpty() && !systemOnly(lists).isEmpty());

        // The handler refers to a SYSTEM schedule set (someone set it so): it must stay shown.
        const QString systemSet = systemOnly(sets).first();
        CupiObject body;
        body.set(u"ScheduleSetObjectId"_s, systemSet);
        QVERIFY(put(Resources::callHandler(id), body, Resources::Root::CallHandler));
        const QString currentList = server(id).value(u"RecipientDistributionListObjectId");

        MemorySecretStore secrets;
        auto w = openWindow(&secrets, WireFormat::Xml, m_sim.admin());
        QVERIFY(waitLoaded(w.get()));
        QVERIFY(open(w.get(), id));
        auto *setCombo = input<QComboBox>(tab(w.get(), u"scheduleTab"_s), u"ScheduleSetObjectId"_s);
        QTRY_COMPARE(setCombo->currentData(LookupModel::IdRole).toString(), systemSet);
        QStringList expected = QStringList{systemSet} + tenantSets;
        QStringList offered = comboIds(setCombo);
        std::sort(expected.begin(), expected.end());
        std::sort(offered.begin(), offered.end());
        QCOMPARE(offered, expected);
        QVERIFY2(setCombo->currentText().endsWith(u" — System"_s),
                 qPrintable(setCombo->currentText()));

        auto *listCombo = input<QComboBox>(tab(w.get(), u"recipientTab"_s),
                                           u"RecipientDistributionListObjectId"_s);
        for (const QString &listId : comboIds(listCombo))
            QVERIFY2(tenantLists.contains(listId) || listId == currentList, qPrintable(listId));
        for (const QString &listId : std::as_const(tenantLists))
            QVERIFY(comboIds(listCombo).contains(listId));
        QVERIFY(!w->editor()->isModified()); // nothing changed by filling the choices

        // Choose one of the tenant's sets: saved.
        QVERIFY(choose(setCombo, tenantSets.last(), LookupModel::IdRole));
        QVERIFY(save(w.get()));
        QCOMPARE(server(id).value(u"ScheduleSetObjectId"), tenantSets.last());
        // The old system set is no longer the handler's: it is no longer offered.
        QTRY_VERIFY(!comboIds(setCombo).contains(systemSet));

        // A system handler: the system's sets only.
        const CupiObject system = nextHandler();
        QVERIFY(tenantOf(system).isEmpty());
        QVERIFY(open(w.get(), system.objectId()));
        QTRY_COMPARE(setCombo->currentData(LookupModel::IdRole).toString(),
                     system.value(u"ScheduleSetObjectId"));
        for (const QString &setId : comboIds(setCombo))
            QVERIFY2(systemOnly(sets).contains(setId), qPrintable(setId));
        QCOMPARE(setCombo->count(), systemOnly(sets).size());
    }

    // Item 10: greetings and transfer rules read Off / On / On until; On sends Enabled with an
    // empty TimeExpires, On until the chosen time in GMT; Standard and Error cannot be turned
    // off; the lists show each one's state, and the marks of changed ones stay.
    void greetingsAndTransferRulesOnOffUntil_data() { addWireData(); }
    void greetingsAndTransferRulesOnOffUntil()
    {
        QFETCH(WireFormat, wire);
        MemorySecretStore secrets;
        auto w = openWindow(&secrets, wire, m_sim.admin());
        QVERIFY(waitLoaded(w.get()));
        const QString id = nextHandler().objectId();
        QVERIFY(open(w.get(), id));
        auto *list = input<QListWidget>(tab(w.get(), u"greetingsTab"_s), u"greetingList"_s);
        QVERIFY(list);
        // The item of a greeting type ("Alternate — off"), by the start of its text.
        const auto item = [list](const QString &type) -> const QListWidgetItem * {
            for (int i = 0; i < list->count(); ++i) {
                if (list->item(i)->text().startsWith(type))
                    return list->item(i);
            }
            return nullptr;
        };
        const auto textOf = [&item](const QString &type) {
            return item(type) ? item(type)->text() : u"(no item)"_s;
        };
        const auto boldOf = [&item](const QString &type) {
            return item(type) && item(type)->font().bold();
        };
        QCOMPARE(textOf(u"Standard"_s), u"Standard — on"_s);
        QCOMPARE(textOf(u"Alternate"_s), u"Alternate — off"_s);

        // Alternate: Off → On. No raw expiry in sight, none left in the edit.
        QWidget *alternate = page(w.get(), u"greetingsTab"_s, u"greeting/Alternate"_s);
        auto *state = input<QComboBox>(alternate, u"Enabled"_s);
        auto *until = input<QDateTimeEdit>(alternate, u"TimeExpires"_s);
        QVERIFY(state && until);
        QCOMPARE(state->currentText(), u"Off"_s);
        QVERIFY(!until->isVisibleTo(alternate));
        QVERIFY(chooseText(state, u"On"_s));
        QVERIFY(!until->isVisibleTo(alternate));
        QVERIFY(w->editor()
                    ->subEdit(HandlerPart::Greeting, u"Alternate"_s)
                    ->value(u"TimeExpires")
                    .isEmpty());
        QCOMPARE(textOf(u"Alternate"_s), u"Alternate — on"_s);
        QVERIFY(boldOf(u"Alternate"_s)); // changed, not saved yet

        // Holiday: On until the 24th of next December, 18:00 local time.
        QWidget *holiday = page(w.get(), u"greetingsTab"_s, u"greeting/Holiday"_s);
        const QDateTime when(QDate(QDate::currentDate().year() + 1, 12, 24), QTime(18, 0),
                             Qt::LocalTime);
        QVERIFY(chooseText(input<QComboBox>(holiday, u"Enabled"_s), u"On until"_s));
        auto *holidayUntil = input<QDateTimeEdit>(holiday, u"TimeExpires"_s);
        QVERIFY(holidayUntil->isVisibleTo(holiday));
        holidayUntil->setDateTime(when);
        QCOMPARE(textOf(u"Holiday"_s),
                 u"Holiday — on until 24 Dec %1 18:00"_s.arg(when.date().year()));
        list->setCurrentRow(0); // looking elsewhere: the marks stay
        QVERIFY(boldOf(u"Alternate"_s));
        QVERIFY(boldOf(u"Holiday"_s));

        // Standard and Error say that they cannot be turned off, and offer no Off.
        for (const QString &type : {u"Standard"_s, u"Error"_s}) {
            QWidget *p = page(w.get(), u"greetingsTab"_s, u"greeting/"_s + type);
            auto *fixed = input<QComboBox>(p, u"Enabled"_s);
            QVERIFY(!fixed->isEnabled());
            auto *items = qobject_cast<QStandardItemModel *>(fixed->model());
            QVERIFY(!items->item(fixed->findText(u"Off"_s))->isEnabled());
            auto *note = p->findChild<QLabel *>(u"alwaysOnNote"_s);
            QVERIFY(note && note->text().contains(u"cannot be turned off"_s));
        }
        QVERIFY(!input<QComboBox>(page(w.get(), u"transferRulesTab"_s, u"transfer/Standard"_s),
                                  u"Enabled"_s)
                     ->isEnabled());

        // Transfer rule Off Hours: On.
        QWidget *rule = page(w.get(), u"transferRulesTab"_s, u"transfer/Off Hours"_s);
        QVERIFY(chooseText(input<QComboBox>(rule, u"Enabled"_s), u"On"_s));
        auto *rules = input<QListWidget>(tab(w.get(), u"transferRulesTab"_s), u"transferList"_s);
        QVERIFY(rules->item(1)->text().endsWith(u" — on"_s));

        QVERIFY(save(w.get()));
        const CupiObject alt = sub(Resources::greeting(id, u"Alternate"_s));
        QCOMPARE(alt.value(u"Enabled"), u"true"_s);
        QVERIFY2(alt.value(u"TimeExpires").isEmpty(), qPrintable(alt.value(u"TimeExpires")));
        const CupiObject hol = sub(Resources::greeting(id, u"Holiday"_s));
        QCOMPARE(hol.value(u"Enabled"), u"true"_s);
        QCOMPARE(hol.value(u"TimeExpires"), cupiText(when));
        const CupiObject offHours = sub(Resources::transferOption(id, u"Off Hours"_s));
        QCOMPARE(offHours.value(u"Enabled"), u"true"_s);
        QVERIFY(offHours.value(u"TimeExpires").isEmpty());
        QVERIFY(!boldOf(u"Alternate"_s)); // saved
        QCOMPARE(textOf(u"Holiday"_s),
                 u"Holiday — on until 24 Dec %1 18:00"_s.arg(when.date().year()));

        // And Off again: off on the server, with an expiry in the past.
        QVERIFY(chooseText(state, u"Off"_s));
        QVERIFY(save(w.get()));
        const CupiObject altOff = sub(Resources::greeting(id, u"Alternate"_s));
        QCOMPARE(altOff.value(u"Enabled"), u"false"_s);
        const QString expired = altOff.value(u"TimeExpires");
        QVERIFY2(QDate::fromString(expired.left(10), u"yyyy-MM-dd"_s) < QDate::currentDate(),
                 qPrintable(expired));
        QCOMPARE(textOf(u"Alternate"_s), u"Alternate — off"_s);
    }

    // Item 12 (recipient): what was searched for one handler is gone on the next.
    void recipientSearchStartsAfreshOnAnotherHandler()
    {
        MemorySecretStore secrets;
        auto w = openWindow(&secrets, WireFormat::Json, m_sim.admin());
        QVERIFY(waitLoaded(w.get()));
        const CupiObject first = nextHandler();
        const CupiObject second = nextHandler();
        QVERIFY(open(w.get(), first.objectId()));
        QWidget *recipient = tab(w.get(), u"recipientTab"_s);
        input<QRadioButton>(recipient, u"RecipientKindUser"_s)->click();
        auto *search = input<QLineEdit>(recipient, u"RecipientUserSearch"_s);
        auto *users = input<QComboBox>(recipient, u"RecipientSubscriberObjectId"_s);
        QTest::keyClicks(search, u"a"_s);
        QTRY_VERIFY_WITH_TIMEOUT(users->count() > 2, 15000);
        // Leaving the first handler as it was (the search itself is no edit).
        w->editorWidget()->revert();
        QVERIFY(open(w.get(), second.objectId()));
        QCOMPARE(search->text(), QString());
        const CupiObject now = server(second.objectId());
        const bool userRecipient = !now.value(u"RecipientSubscriberObjectId").isEmpty();
        QCOMPARE(users->count(), userRecipient ? 1 : 0); // only the handler's own recipient
        QVERIFY(!w->editor()->isModified());
    }

    // A call action's target in a conflict is named like the target picker names it: a call
    // handler by name, a user's primary handler as the user's mailbox (asked from the server).
    void conflictNamesTargets()
    {
        MemorySecretStore secrets;
        auto w = openWindow(&secrets, WireFormat::Json, m_sim.admin());
        QVERIFY(waitLoaded(w.get()));
        const CupiObject handler = m_handlers.at(2);
        const QList<CupiObject> users =
            fetchList(m_checker.get(), Resources::users(), QString(Resources::Item::User));
        const auto user = std::find_if(users.cbegin(), users.cend(), [](const CupiObject &u) {
            return !u.value(u"CallHandlerObjectId"_s).isEmpty() &&
                   u.value(u"TenantObjectId"_s).isEmpty();
        });
        QVERIFY(user != users.cend());
        SaveConflict conflict;
        conflict.part = HandlerPart::MenuEntry;
        conflict.key = u"9"_s;
        conflict.field = u"TargetHandlerObjectId"_s;
        conflict.mine = handler.objectId();
        conflict.theirs = user->value(u"CallHandlerObjectId"_s);
        conflict.base = conflict.mine;
        Ui::EditorContext context{w->editor(), w->connection()->lookups(), w->handlerModel()};
        Ui::ConflictDialog dialog({conflict}, context, nullptr, w.get());
        auto *mine = dialog.findChild<QRadioButton *>(u"keepMine/9/TargetHandlerObjectId"_s);
        auto *theirs = dialog.findChild<QRadioButton *>(u"takeTheirs/9/TargetHandlerObjectId"_s);
        QVERIFY(mine && theirs);
        QVERIFY2(mine->toolTip().contains(handler.displayName()), qPrintable(mine->toolTip()));
        QTRY_VERIFY2_WITH_TIMEOUT(theirs->toolTip().startsWith(u"Mailbox of "_s) &&
                                      theirs->toolTip().contains(user->displayName()),
                                  qPrintable(theirs->toolTip()), 15000);
    }
};

QTEST_MAIN(TestEditorTabs)
#include "tst_editortabs.moc"
