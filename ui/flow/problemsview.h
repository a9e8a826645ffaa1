// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTimer;
class QTreeView;

namespace HandlerDesk::Ui {

class CallFlowOwner;

// The Problems view (issue 12): lint over the whole server's call flow (core/flow/lint.h),
// grouped by kind, each row the object to fix, where in it, and what is wrong. Activating a row
// asks to open that handler at the place (openRequested: the main window's open path). Follows
// the owner's graph (a moment after it changes, while shown).
class ProblemsView : public QWidget
{
    Q_OBJECT
public:
    enum Column { ObjectColumn, WhereColumn, ProblemColumn };
    enum Role {
        ObjectIdRole = Qt::UserRole + 1, // the handler to open (empty: nothing to open)
        PageRole,                        // the editor page to show ("callerInputTab", …)
        KeyRole,                         // the key or greeting type, when the place has one
        KindRole,                        // int(Problem::Kind), on group rows
    };

    explicit ProblemsView(QWidget *parent = nullptr);
    ~ProblemsView() override;

    void setOwner(CallFlowOwner *owner);
    // Lints the graph now (the view does it a moment after a change on its own).
    void updateProblems();
    QTreeView *view() const { return m_view; }
    QStandardItemModel *problemModel() const { return m_model; }
    int problemCount() const { return m_count; }

Q_SIGNALS:
    // `page`: the editor tab's object name; `key`: the key or greeting type, or empty.
    void openRequested(const QString &objectId, const QString &page, const QString &key);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onActivated(const QModelIndex &index);

    QPointer<CallFlowOwner> m_owner;
    QLabel *m_summary = nullptr;
    QPushButton *m_update = nullptr;
    QTreeView *m_view = nullptr;
    QStandardItemModel *m_model = nullptr;
    QTimer *m_delay = nullptr;
    int m_count = 0;
    bool m_stale = true;
};

} // namespace HandlerDesk::Ui
