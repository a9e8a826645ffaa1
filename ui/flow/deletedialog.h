// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QPushButton;

namespace HandlerDesk::Core {
class CupiObject;
}
namespace HandlerDesk::Core::Flow {
class Graph;
}

namespace HandlerDesk::Ui {

class ReferencedBy;

// The delete confirmation of a handler that others may point to (issue 12): the question and who
// sends callers to it (from the call-flow graph, with its age: "as read 3 minutes ago"). Cancel
// is the default.
class DeleteDialog : public QDialog
{
    Q_OBJECT
public:
    DeleteDialog(const Core::Flow::Graph &graph, const Core::CupiObject &handler,
                 QWidget *parent = nullptr);
    ~DeleteDialog() override;

    int referrerCount() const { return m_count; }
    ReferencedBy *referrers() const { return m_refs; }
    QPushButton *deleteButton() const { return m_delete; }

private:
    QString m_objectId;
    QString m_name;
    int m_count = 0;
    ReferencedBy *m_refs = nullptr;
    QPushButton *m_delete = nullptr;
};

} // namespace HandlerDesk::Ui
