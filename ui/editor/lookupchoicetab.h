// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/models/lookupcache.h"
#include "ui/editor/editortab.h"

class QComboBox;
class QRadioButton;

namespace HandlerDesk::Ui {

// A tab that chooses how a handler setting is decided: one radio button per mode (system default,
// …) and, last, "use this one:" with a combo over one of the server's lookup lists (enabled only
// for that choice, with its validation message and the list's LookupMessage under it).
class LookupChoiceTab : public EditorTab
{
    Q_OBJECT
public:
    // One radio button. `field`: the handler's flag field it shows (bound for marks), or empty.
    struct Choice
    {
        QString text;
        QString objectName;
        QStringView field;
    };

protected:
    // `choices` ends with the one that takes a value from the `kind` list (handler field
    // `lookupField`).
    LookupChoiceTab(const EditorContext &context, const QList<Choice> &choices,
                    QStringView lookupField, Core::LookupCache::Kind kind, QWidget *parent);

    // The edit session's choice: stores the user's choice (index into the choices) and, for the
    // last choice, the chosen value (wire text).
    virtual void applyChoice(int choice, const QString &value) = 0;
    // Shows the choice (index) and value (empty: none) from the edit session.
    void showChoice(int choice, const QString &value);
    QFormLayout *form() const;

private:
    void apply();
    int checkedChoice() const;

    QList<QRadioButton *> m_choices;
    QComboBox *m_lookup = nullptr;
};

} // namespace HandlerDesk::Ui
