// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal to schema*.cpp: builds one Kind's field table in the order the wire shows it.
#include "schema.h"

namespace CupiSim::SchemaBuild {

struct Builder
{
    Kind k;
    Builder(KindId id, QString root, QString item)
        : k{id, std::move(root), std::move(item), {}, {}}
    {
    }
    Builder &f(const QString &name, FieldType t = FieldType::String, bool ro = false, int min = 0,
               int max = 0, int maxLen = 0)
    {
        k.byLowerName.insert(name.toLower(), int(k.fields.size()));
        k.fields.append(Field{name, t, ro, min, max, maxLen, {}});
        return *this;
    }
    Builder &s(const QString &n, int maxLen = 0)
    {
        return f(n, FieldType::String, false, 0, 0, maxLen);
    }
    Builder &ro(const QString &n) { return f(n, FieldType::String, true); }
    Builder &roBool(const QString &n) { return f(n, FieldType::Bool, true); }
    Builder &b(const QString &n) { return f(n, FieldType::Bool); }
    Builder &i(const QString &n, int min, int max) { return f(n, FieldType::Int, false, min, max); }
    // Derived URI: literal pieces and "{Field}" / "{%Field}" (percent-encoded) references,
    // resolved in done() so that URIs may precede the fields they name (the seed's order).
    Builder &uri(const QString &name, const QString &pattern)
    {
        k.byLowerName.insert(name.toLower(), int(k.fields.size()));
        k.fields.append(Field{name, FieldType::Derived, true, 0, 0, 0, {}});
        patterns.append({int(k.fields.size()) - 1, pattern});
        return *this;
    }
    QList<QPair<int, QString>> patterns;
    void resolve()
    {
        for (const auto &[index, pattern] : std::as_const(patterns)) {
            QList<UriPart> parts;
            qsizetype pos = 0;
            while (pos < pattern.size()) {
                const qsizetype open = pattern.indexOf(u'{', pos);
                if (open < 0) {
                    parts.append({pattern.mid(pos), -1, false});
                    break;
                }
                if (open > pos)
                    parts.append({pattern.mid(pos, open - pos), -1, false});
                const qsizetype close = pattern.indexOf(u'}', open);
                QString ref = pattern.mid(open + 1, close - open - 1);
                const bool enc = ref.startsWith(u'%');
                if (enc)
                    ref.remove(0, 1);
                Q_ASSERT(k.field(ref) >= 0);
                parts.append({QString(), k.field(ref), enc});
                pos = close + 1;
            }
            k.fields[index].uri = parts;
        }
    }
    Kind done(const QString &idField, const QString &tenantField = {},
              const QString &parentField = {}, const QString &keyField = {})
    {
        resolve();
        k.objectIdField = k.field(idField);
        k.tenantField = tenantField.isEmpty() ? -1 : k.field(tenantField);
        k.parentField = parentField.isEmpty() ? -1 : k.field(parentField);
        k.keyField = keyField.isEmpty() ? -1 : k.field(keyField);
        return k;
    }
};

} // namespace CupiSim::SchemaBuild

namespace CupiSim {
// schematargets.cpp: the other kinds a call can be sent to.
Kind directoryHandlerKind();
Kind interviewHandlerKind();
// schemarouting.cpp: call routing rules and their conditions.
Kind routingRuleKind();
Kind routingRuleConditionKind();
// schemadirectory.cpp: users, lists, contacts and the reference kinds.
QList<Kind> directoryKinds();
} // namespace CupiSim
