// SPDX-License-Identifier: GPL-3.0-or-later
// The window frame: menus, actions, status bar, window state. Showing a session (connect, list,
// editor, create, delete) is in mainwindowsession.cpp.
#include "ui/mainwindow.h"

#include "core/handleredit.h"
#include "core/models/callhandlerlistmodel.h"
#include "core/models/connection.h"
#include "core/models/handlereditor.h"
#include "core/models/serversession.h"
#include "core/secretstore.h"
#include "ui/connector.h"
#include "ui/editor/handlereditorwidget.h"
#include "ui/handlerlistpanel.h"
#include "ui/help.h"
#include "ui/icons.h"
#include "ui/shortcuts.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QProgressBar>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace HandlerDesk::Ui {

MainWindow::MainWindow(Core::SecretStore *secrets, QWidget *parent)
    : QMainWindow(parent)
    , m_secrets(secrets)
    , m_connector(new Connector(this, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_list(new HandlerListPanel(m_splitter))
    , m_editorArea(new QStackedWidget(m_splitter))
    , m_editorPlaceholder(new QLabel(m_editorArea))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Handler Desk[*]"));
    setWindowIcon(Icons::application());
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_editorPlaceholder->setAlignment(Qt::AlignCenter);
    m_editorPlaceholder->setWordWrap(true);
    m_editorPlaceholder->setText(tr("Not connected."));
    m_editorArea->addWidget(m_editorPlaceholder);
    m_splitter->addWidget(m_list);
    m_splitter->addWidget(m_editorArea);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_splitter);
    setCentralWidget(central);

    createFileAndHandlerMenus();
    createViewAndHelpMenus();
    createStatusBar();
    createCallFlowViews();

    connect(m_connector, &Connector::connected, this, &MainWindow::onConnected);
    connect(m_connector, &Connector::failed, this, &MainWindow::onConnectFailed);
    connect(m_list, &HandlerListPanel::currentHandlerChanged, this, &MainWindow::openHandler);

    QSettings settings;
    const QByteArray geometry = settings.value(u"mainWindow/geometry"_s).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        const QFontMetrics fm = fontMetrics();
        QSize size(fm.averageCharWidth() * 280, fm.height() * 64);
        // Nearly the whole width of a small screen (the editor's eight tabs need it at 1280×800),
        // nine tenths of its height.
        if (const QScreen *s = screen())
            size = size.boundedTo(
                QSize(s->availableSize().width() * 24 / 25, s->availableSize().height() * 9 / 10));
        resize(size);
    }
    const QByteArray splitter = settings.value(u"mainWindow/splitter"_s).toByteArray();
    m_splitterRestored = !splitter.isEmpty() && m_splitter->restoreState(splitter);
    updateActions();
}

MainWindow::~MainWindow()
{
    saveWindowState();
}

Core::ServerSession *MainWindow::session() const
{
    return m_session;
}

Core::Connection *MainWindow::connection() const
{
    return m_session ? m_session->connection() : nullptr;
}

Core::CallHandlerListModel *MainWindow::handlerModel() const
{
    return m_session ? m_session->handlers() : nullptr;
}

HandlerEditorWidget *MainWindow::editorWidget() const
{
    return m_editorWidget;
}

Core::HandlerEditor *MainWindow::editor() const
{
    return m_session ? m_session->editor() : nullptr;
}

// Texts, mnemonics and keys of the menus come from the one table (ui/shortcuts.cpp).
void MainWindow::createFileAndHandlerMenus()
{
    using Shortcuts::Command;
    using Shortcuts::Mnemonic;
    QMenu *file = menuBar()->addMenu(Shortcuts::text(Mnemonic::FileMenu));
    file->setObjectName(u"fileMenu"_s);
    m_connectAction = file->addAction(QString(), this, [this] { showConnectionDialog(); });
    Shortcuts::setUp(m_connectAction, Command::Connect);
    file->addSeparator();
    QAction *quit = file->addAction(QString(), this, &QWidget::close);
    Shortcuts::setUp(quit, Command::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *handler = menuBar()->addMenu(Shortcuts::text(Mnemonic::HandlerMenu));
    handler->setObjectName(u"handlerMenu"_s);
    m_newAction = handler->addAction(QString(), this, &MainWindow::newHandler);
    Shortcuts::setUp(m_newAction, Command::NewHandler);
    m_deleteAction = handler->addAction(QString(), this, &MainWindow::deleteHandler);
    Shortcuts::setUp(m_deleteAction, Command::DeleteHandler);
    handler->addSeparator();
    m_saveAction = handler->addAction(style()->standardIcon(QStyle::SP_DialogSaveButton), QString(),
                                      this, [this] {
                                          if (m_editorWidget)
                                              m_editorWidget->save();
                                      });
    Shortcuts::setUp(m_saveAction, Command::Save);
    m_revertAction = handler->addAction(QString(), this, [this] {
        if (m_editorWidget)
            m_editorWidget->revert();
    });
    Shortcuts::setUp(m_revertAction, Command::Revert);
}

void MainWindow::createViewAndHelpMenus()
{
    using Shortcuts::Command;
    using Shortcuts::Mnemonic;
    QMenu *view = menuBar()->addMenu(Shortcuts::text(Mnemonic::ViewMenu));
    view->setObjectName(u"viewMenu"_s);
    m_findAction = view->addAction(QString(), this, [this] {
        m_list->filterEdit()->setFocus(Qt::ShortcutFocusReason);
        m_list->filterEdit()->selectAll();
    });
    Shortcuts::setUp(m_findAction, Command::Filter);
    QAction *list = view->addAction(QString(), this,
                                    [this] { m_list->view()->setFocus(Qt::ShortcutFocusReason); });
    Shortcuts::setUp(list, Command::GoToList);
    QAction *editorTabs = view->addAction(QString(), this, [this] {
        if (m_editorWidget)
            m_editorWidget->setFocus(Qt::ShortcutFocusReason);
    });
    Shortcuts::setUp(editorTabs, Command::GoToEditor);
    view->addSeparator();
    m_refreshAction = view->addAction(QString(), this, [this] { refresh(); });
    Shortcuts::setUp(m_refreshAction, Command::Refresh);
    m_cancelAction = view->addAction(QString(), this, [this] {
        if (m_session)
            m_session->handlers()->cancel();
    });
    Shortcuts::setUp(m_cancelAction, Command::StopLoading);
    m_cancelAction->setIconText(tr("Cancel"));

    QMenu *help = menuBar()->addMenu(Shortcuts::text(Mnemonic::HelpMenu));
    help->setObjectName(u"helpMenu"_s);
    QAction *guide = help->addAction(QString(), this, [this] { Help::openUserGuide(this); });
    Shortcuts::setUp(guide, Command::UserGuide);
    QAction *keys = help->addAction(QString(), this, [this] { Shortcuts::showHelp(this); });
    Shortcuts::setUp(keys, Command::KeyboardHelp);
    help->addSeparator();
    QAction *about = help->addAction(QString(), this, [this] { Help::showAbout(this); });
    Shortcuts::setUp(about, Command::About);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(QString(), this, &QApplication::aboutQt);
    Shortcuts::setUp(aboutQt, Command::AboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::createStatusBar()
{
    m_statusText = new QLabel(this);
    m_statusText->setObjectName(u"statusText"_s);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"loadProgress"_s);
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(fontMetrics().averageCharWidth() * 30);
    m_cancelLoad = new QToolButton(this);
    m_cancelLoad->setObjectName(u"cancelLoadButton"_s);
    m_cancelLoad->setDefaultAction(m_cancelAction);
    m_cancelLoad->setText(tr("Cancel"));
    m_cancelLoad->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_account = new QLabel(this);
    m_account->setObjectName(u"accountLabel"_s);
    statusBar()->addWidget(m_statusText, 1);
    statusBar()->addWidget(m_progress);
    statusBar()->addWidget(m_cancelLoad);
    statusBar()->addPermanentWidget(m_account);
    m_progress->hide();
    m_cancelLoad->hide();
}

void MainWindow::updateProgress(qint64 loaded, qint64 total)
{
    const QLocale locale;
    const Core::CallHandlerListModel *handlers = handlerModel();
    const bool loading = handlers && handlers->isLoading();
    if (loading) {
        m_statusText->setText(total > 0 ? tr("Loading handlers… %1 of %2")
                                              .arg(locale.toString(loaded), locale.toString(total))
                                        : tr("Loading handlers…"));
        m_progress->setRange(0, total > 0 ? 1000 : 0);
        if (total > 0)
            m_progress->setValue(int(loaded * 1000 / total));
    } else if (handlers) {
        const qint64 count = handlers->loadedCount();
        const qint64 all = handlers->totalCount();
        if (handlers->isOutdated())
            m_statusText->setText(tr("%1 handlers (could not refresh; they may be out of date)")
                                      .arg(locale.toString(count)));
        else if (count < all)
            m_statusText->setText(
                tr("%1 of %2 handlers loaded").arg(locale.toString(count), locale.toString(all)));
        else
            m_statusText->setText(tr("%1 handlers").arg(locale.toString(count)));
    }
    m_progress->setVisible(loading);
    m_cancelLoad->setVisible(loading);
    m_cancelAction->setEnabled(loading);
}

void MainWindow::updateActions()
{
    // Everything acts on the handler open in the editor, never on the list's selected row.
    const Core::HandlerEditor *editor = this->editor();
    const Core::CallHandlerEdit *open =
        editor && !editor->objectId().isEmpty() ? editor->handlerEdit() : nullptr;
    const QString name = open ? editor->displayName() : QString();
    const bool undeletable = open && m_session->isOpenHandlerUndeletable();
    const bool modified = isEditorModified();
    m_newAction->setEnabled(m_session != nullptr);
    m_refreshAction->setEnabled(m_session != nullptr);
    m_deleteAction->setEnabled(open && editor->isReady() && !undeletable);
    m_deleteAction->setToolTip(!open         ? tr("Open a handler to delete it")
                               : undeletable ? tr("“%1” is undeletable").arg(name)
                                             : tr("Delete “%1”").arg(name));
    m_saveAction->setEnabled(modified);
    m_saveAction->setToolTip(open ? tr("Save “%1”").arg(name) : tr("Save"));
    m_revertAction->setEnabled(modified);
    m_revertAction->setToolTip(open ? tr("Revert “%1” to the server's values").arg(name)
                                    : tr("Revert"));
    m_cancelAction->setEnabled(m_session && m_session->handlers()->isLoading());
    setWindowModified(modified);
}

void MainWindow::saveWindowState() const
{
    QSettings settings;
    settings.setValue(u"mainWindow/geometry"_s, saveGeometry());
    settings.setValue(u"mainWindow/splitter"_s, m_splitter->saveState());
    if (m_session)
        m_list->saveState();
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!m_splitterRestored) {
        // First start: the editor gets what its tabs and the caller input keys' texts need, the
        // list the rest — but never less than two fifths of the window.
        m_splitterRestored = true;
        const int total = width(); // the splitter itself is not laid out yet
        const int editor = HandlerEditorWidget::preferredWidth();
        const int list = std::max(total * 2 / 5, total - editor);
        m_splitter->setSizes({list, total - list});
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_closeApproved || !isEditorModified()) {
        saveWindowState();
        event->accept();
        return;
    }
    // Our save is an asynchronous PUT: close only once it has succeeded (rule 25).
    event->ignore();
    m_editorWidget->confirmLeave([this] {
        m_closeApproved = true;
        close();
    });
}

} // namespace HandlerDesk::Ui
