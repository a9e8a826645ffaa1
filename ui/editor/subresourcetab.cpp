// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/subresourcetab.h"

#include "core/fieldtable.h"
#include "core/handleredit.h"
#include "core/models/handlereditor.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>

using namespace Qt::Literals::StringLiterals;

namespace HandlerDesk::Ui {

using Core::HandlerPart;

SubResourceTab::SubResourceTab(const EditorContext &context, HandlerPart part,
                               const char *typeField, const QString &objectPrefix,
                               std::initializer_list<const char *> fields, QWidget *parent)
    : EditorTab(context, parent)
    , m_part(part)
    , m_types(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
{
    const Core::FieldSpec &typeSpec = specOf(part, typeField);
    m_types->setObjectName(objectPrefix + u"List"_s);
    m_types->setAccessibleName(typeSpec.translatedLabel());
    m_types->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_types->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Expanding);

    for (const Core::EnumValue &type : typeSpec.enumValues) {
        const QString key = QLatin1String(type.value);
        m_keys.append(key);
        m_types->addItem(typeSpec.enumLabel(key));
        auto *page = new QWidget(m_pages);
        page->setObjectName(objectPrefix + u"/"_s + key);
        auto *form = new QFormLayout(page);
        for (const char *field : fields)
            addField(form, part, key, field); // the form moves the rows onto the page
        m_pages->addWidget(page);
    }
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_types);
    layout->addWidget(m_pages, 1);
    connect(m_types, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_types->setCurrentRow(0);
}

void SubResourceTab::refresh()
{
    // Kinds this handler does not have (an older server, a missing greeting) are shown disabled.
    for (int i = 0; i < m_keys.size(); ++i) {
        const bool present = edit(m_part, m_keys.at(i)) != nullptr;
        QListWidgetItem *item = m_types->item(i);
        item->setFlags(present ? item->flags() | Qt::ItemIsEnabled
                               : item->flags() & ~Qt::ItemIsEnabled);
    }
    updateOwnMarks();
}

void SubResourceTab::updateOwnMarks()
{
    for (int i = 0; i < m_keys.size(); ++i) {
        const bool present = edit(m_part, m_keys.at(i)) != nullptr;
        QListWidgetItem *item = m_types->item(i);
        QFont font = item->font();
        const bool modified = present && edit(m_part, m_keys.at(i))->isModified();
        font.setBold(modified);
        item->setFont(font);
    }
}

GreetingsTab::GreetingsTab(const EditorContext &context, QWidget *parent)
    : SubResourceTab(context, HandlerPart::Greeting, "GreetingType", u"greeting"_s,
                     {"Enabled", "TimeExpires", "PlayWhat", "AfterGreetingAction",
                      "AfterGreetingTargetConversation", "AfterGreetingTargetHandlerObjectId",
                      "IgnoreDigits", "Reprompts", "RepromptDelay", "EnableTransfer",
                      "PlayRecordMessagePrompt"},
                     parent)
{
}

TransferRulesTab::TransferRulesTab(const EditorContext &context, QWidget *parent)
    : SubResourceTab(context, HandlerPart::TransferOption, "TransferOptionType", u"transfer"_s,
                     {"Enabled", "TimeExpires", "Action", "Extension", "TransferType",
                      "TransferRings", "TransferHoldingMode", "TransferAnnounce", "TransferConfirm",
                      "TransferIntroduce", "TransferScreening", "UsePrimaryExtension",
                      "PlayTransferPrompt", "RnaAction"},
                     parent)
{
}

} // namespace HandlerDesk::Ui
