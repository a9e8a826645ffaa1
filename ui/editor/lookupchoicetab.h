// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/models/lookupcache.h"
#include "ui/editor/editortab.h"

#include <functional>
#include <utility>

class QComboBox;
class QRadioButton;

namespace HandlerDesk::Core {
class CallHandlerEdit;
}

namespace HandlerDesk::Ui {

// What a LookupChoiceTab chooses between and how the choice reaches the handler's edit.
struct LookupChoice
{
    // One radio button. `field`: the handler's flag field it shows (bound for marks), or empty.
    struct Choice
    {
        QString text;
        QString objectName;
        QStringView field;
    };
    // The last choice takes a value from the `kind` list: handler field `lookupField`.
    QList<Choice> choices;
    QStringView lookupField;
    Core::LookupCache::Kind kind;
    QString hint; // a line under the choices, or empty
    // Stores the person's choice (index into `choices`) and, for the last choice, the chosen
    // value (wire text).
    std::function<void(Core::CallHandlerEdit &edit, int choice, const QString &value)> apply;
    // The edit's choice (index into `choices`) and value (wire text; empty: none).
    std::function<std::pair<int, QString>(const Core::CallHandlerEdit &edit)> current;
};

// A tab that chooses how a handler setting is decided: one radio button per mode (system default,
// …) and, last, "use this one:" with a combo over one of the server's lookup lists (enabled only
// for that choice, with its validation message and the list's LookupMessage under it).
class LookupChoiceTab final : public EditorTab
{
    Q_OBJECT
public:
    LookupChoiceTab(const EditorContext &context, LookupChoice choice, QWidget *parent = nullptr);

protected:
    void refresh() override;

private:
    void apply();
    int checkedChoice() const;

    LookupChoice m_choice;
    QList<QRadioButton *> m_buttons;
    QComboBox *m_lookup = nullptr;
};

// The tabs made of a LookupChoiceTab (languagetab.cpp, timezonetab.cpp).
// The language of the handler's prompts: inherited from the call, the system default, or one
// language of the server's language map (installed ones first).
LookupChoiceTab *createLanguageTab(const EditorContext &context, QWidget *parent);
// The handler's time zone: the system default or one of the server's time zones (searchable).
LookupChoiceTab *createTimeZoneTab(const EditorContext &context, QWidget *parent);

} // namespace HandlerDesk::Ui
