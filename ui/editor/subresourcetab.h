// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/editor/editortab.h"

#include <initializer_list>

class QListWidget;
class QStackedWidget;

namespace HandlerDesk::Ui {

// A tab over one kind of sub-resource that a handler has a fixed set of (greetings, transfer
// rules): a list of the kinds on the left (from the field table's enumeration of `typeField`),
// one form per kind on the right. Each form is a widget named "<part>/<type>" ("greeting/Off
// Hours") whose inputs are named after their fields.
class SubResourceTab : public EditorTab
{
    Q_OBJECT
protected:
    SubResourceTab(const EditorContext &context, Core::HandlerPart part, const char *typeField,
                   const QString &objectPrefix, std::initializer_list<const char *> fields,
                   QWidget *parent);
    void refresh() override;
    void updateOwnMarks() override;

private:
    Core::HandlerPart m_part;
    QListWidget *m_types = nullptr;
    QStackedWidget *m_pages = nullptr;
    QStringList m_keys;
};

// The seven greetings: enabled, expiry, what plays, what follows.
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
