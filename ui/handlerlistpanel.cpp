// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/handlerlistpanel.h"

#include "core/models/callhandlerlistmodel.h"
#include "core/models/connection.h"
#include "core/models/handlerfilterproxymodel.h"
#include "core/models/lookupcache.h"
#include "core/models/serversession.h"
#include "ui/accessibility.h"
#include "ui/handlerdecorationproxy.h"
#include "ui/lookupmessage.h"
#include "ui/messagebar.h"
#include "ui/shortcuts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace HandlerDesk::Ui {

using Core::CallHandlerListModel;

namespace {

// The tenant combo's "System (no tenant)" entry (its tenant id is empty, like "All tenants").
constexpr int NoTenantRole = Qt::UserRole + 1;

} // namespace

HandlerListPanel::HandlerListPanel(QWidget *parent)
    : QWidget(parent)
    , m_filterProxy(new Core::HandlerFilterProxyModel(this))
    , m_decoration(new HandlerDecorationProxy(this))
    , m_filter(new QLineEdit(this))
    , m_tenant(new QComboBox(this))
    , m_includePrimary(
          new QCheckBox(Shortcuts::text(Shortcuts::Mnemonic::IncludePrimaryCheck), this))
    , m_count(new QLabel(this))
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
    m_count->setObjectName(u"filterCount"_s);
    m_count->hide();
    setUpView();
    layOut();

    connect(m_filter, &QLineEdit::textChanged, m_filterProxy,
            &Core::HandlerFilterProxyModel::setFilterText);
    // A click moves the current row first and selects it after; keys select first: both ends.
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &HandlerListPanel::onChoice);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HandlerListPanel::onChoice);
    connect(m_tenant, &QComboBox::activated, this, &HandlerListPanel::onTenantChosen);
    connect(m_includePrimary, &QCheckBox::toggled, this, [this](bool on) {
        if (m_handlers)
            m_handlers->setIncludePrimaryHandlers(on);
    });
    setSession(nullptr);
}

HandlerListPanel::~HandlerListPanel() = default;

void HandlerListPanel::setUpView()
{
    m_decoration->setSourceModel(m_filterProxy);
    // The view moves its current row while rows change, and that is not a person choosing a
    // handler: "about to" is connected before the view and its selection model connect
    // (setModel), the end of a change after them.
    const auto changing = [this] { ++m_modelChanging; };
    connect(m_decoration, &QAbstractItemModel::rowsAboutToBeRemoved, this, changing);
    connect(m_decoration, &QAbstractItemModel::rowsAboutToBeInserted, this, changing);
    connect(m_decoration, &QAbstractItemModel::layoutAboutToBeChanged, this, changing);
    connect(m_decoration, &QAbstractItemModel::modelAboutToBeReset, this, changing);
    m_view->setObjectName(u"handlerView"_s);
    m_view->setAccessibleName(tr("Call handlers"));
    m_view->setModel(m_decoration);
    connect(m_decoration, &QAbstractItemModel::rowsRemoved, this, &HandlerListPanel::onRowsChanged);
    connect(m_decoration, &QAbstractItemModel::rowsInserted, this,
            &HandlerListPanel::onRowsChanged);
    connect(m_decoration, &QAbstractItemModel::layoutChanged, this,
            &HandlerListPanel::onRowsChanged);
    connect(m_decoration, &QAbstractItemModel::modelReset, this, &HandlerListPanel::onRowsChanged);
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
    setUpColumns();
}

void HandlerListPanel::layOut()
{
    auto *filterRow = new QHBoxLayout;
    auto *tenantLabel = new QLabel(Shortcuts::text(Shortcuts::Mnemonic::TenantLabel), this);
    tenantLabel->setBuddy(m_tenant);
    tenantLabel->setObjectName(u"tenantLabel"_s);
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_count);
    // The choices on a row of their own: one row of everything made the list wider than half
    // of a 1280-pixel window.
    auto *choiceRow = new QHBoxLayout;
    choiceRow->addWidget(tenantLabel);
    choiceRow->addWidget(m_tenant);
    choiceRow->addWidget(m_includePrimary);
    choiceRow->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filterRow);
    layout->addLayout(choiceRow);
    layout->addWidget(m_messages);
    layout->addWidget(m_view, 1);
    setTabOrder(m_filter, m_tenant);
    setTabOrder(m_tenant, m_includePrimary);
    setTabOrder(m_includePrimary, m_view);
    Accessibility::nameInnerControls(this);
}

void HandlerListPanel::setSession(Core::ServerSession *session)
{
    m_session = session;
    CallHandlerListModel *handlers = session ? session->handlers() : nullptr;
    const Core::Connection *connection = session ? session->connection() : nullptr;
    m_handlers = handlers;
    m_openId.clear();
    m_filterProxy->setNoTenantOnly(false); // a new model lists every tenant
    m_filterProxy->setSourceModel(handlers);
    m_messages->hideMessage();
    // A tenant administrator sees only the own tenant: no tenant choice at all.
    const bool systemAdmin = connection && !connection->isTenantAdministrator();
    m_tenant->setVisible(systemAdmin);
    findChild<QLabel *>(u"tenantLabel"_s)->setVisible(systemAdmin);
    m_includePrimary->setEnabled(handlers != nullptr);
    m_filter->setEnabled(handlers != nullptr);
    delete m_tenantsMessage;
    m_tenantsMessage = nullptr;
    if (session) {
        connect(session->lookups(), &Core::LookupCache::loaded, this,
                [this](Core::LookupCache::Kind kind) {
                    if (kind == Core::LookupCache::Kind::Tenants)
                        fillTenants();
                });
        m_tenantsMessage =
            new LookupMessage(session->lookups(), Core::LookupCache::Kind::Tenants, this);
        // Under the row with the tenant filter.
        static_cast<QVBoxLayout *>(layout())->insertWidget(2, m_tenantsMessage);
    }
    fillTenants();
    if (handlers) {
        m_includePrimary->setChecked(handlers->includePrimaryHandlers());
        connect(handlers, &CallHandlerListModel::loadFailed, this,
                [this](const Core::CupiError &error) {
                    showLoadFailure(
                        m_handlers && m_handlers->isOutdated()
                            ? tr("Could not refresh the list: %1 The handlers shown may be out "
                                 "of date.")
                                  .arg(error.userMessage())
                            : tr("Not all handlers could be loaded: %1").arg(error.userMessage()));
                });
        connect(handlers, &CallHandlerListModel::loadingChanged, this, [this](bool loading) {
            if (loading)
                m_messages->hideMessage();
        });
        connect(handlers, &CallHandlerListModel::progress, this, &HandlerListPanel::updateCount);
    }
    updateCount();
}

void HandlerListPanel::showLoadFailure(const QString &message)
{
    m_messages->showError(message, [this] {
        if (m_handlers)
            m_handlers->refresh();
    });
}

void HandlerListPanel::fillTenants()
{
    m_tenant->clear();
    m_tenant->addItem(tr("All tenants"), QString());
    m_tenant->addItem(tr("System (no tenant)"), QString());
    m_tenant->setItemData(1, true, NoTenantRole);
    if (!m_session)
        return;
    for (const Core::LookupEntry &e : m_session->lookups()->tenants()->entries())
        m_tenant->addItem(e.display, e.id);
    if (m_filterProxy->noTenantOnly())
        m_tenant->setCurrentIndex(1);
    else if (m_handlers)
        m_tenant->setCurrentIndex(std::max(0, m_tenant->findData(m_handlers->tenantFilter())));
}

void HandlerListPanel::onTenantChosen()
{
    if (!m_handlers)
        return;
    const bool noTenant = m_tenant->currentData(NoTenantRole).toBool();
    // CUPI has no documented query for "no TenantObjectId": list every tenant's handlers and
    // keep those without a tenant here.
    m_handlers->setTenantFilter(noTenant ? QString() : m_tenant->currentData().toString());
    m_filterProxy->setNoTenantOnly(noTenant);
    updateCount();
}

QString HandlerListPanel::currentObjectId() const
{
    return m_view->currentIndex().data(CallHandlerListModel::ObjectIdRole).toString();
}

void HandlerListPanel::onChoice()
{
    // Only a person's choice: not our own selecting, not the view moving its current row while
    // rows change, not the view giving itself a current row on focus (nothing selected then).
    const QModelIndex current = m_view->currentIndex();
    if (m_selecting || m_modelChanging > 0 || !current.isValid() ||
        !m_view->selectionModel()->isRowSelected(current.row(), current.parent()))
        return;
    const QString id = current.data(CallHandlerListModel::ObjectIdRole).toString();
    // One choice, one signal: setting the current row emits both selectionChanged and
    // currentRowChanged with the new row already current.
    if (id == m_openId || id == m_chosenId)
        return;
    m_chosenId = id;
    Q_EMIT currentHandlerChanged(id);
}

void HandlerListPanel::onRowsChanged()
{
    m_modelChanging = std::max(0, m_modelChanging - 1);
    if (m_modelChanging == 0) {
        // Filtered away, back, sorted, replaced: the selection shows the open handler again.
        showOpenHandler(false);
        updateCount();
    }
}

void HandlerListPanel::setOpenObjectId(const QString &objectId)
{
    m_openId = objectId;
    showOpenHandler(true);
}

void HandlerListPanel::showOpenHandler(bool scroll)
{
    m_chosenId.clear(); // back on the open handler: choosing that row again is a new choice
    if (currentObjectId() == m_openId && !m_openId.isEmpty() &&
        m_view->selectionModel()->isRowSelected(m_view->currentIndex().row(), {}))
        return;
    QModelIndex index;
    if (m_handlers && !m_openId.isEmpty()) {
        const int sourceRow = m_handlers->rowOf(m_openId);
        if (sourceRow >= 0)
            index = m_decoration->mapFromSource(
                m_filterProxy->mapFromSource(m_handlers->index(sourceRow, 0)));
    }
    m_selecting = true;
    if (index.isValid())
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                             QItemSelectionModel::Rows);
    else
        m_view->selectionModel()->clear(); // not listed: no row pretends to be it
    m_selecting = false;
    if (index.isValid() && scroll)
        m_view->scrollTo(index);
}

void HandlerListPanel::updateCount()
{
    const bool filtering = m_handlers && m_filterProxy->isFiltering();
    if (filtering) {
        const QLocale locale;
        m_count->setText(tr("%1 of %2 handlers")
                             .arg(locale.toString(m_filterProxy->rowCount()),
                                  locale.toString(m_handlers->rowCount())));
    }
    m_count->setVisible(filtering);
}

} // namespace HandlerDesk::Ui
