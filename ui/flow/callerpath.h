// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QPointer>
#include <QWidget>

#include "core/cupiclient.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace HandlerDesk::Core::Flow {
class CallPathJob;
}

namespace HandlerDesk::Ui {

// "Caller presses": the path a caller takes from the open handler for a key sequence at the
// panel's moment (issue 12's "what plays when"), walked on the server by core's CallPathJob —
// one row per handler met: the greeting that plays, what the caller did, what happened.
// Double-click asks to open that handler (openRequested()).
class CallerPath : public QWidget
{
    Q_OBJECT
public:
    explicit CallerPath(QWidget *parent = nullptr);
    ~CallerPath() override;

    void setClient(Core::CupiClient *client);
    void setStart(const QString &handlerId); // clears the last path when it changes
    void setMoment(const QDateTime &when) { m_when = when; }

    QLineEdit *keysEdit() const { return m_keys; }
    QTreeWidget *steps() const { return m_steps; }
    QLabel *endLabel() const { return m_end; }
    // Walks the keys typed (digits, * and #; spaces optional).
    void follow();

Q_SIGNALS:
    void openRequested(const QString &objectId);
    void followed(); // the walk ended (shown, or its error shown)

private:
    void clear();
    void showJob(Core::Flow::CallPathJob *job);

    QPointer<Core::CupiClient> m_client;
    QPointer<Core::Flow::CallPathJob> m_job;
    QString m_start;
    QDateTime m_when;
    QLineEdit *m_keys = nullptr;
    QPushButton *m_follow = nullptr;
    QTreeWidget *m_steps = nullptr;
    QLabel *m_end = nullptr;
};

} // namespace HandlerDesk::Ui
