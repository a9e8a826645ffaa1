// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// XML and JSON on the wire, with CUPI's quirks: every JSON scalar a string, absent fields
// omitted, a one-element JSON list holds an object, an empty list is only the total.
#include "schema.h"

#include <QByteArray>

namespace CupiSim {

using FieldValues = QList<QPair<QString, QString>>;

QByteArray writeObject(KindId id, const Rec &rec, bool json);
QByteArray writeList(KindId id, const QList<const Rec *> &rows, qsizetype total, bool json);
// A flat object such as VersionInformation.
QByteArray writeFlat(const QString &root, const FieldValues &values, bool json);
// The object's URI field ("/vmrest/…/{id}").
QString uriOf(KindId id, const Rec &rec);
QByteArray writeError(const QString &code, const QString &message, bool json);

// A request body: the root's direct child elements (XML) or the object's members (JSON), in
// order. The XML root's name is not checked. false + *error on malformed input.
bool parseBody(const QByteArray &body, bool json, FieldValues *out, QString *error);

} // namespace CupiSim
