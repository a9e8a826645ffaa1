// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/recipienttab.h"

#include "core/handleredit.h"
#include "core/models/handlereditor.h"
#include "core/models/lookupcache.h"
#include "core/models/tenantchoicemodel.h"
#include "core/models/usersearchmodel.h"
#include "ui/editor/fieldinput.h"
#include "ui/lookupmessage.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>

using namespace Qt::Literals::StringLiterals;

namespace HandlerDesk::Ui {

using Core::HandlerPart;
namespace Field = Core::Field;
using RecipientKind = Core::CallHandlerEdit::RecipientKind;

RecipientTab::RecipientTab(const EditorContext &context, QWidget *parent)
    : EditorTab(context, parent)
    , m_users(new Core::UserSearchModel(context.lookups, this))
    , m_lists(new Core::TenantChoiceModel(context.lookups->distributionLists(),
                                          context.lookups->tenants(), this))
{
    auto *form = new QFormLayout(this);
    m_current = new QLabel(this);
    m_current->setObjectName(u"currentRecipient"_s);
    m_current->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Messages go to:"), m_current);

    m_userKind = new QRadioButton(tr("A user"), this);
    m_userKind->setObjectName(u"RecipientKindUser"_s);
    m_listKind = new QRadioButton(tr("A distribution list"), this);
    m_listKind->setObjectName(u"RecipientKindList"_s);
    auto *group = new QButtonGroup(this);
    group->addButton(m_userKind);
    group->addButton(m_listKind);

    m_search = new QLineEdit(this);
    m_search->setObjectName(u"RecipientUserSearch"_s);
    m_search->setAccessibleName(tr("Search users"));
    m_search->setPlaceholderText(tr("Type the start of a name or alias…"));
    m_search->setClearButtonEnabled(true);
    m_searchState = new QLabel(this);

    const Core::FieldSpec &userSpec =
        specOf(HandlerPart::Handler, Field::RecipientSubscriberObjectId);
    m_user = FieldInput::createLookup(userSpec, m_users, false, this);
    auto *userMessage = makeMessageLabel(this);
    const Core::FieldSpec &listSpec =
        specOf(HandlerPart::Handler, Field::RecipientDistributionListObjectId);
    m_list = FieldInput::createLookup(listSpec, m_lists, true, this);
    auto *listMessage = makeMessageLabel(this);

    form->addRow(m_userKind);
    form->addRow(tr("Search users:"), m_search); // the label is its accessible name
    form->addRow(QString(), m_searchState);
    form->addRow(labelFor(m_user, userSpec.translatedLabel() + u":"_s),
                 withMessage(m_user, userMessage));
    form->addRow(m_listKind);
    form->addRow(labelFor(m_list, listSpec.translatedLabel() + u":"_s),
                 withMessage(m_list, listMessage));
    form->addRow(QString(), new LookupMessage(context.lookups,
                                              Core::LookupCache::Kind::DistributionLists, this));

    bind(m_user, HandlerPart::Handler, {}, userSpec.name(), nullptr, userMessage, true);
    bind(m_list, HandlerPart::Handler, {}, listSpec.name(), nullptr, listMessage, true);

    connectInputs(group);
}

void RecipientTab::connectInputs(QButtonGroup *kinds)
{
    connect(m_search, &QLineEdit::textChanged, m_users, &Core::UserSearchModel::setSearchText);
    connect(m_users, &Core::UserSearchModel::searchStarted, this,
            [this] { m_searchState->setText(tr("Searching…")); });
    connect(m_users, &Core::UserSearchModel::searchFinished, this, [this](int count) {
        m_searchState->setText(count == 0 ? tr("No user found.")
                                          : tr("Users found: %1").arg(count));
    });
    connect(m_users, &Core::UserSearchModel::searchFailed, this,
            [this](const Core::CupiError &error) { m_searchState->setText(error.userMessage()); });
    connect(kinds, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *, bool on) {
        if (on && !isLoading())
            apply();
    });
    for (QComboBox *combo : {m_user, m_list}) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this, combo] {
            if (isLoading() || combo->currentIndex() < 0 || FieldInput::isRepopulating(combo))
                return;
            const QSignalBlocker blocker(combo == m_user ? m_userKind : m_listKind);
            (combo == m_user ? m_userKind : m_listKind)->setChecked(true);
            apply();
        });
    }
    // New search results: keep showing the handler's recipient (or nothing), not the first hit.
    connect(m_users, &QAbstractItemModel::modelReset, this, [this] {
        const Core::CallHandlerEdit *edit = m_context.editor->handlerEdit();
        const bool user = edit && edit->recipientKind() == RecipientKind::User;
        FieldInput::setValue(m_user, user ? edit->recipientId() : QString());
    });
    connect(m_context.lookups, &Core::LookupCache::namesChanged, this, [this] { showCurrent(); });
    // New choices (lists loaded, another tenant's handler): show the recipient again.
    connect(m_lists, &QAbstractItemModel::modelReset, this, [this] {
        if (!isLoading())
            showCurrentValues();
    });
}

void RecipientTab::apply()
{
    Core::CallHandlerEdit *edit = m_context.editor->handlerEdit();
    if (!edit)
        return;
    if (m_userKind->isChecked()) {
        const QString id = FieldInput::value(m_user);
        if (!id.isEmpty())
            edit->setRecipientUser(id);
    } else if (m_listKind->isChecked()) {
        const QString id = FieldInput::value(m_list);
        if (!id.isEmpty())
            edit->setRecipientDistributionList(id);
    }
    m_user->setEnabled(m_userKind->isChecked());
    m_search->setEnabled(m_userKind->isChecked());
    m_list->setEnabled(m_listKind->isChecked());
    showCurrent();
    touched();
}

void RecipientTab::showCurrent()
{
    const Core::CallHandlerEdit *edit = m_context.editor->handlerEdit();
    if (!edit) {
        m_current->clear();
        return;
    }
    const QString id = edit->recipientId();
    switch (edit->recipientKind()) {
    case RecipientKind::User: {
        const QString name = m_context.lookups->userName(id);
        m_current->setText(name.isEmpty() ? tr("A user (looking up the name…)")
                                          : tr("User %1").arg(name));
        break;
    }
    case RecipientKind::DistributionList: {
        const QString name = m_context.lookups->distributionLists()->displayName(id);
        m_current->setText(name.isEmpty() ? tr("A distribution list not in the list")
                                          : tr("Distribution list %1").arg(name));
        break;
    }
    case RecipientKind::None:
        m_current->setText(tr("Nobody (no recipient is set)"));
        break;
    }
}

void RecipientTab::refresh()
{
    const Core::CallHandlerEdit *edit = m_context.editor->handlerEdit();
    if (!edit)
        return;
    if (m_context.editor->objectId() != m_handlerId) {
        // Another handler: what was searched for the previous one is no help here.
        m_handlerId = m_context.editor->objectId();
        m_search->clear();
        m_searchState->clear();
    }
    const RecipientKind kind = edit->recipientKind();
    const Core::CupiObject &loaded = edit->loaded();
    m_lists->setScope(loaded.value(Field::TenantObjectId),
                      loaded.value(Field::RecipientDistributionListObjectId));
    m_userKind->setChecked(kind != RecipientKind::DistributionList);
    m_listKind->setChecked(kind == RecipientKind::DistributionList);
    FieldInput::setValue(m_list,
                         kind == RecipientKind::DistributionList ? edit->recipientId() : QString());
    // The current recipient stays listed (first) in the user choice, whatever was searched.
    m_users->setCurrentId(kind == RecipientKind::User ? edit->recipientId() : QString());
    FieldInput::setValue(m_user, kind == RecipientKind::User ? edit->recipientId() : QString());
    m_user->setEnabled(kind != RecipientKind::DistributionList);
    m_search->setEnabled(kind != RecipientKind::DistributionList);
    m_list->setEnabled(kind == RecipientKind::DistributionList);
    showCurrent();
}

} // namespace HandlerDesk::Ui
