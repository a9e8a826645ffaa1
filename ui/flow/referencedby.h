// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTreeWidget>

#include <memory>

namespace HandlerDesk::Core::Flow {
class Graph;
}

namespace HandlerDesk::Ui {

// "Referenced by" (issue 12): who sends callers to one object — each referrer's name, where in it
// (key, greeting, after message, routing rule) and its kind. Activating a row asks to open that
// referrer (call handlers and users' mailboxes; routing rules are not edited here). Also the list
// of the delete dialog.
class ReferencedBy : public QTreeWidget
{
    Q_OBJECT
public:
    enum Column { NameColumn, WhereColumn, KindColumn };
    static constexpr int ObjectIdRole = Qt::UserRole + 1;

    explicit ReferencedBy(QWidget *parent = nullptr);

    // Lists the referrers of `objectId` in `graph`; returns how many.
    int showReferrers(const Core::Flow::Graph &graph, const QString &objectId);

Q_SIGNALS:
    void openRequested(const QString &objectId);
};

} // namespace HandlerDesk::Ui
