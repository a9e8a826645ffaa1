// SPDX-License-Identifier: GPL-3.0-or-later
// HandlerListPanel's columns: the header's menu, saved state, and fitting the columns into the
// list's width until the user sizes one (no horizontal scroll bar at any window size).
#include "ui/handlerlistpanel.h"

#include "core/models/callhandlerlistmodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QMenu>
#include <QSettings>
#include <QTableView>
#include <QVarLengthArray>

using namespace Qt::Literals::StringLiterals;

namespace HandlerDesk::Ui {

using Core::CallHandlerListModel;

namespace {

// A share of the width per column, and the columns that a narrow list leaves out first (they
// stay in the header's menu).
constexpr int ColumnWeight[] = {40, 7, 9, 11, 14, 16, 15, 8};
constexpr int HideFirst[] = {
    CallHandlerListModel::TimeZoneColumn, CallHandlerListModel::LanguageColumn,
    CallHandlerListModel::FlagsColumn, // the name's lock and template marks say most of it
    CallHandlerListModel::ScheduleSetColumn};
static_assert(std::size(ColumnWeight) == CallHandlerListModel::ColumnCount);

// The stretched one.
int lastVisibleSection(const QHeaderView *header)
{
    for (int visual = header->count() - 1; visual >= 0; --visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            return logical;
    }
    return -1;
}

} // namespace

void HandlerListPanel::setUpColumns()
{
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setSortIndicator(CallHandlerListModel::NameColumn, Qt::AscendingOrder);
    header->setStretchLastSection(true);
    connect(header, &QHeaderView::customContextMenuRequested, this,
            &HandlerListPanel::showHeaderMenu);
    m_view->viewport()->installEventFilter(this);
    connect(header, &QHeaderView::sectionResized, this,
            [this, header](int section, int oldSize, int newSize) {
                // A person dragged a column edge (not the fitting, not hiding or showing one,
                // not the stretched last column): from now on the widths are theirs.
                if (!m_fitting && oldSize > 0 && newSize > 0 &&
                    section != lastVisibleSection(header))
                    m_autoFit = false;
            });
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
        connect(action, &QAction::toggled, header, [this, header, section](bool on) {
            header->setSectionHidden(section, !on);
            m_columnsChosen = true; // the user's choice of columns from now on
            if (m_autoFit)
                fitColumns();
        });
    }
    menu.exec(header->mapToGlobal(pos));
}

void HandlerListPanel::saveState() const
{
    QSettings settings;
    settings.setValue(u"mainWindow/listHeader"_s, m_view->horizontalHeader()->saveState());
    settings.setValue(u"mainWindow/listAutoFit"_s, m_autoFit);
    settings.setValue(u"mainWindow/listColumnsChosen"_s, m_columnsChosen);
}

void HandlerListPanel::restoreState()
{
    QHeaderView *header = m_view->horizontalHeader();
    QSettings settings;
    const QByteArray state = settings.value(u"mainWindow/listHeader"_s).toByteArray();
    m_fitting = true;
    const bool restored = !state.isEmpty() && header->restoreState(state);
    m_fitting = false;
    // A choice of columns the user made stands; one the fitting made is made again.
    m_columnsChosen = restored && settings.value(u"mainWindow/listColumnsChosen"_s, false).toBool();
    m_autoFit = !restored || settings.value(u"mainWindow/listAutoFit"_s, true).toBool();
    header->setSectionHidden(CallHandlerListModel::NameColumn, false);
    if (m_autoFit)
        fitColumns();
}

bool HandlerListPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize && m_autoFit)
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

int HandlerListPanel::columnMinimum(int column) const
{
    // The title readable (with room for the sort mark); names need more.
    const int em = fontMetrics().horizontalAdvance(u'M');
    const QString title = m_view->model()->headerData(column, Qt::Horizontal).toString();
    const int titleWidth = m_view->horizontalHeader()->fontMetrics().horizontalAdvance(title);
    return std::max(titleWidth + 3 * em / 2,
                    column == CallHandlerListModel::NameColumn ? 22 * em : 0);
}

void HandlerListPanel::chooseColumns(int available)
{
    // Until the user chooses columns (the header's menu, or a saved state): every column that
    // fits readably, leaving out the least needed first — again at each fit, so a window that
    // grows shows them again.
    QHeaderView *header = m_view->horizontalHeader();
    for (const int c : HideFirst)
        header->setSectionHidden(c, false);
    int needed = 0;
    for (int c = 0; c < header->count(); ++c)
        needed += header->isSectionHidden(c) ? 0 : columnMinimum(c);
    for (const int c : HideFirst) {
        if (needed <= available)
            break;
        header->setSectionHidden(c, true);
        needed -= columnMinimum(c);
    }
}

void HandlerListPanel::fitColumns()
{
    QHeaderView *header = m_view->horizontalHeader();
    const int available = m_view->viewport()->width();
    if (!m_handlers || !m_view->isVisible() || header->count() != CallHandlerListModel::ColumnCount)
        return;
    m_fitting = true;
    if (!m_columnsChosen)
        chooseColumns(available);
    // Shares by weight; a column whose share is under its minimum gets the minimum, and the
    // others share what is left.
    QVarLengthArray<int, CallHandlerListModel::ColumnCount> width(header->count(), 0);
    int left = available;
    int weights = 0;
    for (int c = 0; c < header->count(); ++c)
        weights += header->isSectionHidden(c) ? 0 : ColumnWeight[c];
    for (bool settled = false; !settled && weights > 0;) {
        settled = true;
        for (int c = 0; c < header->count(); ++c) {
            if (header->isSectionHidden(c) || width[c] > 0)
                continue;
            if (left * ColumnWeight[c] / weights < columnMinimum(c)) {
                width[c] = columnMinimum(c);
                left -= width[c];
                weights -= ColumnWeight[c];
                settled = false;
            }
        }
    }
    // The last one is stretched (never narrower than the size it was given): it takes what
    // rounding leaves.
    const int last = lastVisibleSection(header);
    int used = 0;
    for (int c = 0; c < header->count(); ++c) {
        if (header->isSectionHidden(c) || c == last)
            continue;
        header->resizeSection(c, width[c] > 0 ? width[c] : left * ColumnWeight[c] / weights);
        used += header->sectionSize(c);
    }
    if (last >= 0)
        header->resizeSection(last, std::max(available - used, width[last]));
    m_fitting = false;
}

} // namespace HandlerDesk::Ui
