// SPDX-License-Identifier: GPL-3.0-or-later
// The soak's in-process operations, as the desktop does them: the list model, and the editor
// model (load, edit 1–3 fields of the handler and its greetings or caller-input keys, save with
// its all-or-nothing rollback), each save journalled with the outcome the user was shown.
#include "soak.h"

#include "oracle.h"

#include "../unit/tst_models_sim.h"
#include "core/handleredit.h"
#include "core/models/callhandlerlistmodel.h"
#include "core/models/connection.h"
#include "core/models/handlereditor.h"
#include "core/models/serversession.h"

#include <QSet>

namespace HandlerDesk::Soak {

using namespace Qt::Literals::StringLiterals;
using Core::HandlerEditor;
using Core::HandlerPart;

namespace {

QString wireName(int index)
{
    return index == 0 ? u"json"_s : u"xml"_s;
}

// What the editor has loaded, in the oracle's shape.
HandlerState loadedState(const HandlerEditor &editor)
{
    HandlerState state;
    const auto add = [&state](HandlerPart part, const QString &key, const Core::ObjectEdit *e) {
        if (!e)
            return;
        PartState fields;
        for (const auto &[field, value] : e->loaded().fields())
            fields.insert(field, value);
        state.insert(partKey(part, key), fields);
    };
    add(HandlerPart::Handler, QString(), editor.handlerEdit());
    for (const QString &type : editor.greetingTypes())
        add(HandlerPart::Greeting, type, editor.subEdit(HandlerPart::Greeting, type));
    for (const QString &key : editor.menuKeys())
        add(HandlerPart::MenuEntry, key, editor.subEdit(HandlerPart::MenuEntry, key));
    return state;
}

// The server refused the request itself (4xx): nothing of it was applied. A 5xx or 503 may
// answer Qt's silent resend of a PUT whose first sending was applied before its connection
// closed (seen in the soak), so it proves nothing.
bool refusedOutright(const Core::CupiError &error)
{
    return error.httpStatus() >= 400 && error.httpStatus() < 500;
}

} // namespace

bool Soak::openSession(int index)
{
    m_sessions[index].reset();
    m_nams[index] = std::make_unique<QNetworkAccessManager>();
    Core::ConnectionSettings settings = m_sim->settings(
        index == 0 ? Core::WireFormat::Json : Core::WireFormat::Xml, m_sim->admin());
    for (int attempt = 0; attempt < 5; ++attempt) {
        m_currentOp = u"sign-in ("_s + wireName(index) + u')';
        ++m_figures.operations[u"sign-in"_s];
        auto *connection = new Core::Connection(settings, m_nams[index].get());
        const QString password = m_sim->admin().password;
        connection->setPasswordProvider([password] { return password; });
        bool opened = false, failed = false;
        QObject::connect(connection, &Core::Connection::opened, connection,
                         [&opened] { opened = true; });
        QObject::connect(connection, &Core::Connection::failed, connection,
                         [&failed] { failed = true; });
        connection->open();
        if (!waitUntil([&] { return opened || failed; })) {
            hang(m_currentOp);
            delete connection;
            return false;
        }
        if (opened) {
            m_sessions[index] = std::make_unique<Core::ServerSession>(connection);
            return true;
        }
        ++m_figures.failures[u"sign-in"_s];
        delete connection;
        waitUntil([t = m_clock.elapsed(), this] { return m_clock.elapsed() - t > 1100; });
    }
    return false;
}

void Soak::listWithModel(int index)
{
    m_currentOp = u"list model ("_s + wireName(index) + u')';
    ++m_figures.operations[u"list (model)"_s];
    Core::CallHandlerListModel *model = m_sessions[index]->handlers();
    bool finished = false, failed = false;
    const auto a = QObject::connect(model, &Core::CallHandlerListModel::loadFinished, model,
                                    [&finished] { finished = true; });
    const auto b = QObject::connect(model, &Core::CallHandlerListModel::loadFailed, model,
                                    [&failed] { failed = true; });
    model->refresh();
    const bool ended = waitUntil([&] { return finished || failed; });
    QObject::disconnect(a);
    QObject::disconnect(b);
    if (!ended) {
        hang(m_currentOp);
        m_sessions[index].reset();
        return;
    }
    if (failed) {
        ++m_figures.failures[u"list (model)"_s];
        return;
    }
    QSet<QString> rows;
    for (int row = 0; row < model->rowCount(); ++row)
        rows.insert(model->index(row, 0).data(Core::CallHandlerListModel::ObjectIdRole).toString());
    if (rows != QSet<QString>(m_ids.cbegin(), m_ids.cend()) || model->rowCount() != m_ids.size())
        m_ledger->mismatch(
            u"the list model finished with %1 rows (%2 distinct) of the server's %3"_s
                .arg(model->rowCount())
                .arg(rows.size())
                .arg(m_ids.size()));
}

void Soak::openOnly(int index)
{
    ++m_figures.operations[u"open"_s];
    HandlerEditor *editor = m_sessions[index]->editor();
    const QString id = pickHandler();
    m_currentOp = u"open %1 (%2)"_s.arg(id, wireName(index));
    bool loaded = false, failed = false;
    const auto a = QObject::connect(editor, &HandlerEditor::loaded, editor, [&] { loaded = true; });
    const auto b =
        QObject::connect(editor, &HandlerEditor::loadFailed, editor, [&] { failed = true; });
    editor->load(id);
    const bool ended = waitUntil([&] { return loaded || failed; });
    QObject::disconnect(a);
    QObject::disconnect(b);
    if (!ended) {
        hang(m_currentOp);
        m_sessions[index].reset();
    } else if (failed) {
        ++m_figures.failures[u"open"_s];
    } else {
        m_ledger->observeAll(id, loadedState(*editor),
                             u"the editor's load ("_s + wireName(index) + u')');
    }
}

void Soak::editAndSave(int index)
{
    openOnly(index);
    if (!m_sessions[index])
        return;
    HandlerEditor *editor = m_sessions[index]->editor();
    if (!editor->isReady())
        return;
    ++m_figures.operations[u"edit+save"_s];
    const QList<Change> changes = makeEdits(editor);
    saveAndJournal(index, changes, 2);
}

QList<Change> Soak::makeEdits(HandlerEditor *editor)
{
    struct Kind
    {
        HandlerPart part;
        const char *field;
    };
    static constexpr Kind kinds[] = {{HandlerPart::Handler, "DisplayName"},
                                     {HandlerPart::Handler, "DisplayName"},
                                     {HandlerPart::Handler, "PrependDigits"},
                                     {HandlerPart::Handler, "SendUrgentMsg"},
                                     {HandlerPart::Handler, "EditMsg"},
                                     {HandlerPart::Handler, "MaxMsgLen"},
                                     {HandlerPart::Handler, "OneKeyDelay"},
                                     {HandlerPart::Greeting, "IgnoreDigits"},
                                     {HandlerPart::Greeting, "Reprompts"},
                                     {HandlerPart::MenuEntry, "Locked"},
                                     {HandlerPart::Greeting, "PlayRecordMessagePrompt"}};
    const QString id = editor->objectId();
    QList<Change> changes;
    const int wanted = 1 + int(m_random.bounded(3));
    for (int tries = 0; changes.size() < wanted && tries < 12; ++tries) {
        const Kind &kind = kinds[m_random.bounded(int(std::size(kinds)))];
        const QString field = QLatin1StringView(kind.field);
        QString key;
        if (kind.part == HandlerPart::Greeting || kind.part == HandlerPart::MenuEntry) {
            const QStringList keys =
                kind.part == HandlerPart::Greeting ? editor->greetingTypes() : editor->menuKeys();
            if (keys.isEmpty())
                continue;
            key = keys.at(int(m_random.bounded(int(keys.size()))));
        }
        Core::ObjectEdit *edit = kind.part == HandlerPart::Handler
                                     ? static_cast<Core::ObjectEdit *>(editor->handlerEdit())
                                     : editor->subEdit(kind.part, key);
        const Core::FieldSpec *spec = edit ? edit->table().find(field) : nullptr;
        const bool taken = std::any_of(changes.cbegin(), changes.cend(), [&](const Change &c) {
            return c.part == kind.part && c.key == key && c.field == field;
        });
        if (!spec || taken)
            continue;
        const QString old = edit->loaded().value(field);
        QString value;
        if (field == u"DisplayName"_s) {
            value = uniqueName();
        } else if (field == u"PrependDigits"_s) {
            value = QString::number(m_random.bounded(1, 99999));
        } else if (spec->type == Core::FieldType::Boolean) {
            value = Core::boolText(!Core::parseBool(old).value_or(false));
        } else if (spec->isEnum()) {
            value = QLatin1StringView(
                spec->enumValues[m_random.bounded(int(spec->enumValues.size()))].value);
        } else if (spec->hasRange) {
            value =
                QString::number(spec->minimum + qint64(m_random.bounded(quint64(qMin<qint64>(
                                                    spec->maximum - spec->minimum + 1, 1000)))));
        }
        if (value.isEmpty() || Ledger::normalised(partKey(kind.part, key), field, value) ==
                                   Ledger::normalised(partKey(kind.part, key), field, old))
            continue;
        if (kind.part == HandlerPart::Handler)
            editor->setField(field, value);
        else
            editor->setSubField(kind.part, key, field, value);
        // A value the field table refuses is taken back (the soak is about faults, not rules).
        const QList<Core::EditProblem> problems = editor->validate();
        if (std::any_of(problems.cbegin(), problems.cend(), [&](const Core::EditProblem &p) {
                return p.part == kind.part && p.key == key && p.field == field;
            })) {
            if (kind.part == HandlerPart::Handler)
                editor->setField(field, old);
            else
                editor->setSubField(kind.part, key, field, old);
            continue;
        }
        changes.append({id, kind.part, key, field, old, value});
    }
    return changes;
}

void Soak::saveAndJournal(int index, const QList<Change> &changes, int retriesLeft)
{
    HandlerEditor *editor = m_sessions[index]->editor();
    const QString via = u"editor-"_s + wireName(index);
    m_currentOp = u"save %1 (%2)"_s.arg(editor->objectId(), via);
    enum class End { None, Saved, Failed, Conflicts } end = End::None;
    const auto a =
        QObject::connect(editor, &HandlerEditor::saved, editor, [&] { end = End::Saved; });
    const auto b =
        QObject::connect(editor, &HandlerEditor::saveFailed, editor, [&] { end = End::Failed; });
    const auto c = QObject::connect(editor, &HandlerEditor::conflictsFound, editor,
                                    [&] { end = End::Conflicts; });
    const auto wait = [&] { return waitUntil([&] { return end != End::None; }); };
    editor->save();
    bool ended = wait();
    if (ended && end == End::Conflicts) {
        // Only our own earlier attempt can have changed the server: keep mine, as a user would.
        m_ledger->record({via,
                          changes,
                          u"conflict"_s,
                          u"%1 field(s) changed on the server since loaded"_s.arg(
                              editor->pendingConflicts().size()),
                          {}},
                         QList<Effect>(changes.size(), Effect::None));
        end = End::None;
        editor->resolveConflicts({});
        ended = wait();
    }
    QObject::disconnect(a);
    QObject::disconnect(b);
    QObject::disconnect(c);
    if (!ended || end == End::Conflicts) {
        if (!ended)
            hang(m_currentOp);
        else
            m_ledger->mismatch(u"%1: conflicts again right after keeping mine"_s.arg(m_currentOp));
        m_ledger->record({via, changes, ended ? u"conflict"_s : u"hang"_s, {}, {}},
                         QList<Effect>(changes.size(), Effect::MayHaveLanded));
        m_sessions[index].reset();
        return;
    }
    if (end == End::Saved) {
        m_ledger->record({via, changes, u"acknowledged"_s, {}, {}},
                         QList<Effect>(changes.size(), Effect::Landed));
        return;
    }
    ++m_figures.failures[u"edit+save"_s];
    noteSaveFailure(via, changes);
    // A person often presses Save again: the form kept the edits.
    if (retriesLeft > 0 && m_random.bounded(100) < 50 && editor->isReady() && editor->isModified())
        saveAndJournal(index, changes, retriesLeft - 1);
}

void Soak::noteSaveFailure(const QString &via, const QList<Change> &changes)
{
    const HandlerEditor *editor = m_sessions[via.endsWith(u"xml"_s) ? 1 : 0]->editor();
    const Core::SaveFailure f = editor->lastSaveFailure();
    const auto listed = [](const QList<Core::SavePart> &parts, const Change &c) {
        for (const Core::SavePart &p : parts) {
            if (p.part == c.part && p.key == c.key)
                return &p;
        }
        return static_cast<const Core::SavePart *>(nullptr);
    };
    QList<Effect> effects;
    QList<bool> reported; // the report says the server keeps the new value (or it had it)
    for (const Change &c : changes) {
        Effect e = Effect::None;
        bool kept = false;
        if (f.stage == Core::SaveFailure::Stage::Refused) {
            // What the report says was put back, or not, first: the failing part may be there.
            if (const Core::SavePart *p = listed(f.putBack, c)) {
                kept = p->notRestored.contains(c.field);
                e = kept ? Effect::MayHaveLanded : Effect::None;
            } else if (listed(f.notPutBack, c)) {
                kept = true;
                e = Effect::MayHaveLanded;
            } else if (c.part == f.part && c.key == f.key) {
                e = refusedOutright(f.error) ? Effect::None : Effect::MayHaveLanded;
            }
        }
        effects << e;
        // A value the server may have had before this attempt says nothing about it.
        reported << (kept || m_ledger->allows(c.handler, c.part, c.key, c.field, c.newValue));
    }
    const bool maybe = effects.contains(Effect::MayHaveLanded);
    QString shown = f.error.userMessage();
    if (shown.isEmpty())
        m_ledger->mismatch(u"%1: a failed save without a message for the user"_s.arg(via));
    m_ledger->record({via, changes, maybe ? u"failed-may-have-landed"_s : u"failed"_s, shown,
                      u"stage %1, part %2 %3, put back %4, not put back %5"_s.arg(int(f.stage))
                          .arg(partKey(f.part, f.key), f.error.request())
                          .arg(f.putBack.size())
                          .arg(f.notPutBack.size())},
                     effects);
    if (f.stage == Core::SaveFailure::Stage::Refused)
        checkFailedSave(changes, reported);
}

// After a save reported as failed: which of its changes are on the server (the oracle's read)?
// One that landed although the report does not say so, while other parts were put back, breaks
// the editor's all-or-nothing promise: a partial write.
void Soak::checkFailedSave(const QList<Change> &changes, const QList<bool> &reported)
{
    const QString id = changes.constFirst().handler;
    const auto state = m_oracle->readHandler(id);
    if (!state)
        return;
    bool unreported = false, notLanded = false;
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const Change &c = changes.at(i);
        const QString p = partKey(c.part, c.key);
        const QString now = Ledger::normalised(p, c.field, state->value(p).value(c.field));
        if (now != Ledger::normalised(p, c.field, c.newValue))
            notLanded = true;
        else if (!reported.at(i))
            unreported = true;
    }
    m_ledger->observeAll(id, *state, u"the oracle after a failed save"_s);
    if (!unreported)
        return;
    ++m_figures.landedButFailed;
    if (notLanded) {
        ++m_figures.partialWrites;
        m_ledger->mismatch(u"partial write on %1: a save reported as failed left some of its "
                           "changes on the server unreported, the others are not there"_s.arg(id));
    }
}

} // namespace HandlerDesk::Soak
