// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/models/lookupcache.h"
#include "ui/messagebar.h"

#include <QPointer>

namespace HandlerDesk::Ui {

// Next to a dropdown filled from one of the server's lists (LookupCache `kind`): hidden while the
// list loads or has loaded; when it could not be loaded, says so with the reason and Retry, which
// loads that list again (and says so meanwhile). Named "lookupMessage/<Kind>" for tests.
class LookupMessage : public MessageBar
{
    Q_OBJECT
public:
    LookupMessage(Core::LookupCache *lookups, Core::LookupCache::Kind kind,
                  QWidget *parent = nullptr);

    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void showFailure(const Core::CupiError &error);
    void retry();

    QPointer<Core::LookupCache> m_lookups;
    Core::LookupCache::Kind m_kind;
};

} // namespace HandlerDesk::Ui
