// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLayout;

namespace HandlerDesk::Core {
class CallHandlerListModel;
class HandlerEditor;
class LookupCache;
class LookupModel;
class ObjectEdit;
struct EditProblem;
struct FieldSpec;
enum class HandlerPart;
} // namespace HandlerDesk::Core

namespace HandlerDesk::Ui {

// What every tab works on: the edit session, the server's lookups, the loaded handler list.
struct EditorContext
{
    Core::HandlerEditor *editor = nullptr;
    Core::LookupCache *lookups = nullptr;
    Core::CallHandlerListModel *handlers = nullptr;
};

// One tab of the handler editor (one class per tab under ui/editor/). Value in:
// showCurrentValues() shows the edit session's current values. Value out: a change the user makes
// goes straight into the session's edit (HandlerEditor::setField/setSubField or the
// CallHandlerEdit choices), which computes what changed; changed() follows. Every input is bound
// to its field and carries that field's CUPI key as objectName, so updateMarks() can mark changed
// fields and show the field table's validation message under the input.
class EditorTab : public QWidget
{
    Q_OBJECT
public:
    EditorTab(const EditorContext &context, QWidget *parent = nullptr);
    ~EditorTab() override;

    // Fills the inputs from the edit session, e.g. after it (re)read the handler or a lookup
    // list the tab shows was refilled; reports no change.
    void showCurrentValues();
    // Marks changed fields (bold label) and shows `problems` that belong to this tab.
    // Returns how many problems were shown.
    int updateMarks(const QList<Core::EditProblem> &problems);
    // Whether the tab has an input for `field` of the part `key` (any field when `field` is
    // empty), e.g. to name and mark the tab of a failed save.
    bool showsField(Core::HandlerPart part, const QString &key, const QString &field) const;

Q_SIGNALS:
    void changed();
    // The person asked to open this call handler (a "Go to" target) in the editor.
    void openHandlerRequested(const QString &objectId);

protected:
    // A generic input for `field` of the part (`key`: greeting/transfer type or menu key) in a
    // form row with its label and an (initially hidden) validation message. The target of a call
    // action gets a TargetPicker that follows the conversation added before it.
    QWidget *addField(QFormLayout *form, Core::HandlerPart part, const QString &key,
                      QStringView field);
    // A handler field that refers to a lookup (schedule set, …): a combo over `model`.
    QComboBox *addLookup(QFormLayout *form, QStringView field, Core::LookupModel *model,
                         bool searchable);
    // Binds an input made elsewhere. `custom`: the tab sets and reads it itself (refresh()),
    // the binding only marks it.
    void bind(QWidget *input, Core::HandlerPart part, const QString &key, QStringView field,
              QLabel *label, QLabel *message, bool custom = false);
    // A hidden label in the warning colour, for validation messages.
    static QLabel *makeMessageLabel(QWidget *parent);
    // The input (for a field of the field table) in a column with its message label below.
    QLayout *withMessage(QWidget *input, QLabel *message);
    // A label for `input` (its buddy, beside it): what screen readers announce as its name.
    // For an input whose visible label is not a QLabel (a radio button before it), hide it.
    QLabel *labelFor(QWidget *input, const QString &text);
    static const Core::FieldSpec &specOf(Core::HandlerPart part, QStringView field);

    // Tabs with their own widgets (choices, searches) show their values here.
    virtual void refresh() {}
    // Tabs with their own marks (a list of greetings) update them here.
    virtual void updateOwnMarks() {}
    Core::ObjectEdit *edit(Core::HandlerPart part, const QString &key) const;
    // The user changed something outside the generic bindings: tells the session.
    void touched();
    bool isLoading() const { return m_loading; }

    EditorContext m_context;

private:
    struct Binding
    {
        Core::HandlerPart part;
        QString key;
        QString field;
        QWidget *input = nullptr;
        QLabel *label = nullptr;
        QLabel *message = nullptr;
        bool custom = false;
    };
    void write(const Binding &binding);
    QWidget *createTargetPicker(const Core::FieldSpec &spec, Core::HandlerPart part,
                                const QString &key);

    QList<Binding> m_bindings;
    bool m_loading = false;
};

} // namespace HandlerDesk::Ui
