// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/lookupmessage.h"

#include "core/cupierror.h"

#include <QMetaEnum>
#include <QResizeEvent>

using namespace Qt::Literals::StringLiterals;

namespace HandlerDesk::Ui {

using Kind = Core::LookupCache::Kind;

LookupMessage::LookupMessage(Core::LookupCache *lookups, Kind kind, QWidget *parent)
    : MessageBar(parent)
    , m_lookups(lookups)
    , m_kind(kind)
{
    setObjectName(u"lookupMessage/"_s +
                  QString::fromLatin1(QMetaEnum::fromType<Kind>().valueToKey(int(kind))));
    if (!lookups)
        return;
    connect(lookups, &Core::LookupCache::loadFailed, this,
            [this](Kind failed, const Core::CupiError &error) {
                if (failed == m_kind)
                    showFailure(error);
            });
    connect(lookups, &Core::LookupCache::loaded, this, [this](Kind loaded) {
        if (loaded == m_kind)
            hideMessage();
    });
    // Made after the list failed (a dialog opened later): say so at once.
    if (lookups->error(kind).isError())
        showFailure(lookups->error(kind));
}

QSize LookupMessage::sizeHint() const
{
    // A scrolling tab page lays its form out by size hints, without heightForWidth(): the height
    // the text needs at the width the message has, not the height a wrapping label guesses.
    QSize hint = MessageBar::sizeHint();
    if (width() > 0 && hasHeightForWidth())
        hint.setHeight(heightForWidth(width()));
    return hint;
}

void LookupMessage::resizeEvent(QResizeEvent *event)
{
    MessageBar::resizeEvent(event);
    if (event->size().width() != event->oldSize().width())
        updateGeometry(); // the height its text needs changed
}

void LookupMessage::showFailure(const Core::CupiError &error)
{
    QString text;
    switch (m_kind) {
    case Kind::Languages:
        text = tr("The languages could not be loaded: %1");
        break;
    case Kind::TimeZones:
        text = tr("The time zones could not be loaded: %1");
        break;
    case Kind::ScheduleSets:
        text = tr("The schedule sets could not be loaded: %1");
        break;
    case Kind::Tenants:
        text = tr("The tenants could not be loaded: %1");
        break;
    case Kind::Templates:
        text = tr("The call handler templates could not be loaded: %1");
        break;
    case Kind::DistributionLists:
        text = tr("The distribution lists could not be loaded: %1");
        break;
    case Kind::Users:
        Q_ASSERT_X(false, "LookupMessage", "users are searched, not loaded as a list");
        return;
    }
    showError(text.arg(error.userMessage()), [this] { retry(); });
}

void LookupMessage::retry()
{
    if (!m_lookups)
        return;
    showInformation(tr("Loading again…"), 0);
    m_lookups->reload(m_kind);
}

} // namespace HandlerDesk::Ui
