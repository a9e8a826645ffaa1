// SPDX-License-Identifier: GPL-3.0-or-later
// A list the server did not give (issue 9): the dropdown it fills says so next to itself — in the
// editor tab that shows it, in the New Handler dialog, under the list's tenant filter — and Retry
// loads that list and fills the dropdown. The server is a real cupi-sim; the window's requests for
// one list are sent to a path the server does not have (404) until the test mends it.
#include "tst_breakingnam.h"
#include "uitest.h"

#include "core/models/serversession.h"
#include "ui/messagebar.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMetaEnum>
#include <QPushButton>
#include <QToolButton>

using namespace HandlerDesk;
using namespace HandlerDesk::Core;
using namespace HandlerDesk::Test;
using namespace Qt::Literals::StringLiterals;

class TestLookupMessage : public UiTest
{
    Q_OBJECT

    MemorySecretStore m_secrets;

    // The main window showing a session whose requests go through `nam`; loaded.
    std::unique_ptr<Ui::MainWindow> openWindowOn(QNetworkAccessManager *nam)
    {
        auto window = std::make_unique<Ui::MainWindow>(&m_secrets);
        window->show();
        Ui::ServerProfile profile;
        profile.url = m_sim.url();
        profile.user = m_sim.admin().user;
        profile.pinnedSha256 = m_sim.sha256();
        Connection *connection = openConnection(m_sim, nam, m_sim.admin());
        if (!connection)
            return nullptr;
        window->showSession(new ServerSession(connection), profile);
        if (!waitLoaded(window.get()))
            return nullptr;
        return window;
    }

    static Ui::MessageBar *lookupMessage(QWidget *in, const QString &kind)
    {
        return in ? in->findChild<Ui::MessageBar *>(u"lookupMessage/"_s + kind) : nullptr;
    }

    // Retry on `message`, with the list's path mended first.
    static void mendAndRetry(BreakingNam *nam, Ui::MessageBar *message)
    {
        nam->broken.clear();
        message->findChild<QToolButton *>(u"retryButton"_s)->click();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(startSimulator({u"--handlers"_s, u"60"_s})); }

    void besideItsDropdownInTheEditor_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("tabName");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("words");
        QTest::newRow("time zones") << u"/vmrest/timezones"_s << u"timeZoneTab"_s << u"TimeZone"_s
                                    << u"TimeZones"_s << u"time zones"_s;
        QTest::newRow("languages") << u"/vmrest/languagemap"_s << u"languageTab"_s << u"Language"_s
                                   << u"Languages"_s << u"languages"_s;
        QTest::newRow("schedule sets")
            << u"/vmrest/schedulesets"_s << u"scheduleTab"_s << u"ScheduleSetObjectId"_s
            << u"ScheduleSets"_s << u"schedule sets"_s;
        QTest::newRow("distribution lists") << u"/vmrest/distributionlists"_s << u"recipientTab"_s
                                            << u"RecipientDistributionListObjectId"_s
                                            << u"DistributionLists"_s << u"distribution lists"_s;
    }
    void besideItsDropdownInTheEditor()
    {
        QFETCH(QString, path);
        QFETCH(QString, tabName);
        QFETCH(QString, field);
        QFETCH(QString, kind);
        QFETCH(QString, words);
        BreakingNam nam;
        nam.broken.insert(path);
        auto w = openWindowOn(&nam);
        QVERIFY(w);
        QVERIFY(open(w.get(), nextHandler().objectId()));
        QWidget *page = showTab(w.get(), tabName);
        auto *combo = input<QComboBox>(page, field);
        QVERIFY(combo);
        const int before = combo->count();

        Ui::MessageBar *message = lookupMessage(page, kind);
        QVERIFY(message);
        QVERIFY(message->isVisible());
        QVERIFY(message->isError());
        QVERIFY2(message->text().contains(u"The %1 could not be loaded"_s.arg(words)),
                 qPrintable(message->text()));
        QCOMPARE(message->parentWidget(), combo->parentWidget()); // in the dropdown's form
        const auto lookupKind = LookupCache::Kind(
            QMetaEnum::fromType<LookupCache::Kind>().keyToValue(kind.toLatin1().constData()));
        QCOMPARE(w->session()->lookups()->model(lookupKind)->rowCount(), 0);
        // Only that list failed: the messages of the other lists say nothing.
        const auto messages = w->editorWidget()->findChildren<Ui::MessageBar *>();
        for (Ui::MessageBar *other : messages) {
            if (other != message && other->objectName().startsWith(u"lookupMessage/"_s))
                QVERIFY2(other->isHidden(), qPrintable(other->objectName()));
        }

        // Retry: the list loads, the dropdown fills, the message goes.
        mendAndRetry(&nam, message);
        QTRY_VERIFY_WITH_TIMEOUT(combo->count() > before, 15000);
        QVERIFY(w->session()->lookups()->model(lookupKind)->rowCount() > 0);
        QTRY_VERIFY(!message->isVisible());
    }

    void templatesInTheNewHandlerDialog()
    {
        BreakingNam nam;
        nam.broken.insert(u"/vmrest/callhandlertemplates"_s);
        auto w = openWindowOn(&nam);
        QVERIFY(w);
        w->findChild<QAction *>(u"newAction"_s)->trigger();
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = w->findChild<QDialog *>(u"newHandlerDialog"_s)));
        auto *templates = input<QComboBox>(dialog, u"template"_s);
        QVERIFY(templates);
        QCOMPARE(templates->count(), 0);
        QPushButton *create = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!create->isEnabled());
        Ui::MessageBar *message = lookupMessage(dialog, u"Templates"_s);
        QVERIFY(message);
        QTRY_VERIFY(message->isVisible());
        QVERIFY(message->text().contains(u"templates could not be loaded"_s));

        mendAndRetry(&nam, message);
        QTRY_VERIFY_WITH_TIMEOUT(templates->count() > 0, 15000);
        QTRY_VERIFY(!message->isVisible());
        input<QLineEdit>(dialog, u"DisplayName"_s)->setText(u"From a template loaded again"_s);
        QVERIFY(create->isEnabled());
        dialog->reject();
    }

    void tenantsUnderTheTenantFilter()
    {
        BreakingNam nam;
        nam.broken.insert(u"/vmrest/tenants"_s);
        auto w = openWindowOn(&nam);
        QVERIFY(w);
        auto *tenants = input<QComboBox>(w->listPanel(), u"tenantFilter"_s);
        QVERIFY(tenants);
        QCOMPARE(tenants->count(), 2); // All tenants, System (no tenant)
        Ui::MessageBar *message = lookupMessage(w->listPanel(), u"Tenants"_s);
        QVERIFY(message);
        QVERIFY(message->isVisible());
        QVERIFY(message->text().contains(u"tenants could not be loaded"_s));

        mendAndRetry(&nam, message);
        QTRY_VERIFY_WITH_TIMEOUT(tenants->count() > 2, 15000);
        QTRY_VERIFY(!message->isVisible());
    }
};

QTEST_MAIN(TestLookupMessage)
#include "tst_lookupmessage.moc"
