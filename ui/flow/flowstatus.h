// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace HandlerDesk::Ui {

class CallFlowOwner;

// The call-flow build in the status bar (non-modal): "Reading the call flow of host… 120 of 400"
// with a progress bar and Cancel; hidden when no build runs. What a finished build has to say (a
// failure, a cancel) stays as text until the next build.
class FlowStatus : public QWidget
{
    Q_OBJECT
public:
    explicit FlowStatus(QWidget *parent = nullptr);

    void setOwner(CallFlowOwner *owner);
    QLabel *label() const { return m_text; }
    QPushButton *cancelButton() const { return m_cancel; }

private:
    void onProgress(int done, int total);
    void onFinished(bool ok, const QString &error);

    CallFlowOwner *m_owner = nullptr;
    QLabel *m_text = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace HandlerDesk::Ui
