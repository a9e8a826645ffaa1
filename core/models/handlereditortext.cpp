// SPDX-License-Identifier: GPL-3.0-or-later
// How HandlerEditor names the parts and fields of a handler for people: "key 8", "Off hours
// greeting", a field's label from the field table, and the server's messages with labels instead
// of CUPI field names.
#include "core/fieldtable.h"
#include "core/models/handlereditor.h"
#include "core/models/handlereditor_p.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace HandlerDesk::Core {

QString HandlerEditor::fieldLabel(HandlerPart part, const QString &field)
{
    const FieldSpec *spec = fieldTable(part).find(field);
    return spec ? spec->translatedLabel() : field;
}

QString HandlerEditor::partName(HandlerPart part, const QString &key)
{
    // The meaning of a greeting or transfer-rule type, from the field table's enumeration.
    const auto typeLabel = [&key](HandlerPart of, QStringView typeField) {
        const FieldSpec *spec = fieldTable(of).find(typeField);
        const QString label = spec ? spec->enumLabel(key) : QString();
        return label.isEmpty() ? key : label;
    };
    switch (part) {
    case HandlerPart::Handler:
        return QString();
    case HandlerPart::Greeting:
        return tr("%1 greeting").arg(typeLabel(part, Field::GreetingType));
    case HandlerPart::MenuEntry:
        return tr("key %1").arg(key);
    case HandlerPart::TransferOption:
        return tr("%1 transfer rule").arg(typeLabel(part, Field::TransferOptionType));
    }
    return key;
}

namespace {

// Where a field's CUPI name stands in a text, as a whole word.
struct Mention
{
    qsizetype at;
    qsizetype length;
    const FieldSpec *spec;
};

// The names of `table`'s fields in `text`, in the order they stand there.
QList<Mention> mentionsIn(const FieldTable &table, const QString &text)
{
    QList<Mention> mentions;
    for (const FieldSpec &spec : table.all()) {
        if (!text.contains(spec.name())) // cheap test before the expression
            continue;
        const QRegularExpression word(u"\\b"_s + QRegularExpression::escape(spec.name()) +
                                      u"\\b"_s);
        for (auto it = word.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            mentions.append({match.capturedStart(), match.capturedLength(), &spec});
        }
    }
    std::sort(mentions.begin(), mentions.end(),
              [](const Mention &a, const Mention &b) { return a.at < b.at; });
    return mentions;
}

} // namespace

QString withFieldLabels(const FieldTable &table, const QString &text, const CupiObject &sent,
                        QString *field, bool rawNames)
{
    const QList<Mention> mentions = mentionsIn(table, text);
    QString named;     // the field named first
    QString namedSent; // … of those that were sent
    QString result;
    QSet<QString> explained; // raw names already shown once
    qsizetype from = 0;
    for (const Mention &m : mentions) {
        const QString name = m.spec->name();
        if (named.isEmpty())
            named = name;
        if (namedSent.isEmpty() && sent.contains(name))
            namedSent = name;
        result += QStringView(text).mid(from, m.at - from);
        const QString label = m.spec->translatedLabel();
        if (label.compare(name, Qt::CaseInsensitive) == 0) {
            result += name; // "Action", "Enabled": the label is the name
        } else if (!rawNames || explained.contains(name)) {
            result += label;
        } else {
            result += HandlerEditor::tr("%1 (%2)", "field label (CUPI name)").arg(label, name);
            explained.insert(name);
        }
        from = m.at + m.length;
    }
    result += QStringView(text).mid(from);
    if (field)
        *field = namedSent.isEmpty() ? named : namedSent;
    return result;
}

} // namespace HandlerDesk::Core
