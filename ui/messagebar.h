// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

#include <functional>

class QLabel;
class QTimer;
class QToolButton;

namespace HandlerDesk::Ui {

// A non-modal message inside the window (rule 7): the server's text, and Retry when there is
// something to retry. Hidden until there is something to say. An error stays until the user acts
// on it (Retry, close, or whatever replaces the message); information hides itself after
// `hideAfterMs` (0: stays, for "Saving…" and the like).
class MessageBar : public QFrame
{
    Q_OBJECT
public:
    static constexpr int InformationTimeoutMs = 4000;

    explicit MessageBar(QWidget *parent = nullptr);

    void showError(const QString &text, const std::function<void()> &retry = {});
    void showInformation(const QString &text, int hideAfterMs = InformationTimeoutMs);
    void hideMessage();
    QString text() const;
    bool isError() const { return m_error; }

private:
    void showMessage(const QString &text, bool error);

    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QToolButton *m_retry = nullptr;
    QToolButton *m_close = nullptr;
    QTimer *m_hideTimer = nullptr;
    std::function<void()> m_retryAction;
    bool m_error = false;
};

} // namespace HandlerDesk::Ui
