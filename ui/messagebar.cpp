// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/messagebar.h"

#include "ui/palette.h"
#include "ui/shortcuts.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;

namespace HandlerDesk::Ui {

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_retry(new QToolButton(this))
    , m_close(new QToolButton(this))
    , m_hideTimer(new QTimer(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text->setObjectName(u"messageText"_s);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry->setObjectName(u"retryButton"_s);
    m_retry->setText(Shortcuts::text(Shortcuts::Mnemonic::RetryButton));
    m_retry->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_close->setObjectName(u"closeMessageButton"_s);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setAccessibleName(tr("Close message"));
    m_close->setToolTip(tr("Close message"));
    m_close->setAutoRaise(true);

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_retry);
    layout->addWidget(m_close);

    connect(m_retry, &QToolButton::clicked, this, [this] {
        const auto retry = m_retryAction;
        hideMessage();
        if (retry)
            retry();
    });
    connect(m_close, &QToolButton::clicked, this, &MessageBar::hideMessage);
    m_hideTimer->setSingleShot(true);
    connect(m_hideTimer, &QTimer::timeout, this, &MessageBar::hideMessage);
    hide();
}

void MessageBar::showError(const QString &text, const std::function<void()> &retry)
{
    m_retryAction = retry;
    showMessage(text, true);
}

void MessageBar::showInformation(const QString &text, int hideAfterMs)
{
    m_retryAction = {};
    showMessage(text, false);
    if (hideAfterMs > 0)
        m_hideTimer->start(hideAfterMs);
}

void MessageBar::showMessage(const QString &text, bool error)
{
    m_hideTimer->stop(); // a new message starts its own life
    m_error = error;
    m_text->setText(text);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(
        style()
            ->standardIcon(error ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxInformation)
            .pixmap(size, size));
    QPalette p = parentWidget() ? parentWidget()->palette() : palette();
    if (error) {
        QColor tint = warningColor(p);
        const QColor base = p.color(QPalette::Window);
        tint = QColor::fromRgbF(base.redF() * 0.8f + tint.redF() * 0.2f,
                                base.greenF() * 0.8f + tint.greenF() * 0.2f,
                                base.blueF() * 0.8f + tint.blueF() * 0.2f);
        p.setColor(QPalette::Window, tint);
    } else {
        p.setColor(QPalette::Window, p.color(QPalette::AlternateBase));
    }
    setPalette(p);
    m_retry->setVisible(bool(m_retryAction));
    m_text->setAccessibleName(text);
    show();
}

void MessageBar::hideMessage()
{
    m_hideTimer->stop();
    m_retryAction = {};
    m_error = false;
    hide();
}

QString MessageBar::text() const
{
    return isVisible() || !isHidden() ? m_text->text() : QString();
}

} // namespace HandlerDesk::Ui
