// SPDX-License-Identifier: GPL-3.0-or-later
// Shared support of the UI tests: a cupi-sim of their own, a checking client that looks at the
// SERVER (not the widgets), and the steps a user takes — open the window, wait for the list,
// open a handler as a click would, save. Header-only; each UI test derives from UiTest.
#pragma once

#include "tst_models_sim.h"

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
#include <QCoreApplication>
#include <QLabel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>

// Q_INIT_RESOURCE declares the resource initialiser where it is used: outside any namespace.
inline void hdInitUiResources()
{
    Q_INIT_RESOURCE(handlerdesk);
}

namespace HandlerDesk::Test {

// No Q_OBJECT here: the tests derive from it and declare their own slots.
class UiTest : public QObject
{
protected:
    CupiSim m_sim;
    QNetworkAccessManager m_nam;
    std::unique_ptr<Core::CupiClient> m_checker;
    QList<Core::CupiObject> m_handlers; // the system handlers (IsPrimary 0), server order
    QTemporaryDir m_config;
    int m_next = 0;

    // For initTestCase(): settings in a scratch directory, a simulator started with `simArgs`,
    // the checking client and the list of handlers.
    bool startSimulator(const QStringList &simArgs = {u"--handlers"_s, u"300"_s})
    {
        hdInitUiResources();
        if (!m_config.isValid())
            return false;
        qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit());
        // The call-flow graph's cache (issue 12) too: never the user's own.
        qputenv("XDG_CACHE_HOME", (m_config.path() + u"/cache"_s).toLocal8Bit());
        QCoreApplication::setOrganizationName(u"HandlerDeskTest"_s);
        qRegisterMetaType<Core::CupiError>();
        if (!m_sim.start(simArgs))
            return false;
        m_checker = m_sim.makeClient(&m_nam, Core::WireFormat::Json, m_sim.admin());
        m_handlers = fetchList(m_checker.get(), Core::Resources::callHandlers(),
                               QString(Core::Resources::Item::CallHandler), u"(IsPrimary is 0)"_s);
        return !m_handlers.isEmpty();
    }

    // The next deletable handler with an extension (each test takes its own).
    Core::CupiObject nextHandler()
    {
        while (m_next < m_handlers.size()) {
            const Core::CupiObject h = m_handlers.at(m_next++);
            if (!h.boolValue(u"Undeletable") && !h.value(u"DtmfAccessId").isEmpty())
                return h;
        }
        return {};
    }

    // The handler as the server has it now.
    Core::CupiObject server(const QString &id)
    {
        return fetch(m_checker.get(), Core::Resources::callHandler(id));
    }

    std::unique_ptr<Ui::MainWindow> openWindow(Core::SecretStore *secrets, Core::WireFormat wire,
                                               const SimAccount &account)
    {
        auto window = std::make_unique<Ui::MainWindow>(secrets);
        window->show();
        Ui::ServerProfile profile;
        profile.url = m_sim.url();
        profile.user = account.user;
        profile.wire = wire;
        profile.pinnedSha256 = m_sim.sha256();
        profile.rememberPassword = true;
        window->connectTo(profile, account.password);
        return window;
    }

    // The list is complete and every lookup has arrived.
    static bool waitLoaded(Ui::MainWindow *w)
    {
        return QTest::qWaitFor(
            [w] {
                return w->handlerModel() && !w->handlerModel()->isLoading() &&
                       w->handlerModel()->loadedCount() > 0 &&
                       w->connection()->lookups()->isReady();
            },
            60000);
    }

    template <typename T> static T *input(QWidget *tab, const QString &name)
    {
        T *w = tab ? tab->findChild<T *>(name) : nullptr;
        if (!w)
            qWarning() << "no input" << name << "on" << (tab ? tab->objectName() : u"(none)"_s);
        return w;
    }

    // The inline validation message of an input (a sibling named "message/<field>"); its text
    // when shown, else empty.
    static QString messageUnder(QWidget *input)
    {
        auto *label = input && input->parentWidget()
                          ? input->parentWidget()->findChild<QLabel *>(
                                u"message/"_s + input->objectName(), Qt::FindDirectChildrenOnly)
                          : nullptr;
        return label && label->isVisibleTo(input->window()) ? label->text() : QString();
    }

    // The index of the editor tab named `name` ("generalTab"; each tab sits in a page of its own
    // that scrolls), -1 when there is none.
    static int tabIndex(Ui::MainWindow *w, const QString &name)
    {
        QTabWidget *tabs = w->editorWidget() ? w->editorWidget()->tabs() : nullptr;
        for (int i = 0; tabs && i < tabs->count(); ++i) {
            if (tabs->widget(i)->objectName() == name ||
                tabs->widget(i)->findChild<QWidget *>(name))
                return i;
        }
        return -1;
    }

    // Brings the editor tab named `name` to the front, as a click on it would.
    static QWidget *showTab(Ui::MainWindow *w, const QString &name)
    {
        const int index = tabIndex(w, name);
        if (index < 0)
            return nullptr;
        w->editorWidget()->tabs()->setCurrentIndex(index);
        return tab(w, name);
    }

    static QWidget *tab(Ui::MainWindow *w, const QString &name)
    {
        return w->editorWidget() ? w->editorWidget()->tabs()->findChild<QWidget *>(name) : nullptr;
    }

    // Selects a handler in the list, as a click would, and waits until the editor has it.
    static bool open(Ui::MainWindow *w, const QString &id)
    {
        Ui::HandlerListPanel *list = w->listPanel();
        auto *model = list->view()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            if (index.data(Core::CallHandlerListModel::ObjectIdRole).toString() == id) {
                list->view()->setCurrentIndex(index);
                return QTest::qWaitFor(
                    [w, id] { return w->editor()->isReady() && w->editor()->objectId() == id; },
                    30000);
            }
        }
        qWarning() << "handler not listed" << id;
        return false;
    }

    // Triggers Save and waits for its outcome: true when saved.
    static bool save(Ui::MainWindow *w)
    {
        QSignalSpy saved(w->editor(), &Core::HandlerEditor::saved);
        QSignalSpy failed(w->editor(), &Core::HandlerEditor::saveFailed);
        QAction *action = w->findChild<QAction *>(u"saveAction"_s);
        if (!action || !action->isEnabled()) {
            qWarning("Save is not enabled");
            return false;
        }
        action->trigger();
        if (!QTest::qWaitFor([&] { return !saved.isEmpty() || !failed.isEmpty(); }, 30000))
            return false;
        return failed.isEmpty();
    }

    // Chooses another entry of a combo (the last, or the first when the last is current).
    static QComboBox *chooseOther(QWidget *tab, const QString &name)
    {
        auto *combo = input<QComboBox>(tab, name);
        if (!combo || !QTest::qWaitFor([combo] { return combo->count() >= 2; }, 10000))
            return nullptr;
        combo->setCurrentIndex(combo->currentIndex() == combo->count() - 1 ? 0
                                                                           : combo->count() - 1);
        return combo;
    }
};

} // namespace HandlerDesk::Test
