// SPDX-License-Identifier: GPL-3.0-or-later
// The main window against a cupi-sim of its own: connect, filter, open a handler, edit it in the
// tabs (schedule set, recipient, language in all three modes, time zone in both), save, and check
// ON THE SERVER; the unsaved-changes prompt; delete refused for undeletable handlers; tenant
// administrators get no tenant choice.
#include "uitest.h"

#include "core/models/callhandlerlistmodel.h"
#include "core/models/connection.h"
#include "core/models/handlereditor.h"
#include "core/models/lookupcache.h"
#include "core/secretstore.h"
#include "ui/editor/handlereditorwidget.h"
#include "ui/handlerlistpanel.h"
#include "ui/mainwindow.h"
#include "ui/serverprofile.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>

using namespace HandlerDesk;
using namespace HandlerDesk::Core;
using namespace HandlerDesk::Test;
using namespace Qt::Literals::StringLiterals;

class TestMainWindow : public UiTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(startSimulator());
        QVERIFY(m_handlers.size() > 20);
    }

    void connectFilterAndEdit_data() { addWireData(); }
    void connectFilterAndEdit()
    {
        QFETCH(WireFormat, wire);
        MemorySecretStore secrets;
        auto w = openWindow(&secrets, wire, m_sim.admin());
        QVERIFY(waitLoaded(w.get()));
        QCOMPARE(w->handlerModel()->loadedCount(), qint64(m_handlers.size()));
        auto *status = w->findChild<QLabel *>(u"accountLabel"_s);
        QVERIFY(status->text().contains(u"system administrator"_s));
        QVERIFY(w->findChild<QComboBox *>(u"tenantFilter"_s)->isVisibleTo(w.get()));

        // The password was remembered only after the login worked.
        SecretResult remembered;
        secrets.readPassword(
            SecretStore::keyFor(m_sim.admin().user, m_sim.url().host(), m_sim.url().port()), this,
            [&](const SecretResult &r) { remembered = r; });
        QTRY_VERIFY(remembered.found);
        QCOMPARE(remembered.password, m_sim.admin().password);

        // Filter on an extension.
        const CupiObject target = nextHandler();
        QVERIFY(!target.isEmpty());
        const QString extension = target.value(u"DtmfAccessId");
        QTest::keyClicks(w->listPanel()->filterEdit(), extension);
        QAbstractItemModel *view = w->listPanel()->view()->model();
        QTRY_VERIFY(view->rowCount() >= 1 && view->rowCount() < m_handlers.size());
        for (int row = 0; row < view->rowCount(); ++row) {
            const QString name =
                view->index(row, CallHandlerListModel::NameColumn).data().toString();
            const QString ext =
                view->index(row, CallHandlerListModel::ExtensionColumn).data().toString();
            QVERIFY2(name.contains(extension, Qt::CaseInsensitive) || ext.contains(extension),
                     qPrintable(name));
        }
        const QString id = target.objectId();
        QVERIFY(open(w.get(), id));
        QTabWidget *tabs = w->editorWidget()->tabs();

        // Round 1: schedule set, a specific language, a specific time zone, a user recipient.
        QWidget *schedule = tabs->findChild<QWidget *>(u"scheduleTab"_s);
        QComboBox *scheduleSet = chooseOther(schedule, u"ScheduleSetObjectId"_s);
        QVERIFY(scheduleSet);
        const QString scheduleId = scheduleSet->currentData(LookupModel::IdRole).toString();
        QVERIFY(w->isWindowModified());

        QWidget *language = tabs->findChild<QWidget *>(u"languageTab"_s);
        input<QRadioButton>(language, u"LanguageSpecific"_s)->click();
        QComboBox *languages = chooseOther(language, u"Language"_s);
        QVERIFY(languages);
        const QString lcid = languages->currentData(LookupModel::IdRole).toString();

        QWidget *zone = tabs->findChild<QWidget *>(u"timeZoneTab"_s);
        input<QRadioButton>(zone, u"TimeZoneSpecific"_s)->click();
        QComboBox *zones = chooseOther(zone, u"TimeZone"_s);
        QVERIFY(zones);
        const QString zoneId = zones->currentData(LookupModel::IdRole).toString();

        QWidget *recipient = tabs->findChild<QWidget *>(u"recipientTab"_s);
        input<QRadioButton>(recipient, u"RecipientKindUser"_s)->click();
        const QList<CupiObject> users = fetchList(m_checker.get(), Resources::users(), u"User"_s);
        QVERIFY(users.size() > 2);
        const CupiObject user = users.at(users.size() / 2);
        QTest::keyClicks(input<QLineEdit>(recipient, u"RecipientUserSearch"_s),
                         user.value(u"Alias"));
        auto *userCombo = input<QComboBox>(recipient, u"RecipientSubscriberObjectId"_s);
        int userRow = -1;
        QTRY_VERIFY_WITH_TIMEOUT(
            (userRow = userCombo->findData(user.objectId(), LookupModel::IdRole)) >= 0, 15000);
        userCombo->setCurrentIndex(userRow);

        QVERIFY(save(w.get()));
        CupiObject now = server(id);
        QCOMPARE(now.value(u"ScheduleSetObjectId"), scheduleId);
        QCOMPARE(now.boolValue(u"UseCallLanguage"), false);
        QCOMPARE(now.boolValue(u"UseDefaultLanguage"), false);
        QCOMPARE(now.value(u"Language"), lcid);
        QCOMPARE(now.boolValue(u"UseDefaultTimeZone"), false);
        QCOMPARE(now.value(u"TimeZone"), zoneId);
        QCOMPARE(now.value(u"RecipientSubscriberObjectId"), user.objectId());
        QVERIFY(!w->isWindowModified());

        // Round 2: language from the call, the system time zone, a distribution list.
        input<QRadioButton>(language, u"UseCallLanguage"_s)->click();
        input<QRadioButton>(zone, u"UseDefaultTimeZone"_s)->click();
        input<QRadioButton>(recipient, u"RecipientKindList"_s)->click();
        QComboBox *list = chooseOther(recipient, u"RecipientDistributionListObjectId"_s);
        QVERIFY(list);
        const QString listId = list->currentData(LookupModel::IdRole).toString();
        QVERIFY(save(w.get()));
        now = server(id);
        QCOMPARE(now.boolValue(u"UseCallLanguage"), true);
        QCOMPARE(now.boolValue(u"UseDefaultTimeZone"), true);
        QCOMPARE(now.value(u"RecipientDistributionListObjectId"), listId);
        QVERIFY(now.value(u"RecipientSubscriberObjectId").isEmpty());

        // Round 3: the system default language.
        input<QRadioButton>(language, u"UseDefaultLanguage"_s)->click();
        QVERIFY(save(w.get()));
        now = server(id);
        QCOMPARE(now.boolValue(u"UseCallLanguage"), false);
        QCOMPARE(now.boolValue(u"UseDefaultLanguage"), true);
    }

    void unsavedChangesPrompt()
    {
        MemorySecretStore secrets;
        auto w = openWindow(&secrets, WireFormat::Json, m_sim.admin());
        QVERIFY(waitLoaded(w.get()));
        const CupiObject first = nextHandler();
        const CupiObject second = nextHandler();
        QVERIFY(open(w.get(), first.objectId()));
        QWidget *general = w->editorWidget()->tabs()->findChild<QWidget *>(u"generalTab"_s);
        auto *name = input<QLineEdit>(general, u"DisplayName"_s);
        QVERIFY(name);

        auto answer = [&](QMessageBox::StandardButton button) {
            QMessageBox *box = nullptr;
            if (!QTest::qWaitFor(
                    [&] {
                        box = w->findChild<QMessageBox *>(u"unsavedChangesPrompt"_s);
                        return box && box->isVisible();
                    },
                    5000))
                return false;
            box->button(button)->click();
            return true;
        };
        auto selectSecond = [&] {
            auto *model = w->listPanel()->view()->model();
            for (int row = 0; row < model->rowCount(); ++row) {
                const QModelIndex index = model->index(row, 0);
                if (index.data(CallHandlerListModel::ObjectIdRole) == second.objectId())
                    w->listPanel()->view()->setCurrentIndex(index);
            }
        };

        // Cancel: still on the first handler, still edited.
        QTest::keyClick(name, Qt::Key_End);
        QTest::keyClicks(name, u" (edited)"_s);
        QVERIFY(w->isWindowModified());
        selectSecond();
        QVERIFY(answer(QMessageBox::Cancel));
        QCOMPARE(w->editor()->objectId(), first.objectId());
        QVERIFY(w->editor()->isModified());
        QTRY_COMPARE(w->listPanel()->currentObjectId(), first.objectId());

        // Discard: the second handler opens, the server keeps the old name.
        selectSecond();
        QVERIFY(answer(QMessageBox::Discard));
        QTRY_VERIFY(w->editor()->isReady() && w->editor()->objectId() == second.objectId());
        QCOMPARE(server(first.objectId()).displayName(), first.displayName());

        // Save: leaving waits for the save, then opens the first handler.
        QTest::keyClick(name, Qt::Key_End);
        QTest::keyClicks(name, u" (saved)"_s);
        QVERIFY(w->editor()->isModified());
        auto *model = w->listPanel()->view()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            if (index.data(CallHandlerListModel::ObjectIdRole) == first.objectId())
                w->listPanel()->view()->setCurrentIndex(index);
        }
        QVERIFY(answer(QMessageBox::Save));
        QTRY_VERIFY_WITH_TIMEOUT(
            w->editor()->isReady() && w->editor()->objectId() == first.objectId(), 30000);
        QCOMPARE(server(second.objectId()).displayName(), second.displayName() + u" (saved)"_s);

        // Closing with unsaved changes asks too; Cancel keeps the window open.
        QTest::keyClick(name, Qt::Key_End);
        QTest::keyClicks(name, u"!"_s);
        QVERIFY(!w->close());
        QVERIFY(answer(QMessageBox::Cancel));
        QVERIFY(w->isVisible());
        QVERIFY(w->editor()->isModified());
    }

    // New from Template offers the system's template first to a system administrator.
    void newHandlerStartsFromTheSystemTemplate()
    {
        MemorySecretStore secrets;
        auto w = openWindow(&secrets, WireFormat::Json, m_sim.admin());
        QVERIFY(waitLoaded(w.get()));
        w->findChild<QAction *>(u"newAction"_s)->trigger();
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = w->findChild<QDialog *>(u"newHandlerDialog"_s)));
        auto *templ = dialog->findChild<QComboBox *>(u"template"_s);
        QVERIFY(templ && templ->count() > 1);
        QVERIFY(templ->currentData(LookupModel::TenantIdRole).toString().isEmpty());
        QCOMPARE(templ->currentText(), u"System Call Handler Template"_s);
        dialog->reject();
    }

    void deleteRefusedForUndeletable()
    {
        MemorySecretStore secrets;
        auto w = openWindow(&secrets, WireFormat::Xml, m_sim.admin());
        QVERIFY(waitLoaded(w.get()));
        QAction *remove = w->findChild<QAction *>(u"deleteAction"_s);
        QVERIFY(remove);
        const auto undeletable =
            std::find_if(m_handlers.cbegin(), m_handlers.cend(),
                         [](const CupiObject &h) { return h.boolValue(u"Undeletable"); });
        QVERIFY(undeletable != m_handlers.cend());
        QVERIFY(open(w.get(), undeletable->objectId()));
        QVERIFY(!remove->isEnabled());
        const QModelIndex nameIndex = w->listPanel()->view()->currentIndex();
        const QIcon lock = nameIndex.data(Qt::DecorationRole).value<QIcon>();
        QVERIFY(!lock.pixmap(16, 16).isNull()); // the lock, drawable

        const CupiObject deletable = nextHandler();
        QVERIFY(open(w.get(), deletable.objectId()));
        QVERIFY(remove->isEnabled());
        // Triggering the action on the undeletable one does nothing (no confirmation at all).
        QVERIFY(open(w.get(), undeletable->objectId()));
        remove->trigger();
        QVERIFY(!w->findChild<QDialog *>(u"deleteConfirmation"_s));
        QVERIFY(!server(undeletable->objectId()).isEmpty());
    }

    // Someone else renames the handler while we edit its name: the conflict dialog shows both
    // values; keeping mine saves mine. An emptied required field is marked and not sent.
    void conflictAndValidation()
    {
        MemorySecretStore secrets;
        auto w = openWindow(&secrets, WireFormat::Json, m_sim.admin());
        QVERIFY(waitLoaded(w.get()));
        const CupiObject target = nextHandler();
        QVERIFY(open(w.get(), target.objectId()));
        QWidget *general = w->editorWidget()->tabs()->findChild<QWidget *>(u"generalTab"_s);
        auto *name = input<QLineEdit>(general, u"DisplayName"_s);

        // Validation: a required name left empty.
        name->selectAll();
        QTest::keyClick(name, Qt::Key_Delete);
        QVERIFY(name->text().isEmpty());
        QVERIFY2(!messageUnder(name).isEmpty(), "no inline message under the name");
        QVERIFY(!save(w.get()));
        QCOMPARE(server(target.objectId()).displayName(), target.displayName());

        // Conflict.
        QTest::keyClicks(name, u"Mine"_s);
        CupiObject theirs;
        theirs.set(u"DisplayName"_s, u"Theirs"_s);
        std::unique_ptr<WriteJob> put(
            m_checker->put(Resources::callHandler(target.objectId()), theirs, u"Callhandler"_s));
        QVERIFY(waitFor(put.get()));
        QVERIFY(put->ok());
        w->findChild<QAction *>(u"saveAction"_s)->trigger();
        QDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = w->findChild<QDialog *>(u"conflictDialog"_s)), 15000);
        auto *keepMine = dialog->findChild<QRadioButton *>(u"keepMine/DisplayName"_s);
        auto *takeTheirs = dialog->findChild<QRadioButton *>(u"takeTheirs/DisplayName"_s);
        QVERIFY(keepMine && takeTheirs);
        QCOMPARE(dialog->findChildren<QRadioButton *>().size(), 2);
        QCOMPARE(keepMine->text(), u"Mine"_s);
        QCOMPARE(takeTheirs->text(), u"Theirs"_s);
        QSignalSpy saved(w->editor(), &HandlerEditor::saved);
        dialog->accept(); // "Mine" is the default choice
        QVERIFY(saved.wait(15000));
        QCOMPARE(server(target.objectId()).displayName(), u"Mine"_s);
    }

    // No pin: the certificate dialog shows the server's fingerprint; "Trust and pin" connects
    // and keeps the pin in the saved profile.
    void untrustedCertificateTrustAndPin()
    {
        MemorySecretStore secrets;
        Ui::MainWindow w(&secrets);
        w.show();
        Ui::ServerProfile profile;
        profile.url = m_sim.url();
        profile.user = m_sim.admin().user;
        w.connectTo(profile, m_sim.admin().password);
        QDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = w.findChild<QDialog *>(u"certificateDialog"_s)), 15000);
        QCOMPARE(dialog->findChild<QLabel *>(u"sha256"_s)->text().remove(u':').toUpper(),
                 m_sim.sha256().remove(u':').toUpper());
        dialog->findChild<QPushButton *>(u"trustPinButton"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(w.connection() && w.connection()->isOpen(), 15000);
        const QList<Ui::ServerProfile> saved = Ui::ServerProfile::loadAll();
        const auto it = std::find_if(saved.cbegin(), saved.cend(), [&](const Ui::ServerProfile &p) {
            return p.url == m_sim.url() && p.user == m_sim.admin().user;
        });
        QVERIFY(it != saved.cend());
        QCOMPARE(QString(it->pinnedSha256).remove(u':').toUpper(),
                 m_sim.sha256().remove(u':').toUpper());
    }

    // A wrong password: no session, the connection dialog comes back with the server's reason.
    void wrongPasswordAsksAgain()
    {
        MemorySecretStore secrets;
        Ui::MainWindow w(&secrets);
        w.show();
        Ui::ServerProfile profile;
        profile.url = m_sim.url();
        profile.user = m_sim.admin().user;
        profile.pinnedSha256 = m_sim.sha256();
        w.connectTo(profile, u"not-the-password"_s);
        QDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = w.findChild<QDialog *>(u"connectionDialog"_s)), 15000);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->findChild<QLineEdit *>(u"user"_s)->text(), m_sim.admin().user);
        QVERIFY(!w.connection());
        QVERIFY(!w.handlerModel());
    }

    void tenantAdministratorSeesOwnTenantOnly()
    {
        const SimAccount tenant = m_sim.tenantAdmin();
        if (tenant.user.isEmpty())
            QSKIP("cupi-sim has no tenant administrator");
        MemorySecretStore secrets;
        auto w = openWindow(&secrets, WireFormat::Json, tenant);
        QVERIFY(waitLoaded(w.get()));
        QVERIFY(w->connection()->isTenantAdministrator());
        QVERIFY(!w->findChild<QComboBox *>(u"tenantFilter"_s)->isVisibleTo(w.get()));
        QTRY_VERIFY(
            w->findChild<QLabel *>(u"accountLabel"_s)->text().contains(u"tenant administrator"_s));
        auto *model = w->handlerModel();
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(model->index(row, 0).data(CallHandlerListModel::TenantIdRole).toString(),
                     w->connection()->tenantId());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
