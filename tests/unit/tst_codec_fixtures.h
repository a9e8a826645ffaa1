// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the codec, field-table, edit and CSV tests: the saved server bodies in data/.
#pragma once

#include "core/codec.h"
#include "core/cupiobject.h"

#include <QFile>
#include <QStringList>

#include <initializer_list>

namespace HandlerDesk::Core::TestFixtures {

inline QByteArray fixture(const QString &name)
{
    QFile file(qEnvironmentVariable("HD_TEST_DATA") + u'/' + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(file.fileName()));
    return file.readAll();
}

inline WireFormat wireOf(const QString &file)
{
    return file.endsWith(u".json") ? WireFormat::Json : WireFormat::Xml;
}

// A fixture holding one object, decoded with the wire its name says.
inline CupiObject fixtureObject(const QString &file)
{
    const auto object = Codec::decodeObject(fixture(file), wireOf(file));
    if (!object.ok())
        qFatal("bad fixture %s", qPrintable(file));
    return object.value();
}

inline QStringList keys(const CupiObject &object)
{
    QStringList result;
    for (const auto &field : object.fields())
        result.append(field.first);
    return result;
}

inline CupiObject objectOf(std::initializer_list<std::pair<QString, QString>> fields)
{
    CupiObject object;
    for (const auto &[key, value] : fields)
        object.set(key, value);
    return object;
}

} // namespace HandlerDesk::Core::TestFixtures
