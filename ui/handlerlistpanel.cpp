// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/handlerlistpanel.h"

#include "core/models/callhandlerlistmodel.h"
#include "core/models/connection.h"
#include "core/models/handlerfilterproxymodel.h"
#include "core/models/lookupcache.h"
#include "ui/accessibility.h"
#include "ui/handlerdecorationproxy.h"
#include "ui/messagebar.h"
#include "ui/shortcuts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace HandlerDesk::Ui {

using Core::CallHandlerListModel;

HandlerListPanel::HandlerListPanel(QWidget *parent)
    : QWidget(parent)
    , m_filterProxy(new Core::HandlerFilterProxyModel(this))
    , m_decoration(new HandlerDecorationProxy(this))
    , m_filter(new QLineEdit(this))
    , m_tenant(new QComboBox(this))
    , m_includePrimary(
          new QCheckBox(Shortcuts::text(Shortcuts::Mnemonic::IncludePrimaryCheck), this))
    , m_view(new QTableView(this))
    , m_messages(new MessageBar(this))
{
    m_filter->setObjectName(u"filterEdit"_s);
    m_filter->setPlaceholderText(tr("Filter by name or extension (Ctrl+F)"));
    m_filter->setAccessibleName(tr("Filter handlers"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMinimumWidth(fontMetrics().averageCharWidth() * 24);
    m_tenant->setObjectName(u"tenantFilter"_s);
    m_tenant->setAccessibleName(tr("Tenant"));
    m_tenant->setToolTip(tr("Show the handlers of one tenant (asks the server)"));
    m_tenant->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_includePrimary->setObjectName(u"includePrimaryHandlers"_s);
    m_includePrimary->setToolTip(tr("Also list the handlers that belong to users' mailboxes"));
    m_messages->setObjectName(u"listMessages"_s);

    m_decoration->setSourceModel(m_filterProxy);
    m_view->setObjectName(u"handlerView"_s);
    m_view->setAccessibleName(tr("Call handlers"));
    m_view->setModel(m_decoration);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false); // Tab leaves the list; arrows move in it
    m_view->verticalHeader()->hide();
    // Uniform row heights from the font: fast with 40,000 rows and right on any DPI.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() * 3 / 2);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->horizontalHeader()->setSortIndicator(CallHandlerListModel::NameColumn,
                                                 Qt::AscendingOrder);
    m_view->horizontalHeader()->setStretchLastSection(true);

    auto *filterRow = new QHBoxLayout;
    auto *tenantLabel = new QLabel(Shortcuts::text(Shortcuts::Mnemonic::TenantLabel), this);
    tenantLabel->setBuddy(m_tenant);
    tenantLabel->setObjectName(u"tenantLabel"_s);
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(tenantLabel);
    filterRow->addWidget(m_tenant);
    filterRow->addWidget(m_includePrimary);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filterRow);
    layout->addWidget(m_messages);
    layout->addWidget(m_view, 1);
    setTabOrder(m_filter, m_tenant);
    setTabOrder(m_tenant, m_includePrimary);
    setTabOrder(m_includePrimary, m_view);
    Accessibility::nameInnerControls(this);

    connect(m_filter, &QLineEdit::textChanged, m_filterProxy,
            &Core::HandlerFilterProxyModel::setFilterText);
    connect(m_view->horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            &HandlerListPanel::showHeaderMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!m_selecting && current.isValid())
                    Q_EMIT currentHandlerChanged(
                        current.data(CallHandlerListModel::ObjectIdRole).toString());
            });
    connect(m_tenant, &QComboBox::activated, this, [this] {
        if (m_handlers)
            m_handlers->setTenantFilter(m_tenant->currentData().toString());
    });
    connect(m_includePrimary, &QCheckBox::toggled, this, [this](bool on) {
        if (m_handlers)
            m_handlers->setIncludePrimaryHandlers(on);
    });
    setSession(nullptr, nullptr);
}

HandlerListPanel::~HandlerListPanel() = default;

void HandlerListPanel::setSession(Core::Connection *connection, CallHandlerListModel *handlers)
{
    m_connection = connection;
    m_handlers = handlers;
    m_filterProxy->setSourceModel(handlers);
    m_messages->hideMessage();
    // A tenant administrator sees only the own tenant: no tenant choice at all.
    const bool systemAdmin = connection && !connection->isTenantAdministrator();
    m_tenant->setVisible(systemAdmin);
    findChild<QLabel *>(u"tenantLabel"_s)->setVisible(systemAdmin);
    m_includePrimary->setEnabled(handlers != nullptr);
    m_filter->setEnabled(handlers != nullptr);
    if (connection) {
        connect(connection->lookups(), &Core::LookupCache::loaded, this,
                [this](Core::LookupCache::Kind kind) {
                    if (kind == Core::LookupCache::Kind::Tenants)
                        fillTenants();
                });
    }
    fillTenants();
    if (handlers) {
        m_includePrimary->setChecked(handlers->includePrimaryHandlers());
        connect(handlers, &CallHandlerListModel::loadFailed, this,
                [this](const Core::CupiError &error) {
                    m_messages->showError(
                        tr("Not all handlers could be loaded: %1").arg(error.userMessage()),
                        [this] {
                            if (m_handlers)
                                m_handlers->refresh();
                        });
                });
        connect(handlers, &CallHandlerListModel::loadingChanged, this, [this](bool loading) {
            if (loading)
                m_messages->hideMessage();
        });
    }
}

void HandlerListPanel::fillTenants()
{
    m_tenant->clear();
    m_tenant->addItem(tr("All tenants"), QString());
    if (!m_connection)
        return;
    for (const Core::LookupEntry &e : m_connection->lookups()->tenants()->entries())
        m_tenant->addItem(e.display, e.id);
    if (m_handlers)
        m_tenant->setCurrentIndex(std::max(0, m_tenant->findData(m_handlers->tenantFilter())));
}

QString HandlerListPanel::currentObjectId() const
{
    return m_view->currentIndex().data(CallHandlerListModel::ObjectIdRole).toString();
}

bool HandlerListPanel::currentIsUndeletable() const
{
    return m_view->currentIndex().data(CallHandlerListModel::UndeletableRole).toBool();
}

QString HandlerListPanel::currentName() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.siblingAtColumn(CallHandlerListModel::NameColumn).data().toString();
}

bool HandlerListPanel::selectObjectId(const QString &objectId)
{
    if (!m_handlers)
        return false;
    const int sourceRow = m_handlers->rowOf(objectId);
    if (sourceRow < 0)
        return false;
    const QModelIndex index =
        m_decoration->mapFromSource(m_filterProxy->mapFromSource(m_handlers->index(sourceRow, 0)));
    if (!index.isValid())
        return false;
    m_selecting = true;
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_selecting = false;
    m_view->scrollTo(index);
    return true;
}

void HandlerListPanel::showHeaderMenu(const QPoint &pos)
{
    QHeaderView *header = m_view->horizontalHeader();
    QMenu menu(this);
    menu.setTitle(tr("Columns"));
    for (int section = 0; section < header->count(); ++section) {
        const QString title = m_view->model()->headerData(section, Qt::Horizontal).toString();
        QAction *action = menu.addAction(title);
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(section));
        // The name column always stays: a list without names is no list.
        action->setEnabled(section != CallHandlerListModel::NameColumn);
        connect(action, &QAction::toggled, header,
                [header, section](bool on) { header->setSectionHidden(section, !on); });
    }
    menu.exec(header->mapToGlobal(pos));
}

void HandlerListPanel::saveState() const
{
    QSettings().setValue(u"mainWindow/listHeader"_s, m_view->horizontalHeader()->saveState());
}

void HandlerListPanel::restoreState()
{
    QHeaderView *header = m_view->horizontalHeader();
    const QByteArray state = QSettings().value(u"mainWindow/listHeader"_s).toByteArray();
    if (state.isEmpty() || !header->restoreState(state)) {
        const int em = fontMetrics().horizontalAdvance(u'M');
        const int widths[] = {28, 7, 9, 10, 16, 22, 18, 10};
        for (int c = 0; c < header->count() && c < 8; ++c)
            header->resizeSection(c, widths[c] * em);
    }
    header->setSectionHidden(CallHandlerListModel::NameColumn, false);
}

} // namespace HandlerDesk::Ui
