// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/editor/editortab.h"

#include <initializer_list>

class QComboBox;
class QDateTimeEdit;
class QLayout;
class QListWidget;
class QStackedWidget;

namespace HandlerDesk::Core {
struct Activation;
}

namespace HandlerDesk::Ui {

// A tab over one kind of sub-resource that a handler has a fixed set of (greetings, transfer
// rules): a list of the kinds on the left (from the field table's enumeration of `typeField`),
// each with its state ("Alternate — off", "Holiday — on until 24 Dec 18:00"), one form per kind
// on the right. Each form is a widget named "<part>/<type>" ("greeting/Off Hours") whose inputs
// are named after their fields. A form starts with the state as a person thinks of it — a
// "State" choice (named after the Enabled field: Off, On, On until) and, for On until, an
// "Until" local date and time (named after TimeExpires) — which writes both CUPI fields
// (core/activation.h).
// Kinds that cannot be turned off say so and offer no Off.
class SubResourceTab : public EditorTab
{
    Q_OBJECT
protected:
    SubResourceTab(const EditorContext &context, Core::HandlerPart part, QStringView typeField,
                   const QString &objectPrefix, std::initializer_list<QStringView> fields,
                   QWidget *parent);
    void refresh() override;
    void updateOwnMarks() override;

private:
    // The state inputs of one kind's form.
    struct StateInputs
    {
        QFormLayout *form = nullptr;
        QComboBox *state = nullptr;
        QLabel *stateLabel = nullptr;
        QDateTimeEdit *until = nullptr;
        QLayout *untilRow = nullptr; // the form row's field: the input and its message
        bool canTurnOff = true;
    };
    StateInputs addStateRows(QFormLayout *form, const QString &key);
    void applyState(int index);
    void showState(int index, const Core::Activation &activation);
    QString typeLabel(int index) const;
    void fitTypeList();

    Core::HandlerPart m_part;
    QStringView m_typeField; // a constant of core/fieldnames.h
    QListWidget *m_types = nullptr;
    QStackedWidget *m_pages = nullptr;
    QStringList m_keys;
    QList<StateInputs> m_states;
};

// The seven greetings: on or off, what plays, what follows.
class GreetingsTab final : public SubResourceTab
{
    Q_OBJECT
public:
    explicit GreetingsTab(const EditorContext &context, QWidget *parent = nullptr);
};

// The three transfer rules (Standard, Off Hours, Alternate).
class TransferRulesTab final : public SubResourceTab
{
    Q_OBJECT
public:
    explicit TransferRulesTab(const EditorContext &context, QWidget *parent = nullptr);
};

} // namespace HandlerDesk::Ui
